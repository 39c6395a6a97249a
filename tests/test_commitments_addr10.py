"""Named addressees of directives (session 10), on INVENTED sentences: the SAR government a report on one
SAR tasks, and the sentences that carry on a 希望X… in the same paragraph."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def issued(ex) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.issued_by.name, tuple(a.name for a in d.addressed_to)) for d in ex.directives]


def test_the_sar_government_of_a_report_on_one_sar_is_that_sar(extractor: Extractor) -> None:
    """"特区政府要…" in a report on 澳门 → 澳门; with both SARs named it stays an unrecorded class."""
    ex = extract_text(extractor, "5月6日，国务院副总理王立新在北京会见澳门特别行政区行政长官。王立新表示，中央全力支持澳门发展，"
                      "特区政府要团结社会各界，克服当前困难，增强发展动能。", when=DAY, title="某某会见澳门特区行政长官")
    assert ("澳门",) in [a for _, a in issued(ex)]
    ex = extract_text(extractor, "5月6日，国务院副总理王立新在北京会见香港和澳门特别行政区行政长官。王立新表示，中央全力支持香港、澳门发展，"
                      "特区政府要团结社会各界，克服当前困难，增强发展动能。", when=DAY, title="某某会见港澳特区行政长官")
    assert all(not a for _, a in issued(ex))
