"""Per-document working state shared by the pipeline components.

spaCy components communicate through the ``Doc``; ours put what they find on
``doc._.kg``, a :class:`DocState`.  Each component reads what earlier ones
wrote (sentences, places, persons, events) and adds its own records to
``DocState.extraction``.  Nothing here knows about RDF.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from re import Pattern
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
# a date as written in a clause (5月, 2019年, 十月): the origin of a clause's date cue
_WRITTEN_DATE = re.compile(r"\d{1,2}月|(?:19|20)\d\d年|[一二三四五六七八九十]{1,2}月")


@dataclass(frozen=True)
class ClauseTime:
    """The time ``text[start:end]`` (one clause) is about, from ``kg_discourse``: the report's
    day, a past the text signals, or a future; ``date`` is the clause's own date when written
    (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), ``cue`` the words that decided; ``vague`` the words
    that place the clause in days the text does not give ("近日", "连日来", "本月初"), if any."""

    start: int
    end: int
    tense: Tense
    date: str | None = None
    cue: str | None = None
    vague: str | None = None


@dataclass(frozen=True)
class TimeCues:
    """The cues of ``ontology/past_cues.csv`` (read by ``kg.nlp.discourse``, the one place that
    decides what is recalled), one pattern per use (the rows of a use joined, in file order, as
    alternatives of one regular expression):

    * ``past``: a clause about a signalled past (时任, 当年, 先后N次, 去年 …; "曾" only before a verb);
    * ``since``: a clause ending so ("…以来") is past but introduces the present;
    * ``now``: a clause opening so ("今天，…") is back at the report's days;
    * ``future``: an announced future (将于, 届时, 待召开 …);
    * ``vague``: days the text does not give (近日, 日前, 连日来, 本月初 …);
    * ``recalled_words``: anywhere in a statement's reported words, they are about the past;
    * ``recalled_opening``: reported words that open with a span of past years ("近年来", "…以来，");
    * ``recalled_intro``: the clause introducing reported words tells of an earlier occasion;
    * ``recalled_in_passing``: the words right before an event's name recall it as held before;
    * ``recalled_report``: a report's title naming a life review ("…的一生", "…生平"): every word
      it quotes was said in a recalled past;
    * ``sequel``: a sentence opening so ("此后，", "随后，") is in the time of a recalled sentence before.
    """

    past: Pattern[str]
    since: Pattern[str]
    now: Pattern[str]
    future: Pattern[str]
    vague: Pattern[str]
    recalled_words: Pattern[str]
    recalled_opening: Pattern[str]
    recalled_intro: Pattern[str]
    recalled_in_passing: Pattern[str]
    recalled_report: Pattern[str]
    # ``sequel``: a sentence opening so ("此后，…", "随后，…") goes on in the time of the sentence before
    # when that was a recalled past (the day is not carried: "此后" is some later day)
    sequel: Pattern[str] = field(default_factory=lambda: re.compile(r"(?!)"))


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
    # names of organisations no gazetteer lists, read by their shape (``kg.nlp.orgnames``), by start
    orgs: list[Mention] = field(default_factory=list)
    # every clause with the time it is about (``kg_discourse``), sorted, not overlapping
    clauses: list[ClauseTime] = field(default_factory=list)
    # keys of the report's main event(s), read from its lead (``kg_events``)
    main_events: list[str] = field(default_factory=list)
    # one {"COMMITMENT": p, "DIRECTIVE": p, "NEITHER": p} per sentence (``kg_statement_kind``);
    # empty when that component is not in the pipeline
    statement_kinds: list[dict[str, float]] = field(default_factory=list)
    # the cues ``kg_discourse`` decided the clauses' times by (``ontology/past_cues.csv``)
    time_cues: TimeCues | None = None

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
        starts = self._token_starts()
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        j = bisect.bisect_left(starts, end, i)  # tokens from j on start at or after ``end``
        # a slice of the clause's tokens only, not of the rest of the text; the Doc's tokens are
        # sorted and do not overlap, so only the first can start before ``start`` and only the
        # last end after ``end``
        out = self.tokens[i:j]
        if out and out[0][0] < start:
            e = min(out[0][1], end)
            if start < e:
                out[0] = (start, e)
            else:
                del out[0]
        if out and out[-1][1] > end:
            s = max(out[-1][0], start)
            if s < end:
                out[-1] = (s, end)
            else:
                del out[-1]
        return out

    def mentions_starting(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)``, by start (those starting together in the order
        they were added); the sorted index built once per mention list, not a scan per clause."""
        cached = self.__dict__.get("_mention_index")
        if cached is None or cached[0] is not self.mentions or cached[1] != len(self.mentions):
            ordered = sorted(self.mentions, key=lambda m: m.start)
            cached = (self.mentions, len(self.mentions), ordered, [m.start for m in ordered])
            self.__dict__["_mention_index"] = cached
        ordered, starts = cached[2], cached[3]
        return ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def sentence_index(self, offset: int) -> int:
        """The sentence holding ``offset``; its start list built once per sentence list (linear)."""
        cached = self.__dict__.get("_sentence_starts_cache")
        if cached is None or cached[0] is not self.sentences or len(cached[1]) != len(self.sentences):
            cached = (self.sentences, [s for s, _ in self.sentences])
            self.__dict__["_sentence_starts_cache"] = cached
        i = bisect.bisect_right(cached[1], offset) - 1
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

    def _clause_starts(self) -> list[int]:
        """The clauses' start offsets, built once per clause list (``time_at`` is asked per clause
        and per mention: a list rebuilt per call was quadratic in the text)."""
        cached = self.__dict__.get("_clause_starts_cache")
        if cached is None or cached[0] is not self.clauses or len(cached[1]) != len(self.clauses):
            cached = (self.clauses, [c.start for c in self.clauses])
            self.__dict__["_clause_starts_cache"] = cached
        return cached[1]

    def time_at(self, offset: int) -> ClauseTime | None:
        """The clause covering ``offset`` with its time; None before ``kg_discourse`` ran."""
        i = bisect.bisect_right(self._clause_starts(), offset) - 1
        if i >= 0 and self.clauses[i].start <= offset <= self.clauses[i].end:
            return self.clauses[i]
        return None

    def is_past(self, offset: int) -> bool:
        """Is the clause at ``offset`` about a past the text signals (时任…, 2018年…以来)?"""
        clause = self.time_at(offset)
        return clause is not None and clause.tense == "past"

    def vague_at(self, offset: int) -> str | None:
        """The words that place the clause at ``offset`` in days the text does not give ("近日",
        "连日来", "本月初"), if any (``kg_discourse``)."""
        clause = self.time_at(offset)
        return clause.vague if clause is not None else None

    def cues(self) -> TimeCues:
        """The cues ``kg_discourse`` ran with, else the installed ones (a state built by hand)."""
        if self.time_cues is not None:
            return self.time_cues
        from kg.nlp.rules import load_rules

        cues: TimeCues = load_rules()["past_cues"]
        return cues

    def recalled_words(self, start: int, end: int, *, clauses: bool = True) -> bool:
        """Are the reported words ``text[start:end]`` (a statement's body) about a recalled past:
        a past post or time anywhere ("时任…", "当年"), a first clause the discourse layer marked past
        by a cue inside them, or an opening span of past years ("近年来，…", "…以来，")?
        ``clauses=False`` asks the cues alone (the ablation without the discourse layer)."""
        text = self.article.text
        body = text[start:end]
        cues = self.cues()
        if cues.recalled_words.search(body):
            return True
        if clauses and self.clauses and self.past_by_cue_within(start + len(body) - len(body.lstrip()), start, end):
            return True
        return bool(cues.recalled_opening.search(body))

    def past_by_cue_within(self, offset: int, lo: int, hi: int) -> bool:
        """Is the clause at ``offset`` about the past by a cue inside ``text[lo:hi]``?  (A 去年 earlier
        in the sentence — "肯定去年…的成绩，希望广东…" — does not make the hope a past one.)"""
        clause = self.time_at(offset)
        if clause is None or clause.tense != "past":
            return False
        if clause.cue is None or clause.cue in self.article.text[lo:hi]:
            return True
        # a date cue ("2025-05", written 今年5月 or 5月): inside when a clause in ``text[lo:hi]`` up to
        # ``offset`` writes that date ("今年5月，某某在这里考察时强调，…": the intro is dated)
        if clause.cue != clause.date:
            return False
        i = bisect.bisect_left(self._clause_starts(), lo)
        text = self.article.text
        for c in self.clauses[i:]:
            if c.start > offset or c.start >= hi:
                break
            if c.cue == clause.cue and _WRITTEN_DATE.search(text, c.start, c.end):
                return True
        return False

    def recalled_report(self) -> bool:
        """Is the whole report a life review ("X伟大光辉的一生", "X同志生平"), so that every word it
        quotes is recalled, none said on the report's day?"""
        return self.cues().recalled_report.search(self.article.title or "") is not None

    def recalled_intro(self, start: int, end: int) -> bool:
        """Does the clause introducing reported words (``text[start:end]``, up to where they begin)
        tell of an earlier occasion ("2014年12月，…考察时强调", "党的十八大以来", "曾…")?"""
        return self.cues().recalled_intro.match(self.article.text, start, end) is not None

    def recalled_in_passing(self, start: int, end: int) -> bool:
        """Do the words ``text[start:end]`` right before an event's name recall it as held before the
        event reported ("在刚刚举行的…大会上", "日前召开的…会议")?"""
        return self.cues().recalled_in_passing.search(self.article.text, start, end) is not None

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

    def org_starting(self, start: int, longer_than: int = 0) -> Mention | None:
        """The organisation name read by its shape (``orgs``) that starts at ``start`` and ends after
        ``longer_than`` (the end of what the gazetteer marks there), if any."""
        if not self.orgs:
            return None
        cached = self.__dict__.get("_org_starts")  # the names never overlap: one start list, bisected
        if cached is None or cached[0] is not self.orgs or cached[1] != len(self.orgs):
            cached = (self.orgs, len(self.orgs), [m.start for m in self.orgs])
            self.__dict__["_org_starts"] = cached
        i = bisect.bisect_left(cached[2], start)
        m = self.orgs[i] if i < len(self.orgs) else None
        return m if m is not None and m.start == start and m.end > longer_than else None

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)
