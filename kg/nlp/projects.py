"""Named projects: programmes, platforms, zones, corridors, mechanisms, campaigns.

A project is found in one of two shapes:

* a **head-noun phrase**: a noun phrase ending in a project noun (走廊, 示范区,
  机制 … listed in ``ontology/project_heads.csv``) together with its
  modifiers (G60科创走廊, 太湖流域跨省生态保护补偿机制).  The phrase is the run of
  jieba tokens back to the nearest *boundary*: a verb or function word from
  ``ontology/project_stoplist.csv`` or a token whose part of speech is
  adverb/preposition/conjunction/particle/pronoun/idiom, or a verb that is
  not one of the verb-tagged words known to occur inside names (创新, 保护 …).
  jieba's part-of-speech tags alone are not enough: it tags 创新, 联防, 保护 as
  verbs, and those sit in the middle of names.
* a **quoted name** (居民服务“一卡通”, 长江“十年禁渔”, “一厅三片”等重点区域).  Quotes
  in political prose also wrap slogans (胸怀“两个大局”), so a bare quote counts
  only when a noun modifies it (长江“十年禁渔”) or when it is listed as one of a
  class of things ("…”等重点区域").

Precision comes from requiring a name to be *specific*: each head says in
``requires`` what its modifier must contain — ``any`` (a zone or corridor is
named by any modifier), ``specific`` (a place, a code such as G60/5G, a quoted
name or a marker word such as 国家/国际), ``place`` (a place, code or quote:
机制 or 体系 with only generic modifiers are policy vocabulary) or ``quote``.
Labels listed as ``generic`` in the stoplist are never projects.

Short forms are resolved to the full name within an article (示范区,
一体化示范区 → 长三角生态绿色一体化发展示范区) and, across articles, through
``ontology/project_aliases.csv``; the label, quotes removed, is the key that
makes the same project in two reports one node.

Besides the :class:`~kg.records.ProjectRecord`s, the component leaves every
mention of a project (offsets and canonical label) in
``doc.user_data["kg_project_mentions"]`` so that the commitment component can
tell which projects a clause names; :func:`project_mentions` recomputes them
when that is missing.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.rules import RULES_CONFIG, Rules, load_rules, rule_table
from kg.nlp.state import DocState
from kg.nlp.tagger import word_tags
from kg.records import PlaceRef, ProjectRecord
from kg.reference import default_ontology_dir, on_clear

USER_DATA_KEY = "kg_project_mentions"

_OPEN_QUOTES = {"“": "”", "‘": "’", "「": "」", '"': '"'}
_OPENERS = (*_OPEN_QUOTES, "《")  # a unit that opens a quote or a title
_new_tuple = tuple.__new__  # a Unit from a (start, end, word, tag) tuple without a Python-level __new__
_QUOTE_CHARS = str.maketrans("", "", "“”‘’\"'「」『』《》 \u3000")
_PUNCT = set("，。；：！？、,.;:!?（）()《》…—·\n ")
_INNER_PUNCT = re.compile(r"[，。；：！？、,;:!?]")
_QUOTE_GAP = "[“”‘’]?"
_DATE_QUOTE = re.compile(r"[\d·.\-/]+")
# negation and passive characters: a quote holding one is a quoted clause (“绝对不可接受”)
_NEGATION = frozenset("不被没别勿")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_LATIN = re.compile(r"[A-Za-z]")
# Parts of speech that always end a modifier (jieba/ICTCLAS tag set).
# a person's name ends or opens a name (习近平连线深海一号作业平台)
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# what a word alone says of a unit's ending a run (ProjectFinder._word_boundary)
_BOUNDARY_NEVER, _BOUNDARY_ALWAYS, _BOUNDARY_UNLESS_PLACE = 0, 1, 2
_MEMO_SIZE = 200_000  # words remembered per finder before the memo starts again
_BOUNDARY_TAGS = frozenset({"d", "ad", "vd", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "i", "y", "e", "o", "x"})
_MAX_QUOTE = 12
_MAX_LABEL = 30
_MAX_CONJUNCT = 8  # 上海张江: a place and a district, not a clause
# “四个意识”“两个维护”“五大安全”: numbered political formulas, never project names
_SLOGAN = re.compile(r"^(?:[一二三四五六七八九十两]+[个大项条]|十[一二三四五六七八九]?五$|[双三四五六七八九十两][\u4e00-\u9fff]$)")
# also “十五五”, and a numeral with one character (“双碳”, “三保”, “四风”): a formula, not a name
_VERB_OR_ADJ = frozenset({"v", "vd", "a", "ad", "an"})
# a single character of these kinds at a run's start is the clause's, not the name's (纠|“四风”)
_LEADING_CHAR_TAGS = frozenset({"zg", "vg", "v", "d", "p", "c", "u"})  # (沿 f stays: 沿沪宁产业创新带)


def normalise_label(label: str) -> str:
    """The cross-article key of a project: quotes and spaces removed."""
    return label.translate(_QUOTE_CHARS)


@dataclass(frozen=True)
class Head:
    word: str
    kind: str
    requires: str  # any | specific | place | quote
    label_quote_only: bool  # “满意消费长三角”行动 → 满意消费长三角


@dataclass(frozen=True)
class ProjectLexicon:
    """The rule data: heads, class nouns, stoplist words by kind, known aliases."""

    heads: dict[str, Head]
    class_nouns: frozenset[str]
    boundary: frozenset[str]
    keep: frozenset[str]
    trim: frozenset[str]
    trailing: frozenset[str]
    generic: frozenset[str]
    markers: frozenset[str]
    aliases: dict[str, str]
    # well-known programmes named verbatim (known_projects.csv): surface form → label
    known: dict[str, str] = field(default_factory=dict)
    # words after a quote that make it a figure of speech ("“压舱石”作用", "“注销难”这一…")
    figure_after: frozenset[str] = frozenset()
    # words before a quote that make it scare quotes (所谓“民主问题”)
    scare: frozenset[str] = frozenset()
    # heads that are verbs too (计划): before a verb or adverb ("全国计划加开…", "美国计划再向…") a verb
    verb_heads: frozenset[str] = frozenset()
    # a known name without the place it starts with → (place, name): "城市副中心" names 北京城市副中心
    # in a report that names 北京 (the same place context), and nothing elsewhere
    place_forms: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | str | None = None) -> ProjectLexicon:
        d = Path(directory) if directory is not None else default_ontology_dir()
        heads: dict[str, Head] = {}
        classes: set[str] = set()
        for row in _rows(d / "project_heads.csv"):
            word = row["head"].strip()
            if row["role"].strip() == "class":
                classes.add(word)
            else:
                heads[word] = Head(word, row["kind"].strip(), row["requires"].strip() or "specific",
                                   row.get("label_quote_only", "").strip() == "yes")
        kinds: dict[str, set[str]] = {}
        for row in _rows(d / "project_stoplist.csv"):
            kinds.setdefault(row["kind"].strip(), set()).add(row["word"].strip())
        aliases = {normalise_label(r["alias"]): normalise_label(r["label"]) for r in _rows(d / "project_aliases.csv")}
        known: dict[str, str] = {}
        for r in _rows(d / "known_projects.csv"):
            label = normalise_label(r["label"])
            for form in (label, *filter(None, (r.get("aliases") or "").split("|"))):
                known.setdefault(normalise_label(form), label)
                if normalise_label(form) != label:
                    aliases.setdefault(normalise_label(form), label)
        return cls(
            heads=heads,
            class_nouns=frozenset(classes),
            boundary=frozenset(kinds.get("boundary", ())),
            keep=frozenset(kinds.get("keep", ())),
            trim=frozenset(kinds.get("trim", ())),
            trailing=frozenset(kinds.get("trailing", ())),
            generic=frozenset(kinds.get("generic", ())),
            markers=frozenset(kinds.get("marker", ())),
            aliases=aliases,
            known=known,
            figure_after=frozenset(kinds.get("figure_after", ())),
            scare=frozenset(kinds.get("scare", ())),
            verb_heads=frozenset(kinds.get("verb_head", ())),
            place_forms=_place_forms(set(known.values()), known),
        )

    def to_json(self) -> dict[str, object]:
        return {
            "heads": [[h.word, h.kind, h.requires, h.label_quote_only] for h in self.heads.values()],
            "class_nouns": sorted(self.class_nouns),
            **{k: sorted(getattr(self, k))
               for k in ("boundary", "keep", "trim", "trailing", "generic", "markers", "figure_after", "scare",
                         "verb_heads")},
            "aliases": dict(sorted(self.aliases.items())),
            "known": dict(sorted(self.known.items())),
            "place_forms": {k: list(v) for k, v in sorted(self.place_forms.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ProjectLexicon:
        heads_raw = data["heads"]
        assert isinstance(heads_raw, list)
        heads = {str(h[0]): Head(str(h[0]), str(h[1]), str(h[2]), bool(h[3])) for h in heads_raw}

        def words(key: str) -> frozenset[str]:
            value = data[key]
            assert isinstance(value, list)
            return frozenset(str(v) for v in value)

        aliases_raw = data["aliases"]
        assert isinstance(aliases_raw, dict)
        return cls(heads, words("class_nouns"), words("boundary"), words("keep"), words("trim"),
                   words("trailing"), words("generic"), words("markers"),
                   {str(k): str(v) for k, v in aliases_raw.items()},
                   {str(k): str(v) for k, v in dict(data.get("known") or {}).items()},  # type: ignore[call-overload]
                   words("figure_after") if "figure_after" in data else frozenset(),
                   words("scare") if "scare" in data else frozenset(),
                   words("verb_heads") if "verb_heads" in data else frozenset(),
                   {str(k): (str(v[0]), str(v[1])) for k, v in dict(data.get("place_forms") or {}).items()})  # type: ignore[call-overload]


def _place_forms(labels: set[str], known: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each known name that starts with a province or city (北京城市副中心, 海南自由贸易港), without
    that place (城市副中心, 自由贸易港: four characters at least, no known name of its own and no
    generic phrase), mapped to (the place as written, the name)."""
    from kg.reference import get_reference

    ref = get_reference()
    places = sorted({f for p in ref.provinces for f in (p.name, p.short)} | {f for c in ref.cities for f in (c.name, c.short)},
                    key=len, reverse=True)
    out: dict[str, tuple[str, str]] = {}
    for label in sorted(labels):
        place = next((p for p in places if len(p) >= 2 and label.startswith(p)), None)
        if place is None:
            continue
        rest = label[len(place):]
        if len(rest) >= 4 and rest not in known:
            out.setdefault(rest, (place, label))
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if any((v or "").strip() for v in r.values())]


