"""Officials and the posts they hold, read from title–name apposition.

Chinese news names an official by the chain of titles in front of the name:
"上海市委书记李强", "上海市委副书记、市长龚正" (two posts, the place said once),
"中共中央政治局常委、国务院副总理、推动长三角一体化发展领导小组组长韩正".  The rule
works right to left: find a title word followed by something that looks like a
name, then peel title units off leftwards, separated by "、", each unit parsed
into (place, organisation, title).  A unit that names no place inherits it from
the unit on its left or, failing that, from the previous official in the same
sentence ("北京市委书记蔡奇和市长陈吉宁": 陈吉宁 is 北京's mayor).

A few national titles follow the name instead ("习近平总书记"); those names are
confirmed by the statistical tagger (``kg_person_tagger``) or by another mention,
because the character before such a name is arbitrary ("贯彻习近平总书记…").

Name length is decided by what follows the name (a verb, punctuation, "和" …:
``ontology/name_followers.csv``) and by how often each reading recurs in the
document.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.io.normalise import CJK_RANGES as CJK
from kg.nlp.literals import alternation
from kg.nlp.personnames import (
    FOREIGN_PLACES,
    GLUE,
    REGNAL,
    TITLE_WORDS,
    bounded_at,
    check_enclosed,
    check_name,
    cut_before_word,
    dotted_name,
    ends_in_and,
    joined_on,
    last_char_glued,
    runs_on,
    title_glued,
)
from kg.nlp.rules import RULES_CONFIG, Rules, RulesOnDisk, load_rules, rule_table
from kg.nlp.state import DocState, Mention
from kg.nlp.tagger import common_word, lac_tagger, word_freq, word_tags
from kg.records import Organization, PlaceRef, Post
from kg.reference import Reference, TitleRule, ontology_dir

# characters that may stand right before a national title inside a clause ("会议由国务院副总理…主持")
_INTRO = set("由和与及同是为在向对请了")
# what may stand before a local title whose place is elided ("北京市委书记蔡奇和市长陈吉宁")
_CONJ = set("和与及同、，")
# separators between the titles of one chain: "副书记、市长", "国务委员兼国务院秘书长"
_SEP = re.compile("[、兼]")


def word_goes_on(title: str, text: str, pos: int) -> bool:
    """Does the title word run on into a longer noun ("主席国", "主席台", "书记处", "委员会"), or
    does its last word ("常驻联合国代表|团": 代表团)?  Then no name follows it."""
    tags = word_tags()
    return any(tags.get(title + text[pos : pos + k], "").startswith("n") for k in (1, 2)) or (
        len(title) > 2 and tags.get(title[-2:] + text[pos : pos + 1], "").startswith("n")
    )


# prepositions that govern a quoted phrase ("部长尤某向|“两航”人员…"): a name ends before them there
_QUOTE_PREPOSITIONS = frozenset("向对同与给就为把从在")


def _before_quoted(text: str, end: int, name: str) -> bool:
    """Does the reading ``name`` (three characters or more) end in a preposition right before an
    opening quote or title mark ("尤某向|“两航”…")?  Then the preposition governs the quoted phrase
    and is no part of the name (the quote is punctuation, but no boundary of the name)."""
    return len(name) >= 3 and name[-1] in _QUOTE_PREPOSITIONS and text.startswith(("“", "《", "「", "‘"), end)


def _rfind_sep(text: str, start: int, end: int) -> int:
    """Offset of the last title separator in ``text[start:end]``, or -1."""
    found = -1
    for m in _SEP.finditer(text, start, end):
        found = m.start()
    return found


def _rfind_clause(text: str, start: int, end: int) -> int:
    """Offset of the last clause break in ``text[start:end]`` ("中央宣讲团成员，应急管理部党委书记"), or -1."""
    return max(text.rfind(c, start, end) for c in "，,：:；;（(“")


@dataclass(frozen=True)
class Unit:
    """One title as written: "江苏省委副书记" → place 江苏, rest "省委副书记".

    The role is decided only once the place is known, because a unit without
    one ("市长" in "北京市委书记蔡奇和市长陈吉宁") takes it from the context and
    the place decides the role (市长 of a municipality is its Governor).
    """

    text: str
    rest: str
    place: PlaceRef | None
    rule: TitleRule

    @property
    def national(self) -> bool:
        return self.rule.org_kind in ("national", "leading_group") or self.rule.org is not None


@dataclass(frozen=True)
class NameRules:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    followers: tuple[str, ...]  # longest first
    nonfinal: frozenset[str] = frozenset()  # particles that never end a name (地 了 的 …)
    # the first words of Tibetan, Mongolian and Yi names (白玛赤林, 斯琴, 洛古有惹): they start a
    # name of three or four characters; a two-character one is judged by its first character
    minority: tuple[str, ...] = ()
    speech: tuple[str, ...] = ()  # the followers that say the name before them speaks (说, 表示, 称 …)
    # the two-character parts of Tibetan names (次仁, 旺扎, 卓玛 …): two of them make a name of four characters
    minority_parts: frozenset[str] = frozenset()

    # the answers of :meth:`plausible` so far (a text dense with titles asks for the same candidates again and
    # again): a plain dict filled in place, left out of the rules' equality, hash and repr
    _memo: dict[tuple[str, bool], bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def plausible(self, name: str, four: bool = False) -> bool:
        """Could ``name`` be a person's name?  Four characters after a one-character surname
        only when asked (``four``): "林郑月娥" is a name, "吴政隆说" is not."""
        key = (name, four)
        known = self._memo.get(key)
        if known is None:
            if len(self._memo) >= 65536:
                self._memo.clear()
            known = self._memo[key] = self._plausible(name, four)
        return known

    def _plausible(self, name: str, four: bool) -> bool:
        if name[-1:] in self.nonfinal:
            return False
        if _DOTTED_NAME.fullmatch(name):
            return True  # transliterated names: 艾尔肯·吐尼亚孜
        if not _CJK_2_4.fullmatch(name) or common_word(name):
            return False
        if _starts_with_any(name, self.compound_surnames):
            return len(name) >= 3
        if len(name) >= 3 and _starts_with_any(name, self.minority):
            return True
        return name[0] in self.surnames and (len(name) <= 3 or four)

    def followed_by_boundary(self, text: str, end: int, sent_end: int) -> bool:
        if end >= sent_end:
            return True
        ch = text[end]
        if not re.match(f"[{CJK}A-Za-z]", ch):
            return True  # punctuation, or a date: "韩正28日主持召开"
        return _followers_re(self.followers).match(text, end) is not None


_DOTTED_NAME = re.compile(f"[{CJK}]{{1,6}}·[{CJK}]{{1,8}}")
_CJK_2_4 = re.compile(f"[{CJK}]{{2,4}}")
_ONE_CJK = re.compile(f"[{CJK}]")


def _starts_with_any(name: str, options: Iterable[str]) -> bool:
    """Does ``name`` start with one of ``options`` (one C-level ``startswith`` for a tuple)?"""
    return name.startswith(options) if isinstance(options, tuple) else any(name.startswith(c) for c in options)


def clause_day(state: DocState, offset: int) -> date | None:
    """The day a past clause writes ("2005年8月15日，时任…"), or None when it writes none or only a
    month or a year (``kg:attestedOn`` is an ``xsd:date``; a day is never invented)."""
    clause = state.time_at(offset)
    if clause is None or clause.date is None or len(clause.date) != 10:
        return None
    try:
        return date.fromisoformat(clause.date)
    except ValueError:
        return None


def _frequent_word(word: str) -> bool:
    """Is ``word`` a frequent word of jieba's dictionary (任期 n, 顾问, 文献) rather than a name
    it happens to list (汪洋 nr, 李强 nrfg are less frequent)?"""
    tag = word_tags().get(word, "")
    freq = word_freq(word)
    return freq >= 1000 or (freq >= 50 and not tag.startswith("nr"))


@lru_cache(maxsize=8)
def _followers_re(followers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in followers) or "(?!)")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@rule_table("names")
def load_name_rules(directory: str | Path | None = None) -> NameRules:
    """Surnames and name followers (read once per pipeline through :class:`~kg.nlp.rules.Rules`)."""
    d = Path(directory) if directory else ontology_dir()
    rows = _read_csv(d / "surnames.csv")
    single = frozenset(r["surname"] for r in rows if r["kind"] == "single")
    compound = tuple(sorted((r["surname"] for r in rows if r["kind"] == "compound"), key=len, reverse=True))
    minority = tuple(r["surname"] for r in rows if r["kind"] == "minority")
    parts = frozenset(r["surname"] for r in rows if r["kind"] == "minority_part")
    rows = _read_csv(d / "name_followers.csv")
    followers = tuple(sorted((r["word"] for r in rows if r["kind"] != "nonfinal"), key=len, reverse=True))
    nonfinal = frozenset(r["word"] for r in rows if r["kind"] == "nonfinal")
    speech = tuple(sorted((r["word"] for r in rows if r["kind"] == "speech"), key=len, reverse=True))
    return NameRules(single, compound, followers, nonfinal, minority, speech, parts)


@dataclass(frozen=True)
class OfficeTerm:
    """One holder's term of a national office (``ontology/office_terms.csv``): ``end`` None while held."""

    role: str
    person: str
    start: date
    end: date | None
    title: str  # the full title whose rule gives the post (国家主席)
    title_after: str  # the bare title after the name that means this office (主席), or ""
    exclusive: bool = False  # the record lists every holder: the title after another name is another country's

    def held_on(self, day: date | None) -> bool:
        return day is not None and self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class OfficeTerms:
    """The holders of the national offices a report names by a bare title after the name
    ("习近平主席": which 主席?) or recalls in a past clause without 时任/原 ("去年，国家主席习近平在…"):
    public record, read to decide which office and whether it is still held on the report's day.
    It never makes a post by itself: the text must title the person."""

    terms: tuple[OfficeTerm, ...]

    def held(self, person: str, role: str, day: date | None) -> OfficeTerm | None:
        return next((t for t in self.terms if t.person == person and t.role == role and t.held_on(day)), None)

    def excludes(self, person: str, role: str, day: date | None) -> bool:
        """Does the record, listing every holder of ``role``, say ``person`` did not hold it on ``day``
        ("阮富仲总书记": another country's general secretary)?"""
        return any(t.role == role and t.exclusive for t in self.terms) and self.held(person, role, day) is None


