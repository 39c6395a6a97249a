"""Who is speaking in every sentence, and from what standing.

A commitment and a directive differ mostly in *who says it*: "江苏要…" said by 江苏省委书记 is
江苏's own pledge, said by 习近平 a task set for 江苏 (``shared/statements-guide.md``).  This
component settles the speaker of every sentence before any statement is read:

* a **reporting clause** introduces a speaker: "习近平强调，", "李强在讲话中表示，",
  "习近平在听取…汇报时指出：", "他强调，" (the person named last), "总书记指出，" (the one person
  the report names with that title), "文章指出，" (the author of the article the lead says was
  published), a body or collective ("长三角地区干部群众表示", "国家电网表示", "当地干部群众表示": the
  province the title names), or the meeting itself ("会议指出/要求/认为，", "大家一致表示，");
  an unplaced collective ("广大青年表示要…") speaks for nobody but ends the last speaker's speech;
* a **body** speaks in the clause that names it when it directs there ("某部部署…", "某国总统府和政府5日敦促…",
  "某国方面呼吁…": an organisation the gazetteer knows, a state, or a body the statistical tagger reads as ORG);
  the act that made a body's words may stand between its name and the verb ("某国外交部发表声明说", "某某公署
  发言人发表谈话表示"), and a person its words report calling on others ("…该国外长某某…通电话时，呼吁…")
  speaks there; the occasion a person spoke on may stand between his name and the verb ("某某同…座谈时强调");
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
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.personnames import FOREIGN_PLACES
from kg.nlp.rules import RULES_CONFIG, Rules, load_rules
from kg.nlp.segment import split_clauses
from kg.nlp.state import DocState, SentenceSpeaker

SPANS_KEY = "kg_speakers"

# verbs that end a reporting clause ("习近平强调", "李强在讲话中表示")
SPEECH_VERBS = ("强调指出", "强调", "指出", "表示", "说", "要求", "认为", "提出", "希望", "谈到", "介绍",
                "宣布", "坦言", "呼吁", "号召", "提到", "称", "叮嘱", "嘱托")
# the meeting speaks for itself: 会议指出，委员长会议决定，会议还强调，全会号召，大家一致表示 (全会 + verb before a
# comma only: "全会决定以一章对某制度…" names the plenary's document)
MEETING_CUE = re.compile(r"^全会(?:还|同时|进一步|最后)?(?:(?:指出|强调|要求|认为|提出|确定|决定|明确|部署|号召|提醒)(?=[，：:]|$)"
                         r"|(?:审议|讨论)?并?(?:原则)?通过了)"
                         r"|^(?:委员长|常务|全体)?会议(?:还|同时|进一步|最后)?(?:指出|强调|要求|认为|提出|确定|决定|明确|部署|号召|提醒|(?:审议|讨论)?并?(?:原则)?通过了?)"
                         r"|^(?:大家|与会同志|与会人员|各方|与会代表|与会各方)一致(?:表示|认为|同意)")
# a sentence whose subject is the meeting (会议传达…，强调…; 全会听取…，指出…)
_MEETING_SUBJECT = re.compile(r"\s*(?:(?:委员长|常务|全体)?会议|全会)(?!上|期间|前|后|结束|指出|强调|要求|认为)")
# verbs that report speech with its content in the same clause ("他希望云南…", "他要求以…为契机")
INLINE_VERBS = ("强调", "指出", "要求", "希望", "表示", "叮嘱", "嘱托", "期待", "提出", "说要", "敦促", "呼吁")
# a clause that opens with the verb, its subject in the clause before ("…作出重要指示，强调…", "…，表示将…",
# "…召开发布会，呼吁…")
LEADING_VERBS = ("强调", "指出", "要求", "希望", "表示", "叮嘱", "呼吁", "敦促")
# a speech clause with an unplaced collective subject (大家表示, 委员们建议): nobody's statement
OTHER_VERBS = ("表示", "说", "建议", "认为", "指出", "谈到", "称")
PRONOUNS = ("他", "她")
# 未表示/没有表示/并不认为: a speech verb negated reports no words
_NEGATIONS = ("未", "没有", "没", "不")
# 他们/她们 is a group, never the person named last
_GROUP_PRONOUNS = ("他们", "她们")
# a place's people (甘肃的干部群众, 江苏广大党员干部): they speak for the place
_PLACED_PEOPLE = re.compile(r"^(?:省|市|县|区)?的?(?:广大)?(?:干部群众|各族群众|党员干部|各族干部群众|人民群众)(?:纷纷|一致)?$")
# 文章指出: the article the lead says a person published (发表…习近平的重要文章) speaks in his words
_ARTICLE = frozenset({"文章", "该文", "这篇文章", "署名文章"})
# 批示指出, 贺信指出: a person's instruction or message speaks as he who made or sent it
_WORKS = frozenset({"批示", "指示", "贺信", "贺电", "回信", "复信", "致辞", "书面致辞", "寄语"})
# 白皮书指出, 公告称: a document the lead says a body published (国新办发布…白皮书) speaks as that body
_DOCUMENTS = frozenset({"白皮书", "该白皮书", "公告", "该公告", "声明", "该声明", "报告", "该报告", "公报"})
_OFFICE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:办公室|委员会|总局|局|署)")
_PUBLISHED = re.compile(r"发表[^。]{0,60}?(?:重要|署名)?文章")
# 当地干部群众表示: the people of the place the report is about
_LOCAL_PEOPLE = re.compile(r"当地的?(?:广大)?(?:干部群众|各族群众|党员干部|各族干部群众|人民群众)(?:纷纷|一致)?")
# 广大青年表示要…, 与会代表纷纷表示: an unplaced collective's words, nobody's statement (not the last speaker's)
_COLLECTIVE = re.compile(r"^(?:广大|各界|与会|全体|不少|许多|很多)[^，。；]{0,10}?(?:纷纷|一致|都)?$|(?:们|群众|青年|代表|人士|网友|师生)(?:纷纷|一致|都)?$")
# 记者今天从商务部了解到: the body that speaks
_LEARNED_FROM = re.compile(r"从([^，。；从]{2,20}?)(?:获悉|了解到|得知)")
# titles after a name that only a Chinese leader bears
_CHINESE_TITLES_AFTER = frozenset({"总书记", "委员长"})
# a foreign state's head written before the name with the state (某国总理X): he holds no post of
# roles.csv (``office_terms.csv`` lists every Premier) but speaks for his state at talks (call 9)
_FOREIGN_HEADS = ("总统", "总理", "首相")
# a national title written before the name: 全国人大常委会委员长栗战书
_NATIONAL_TITLE_BEFORE = re.compile(r"(?:全国人大常委会委员长|国务院总理|国务院副总理|国家主席|国家副主席|全国政协主席|中共中央总书记)$")
# a national title first in the chain of a person's titles (国务院副总理、某某联合委员会中方主席某某)
_NATIONAL_TITLE_CHAIN = re.compile(rf"(?:{_NATIONAL_TITLE_BEFORE.pattern[:-1]})(?:、[^，。；、：:\s]{{2,24}}?)+$")
# the second person: words spoken to someone (the narrator addresses nobody)
_ADDRESSED = re.compile(r"[你您]")
_UNQUOTED = re.compile(r"“[^”]*”|「[^」]*」")
# the chair's reporting clause of a meeting: 李强主持召开国务院常务会议，要求… (the meeting decides)
# the chair's own words in a meeting's lead (…，并发表讲话，指出…): not the meeting's agenda
_OWN_SPEECH = re.compile(r"(?:发表|并|作了?)(?:重要)?(?:讲话|致辞)|[，、](?:指出|表示|说|强调|要求)")
_CHAIRED_MEETING = re.compile(r"主持(?:召开)?[^，。；]{0,30}?(?:会议|全会)")
# a national title written after the name: 栗战书委员长, 李克强总理
_NATIONAL_TITLE_AFTER = re.compile(r"(?:委员长|总理|副总理|总书记|主席|副主席)(?![^，。]{0,2}[省市区县])")
_TITLE_END = re.compile(r"(?:书记|主席|总理|委员长|部长|省长|市长|委员|主任|常委|组长|秘书长|发言人|协调员|特使|大使)$")
_MAX_SPEAKER_CLAUSE = 60
_MAX_SPEECH_GAP = 20
# the occasion a speaker spoke on, between his name and the verb: 某某同…代表座谈时强调, 某某在…会议上指出 (a
# preposition, then at most 44 characters up to 时/上/中/之际/期间), a time before it, an adverb after it
_OCCASION = re.compile(r"(?:\d{1,2}日|当天|今天|日前|近日)?(?:在|同|与|和|对|出席|参加|主持|会见|会晤|看望|考察|听取)"
                       r"[^，。；：“”]{1,44}?(?:时|上|中|之际|期间)(?:还|也|又|再次|进一步)?")
_MAX_OCCASION_CLAUSE = 72
# a body's words reported with the act that made them (某国外交部发表声明说, 某某公署发言人发表谈话表示): the head
# may run longer than an unplaced collective's (a body's full name)
_MAX_BODY_HEAD = 40
_FOREIGN_STARTS = tuple(sorted(FOREIGN_PLACES, key=len, reverse=True))
# what may stand between a body and the verb by which it directs (某部日前联合部署…, 某国政府13日敦促…)
_BODY_DIRECTS_GAP = re.compile(r"(?:\d{1,2}日|今天|今日|当天|当日|日前|近日|昨天)?(?:（[^）]{0,12}）)?"
                               r"(?:再次|还|也|又|同时|联合|共同|继续|已|正式)?$")
# any inline verb: most clauses hold none, and one search answers them before the verb-by-verb loop
_INLINE_VERB_RE = re.compile("|".join(re.escape(v) for v in INLINE_VERBS))
# a narrative sentence opens with a time: the narrator speaks
_TIME_OPENING = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|当天|当日|随后|此前|会前|会后|期间|\d{1,2}日|顿时|伴随|离开|"
                           r"看到|得知|来到|在.{1,20}(?:时|后|期间)，)")
# a paragraph that goes on with the same speech opens with a task: 要…，必须…，第二，… 一是…
_HEADING_OPENING = re.compile(r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、是]|首先[，、])")
_TASK_OPENING = re.compile(r"^(?:[^，。；]{0,12}?(?:要|必须|务必|不能|应当)(?!求|素|点|闻)|第[一二三四五六七八九十]+[，、]|"
                           r"[一二三四五六七八九十]是|希望|我们|我[^，。；们]{0,12}?愿|——)")  # ——: an item of a list
# a name inside a formula is not who speaks: 习近平总书记重要讲话精神, 习近平新时代…思想, 以习近平同志为核心
_FORMULA_AFTER = re.compile(r"^(?:总书记|主席|同志)?(?:重要|关于|的|提出的|新时代|同志为核心|思想|生态文明|法治思想|经济思想|外交思想|强军思想)")
# 提出 reports words only before a task, a hope or a list (他提出要…, 提出3点希望): 提出三大倡议，… names a proposal
_PROPOSED = re.compile(r"要|希望|必|应|[几\d一二三四五六七八九十两]+(?:点|条|项)")
# 我愿同习近平主席一道…: a name after 同/与 is the speaker's partner, not a narrative opening
_PARTNER_BEFORE = ("同", "与", "跟")
_FORMULA_BEFORE = ("贯彻", "落实", "学习", "按照", "牢记", "领会", "遵循", "以", "对", "感谢", "按", "确立")


def _foreign_head_before(text: str, start: int) -> bool:
    """Does a foreign state and its head's title stand right before the name at ``start``?"""
    for title in _FOREIGN_HEADS:
        if text.endswith(title, 0, start):
            at = start - len(title)
            return any(text.endswith(c, 0, at) for c in FOREIGN_PLACES if len(c) >= 2)
    return False