# --------------------------------------------------------------------------- tokens


class Unit(NamedTuple):
    """A jieba token, or a whole quoted name, with offsets into the article text (a named tuple:
    a hundred thousand are made per few hundred reports, three times faster than a frozen dataclass)."""

    start: int
    end: int
    text: str
    tag: str  # jieba POS tag; "Q" for a quoted name, "T" for a 《title》

    @property
    def inner(self) -> str:
        return self.text[1:-1] if self.tag == "Q" else self.text


def pos_tokens(
    text: str, start: int, end: int, tokens: Sequence[tuple[int, int]] | None = None
) -> list[Unit]:
    """Tokens of ``text[start:end]`` with absolute offsets and part-of-speech tags, as
    ``(start, end, word, tag)`` tuples (:class:`Unit`, which :func:`units_of` then merges).

    The tokens are the Doc's (``DocState.tokens_between``) when given, else jieba's
    segmentation of the stretch.  The tag is the word's tag in jieba's dictionary:
    jieba.posseg would run a tagging HMM over every stretch, which cost two thirds
    of the whole pipeline's time; an unknown word of two or more characters is
    almost always a noun or a name here, so it is tagged ``n``.
    """
    if tokens is None:
        import jieba

        spans: list[tuple[int, int]] = []
        pos = start
        for word in jieba.cut(text[start:end], HMM=True):
            i = text.find(word, pos, end)
            if i < 0:  # jieba never drops characters; be safe anyway
                continue
            spans.append((i, i + len(word)))
            pos = i + len(word)
        tokens = spans
    tags = word_tags()
    out: list[Unit] = []
    append = out.append
    for s, e in tokens:
        word = text[s:e]
        if not word or word.isspace():
            continue
        tag = tags.get(word) or ("n" if len(word) > 1 and not word.isascii() else ("eng" if word.isalnum() else "x"))
        append(_new_tuple(Unit, (s, e, word, tag)))
    return out


