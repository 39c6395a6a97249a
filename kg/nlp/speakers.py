"""Who is speaking in every sentence, and from what standing.

A commitment and a directive differ mostly in *who says it*: "江苏要…" said by 江苏省委书记 is
江苏's own pledge, said by 习近平 a task set for 江苏 (``shared/statements-guide.md``).  This
component settles the speaker of every sentence before any statement is read:

* a **reporting clause** introduces a speaker: "习近平强调，", "李强在讲话中表示，",
  "习近平在听取…汇报时指出：", "他强调，" (the person named last), a body or collective
  ("长三角地区干部群众表示", "国家电网表示"), or the meeting itself ("会议指出/要求/认为，",
  "大家一致表示，");
* a sentence without one **continues** the current speaker (a speech runs over several
  sentences and paragraphs, quotations included) until a *narrative* sentence breaks it: one
  that reports an event, names who attended or chaired, or opens with a person's name or a time
  ("8月16日，", "随后，") — the narrator speaks there.

The speaker's **standing** is what the statement rules need: ``national`` (a post with no
jurisdiction: 习近平, 李强 as Premier, a minister), ``province:<short>`` or ``city:<short>`` (the
place the person leads; a place post wins over a national rank such as 政治局委员),
``meeting`` (the meeting speaks; which meeting and whether it is a superior body is the
statement component's business), ``province``/``city``/``region``/``organization`` for a body
speaking, ``unknown`` for a person with no post in the report.

Results go on ``DocState.sentence_speakers`` (one :class:`SentenceSpeaker` per sentence) and,
for users of the Doc, on ``doc.spans["kg_speakers"]``: the reporting clause of each introduced
speaker, labelled with the standing, with ``span._.kg_speaker`` the speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.state import DocState, SentenceSpeaker

SPANS_KEY = "kg_speakers"

# verbs that end a reporting clause ("习近平强调", "李强在讲话中表示")
SPEECH_VERBS = ("强调指出", "强调", "指出", "表示", "说", "要求", "认为", "提出", "希望", "谈到", "介绍",
                "宣布", "坦言", "呼吁", "号召", "提到")
# the meeting speaks for itself
MEETING_CUES = ("会议指出", "会议强调", "会议要求", "会议认为", "会议提出", "会议确定", "会议决定", "会议明确",
                "会议部署", "会议号召", "会议还指出", "会议同时指出", "会议还强调", "会议还要求", "会议还确定",
                "会议还决定", "会议审议通过", "会议研究", "大家一致表示", "与会同志一致表示", "与会人员一致表示",
                "各方一致表示", "与会代表一致表示", "会议提醒", "会议号召", "会议分析", "会议听取")
PRONOUNS = ("他", "她")
_MAX_SPEAKER_CLAUSE = 60
_MAX_SPEECH_GAP = 20
_CLAUSE_END = re.compile(r"[，；：,;:。！？!?]")
# a narrative sentence opens with a time: the narrator speaks
_TIME_OPENING = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|当天|当日|随后|此前|会前|会后|期间|\d{1,2}日)")


def standing_of(state: DocState, person: str) -> str:
    """``province:X``/``city:X`` for a person leading a place, ``national`` for a national post,
    ``unknown`` otherwise.  A place post wins: a provincial secretary on the Politburo speaks
    for his province."""
    national = False
    for post in state.extraction.posts:
        if post.person != person:
            continue
        place = post.organization.jurisdiction
        if place is not None:
            return f"{place.kind}:{place.name}"
        national = True
    return "national" if national else "unknown"


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


@dataclass
class _Intro:
    kind: str
    name: str | None
    standing: str
    start: int  # the reporting clause
    end: int


class SpeakerFinder:
    """Reporting clauses and their continuation; see the module docstring."""

    def _last_person_before(self, state: DocState, offset: int) -> str | None:
        best: tuple[int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, _ in spans:
                if s < offset and (best is None or s > best[0]):
                    best = (s, person)
        return best[1] if best else None

    def _person_clause(self, state: DocState, text: str, cs: int, ce: int) -> _Intro | None:
        clause = text[cs:ce].rstrip()
        verb = next((v for v in SPEECH_VERBS if clause.endswith(v)), None)
        if verb is None or len(clause.strip()) > _MAX_SPEAKER_CLAUSE:
            return None
        stripped = clause.strip()
        if stripped.startswith(PRONOUNS) and len(stripped) <= len(verb) + 3:
            who = self._last_person_before(state, cs)
            return _Intro("person", who, standing_of(state, who), cs, ce) if who else None
        first: tuple[int, int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, e in spans:
                if cs <= s < ce and (first is None or s < first[0]):
                    first = (s, e, person)
        if first is not None:
            # between the name and the verb only a place, a time or an audience ("在听取…汇报时",
            # "对乡亲们"); "…总书记重要讲话的要求" is no speech
            between = text[first[1]:cs + len(clause) - len(verb)]
            if len(between) > _MAX_SPEECH_GAP or "的" in between:
                return None
            return _Intro("person", first[2], standing_of(state, first[2]), cs, ce)
        return self._body_clause(state, text, cs, ce, len(verb))

    def _body_clause(self, state: DocState, text: str, cs: int, ce: int, verb_len: int) -> _Intro | None:
        """"国家电网表示", "长三角地区干部群众表示": a place, region or organisation speaking."""
        lead = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
        m = next((m for m in state.mentions if m.start == lead and m.kind in ("province", "city", "region", "org")),
                 None)
        if m is None:
            return None
        between = text[m.end:ce - verb_len]
        if len(between) > 8 or "的" in between:
            return None
        kind = "organization" if m.kind == "org" else m.kind
        return _Intro("body", m.value, kind, cs, ce)

    def _intro(self, state: DocState, text: str, ss: int, se: int) -> tuple[_Intro, int] | None:
        """The sentence's reporting clause (the first one) and where the reported content starts."""
        for cs, ce in _clauses(text, ss, se):
            clause = text[cs:ce].strip()
            cue = next((c for c in MEETING_CUES if clause.startswith(c)), None)
            if cue is not None:
                lead = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
                intro = _Intro("meeting", None, "meeting", lead, lead + len(cue))
                return intro, lead + len(cue)
            found = self._person_clause(state, text, cs, ce)
            if found is not None:
                return found, ce
        return None

    def _narrative(self, state: DocState, text: str, ss: int, se: int, facts: set[int]) -> bool:
        """Does the narrator speak in this sentence (an event, an attendance, a name or a time first)?"""
        if ss in facts:
            return True
        head = text[ss:se].lstrip("　 ")
        if _TIME_OPENING.match(head):
            return True
        for _person, spans in state.person_mentions.items():
            for s, _ in spans:
                if ss <= s < ss + 12 and not text.startswith("习近平", s):
                    # a name (after at most a title) opens the sentence: "李强主持会议", "上海市委书记李强…"
                    return True
        return False

    def find(self, state: DocState) -> list[SentenceSpeaker]:
        text = state.article.text
        facts = {state.evidence_at(e.evidence.start).start for e in state.extraction.events}
        facts |= {state.evidence_at(p.evidence.start).start for p in state.extraction.participations}
        out: list[SentenceSpeaker] = []
        current: SentenceSpeaker | None = None
        for i, (ss, se) in enumerate(state.sentences):
            found = self._intro(state, text, ss, se)
            if found is not None:
                intro, body = found
                current = SentenceSpeaker(i, intro.kind, intro.name, intro.standing, True, body,
                                          intro.start, intro.end)
                out.append(current)
                continue
            if current is not None and not self._narrative(state, text, ss, se, facts):
                out.append(SentenceSpeaker(i, current.kind, current.name, current.standing, False, ss, -1, -1))
                continue
            current = None
            out.append(SentenceSpeaker(i, "none", None, "", False, ss, -1, -1))
        return out


def speaker_spans(doc: Doc, speakers: Sequence[SentenceSpeaker]) -> list[Span]:
    """The reporting clauses as spans labelled with the speaker's standing."""
    spans: list[Span] = []
    for sp in speakers:
        if not sp.intro or sp.clause_start < 0:
            continue
        span = doc.char_span(sp.clause_start, sp.clause_end, label=sp.standing or "none", alignment_mode="expand")
        if span is not None:
            span._.kg_speaker = sp.name or ("会议" if sp.kind == "meeting" else "")
            spans.append(span)
    return spans


if not Span.has_extension("kg_speaker"):
    Span.set_extension("kg_speaker", default=None)


class SpeakerRecognizer:
    """Fills ``DocState.sentence_speakers`` and ``doc.spans["kg_speakers"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.finder = SpeakerFinder()

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        state.sentence_speakers = self.finder.find(state)
        doc.spans[SPANS_KEY] = speaker_spans(doc, state.sentence_speakers)
        return doc


@Language.factory("kg_speakers", default_config={})
def make_speakers(nlp: Language, name: str) -> SpeakerRecognizer:
    return SpeakerRecognizer(nlp, name)
