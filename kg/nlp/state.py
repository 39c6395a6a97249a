"""Per-document working state shared by the pipeline components.

spaCy components communicate through the ``Doc``; ours put what they find on
``doc._.kg``, a :class:`DocState`.  Each component reads what earlier ones
wrote (sentences, places, persons, events) and adds its own records to
``DocState.extraction``.  Nothing here knows about RDF.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc

from kg.records import Article, Evidence, Extraction, PlaceRef


@dataclass(frozen=True)
class Mention:
    """A gazetteer or rule hit: ``text[start:end]`` refers to ``kind``/``value``.

    kinds: ``province``, ``city``, ``region`` (value is the region name),
    ``org`` (value is the canonical organisation label), ``title`` (value is
    the title as written), ``person``.
    """

    start: int
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class SentenceSpeaker:
    """Who speaks in sentence ``sentence`` (``kg.nlp.speakers``).

    ``kind``: ``person``, ``meeting`` (会议指出…), ``body`` (a place or organisation speaking) or
    ``none`` (the narrator).  ``name`` is the person's name or the body's label; ``standing``
    ``national``, ``province:X``, ``city:X``, ``unknown``, ``meeting`` or the body's kind.
    ``intro``: this sentence holds the reporting clause (``clause_start``/``clause_end``);
    ``body_start``: where the reported words start; ``verb`` the reporting verb or cue.
    """

    sentence: int
    kind: str
    name: str | None
    standing: str
    intro: bool
    body_start: int
    clause_start: int = -1
    clause_end: int = -1
    verb: str = ""  # the reporting verb or meeting cue (强调, 希望, 会议决定 …)


Tense = Literal["report", "past", "future"]


@dataclass(frozen=True)
class ClauseTime:
    """The time ``text[start:end]`` (one clause) is about, from ``kg_discourse``: the report's
    day, a past the text signals, or a future; ``date`` is the clause's own date when written
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``cue`` the words that decided."""

    start: int
    end: int
    tense: Tense
    date: str | None = None
    cue: str | None = None


@dataclass
class DocState:
    article: Article
    extraction: Extraction
    # (start, end) of each sentence, in order; evidence is cut from these.
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of each spaCy (jieba) token, so later components need not segment again
    tokens: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of each paragraph (blocks separated by blank lines / newlines).
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # person name -> offsets of each mention
    person_mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (start, end, event key): the stretch of text that reports on each event
    event_scopes: list[tuple[int, int, str]] = field(default_factory=list)
    # (start, end, person): stretches of reported speech ("李强说，…" up to the next speaker)
    speech_scopes: list[tuple[int, int, str]] = field(default_factory=list)
    # one per sentence: who speaks there (kg.nlp.speakers)
    sentence_speakers: list[SentenceSpeaker] = field(default_factory=list)
    # every clause with the time it is about (``kg_discourse``), sorted, not overlapping
    clauses: list[ClauseTime] = field(default_factory=list)
    # keys of the report's main event(s), read from its lead (``kg_events``)
    main_events: list[str] = field(default_factory=list)
    # one {"COMMITMENT": p, "DIRECTIVE": p, "NEITHER": p} per sentence (``kg_statement_kind``);
    # empty when that component is not in the pipeline
    statement_kinds: list[dict[str, float]] = field(default_factory=list)

    # -- helpers used by several components -------------------------------
    def _token_starts(self) -> list[int]:
        """The tokens' start offsets, built once per token list: ``tokens_between`` is called
        for every clause, and rebuilding them per call made the components quadratic in the text."""
        cached = self.__dict__.get("_starts_cache")
        if cached is None or cached[0] is not self.tokens or len(cached[1]) != len(self.tokens):
            cached = (self.tokens, [s for s, _ in self.tokens])
            self.__dict__["_starts_cache"] = cached
        return cached[1]

    def tokens_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokens inside ``[start, end)``, cut at the edges when a token crosses them."""
        i = max(bisect.bisect_right(self._token_starts(), start) - 1, 0)
        out = []
        for s, e in self.tokens[i:]:
            if s >= end:
                break
            s, e = max(s, start), min(e, end)
            if s < e:
                out.append((s, e))
        return out

    def sentence_index(self, offset: int) -> int:
        starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        return max(i, 0)

    def evidence_at(self, offset: int) -> Evidence:
        """The sentence containing ``offset`` as :class:`Evidence`."""
        if not self.sentences:
            text = self.article.text
            return Evidence(text=text, start=0, end=len(text))
        s, e = self.sentences[self.sentence_index(offset)]
        return Evidence(text=self.article.text[s:e], start=s, end=e)

    def event_at(self, offset: int) -> str | None:
        """Key of the innermost event whose report covers ``offset``."""
        best: tuple[int, str] | None = None
        for s, e, key in self.event_scopes:
            if s <= offset < e and (best is None or e - s < best[0]):
                best = (e - s, key)
        return best[1] if best else None

    def time_at(self, offset: int) -> ClauseTime | None:
        """The clause covering ``offset`` with its time; None before ``kg_discourse`` ran."""
        i = bisect.bisect_right([c.start for c in self.clauses], offset) - 1
        if i >= 0 and self.clauses[i].start <= offset <= self.clauses[i].end:
            return self.clauses[i]
        return None

    def is_past(self, offset: int) -> bool:
        """Is the clause at ``offset`` about a past the text signals (时任…, 2018年…以来)?"""
        clause = self.time_at(offset)
        return clause is not None and clause.tense == "past"

    def speaker_at(self, offset: int) -> str | None:
        """The person whose reported speech covers ``offset``, if any."""
        for s, e, person in self.speech_scopes:
            if s <= offset < e:
                return person
        return None

    def province_of(self, person: str) -> PlaceRef | None:
        """The province whose party committee or government ``person`` leads, if known."""
        for post in self.extraction.posts:
            if post.person == person and post.organization.jurisdiction is not None:
                return post.organization.jurisdiction
        return None

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)