def units_of(
    text: str, start: int, end: int, tokens: Sequence[tuple[int, int]] | None = None
) -> list[Unit]:
    """Tokens of a stretch with quoted names and 《titles》 merged into single units."""
    toks = pos_tokens(text, start, end, tokens)
    stretch = text[start:end]
    if not any(q in stretch for q in _OPENERS):
        return toks  # nothing to merge
    units: list[Unit] = []
    i = 0
    while i < len(toks):
        s, e, word, tag = toks[i]
        closer = _OPEN_QUOTES.get(word) or ("》" if word == "《" else None)
        if closer is not None:
            j = i + 1
            while j < len(toks) and toks[j][2] != closer and toks[j][0] - s <= 40:
                j += 1
            if j < len(toks) and toks[j][2] == closer and j > i + 1:
                ce = toks[j][1]
                units.append(Unit(s, ce, text[s:ce], "T" if word == "《" else "Q"))
                i = j + 1
                continue
        units.append(toks[i])
        i += 1
    return units


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class ProjectMention:
    """``text[start:end]`` names the project ``label`` (written there as ``surface``)."""

    start: int
    end: int
    label: str
    surface: str
    full: bool  # False for a short form resolved to a full name
    located_in: PlaceRef | None = None


class ProjectFinder:
    """Finds project mentions in the text of a :class:`DocState`."""

    def __init__(self, lexicon: ProjectLexicon) -> None:
        self.lex = lexicon
        self._head_lengths = sorted({len(h) for h in lexicon.heads}, reverse=True)
        self._head_ends = frozenset(h[-1] for h in lexicon.heads if h)  # a head ends with one of these
        # a run can name a project only if it holds a head's last character or a quote (``find``)
        self._may_name = re.compile("[" + "".join(re.escape(c) for c in sorted({*self._head_ends, *_OPEN_QUOTES})) + "]")
        # (text, tag) → what _is_boundary decides from the word alone (_BOUNDARY_*): the same few
        # thousand words come back in every report
        self._boundary_memo: dict[tuple[str, str], int] = {}
        forms = sorted((a for a in (*lexicon.known, *lexicon.place_forms) if len(a) >= 3), key=len, reverse=True)
        # a quote may stand inside a known name as written (“不忘初心、牢记使命”主题教育)
        self._known_re = (
            re.compile("|".join(_QUOTE_GAP.join(re.escape(ch) for ch in f) for f in forms)) if forms else None
        )

    # -- unit classification ------------------------------------------------
    def _places(self, state: DocState) -> list[tuple[int, int, str, str]]:
        return _Places((m.start, m.end, m.kind, m.value) for m in state.mentions if m.kind in ("province", "city", "region"))

    def _is_boundary(self, u: Unit, places: Sequence[tuple[int, int, str, str]]) -> bool:
        if u.tag == "Q":
            return False
        if u.tag == "T":
            return True
        key = (u.text, u.tag)
        verdict = self._boundary_memo.get(key)
        if verdict is None:
            if len(self._boundary_memo) >= _MEMO_SIZE:
                self._boundary_memo.clear()
            verdict = self._boundary_memo[key] = self._word_boundary(u.text, u.tag)
        if verdict == _BOUNDARY_UNLESS_PLACE:
            return not _overlaps_place(u, places)
        return verdict == _BOUNDARY_ALWAYS

    def _word_boundary(self, text: str, tag: str) -> int:
        """Whether a unit (neither quote nor title) ends a run, as far as its word and tag decide:
        punctuation always; a boundary word or tag unless the unit is (part of) a place name."""
        if text in _PUNCT or all(ch in _PUNCT for ch in text):
            return _BOUNDARY_ALWAYS
        if text in self.lex.boundary:
            return _BOUNDARY_UNLESS_PLACE
        if text in self.lex.keep or text in self.lex.trailing or _ALNUM.search(text):
            return _BOUNDARY_NEVER
        if tag in _BOUNDARY_TAGS or tag in _PERSON_TAGS:
            return _BOUNDARY_UNLESS_PLACE
        if tag in ("l", "z", "n") and len(text) == 4:
            # 继续抓好, 高度重视, 充分发挥
            return _BOUNDARY_UNLESS_PLACE if self._verb_phrase(text, idiom=tag != "n") else _BOUNDARY_NEVER
        return _BOUNDARY_UNLESS_PLACE if tag == "v" else _BOUNDARY_NEVER

    def _verb_phrase(self, word: str, idiom: bool) -> bool:
        """Is a four-character word a verb phrase: an adverb or a verb no name holds before
        (继续抓好, 不断完善, 充分发挥), or, in an idiom, such a verb after (高度重视)?"""
        lead = word_tags().get(word[:2], "")
        verb_after = word_tags().get(word[2:], "") == "v" and word[2:] not in self.lex.keep
        if idiom:
            return lead in _BOUNDARY_TAGS or (lead == "v" and word[:2] not in self.lex.keep) or verb_after
        # a noun of the dictionary only when an adverb or a verb stands before a verb (充分发挥)
        return verb_after and (lead in ("d", "ad", "vd") or (lead == "v" and word[:2] not in self.lex.keep))

    def _leading_fragment(self, u: Unit) -> bool:
        """Does the unit at a run's start belong to the clause before the name: a single
        character that is a bound verb, adverb or function word ("纠|“四风”"), or a quoted verb
        ("“对标”西方法治体系")?"""
        if u.tag == "Q":
            inner = u.inner
            return inner in self.lex.trim or word_tags().get(inner, "") in ("v", "vd", "vn", "d", "ad")
        return len(u.text) == 1 and u.tag in _LEADING_CHAR_TAGS

    def _is_place(self, u: Unit, places: Sequence[tuple[int, int, str, str]]) -> bool:
        return (_overlaps_place(u, places) or (u.tag == "ns" and len(u.text) >= 2)
                or (2 <= len(u.text) <= 4 and u.tag != "Q" and _abbreviation_run(u.text)))

    def _specific(self, mod: Sequence[Unit], places: Sequence[tuple[int, int, str, str]], level: str) -> bool:
        if level == "any":
            return sum(len(u.inner) for u in mod) >= 2
        has_quote = any(u.tag == "Q" and not _SLOGAN.match(u.inner) and _coined(u.inner) for u in mod)
        if level == "quote":
            return has_quote
        if level == "place_and_more":  # 太湖环境综合治理, not 黄河治理: a place and what is done there
            return (has_quote or any(self._is_place(u, places) for u in mod)) and any(
                not self._is_place(u, places) and len(u.inner) >= 2 for u in mod
            )
        # a code names something (G60, 5G); a bare count (70余个, 1000多人) does not
        if has_quote or any(_LATIN.search(u.text) for u in mod) or any(self._is_place(u, places) for u in mod):
            return True
        if level == "specific":
            text = "".join(u.inner for u in mod)
            return any(m in text for m in self.lex.markers)
        return False

    def _head_of(self, run: Sequence[Unit], stop: int | None = None) -> tuple[Head, int] | None:
        """The head ``run[:stop]`` ends with and the index of the unit where it starts
        (``stop`` instead of a slice: slicing each prefix of a long run is quadratic)."""
        stop = len(run) if stop is None else stop
        if not stop or run[stop - 1].tag == "Q" or not self._head_lengths:
            return None
        last = run[stop - 1].text
        if last and last[-1] not in self._head_ends:
            return None  # every head ends the joined text, so with the last unit's last character
        # Only the run's tail can hold a head: join just enough units for the longest one
        # (joining the whole run for each of its prefixes is quadratic in a long run).
        first, size = stop, 0
        while first > 0 and size < self._head_lengths[0]:
            first -= 1
            size += len(run[first].text)
        text = "".join(u.text for u in run[first:stop])
        for length in self._head_lengths:  # longest first; a dict lookup per length, not per head
            word = text[-length:]
            if len(word) == length and word in self.lex.heads:
                # the unit in which the head starts
                cut = len(text) - len(word)
                acc = 0
                for i, u in enumerate(run[first:stop], start=first):
                    if acc + len(u.text) > cut:
                        return self.lex.heads[word], i
                    acc += len(u.text)
        return None

    # -- main ------------------------------------------------------------------
    def find(self, state: DocState) -> list[ProjectMention]:
        text = state.article.text
        places = self._places(state)
        spans = state.paragraphs or [(0, len(text))]
        found: list[ProjectMention] = []
        shorts: list[tuple[int, int, str, Head]] = []  # rejected head phrases: candidate short forms
        for ps, pe in spans:
            if self._may_name.search(text, ps, pe) is None:
                continue  # no run of the paragraph can name a project (see below)
            units = units_of(text, ps, pe, state.tokens_between(ps, pe) if state.tokens else None)
            runs = self._runs(units, places)
            for k, (lo, hi) in enumerate(runs):
                if self._may_name.search(text, units[lo].start, units[hi - 1].end) is None:
                    continue  # no character that ends a head, no quote: _from_run finds neither a name nor a short form
                found.extend(self._from_run(text, units, runs, k, lo, hi, places, shorts, state))
        found.extend(self._known(text, found, state))
        found = [t for m in found if (t := _trim_fragment(m)) is not None]
        return self._resolve_short_forms(found, shorts)

    def _known(self, text: str, found: Sequence[ProjectMention], state: DocState) -> list[ProjectMention]:
        """Well-known programmes named verbatim (一带一路, 雄安新区 …; ``known_projects.csv``
        and ``project_aliases.csv``) that the phrase rules did not already cover, and their
        names without their place (城市副中心) in a report that names that place."""
        if self._known_re is None:
            return []
        covered = [(m.start, m.end) for m in found]
        out: list[ProjectMention] = []
        for m in self._known_re.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            surface = m.group()
            label = self.lex.known.get(normalise_label(surface)) or self._in_place(state, normalise_label(surface))
            if label is None:
                continue  # "城市副中心" in a report that does not name 北京
            edition = re.search(r"第[一二三四五六七八九十百\d]+届$", text[max(0, m.start() - 6) : m.start()])
            if edition:  # "第五届中国国际进口博览会" is that edition, not the series
                continue
            out.append(ProjectMention(m.start(), m.end(), label, surface, normalise_label(surface) == label))
            covered.append((m.start(), m.end()))
        return out

    def _in_place(self, state: DocState, form: str) -> str | None:
        """The known name ``form`` stands for without its place, when the report names the place
        (or the whole name)."""
        place, label = self.lex.place_forms.get(form, ("", ""))
        if not place:
            return None
        text = state.article.text
        named = any(
            m.kind in ("province", "city") and (m.value == place or text[m.start : m.end] == place) for m in state.mentions
        )
        return label if named or label in text else None

    def _runs(self, units: Sequence[Unit], places: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        lo = None
        memo = self._boundary_memo
        for i, u in enumerate(units):
            # _is_boundary, with its memo read here first: one call less per unit (the fields unpacked
            # once: a named tuple's attribute costs a descriptor call)
            _, _, word, tag = u
            verdict = memo.get((word, tag)) if tag != "Q" and tag != "T" else None
            if verdict is None:
                boundary = self._is_boundary(u, places)
            elif verdict == _BOUNDARY_UNLESS_PLACE:
                boundary = not _overlaps_place(u, places)
            else:
                boundary = verdict == _BOUNDARY_ALWAYS
            if boundary:
                if lo is not None:
                    runs.append((lo, i))
                lo = None
            elif lo is None:
                lo = i
        if lo is not None:
            runs.append((lo, len(units)))
        return runs

    def _from_run(
        self,
        text: str,
        units: Sequence[Unit],
        runs: Sequence[tuple[int, int]],
        k: int,
        lo: int,
        hi: int,
        places: Sequence[tuple[int, int, str, str]],
        shorts: list[tuple[int, int, str, Head]],
        state: DocState,
    ) -> list[ProjectMention]:
        run = list(units[lo:hi])
        while run and run[-1].text in self.lex.trailing:
            run.pop()
        while run and (
            run[0].text in self.lex.trim
            or (run[0].tag in ("m", "q") and not _is_code_start(run))
            or self._leading_fragment(run[0])
        ):
            run.pop(0)  # 一批…, 26个…: counts are not names; 5G… is
        if not run:
            return []
        if not any(u.text[-1:] in self._head_ends for u in run):
            return self._bare_quote(units, lo, hi, run, places)  # no unit ends a head: _head_of finds none
        out: list[ProjectMention] = []
        # Heads inside the run, not at its end, are short forms at most (示范区国土空间总体规划).
        for j in range(1, len(run)):
            inner = self._head_of(run, j)
            if inner is not None and run[j].text not in self.lex.trailing:
                label = normalise_label("".join(u.text for u in run[:j]))
                shorts.append((run[0].start, run[j - 1].end, label, inner[0]))
        hit = self._head_of(run)
        if hit is None:
            return self._bare_quote(units, lo, hi, run, places)
        head, hi_idx = hit
        if head.word in self.lex.verb_heads and hi < len(units) and units[hi].tag in ("v", "d", "p", "vd"):
            return []  # "全国计划加开旅客列车": 计划 is the verb of the clause
        surface = "".join(u.text for u in run)
        label = normalise_label(surface)
        mod = _modifier(run, len(surface) - len(head.word))
        if head.label_quote_only and len(mod) == 1 and mod[0].tag == "Q":
            label = normalise_label(mod[0].inner)
        start, end = run[0].start, run[-1].end
        if any(s == start and e == end for s, e, _, _ in places):
            return []  # 长江经济带, 长三角地区: a region the gazetteer knows is a place, not a project
        if _overlaps_place(run[hi_idx], places):
            return []  # "…团结香港": the head (港) is the end of a place's name
        known = self.lex.aliases.get(label)
        if known is not None:
            return [ProjectMention(start, end, known, surface, False, self._located(run, places))]
        if label in self.lex.place_forms:  # 城市副中心: 北京's in a report that names 北京, else nobody's
            named = self._in_place(state, label)
            return [ProjectMention(start, end, named, surface, False)] if named else []
        if label in self.lex.generic or len(label) > _MAX_LABEL or not self._specific(mod, places, head.requires):
            shorts.append((start, end, label, head))
            out.extend(self._bare_after_and(units, runs, k, head, accepted=False, places=places))
            return out
        out.append(ProjectMention(start, end, label, surface, True, self._located(run, places)))
        out.extend(self._coordinated(text, units, runs, k, run, hi_idx, places))
        out.extend(self._bare_after_and(units, runs, k, head, accepted=True, places=places))
        return out

    def _located(self, run: Sequence[Unit], places: Sequence[tuple[int, int, str, str]]) -> PlaceRef | None:
        """The most specific place written in the name: 安徽合肥… is in 合肥."""
        inside = [(kind, value) for s, e, kind, value in places
                  if kind in ("province", "city") and run[0].start <= s and e <= run[-1].end]
        inside.sort(key=lambda kv: kv[0] != "city")
        if not inside:
            return None
        kind, value = inside[0]
        return PlaceRef(kind, value)  # type: ignore[arg-type]

    def _coordinated(
        self,
        text: str,
        units: Sequence[Unit],
        runs: Sequence[tuple[int, int]],
        k: int,
        run: Sequence[Unit],
        hi_idx: int,
        places: Sequence[tuple[int, int, str, str]],
    ) -> list[ProjectMention]:
        """上海张江、安徽合肥综合性国家科学中心 → 上海张江综合性国家科学中心 too.

        The shared part is what follows the leading place names of the last
        conjunct; an earlier conjunct takes it when it is itself a bare run of
        place-like words (place, code) with no head of its own.
        """
        n_places = 0
        while n_places < hi_idx and (self._is_place(run[n_places], places) or _ALNUM.search(run[n_places].text)):
            n_places += 1
        if n_places == 0:
            return []
        out: list[ProjectMention] = []
        j = k
        while j > 0:
            prev_lo, prev_hi = runs[j - 1]
            sep = units[prev_hi:runs[j][0]]
            if len(sep) != 1 or sep[0].text != "、":
                break
            conj = list(units[prev_lo:prev_hi])
            lead_ok = bool(conj) and (self._is_place(conj[0], places) or _ALNUM.search(conj[0].text) is not None)
            conj_text = "".join(u.text for u in conj)
            if not lead_ok or len(conj_text) > _MAX_CONJUNCT or self._head_of(conj) is not None:
                break
            # The last conjunct's own name is as long as this one (上海张江 ~ 安徽合肥) or,
            # when the gazetteer knows more of it, its run of place words.
            n_lead = max(n_places, min(len(conj), hi_idx))
            surface = conj_text + "".join(u.text for u in run[n_lead:])
            out.append(ProjectMention(conj[0].start, run[-1].end, normalise_label(surface), surface, True,
                                      self._located(conj, places)))
            j -= 1
        return out

    def _bare_after_and(
        self,
        units: Sequence[Unit],
        runs: Sequence[tuple[int, int]],
        k: int,
        head: Head,
        accepted: bool,
        places: Sequence[tuple[int, int, str, str]],
    ) -> list[ProjectMention]:
        """世界级港口群和机场群: the second conjunct is a bare head of the same kind."""
        if not accepted or k + 1 >= len(runs):
            return []
        lo, hi = runs[k + 1]
        sep = units[runs[k][1]:lo]
        if len(sep) != 1 or sep[0].text not in ("和", "与", "及"):
            return []
        nxt = "".join(u.text for u in units[lo:hi])
        other = self.lex.heads.get(nxt)
        if other is None or other.kind != head.kind or other.word == head.word:
            return []
        return [ProjectMention(units[lo].start, units[hi - 1].end, nxt, nxt, True)]

    def _bare_quote(
        self,
        units: Sequence[Unit],
        lo: int,
        hi: int,
        run: Sequence[Unit],
        places: Sequence[tuple[int, int, str, str]],
    ) -> list[ProjectMention]:
        if run[-1].tag != "Q":
            return []
        quote = run[-1]
        inner = quote.inner
        if not (2 <= len(inner) <= _MAX_QUOTE) or _INNER_PUNCT.search(inner) or inner in self.lex.generic:
            return []
        prefix = run[:-1]
        start = (prefix[0] if prefix else quote).start
        if any(u.tag == "Q" for u in prefix) or any(u.text in self.lex.scare for u in prefix):
            return []  # 所谓“民主问题”: scare quotes
        if any(ch in inner for ch in _NEGATION):
            return []  # “绝对不可接受”, “被视为全面关闭”: a quoted clause, not a name
        if _SLOGAN.match(inner) or (prefix and prefix[-1].tag in _VERB_OR_ADJ and not self._is_place(prefix[-1], places)):
            return []  # 坚定“四个自信”: a numbered slogan, or a quote that is the object of a verb
        if not _coined(inner) or (hi < len(units) and units[hi].text in self.lex.figure_after):
            return []  # 政策“组合拳”, 煤炭“压舱石”作用: a figure of speech, not a name
        if _DATE_QUOTE.fullmatch(inner):
            return []  # 隧道“8·27”起火事故: a date names an incident, not a project
        if prefix:
            has_place = any(self._is_place(u, places) for u in prefix)
            surface = "".join(u.text for u in prefix) + quote.text if (has_place or len(inner) <= 3) else quote.text
            if surface == quote.text:
                start = quote.start
            label = normalise_label(surface)
        else:
            # A quote standing alone is a slogan unless listed as one of a class: “一厅三片”等重点区域.
            after = units[hi:hi + 4]
            if not (after and after[0].text == "等" and any(
                    u.text.endswith(c) for u in after[1:] for c in self.lex.class_nouns)):
                return []
            label, surface = normalise_label(inner), quote.text
        label = self.lex.aliases.get(label, label)
        return [ProjectMention(start, quote.end, label, surface, True, self._located(run, places))]

    def _resolve_short_forms(
        self, found: list[ProjectMention], shorts: list[tuple[int, int, str, Head]]
    ) -> list[ProjectMention]:
        """示范区 / 一体化示范区 → the one full name in the article with that head containing them."""
        full_labels = {m.label for m in found if m.full}
        covered = [(m.start, m.end) for m in found]
        out = list(found)
        seen: set[tuple[int, int]] = set()
        for start, end, short, head in shorts:
            if (start, end) in seen or short in full_labels:
                continue
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in covered):
                continue
            if short == head.word and head.requires != "any":
                continue  # a bare 平台 or 机制 is not a reference to any one platform
            targets = {lab for lab in full_labels if lab.endswith(head.word) and lab != short and _subsequence(short, lab)}
            if len(targets) == 1:
                seen.add((start, end))
                out.append(ProjectMention(start, end, targets.pop(), short, False))
        out.sort(key=lambda m: (m.start, m.end))
        return out


