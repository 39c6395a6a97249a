"""The word lists of the statement and event rules are data: rows of ontology/commitment_cues.csv
(kinds kept in the CSV's order) and ontology/event_words.csv, compiled into their regexes once when
the rules load.  A row added to a copy of the tables changes a decision.  Invented sentences."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.commitments import _ORDERED_KINDS, CommitmentCues, CommitmentFinder
from kg.nlp.events import _EventWords, _load_words
from kg.nlp.rules import load_rules
from kg.reference import clear_cache, ontology_dir

DAY = date(2024, 5, 6)


def test_the_word_tables_load_in_their_order() -> None:
    words = load_rules()["event_words"]
    assert isinstance(words, _EventWords)
    assert words is load_rules()["event_words"]  # read once per rules directory
    # each regex is its kind's rows in the CSV's order (finditer over letters depends on it)
    assert words.letter.pattern.startswith("致贺信|致信|发来贺信")
    assert words.session.fullmatch("第三次全体会议") and words.session.fullmatch("闭幕会")
    assert words.honorific.search("总统先生") and not words.honorific.search("先生们好")
    cues = CommitmentCues.load()
    assert all(getattr(cues, k) for k in _ORDERED_KINDS)
    assert cues.time_lead[:3] == ("今年", "明年", "年内")  # not re-sorted longest first
    finder = CommitmentFinder(cues)
    assert finder._time_lead.match("今年江南集团将") and finder._time_lead.match("2025年江南集团将")
    assert not finder._time_lead.match("今年。")
    rows = CommitmentCues.from_rows(cues.to_rows())
    assert all(getattr(rows, k) == getattr(cues, k) for k in _ORDERED_KINDS)  # the order survives to_rows


def test_an_empty_kind_never_matches(tmp_path: Path) -> None:
    d = tmp_path / "onto"
    d.mkdir()
    (d / "event_words.csv").write_text("cue,kind,comment\n阁下,honorific,\n", encoding="utf-8")
    words = _load_words(d)
    assert words.honorific.search("会见阁下")
    assert not words.letter.search("向大会致贺信") and not words.commentary.search("快评")


def test_a_row_added_to_the_tables_changes_a_decision(
        extractor: Extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lead = "下季度江南集团将加快建设新厂房。"  # a time word the table does not hold yet
    planned = "5月6日，江南省酝酿召开全省科技大会。"  # a meeting in the making, not held
    before = extract_text(extractor, lead, when=DAY, title="某集团动态")
    assert [[a.name for a in c.committed_by] for c in before.commitments] == [["下季度江南集团"]]
    assert [e.label for e in extract_text(extractor, planned, when=DAY, title="某省动态").events] == ["全省科技大会"]
    d = tmp_path / "onto"
    shutil.copytree(ontology_dir(), d)
    with (d / "commitment_cues.csv").open("a", encoding="utf-8") as f:
        f.write("下季度,time_lead,,,,an invented row\n")
    with (d / "event_words.csv").open("a", encoding="utf-8") as f:
        f.write("酝酿,not_held_before,an invented row\n")
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(d))
    clear_cache()
    try:
        other = Extractor()
        after = extract_text(other, lead, when=DAY, title="某集团动态")
        assert [[a.name for a in c.committed_by] for c in after.commitments] == [["江南集团"]]
        assert extract_text(other, planned, when=DAY, title="某省动态").events == []
    finally:
        monkeypatch.delenv("KG_ONTOLOGY_DIR")
        clear_cache()
