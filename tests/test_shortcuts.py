"""Shortcuts taken for speed answer as the long way does.  The per-document and per-rules memos live
where they belong (the clause cuts on the document's state, the name verdicts in a field the rules'
equality ignores); the statement rules ask the tagger for a body's name only where its reading can
make a subject."""

from __future__ import annotations

import pytest

from kg.nlp.commitments import CommitmentCues, CommitmentFinder
from kg.nlp.officials import NameRules
from kg.nlp.segment import _split_clauses, split_clauses
from kg.nlp.state import DocState, SentenceSpeaker
from kg.records import Article, Extraction
from tests.helpers.states import base_state


def _state(text: str) -> DocState:
    article = Article(key="t", source="<text>", text=text, title="", date=None, content_hash="")
    return DocState(article=article, extraction=Extraction(article=article))


def test_clause_cuts_are_remembered_on_the_document() -> None:
    text = "某市将加快建设，推进改革；要落实责任。"
    state = _state(text)
    first = split_clauses(text, 0, len(text), state.clause_cuts)
    assert first == list(_split_clauses(text, 0, len(text))) == split_clauses(text, 0, len(text))
    assert state.clause_cuts == {(0, len(text)): tuple(first)}
    first.append((0, 1))  # each caller gets its own list
    assert split_clauses(text, 0, len(text), state.clause_cuts) == list(state.clause_cuts[(0, len(text))])


def test_two_documents_keep_their_own_cuts() -> None:
    a, b = _state("甲省要加快，乙市要落实。"), _state("丙县将推进。")
    cut_a = split_clauses(a.article.text, 0, len(a.article.text), a.clause_cuts)
    cut_b = split_clauses(b.article.text, 0, len(b.article.text), b.clause_cuts)
    assert len(cut_a) == 2 and len(cut_b) == 1
    assert a.clause_cuts is not b.clause_cuts and a.clause_cuts[(0, 12)] != b.clause_cuts[(0, 6)]


def test_name_verdicts_are_memoised_outside_the_rules_equality() -> None:
    rules = NameRules(frozenset("王李"), (), ("说",))
    same = NameRules(frozenset("王李"), (), ("说",))
    assert rules.plausible("王某某") and not rules.plausible("赵某某")
    assert rules._memo and not same._memo
    assert rules == same and hash(rules) == hash(same) and "_memo" not in repr(rules)


@pytest.fixture(scope="module")
def finder() -> CommitmentFinder:
    return CommitmentFinder(CommitmentCues.load())


def _tagged_windows(finder: CommitmentFinder, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, list[str]]:
    """``_body_subject`` of the narrator's sentence ``text``, and the windows it had the tagger read."""
    asked: list[str] = []
    real = CommitmentFinder._lac
    monkeypatch.setattr(CommitmentFinder, "_lac", lambda self, window: asked.append(window) or real(self, window))
    state = base_state(text, {})
    finder._lac_memo = {}
    narrator = SentenceSpeaker(0, "none", None, "none", False, 0)
    end = len(text) - 1  # the clause without its full stop
    return finder._body_subject(state, narrator, text, 0, end), asked


def test_a_forecast_after_a_name_asks_no_tagger(finder: CommitmentFinder, monkeypatch: pytest.MonkeyPatch) -> None:
    # 将迎来…: a forecast wherever the name ends, so no reading of the name can make a subject
    subject, asked = _tagged_windows(finder, "星海号探测器将迎来新的考验。", monkeypatch)
    assert subject is None and asked == []


def test_a_pledge_after_a_name_is_still_read_by_the_tagger(finder: CommitmentFinder,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _, asked = _tagged_windows(finder, "星河电力公司将建设三座新电站。", monkeypatch)
    assert asked and asked[0].startswith("星河电力公司将")