# words that open a clause, never a name: "今天全国计划…" is a fragment of a sentence
_FRAGMENT_START = re.compile(r"^(?:今天|今年|明年|去年|当前|目前|近日|日前|近期|本周|本月|上半年|下半年|当天|此前|今后|同时|其中|"
                             r"\d{1,2}月|\d{1,2}日|前[一二三四五六七八九十两\d]+个?月|[一二三四五六七八九十\d]+月份?以来)")


# a period glued before a name (前八个月上合示范区): the name stands after it
_PERIOD_START = re.compile(r"^(?:前[一二三四五六七八九十两\d]+个?月|[一二三四五六七八九十\d]+月份?以来)")


def _coined(inner: str) -> bool:
    """Is a quoted phrase coined (“一网通办”, “十年禁渔”), not a word of the dictionary used as a
    figure of speech (“短板”, “组合拳”, “朋友圈”, “两只手”)?  Names the dictionary knows as names,
    places or proper nouns (“一卡通”) stay coined."""
    tag = word_tags().get(inner)
    return tag is None or tag.startswith(("nr", "ns", "nz", "nt", "j"))


def _trim_fragment(m: ProjectMention) -> ProjectMention | None:
    """A mention whose label opens with a time word (前八个月上合示范区): the name after it, if it is
    written as is and long enough to be one; else None."""
    f = _FRAGMENT_START.match(m.label)
    if f is None:
        return m
    rest = m.label[f.end():]
    if not _PERIOD_START.match(m.label) or len(rest) < 3 or m.surface != m.label or _FRAGMENT_START.match(rest):
        return None  # 今天全国计划…: a piece of a clause
    return ProjectMention(m.end - len(rest), m.end, rest, rest, m.full, m.located_in)


