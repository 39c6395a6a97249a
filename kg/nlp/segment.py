"""Sentence and paragraph boundaries for Chinese news text.

Evidence is always a whole sentence, so boundaries matter more than for
tokenisation.  Sentences end at 。！？ (with any closing quotes or brackets
that follow).  A semicolon does not end a sentence: news leads list officials
separated by "；" before the verb ("…市长龚正；江苏省委书记吴政隆…出席会议"), and
splitting there would cut the attendees off their verb.  Headline lines, which
have no sentence punctuation, are cut at the spaces that separate their parts
("…出席 李强主持成果发布会 会议确定…").
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.io.normalise import split_paragraphs  # the one definition, also used by the tests via this module
from kg.nlp.state import DocState
from kg.records import Article, Extraction

_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*|…{2}[”’」』]*")
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff”》）)])[ \u3000]+(?=[\u4e00-\u9fff“《（(])")


_CLAUSE_END = re.compile(r"[，；：,;:。！？!?]")


#: ``DocState.clause_cuts``: ``(start, end)`` → the clauses of that stretch of the document's text
ClauseCuts = dict[tuple[int, int], tuple[tuple[int, int], ...]]


def split_clauses(text: str, start: int, end: int, cuts: ClauseCuts | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the non-blank clauses of ``text[start:end]``, cut at ，；： and sentence ends.

    Speakers and statements both judge a sentence clause by clause; one definition keeps
    them cutting at the same places.  ``cuts``, the document's memo (``DocState.clause_cuts``,
    for ``text`` only): a sentence is cut by several readers in turn.  Each caller gets its own list.
    """
    if cuts is None:
        return list(_split_clauses(text, start, end))
    known = cuts.get((start, end))
    if known is None:
        known = cuts[(start, end)] = _split_clauses(text, start, end)
    return list(known)


def _split_clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return tuple((s, e) for s, e in out if text[s:e].strip())


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs:
        para = text[ps:pe]
        cuts = [m.end() for m in _SENT_END.finditer(para)]
        if not cuts:
            cuts = [m.start() for m in _HEADLINE_GAP.finditer(para)]
        start = 0
        for cut in [*cuts, len(para)]:
            piece = para[start:cut]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if piece.strip():
                out.extend(_bounded(text, ps + start + lead, ps + start + trail))
            start = cut
    return out


MAX_SENTENCE = 1000
"""Longest "sentence" kept whole.  The corpus's longest real sentence but one is under 900
characters; a longer run (a list with no full stop, or hostile input such as 4,000
characters of repeated titles) is cut into pieces of at most this length, so that every
component's work per sentence is bounded and extraction stays linear in the text."""

_SOFT_BREAKS = "；;，,、：:\u3000 "


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` itself if short enough, else pieces cut at the last clause break
    (；，、：space) in each piece's second half, or hard at :data:`MAX_SENTENCE`."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(ch, start + MAX_SENTENCE // 2, limit) for ch in _SOFT_BREAKS) + 1
        cut = cut if cut > start else limit
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return [(s, s + len(text[s:e].rstrip())) for s, e in pieces if text[s:e].strip()]


class Segmenter:
    """Creates the document's :class:`DocState` and fills its sentences and paragraphs."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc.user_data.get("kg_article")
        if not isinstance(article, Article):
            article = Article(
                key="doc", source="<text>", text=doc.text, title="", date=None, content_hash=""
            )
        state = DocState(article=article, extraction=Extraction(article=article))
        if len(doc):
            idx_len = doc.to_array([IDX, LENGTH]).tolist()
            state.tokens = [(i, i + n) for i, n in idx_len]
        text = article.text  # the Doc's text, without re-joining its tokens (Doc.text does)
        state.paragraphs = split_paragraphs(text)
        state.sentences = split_sentences(text, state.paragraphs)
        doc._.kg = state
        return doc


@Language.factory("kg_segmenter", default_config={})
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)
