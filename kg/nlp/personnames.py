"""One validator for every path that mints a person.

A person node is wrong in a way a reader sees at once: a name that swallowed the next word
("陈希在", "李克强将", "汪洋近日", "李强监誓"), a phrase read as a name after a title
("庄严宣示" after 总书记, "国工作" after 主席, "任双组长" after 省长), a place ("沙县" from
"湖南省长沙县"), a side in a conflict ("乌方").  Every recogniser (title apposition in
``kg_officials``, the statistical tagger in ``kg_person_tagger``) passes its candidate through
:func:`check_name`, which

1. **repairs the boundary**: strips a glued word after the name (``GLUE``: particles, time
   words, reporting verbs, 同志, 一行, 视频 …) as long as what remains is a name;
2. **rejects** what is no name: a title word inside it (书记, 省长, 组长 …), a place suffix
   (县, 市, 区 …), "<country>方", a word jieba knows as a verb, adjective, adverb or time word,
   a phrase that starts with such a word ("来到前海") or ends with one after a non-name
   ("庄严宣示"), a conjunction glued to a common noun ("和夫人");
3. leaves the **support** decision to the caller: a title and a boundary word around it, or the
   statistical tagger, together with the surname table (``NameRules.plausible``).

Lists are split before any of this: candidates never cross 、, 和, 及 or punctuation.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from functools import lru_cache

from kg.io.normalise import CJK_RANGES as CJK
from kg.nlp.tagger import common_word, mistagged_time, word_freq, word_tags
from kg.reference import ontology_dir


def _glue_table() -> dict[str, list[str]]:
    """``ontology/name_glue.csv``: words glued after a name (``glue``), single characters glued
    after a name (``glue_char``) and title words that never stand inside a name (``title``).
    Read once at import: :func:`check_name` is a plain function every recogniser calls."""
    with (ontology_dir() / "name_glue.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r["kind"], []).append(r["word"])
    return out


def _sides() -> frozenset[str]:
    """The one-character sides of ``ontology/countries.csv`` (斯 for 斯里兰卡: "斯方愿…")."""
    with (ontology_dir() / "countries.csv").open(encoding="utf-8") as f:
        return frozenset(r["side"] for r in csv.DictReader(f) if len(r["side"]) == 1)


def _foreign_places() -> frozenset[str]:
    """Countries (``ontology/countries.csv``, labels and aliases) and the foreign cities and further
    countries of ``ontology/foreign_places.csv``: they stand before titles and in lists of leaders
    ("苏里南总统…", "出席慕尼黑安全会议") and are no names."""
    names: set[str] = set()
    with (ontology_dir() / "countries.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names.add(r["label"])
            names.update(a for a in r["aliases"].split("|") if a)
    with (ontology_dir() / "foreign_places.csv").open(encoding="utf-8") as f:
        names.update(r["name"] for r in csv.DictReader(f))
    return frozenset(names)


_TABLE = _glue_table()
FOREIGN_PLACES = _foreign_places()
_SIDES = _sides()
# what follows a country's one-character side as an organisation ("乌军方", "美政府")
_SIDE_BODIES = frozenset({"军方", "方面", "政府", "军队", "官方", "外长", "总统", "总理"})
# characters that start no name: a demonstrative or a quantifier before a noun ("此访", "这次", "各位")
_DEMONSTRATIVES = frozenset("此这该每各")
# words glued after a name in news text; stripped from the end of a candidate (longest first)
GLUE = tuple(sorted(set(_TABLE["glue"]), key=len, reverse=True))
GLUE_LONG = tuple(g for g in GLUE if len(g) >= 2)  # the glued words of two characters or more
# single characters glued after a name ("陈希在参加…", "李克强将作…"); never stripped from a
# two-character name, and only these (a name may end in 和, 同, 为: 杨永和)
GLUE_CHARS = frozenset(_TABLE["glue_char"])
# title words that never stand inside a name
# what ends an organisation named after a person (…基金会, …研究所): a name that ends in it is no person
_ORG_ENDS = tuple(_TABLE.get("org", ()))
# event nouns ("…峰会", "…论坛", "…仪式"): a "name" that ends in one names an event ("领导人|圆桌峰会")
_EVENT_ENDS = tuple(sorted(_TABLE.get("event", ()), key=len, reverse=True))
# what ends a ship's or a class's name after a transliteration ("X·Y级驱逐舰", "X·Y号")
_THING_ENDS = tuple(sorted(_TABLE.get("thing", ()), key=len, reverse=True))
# heads of place names ("…撞击坑", "…定居点"): a transliteration before one is a place's name, no person's
PLACE_HEADS = tuple(sorted(_TABLE.get("place_head", ()), key=len, reverse=True))
# a regnal number after a monarch's name ("X六世"): part of the name
REGNAL = re.compile("[一二三四五六七八九十]{1,3}世(?![纪界代间人])")
_TITLE_WORDS = re.compile("|".join(re.escape(w) for w in sorted(set(_TABLE["title"]), key=len, reverse=True)))
TITLE_WORDS = _TITLE_WORDS
TITLE_AT = re.compile(f"副?(?:{_TITLE_WORDS.pattern})")
_DOTTED = re.compile(f"[{CJK}]{{1,8}}·[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}})?")
_PLACE_END = re.compile(f"[{CJK}]+(?:[省市县区镇乡村州旗盟]|流域|地区|海域)$")
# common nouns the tagger has read as names ("致贺信", "因林火…")
_NOT_NAMES = frozenset({"党忠诚", "贺信", "贺电", "贺词", "贺函", "林火", "海采", "哈马斯", "塔利班", "真主党", "胡塞"})
_SIDE = re.compile(r"^[中美俄英法德日韩朝越老柬泰缅印巴伊乌土叙以埃欧蒙哈吉塔澳新菲马阿沙苏捷匈波荷瑞挪丹芬希葡西意奥加墨智古肯坦赞约黎也][方军核]$")
# a motion verb and a one-character country ("来菲出席": come to the Philippines)
_TO_COUNTRY = re.compile(r"^[来去赴访到抵回][中美俄英法德日韩朝越老柬泰缅印巴伊乌土叙以埃欧蒙哈澳新菲马沙]$")
_CONJ_START = frozenset("和与及同跟")
_LEADING_FUNCTION = frozenset("是为在对把被从让给有")  # 有: "(领导人)有X、Y": the verb opening a list
# prepositions glued before a transliterated name ("主席同卡…·…总统共同宣布"); such a name's
# first part starts with them seldom, and a two-character part is left alone
_DOTTED_PREPOSITIONS = frozenset("同与和跟向对")
# a common word and one of these is a building or site ("毛主席纪念堂", "总书记来到博物馆"), no name
_BUILDING_END = frozenset("堂馆院宫楼陵")
_NUMERALS = frozenset("一二三四五六七八九十两百千万几")
# one-character country names ("俄称乌需先确认…": 乌 is Ukraine, 需 a verb, not a name 乌需)
_COUNTRY_CHARS = frozenset("中美俄英法德日韩朝越老柬泰缅印巴伊乌土叙以埃欧蒙哈吉塔澳新菲马")
# prepositions that also are rare surnames ("习主席向气候…峰会": 向 + a word is no name)
_PREPOSITION_CHARS = frozenset("向对在同与和为从给把被让跟就将于由")
# jieba tags that make a word no part of a name: verbs, adjectives, adverbs, time words …
_NOT_NAME = ("v", "a", "d", "t", "f", "p", "u", "c", "m", "q", "r", "l", "i")


# hyphens that join the parts of a transliterated name as a middle dot does ("阿卜杜勒-马某迪",
# "迪某斯－卡某尔", "科某尼亚克—卡某什"); a doubled dash ("——") is punctuation, never a joiner
HYPHENS = "-－‐—"
_HYPHENATED = re.compile(f"[{CJK}]{{1,8}}(?:[·{re.escape(HYPHENS)}][{CJK}]{{1,8}}){{1,3}}")
_AS_DOT = str.maketrans({h: "·" for h in HYPHENS})
_JOIN_AFTER = re.compile(f"[·{re.escape(HYPHENS)}][{CJK}]")
_JOIN_BEFORE = re.compile(f"[{CJK}][·{re.escape(HYPHENS)}]")


def hyphenated_name(name: str, bounded: bool = False) -> str | None:
    """A transliterated name whose parts a hyphen joins ("阿卜杜勒-马某迪表示"), checked as the same
    name with a middle dot (:func:`check_name`) and returned with the text's own joiners; None when
    that reading is no name or is not the whole stretch up to its last part ("中国—东盟" is two places)."""
    if not _HYPHENATED.fullmatch(name) or not any(h in name for h in HYPHENS):
        return None
    dotted = name.translate(_AS_DOT)
    checked = check_name(dotted, bounded=bounded)
    if checked is None or not dotted.startswith(checked) or checked.count("·") != dotted.count("·"):
        return None
    return name[: len(checked)]


def title_glued(text: str, start: int) -> bool:
    """Does the character before ``start`` (a title's last) make a title word with the one at
    ``start`` ("外交部长|官X": 长官)?  Then a name read from ``start`` holds a piece of the title."""
    m = _TITLE_WORDS.match(text, max(0, start - 1))
    return start > 0 and m is not None and m.end() > start


def joined_on(text: str, start: int, end: int) -> bool:
    """Does a joiner of transliterated names (a hyphen or a middle dot) tie ``text[start:end]`` to
    a further part ("阿卜杜勒|－马某迪", "迪某斯-|卡某尔")?  Then it is a piece of a longer name."""
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    return bool(_JOIN_AFTER.fullmatch(after)) or bool(_JOIN_BEFORE.fullmatch(before))


def _common(word: str) -> bool:
    tag = word_tags().get(word)
    return tag is not None and tag.startswith(_NOT_NAME) and not mistagged_time(word, tag)


def strip_glue(name: str, bounded: bool = False) -> str:
    """``name`` without glued words at its end ("汪洋近日" → 汪洋, "陈希在" → 陈希); ``bounded``: the
    text shows a boundary right after ``name`` (see :func:`strip_glue_tail`)."""
    if "·" in name:
        head, _, tail = name.partition("·")
        return f"{head}·{strip_glue_tail(tail, bounded)}" if tail else name
    changed = True
    while changed and len(name) > 2:
        changed = False
        for word in GLUE if name.endswith(GLUE) else ():  # most names end in no glued word: one C-level call
            if name.endswith(word) and len(name) - len(word) >= 2:
                name, changed = name[: -len(word)], True
                break
        if not changed and name[-1] in GLUE_CHARS and len(name) >= 3:
            name, changed = name[:-1], True
    return name


def strip_glue_tail(tail: str, bounded: bool = False) -> str:
    """The part after "·" of a transliterated name, without a glued word ("西苏里独家专访").  When
    the text shows a boundary right after it (``bounded``: "艾米拉古丽·阿不都、", "斯科特·戈特利布近日"),
    a last character that reads as a glued one, or a rare word ("利布"), is the name's: only glued
    words and frequent words go ("丹尼·亚历山大此前")."""
    for word in GLUE:
        if tail.endswith(word) and len(tail) - len(word) >= 1:
            return tail[: -len(word)]
    if not bounded and len(tail) >= 3 and tail[-1] in GLUE_CHARS | frozenset("认致向对同与和"):
        return tail[:-1]  # "伊肯森认(为)": a transliteration seldom ends in these
    for cut in range(len(tail) - 2, 0, -1):
        if word_tags().get(tail[cut:], "").startswith(("v", "d", "p", "c", "u", "t")) and len(tail[cut:]) >= 2:
            if not bounded or word_freq(tail[cut:]) >= _FREQUENT_GLUED:
                return tail[:cut]  # a verb or time word glued ("…表示"), not a piece read as a measure (加|马里)
    return tail


# how often jieba must have seen a verb or time word to strip it from a bounded transliteration
_FREQUENT_GLUED = 200


def dotted_name(text: str, start: int, limit: int, boundary: Callable[[str, int], bool]) -> str | None:
    """The transliterated name with a middle dot that starts at ``start`` ("伊姆兰·汗2月…",
    "艾力更·依明巴海副委员长…"): its shortest reading followed by a boundary (``boundary``) or a
    title word, repaired by :func:`check_name`; None when there is no dot or no such reading.
    Never the part before the dot alone."""
    m = _DOTTED.match(text, start, limit)
    if not m:
        return None
    dot = text.rindex("·", start, m.end())
    for end in range(dot + 2, m.end() + 1):
        if boundary(text, end) or TITLE_AT.match(text, end):
            return check_name(text[start:end], bounded=True)
    return None


def runs_on(text: str, end: int, boundary: Callable[[str, int], bool]) -> bool:
    """Does the name that a reader or tagger ended at ``end`` go on, where the text shows no
    boundary?  One more character that is no glued word, then a time word or 是 ("竹田恒|和今天":
    和 joins no name to a time word); or, before a boundary, two characters the dictionary hardly
    knows ("翁赛|维索。").  A caller rejects such a candidate: a cut name is worse than none."""
    one = text[end : end + 1]
    if not one or not re.match(f"[{CJK}]", one) or one in GLUE_CHARS or one in "的了地着过们":
        return False
    if text.startswith("是", end + 1) or word_tags().get(text[end + 1 : end + 3], "").startswith("t"):
        return True
    if re.match(r"\d{1,2}日", text[end + 1 : end + 4]):
        return True  # "库某奇|申2日说": one more character, then the day — the name ends at the day
    two = text[end : end + 2]
    return (
        not boundary(text, end)
        and re.fullmatch(f"[{CJK}]{{2}}", two) is not None
        and two not in GLUE
        and word_freq(two) < 50
        and boundary(text, end + 2)
    )


def ends_in_and(text: str, name: str) -> bool:
    """Is 和 the last character of a name read as ``name`` ("竹下某和", "魏某和")?  Every occurrence of
    ``name`` is followed by 和, and once 和 stands before a time word ("竹下某和今天…"), where 和
    joins no name: the text never shows the name without it."""
    at = [m.start() for m in re.finditer(re.escape(name), text)]
    return (
        bool(at)
        and all(text.startswith("和", i + len(name)) for i in at)
        and any(word_tags().get(text[i + len(name) + 1 : i + len(name) + 3], "").startswith("t") for i in at)
        and check_name(name + "和") == name + "和"
    )


def cut_before_word(text: str, start: int, end: int) -> int:
    """The end of the name ``text[start:end]`` when its last character starts a verb or time word
    with what follows ("巴赫认为" → 巴赫, "胡当天" stays for :func:`check_name`).  Only a word jieba
    has seen often: a rare entry ("先在" in "田某先在…") is no evidence against a given name's last
    character."""
    word = text[end - 1 : end + 1]
    if end - start >= 3 and word_tags().get(word, "") in ("v", "t", "d", "ad") and word_freq(word) >= _FREQUENT_GLUED:
        return end - 1
    return end


def bounded_at(text: str, end: int) -> bool:
    """Does the text show a boundary right after a name ending at ``end``: punctuation, the end,
    a glued word or character ("斯科特·戈特利布|近日", "艾米拉古丽·阿不都|、")?"""
    if end >= len(text) or not re.match(f"[{CJK}]", text[end]) or text[end] in GLUE_CHARS:
        return True
    return text.startswith(GLUE, end)  # one C-level call over the tuple


def last_char_glued(text: str, start: int, end: int) -> bool:
    """Does the last character of the name ``text[start:end]`` (three characters or more) start a
    glued word with what follows ("李某正|在组织": 正在, "李某不|幸遇难": 不幸, "纳瓦罗成|为": 成为)?
    Then the name may be one character shorter; the caller decides which reading the text supports."""
    return end - start >= 3 and text.startswith(GLUE_LONG, end - 1)


def check_name(name: str, bounded: bool = False) -> str | None:
    """The repaired name, or None when ``name`` is no person's name (see the module docstring).
    ``bounded``: the caller saw a boundary right after ``name`` (punctuation, a name follower).
    Callers still decide whether the surname table or the tagger supports it."""
    if _title_tail(name):
        return None
    regnal = REGNAL.search(name, 2)
    if regnal and regnal.end() == len(name):  # "X六世": the name and its regnal number
        base = name[: regnal.start()]
        return name if check_name(base, bounded=True) == base else None
    if any(h in name for h in HYPHENS):
        return hyphenated_name(name, bounded)
    name = strip_glue(name, bounded)
    if "·" in name:
        return _check_transliterated(name)
    if len(name) >= 5 and _frequent_tail(name):
        name = name[:-2]  # "易某平英勇(就义)", "特朗某通话": a frequent word glued after a name
    if _not_a_word_name(name) or _glued_word(name) or _title_tail(name):
        return None
    return name


def check_enclosed(name: str) -> str | None:
    """:func:`check_name` for a name the text encloses on both sides ("任命张某于|为…", "撤销X|政协…
    资格"): no shorter reading reaches the word after it, so a last character that reads as glued
    (于, 在) is the three-character name's own."""
    checked = check_name(name, bounded=True)
    if checked is not None and len(name) == 3 and checked == name[:2] and name[2] in GLUE_CHARS:
        return name
    return checked


def _check_transliterated(name: str) -> str | None:
    """A name with a middle dot ("菲利普·拉扎里尼"): without a title before it, or None when the
    dot joins a phrase rather than a given name and a surname."""
    head, _, tail = name.partition("·")
    if tail.endswith(_ORG_ENDS) or tail.endswith(PLACE_HEADS) or tail.endswith(_EVENT_ENDS) or tail.endswith(_THING_ENDS):
        return None  # "X·Y基金会", "X·Y撞击坑", "X·Y论坛": an organisation, a place or an event named after a person
    flat = tail.replace("·", "")
    if any(_frequent_common(flat[k : k + 2]) for k in range(len(flat) - 1)):
        return None  # "X·梅原计划下周投票", "X·Y一直参…": a common word inside the name, a clause ran on
    titles = list(_TITLE_WORDS.finditer(head))
    if titles:
        head = head[titles[-1].end() :]  # "专员菲利普·拉扎里尼": the title before the name
    if len(head) >= 3 and (head[0] in _LEADING_FUNCTION or head[0] in _DOTTED_PREPOSITIONS):
        head = head[1:]  # "(主席)是帕巴拉·格列朗杰", "(主席)同谢…·…(总统)": a copula or preposition before the name
    for word in GLUE:
        at = head.rfind(word)
        if 0 <= at and at + len(word) < len(head):
            head = head[at + len(word) :]  # "(主席)还致电福雷·…": a verb before the name
            break
    if len(head) < 1 or len(tail) < 1 or _TITLE_WORDS.search(tail) or len(tail) > 10:
        return None
    tag = word_tags().get(head, "nr")
    if _common(head) or tag.startswith(("v", "n")) and not tag.startswith("nr") and not _rare_place(head, tag):
        return None  # "对话·上合峰会城市", "中国·东盟…": a phrase with a middle dot, not a name
    return f"{head}·{tail}"


def _frequent_common(word: str) -> bool:
    """Is ``word`` a frequent word of the dictionary other than a name (计划, 一直), never part of a
    transliteration?"""
    tag = word_tags().get(word)
    return tag is not None and not tag.startswith(("nr", "ns", "nz")) and word_freq(word) >= 1000


def _rare_place(head: str, tag: str) -> bool:
    """A given name the dictionary lists as a rare place ("阿德南·X": 阿德南 ns, seen
    3 times), not a place a phrase is named after (中国, 上海) or a country (FOREIGN_PLACES)."""
    return tag in ("ns", "nz") and word_freq(head) < 100 and head not in FOREIGN_PLACES


def _not_a_word_name(name: str) -> bool:
    """Is ``name`` as a whole no name: too short, not all Chinese characters, a pronoun, a title,
    a place or side, or a common word?"""
    if len(name) < 2 or not re.fullmatch(f"[{CJK}]+", name) or name[-1] in "地了的着们" or name in _NOT_NAMES:
        return True
    if name in FOREIGN_PLACES or (len(name) >= 4 and name.endswith(tuple(h for h in PLACE_HEADS if len(h) >= 2))):
        return True
    if len(name) >= 4 and name.endswith(_ORG_ENDS):
        return True  # "某某武装", "某某基金会": an organisation
    if _event_name(name):
        return True  # "(领导人)圆桌峰会": an event's name after a title
    if len(name) >= 3 and name[-1] in _BUILDING_END and _is_word(name[:-1]):
        return True  # "纪念堂" after 主席: a word and a building's last character
    if any(c in name for c in "他她我你您"):
        return True  # "祝贺他": a pronoun is never part of a name
    if _TITLE_WORDS.search(name) or _PLACE_END.match(name) or _SIDE.match(name) or _TO_COUNTRY.match(name):
        return True
    if len(name) == 2 and name[0] in _SIDES and name[1] == "方":
        return True  # "塞方", "斯方": a country's side
    if name[0] in _SIDES and (name[1:] in _SIDE_BODIES or (len(name) >= 4 and name[1] == "方" and name[2:] in word_tags())):
        return True  # "乌军方", "美政府", "尼方嘉宾": a country's side and its body or people
    if name[0] in _DEMONSTRATIVES:
        return True  # "(习近平主席)此访", "(总书记)这次": a demonstrative and a noun
    if len(name) == 3 and (_SIDE.match(name[:2]) or (name[0] in _SIDES and name[1] == "方")) and word_tags().get(
        name[2], ""
    ).startswith(("d", "c", "p", "u", "v")):
        return True  # "乌方则(表示)", "美方也": a side and a particle or verb, not a surname and a given name
    return common_word(name) or _common(name)


def _frequent_tail(name: str) -> bool:
    """Do the last two characters of ``name`` (five characters or more, no middle dot) make a
    frequent word of the dictionary that is no transliteration's piece ("英勇", "通话")?  A Chinese
    name has at most four characters; a transliteration seldom ends in such a word."""
    tail = name[-2:]
    tag = word_tags().get(tail, "")
    return bool(tag) and not tag.startswith(("nrt", "ns", "nz")) and word_freq(tail) >= _FREQUENT_TAIL


# how often jieba must have seen the last two characters of a long name to read them as a glued word
_FREQUENT_TAIL = 500


def _event_name(name: str) -> bool:
    """Does ``name`` end in an event noun of two characters with at least two characters before it
    ("圆桌峰会", "某某论坛"), or in one of three characters or more ("(成员)务虚会")?  No given name ends in
    峰会 or 仪式: the stretch names an event."""
    return name.endswith(_EVENT_ENDS) and any(
        name.endswith(e) and (len(e) >= 3 or len(name) - len(e) >= 2) for e in _EVENT_ENDS
    )


def _is_word(word: str) -> bool:
    """Does the dictionary know ``word`` as something other than a name?"""
    tag = word_tags().get(word)
    return tag is not None and not tag.startswith("nr")


def _glued_word(name: str) -> bool:
    """Is ``name`` a common word glued to a character or to another word (the tagger's words at
    its start or end), rather than a surname and a given name?"""
    if name[0] in _CONJ_START and (_common(name[1:]) or name[1:] in word_tags()):
        return True  # "和夫人", "与会": a conjunction glued to a word
    if len(name) >= 4 and (_common(name[:2]) or _common(name[-2:])):
        return True  # "来到前海", "殷殷嘱托", "庄严宣示"
    if len(name) == 3 and _common(name[1:]) and _common(name[:2]):
        return True
    if len(name) == 3 and word_tags().get(name[:2], "").startswith(("p", "c", "u", "r")):
        return True  # "关于党" after 总书记: a preposition, not a surname
    if _function_before_name(name):
        return True
    if len(name) == 2 and _two_function_chars(name):
        return True
    if len(name) == 2 and name[1] in _NUMERALS and word_tags().get(name[0], "").startswith("d"):
        return True  # "曾三(进下党)": an adverb and a numeral
    if len(name) == 2 and all(c in _COUNTRY_CHARS for c in name) and name[0] not in _frequent_surnames():
        return True  # "美乌(总统)", "中俄": two countries, not a surname and a given name
    if len(name) == 2 and name[0] in _COUNTRY_CHARS and name[0] not in _frequent_surnames():
        if word_tags().get(name[1], "").startswith(("v", "d", "p", "c", "u")) and word_freq(name[1]) >= 5000:
            return True  # "乌需", "俄称": a country and a frequent verb, not a surname and a given name (巴育)
    if len(name) == 3 and word_tags().get(name[:2], "").startswith("v") and word_freq(name[:2]) >= 1000:
        return True  # "强调要" after 总书记: a frequent verb and a character
    if len(name) == 3 and word_tags().get(name[:2], "") in ("a", "ad", "d", "m") and word_freq(name[:2]) >= 3000:
        return True  # "(总书记)连续第(13年)", "再次来": a frequent adjective, adverb or numeral word and a character
    rest_tag = word_tags().get(name[1:], "")
    if len(name) == 3 and name[0] in _PREPOSITION_CHARS and rest_tag[:1] in ("n", "v", "a") and rest_tag[:2] not in (
        "nr", "ns", "nz", "nt"
    ):
        if word_freq(name[1:]) >= 1000:
            return True  # "向气候": a preposition and a frequent word, not 向 and a given name
    # "胡当天", "来这里": a time word or pronoun glued to a character; not "郑冬冬", "黄丽丽" (a
    # doubled given name after a frequent surname, though jieba knows 冬冬 as a time word)
    return (
        len(name) == 3
        and word_tags().get(name[1:], "").startswith(("t", "r", "p", "c", "u", "f", "m", "q"))
        and not (name[1] == name[2] and name[0] in _frequent_surnames())
    )


def _function_before_name(name: str) -> bool:
    """Is ``name`` a copula, preposition or verb glued before a name ("是刘奇葆"; "(成员)有习某平": the
    verb opening a list before a three-character name of any surname)?"""
    if len(name) not in (3, 4) or name[0] not in _LEADING_FUNCTION:
        return False
    return name[1] in _frequent_surnames() or (len(name) == 4 and name[1] in _single_surnames())


def _two_function_chars(name: str) -> bool:
    """A two-character "name" of function characters: "(总书记)都同(代表…)", an adverb and a
    preposition; "(行政长官)时所(强调的)", a glued character and a particle — not a rare surname
    and a given name."""
    if name[0] in _frequent_surnames() or not word_tags().get(name[1], "").startswith(("d", "p", "c", "u")):
        return False
    return name[0] in GLUE_CHARS or word_tags().get(name[0], "").startswith(("d", "p", "c", "u"))


def _title_tail(name: str) -> bool:
    """"国工作", "国期间", "席就座": a title's last character and a word, read as a name."""
    return (
        len(name) == 3
        and name[0] not in _frequent_surnames()
        and word_tags().get(name[1:], "").startswith(("v", "f", "t"))
    )


def frequent_surname(char: str) -> bool:
    """Is ``char`` one of the hundred most frequent single surnames (张, 黄, 杜 …)?"""
    return char in _frequent_surnames()


@lru_cache(maxsize=1)
def _single_surnames() -> frozenset[str]:
    """Every single surname of ``surnames.csv``."""
    with (ontology_dir() / "surnames.csv").open(encoding="utf-8") as f:
        return frozenset(r["surname"] for r in csv.DictReader(f) if r["kind"] == "single")


@lru_cache(maxsize=1)
def _frequent_surnames() -> frozenset[str]:
    """The hundred most frequent single surnames (``surnames.csv`` is ordered by frequency)."""
    with (ontology_dir() / "surnames.csv").open(encoding="utf-8") as f:
        rows = [r["surname"] for r in csv.DictReader(f) if r["kind"] == "single"]
    return frozenset(rows[:100])