def _fragment(label: str) -> bool:
    """Is the label a piece of a clause (a time word glued before a head phrase), not a name?"""
    return bool(_FRAGMENT_START.match(label))


def _is_code_start(run: Sequence[Unit]) -> bool:
    """5 followed by G (5G), or a token with Latin letters: a code that names something."""
    if re.search(r"[A-Za-z]", run[0].text):
        return True
    return len(run) > 1 and bool(re.match(r"[A-Za-z]", run[1].text))


def _modifier(run: Sequence[Unit], length: int) -> list[Unit]:
    """The first ``length`` characters of a run as units (the last one cut if the head starts inside it)."""
    out: list[Unit] = []
    acc = 0
    for u in run:
        if acc >= length:
            break
        if acc + len(u.text) <= length:
            out.append(u)
        else:
            out.append(Unit(u.start, u.start + length - acc, u.text[: length - acc], "n"))
        acc += len(u.text)
    return out


def _overlaps_place(u: Unit, places: Sequence[tuple[int, int, str, str]]) -> bool:
    if isinstance(places, _Places):
        return places.overlaps(u.start, u.end)
    return any(s < u.end and u.start < e for s, e, _, _ in places)


class _Places(list[tuple[int, int, str, str]]):
    """Place mentions sorted by start, with the furthest end reached so far, so that
    "does this unit overlap a place" is a bisection instead of a scan of every place
    (a scan per unit is quadratic in a long text full of places)."""

    def __init__(self, places: Iterable[tuple[int, int, str, str]]) -> None:
        super().__init__(sorted(places))
        self.starts = [p[0] for p in self]
        self.reach: list[int] = []
        for p in self:
            self.reach.append(max(p[1], self.reach[-1] if self.reach else p[1]))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # places starting before the unit ends
        return i > 0 and self.reach[i - 1] > start


