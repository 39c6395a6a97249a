"""Commitments (who pledged what) and directives (who set whom a task).

The text is read clause by clause (clauses end at ，；：and at sentence ends)
inside *frames* that say who is speaking:

* a **meeting frame** opens at a resolution cue (会议指出/强调/要求 …,
  大家一致表示; ``ontology/commitment_cues.csv``) and holds to the end of the
  paragraph: the meeting's resolutions, "要…" and every following sentence of
  the paragraph, are pledges of its participants;
* a **speech frame** opens where ``DocState.speech_scopes`` says a person
  speaks, or at a clause "PERSON强调/指出/说" (so "习近平强调，要…" is read even
  when no speech scope was recorded);
* a **subject frame** opens at "X将…"/"X要…" where X is a province, a region
  or collective, or an addressee such as 有关部门/领导小组, and holds to the end
  of the sentence.

A meeting or speech frame becomes *active* at its first clause-initial
pledge marker (要, 必须) and stays active to the end of the paragraph; clauses
before it (会议指出，推动…是重大国家战略) are reports, not pledges.

Who committed, and what is a directive
--------------------------------------
* Meeting frame, no subject: a commitment of every participating province of
  the event (participants' posts → ``province_of``); failing that of the
  collective named in the paragraph (or the nearest one before it), then of
  the participating organisations or persons.
* Speech frame, no subject (要…/我们要…): by a speaker holding a national post
  (jurisdiction ``None``) a directive to the event's participating provinces;
  by anyone else a commitment of the speaker (person) and his province.
* Subject frame: by a national speaker, or at a meeting chaired by one, a
  directive to the subject.  A provincial leader's subject is a directive only
  when it is a subordinate body (有关部门, 各地区各部门 …: the ``subordinate``
  column); a collective or another province named by a provincial leader
  ("三省一市要…" at a forum of equals) is a commitment of those provinces.
  "上海将…" outside a national speech is 上海's own commitment.

Collectives are expanded to provinces here (三省一市 → 上海 江苏 浙江 安徽), so
``committed_by``/``addressed_to`` hold provinces, never regions; an addressee
the reference cannot expand (沿江各省市) stays an organisation.

One record per clause: ``action`` is the verb phrase before the first
project the clause names (加快建设, 扎实推进) or, for a clause naming no project,
the verb phrase with its object (积极主动做好有关牵头、协调工作).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.projects import ProjectMention, pos_tokens, project_mentions
from kg.nlp.state import DocState
from kg.records import AgentRef, CommitmentRecord, DirectiveRecord
from kg.reference import Reference, default_ontology_dir, get_reference

_CLAUSE_END = re.compile(r"[，；：,;:。！？!?]")
_JOINERS = ("和", "、", "及", "与", "以及")
_VERBISH = frozenset({"v", "vd", "vn", "vi", "d", "ad", "a", "i", "c"})
_VERB = frozenset({"v", "i"})
_MAX_ACTION = 40
_MAX_SHORT_ACTION = 10
_EDGE_TAGS = frozenset({"p", "c", "uj", "u", "x"})
_MAX_SUBJECT = 16


@dataclass(frozen=True)
class Addressee:
    surface: str
    agent_kind: str  # organization | leading_group
    value: str
    subordinate: bool


@dataclass(frozen=True)
class CommitmentCues:
    resolution: tuple[str, ...]
    pledge: tuple[str, ...]
    future: tuple[str, ...]
    not_pledge: tuple[str, ...]
    speech: tuple[str, ...]
    first_person: tuple[str, ...]
    addressees: dict[str, Addressee]

    @classmethod
    def load(cls, directory: Path | str | None = None) -> CommitmentCues:
        d = Path(directory) if directory is not None else default_ontology_dir()
        with (d / "commitment_cues.csv").open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if (r.get("cue") or "").strip()]
        return cls.from_rows(rows)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> CommitmentCues:
        kinds: dict[str, list[str]] = {}
        addressees: dict[str, Addressee] = {}
        for r in rows:
            cue, kind = r["cue"].strip(), r["kind"].strip()
            if kind == "addressee":
                addressees[cue] = Addressee(cue, r["agent_kind"].strip(), (r.get("value") or "").strip() or cue,
                                            (r.get("subordinate") or "").strip() == "yes")
            else:
                kinds.setdefault(kind, []).append(cue)

        def longest(kind: str) -> tuple[str, ...]:
            return tuple(sorted(kinds.get(kind, ()), key=len, reverse=True))

        return cls(longest("resolution"), longest("pledge"), longest("future"), longest("not_pledge"),
                   longest("speech"), longest("first_person"), addressees)

    def to_rows(self) -> list[dict[str, str]]:
        rows = [{"cue": c, "kind": k} for k in ("resolution", "pledge", "future", "not_pledge", "speech", "first_person")
                for c in getattr(self, k)]
        rows += [{"cue": a.surface, "kind": "addressee", "agent_kind": a.agent_kind, "value": a.value,
                  "subordinate": "yes" if a.subordinate else ""} for a in self.addressees.values()]
        return rows


@dataclass
class _Frame:
    kind: str  # meeting | speech
    person: str | None = None
    active: bool = False


@dataclass
class _Subject:
    agents: tuple[AgentRef, ...]
    subordinate: bool
    first_person: bool = False


@dataclass
class Found:
    commitments: list[CommitmentRecord] = field(default_factory=list)
    directives: list[DirectiveRecord] = field(default_factory=list)


class CommitmentFinder:
    def __init__(self, cues: CommitmentCues, reference: Reference | None = None) -> None:
        self.cues = cues
        self.ref = reference if reference is not None else get_reference()

    # -- helpers -------------------------------------------------------------
    def _starts_with(self, text: str, options: Sequence[str]) -> str | None:
        for o in options:
            if text.startswith(o):
                return o
        return None

    def _pledge_at(self, text: str) -> str | None:
        """The pledge marker a clause body starts with (要, 必须), not 要求/要素."""
        if self._starts_with(text, self.cues.not_pledge):
            return None
        return self._starts_with(text, self.cues.pledge)

    def _expand(self, kind: str, value: str) -> list[AgentRef]:
        if kind in ("province", "region"):
            shorts = self.ref.expand_collective(value)
            if shorts:
                return [AgentRef("province", s) for s in shorts]
            return [AgentRef("region", value)] if kind == "region" else [AgentRef("province", value)]
        if kind == "city":
            return [AgentRef("city", value)]
        return [AgentRef("organization", value)]

    def _is_national(self, state: DocState, person: str | None) -> bool:
        if person is None:
            return False
        return any(p.person == person and p.organization.jurisdiction is None for p in state.extraction.posts)

    def _leading_group(self, state: DocState) -> str:
        for m in state.mentions:
            if m.kind == "org" and m.value.endswith("领导小组"):
                return m.value
        for e in state.extraction.events:
            i = e.label.find("领导小组")
            if i > 0:
                return e.label[: i + 4]
        return "领导小组"

    def _subject(self, state: DocState, text: str, cs: int, ce: int) -> tuple[_Subject, int] | None:
        """"X将"/"X要" at the start of a clause: the subject's agents and where the body starts."""
        clause = text[cs:ce]
        for fp in self.cues.first_person:
            if clause.startswith(fp):
                rest = clause[len(fp):]
                marker = self._starts_with(rest, self.cues.future) or self._pledge_at(rest)
                if marker and not self._starts_with(rest, self.cues.not_pledge):
                    return _Subject((), False, first_person=True), cs + len(fp) + len(marker)
        pos = cs
        agents: list[AgentRef] = []
        subordinate = False
        mentions = sorted((m for m in state.mentions if cs <= m.start < ce), key=lambda m: m.start)
        while pos < ce and pos - cs <= _MAX_SUBJECT:
            m = next((m for m in mentions if m.start == pos and m.kind in ("province", "region", "city", "org")), None)
            rest = text[pos:ce]
            addr = self._starts_with(rest, sorted(self.cues.addressees, key=len, reverse=True))
            if m is not None and (addr is None or m.end - m.start >= len(addr)):
                agents.extend(self._expand(m.kind, m.value))
                pos = m.end
            elif addr is not None:
                a = self.cues.addressees[addr]
                subordinate = subordinate or a.subordinate
                if a.agent_kind == "leading_group":
                    agents.append(AgentRef("organization", self._leading_group(state)))
                else:
                    agents.extend(self._expand("region", a.value) if self.ref.expand_collective(a.value)
                                  else [AgentRef("organization", a.value)])
                pos += len(addr)
            else:
                break
            joiner = self._starts_with(text[pos:ce], _JOINERS)
            if joiner is None:
                break
            pos += len(joiner)
        if not agents:
            return None
        rest = text[pos:ce]
        if self._starts_with(rest, self.cues.not_pledge):
            return None
        marker = self._starts_with(rest, self.cues.future) or self._pledge_at(rest)
        if marker is None:
            return None
        return _Subject(tuple(dict.fromkeys(agents)), subordinate), pos + len(marker)

    def _speaker_clause(self, state: DocState, text: str, cs: int, ce: int) -> str | None:
        """"李强说" / "习近平在讲话中强调": a clause that is just a person and a speech verb."""
        for person, spans in state.person_mentions.items():
            for s, e in spans:
                if s == cs and text[e:ce] in self.cues.speech:
                    return person
        return None

    def _participants(self, state: DocState, event: str | None) -> list[AgentRef]:
        if event is None:
            return []
        provinces: list[AgentRef] = []
        others: list[AgentRef] = []
        for p in state.extraction.participations:
            if p.event != event:
                continue
            if p.agent.kind == "person":
                place = state.province_of(p.agent.name)
                if place is not None and place.kind == "province":
                    provinces.append(AgentRef("province", place.name))
                else:
                    others.append(p.agent)
            elif p.agent.kind == "province":
                provinces.append(p.agent)
            else:
                others.append(p.agent)
        return list(dict.fromkeys(provinces)) or []

    def _collective(self, state: DocState, para: tuple[int, int], offset: int) -> list[AgentRef]:
        regions = [m for m in state.mentions if m.kind == "region"]
        inside = [m for m in regions if para[0] <= m.start < para[1]]
        before = [m for m in regions if m.start < offset]
        m = inside[0] if inside else (before[-1] if before else None)
        return self._expand("region", m.value) if m is not None else []

    def _meeting_committers(self, state: DocState, event: str | None, para: tuple[int, int], offset: int) -> list[AgentRef]:
        who = self._participants(state, event) or self._collective(state, para, offset)
        if who or event is None:
            return who
        agents = [p.agent for p in state.extraction.participations if p.event == event]
        orgs = [a for a in agents if a.kind == "organization"]
        return list(dict.fromkeys(orgs or agents))

    def _chair(self, state: DocState, event: str | None) -> str | None:
        for p in state.extraction.participations:
            if p.event == event and p.role == "chair" and p.agent.kind == "person":
                return p.agent.name
        return None

    # -- action --------------------------------------------------------------
    def _action(self, state: DocState, start: int, end: int, projects: Sequence[ProjectMention]) -> str:
        """The verb phrase before the first project; the whole clause body when it names none."""
        text = state.article.text
        if not projects:
            return text[start:end].strip()[:_MAX_ACTION]
        first = projects[0].start
        toks = [t for t in pos_tokens(text, start, first, state.tokens_between(start, first) or None) if t[2].strip()]
        while toks and toks[0][3] in _EDGE_TAGS:
            toks.pop(0)
        while toks and toks[-1][3] in _EDGE_TAGS:
            toks.pop()
        if toks and toks[-1][1] - toks[0][0] <= _MAX_SHORT_ACTION and any(t[3] in _VERBISH for t in toks):
            return text[toks[0][0]:toks[-1][1]]
        run = _verb_run(toks)
        if run is not None:
            return text[run[0]:run[1]]
        last = max(p.end for p in projects)
        run = _verb_run([t for t in pos_tokens(text, last, end, state.tokens_between(last, end) or None) if t[3] not in _EDGE_TAGS])
        return text[run[0]:run[1]] if run else ""

    # -- main ----------------------------------------------------------------
    def find(self, state: DocState, mentions: Sequence[ProjectMention]) -> Found:
        text = state.article.text
        found = Found()
        paragraphs = state.paragraphs or [(0, len(text))]
        sentences = state.sentences or [(0, len(text))]
        for para in paragraphs:
            frame: _Frame | None = None
            for ss, se in sentences:
                if not (para[0] <= ss < para[1]):
                    continue
                subject: tuple[_Subject, int] | None = None
                for cs, ce in _clauses(text, ss, se):
                    clause = text[cs:ce]
                    cue = self._starts_with(clause, self.cues.resolution)
                    if cue is not None:
                        frame = _Frame("meeting")
                        cs += len(cue)
                        if cs >= ce:
                            continue
                        clause = text[cs:ce]
                    speaker = self._speaker_clause(state, text, cs, ce)
                    if speaker is not None:
                        frame = _Frame("speech", speaker)
                        continue
                    scoped = state.speaker_at(cs)
                    if scoped is not None and (frame is None or (frame.kind == "speech" and frame.person != scoped)):
                        frame = _Frame("speech", scoped)
                    body = cs
                    subj = self._subject(state, text, cs, ce)
                    if subj is not None and subj[0].first_person:
                        if frame is not None and frame.kind == "speech":
                            frame.active = True
                        body = subj[1]
                    elif subj is not None:
                        subject = subj
                        body = subj[1]
                    else:
                        marker = self._pledge_at(clause)
                        if marker is not None and frame is not None:
                            frame.active = True
                            body = cs + len(marker)
                    if subject is not None:
                        self._emit_subject(state, found, frame, subject[0], para, body, ce, mentions)
                    elif frame is not None and frame.active:
                        self._emit_frame(state, found, frame, para, body, ce, mentions)
        return found

    def _clause_projects(self, mentions: Sequence[ProjectMention], start: int, end: int) -> list[ProjectMention]:
        return [m for m in mentions if start <= m.start < end]

    def _emit_frame(self, state: DocState, found: Found, frame: _Frame, para: tuple[int, int], start: int,
                    end: int, mentions: Sequence[ProjectMention]) -> None:
        projects = self._clause_projects(mentions, start, end)
        action = self._action(state, start, end, projects)
        if not action and not projects:
            return
        event = state.event_at(start)
        evidence = state.evidence_at(start)
        labels = tuple(dict.fromkeys(p.label for p in projects))
        if frame.kind == "speech" and frame.person is not None:
            if self._is_national(state, frame.person):
                to = tuple(a for a in self._participants(state, event) if a != state.province_of(frame.person))
                found.directives.append(DirectiveRecord(AgentRef("person", frame.person), to, action, labels, evidence, event))
                return
            who = [AgentRef("person", frame.person)]
            place = state.province_of(frame.person)
            if place is not None:
                who.append(AgentRef(place.kind, place.name))
        else:
            who = self._meeting_committers(state, event, para, start)
        if who:
            found.commitments.append(CommitmentRecord(tuple(dict.fromkeys(who)), action, labels, evidence, event))

    def _emit_subject(self, state: DocState, found: Found, frame: _Frame | None, subject: _Subject,
                      para: tuple[int, int], start: int, end: int, mentions: Sequence[ProjectMention]) -> None:
        projects = self._clause_projects(mentions, start, end)
        action = self._action(state, start, end, projects)
        if not action and not projects:
            return
        event = state.event_at(start)
        evidence = state.evidence_at(start)
        labels = tuple(dict.fromkeys(p.label for p in projects))
        issuer: str | None = None
        if frame is not None and frame.kind == "speech":
            issuer = frame.person
        elif frame is not None and frame.kind == "meeting":
            issuer = self._chair(state, event)
        national = self._is_national(state, issuer)
        own = issuer is not None and any(
            a == AgentRef("province", p.name) for a in subject.agents if (p := state.province_of(issuer)) is not None
        )
        if issuer is not None and (national or (subject.subordinate and frame is not None and frame.kind == "speech" and not own)):
            found.directives.append(DirectiveRecord(AgentRef("person", issuer), subject.agents, action, labels, evidence, event))
        else:
            found.commitments.append(CommitmentRecord(subject.agents, action, labels, evidence, event))


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _verb_run(tokens: Sequence[tuple[int, int, str, str]]) -> tuple[int, int] | None:
    """The first run of verb-like tokens that holds a verb (``v``/``i``; failing that ``vn``)."""
    runs: list[tuple[int, int, set[str]]] = []
    cur: list[tuple[int, int, str, str]] = []
    for tok in [*tokens, (0, 0, "", "x")]:
        if tok[3] in _VERBISH and tok[2]:
            cur.append(tok)
            continue
        while cur and cur[-1][3] == "c":
            cur.pop()
        while cur and cur[0][3] == "c":
            cur.pop(0)
        if cur:
            runs.append((cur[0][0], cur[-1][1], {t[3] for t in cur}))
        cur = []
    for wanted in (_VERB, frozenset({"vn"})):
        for s, e, tags in runs:
            if tags & wanted:
                return s, e
    return None


# --------------------------------------------------------------------------- component

_CUES_FILE = "commitment_cues.json"


class CommitmentRecognizer:
    """Adds :class:`~kg.records.CommitmentRecord`s and :class:`~kg.records.DirectiveRecord`s."""

    def __init__(self, nlp: Language, name: str, cues: CommitmentCues | None = None) -> None:
        self.name = name
        self.cues = cues if cues is not None else CommitmentCues.load()
        self.finder = CommitmentFinder(self.cues)

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        found = self.finder.find(state, project_mentions(doc))
        state.extraction.commitments.extend(found.commitments)
        state.extraction.directives.extend(found.directives)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / _CUES_FILE, self.cues.to_rows())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CommitmentRecognizer:
        self.cues = CommitmentCues.from_rows(srsly.read_json(Path(path) / _CUES_FILE))
        self.finder = CommitmentFinder(self.cues)
        return self


@Language.factory("kg_commitments", default_config={})
def make_commitments(nlp: Language, name: str) -> CommitmentRecognizer:
    return CommitmentRecognizer(nlp, name)
