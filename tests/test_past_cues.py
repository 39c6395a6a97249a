"""One place decides what is recalled: the discourse layer's cues are rows of
ontology/past_cues.csv, and events and statements ask DocState (issue 9).  Invented sentences."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.nlp.discourse import clause_times, load_time_cues
from kg.nlp.state import DocState
from kg.records import Article, Extraction
from kg.reference import ontology_dir

DAY = date(2025, 3, 8)


def state_of(text: str) -> DocState:
    article = Article(key="t", source="t", text=text, title="", date=DAY, content_hash="h")
    return DocState(article=article, extraction=Extraction(article), sentences=[(0, len(text))])


def tenses(text: str, cues=None) -> list[str]:
    return [c.tense for c in clause_times(text, [(0, len(text))], DAY, cues=cues)]


def test_the_table_decides_the_clause_time(tmp_path: Path) -> None:
    text = "往昔，王明在江南考察，提出要求。"
    assert tenses(text) == ["report", "report", "report"]
    d = tmp_path / "onto"
    shutil.copytree(ontology_dir(), d)
    with (d / "past_cues.csv").open("a", encoding="utf-8") as f:
        f.write("past,往昔,an invented row\n")
    assert tenses(text, load_time_cues(d)) == ["past", "past", "past"]


def test_a_broken_row_names_its_file_and_line(tmp_path: Path) -> None:
    d = tmp_path / "onto"
    d.mkdir()
    (d / "past_cues.csv").write_text("use,pattern,comment\npast,(unclosed,broken\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"past_cues.csv:2"):
        load_time_cues(d)
    (d / "past_cues.csv").write_text("use,pattern,comment\nyesterday,昨天,unknown use\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"past_cues.csv:2"):
        load_time_cues(d)


def test_recalled_words_of_a_statement() -> None:
    text = "时任江南省委书记的王明要求加快建设科创走廊。"
    assert state_of(text).recalled_words(0, len(text), clauses=False)
    text = "近年来，江南省加快建设科创走廊。"
    assert state_of(text).recalled_words(0, len(text), clauses=False)
    text = "江南省要加快建设科创走廊。"
    assert not state_of(text).recalled_words(0, len(text), clauses=False)


def test_an_introducing_clause_of_an_earlier_occasion() -> None:
    text = "2014年12月，王明在江南考察时强调，要加快发展。"
    cut = text.index("要")
    assert state_of(text).recalled_intro(0, cut)
    text = "王明在会上强调，要加快发展。"
    assert not state_of(text).recalled_intro(0, text.index("要"))


def test_an_event_recalled_in_passing() -> None:
    text = "王明在刚刚闭幕的全省科技大会上提出要求。"
    assert state_of(text).recalled_in_passing(0, text.index("全省"))
    text = "王明在全省科技大会上提出要求。"
    assert not state_of(text).recalled_in_passing(0, text.index("全省"))


def test_events_and_statements_ask_the_same_cues(extractor) -> None:
    """A recalled clause ("前些天召开的…会议上") is no event of the report; "时任…" words no statement."""
    text = "江南省委书记王明在前些天召开的全省科技大会上强调，要加快建设科创走廊。"
    ex = extractor.extract(Article(key="t", source="t", text=text, title="", date=DAY, content_hash="h"))
    assert not any("科技大会" in e.label for e in ex.events)
    text = "时任江南省委书记王明强调，要加快建设科创走廊。"
    ex = extractor.extract(Article(key="t", source="t", text=text, title="", date=DAY, content_hash="h"))
    assert ex.directives == [] and ex.commitments == []


def test_a_date_inside_a_title_or_topic_dates_the_document_not_the_clause() -> None:
    text = "受国务院委托，财政部部长王明作了关于2021年中央决算的报告。"
    assert tenses(text) == ["report", "report"]
    assert tenses("王明在会上解读《2019年政府工作报告》。") == ["report"]
    assert tenses("2021年，王明在江南工作。") == ["past", "past"]


def test_a_report_on_a_past_years_accounts_makes_a_speaker(extractor) -> None:
    text = ("十四届全国人大常委会第九次会议8日在北京人民大会堂举行第一次全体会议。赵明委员长主持会议。\n"
            "受国务院委托，财政部部长王明作了关于2024年中央决算的报告。\n"
            "全国人大外事委员会主任委员李华向会议作了关于引渡条约审议情况的汇报。")
    ex = extractor.extract(Article(key="t", source="t", text=text, title="", date=DAY, content_hash="h"))
    speakers = {p.agent.name for p in ex.participations if p.role == "speaker"}
    assert {"王明", "李华"} <= speakers