@lru_cache(maxsize=4096)
def _abbreviation_run(word: str) -> bool:
    """鄂湘赣, 川渝: a run of one-character province abbreviations names those provinces."""
    from kg.reference import get_reference

    ref = get_reference()
    return ref.province(word) is None and len(ref.expand_collective(word)) == len(word)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# --------------------------------------------------------------------------- records


def records_from_mentions(mentions: Iterable[ProjectMention], state: DocState) -> list[ProjectRecord]:
    """One record per label: first full mention's sentence as evidence, short forms as aliases."""
    by_label: dict[str, list[ProjectMention]] = {}
    for m in mentions:
        by_label.setdefault(m.label, []).append(m)
    out: list[ProjectRecord] = []
    for label, ms in by_label.items():
        first = next((m for m in ms if m.full), ms[0])
        aliases = tuple(sorted({normalise_label(m.surface) for m in ms} - {label}))
        located = next((m.located_in for m in ms if m.located_in is not None), None)
        out.append(ProjectRecord(label=label, evidence=state.evidence_at(first.start), aliases=aliases, located_in=located))
    out.sort(key=lambda r: r.evidence.start)
    return out


def project_mentions(doc_or_state: Doc | DocState, finder: ProjectFinder | None = None) -> list[ProjectMention]:
    """Mentions left by the ``kg_projects`` component, or freshly found."""
    if isinstance(doc_or_state, Doc):
        cached = doc_or_state.user_data.get(USER_DATA_KEY)
        if cached is not None:
            return list(cached)
        state: DocState = doc_or_state._.kg
    else:
        state = doc_or_state
    return (finder or ProjectFinder(load_rules()["projects"])).find(state)