@rule_table("office_terms")
def load_office_terms(directory: str | Path | None = None) -> OfficeTerms:
    d = Path(directory) if directory else ontology_dir()
    rows = _read_csv(d / "office_terms.csv")
    return OfficeTerms(
        tuple(
            OfficeTerm(
                r["role"], r["person"], date.fromisoformat(r["start"]),
                date.fromisoformat(r["end"]) if r["end"] else None, r["title"], r["title_after"],
                r["exclusive"] == "yes",
            )
            for r in rows
        )
    )


_MEMO_SIZE = 50_000
"""Entries kept by the per-process memos of title parses and tagged windows."""


class TitleParser:
    """Parses one title unit with the rules of ``ontology/titles.csv`` (through
    :meth:`kg.reference.Reference.role_for`); this class only finds where the place
    name ends and where a chain's first unit starts."""

    def __init__(self, ref: Reference) -> None:
        self.ref = ref
        forms: dict[str, PlaceRef] = {}
        for c in ref.cities:
            for form in (c.name, c.short, *c.aliases):
                if len(form) >= 2:
                    forms.setdefault(form, PlaceRef("city", c.short))
        for p in ref.provinces:
            for form in (p.name, p.short, *p.aliases):
                if len(form) >= 2:
                    forms[form] = PlaceRef("province", p.short)
        self.place_forms = forms
        self.place_re = re.compile(alternation(forms))  # the longest form at each position (a trie)
        words = {r.title for r in ref.titles if r.title} | {b.head_title for b in ref.national_bodies if b.head_title}
        words |= {"副" + b.head_title for b in ref.national_bodies if b.head_title}
        self.title_words = sorted(words, key=len, reverse=True)
        # No title rule matches a unit longer than this (a place, 中共, a body and its head
        # title at most, with room for quotes and spaces the rules ignore): longer text is
        # not parsed, which keeps a long run without separators linear ("上海市委书记李强"×500).
        bodies = [max(map(len, (b.label, *b.aliases))) + 1 + len(b.head_title or "") for b in ref.national_bodies] or [0]
        titles = [len(r.title) for r in ref.titles if r.title] or [0]
        longest = 2 + max(len(f) for f in forms) + max(*titles, *bodies)
        self.max_unit = longest + 16
        # The ideographs a parseable unit can start with (a place, a title, a body, 中共): a
        # suffix starting with any other ideograph is skipped without parsing it.
        firsts = [*forms, *(r.title for r in ref.titles if r.title), "中共"]
        firsts += [f for b in ref.national_bodies for f in (b.label, *b.aliases) if f]
        self.unit_starts = frozenset(f[0] for f in firsts if f)
        self._parsed: dict[str, Unit | None] = {}

    def parse(self, unit: str) -> Unit | None:
        """The title unit ``unit`` is, or None; remembered, since a long run without
        separators asks for the same suffixes again at every title in it."""
        if unit in self._parsed:
            return self._parsed[unit]
        if len(self._parsed) >= _MEMO_SIZE:
            self._parsed.clear()
        found = self._parsed[unit] = self._parse(unit)
        return found

    def _parse(self, unit: str) -> Unit | None:
        if len(unit) < 2:
            return None
        if len(unit) > self.max_unit:
            return self._leading_group(unit)
        # "上海市委书记" may split as 上海市 + 委书记 or 上海 + 市委书记: try each place prefix
        for length in range(min(len(unit) - 1, 12), 1, -1):
            place = self.place_forms.get(unit[:length])
            if place is None:
                continue
            if place.kind == "province" and self.place_re.match(unit, length):
                inner = self.parse(unit[length:])
                if inner is not None and inner.place is not None and inner.place.kind == "city":
                    return Unit(unit, inner.rest, inner.place, inner.rule)  # "广东某某市委书记": the city's post
            rule = self.ref.role_for(unit[length:], self.ref.place_kind(place))
            if rule is not None and rule.org is None:
                return Unit(unit, unit[length:], place, rule)
        rule = self.ref.role_for(unit, None)
        if rule is not None:
            if rule.org is None and rule.org_kind not in ("national", "leading_group") and self.place_re.match(unit):
                return None  # a place we could not separate from its title
            return Unit(unit, unit, None, rule)
        return self._leading_group(unit)

    @staticmethod
    def _leading_group(unit: str) -> Unit | None:
        for head, role in (("副组长", "LeadingGroupDeputyHead"), ("组长", "LeadingGroupHead")):
            if unit.endswith("领导小组" + head) and len(unit) > len(head) + 6:
                group = unit[: -len(head)]
                return Unit(unit, unit, None, TitleRule(unit, role, "leading_group", group, ()))
        return None

    def body_prefix(self, unit: str) -> str | None:
        """The national body a unit starts with ("国家卫生健康委党组书记" → 国家卫生健康委)."""
        for length in range(min(len(unit), 20), 1, -1):
            if self.ref.national_body(unit[:length]) is not None:
                return unit[:length]
        return None

    def longest_suffix(self, text: str) -> Unit | None:
        """The longest parseable unit that ``text`` ends with (the chain's first unit may
        be preceded by anything: "会议由上海市委书记")."""
        # a suffix longer than max_unit never parses (see __init__): start where one could
        for i in range(max(0, len(text) - self.max_unit), max(len(text) - 1, 0)):
            if "\u4e00" <= text[i] <= "\u9fff" and text[i] not in self.unit_starts:
                continue
            u = self.parse(text[i:])
            if u is not None:
                if (
                    u.national
                    and i > 0
                    and re.match(f"[{CJK}]", text[i - 1])
                    and text[i - 1] not in _INTRO
                    and not text.endswith("中国", 0, i)
                    and not text.startswith(("中共", "中华人民共和国"), i)
                ):
                    return None  # "美国国防部长": a foreign title, not 国防部's head ("中国国家主席" is ours)
                if not u.national and u.place is None and i > 0 and text[i - 1] not in _CONJ:
                    return None  # "…改革委员会党组书记": the body's party group, not a place's committee
                return u
        return None

    def organization(self, unit: Unit, place: PlaceRef | None) -> tuple[str, Organization] | None:
        """(role, organisation) of ``unit`` once its place is settled."""
        if unit.national:
            if unit.rule.org_kind == "leading_group" and unit.rule.org and self.ref.national_body(unit.rule.org) is None:
                return unit.rule.role, Organization(label=unit.rule.org, jurisdiction=None)
            org = self.ref.organization_for(unit.rule, None)
            return (unit.rule.role, org) if org else None
        if place is None:
            return None
        rule = self.ref.role_for(unit.rest, self.ref.place_kind(place)) or unit.rule
        org = self.ref.organization_for(rule, place)
        return (rule.role, org) if org else None


