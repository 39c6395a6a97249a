"""Directive classes of session 7 (random dev items and the independent audit), on INVENTED sentences
of the shapes found wrong: remarks recalled in a look-back feature taken as directives of the report's
day, and judgements of what matters (…是关键, 关键在于…) taken as tasks."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 8, 6)


def test_a_remark_dated_earlier_this_year_is_recalled(extractor: Extractor) -> None:
    """"今年3月，某某在这里考察时强调，要…" in a report of August: the intro's own date (a month of the
    report's year, written without the year) is past, so the remark is recalled, not a directive of
    the report's day; the same words introduced today stay a directive."""
    lead = "某古城有一千多年历史。\n"  # a date in the lead is the news itself: the remark is in the body
    recalled = lead + "今年3月，习近平总书记在这里考察时强调，要把这些古建筑保护好、利用好。"
    assert not extract_text(extractor, recalled, when=DAY, title="古城新貌").directives
    today = lead + "8月5日，习近平总书记在这里考察时强调，要把这些古建筑保护好、利用好。"
    assert [d.issued_by.name for d in extract_text(extractor, today, when=DAY, title="古城新貌").directives] == ["习近平"]


def test_remarks_of_a_recalled_occasion_are_recalled(extractor: Extractor) -> None:
    """A narrator's sentence that opens with a past time and names a person sets the scene of an
    earlier occasion (今年2月，某某来到某村): the remarks after it (他强调，要…) were made then, in its
    paragraph and, in a feature reporting no event of its own, in the paragraphs that follow, until
    a sentence opens with a time of the report's own (近日，…)."""
    text = ("某村是远近闻名的茶叶村。\n"
            "今年2月，习近平总书记来到某村，察看茶园长势。他强调，要把茶产业做大做强，带动乡亲们增收致富。\n"
            "在村民家中，总书记指出，要加快补齐农村基础设施短板。\n"
            "近日，某地遭遇强降雨。习近平总书记作出重要指示强调，要全力做好防汛救灾工作，保障人民生命财产安全。")
    ex = extract_text(extractor, text, when=DAY, title="茶乡新景")
    assert [d.evidence.text[:8] for d in ex.directives] == ["习近平总书记作出"]


def test_a_past_span_up_to_now_sets_no_recalled_occasion(extractor: Extractor) -> None:
    """"今年以来，…" is a span up to now, not an earlier occasion: the remark that follows stays."""
    text = "某地乡村发展迅速。\n今年以来，习近平总书记多次就乡村振兴作出部署。总书记指出，要加快推进农业农村现代化。"
    ex = extract_text(extractor, text, when=DAY, title="乡村振兴")
    assert [d.issued_by.name for d in ex.directives] == ["习近平"]


def test_a_judgement_of_what_matters_sets_no_task(extractor: Extractor) -> None:
    """"某地要发展，选准特色产业是关键" and "做好这项工作，关键在于…" judge what matters: their 要 is a
    purpose, the sentence sets no task (neither); a sentence that sets the task stays a directive."""
    for body in ("山区要致富，选准特色产业是关键。", "要把这座城市建设好，坚持绿色发展是根本出路。",
                 "做好基层治理工作，关键在于加强基层党组织建设，发挥党员先锋模范作用。"):
        ex = extract_text(extractor, f"8月5日，国务院总理李强在某省考察。李强指出，{body}", when=DAY, title="李强在某省考察")
        assert not ex.directives, body
    ex = extract_text(extractor, "8月5日，国务院总理李强在某省考察。李强指出，要选准特色产业，带动群众增收。", when=DAY,
                      title="李强在某省考察")
    assert [d.issued_by.name for d in ex.directives] == ["李强"]