# --------------------------------------------------------------------------- component

rule_table("projects")(ProjectLexicon.load)  # read once per pipeline, with the other rule tables
on_clear(_abbreviation_run.cache_clear)  # a memo over the reference data

_LEXICON_FILE = "project_lexicon.json"


class ProjectRecognizer:
    """Adds :class:`~kg.records.ProjectRecord`s to ``doc._.kg.extraction``."""

    def __init__(
        self, nlp: Language, name: str, lexicon: ProjectLexicon | None = None, rules: Rules | None = None
    ) -> None:
        self.name = name
        self.lexicon = lexicon if lexicon is not None else (rules if rules is not None else load_rules())["projects"]
        self.finder = ProjectFinder(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        mentions = self.finder.find(state)
        doc.user_data[USER_DATA_KEY] = mentions
        state.extraction.projects.extend(records_from_mentions(mentions, state))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / _LEXICON_FILE, self.lexicon.to_json())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ProjectRecognizer:
        self.lexicon = ProjectLexicon.from_json(srsly.read_json(Path(path) / _LEXICON_FILE))
        self.finder = ProjectFinder(self.lexicon)
        return self


@Language.factory("kg_projects", default_config={"rules": RULES_CONFIG})
def make_projects(nlp: Language, name: str, rules: Rules) -> ProjectRecognizer:
    return ProjectRecognizer(nlp, name, rules=rules)