@dataclass
class Official:
    name: str
    start: int
    end: int
    units: list[tuple[Unit, PlaceRef | None]]
    former: bool = False  # "原…书记X", "时任…书记X": a post no longer held


_NOTICE_NAME = f"(?:[{CJK}]{{2,4}}?|[{CJK}]{{1,8}}·[{CJK}]{{1,8}}?)"
_NOTICE_CHAIN = "(?P<chain>[^，。；！？\\n]{2,60}?)(?=[，。；！？\\n]|职务|$)"
# "X同志任…", "X当选为…", "任命X为…", "免去X的…职务"; the chain runs to the clause's end
_APPOINTMENT = (
    re.compile(f"(?<![{CJK}])(?P<name>{_NOTICE_NAME})同志(?P<verb>任|当选为?){_NOTICE_CHAIN}"),
    re.compile(f"(?<![{CJK}])(?P<name>{_NOTICE_NAME})(?P<verb>当选为?){_NOTICE_CHAIN}"),
    re.compile(f"(?P<verb>任命|免去)(?P<name>{_NOTICE_NAME})(?:同志)?(?:为|的){_NOTICE_CHAIN}"),
)
# bare titles that name a Chinese post only next to 国务院 ("国务院总理李强"); alone, after a
# foreign head of state ("印度总统穆尔穆、总理莫迪"), they are another country's
_BARE_FOREIGN = frozenset({"总理", "副总理"})
# words inside a title that change neither the post nor its organisation
_INSERTED = re.compile("分管日常工作的|主持日常工作的")
# a segment of a title chain that ends in a title word although no rule reads it ("冬奥组委主席")
_SKIPPABLE = re.compile(f"[{CJK}]{{2,14}}(?:{TITLE_WORDS.pattern})")
# a title word outside the rules right before a name ("代表团团长王某")
_OUTSIDE_TITLE_END = re.compile(f"(?:{TITLE_WORDS.pattern})(?=[{CJK}])")
# the tagger's tags of a word that ends the name before it ("郑栅洁|重点", "巴育|举行")
ENDS_NAME_TAGS = frozenset({"v", "vd", "d", "p", "c", "u", "w", "TIME", "m", "f", "q", "r", "ad", "a", "xc"})
# what marks a title chain as a post held before ("原国务院副总理", "时任浙江省委书记", "前任")
_FORMER = re.compile(r"(?:时任|曾任|原任|原|前任|前|已故)$")