def standing_of(state: DocState, person: str) -> str:
    """``province:X``/``city:X`` for a person leading a place, ``national`` for a national post,
    ``unknown`` otherwise.  A place post wins: a provincial secretary on the Politburo speaks
    for his province."""
    national = False
    for post in state.extraction.posts:
        # "汪洋" speaking, known from his titles as the run "汪洋近日": the same person
        if post.person != person and not (len(person) >= 2 and post.person.startswith(person)):
            continue
        place = post.organization.jurisdiction
        if place is not None:
            return f"{place.kind}:{place.name}"
        national = True
    if national:
        return "national"
    text = state.article.text
    spans = state.person_mentions.get(person, [])
    if any(_NATIONAL_TITLE_BEFORE.search(text, max(0, s - 12), s) or _NATIONAL_TITLE_CHAIN.search(text, max(0, s - 60), s)
           for s, _ in spans):
        return "national"  # 全国人大常委会委员长栗战书; 国务院副总理、某某委员会中方主席某某 (a chain of his titles)
    if any(_foreign_head_before(text, s) for s, _ in spans):
        return "national"  # 某国总理X: the head of a named state
    for _s, e in spans:
        m = _NATIONAL_TITLE_AFTER.match(text, e)
        # 栗战书委员长, 习近平总书记; a bare 总理/主席 after a name is as often a foreign leader's (莫迪总理)
        if m is not None and m.group() in _CHINESE_TITLES_AFTER:
            return "national"
    title = state.article.title or ""
    if not spans and any(f"{person}{t}" in title for t in _CHINESE_TITLES_AFTER):
        return "national"  # named only in the title: 习近平总书记在山西考察…
    if _holds_top_office(person, state.article.date):
        return "national"  # 某某同志来到代表团: untitled, but the public record says he leads the state that day
    return "unknown"


