"""Names of organisations no gazetteer lists, read by their shape.

jieba cuts a body's name it does not know into words (国务院|关税|税则|委员会, 美国|消费|产品|安全|委员会),
and the gazetteer lists only the provinces', cities' and the centre's bodies, so a body named as the
subject of a pledge ("某委员会将…") or as the issuer of a demand ("某机制近日要求…") had no name.
This layer of ``kg_gazetteer`` reads such names from their shape, precision first:

* a name **ends at a suffix** of a body (委员会, 局, 厅, 集团, 公司, 大学, 机制 …; ``ontology/org_names.csv``
  kind ``suffix``), at the end of a jieba word, the word not one that merely ends so (干部, 部署, 核心:
  ``not_end``) and not followed by a word that makes it a common noun (中心城市: ``not_after``);
* it is **read leftwards** word by word from the suffix, over Chinese characters only, until a word that
  cannot stand inside a name (的, 和, 在, 召开, 各, 有关 …: ``break``) or 24 characters;
* it **starts at an anchor**, the leftmost one of that stretch: a place or a body the gazetteer marked
  (四川省…, 国务院…), a state (``countries.csv``, ``foreign_places.csv``), or a national prefix (国家, 中国,
  全国, 中央 …: ``prefix``).  A stretch without an anchor is no name (…的发展中心, 党委书记);
* between the anchor and the suffix stands at least one character, except for the suffixes that name a
  body after a place alone (政府, 党委, 人大常委会, 法院 …: ``bare``) — 中国公司, 美国大学 are classes.

A name the gazetteer already marks whole is left to it.  The names go on ``DocState.orgs`` (kind ``org``,
the value the name as written) and on ``doc.spans["kg_orgs"]``; they are not gazetteer mentions, so the
components that read places and known bodies see what they saw before, and only the readers of a
clause's subject ask for them (``DocState.org_starting``).
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.nlp.literals import alternation
from kg.nlp.rules import rule_table
from kg.nlp.state import Mention
from kg.nlp.tagger import word_tags
from kg.reference import ontology_dir

SPANS_KEY = "kg_orgs"
_MAX_NAME = 24  # characters: the longest name read leftwards from its suffix
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_PLACE_KINDS = ("province", "city", "region", "org")
# jieba's tags of words that never stand inside a body's name (adverbs, conjunctions, prepositions, pronouns,
# particles; not times or directions: 中华全国青年联合会, 中国南方航空集团) and the first characters of a count (一处, 两家, 多个)
_FUNCTION_TAGS = frozenset({"d", "ad", "c", "p", "r", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e"})
_COUNT_START = frozenset("一两几多数若每")


@dataclass(frozen=True)
class OrgShapes:
    """``ontology/org_names.csv`` with the states' names: what a body's name may end, start and hold."""

    suffix: re.Pattern[str]
    bare: frozenset[str]
    prefixes: tuple[str, ...]
    states: re.Pattern[str]
    breaks: frozenset[str]
    not_end: tuple[str, ...]
    not_after: frozenset[str]
    inner: re.Pattern[str]


@rule_table("org_names")
def load_shapes(directory: str | Path | None = None) -> OrgShapes:
    """Read the shape words once per pipeline (through :class:`kg.nlp.rules.Rules`)."""
    d = Path(directory) if directory else ontology_dir()
    by_kind: dict[str, list[str]] = {}
    with (d / "org_names.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            form = (r.get("form") or "").strip()
            if form:
                by_kind.setdefault((r.get("kind") or "").strip(), []).append(form)
    states: list[str] = []
    countries = d / "countries.csv"
    if countries.is_file():
        with countries.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                states += [n for n in ((r.get("label") or "").strip(), *(r.get("aliases") or "").split("|")) if len(n) >= 2]
    places = d / "foreign_places.csv"
    if places.is_file():
        with places.open(encoding="utf-8", newline="") as fh:
            states += [r["name"].strip() for r in csv.DictReader(fh) if r.get("kind") == "country" and len(r["name"].strip()) >= 2]
    suffixes = [*by_kind.get("suffix", ()), *by_kind.get("bare", ())]
    return OrgShapes(
        suffix=re.compile(alternation(suffixes)),
        bare=frozenset(by_kind.get("bare", ())),
        prefixes=tuple(sorted(by_kind.get("prefix", ()), key=len, reverse=True)),
        states=re.compile(alternation(states)),
        breaks=frozenset(by_kind.get("break", ())),
        not_end=tuple(by_kind.get("not_end", ())),
        not_after=frozenset(by_kind.get("not_after", ())),
        inner=re.compile(alternation(by_kind.get("inner", ()))),
    )


class OrgNames:
    """Finds the organisation names of a text (module docstring), given its jieba words and the
    gazetteer's mentions."""

    def __init__(self, shapes: OrgShapes, known: Sequence[str] = ()) -> None:
        self.shapes = shapes
        self.known = frozenset(known)  # the gazetteer's forms: a name it knows whole is its own
        self.tags = word_tags()  # jieba's dictionary tags: ``nt`` marks an organisation's name

    def find(self, text: str, tokens: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[Mention]:
        if not tokens:
            return []
        by_end = {e: s for s, e in tokens}
        starts = {s: e for s, e in tokens}
        anchors: dict[int, int] = {}  # start → end of the longest anchor starting there
        for m in mentions:
            if m.kind in _PLACE_KINDS and m.end > anchors.get(m.start, -1):
                anchors[m.start] = m.end
        inner = {i for m in self.shapes.inner.finditer(text) for i in range(m.start(), m.end())}
        token_starts = [s for s, _ in tokens]
        found: list[Mention] = []
        for hit in self.shapes.suffix.finditer(text):
            name = self._name_at(text, hit.start(), hit.end(), by_end, starts, anchors, inner, token_starts)
            if name is not None:
                found.append(Mention(name[0], hit.end(), "org", text[name[0]:hit.end()]))
        return _outermost(found)

    def _name_at(self, text: str, a: int, e: int, by_end: dict[int, int], starts: dict[int, int],
                 anchors: dict[int, int], inner: set[int], token_starts: list[int]) -> tuple[int, int] | None:
        """The name ending with the suffix ``text[a:e]``: (start, where its anchor ends), or None."""
        ts = by_end.get(e)
        if ts is None or text[max(0, a - 4):e].endswith(self.shapes.not_end):
            return None
        nxt = starts.get(e)
        if nxt is not None and text[e:nxt] in self.shapes.not_after:
            return None
        # from the start of the word that holds the suffix's first character (国家发展改革委|员会)
        p, lo, best = min(ts, token_starts[bisect_right(token_starts, a) - 1]), max(0, e - _MAX_NAME), None
        while True:
            anchor = self._anchor(text, p, anchors, starts)
            if anchor is not None and anchor <= a:
                best = (p, anchor)
            s = by_end.get(p)
            if s is None or s < lo:
                break
            word = text[s:p]
            if (((word in self.shapes.breaks or self._function_word(word)) and s not in inner)
                    or not _HAN.fullmatch(word)):
                break
            p = s
        if best is not None and best[1] == a and text[a:e] not in self.shapes.bare:
            best = None  # 中国公司, 美国大学: a class of bodies, no name
        word = text[ts:e]
        if best is None and len(word) >= 4 and self.tags.get(word) == "nt" and not self.shapes.suffix.fullmatch(word):
            best = (ts, e)  # 北京大学, 华为公司: a name jieba's dictionary knows
        if best is None or text[best[0]:e] in self.known:
            return None  # no name, or the gazetteer's own
        return best

    def _function_word(self, word: str) -> bool:
        """A word no name holds, by jieba's dictionary tag: an adverb (高度, 已经), a conjunction, a
        preposition, a pronoun, a particle, a count (一处, 多家)."""
        tag = self.tags.get(word, "")
        return tag in _FUNCTION_TAGS or (tag == "m" and word[0] in _COUNT_START)

    def _anchor(self, text: str, p: int, anchors: dict[int, int], starts: dict[int, int]) -> int | None:
        """Where an anchor starting at ``p`` ends: a gazetteer place or body, a state, a national prefix."""
        end = anchors.get(p)
        state = self.shapes.states.match(text, p)
        if state is not None and (end is None or state.end() > end):
            end = state.end()
        if end is None and text.startswith(self.shapes.prefixes, p):
            end = p + next(len(x) for x in self.shapes.prefixes if text.startswith(x, p))
        if end is None and p in starts and starts[p] - p >= 4 and self.tags.get(text[p:starts[p]]) == "nt":
            end = starts[p]  # 北京大学法学院: a name jieba's dictionary knows heads a longer one
        return end


def _outermost(found: list[Mention]) -> list[Mention]:
    """The names no other name holds (国务院关税税则委员会 over …税则委员会), by start."""
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