_OURS = frozenset({"中国", "中华人民共和国", "我国"})
_FOREIGN_TITLE = re.compile(
    f"(?:{alternation(sorted(p for p in FOREIGN_PLACES if len(p) >= 2 and p not in _OURS))})[{CJK}]{{0,10}}$"
)


def _foreign_title(segment: str) -> bool:
    """Does a title unit name a foreign state or city and end in a title word ("某国副总理")?"""
    return bool(TITLE_WORDS.search(segment[-3:])) and _FOREIGN_TITLE.search(segment[-14:]) is not None


class OfficialsRecognizer(RulesOnDisk):
    """Finds title–name appositions and records persons and their posts."""

    def __init__(
        self, nlp: Language, name: str, tagger: str = "lac", context_chars: int = 120, rules: Rules | None = None
    ) -> None:
        self.name = name
        self.kg_rules = rules if rules is not None else load_rules()
        self.tagger = tagger
        self.context_chars = context_chars
        self.ref = self.kg_rules.reference
        self.parser = TitleParser(self.ref)
        self.names = self.kg_rules["names"]
        self.terms: OfficeTerms = self.kg_rules["office_terms"]
        words = alternation(self.parser.title_words)  # longest first, as a trie (kg/nlp/literals.py)
        self.title_end = re.compile(f"(?:{words})(?=[{CJK}])")
        self.title_start = re.compile(f"副?(?:{words})")
        self._counted: str | None = None
        self._tagged: dict[str, str | None] = {}
        self._next_tags: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    # -- name candidates ---------------------------------------------------
    def _name_at(self, text: str, pos: int, sent_end: int) -> str | None:
        """The name that starts at ``pos``: the reading followed by a boundary, the longest
        unless a shorter one recurs more often; failing that, the tagger's reading."""
        if "·" in text[pos : pos + 9] and self._dotted_ahead(text, pos, sent_end):
            return dotted_name(  # shortest reading: "扎克尔介绍" → 扎克尔; "伊肯森认(为)", "伊姆兰·汗2月" repaired
                text, pos, sent_end,
                lambda t, e: self.names.followed_by_boundary(t, e, sent_end) or bool(self.title_start.match(t, e)),
            )  # never the part before the dot alone ("伊素福" of "伊素福·穆罕默杜")
        options = []
        for length in (4, 3, 2):
            cand = text[pos : pos + length]
            if len(cand) == length and self.names.plausible(cand) and self.names.followed_by_boundary(
                text, pos + length, sent_end
            ) and not _before_quoted(text, pos + length, cand):
                options.append(cand)
        if not options:
            return self._unbounded_name(text, pos, sent_end)
        if any(
            not word_tags().get(text[pos : pos + k], "nr").startswith("nr")
            for k in range(len(options[-1]) + 1, min(7, sent_end - pos) + 1)
        ):
            return None  # "主席阿尔及利亚总统…": the reading starts a longer word of the dictionary, a place
        # a longer reading that swallowed a glued word of the shorter one ("陈希在参加": 陈希 +
        # 在) loses; "魏凤和" keeps its 和 unless the shorter reading recurs more often
        best = options[0]
        for shorter in options[1:]:
            extra = best[len(shorter) :]
            if check_name(best) == shorter or extra in GLUE or self._count(text, shorter) > self._count(text, best):
                best = shorter
        cut = cut_before_word(text, pos, pos + len(best))
        if cut < pos + len(best) and self._tagger_person(text[pos : min(sent_end, pos + 8)]) == text[pos:cut]:
            best = text[pos:cut]  # "巴赫认为": the name's last character starts a verb, the tagger agrees
        end = pos + len(best)
        if self._doubtful(text, best, end) and self._tagger_person(text[pos : min(sent_end, pos + 8)]) != best:
            return None
        if runs_on(text, end, lambda t, e: self.names.followed_by_boundary(t, e, sent_end)):
            # "田中雅|和今天": the name goes on, where is unclear — unless the text never shows it without
            # 和, which joins no name to a time word ("魏某和今天…")
            return best + "和" if ends_in_and(text, best) else None
        return check_name(best)

    @staticmethod
    def _doubtful(text: str, best: str, end: int) -> bool:
        """Is the reading ``best`` (ending at ``end``) a name only if the tagger reads one too?"""
        if len(best) == 2:
            return (
                _frequent_word(best)  # "第一书记任期…", "市长顾问的话": a frequent word
                or word_tags().get(text[end - 1 : end + 1], "") == "v"  # "总书记曾来到这里": 来到 is a verb
                # "总书记非凡的智慧": a modifier before 的 that jieba may list as a name (or not know)
                or (text.startswith("的", end) and word_tags().get(best, "nr").startswith("nr"))
            )
        # "总书记祝全国的小朋友…": a character and a frequent word (陈全国 only if the tagger agrees)
        return len(best) == 3 and word_freq(best[1:]) >= 10000 and not word_tags().get(best[1:], "").startswith("nr")

    def _dotted_ahead(self, text: str, pos: int, sent_end: int) -> bool:
        """Does a transliterated name with a middle dot start at ``pos`` — rather than a name, a
        verb, then another dotted name ("习近平致电佐兰·…")?"""
        dotted = re.match(f"[{CJK}]{{1,8}}·", text[pos:sent_end])
        if not dotted:
            return False
        dot = pos + dotted.end() - 1
        return not any(
            self.names.plausible(text[pos:e])
            and re.match(f"[{CJK}]", text[e])
            and (self.names.followed_by_boundary(text, e, sent_end) or any(text.startswith(g, e) for g in GLUE))
            for e in range(pos + 2, min(dot, pos + 4) + 1)
        )

    def _unbounded_name(self, text: str, pos: int, sent_end: int) -> str | None:
        """The name at ``pos`` when no reading of two to four characters ends at a boundary:
        a four-character name the tagger agrees on, else the tagger's reading when it says where
        the name ends."""
        window = text[pos : min(sent_end, pos + 8)]
        four = text[pos : pos + 4]
        if (
            len(four) == 4
            and self.names.plausible(four, four=True)
            and self.names.followed_by_boundary(text, pos + 4, sent_end)
            and check_name(four) == four
            and self._tagger_person(window) == four
        ):
            return four  # "行政长官林郑月娥、": no shorter reading ends at a boundary, the tagger agrees
        tagged = self._tagged_name(window)
        if tagged and len(tagged) == 3 and word_tags().get(text[pos + 2 : pos + 4], "").startswith(("v", "d", "ad")):
            tagged = tagged[:2]  # "巴育举行会谈", "巴育共同主持": 举行 is a verb, 共同 an adverb
        three = text[pos : pos + 3]
        if tagged and len(tagged) == 2 and self.names.plausible(three) and text.count(three) > 1:
            tagged = three  # "许其亮宣读…。许其亮强调": the tagger cut the name, the text repeats it whole
        if not tagged:
            return None
        if text.startswith(tagged, pos) and not self.names.followed_by_boundary(text, pos + len(tagged), sent_end):
            if not self._tagger_ends_name(window):
                return None  # "孙德|顺案", "古西|奥拉": where the name ends is unclear
        if text.startswith(tagged, pos) and runs_on(
            text, pos + len(tagged), lambda t, e: self.names.followed_by_boundary(t, e, sent_end)
        ):
            return None  # "宋赛|维索。": the tagger stopped inside the name
        return check_name(tagged)

    def _count(self, text: str, word: str) -> int:
        """``text.count(word)``, once per word and document: a text of thousands of titled
        names would otherwise count over the whole text for each of them."""
        if self._counted is not text:
            self._counted, self._counts = text, {}
        if word not in self._counts:
            self._counts[word] = text.count(word)
        return self._counts[word]

    def _tagged_name(self, window: str) -> str | None:
        """"郑栅洁重点就…": no boundary tells where the name ends; ask the tagger."""
        word = self._tagger_person(window)
        return word if word and self.names.plausible(word) else None

    def _tagger_person(self, window: str) -> str | None:
        """The person name the statistical tagger reads at the start of ``window``, if any
        (once per window text: the tagger is the slow part, and lists repeat their windows)."""
        if self.tagger != "lac" or not window:
            return None
        if window not in self._tagged:
            if len(self._tagged) >= _MEMO_SIZE:
                self._tagged.clear()
            if len(self._next_tags) >= _MEMO_SIZE:
                self._next_tags.clear()
            self._tagged[window] = self._tag_window(window)
        return self._tagged[window]

    def _tag_window(self, window: str) -> str | None:
        words = lac_tagger().run(window)
        nxt = (str(words[1][0]), str(words[1][1])) if len(words) > 1 else ("", "w")
        # a verb the dictionary knows only as a name piece ("贾拉尔|扎德" v), or no word of the
        # dictionary at all ("侯布巴|提说"), does not end the name
        unknown = len(nxt[0]) >= 2 and re.fullmatch(f"[{CJK}]+", nxt[0]) is not None and nxt[0] not in word_tags()
        self._next_tags[window] = "n" if unknown or word_tags().get(nxt[0], "").startswith("nr") else nxt[1]
        return str(words[0][0]) if words and words[0][1] == "PER" else None

    def _tagger_ends_name(self, window: str) -> bool:
        """Does the tagger's word after its name at the start of ``window`` say the name ends
        there (a verb, adverb, preposition, time …), rather than go on (another PER piece, a noun)?"""
        self._tagger_person(window)
        return self._next_tags.get(window, "n") in ENDS_NAME_TAGS

    def _chain(self, text: str, sent_start: int, title_end: int) -> list[Unit]:
        units: list[Unit] = []
        right = title_end
        while right > sent_start:
            left_limit = _rfind_sep(text, sent_start, right)
            seg_start = left_limit + 1 if left_limit >= 0 else sent_start
            segment = _INSERTED.sub("", text[seg_start:right])  # "中央财办分管日常工作的副主任"
            unit = self.parser.parse(segment)
            if unit is None and left_limit >= 0:
                # "国家卫生健康委党组书记、主任雷海潮": the body is named once, in the first unit
                prev = max(_rfind_sep(text, sent_start, left_limit), _rfind_clause(text, sent_start, left_limit))
                body = self.parser.body_prefix(text[prev + 1 if prev >= 0 else sent_start : left_limit])
                if body:
                    unit = self.parser.parse(body + segment)
            if unit is None:
                unit = self.parser.longest_suffix(segment)
                if unit is None and not units and left_limit >= 0 and _SKIPPABLE.fullmatch(segment):
                    right = left_limit  # "北京市委书记、北京冬奥组委主席蔡奇": a title outside the rules, the chain goes on
                    continue
                if unit is not None:
                    units.append(unit)
                elif _foreign_title(segment):
                    return []  # "某国副总理兼财政部长X": the chain is another state's, it gives no post
                break
            units.append(unit)
            if left_limit < 0:
                break
            right = left_limit
        units.reverse()
        return units

    def _sharing(self, text: str, end: int, sent_end: int) -> list[tuple[int, str]]:
        """"中共中央政治局常委王沪宁、赵乐际、韩正": the names listed after a titled one share its
        titles, up to the first item that brings a title (or a place) of its own."""
        out: list[tuple[int, str]] = []
        while end < sent_end and text[end] == "、":
            start = end + 1
            if self.parser.place_re.match(text, start) or self.title_end.match(text, start):
                break
            name = self._name_at(text, start, sent_end)
            if name is None or name in self.parser.place_forms or not self.names.plausible(name, four=True):
                break
            nxt = start + len(name)
            if nxt < sent_end and text[nxt] not in "、，。；：,;" and not self.names.followed_by_boundary(
                text, nxt, sent_end
            ):
                break
            out.append((start, name))
            end = nxt
        return out

    def _place_before(self, state: DocState, pos: int) -> PlaceRef | None:
        """The province or city named last in the text just before ``pos``: "听取吉林省委和省政府
        工作汇报。省委书记黄强作了汇报" — 黄强 is 吉林's secretary."""
        window = state.article.text[max(0, pos - self.context_chars) : pos]
        found = [m.group() for m in self.parser.place_re.finditer(window)]
        return self.parser.place_forms[found[-1]] if found else None

    def _title_ends(self, text: str, ss: int, se: int) -> Iterator[tuple[int, int | None]]:
        """Where a name may follow a title chain in the sentence ``ss:se``, with the end of the chain
        the rules read: right after a title of the rules (None: the chain ends at the name), or
        after a last title outside them that follows one of theirs ("全国政协主席、中央代表团团长王某":
        the chain ends before 中央代表团团长, whose title no rule reads)."""
        ends = [(m.end(), m.group(), True) for m in self.title_end.finditer(text, ss, se)]
        ends += [(m.end(), m.group(), False) for m in _OUTSIDE_TITLE_END.finditer(text, ss, se)]
        seen: set[int] = set()
        for pos, word, ruled in sorted(ends, key=lambda e: (e[0], not e[2])):
            across = self._title_across(text, pos, word)
            if across is not None:
                pos, word = across  # "国务委员|长金某": the title's last characters start a longer one (委员长)
            if pos in seen or word_goes_on(word, text, pos):
                continue
            seen.add(pos)
            if ruled:
                yield pos, None
                continue
            sep = _rfind_sep(text, ss, pos - len(word))
            segment = text[sep + 1 : pos] if sep >= 0 else ""
            if segment and _SKIPPABLE.fullmatch(segment) and self.parser.parse(segment) is None and self._chain(text, ss, sep):
                yield pos, sep

    def _title_across(self, text: str, pos: int, word: str) -> tuple[int, str] | None:
        """The end and word of a title of the rules that starts inside the title ``word`` ending at
        ``pos``, one or two characters before its end, and runs past it ("国务委员|长": 委员长), or
        None: the name starts after it."""
        for back in (1, 2):
            if back >= len(word) or not _ONE_CJK.match(text, pos):
                break
            m = self.title_start.match(text, pos - back)
            if m is not None and m.end() > pos:
                return m.end(), m.group()
        return None

    def find_officials(self, state: DocState) -> list[Official]:
        text = state.article.text
        found: list[Official] = []
        taken: set[int] = set()
        for ss, se in state.sentences:
            last_place = self._place_before(state, ss)
            for pos, chain_end in self._title_ends(text, ss, se):
                if pos in taken:
                    continue
                name = self._name_at(text, pos, se)
                if name is None or text.startswith("-", pos + len(name)):
                    continue  # "阿卜杜勒-迈赫迪": a hyphenated transliteration we do not read whole
                if not text.startswith(name, pos):  # the validator cut a title off its front
                    pos = text.find(name, pos)
                units = self._chain(text, ss, pos if chain_end is None else chain_end)
                if not units:
                    # a title we cannot place ("自治县县委书记蹇泽西"): the person, without a post
                    if name not in self.parser.place_forms:
                        taken.add(pos)
                        found.append(Official(name, pos, pos + len(name), []))
                    continue
                resolved: list[tuple[Unit, PlaceRef | None]] = []
                place = None
                if units[0].text in _BARE_FOREIGN and "国务院" not in text[max(ss, pos - 30) : pos]:
                    units = [u for u in units if u.text not in _BARE_FOREIGN]  # "印度总统…、总理莫迪"
                    if not units:
                        taken.add(pos)
                        found.append(Official(name, pos, pos + len(name), []))
                        continue
                for u in units:
                    if u.place is not None:
                        place = u.place
                    elif not u.national:
                        place = place or last_place
                    resolved.append((u, None if u.national else (u.place or place)))
                if place is not None:
                    last_place = place
                taken.add(pos)
                chain_start = text.rfind(units[0].text, ss, pos)
                former = chain_start > ss and bool(_FORMER.search(text, max(ss, chain_start - 2), chain_start))
                found.append(Official(name, pos, pos + len(name), resolved, former))
                for start, other in self._sharing(text, pos + len(name), se):
                    taken.add(start)
                    found.append(Official(other, start, start + len(other), resolved, former))
        return found

    def _notice_units(self, chain: str) -> list[Unit]:
        """"北京市委委员、常委、书记": the body is named once, in the first title; each later title
        is read with it ("北京市委书记").  "安徽省人民政府省长" is "安徽省长"."""
        chain = re.sub(r"人民政府(?=副?(?:省长|市长|主席))", "", chain)
        segments = chain.split("、")
        body = re.match(r"(.+?(?:党委|[省市区县]委|人民政府|政府))", segments[0])
        units = []
        for seg in segments:
            unit = None
            if body and not seg.startswith(body.group(1)):
                unit = self.parser.parse(body.group(1) + seg)
            unit = unit or self.parser.parse(seg)
            if unit is not None:
                units.append(unit)
        return units

    def appointments(self, state: DocState) -> list[Official]:
        """Appointment notices: "石泰峰同志任内蒙古自治区党委委员、常委、书记", "任命李宁为…副主任",
        "X当选为…": the new post, held from the report's day.  "免去…职务", "不再担任…" give none
        (the person is still named).  A notice in a past clause ("1983年6月，李鹏同志任…") is
        history, not news."""
        text = state.article.text
        found: list[Official] = []
        for ss, se in state.sentences:
            for m in (m for pattern in _APPOINTMENT for m in pattern.finditer(text, ss, se)):
                # between 任命/免去 and 为 the name is enclosed ("任命张某于为…": 于 is the name's)
                name = check_enclosed(m.group("name")) if m.group("verb") in ("任命", "免去") else check_name(m.group("name"))
                if name is None or not (self.names.plausible(name) or "·" in name):
                    continue
                start = m.start("name")
                if (
                    m.group("verb").startswith("当选")
                    and not text.startswith("同志", m.end("name"))
                    and name not in state.extraction.persons
                    and self._tagger_person(text[start : min(se, start + 8)]) != name
                ):
                    continue  # "智利新当选总统…": no 同志, no other mention, and the tagger reads no name
                chain = m.group("chain")
                if m.group("verb") == "免去" or (state.is_past(start) and clause_day(state, start) is None):
                    found.append(Official(name, start, start + len(name), []))
                    continue
                units = self._notice_units(chain)
                place = None
                resolved: list[tuple[Unit, PlaceRef | None]] = []
                for u in units:
                    place = u.place or place or (None if u.national else self._place_before(state, start))
                    resolved.append((u, None if u.national else (u.place or place)))
                found.append(Official(name, start, start + len(name), resolved))
        return found

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        ex = state.extraction
        current: list[Post] = []
        dated: list[Post] = []
        for off in [*self.find_officials(state), *self.appointments(state)]:
            self._add_person(state, off.name, off.start, off.end)
            when = state.article.date
            if not off.former and state.is_past(off.start):
                # "去年，中国国家主席习近平在…": a title without 时任/原 is the person's title when the
                # report is written; the post holds on the report's day if the record says so
                still = [p for p in self._posts(state, off, when) if self.terms.held(p.person, p.role, when)]
                current.extend(still)
            if off.former or state.is_past(off.start):
                # a past post is never stamped with the report's day (kg_discourse): it is
                # recorded on the day its clause writes ("2005年8月15日，时任…"), else not at all
                when = clause_day(state, off.start)
                if when is None:
                    continue
            posts = self._posts(state, off, when)
            (current if when == state.article.date else dated).extend(posts)
        for post in [*current, *dated]:  # one post per person, organisation and role: the report's day first
            if not any(
                p.person == post.person and p.organization == post.organization and p.role == post.role for p in ex.posts
            ):
                ex.posts.append(post)
        return doc

    def _posts(self, state: DocState, off: Official, when: date | None) -> list[Post]:
        """The posts an official's titles give, held on ``when``."""
        out: list[Post] = []
        evidence = state.evidence_at(off.start)
        for unit, place in off.units:
            resolved = self.parser.organization(unit, place)
            if resolved is None:
                continue
            role, org = resolved
            post = Post(person=off.name, organization=org, role=role, title=unit.text, attested_on=when, evidence=evidence)
            if not any(
                p.person == post.person and p.organization == post.organization and p.role == post.role for p in out
            ):
                out.append(post)
        return out

    @staticmethod
    def _add_person(state: DocState, name: str, start: int, end: int) -> None:
        text = state.article.text
        if check_name(name, bounded=bounded_at(text, end)) != name and not (
            text.endswith(("任命", "免去"), 0, start) and check_enclosed(name) == name
        ):
            return  # every path that mints a person passes the one validator (kg.nlp.personnames)
        if title_glued(text, start):
            return  # "(外交部长)官康某和": the name's first character is a title's last (长官)
        if joined_on(text, start, end):
            return  # "阿卜杜勒" of "阿卜杜勒－马某迪": a part of a transliteration, never a name of its own
        if (
            "·" not in name
            and not word_tags().get(name[:-1], "nr").startswith("nr")
            and last_char_glued(text, start, end)
            and all(last_char_glued(text, i, i + len(name)) for i in occurrences(text, name))
        ):
            return  # "(总书记)文艺工|作": a word and the first character of a glued word, wherever it stands
        if name not in state.extraction.persons:
            state.extraction.persons.append(name)
        state.person_mentions.setdefault(name, [])
        if (start, end) not in state.person_mentions[name]:
            state.person_mentions[name].append((start, end))
            state.mentions.append(Mention(start, end, "person", name))


def add_person(state: DocState, name: str, start: int, end: int) -> None:
    """Add a person found by another recogniser; a regnal number after the name ("X六世") is its."""
    regnal = REGNAL.match(state.article.text, end)
    if regnal and not name.endswith("世"):
        name, end = name + regnal.group(), regnal.end()
    OfficialsRecognizer._add_person(state, name, start, end)


def known_names(state: DocState) -> Iterable[str]:
    return list(state.extraction.persons)


@Language.factory("kg_officials", default_config={"tagger": "lac", "context_chars": 120, "rules": RULES_CONFIG})
def make_officials(nlp: Language, name: str, tagger: str, context_chars: int, rules: Rules) -> OfficialsRecognizer:
    return OfficialsRecognizer(nlp, name, tagger, context_chars, rules)


def occurrences(text: str, word: str) -> list[int]:
    """Start offsets of every occurrence of ``word`` in ``text`` (overlapping ones too)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
