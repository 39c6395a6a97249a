"""The discourse layer: the time of every clause, the report's main event, and what later
components do with them.  Sentences are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

from kg.nlp import Extractor
from kg.nlp.discourse import clause_times
from kg.nlp.segment import split_paragraphs, split_sentences
from kg.records import Article, Extraction

DAY = date(2022, 4, 18)


def times(text: str, when: date | None = DAY) -> list[tuple[str, str | None, str]]:
    sentences = split_sentences(text, split_paragraphs(text))
    return [(c.tense, c.date, text[c.start : c.end]) for c in clause_times(text, sentences, when)]


def run(extractor: Extractor, text: str, when: date | None = DAY) -> Extraction:
    return extractor.extract(Article(key="t", source="t", text=text, title="", date=when, content_hash="h"))


def test_dated_past_clause_scopes_over_its_sentence() -> None:
    got = times("2006年5月，时任江南省委书记张明远在青山村考察时，提出这一思路。")
    assert [t for t, _, _ in got] == ["past", "past", "past"]
    assert {d for _, d, _ in got} == {"2006-05"}


def test_since_clause_is_past_and_the_rest_is_present() -> None:
    got = times("2018年9月在北安召开振兴工作座谈会以来，三省取得新进展。")
    assert got[0][:2] == ("past", "2018-09")
    assert got[1][0] == "report"


def test_repeated_visits_recollection_and_now() -> None:
    assert times("总书记先后3次到江南考察，作出重要指示。")[0][0] == "past"
    assert times("他回忆说，当年村里很穷。")[1][0] == "past"
    got = times("2019年，时任书记刘某来到这里，今天，村里变了样。")
    assert [t for t, _, _ in got] == ["past", "past", "report", "report"]


def test_recent_date_is_the_reports_time_and_future_is_future() -> None:
    assert times("4月15日至17日，王凯在河南调研。")[0][:2] == ("report", "2022-04-15")
    assert times("会议将于2023年3月在合肥召开。")[0][0] == "future"
    assert times("2022年度长三角地区主要领导座谈会在合肥举行。")[0][0] == "report"


def test_past_post_is_never_stamped_with_the_report_day(extractor: Extractor) -> None:
    ex = run(extractor, "2006年5月，时任浙江省委书记习近平在青山村考察时，首次提出这一理念。")
    assert "习近平" in ex.persons
    assert ex.posts == []
    assert ex.events == []
    ex = run(extractor, "原国务院副总理王大明出席。江苏省委书记吴政隆出席。")
    assert {(p.person, p.role) for p in ex.posts} == {("吴政隆", "PartySecretary")}


def test_recalled_event_is_not_an_event(extractor: Extractor) -> None:
    ex = run(extractor, "2018年9月在沈阳召开深入推进东北振兴座谈会以来，东北三省取得新进展。")
    assert ex.events == []
    ex = run(extractor, "习近平总书记先后4次到天津考察，提出明确要求。")
    assert ex.events == []


def test_clause_and_event_spans_on_the_doc(extractor: Extractor) -> None:
    text = (
        "4月17日，上海市委书记李强在上海主持召开座谈会。2018年9月在沈阳召开的座谈会上，总书记作出部署。"
        "江苏省委书记吴政隆出席座谈会。"
    )
    doc = extractor.nlp(extractor._doc(Article("t", "t", text, "", DAY, "h")))
    past = [s for s in doc.spans["kg_clauses"] if s._.kg_tense == "past"]
    assert past and all(s._.kg_date == "2018-09" for s in past)
    assert [s._.kg_event for s in doc.spans["kg_main_events"]] == ["e1"]
    assert doc._.kg.main_events == ["e1"]
    assert {s._.kg_event for s in doc.spans["kg_events"]} == {"e1"}
    ex = doc._.kg.extraction
    assert {(p.role, p.agent.name) for p in ex.participations if p.event == "e1"} >= {
        ("chair", "李强"),
        ("attendee", "吴政隆"),
    }