def _holds_top_office(person: str, day: date | None) -> bool:
    """Does the public record of national offices (``ontology/office_terms.csv``) say ``person`` held one
    of the leadership's offices on ``day``?  It gives a speaker's rank only, never a post."""
    from kg.nlp.rules import load_rules

    return any(t.person == person and t.held_on(day) for t in load_rules()["office_terms"].terms)


@dataclass
class _Intro:
    kind: str
    name: str | None
    standing: str
    start: int  # the reporting clause
    end: int
    verb: str = ""


class SpeakerFinder:
    """Reporting clauses and their continuation; see the module docstring.  ``continuation`` off
    (an ablation) gives every sentence without a reporting clause to the narrator."""

    def __init__(self, continuation: bool = True, rules: Rules | None = None) -> None:
        self.continuation = continuation
        cues = (rules if rules is not None else load_rules())["commitments"]
        # 发表声明, 发布消息, 在会上发言 …: the act between a body and the verb that reports its words
        acts = "|".join(re.escape(c) for c in cues.statement_act) or "(?!)"
        self._act = re.compile(rf"(?:{acts})$")
        self._resolved = self._act  # …通过决议，要求…: the act that makes the words the body's own
        # the verbs by which a body directs in the clause that names it (某部部署…, 某国政府敦促…)
        self._body_directs = tuple(sorted({*cues.directive_verb, *cues.body_directs}, key=len, reverse=True))
        self._body_directs_re = re.compile("|".join(re.escape(v) for v in self._body_directs) or "(?!)")
        self._spokesman = tuple(cues.spokesman)
        # 某某建议：——…: a proposal that a colon opens reports words (建议 elsewhere is mostly the noun: 意见建议)
        self._proposes = tuple(cues.proposes)
        # 某某就…提出四点建议。: a person announces a list at the end of a narrated sentence
        self._announces = re.compile(rf"(?:{'|'.join(map(re.escape, cues.list_announce_verb)) or '(?!)'})了?"
                                     rf"(?:[一二三四五六七八九十两\d]+点)?[^，。；：:]{{0,8}}?"
                                     rf"(?:{'|'.join(map(re.escape, cues.list_announce_noun)) or '(?!)'})[。：:]?\s*$")

    def _last_person_before(self, state: DocState, offset: int) -> str | None:
        """The person named last before ``offset``, not counting names inside formulas."""
        text = state.article.text
        best: tuple[int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, e in spans:
                # 重温毛泽东等老一辈革命家…的经历。他说，…: a name heading a class (X等…) is not who goes on
                if (s < offset and (best is None or s > best[0]) and not _in_formula(text, s, e)
                        and not text.startswith("等", e)):
                    best = (s, person)
        return best[1] if best else None

    def _first_person_in(self, state: DocState, start: int, end: int) -> tuple[int, int, str] | None:
        text = state.article.text
        first: tuple[int, int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, e in spans:
                if start <= s < end and (first is None or s < first[0]) and not _in_formula(text, s, e):
                    first = (s, e, person)
        return first

    def _person_clause(self, state: DocState, text: str, cs: int, ce: int) -> tuple[_Intro, int] | None:
        """"李强说", "习近平在听取…汇报时强调", "他强调", "他希望云南…": the speaker and where the
        reported words start."""
        clause = text[cs:ce].rstrip()
        stripped = clause.strip()
        lead = cs + len(clause) - len(clause.lstrip())
        verb = next((v for v in SPEECH_VERBS if clause.endswith(v)), None) if clause.endswith(SPEECH_VERBS) else None
        if verb is None and clause.endswith(self._proposes) and text[ce:ce + 1] in ("：", ":"):
            verb = next(p for p in self._proposes if clause.endswith(p))
        if verb is not None and clause[: -len(verb)].endswith(_NEGATIONS):
            verb = None  # 特朗普未表示…: no words reported
        if verb is not None and len(stripped) <= _MAX_OCCASION_CLAUSE:
            found = self._who(state, text, lead, cs + len(clause) - len(verb))
            if found is not None:
                return _Intro("person", found, standing_of(state, found), cs, ce, verb), ce
            body = self._body_clause(state, text, cs, ce, len(verb)) if len(stripped) <= _MAX_SPEAKER_CLAUSE else None
            if body is not None:
                body.verb = verb
                return body, ce
            if verb in OTHER_VERBS and self._other_head(stripped[: -len(verb)]) and not stripped.startswith(PRONOUNS):
                return _Intro("other", stripped[: -len(verb)], "unknown", cs, ce, verb), ce
        if _INLINE_VERB_RE.search(text, lead, min(ce, lead + _MAX_SPEAKER_CLAUSE)) is None:
            return self._body_directing(state, text, cs, ce, lead)  # no inline verb of a person's in reach
        for v in INLINE_VERBS:  # 他希望云南…, 李强…强调能源稳供是…，今年要…
            i = text.find(v, lead, min(ce, lead + _MAX_SPEAKER_CLAUSE))
            if (i <= lead or i + len(v) >= ce or text[i + len(v)] in "、，；的" or text[max(0, i - 2):i].endswith(_NEGATIONS)
                    or (v == "提出" and not _PROPOSED.match(text, i + len(v)) and text[ce:ce + 1] not in "：:")):
                # 提出明确要求、作出全面部署: a noun, no reported words; 未表示…: none said; 习近平主席提出的倡议,
                # 某某提出三大倡议: a proposal named (the topic of another speaker's words), no words reported
                continue
            found = self._who(state, text, lead, i)
            if found is not None:
                start = i if v in ("希望", "期待") else i + len(v) - (1 if v == "说要" else 0)
                return _Intro("person", found, standing_of(state, found), cs, ce, v), start
            if v == "表示" and _COLLECTIVE.search(text[lead:i]):  # 广大青年表示要…: a collective's words
                return _Intro("other", text[lead:i], "unknown", cs, ce, v), i + len(v)
        return self._body_directing(state, text, cs, ce, lead)

    def _other_head(self, head: str) -> bool:
        """May ``head`` (the words before a speech verb that name no person and no known body) speak as
        someone unnamed: a short head (中国代表, 某国媒体), or a body's longer name with the act that made its
        words (某国某委员会发布消息, 某某公署发言人发表谈话)?"""
        if 0 < len(head) <= 20:
            return True
        return (len(head) <= _MAX_BODY_HEAD and "的" not in head
                and (self._act.search(head) is not None or head.endswith(self._spokesman)))

    def _body_directing(self, state: DocState, text: str, cs: int, ce: int, lead: int) -> tuple[_Intro, int] | None:
        """"某部部署…", "某国总统府和政府13日敦促某组织…", "某国方面呼吁…": a body (an organisation the gazetteer
        knows, a state, a named body) that directs in the clause that names it speaks; the words start after
        the verb.  A known organisation speaks as itself; a state or another name speaks as ``other``, for the
        statement rules to resolve (a state's side, a named body, or nobody)."""
        found = self._body_directs_re.search(text, lead + 2, min(ce, lead + _MAX_BODY_HEAD + 1))
        if found is None or found.end() >= ce:
            return None
        at, v = found.start(), found.group()
        head = text[lead:at]
        name = head[: _BODY_DIRECTS_GAP.search(head).start()]  # type: ignore[union-attr]
        if len(name) < 2 or any(lead <= s0 < at for spans in state.person_mentions.values() for s0, _ in spans):
            return None
        known = self._known_bodies(state, text, lead, lead + len(name))
        if known is not None:
            return _Intro("body", known, "organization", cs, ce, v), at + len(v)
        if re.search(r"[的，、]|[们者]$", name) and not re.fullmatch(r"[^的，]{2,20}(?:和|、)[^的，]{2,8}", name):
            return None  # 与会代表呼吁…, 某某的支持者要求…: people, no body
        if name.startswith(_FOREIGN_STARTS) and len(name) <= 20:
            return _Intro("other", name, "unknown", cs, ce, v), at + len(v)
        if _tagged_body(text, lead, lead + len(name)) == name:  # 某国际组织呼吁…: a body the tagger names
            return _Intro("body", name, "organization", cs, ce, v), at + len(v)
        return None

    def _known_bodies(self, state: DocState, text: str, start: int, end: int) -> str | None:
        """The organisations the gazetteer knows that fill ``text[start:end]`` exactly (某部、某委), joined by 、."""
        names: list[str] = []
        pos = start
        while pos < end:
            m = next((x for x in state.mentions_starting(pos, pos + 1) if x.kind == "org"), None)
            # 国务院联防联控机制近日要求: a body named by its shape that opens with a known one speaks as itself
            m = (state.org_starting(pos, m.end) or m) if m is not None else None
            if m is None:
                return None
            names.append(m.value)
            pos = m.end
            if pos < end and text[pos] in "、和":
                pos += 1
        return "、".join(names) if names and pos == end else None

    def _who(self, state: DocState, text: str, lead: int, verb_at: int) -> str | None:
        """The person a reporting clause names before its verb: a name (with only a place, time or
        audience between it and the verb), or 他/她 for the person named last."""
        head = text[lead:verb_at]
        if head.startswith(_GROUP_PRONOUNS):
            return None  # 他们认为: a group speaks, not the person named last
        if head.startswith(PRONOUNS) and len(head) <= 6 and "的" not in head:
            return self._last_person_before(state, lead)
        first = self._first_person_in(state, lead, verb_at)
        if first is None:
            return (self._name_prefix(state, head.strip()) or self._titled(state, head.strip())
                    or self._author(state, head.strip(), lead))
        between = text[first[1]:verb_at]
        before = text[lead:first[0]]
        if (len(between) > _MAX_SPEECH_GAP or "的" in between) and not _OCCASION.fullmatch(between):
            return None  # 某某同…代表座谈时强调: the occasion he spoke on may be long
        if len(before) > 12 and not _TITLE_END.search(before):  # a title chain may stand before the name
            return None
        return first[2]

    def _author(self, state: DocState, head: str, before: int = -1) -> str | None:
        """"文章指出" after "《求是》杂志将发表…习近平的重要文章《…》": the article's author speaks; "批示指出"
        after "国务院总理某某作出重要批示。": the one who made it (the person named last before, in a sentence
        that says he made, sent or delivered it)."""
        work = head[2:] if head.startswith("重要") else head
        if work in _WORKS:
            text = state.article.text
            cue = re.compile(rf"(?:作出|作了|发来|致|发表)[^。]{{0,30}}?{work}")
            made = [(ss, se) for ss, se in state.sentences if ss < before and cue.search(text, ss, min(se, before))]
            if not made:
                return None
            ss, se = made[-1]
            names = [(s0, p) for p, spans in state.person_mentions.items() for s0, _ in spans if ss <= s0 < se]
            return max(names)[1] if names else None
        if head not in _ARTICLE:
            return None
        text = state.article.text
        for ss, se in state.sentences[:3]:  # the lead names the article and its author
            m = _PUBLISHED.search(text, ss, se)
            if m is not None:
                names = [(s0, p) for p, spans in state.person_mentions.items() for s0, _ in spans if ss <= s0 < m.end()]
                return max(names)[1] if names else None
        return None

    def _titled(self, state: DocState, head: str) -> str | None:
        """"总书记" in "总书记强调" (a reaction report): the one person the report names with that title
        right after his name (习近平总书记)."""
        if not 2 <= len(head) <= 4 or not _TITLE_END.search(head):
            return None
        text = state.article.text
        who = {p for p, spans in state.person_mentions.items() if any(text.startswith(head, e) for _, e in spans)}
        if not who and head in _CHINESE_TITLES_AFTER:
            # a reaction report whose text says only 总书记: the one name its title gives the title to
            # (…——习近平总书记在山西考察引起热烈反响)
            who = {m.group(1) for m in re.finditer(rf"([\u4e00-\u9fff]{{3}}){head}", state.article.title or "")}
        return who.pop() if len(who) == 1 else None

    def _name_prefix(self, state: DocState, head: str) -> str | None:
        """"汪洋" in "汪洋强调" when the names component knows the person only as a longer run
        ("汪洋近日"): the known name that starts with the head of the clause."""
        if not 2 <= len(head) <= 3:
            return None
        return head if any(p.startswith(head) and p != head for p in state.person_mentions) else None

    def _body_clause(self, state: DocState, text: str, cs: int, ce: int, verb_len: int) -> _Intro | None:
        """"国家电网表示", "长三角地区干部群众表示": a place, region or organisation speaking; "当地干部
        群众表示": the one province the report's title names."""
        lead = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
        publisher = self._publisher(state, text[lead:ce - verb_len].strip())
        if publisher is not None:  # 白皮书指出: its publisher speaks
            return _Intro("body", publisher, "organization", cs, ce)
        local = _LOCAL_PEOPLE.match(text, lead, ce - verb_len)
        if local is not None and local.end() == ce - verb_len:
            place = _title_province(state)
            return _Intro("body", place, "province", cs, ce) if place is not None else None
        m = next((m for m in state.mentions if m.start == lead and m.kind in ("province", "city", "region", "org")),
                 None)
        # 国务院联防联控机制近日要求: the body named by its shape, not the known place or body its name opens with
        m = (state.org_starting(lead, m.end) or m) if m is not None else None
        if m is None:
            return None
        names = [m.value]
        end = m.end
        while text[end:end + 1] in ("、", "和"):  # 金融监管总局、证监会表示
            nxt = next((x for x in state.mentions if x.start == end + 1 and x.kind == m.kind), None)
            if nxt is None:
                break
            names.append(nxt.value)
            end = nxt.end
        between = text[end:ce - verb_len]
        if (len(between) > 8 or "的" in between) and not _PLACED_PEOPLE.match(between):
            return None  # 甘肃的干部群众表示: the place's people speak for it
        kind = "organization" if m.kind == "org" else m.kind
        return _Intro("body", "、".join(names), kind, cs, ce)

    def _publisher(self, state: DocState, head: str) -> str | None:
        """"白皮书指出", "公告称" after "某某办公室今天发布《…》白皮书": the body the lead says published
        the document speaks in its words (the first body named before the verb that publishes it)."""
        if head not in _DOCUMENTS:
            return None
        text = state.article.text
        for ss, se in state.sentences[:3]:
            m = re.search(rf"(?:发布|发表|公布|印发)[^。]{{0,60}}?{head}", text[ss:se])
            if m is None:
                continue
            bodies = [x for x in state.mentions if x.kind == "org" and ss <= x.start and x.end <= ss + m.start()]
            if not bodies:
                return None
            first = min(bodies, key=lambda x: (x.start, x.start - x.end))
            # 国务院新闻办公室: an office of the body the gazetteer knows, written on after its name
            office = _OFFICE_AFTER.match(text, first.end, ss + m.start())
            return text[first.start:office.end()] if office is not None else first.value
        return None

    def _learned_from(self, state: DocState, text: str, cs: int, ce: int) -> _Intro | None:
        """"记者今天从商务部了解到，": the body the reporter learned it from speaks."""
        m = _LEARNED_FROM.search(text, cs, ce)
        if m is None or text[m.end():ce].strip():
            return None
        hit = next((x for x in state.mentions if x.start == m.start(1) and x.end == m.end(1)
                    and x.kind in ("province", "city", "org")), None)
        if hit is None:
            return None
        return _Intro("body", hit.value, "organization" if hit.kind == "org" else hit.kind, cs, ce)

    def _intro(self, state: DocState, text: str, ss: int, se: int) -> tuple[_Intro, int] | None:
        """The sentence's reporting clause (the first one) and where the reported content starts."""
        clauses = split_clauses(text, ss, se)
        for k, (cs, ce) in enumerate(clauses):
            clause = text[cs:ce].strip()
            lead = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
            learned = self._learned_from(state, text, cs, ce) if k <= 1 else None
            if learned is not None:
                return learned, ce
            cue = MEETING_CUE.match(clause)
            if cue is not None and clause.startswith("全会") and not self._plenary(state):
                cue = None  # 全会决定…进行了部署 in a speech at another meeting: a plenum's document, not this meeting
            if cue is not None and "通过" in cue.group():
                # 会议审议通过《…条例（草案）》，指出要…: what the meeting says after the adoption is its own word
                said = next(((c0, c1) for c0, c1 in clauses[k + 1:]
                             if text[c0:c1].lstrip().startswith(("指出", "强调", "要求"))), None)
                if said is not None:
                    at = said[0] + len(text[said[0]:said[1]]) - len(text[said[0]:said[1]].lstrip())
                    return _Intro("meeting", None, "meeting", lead, at + 2, f"会议{text[at:at + 2]}"), at + 2
            if cue is not None:
                return _Intro("meeting", None, "meeting", lead, lead + cue.end(), cue.group()), lead + cue.end()
            verb = next((v for v in LEADING_VERBS if clause.startswith(v)), None) if clause.startswith(LEADING_VERBS) else None
            found = self._person_clause(state, text, cs, ce) if verb is None or k == 0 else None
            if found is not None:
                # 某国外交部发表声明说，该国外长某某…通电话时，呼吁某国…: the person its words report calls on others
                return found if found[0].kind == "person" else (self._inner_caller(state, text, clauses, k) or found)
            if verb is not None and k > 0 and _chaired(text, ss, cs, verb, lead_sentence=ss == state.sentences[0][0]):
                # 李强主持召开国务院常务会议，要求…: the meeting decides, not its chair
                return _Intro("meeting", None, "meeting", lead, lead + len(verb), f"会议{verb}"), lead + len(verb)
            if verb is not None and k > 0 and _MEETING_SUBJECT.match(text, ss, cs):
                # 会议传达学习了习近平总书记的重要讲话精神，…，强调…: the meeting the sentence opens with speaks
                return _Intro("meeting", None, "meeting", lead, lead + len(verb), f"会议{verb}"), lead + len(verb)
            if verb is not None and k > 0:  # 习近平…作出重要指示，强调…: the subject of the clause before
                who = self._first_person_in(state, ss, cs)
                c0, c1 = clauses[k - 1]
                head = c0 + len(text[c0:c1]) - len(text[c0:c1].lstrip())
                body = next((m for m in state.mentions if m.start == head and m.kind == "org"), None)
                body = (state.org_starting(head, body.end) or body) if body is not None else None
                if (body is not None and (who is None or who[0] >= body.end)
                        and not _TITLE_END.search(text, body.end, who[0] if who else body.end)):
                    # 教育部回应某某代表，表示将…: the body the sentence opens with speaks, not the person it answers
                    return (_Intro("body", body.value, "organization" if body.kind == "org" else body.kind, lead,
                                   lead + len(verb), verb), lead + len(verb))
                tagged = (_tagged_body(text, head, c1) if body is None and who is None and verb in self._body_directs
                          and self._resolved.search(text, head, c1) else None)
                if tagged is not None:  # 某国际组织大会…通过决议，要求某国…: a body the tagger names (ORG), by its act
                    return _Intro("body", tagged, "organization", lead, lead + len(verb), verb), lead + len(verb)
                opening = text[ss:cs].lstrip("　 ")
                named = next((d for d in sorted(_DOCUMENTS, key=len, reverse=True) if opening.startswith(d)), None)
                publisher = self._publisher(state, named) if who is None and named is not None else None
                if publisher is not None:  # 白皮书阐明…，呼吁…: the document's publisher
                    return (_Intro("body", publisher, "organization", lead, lead + len(verb), verb),
                            lead if verb == "希望" else lead + len(verb))
                if who is not None:
                    start = lead if verb == "希望" else lead + len(verb)
                    return _Intro("person", who[2], standing_of(state, who[2]), lead, lead + len(verb), verb), start
        return None

    def _inner_caller(self, state: DocState, text: str, clauses: list[tuple[int, int]],
                      k: int) -> tuple[_Intro, int] | None:
        """In the words a body reports (clause ``k`` its reporting clause), a person named at the head of a clause
        (after his title, with the occasion he spoke on) whose next clause opens with a verb of calling on others
        (呼吁, 敦促, 要求): he makes the call, and his words start after the verb."""
        for j in range(k + 2, min(len(clauses), k + 4)):
            c0, c1 = clauses[j]
            lead = c0 + len(text[c0:c1]) - len(text[c0:c1].lstrip())
            verb = next((v for v in self._body_directs if text.startswith(v, lead) and v in LEADING_VERBS), None)
            p0, p1 = clauses[j - 1]
            head = p0 + len(text[p0:p1]) - len(text[p0:p1].lstrip())
            who = self._who(state, text, head, p1) if verb is not None else None
            if who is not None:
                return _Intro("person", who, standing_of(state, who), lead, lead + len(verb), verb), lead + len(verb)  # type: ignore[arg-type]
        return None

    def reporting_clause(self, state: DocState, ss: int, se: int) -> tuple[str, str | None, int, int] | None:
        """The reporting clause of the sentence ``ss``–``se`` as (kind, name, clause start, clause end),
        None when it has none: the one reading of "who is the subject of a reporting verb here" that
        ``kg_events`` asks too (a speaker of the event the sentence belongs to)."""
        found = self._intro(state, state.article.text, ss, se)
        if found is None:
            return None
        intro = found[0]
        return intro.kind, intro.name, intro.start, intro.end

    def _plenary(self, state: DocState) -> bool:
        """Does the report tell of a plenary session (全会, 全体会议), so that "全会指出，…" is its own?"""
        labels = [e.label for e in state.extraction.events] + [state.article.title or ""]
        return any("全会" in x or "全体会议" in x for x in labels)

    def _narrative(self, state: DocState, text: str, ss: int, se: int, facts: set[int]) -> bool:
        """Does the narrator speak in this sentence (an event, an attendance, a name or a time first)?  Not
        when it speaks to someone (你/您 outside quotes: "您访华期间，某某主席同你举行会见…"): the narrator
        addresses nobody, the words go on."""
        head = text[ss:se].lstrip("　 ")
        if _ADDRESSED.search(_UNQUOTED.sub("", head)):
            return False
        if ss in facts:
            return True
        if _TIME_OPENING.match(head) or head.startswith(("总书记", "习近平总书记")):
            return True
        for _person, spans in state.person_mentions.items():
            for s, e in spans:
                if ss <= s < min(se, ss + 12) and not _in_formula(text, s, e) and text[s - 1:s] not in _PARTNER_BEFORE:
                    # a name (after at most a title) opens the sentence: "李强主持会议", "上海市委书记李强…"
                    return True
        return False

    def find(self, state: DocState) -> list[SentenceSpeaker]:
        text = state.article.text
        facts = {state.evidence_at(e.evidence.start).start for e in state.extraction.events}
        facts |= {state.evidence_at(p.evidence.start).start for p in state.extraction.participations}
        paragraph_starts = {s for s, _ in state.paragraphs}
        out: list[SentenceSpeaker] = []
        current: SentenceSpeaker | None = None
        for i, (ss, se) in enumerate(state.sentences):
            found = self._intro(state, text, ss, se)
            if found is not None:
                intro, body = found
                current = SentenceSpeaker(i, intro.kind, intro.name, intro.standing, True, body,
                                          intro.start, intro.end, intro.verb)
                out.append(current)
                continue
            if ss in paragraph_starts and not _TASK_OPENING.match(text[ss:se]):
                current = None  # a new paragraph that sets no task: the speech is over
            if current is not None and self.continuation and not self._narrative(state, text, ss, se, facts):
                out.append(SentenceSpeaker(i, current.kind, current.name, current.standing, False, ss, -1, -1,
                                           current.verb))
                continue
            current = self._announcer(state, text, i)
            out.append(SentenceSpeaker(i, "none", None, "", False, ss, -1, -1))
        return out

    def _announcer(self, state: DocState, text: str, i: int) -> SentenceSpeaker | None:
        """"某某就…提出建议。一是…。": a narrated sentence in which the person it opens with announces a list,
        followed by a heading — the person speaks on from the heading (as after "某某强调，"), else nobody."""
        ss, se = state.sentences[i]
        if i + 1 >= len(state.sentences) or not self._announces.search(text, ss, se):
            return None
        nxt = text[state.sentences[i + 1][0]:state.sentences[i + 1][1]].lstrip()
        if not _HEADING_OPENING.match(nxt):
            return None
        first = self._first_person_in(state, ss, min(se, ss + 12))
        if first is None:
            return None
        return SentenceSpeaker(i, "person", first[2], standing_of(state, first[2]), False, ss, -1, -1, "提出")


def _tagged_body(text: str, start: int, end: int) -> str | None:
    """The organisation the statistical tagger reads at ``start`` (its first word tagged ORG, three characters
    or more: 联合国大会, 世界卫生组织), within ``text[start:end]``; asked only where a body's verb of directing
    follows and the gazetteer knows no body there."""
    from kg.nlp.tagger import lac_tagger

    words = lac_tagger().run(text[start:min(end, start + 20)]) if end - start >= 3 else []
    return str(words[0][0]) if words and str(words[0][1]) == "ORG" and len(str(words[0][0])) >= 3 else None


def _title_province(state: DocState) -> str | None:
    """The one province the report's title names (…在甘肃考察引发热烈反响 → 甘肃), if exactly one."""
    from kg.reference import get_reference

    title = state.article.title or ""
    found = {p.short for p in get_reference().provinces for n in p.names if len(n) >= 2 and n in title}
    return found.pop() if len(found) == 1 else None


def _chaired(text: str, ss: int, cs: int, verb: str, lead_sentence: bool = False) -> bool:
    """"…主持召开国务院常务会议，要求…": a chair's clause that ends with the meeting and no speech
    of his own, before a 要求 — the meeting's requirement.  In the report's lead, the meeting's agenda
    may stand between ("…主持召开国务院全体会议，深入学习…精神，强调要…"): still the meeting's."""
    before = text[ss:cs].rstrip("，、 ")
    chaired = _CHAIRED_MEETING.search(before)
    if chaired is None or _OWN_SPEECH.search(before) or verb not in ("要求", "强调"):
        return False
    if verb == "要求" and before.endswith(("会议", "全会")):
        return True
    return lead_sentence and before[chaired.end():].startswith("，")


def _in_formula(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` part of a formula (习近平总书记重要讲话精神, 以习近平同志为核心)?"""
    return bool(_FORMULA_AFTER.match(text[end:end + 8])) or text[max(0, start - 4):start].endswith(_FORMULA_BEFORE)


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

    def __init__(self, nlp: Language, name: str, continuation: bool = True, rules: Rules | None = None) -> None:
        self.name = name
        self.finder = SpeakerFinder(continuation, rules)

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        state.sentence_speakers = self.finder.find(state)
        doc.spans[SPANS_KEY] = speaker_spans(doc, state.sentence_speakers)
        return doc


@Language.factory("kg_speakers", default_config={"continuation": True, "rules": RULES_CONFIG})
def make_speakers(nlp: Language, name: str, continuation: bool, rules: Rules) -> SpeakerRecognizer:
    return SpeakerRecognizer(nlp, name, continuation, rules)
