"""Commitments (who pledged what) and directives (who set whom a task): one statement per sentence.

Who speaks in each sentence comes from ``kg_speakers`` (``DocState.sentence_speakers``: a
person with his standing, a meeting, a body, the narrator); this component reads the sentence's
task clauses (要/必须/将 …, imperative lists, negative imperatives, 一是… headings) and decides,
by the speaker (``../shared/statements-guide.md`` and the settled calls of ``eval/ANNOTATING.md``):

* **A national leader** (习近平, the Premier, a PSC member …): a task-setting sentence (要…,
  我们要/我们必须…) is his directive (call 1); his pledge for the body he heads or speaks for
  (我们将…, 中央政府将…, 中国将…, 党中央将…) is that body's commitment (call 1 narrowed).  Another
  national official (a minister, the Chief Justice) also states his body's plans in its work report.
* **A provincial or city leader**: "我们要…/上海将…" commits his place; a subordinate body or
  another place he tasks is his directive's addressee.
* **A meeting**: a superior body's (中共中央政治局, 国务院常务会议, a leading group, 中央…工作会议)
  resolutions and measures are its directives (its lead that 部署/确定 work too, call 3); its own
  steps (a plan adopted, a draft submitted, its session convened) its commitments.  A meeting of
  peers commits its participating provinces (or the region that is the subject of its clauses); a
  democratic party's plenary, the party.
* **A body or nobody**: "宣城市将…", "国铁集团将…" (a named body: ``body_suffix``), "双方将…" after
  a signing (the signing parties), "三地将…" (the places named before) are commitments; "希望X…"
  is a directive to X by whoever speaks.  A person of unknown standing pledges only for the body
  named with him (星河集团董事长某某说，我们将…); a foreign writer's "中国将…" is his opinion.

* **States at talks** (settled call 9; ``ontology/countries.csv``): "中方愿/将…", "中国将…", "我愿同您
  一道…" said by a Chinese leader at a 会见/会谈/通电话/会晤 are China's commitments (the organisation
  中华人民共和国, which gold writes 中国), a foreign leader's "越方愿…"/"越南将…"/"我愿…" his state's (his
  state is the one his title names: 越南总理某某); "双方/两国/中越要/应…" and "我们要…" at talks with one
  partner state are the leader's directive to both states; the pledge list of a leader at talks runs
  on through the subjectless sentences that follow it; an agreement signed at talks binds both states.
  A side (越, 印尼) is read only when the report names that state; 双方 only when the title names one
  partner.
* **A national body's notice**: "中共中央、国务院印发…，并发出通知，要求…", "通知要求，…" and the
  sentences of tasks that follow are directives of the first body named.

* **A body the gazetteer does not know** (a company, a bank) or its spokesman (负责人, 董事长, 发言人)
  speaks as that body: "中国中车集团表示，将…", "X公司负责人表示，公司将…" are its commitments; a class
  ("政府部门将…") binds nobody; "中国将…", "我国将…", "国家将…" name China whoever speaks (call 11).

Neither: forecasts (预计/有望…将, 将覆盖/达到…, 将始终是…, 还将继续取得…), effects judged (将对…产生影响,
将有利于…, 将为…打下基础), the disposal 将 (= 把: 将…提升为…, 将…政治化, 将…置于…, 将…推迟到…), a
released document's content (发布了《…》…), questions, recalled past (时任, 十年来, a paragraph opening with
an earlier year), beliefs (我坚信…, 相信…), judgements and definitions (…是…, …就是…).  A pledge list ends
at a belief, an assessment (这将有利于…), a predicting clause or a description (这些材料是…).

Addressees are the parties a directive tasks, resolved through the entity layer: the subject of its task
clause (X要/应/必须…, also a place described over clauses before it: 某省是…，具有…，要…), or the object of a
directing verb (希望/要求/敦促/呼吁 X…, also in a later clause of the words: …，敦促某国…) — a place, a state (its
people: 呼吁某国民众… → the state), a state's body named with it (某国海军) or without it (敦促国会… → the
speaker's state's; 希望参议院… at talks → the partner's), the two states' parties (中越两党), a body the tagger
reads as ORG (要求北约…).  A spokesman's task for a state is his body's directive (外交部发言人…表示，某方应…);
a state's unnamed representative speaks for the state (中国代表…表示).

Addressees are identifiable actors only (call 2): places, persons, named bodies and collectives
expanded to places (三省一市 → 上海 江苏 浙江 安徽); a class (有关部门, 各级党委, 广大干部:
``class_prefix`` and the addressee table) still makes a sentence a directive but is not recorded;
a placed class is recorded as its place (江苏各级党委 → 江苏).

``actions`` holds one verb phrase per task clause: the verb phrase before the first project the
clause names (加快建设, 扎实推进) or, for a clause naming no project, the clause's words; a partner
(同中方加强… → 加强) is no part of it and a clause of company alone (同老方一道，…) is no action.

Every cue list is a row of ``ontology/commitment_cues.csv`` (``kind`` column), read once through
:mod:`kg.nlp.rules`.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.literals import alternation
from kg.nlp.projects import ProjectMention, pos_tokens, project_mentions
from kg.nlp.rules import RULES_CONFIG, Rules, load_rules, rule_table
from kg.nlp.segment import ClauseCuts, split_clauses
from kg.nlp.state import DocState, Mention, SentenceSpeaker
from kg.nlp.statement_kind import ModelPolicy, sentence_scores
from kg.nlp.tagger import lac_tagger, word_tags
from kg.records import AgentRef, CommitmentRecord, DirectiveRecord, EventRecord, Evidence
from kg.reference import NationalBody, Reference, default_ontology_dir, get_reference

_VERBISH = frozenset({"v", "vd", "vn", "vi", "d", "ad", "a", "i", "c"})
_VERB = frozenset({"v", "i"})
_LEADING_VERB = frozenset({"v", "i", "vn", "vd", "vi"})
_MAX_ACTION = 80  # a clause's words kept as its action, cut between words
_MAX_SHORT_ACTION = 10
_EDGE_TAGS = frozenset({"p", "c", "uj", "u", "x"})
_MAX_SUBJECT = 16
_MAX_SPEAKER_CLAUSE = 60  # 中共中央总书记、国家主席…习近平在听取…汇报时强调
_MAX_SPEECH_GAP = 20


def _words(cues: Sequence[str]) -> str:
    """The alternation of ``cues`` in their order (a regex never matches it when there are none)."""
    return "|".join(re.escape(c) for c in cues) or "(?!)"


@dataclass(frozen=True)
class Addressee:
    surface: str
    agent_kind: str  # organization | leading_group | sar (特区政府: the SAR the report names)
    value: str
    subordinate: bool


# kinds read as plain tuples, longest cue first (after the ones ``from_rows`` names one by one)
_TABLE_KINDS = ("joiner", "task_opener", "weak_opener", "body_instructs", "opinion_verb", "circumstance", "directive_verb",
                "order_verb", "not_party", "not_subject", "narrative_opener", "verb_noun", "manner", "preposition",
                "list_breaker", "connective", "partner_prep", "together", "disposal_end", "effect_verb", "effect_noun",
                "assessment", "belief", "benefit_verb", "spokesman", "negation", "condition", "condition_end", "courtesy", "review", "diplomacy_media",
                "not_body_end", "plan", "not_agentive", "judgement_end", "judgement_link", "decision_noun",
                "nation", "quoted_source", "quoted_verb", "maxim", "body_tag", "proper_tag", "body_announces",
                "all_states", "coordinator", "statement_act", "body_directs", "states_parties", "home_party",
                "state_body_end", "greeting", "parliament", "document_noun", "document_says", "narrator_line",
                "own_initiative", "purpose_marker", "programme_noun", "represents", "represents_act",
                "list_announce_verb", "list_announce_noun", "recount", "wish_opener", "proposes", "own_place_body",
                "visit_verb", "call_adverb", "praise")


# kinds read in the CSV's order (each becomes one alternation of a regex, in that order)
_ORDERED_KINDS = ("class_after", "task_after", "relation_side", "relation", "head_of_state", "states_body",
                  "not_a_title", "time_lead", "agenda", "title_word", "says", "said_lead", "time_only",
                  "circumstance_end", "coming", "reached", "brings", "party_end", "unnamed_body_end", "plan_basis",
                  "plan_text", "plan_says", "looking_back", "said_when", "and_others")


_SIMPLE_KINDS = ("resolution", "pledge", "future", "not_pledge", "speech", "first_person",
                 "decision", "decision_verb", "pronoun", "hope", "state", "distributive", "body_suffix",
                 "class_prefix", "anaphor", "prediction", "document", "disposal_verb", "prediction_verb", "event_suffix",
                 "volition", "state_volition", "obligation", "diplomacy", "state_title", "state_organ", "signing", "agreement", "party",
                 "notice_verb", "notice_cue", *_TABLE_KINDS, *_ORDERED_KINDS)


@dataclass(frozen=True)
class Country:
    """A state as a party to talks (ontology/countries.csv): ``label`` the organisation's label
    (中华人民共和国, 越南), ``names`` every written form, ``sides`` the one- or two-character forms of
    "X方" and of compounds such as 中越 (越), read only when the country is named in the report."""

    label: str
    names: tuple[str, ...]
    sides: tuple[str, ...]


@dataclass(frozen=True)
class CommitmentCues:
    resolution: tuple[str, ...]
    pledge: tuple[str, ...]
    future: tuple[str, ...]
    not_pledge: tuple[str, ...]
    speech: tuple[str, ...]
    first_person: tuple[str, ...]
    addressees: dict[str, Addressee]
    # 会议确定/决定/部署：what follows is decided, with or without 要
    decision: tuple[str, ...] = ()
    # 部署/确定/决定 opening a clause of the sentence that reports a meeting
    decision_verb: tuple[str, ...] = ()
    # 他/她 + speech verb: the person last named goes on speaking
    pronoun: tuple[str, ...] = ()
    # 希望 + addressee: a task set for that addressee
    hope: tuple[str, ...] = ()
    # 国家将… in a national leader's speech: a pledge of the body he speaks for
    state: tuple[str, ...] = ()
    # 各级/各 before an addressee (各级各有关方面 = 有关方面)
    distributive: tuple[str, ...] = ()
    # the last word of a named body's name (国铁集团, 宣城市文旅局 …): "X集团将…" is its own pledge
    body_suffix: tuple[str, ...] = ()
    # a class, not a named actor: 各级党委, 有关部门, 广大干部 (never recorded as an addressee)
    class_prefix: tuple[str, ...] = ()
    # 双方/三地…将: the parties named before (a signing, the places of the paragraph)
    anaphor: tuple[str, ...] = ()
    # 预计/有望 … 将: a forecast, not a pledge
    prediction: tuple[str, ...] = ()
    # 发布/印发《…》: what follows is the document's content
    document: tuple[str, ...] = ()
    # how many parties an anaphor stands for (双方 2, 三地 3)
    anaphor_count: dict[str, int] = field(default_factory=dict)
    # 将 + object + 降/扩充 + 为/至…: the disposal 将 (= 把), an action done, not a pledge
    disposal_verb: tuple[str, ...] = ()
    # X将 + 迎来/实现…通达: what will happen, not what X pledges
    prediction_verb: tuple[str, ...] = ()
    # 纪念活动, 博览会: an event, never an addressee (希望纪念活动凝聚…)
    event_suffix: tuple[str, ...] = ()
    # 中方愿…, 我愿同您一道…: a pledge (settled call 9), after a country or a first person only
    volition: tuple[str, ...] = ()
    # 越方期待同中方…, 泰方致力于…: a state's pledge at talks only (elsewhere 致力于 describes, 期待 hopes)
    state_volition: tuple[str, ...] = ()
    # 双方应…, 中日应该…: a task, after a country subject only (应 alone opens 应对, 应邀 elsewhere)
    obligation: tuple[str, ...] = ()
    # 会见/会谈/通电话/会晤 in the title or the main event: a report of talks between states
    diplomacy: tuple[str, ...] = ()
    # 总统, 总理, 外长 …: a title by which a foreign person speaks for his state at talks
    state_title: tuple[str, ...] = ()
    # 伊朗政府将…, 中国党和政府…愿…: the state itself (call 9: one name per country)
    state_organ: tuple[str, ...] = ()
    # 签署/签订 … 合作文件/协议: an agreement signed at talks binds both states
    signing: tuple[str, ...] = ()
    agreement: tuple[str, ...] = ()
    # 中国共产党, 各民主党派, 全国工商联: parties named as such, recorded as addressees (not a class)
    party: tuple[str, ...] = ()
    # 中共中央、国务院印发…，并发出通知，要求…; 通知要求，…: a national body's notice sets tasks (its directives)
    notice_verb: tuple[str, ...] = ()
    notice_cue: tuple[str, ...] = ()
    countries: tuple[Country, ...] = ()
    # 中国共产党将/愿… → 中共中央: the body that commits for a party named as such (settled call 1)
    speaks_as: dict[str, str] = field(default_factory=dict)
    # 和/、/及 between the agents of one subject (广东、广西和海南要…)
    joiner: tuple[str, ...] = ()
    # clause openers that set a task without 要 (不能, 不得 …); weak ones (确保, 努力 …) only at a
    # sentence's head or after a task
    task_opener: tuple[str, ...] = ()
    weak_opener: tuple[str, ...] = ()
    # the negation a task marker may hold (决不能, 尤其不能): the action keeps it (决不能丧失信心)
    negation: tuple[str, ...] = ()
    # a body's verbs of instruction (中央纪委强调，要…); verbs of opinion (认为, 呼吁): no pledge
    body_instructs: tuple[str, ...] = ()
    opinion_verb: tuple[str, ...] = ()
    # a circumstance before a sentence's subject (面对…，中柬…要…)
    circumstance: tuple[str, ...] = ()
    # 他要求以…为契机: the reported words are a task; 要求/责成 X…: X is tasked
    directive_verb: tuple[str, ...] = ()
    order_verb: tuple[str, ...] = ()
    # words after 希望 that name no party (大家, 同志); words that open no subject (如果, 只有)
    not_party: tuple[str, ...] = ()
    not_subject: tuple[str, ...] = ()
    # verb-led but narrative openings (回顾, 截至, 欢迎): no imperative list
    narrative_opener: tuple[str, ...] = ()
    # what may lead an imperative clause: nouns of action (建设…), of manner (高水平共建), prepositions (把…)
    verb_noun: tuple[str, ...] = ()
    manner: tuple[str, ...] = ()
    preposition: tuple[str, ...] = ()
    # clauses that end a task list (作为…, 随着…); a connective clause alone (同时，…)
    list_breaker: tuple[str, ...] = ()
    connective: tuple[str, ...] = ()
    # 同/与 + a partner (+ 一道/携手): the company an action is done in, not the action or its actor
    partner_prep: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    # 将 + object + 政治化/置于…: a disposal 将 (= 把) completed by the verb alone
    disposal_end: tuple[str, ...] = ()
    # 将对…产生/造成…影响, 将有利于/有助于…: an effect judged, not a pledge
    effect_verb: tuple[str, ...] = ()
    effect_noun: tuple[str, ...] = ()
    assessment: tuple[str, ...] = ()
    # 将为…打下/奠定/开辟…: what something will lay down for others, a prediction
    benefit_verb: tuple[str, ...] = ()
    # 负责人, 董事长, 发言人 …: who speaks for the body named before it (星河集团负责人表示，…)
    spokesman: tuple[str, ...] = ()
    # 我坚信/相信…: a belief, no pledge (相信并期待… is a hope)
    belief: tuple[str, ...] = ()
    # 根据市场需求, 按照…的要求: a clause that only states a condition is no action
    condition: tuple[str, ...] = ()
    condition_end: tuple[str, ...] = ()
    # 感谢/祝贺/欢迎… opening a speaker's own words at talks (他们 subjectless)
    courtesy: tuple[str, ...] = ()
    # 一年来, 过去一年… opening a speech's words: the headings that follow recount the year's work
    review: tuple[str, ...] = ()
    # 接受俄罗斯媒体采访, 在某国媒体发表署名文章: words between two states when the title names one foreign state
    diplomacy_media: tuple[str, ...] = ()
    # 干部 ends a class of people, not a body's name though it ends with the suffix 部 (基层干部表示，将…)
    not_body_end: tuple[str, ...] = ()
    # 某市计划…, 某省力争…: a plan announced by the place, body or state named before it (a pledge like 将);
    # read after a named subject only (a speech's subjectless 力争… stays a task)
    plan: tuple[str, ...] = ()
    # 某省发生…, 某市遭受…: what befalls a place, no step of its own (its 将 that follows is no pledge)
    not_agentive: tuple[str, ...] = ()
    # …，推动某某发展是关键 / …，关键在于…: the sentence judges what matters (its 要 is a purpose, 要V好X,
    # …是关键), it sets no task: a clause that ends in a judgement, or a judgement that links to a verb phrase
    judgement_end: tuple[str, ...] = ()
    judgement_link: tuple[str, ...] = ()
    # 并对…作出部署/进行动员 in the sentence that reports a superior body's meeting: what it decided (call 3)
    decision_noun: tuple[str, ...] = ()
    quoted_source: tuple[str, ...] = ()
    maxim: tuple[str, ...] = ()
    quoted_verb: tuple[str, ...] = ()
    nation: tuple[str, ...] = ()  # 国家将… outside a national leader's speech: China's plan (call 11)
    # 向…致以诚挚问候/崇高敬意: a greeting, no task
    greeting: tuple[str, ...] = ()
    # 某国议会愿…, 中国全国人大…愿…: a state's parliament written with the state pledges for itself, not the state
    parliament: tuple[str, ...] = ()
    # 规划提出，…将…; 方案明确，…: a document as the subject of a verb of stating: its content follows
    document_noun: tuple[str, ...] = ()
    document_says: tuple[str, ...] = ()
    # 来看记者的调查: the narrator turns to a piece of reporting, nobody's statement
    narrator_line: tuple[str, ...] = ()
    # 我提出…倡议，就是要…: the speaker explains the purpose of his own initiative, no task set
    own_initiative: tuple[str, ...] = ()
    purpose_marker: tuple[str, ...] = ()
    # 二是某某工程。: a heading that names a programme and sets no action
    programme_noun: tuple[str, ...] = ()
    # 某某代表各民主党派中央致辞: the parties a speaker speaks for (their 要… is their own pledge)
    represents: tuple[str, ...] = ()
    represents_act: tuple[str, ...] = ()
    # 某某就…提出建议。一是…: a person announces his list; the headings that follow are his words
    list_announce_verb: tuple[str, ...] = ()
    list_announce_noun: tuple[str, ...] = ()
    # 成功举办某某大会。: a verb-led sentence that recounts a result, no task (with "连续N年")
    recount: tuple[str, ...] = ()
    # 祝某国人民节日快乐！: a wish opens the sentence, no statement
    wish_opener: tuple[str, ...] = ()
    # 某某建议：——…: a proposal that a colon opens reports words (kg_speakers)
    proposes: tuple[str, ...] = ()
    # 特区政府会…, 省政府将… said by the place's leader: a body of his own place (it pledges as the place)
    own_place_body: tuple[str, ...] = ()
    # 某某在某地考察时指出，…: the occasion of a remark; in a report of no event of its own, an earlier one
    visit_verb: tuple[str, ...] = ()
    # 中方强烈敦促…, 再次呼吁…: adverbs between the caller and its verb of calling on others
    call_adverb: tuple[str, ...] = ()
    # 李克强充分肯定云南…，希望…: a leader praises the one place he then hopes for (it is the hope's addressee)
    praise: tuple[str, ...] = ()
    # 发表声明, 发布消息, 在会上发言: the act that made a body's words (某国外交部发表声明说，…: the body speaks)
    statement_act: tuple[str, ...] = ()
    # 部署, 责成: verbs by which a body directs in the clause that names it (某部部署各地…: its directive)
    body_directs: tuple[str, ...] = ()
    # 两党 after two states (中越两党要…): the two states' parties
    states_parties: tuple[str, ...] = ()
    home_party: tuple[str, ...] = ()
    # 海军, 国会, 议会 …: the end of a word that names a body of the state written before it (某国海军)
    state_body_end: tuple[str, ...] = ()  # the home state's party by its full name, when the report abbreviates it
    # kept in the CSV's order (_ORDERED_KINDS), each the word alternation of one regex of CommitmentFinder:
    # 希望中美两国各界…: a class of people after the states (class_after), unless a task follows (task_after)
    class_after: tuple[str, ...] = ()
    task_after: tuple[str, ...] = ()
    # 希望中越关系…, 两国合作…: the states name the topic of a wish (relation_side, then relation)
    relation_side: tuple[str, ...] = ()
    relation: tuple[str, ...] = ()
    # 两国元首, 双方领导人: the heads who speak for the two states; 两国立法机构要…: a class of both states' bodies
    head_of_state: tuple[str, ...] = ()
    states_body: tuple[str, ...] = ()
    # between a body and a name, words that make the body no part of his title (在某地会见…主席某某)
    not_a_title: tuple[str, ...] = ()
    # a time a clause opens with, before its subject (今年某某集团将…, 下一步，…)
    time_lead: tuple[str, ...] = ()
    # 议程（草案）和日程: an agenda adopted, a procedural step
    agenda: tuple[str, ...] = ()
    # a title inside an unnamed subject (某某主席要…): a person, not a class
    title_word: tuple[str, ...] = ()
    # a clause that reports speech (某国媒体分析称): what follows is not the state's pledge
    says: tuple[str, ...] = ()
    # 提出/表示/宣布 before a subjectless pledge: the subject of the clause before says it (…现场会，提出将…)
    said_lead: tuple[str, ...] = ()
    # a clause that is a time alone (近日, 今天（5月6日）; dates by their shape)
    time_only: tuple[str, ...] = ()
    # a clause that ends as a time or a circumstance (新形势下, 在新的征程上, 年内)
    circumstance_end: tuple[str, ...] = ()
    # 将迎来…, 将覆盖…, 将为…带来…: what will happen or be reached, a prediction, not a pledge
    coming: tuple[str, ...] = ()
    reached: tuple[str, ...] = ()
    brings: tuple[str, ...] = ()
    # 对X提出N点希望: X is a party when it ends so (…党委, …青年, 朋友们)
    party_end: tuple[str, ...] = ()
    # an unnamed subject that is a body: it is the addressee (各级党委要…, 指导组要…)
    unnamed_body_end: tuple[str, ...] = ()
    # 按照规划，…将…; 《纲要》提出…: the content of a plan or document, not a pledge
    plan_basis: tuple[str, ...] = ()
    plan_text: tuple[str, ...] = ()
    plan_says: tuple[str, ...] = ()
    # verbs whose object may be the past (肯定去年…的成绩, 回顾过去一年)
    looking_back: tuple[str, ...] = ()
    # the day a body said it, between its name and the speech verb (某集团今天（5月6日）表示; dates by their shape)
    said_when: tuple[str, ...] = ()
    # 等部门, 等五部门 after the bodies named first: they lead the others
    and_others: tuple[str, ...] = ()
    # the tagger's tags of a body's name (ORG): a clause's subject read by its shape, not by a list of names
    body_tag: tuple[str, ...] = ()
    # dictionary tags of a proper name: after a state's name (某国星河公司) the body's own name starts there
    proper_tag: tuple[str, ...] = ()
    # 某公司近日宣布，…，将…: the verbs after which a body's later subjectless 将 is its own step
    body_announces: tuple[str, ...] = ()
    # 各国愿… in the narrator's voice (envoys, a summit's guests): every foreign state the report names
    all_states: tuple[str, ...] = ()
    # 某方衷心感谢并将…: the coordinator joining a subject's verb phrase to its pledge
    coordinator: tuple[str, ...] = ()

    @classmethod
    def load(cls, directory: Path | str | None = None) -> CommitmentCues:
        d = Path(directory) if directory is not None else default_ontology_dir()
        with (d / "commitment_cues.csv").open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh) if (r.get("cue") or "").strip()]
        countries = d / "countries.csv"
        if countries.is_file():
            with countries.open(encoding="utf-8", newline="") as fh:
                rows += [{"cue": r["label"].strip(), "kind": "country", "value": (r.get("aliases") or "").strip(),
                          "agent_kind": (r.get("side") or "").strip()}
                         for r in csv.DictReader(fh) if (r.get("label") or "").strip()]
        return cls.from_rows(rows)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> CommitmentCues:
        kinds: dict[str, list[str]] = {}
        addressees: dict[str, Addressee] = {}
        counts: dict[str, int] = {}
        countries: list[Country] = []
        speaks_as: dict[str, str] = {}
        for r in rows:
            cue, kind = r["cue"].strip(), r["kind"].strip()
            if kind == "speaks_as":
                speaks_as[cue] = (r.get("value") or "").strip() or cue
                continue
            if kind == "country":  # a row of countries.csv: aliases in value, sides in agent_kind
                aliases = [a for a in (r.get("value") or "").split("|") if a]
                sides = [a for a in (r.get("agent_kind") or "").split("|") if a]
                countries.append(Country(cue, (cue, *aliases), tuple(sides)))
                continue
            if kind == "anaphor":
                counts[cue] = int((r.get("value") or "2").strip() or 2)
            if kind == "addressee":
                addressees[cue] = Addressee(cue, r["agent_kind"].strip(), (r.get("value") or "").strip() or cue,
                                            (r.get("subordinate") or "").strip() == "yes")
            else:
                kinds.setdefault(kind, []).append(cue)

        def longest(kind: str) -> tuple[str, ...]:
            return tuple(sorted(kinds.get(kind, ()), key=len, reverse=True))

        # a decision cue opens a meeting frame like any resolution cue
        resolution = tuple(sorted({*kinds.get("resolution", ()), *kinds.get("decision", ())}, key=len, reverse=True))
        return cls(resolution, longest("pledge"), longest("future"), longest("not_pledge"),
                   longest("speech"), longest("first_person"), addressees, longest("decision"),
                   longest("decision_verb"), longest("pronoun"), longest("hope"), longest("state"),
                   longest("distributive"), longest("body_suffix"), longest("class_prefix"), longest("anaphor"),
                   longest("prediction"), longest("document"), counts,
                   disposal_verb=longest("disposal_verb"), prediction_verb=longest("prediction_verb"), event_suffix=longest("event_suffix"),
                   volition=longest("volition"), state_volition=longest("state_volition"), obligation=longest("obligation"), diplomacy=longest("diplomacy"),
                   state_title=longest("state_title"), state_organ=longest("state_organ"),
                   signing=longest("signing"), agreement=longest("agreement"), party=longest("party"),
                   notice_verb=longest("notice_verb"), notice_cue=longest("notice_cue"),
                   countries=tuple(countries), speaks_as=speaks_as, **{k: longest(k) for k in _TABLE_KINDS},
                   **{k: tuple(kinds.get(k, ())) for k in _ORDERED_KINDS})

    def to_rows(self) -> list[dict[str, str]]:
        decision = set(self.decision)
        rows = [{"cue": c, "kind": k} for k in _SIMPLE_KINDS for c in getattr(self, k)
                if not (k == "resolution" and c in decision)]
        for row in rows:
            if row["kind"] == "anaphor":
                row["value"] = str(self.anaphor_count.get(row["cue"], 2))
        rows += [{"cue": a.surface, "kind": "addressee", "agent_kind": a.agent_kind, "value": a.value,
                  "subordinate": "yes" if a.subordinate else ""} for a in self.addressees.values()]
        rows += [{"cue": c.label, "kind": "country", "value": "|".join(c.names[1:]), "agent_kind": "|".join(c.sides)}
                 for c in self.countries]
        rows += [{"cue": k, "kind": "speaks_as", "value": v} for k, v in self.speaks_as.items()]
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
    state: bool = False  # 国家将…: the speaker's national body
    hope: bool = False  # 希望X…: a task set for X whoever speaks
    future: bool = False  # 我们将…: a pledge, not a task
    nation: bool = False  # 国家将…: the nation as a whole, China outside a national leader's speech
    both: bool = False  # 双方/两国 at talks: the two states, read from the report, not named here
    side: bool = False  # 美方愿…: one state named by its side (X方), the form its own officials speak in
    called: bool = False  # …，敦促/呼吁X…: a call the speaker makes in his words (X, if named, is tasked)
    caller: tuple[AgentRef, ...] = ()  # 中方敦促X…: the state that makes the call, named in the words
    own: bool = False  # 某某表示，他将…: the speaker himself, in the third person


@dataclass
class _Tasks:
    """The task clauses of one sentence ((start after the marker, end)) and the subjects it names."""

    clauses: list[tuple[int, int]] = field(default_factory=list)
    subjects: list[_Subject] = field(default_factory=list)


@dataclass
class Found:
    commitments: list[CommitmentRecord] = field(default_factory=list)
    directives: list[DirectiveRecord] = field(default_factory=list)


class CommitmentFinder:
    """Statements, one per sentence.  The switches exist for the ablation in docs/evaluation.md:
    ``discourse`` (past clauses from ``kg_discourse`` instead of the markers here), ``imperatives``
    (verb-led sentences of a speech without 要), ``generic`` (unnamed subjects: 各族干部要…)."""

    def __init__(self, cues: CommitmentCues, reference: Reference | None = None, *, discourse: bool = True,
                 imperatives: bool = True, generic: bool = True, policy: ModelPolicy | None = None) -> None:
        self.cues = cues
        self.policy = policy if policy is not None else ModelPolicy()
        self.discourse, self.imperatives, self.generic = discourse, imperatives, generic
        self.ref = reference if reference is not None else get_reference()
        self._addressee_names = tuple(sorted(cues.addressees, key=len, reverse=True))
        self._bodies = sorted(((n, b) for b in self.ref.national_bodies for n in b.names if len(n) >= 2),
                              key=lambda nb: len(nb[0]), reverse=True)
        self._known_names = frozenset(n for n, _ in self._bodies)  # a national body speaks by any of its names
        # the classes the addressee table names (有关部门, 各级党委 …): tasked, never recorded
        self._class_values = frozenset(a.value for a in cues.addressees.values() if a.agent_kind != "leading_group")
        self._sar_names = frozenset(p.short for p in self.ref.provinces if p.kind == "sar")
        # groupings of states (countries.csv rows that name a union, an organisation or 金砖国家): 成员国 are theirs
        self._groupings = tuple(c for c in cues.countries if c.label.endswith(("盟", "组织", "国家")))
        self._praise_re = re.compile(_words(cues.praise))
        self._by_abbr = {p.abbr: p.short for p in self.ref.provinces if len(p.abbr) == 1}
        self._kept: set[str] = set()  # parties a speaker names in 希望/对X提出希望 (kept as addressees)
        # the Party committee and the government of a province or city: that place
        self._placed_bodies = {org: AgentRef("province", p.short) for p in self.ref.provinces
                               for org in (p.party_org, p.gov_org) if org}
        self._placed_bodies.update({org: AgentRef("city", c.short) for c in self.ref.cities
                                    for org in (c.party_org, c.gov_org) if org and org not in self._placed_bodies})
        docs = "|".join(re.escape(c) for c in cues.document) or "(?!)"
        verbs = "|".join(re.escape(c) for c in cues.disposal_verb) or "(?!)"
        ends = "|".join(re.escape(c) for c in cues.disposal_end) or "(?!)"
        self._disposal = re.compile(rf"(?!把)(?:{_DISPOSAL.pattern}|[^，。；]{{1,24}}?(?:{verbs})(?:为|到|至|成|入)"
                                    rf"|[^，。；]{{1,24}}?(?:{verbs})\d[^，。；]{{0,10}}?(?:为|到|至)"  # 将…下调25个基点到…
                                    rf"|[^，。；]{{2,60}}?(?:{ends}))")  # 将…政治化, 将…置于…, 将…列入…: done to an object
        # (将把…纳入…: 将 is "will" before 把, never the disposal itself)
        verbs = "|".join(re.escape(c) for c in cues.prediction_verb) or "(?!)"
        self._coming = re.compile(rf"[^，。；]{{0,4}}?(?:{verbs})")  # 中肯将迎来…: what is coming
        # 将对…产生重大影响, 将有利于…: an assessment of an effect, not an action anybody binds itself to
        effects = "|".join(re.escape(c) for c in cues.effect_verb) or "(?!)"
        harms = "|".join(re.escape(c) for c in cues.effect_noun) or "(?!)"
        judged = "|".join(re.escape(c) for c in cues.assessment) or "(?!)"
        benefits = "|".join(re.escape(c) for c in cues.benefit_verb) or "(?!)"
        self._effect = re.compile(rf"(?:对[^，。；]{{1,24}}?)?(?:{effects})[^，。；]{{0,8}}?(?:{harms})|(?:{judged})"
                                  rf"|为[^，。；]{{0,24}}?(?:{benefits})|给[^，。；]{{0,24}}?带来|{_WILL_BE.pattern}")
        self._coming = re.compile(rf"{self._coming.pattern}|{self._effect.pattern}")
        coming = rf"[^，。；]{{0,4}}?(?:{_words(cues.coming)})|(?:{_words(cues.reached)})"
        self._prediction = re.compile(rf"为[^，。；]{{0,20}}(?:{_words(cues.brings)})|{coming}|{self._coming.pattern}")
        # a clause of a list that predicts (…，各领域合作将迎来新的机遇): the list is over
        self._predicted = re.compile(rf"将(?:{self._prediction.pattern})")
        self._document_re = re.compile(rf"(?:{docs})了?(?:[^，。；]{{0,30}}?《|[^，。；《]{{0,24}}(?:规划|方案|计划|纲要|意见|办法)(?:[，。；]|$))")  # 发布了《…》: its content follows
        # states as parties to talks (settled call 9): every written form, longest first
        self._country_by_name = {n: c for c in cues.countries for n in c.names if len(n) >= 2}
        names = sorted(self._country_by_name, key=len, reverse=True)
        self._country_re = re.compile(alternation(names)) if names else None  # longest first, as a trie
        self._home = next((c for c in cues.countries if "中" in c.sides), None)
        self._sides = frozenset(x for c in cues.countries for x in c.sides)  # every side of every state
        # what a clause naming a state by its side opens with (中方, 越中, 双方, 两国): most open with none
        self._side_starts = frozenset(x[0] for x in self._sides if x) | {"双", "两"}
        self._countries_named: tuple[Country, ...] = ()  # per report: the countries it names
        self._partner: Country | None = None  # per report: the one foreign state the talks are with
        self._diplomacy = False  # per report: a report of talks (会见, 会谈, 通电话 …)
        self._title = ""  # per report: its title
        self._speaking: SentenceSpeaker | None = None  # per sentence: who speaks (set by _tasks)
        self._lac_memo: dict[str, list[tuple[str, str]]] = {}
        # per report (emptied by _country_context, which sets what they read): (text, pos, ce) → the answer of
        # _countries_at / _parliament_at, which the readers of one clause ask for in turn
        self._countries_memo: dict[tuple[str, int, int], tuple[list[Country], int] | None] = {}
        self._parliament_memo: dict[tuple[str, int, int], tuple[AgentRef, int] | None] = {}
        signs = "|".join(re.escape(c) for c in cues.signing) or "(?!)"
        texts = "|".join(re.escape(c) for c in cues.agreement) or "(?!)"
        # a list of agreements (签署A、B、C等多项合作文件) may run longer than a clause's words before them
        self._signed = re.compile(rf"(?:{signs})了?(?:[^。；]{{0,30}}?|[^。；，]{{31,40}}?)(?:{texts})|(?:{texts})的?(?:{signs})")
        # clause openers that set a task without 要, longest first; the weak ones only at a sentence's head
        self._task_openers = tuple(sorted({*cues.task_opener, *cues.weak_opener}, key=len, reverse=True))
        # verbs of saying that end a reporting clause (会议强调要…), never an activity that is a task's topic
        self._topic_verbs_out = frozenset({*cues.speech, *cues.says, *cues.opinion_verb, *cues.order_verb})
        self._weak_openers = frozenset(cues.weak_opener)
        self._orders = frozenset(cues.order_verb) | {_NOTICE}
        self._directive_verbs = frozenset(cues.directive_verb)
        self._opinion = frozenset(cues.opinion_verb)
        self._body_instructs = frozenset(cues.body_instructs)
        self._not_parties = frozenset(cues.not_party)
        self._not_subjects = frozenset(cues.not_subject)
        self._connectives = frozenset(cues.connective)
        self._leads = (frozenset(cues.preposition) | frozenset(cues.verb_noun), frozenset(cues.manner))
        self._speaking_parties = tuple(sorted(cues.speaks_as, key=len, reverse=True))
        # the kinds of body "该…" refers back to (该公司, 该集团): multi-character suffixes only (该部 is rare and vague)
        self._body_suffixes = tuple(sorted((x for x in cues.body_suffix if len(x) >= 2), key=len, reverse=True))
        nouns = "|".join(re.escape(c) for c in cues.decision_noun) or "(?!)"
        self._deployed = re.compile(rf"\s*并?对[^，。；]{{1,30}}?(?:进行|作出|作了|做出)(?:{nouns})")  # 对…作出部署
        only = "|".join(re.escape(c) for c in cues.maxim) or "(?!)"
        firsts = "|".join(re.escape(c) for c in (*cues.first_person, *cues.not_subject)) or "(?!)"
        # 某某只能向前，不能倒退: a maxim about a thing (no actor), no task set
        self._maxim = re.compile(rf"[\s，,：:]*(?!{firsts})[^，。；：“”]{{1,6}}?(?:{only})[^，。；]{{1,12}}[，,]\s*不能[^，。；]{{1,12}}[。！!]")
        sources = "|".join(re.escape(c) for c in cues.quoted_source) or "(?!)"
        quoting = "|".join(re.escape(c) for c in sorted(cues.quoted_verb, key=len, reverse=True)) or "(?!)"
        # 某某指出，党的二十大明确提出，要…: reported words that quote a congress or a document (guide)
        self._quoted = re.compile(rf"[\s，,：:]*[^，。；：“”]{{1,20}}?(?:{sources})(?:{quoting})[，：:]")
        greetings = "|".join(re.escape(c) for c in cues.greeting) or "(?!)"
        # 规划提出，…; 《某方案》明确，…: a document as the subject of its clause, its content after it (guide)
        self._document_says = re.compile(rf"(?:^|[，：:；])\s*(?:该|这一|《[^》]{{1,40}}》)?(?:{_words(cues.document_noun)})"
                                         rf"(?:{_words(cues.document_says)})[，：:]")
        self._programme_heading = re.compile(rf"\s*(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是)[，、]?[^，。；：:\s]{{1,6}}?"
                                             rf"(?:{_words(cues.programme_noun)})[。！!]?\s*$")
        self._represents = re.compile(rf"(?:{_words(cues.represents)})([^，。；：:]{{2,60}}?)(?:{_words(cues.represents_act)})")
        self._recount = re.compile(rf"{_words(cues.recount)}|连续[\d一二三四五六七八九十两多]+年")
        self._wish = re.compile(rf"[\s，,：:]*(?:{_words(cues.wish_opener)})")
        self._visit_occasion = re.compile(rf"在[^，。；：:]{{1,24}}?(?:{_words(cues.visit_verb)})(?:工作)?时")
        self._states_say = re.compile(_STATES_SAY.format(represents=_words(cues.represents)))
        self._narrator_line = re.compile(rf"\s*(?:{_words(cues.narrator_line)})")
        # 我提出…倡议，就是要…: the purpose of the speaker's own step, no task for anyone
        self._own_purpose = re.compile(rf"[\s，,：:]*我们?[^，。；]{{0,6}}?(?:{_words(cues.own_initiative)})[^，。；]{{1,40}}[，,]\s*"
                                       rf"(?:{_words(cues.purpose_marker)})")
        self._greeted = re.compile(rf"致以[^，。；！]{{0,12}}?(?:{greetings})")  # 向…致以诚挚问候
        ends = "|".join(re.escape(c) for c in cues.judgement_end) or "(?!)"
        links = "|".join(re.escape(c) for c in cues.judgement_link) or "(?!)"
        # 某某要发展，选准产业是关键。 / 办好这件事，根本在于…: a judgement, no task (its 要 a purpose)
        self._judged_end = re.compile(rf"(?:{ends})[。！!]?[”’」』]*\s*$")
        self._judged_link = re.compile(rf"^(?:[^，。；]{{0,24}}?)(?:{links})")
        # the word lists of commitment_cues.csv in the CSV's order; the shapes around them (lookarounds,
        # digits, optional parts) stay here
        self._class_after = re.compile(rf"(?:{_words(cues.class_after)})")
        self._task_after = re.compile(_words(cues.task_after))
        self._relations = re.compile(rf"(?:{_words(cues.relation_side)})?(?:{_words(cues.relation)})")
        self._heads = re.compile(rf"(?:{_words(cues.head_of_state)})")
        # 两国各部门各地方要…, 双方有关部门要…, 两国立法机构要…: a class of both states' bodies
        self._states_bodies = re.compile(rf"(?:(?:各|有关|相关)[^，。；要将应]{{1,8}}?|{_words(cues.states_body)})(?=要|应)")
        self._not_a_title = re.compile(_words(cues.not_a_title))
        # a year (2025年) is a time lead too; only before a word (今年将…: no subject after it)
        self._time_lead = re.compile(rf"\s*(?:{_words(cues.time_lead)}|\d{{4}}年)(?=[\u4e00-\u9fff])")
        self._agenda = re.compile(_words(cues.agenda))
        self._title_in = re.compile(_words(cues.title_word))
        self._says = re.compile(_words(cues.says))
        self._said_lead = re.compile(rf"\s*(?:{_words(cues.said_lead)})(?=将|愿)")
        self._time_only = re.compile(rf"\s*(?:{_words(cues.time_only)}|\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)(?:（[^）]{{0,12}}）)?\s*")
        self._circumstance = re.compile(rf"(?:{_words(cues.circumstance_end)})$")
        # 将为…带来…: a prediction; 将迎来…, a few characters after 将 at most, or 将覆盖/达到…
        self._coming_base = re.compile(rf"[^，。；]{{0,4}}?(?:{_words(cues.coming)})|(?:{_words(cues.reached)})")
        self._party = re.compile(rf"(?:{_words(cues.party_end)})$")
        self._body_suffix = re.compile(rf"(?:{_words(cues.unnamed_body_end)})$")
        self._plan_content = re.compile(rf"\s*(?:{_words(cues.plan_basis)})[^，。]{{0,12}}(?:{_words(cues.plan_text)})"
                                        rf"|\s*《[^》]{{1,40}}》(?:{_words(cues.plan_says)})")
        self._looking_back = re.compile(_words(cues.looking_back))
        self._said_when = re.compile(rf"(?:{_words(cues.said_when)}|\d{{1,2}}日|[一二三四五六七八九十]{{1,3}}日)(?:（[^）]{{0,12}}）)?$")
        # 某方衷心感谢并将…: a verb phrase of the subject's, the coordinator, then a marker of pledge
        self._coordination = re.compile(rf"[^，。；：“”]{{2,20}}?({_words(cues.coordinator)})(?=(?:{_words((*cues.future, *cues.volition, *cues.plan))}))")
        self._marker_near = re.compile(_words(sorted({*cues.future, *cues.volition, *cues.plan}, key=len, reverse=True)))
        self._party_lead = re.compile(rf"({_words(self._speaking_parties)})(?!和|与|及|、)")
        self._and_others = re.compile(rf"等[一二三四五六七八九十\d]{{0,3}}个?(?:{_words(cues.and_others)})")
        # 某国外交部发表声明说, 中国代表在会上发言表示: the act that made a body's words, after its name
        self._act = re.compile(rf"(?:{_words(cues.statement_act)})$")

    # -- helpers -------------------------------------------------------------
    def _starts_with(self, text: str, options: Sequence[str]) -> str | None:
        """The first of ``options`` that ``text`` starts with.  Most calls match none: one C-level
        ``startswith`` on the whole tuple answers those before the ordered loop."""
        if isinstance(options, tuple) and not text.startswith(options):
            return None
        for o in options:
            if text.startswith(o) and (len(o) > 1 or options is not self.cues.hope or _short_cue(text)):
                return o
        return None

    def _past(self, marker: str) -> int:
        """How much of a task marker the action drops: all of 要, 必须; of a negative one only what
        precedes its negation (尤其不能 → 不能…, 决不能 → 决不能…): an action never loses its 不."""
        at = [i for i in (marker.find(n) for n in self.cues.negation) if i >= 0]
        return min(at) if at else len(marker)

    def _pledge_at(self, text: str) -> str | None:
        """The pledge marker a clause body starts with (要, 必须), not 要求/要素."""
        if isinstance(self.cues.pledge, tuple) and not text.startswith(self.cues.pledge):
            return None  # (most clauses: one C-level test, the negative cues not asked)
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
        place = self._placed_bodies.get(value)
        if place is not None:  # 四川省委, 四川省人民政府: a placed body is recorded as its place (call 2)
            return [place]
        return [AgentRef("organization", value)]

    def _is_national(self, state: DocState, person: str | None) -> bool:
        if person is None:
            return False
        return any(p.person == person and p.organization.jurisdiction is None for p in state.extraction.posts)

    def _sar(self, state: DocState, value: str) -> AgentRef:
        """特区政府 in a report on one SAR is that SAR's government, recorded as its place (call 2);
        with both SARs or neither named it stays an unplaced class (``value``, never recorded)."""
        sars = {m.value for m in state.mentions if m.kind == "province" and m.value in self._sar_names}
        return AgentRef("province", sars.pop()) if len(sars) == 1 else AgentRef("organization", value)

    def _leading_group(self, state: DocState) -> str:
        for m in state.mentions:
            if m.kind == "org" and m.value.endswith("领导小组"):
                return m.value
        for e in state.extraction.events:
            i = e.label.find("领导小组")
            if i > 0:
                return e.label[: i + 4]
        return "领导小组"

    def _subject(self, state: DocState, text: str, cs: int, ce: int, ordered: bool = False,
                 first: bool = False) -> tuple[_Subject, int] | None:
        """"X将"/"X要" at the start of a clause: the subject's agents and where the body starts.
        A body start of -1 marks a subordinate addressee whose task comes in a later clause.
        ``ordered``: the clause follows 要求/叮嘱/责成 (要求四川省委和省政府…): its agents are tasked, as after 希望."""
        clause = text[cs:ce]
        own = self._pronoun_subject(clause, cs) or self._referred_subject(state, text, cs, ce, ordered, first)
        if own is not None:
            return own
        anaphor = self._starts_with(clause, self.cues.anaphor)
        if anaphor is not None:
            parties = self._anaphor_parties(state, text, cs, self.cues.anaphor_count.get(anaphor, 2), anaphor)
            if parties:
                marked = self._marked_subject(text, parties, False, cs + len(anaphor), ce)
                if marked is not None or not anaphor.endswith("方"):
                    return marked
                # 签署…协议。双方就…在…领域开展合作: what the signed agreement binds them to
                end = state.sentences[state.sentence_index(cs)][1]
                if not _SIGNED_PAST.search(text[cs:end]):
                    return _Subject(tuple(parties), False, future=True), cs + len(anaphor)
        country = self._country_subject(text, cs, ce)
        if country is not None:
            return country
        states = self._countries_at(text, cs, ce)
        wished = self._state_wish(text, states, ce)
        if wished is not None:
            return wished
        named, organ = self._state_body(state, text, cs, states, ce)
        if named:
            return organ
        return self._named_subject(state, text, cs, ce, ordered, first)

    def _named_subject(self, state: DocState, text: str, cs: int, ce: int, ordered: bool,
                       first: bool) -> tuple[_Subject, int] | None:
        """The parties a clause opens with, after 希望 (or, ``ordered``, after 要求…) or before a marker."""
        hope = self._starts_with(text[cs:ce], self.cues.hope) or ("" if ordered else None)
        agents, subordinate, pos = self._subject_agents(state, text, cs + (len(hope) if hope else 0), cs, ce)
        states = self._countries_at(text, pos, ce) if not agents and hope is not None else None
        if states is not None and self._relations.match(text, states[1]):
            return None  # 希望中越关系得到发展: a good wish for the relations, no party tasked
        if states is not None and self._class_after.match(text, states[1]):
            return _Subject((), True, hope=True), pos  # 希望某国企业扩大…: a class of the state's, not the state
        organ = self._state_organ_at(state, text, states, ce) if states is not None else None
        if organ is not None:  # 敦促某国海军…, 希望某国议会…: the state's body, named with the state
            agents.append(organ[0])
            self._kept.add(organ[0].name)  # a named body of a state: an identifiable actor (call 2)
            pos = organ[1]
        elif states is not None:  # 希望越方…: the state it names
            agents.extend(self._country_agent(c) for c in states[0])
            pos = states[1]
        bare = self._bare_organ(state, text, pos, ce) if not agents and hope is not None else None
        if bare is not None:  # 某国财长敦促国会…, 希望参议院… at talks: that state's body
            agents.append(bare[0])
            self._kept.add(bare[0].name)
            pos = bare[1]
        if not agents and hope is not None:
            agents, pos = self._tasked_parties(state, text, pos, ce, hope)
        tagged = self._tagged_party(text, pos, ce) if not agents and hope is not None else None
        if tagged is not None:  # 敦促某组织…, 要求北约…: a body the tagger names (ORG), the gazetteer does not
            agents, pos = [tagged[0]], tagged[1]
            self._kept.add(tagged[0].name)
        if not agents and hope and first:  # 希望大家…: a task for parties we do not record
            return _Subject((), True, hope=True), pos
        if not agents:
            return None
        if hope is not None and _modifier_at(text, pos, ce):
            # 呼吁某国东部武装…: the place only says whose forces are called on; the forces named (“某某军”) are
            tagged = self._tagged_party(text, cs + len(hope), ce)
            if tagged is None:
                return None
            agents, pos = [tagged[0]], tagged[1]
            self._kept.add(tagged[0].name)
        if hope is not None:  # 希望陕西牢记…, 要求四川省委…: no marker needed
            return _Subject(tuple(dict.fromkeys(agents)), True, hope=True), pos
        return self._marked_subject(text, agents, subordinate, pos, ce)

    def _state_body(self, state: DocState, text: str, cs: int, states: tuple[list[Country], int] | None,
                    ce: int) -> tuple[bool, tuple[_Subject, int] | None]:
        """"中国全国人大愿…", "越南国会将…": whether a body is named after the one state a clause opens with
        (``states``: :meth:`_countries_at`), and its subject before its marker; a foreign state's body by its
        whole name (挪威国防部将…: that state's ministry, not China's 国防部)."""
        if states is None or len(states[0]) != 1:
            return False, None
        agents, subordinate, pos = self._subject_agents(state, text, states[1], states[1], ce)
        if not agents:
            return False, None
        if len(agents) == 1 and agents[0].kind == "organization" and states[0][0] is not self._home:
            agents = [AgentRef("organization", text[cs:pos])]
        return True, self._marked_subject(text, agents, subordinate, pos, ce)

    def _referred_subject(self, state: DocState, text: str, cs: int, ce: int, ordered: bool,
                          first: bool) -> tuple[_Subject, int] | None:
        """A subject named before the clause's words (该公司计划…: the company the paragraph named) or after a
        time (今年某市计划…: a place or a body; 今年中方将同某国庆祝…, a state's year ahead, is read as before)."""
        named = self._this_body(state, text, cs, ce)
        if named is not None:
            return self._marked_subject(text, [named[0]], False, named[1], ce)
        conn = self._starts_with(text[cs:ce], self.cues.connective)
        if conn is not None and ce - cs - len(conn) > 2:  # 同时某国还将…: the subject after the connective
            joined = self._subject(state, text, cs + len(conn), ce, ordered, first)
            if joined is not None and joined[1] >= 0 and joined[0].agents and joined[0].future and not joined[0].hope:
                return joined
        time = self._time_lead.match(text, cs, ce)
        if time is None or ce - time.end() <= 2:
            return None
        lead = self._subject(state, text, time.end(), ce, ordered, first)
        if (lead is not None and lead[1] >= 0 and not lead[0].hope and lead[0].agents
                and not any(a.name in self._country_by_name for a in lead[0].agents)):
            return lead
        return None

    def _this_body(self, state: DocState, text: str, cs: int, ce: int) -> tuple[AgentRef, int] | None:
        """"该公司/该集团/该银行…" opening a clause: the body of that kind the paragraph named first (某国星河
        电力公司15日…。该公司计划…), without the state written before its name; and where the subject ends."""
        if not text.startswith("该", cs):
            return None
        suffix = self._starts_with(text[cs + 1:ce], self._body_suffixes)
        if suffix is None:
            return None
        para = next((p for p in state.paragraphs if p[0] <= cs < p[1]), (cs, cs))
        for m in re.finditer(rf"(?:^|(?<=[，。；：、“\s]))([\u4e00-\u9fa5A-Za-z]{{2,16}}?{re.escape(suffix)})", text[para[0]:cs]):
            name = m.group(1)
            if name[0] in "这那该此其每各本":
                continue  # 这家公司: no name
            country = self._country_re.match(name) if self._country_re is not None else None
            if country is not None and len(name) - country.end() > len(suffix) + 1:
                name = name[country.end():]  # 某国星河电力公司: the company, not the state
            if self._named_body(name):
                return AgentRef("organization", name), cs + 1 + len(suffix)
        return None

    def _state_wish(self, text: str, states: tuple[list[Country], int] | None, ce: int) -> tuple[_Subject, int] | None:
        """"越方希望中方扩大…": a state's wish for the other state (its speaker sets the task, guide: 希望X…),
        not a wish for their relations (越方希望越中友好…: nobody tasked)."""
        if states is None or len(states[0]) != 1:
            return None
        wish = self._starts_with(text[states[1]:ce], self.cues.hope)
        others = self._countries_at(text, states[1] + len(wish), ce) if wish else None
        if others is None or others[0] == states[0] or self._relations.match(text, others[1]):
            return None
        return _Subject(tuple(dict.fromkeys(self._country_agent(c) for c in others[0])), True, hope=True), others[1]

    def _tasked_parties(self, state: DocState, text: str, pos: int, ce: int, hope: str) -> tuple[list[AgentRef], int]:
        """After 希望: the parties it names (希望各民主党派中央、全国工商联和无党派人士把…; 希望欧盟和日方…: Japan);
        after 希望/要求/敦促: a person tasked by name (要求泽连斯基道歉, call 2); and where they end."""
        if hope:
            named, end = self._named_parties(state, text, pos, ce)
            named = [self._as_country(a) for a in named]
            self._kept.update(a.name for a in named)
            if named:
                return named, end
        person = next((p for p, spans in state.person_mentions.items() if any(s0 == pos for s0, _ in spans)), None)
        return ([AgentRef("person", person)], pos + len(person)) if person is not None else ([], pos)

    # -- states at talks (settled call 9) ------------------------------------------
    def _country_context(self, state: DocState) -> None:
        """The countries a report names, the one foreign state its title names (the partner of
        双方/两国), and whether it reports talks (会见, 会谈 … in the title or the main event)."""
        title, text = state.article.title or "", state.article.text
        self._title = title
        found = self._country_re
        hits = list(found.finditer(title)) if found else []
        # 文莱苏丹, 阿曼苏丹: a state's name right after another's is a title (the Sultan), no second state
        in_title = [self._country_by_name[m.group()] for k, m in enumerate(hits) if k == 0 or m.start() != hits[k - 1].end()]
        named = [*in_title, *([self._country_by_name[m.group()] for m in found.finditer(text)] if found else [])]
        self._countries_named = tuple(dict.fromkeys(named))
        foreign = [c for c in dict.fromkeys(in_title) if c is not self._home]
        compound = False
        if not foreign and self._home is not None:  # 纪念中美建交40周年招待会: the partner by its side
            for m in re.finditer(r"中(.)", title):
                sides = [c for c in self.cues.countries if m.group(1) in c.sides and c is not self._home]
                if len(sides) == 1:
                    foreign.append(sides[0])
                    compound = True
            foreign = list(dict.fromkeys(foreign))
        event = self._event_record(state, _main_event(state))
        self._diplomacy = (compound or any(c in title or (event is not None and c in event.label) for c in self.cues.diplomacy)
                           or (len(foreign) == 1 and any(c in title for c in self.cues.diplomacy_media)))
        if not foreign and self._diplomacy and found is not None:
            # 习近平同某某会谈: the foreign state the report names most, if it is named more than any other
            counts = Counter(c for m in found.finditer(text) if (c := self._country_by_name[m.group()]) is not self._home)
            top = counts.most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                foreign = [top[0][0]]
        self._partner = foreign[0] if len(foreign) == 1 else None
        if self._partner is not None and self._partner not in self._countries_named:
            self._countries_named = (*self._countries_named, self._partner)
        self._countries_memo.clear()  # the answers read the partner and the states named
        self._parliament_memo.clear()

    def _title_pair(self, state: DocState) -> tuple[AgentRef, ...]:
        """The two states a report's title opens with, joined by 与/和/同 (伊朗与尼日利亚签署…), if any."""
        title = state.article.title or ""
        m = self._country_re.match(title) if self._country_re is not None else None
        if m is None or title[m.end():m.end() + 1] not in ("与", "和", "同"):
            return ()
        n = self._country_re.match(title, m.end() + 1) if self._country_re is not None else None
        if n is None:
            return ()
        return (self._country_agent(self._country_by_name[m.group()]), self._country_agent(self._country_by_name[n.group()]))

    def _side(self, side: str) -> Country | None:
        """The country a side (中, 越, 印尼) stands for: China, or the one named in the report."""
        if side not in self._sides:
            return None
        if self._home is not None and side in self._home.sides:
            return self._home
        hits = [c for c in self._countries_named if side in c.sides and c is not self._home]
        return hits[0] if len(hits) == 1 else None

    def _country_agent(self, country: Country) -> AgentRef:
        return AgentRef("organization", country.label)

    def _as_country(self, agent: AgentRef) -> AgentRef:
        """日方, 越南 as a party named after 希望: the country's agent; anything else unchanged."""
        name = agent.name
        c = self._country_by_name.get(name) or (self._side(name[:-1]) if name.endswith("方") and len(name) <= 3 else None)
        return self._country_agent(c) if c is not None else agent

    def _countries_at(self, text: str, pos: int, ce: int) -> tuple[list[Country], int] | None:
        """The state or states a clause opens with: 中国, 越南, 中方, 越方, 中越 (双方), 越中,
        and 双方/两国 at talks with one partner state (remembered per report; each caller gets its own list)."""
        key = (text, pos, ce)
        if key in self._countries_memo:
            hit = self._countries_memo[key]
        else:
            hit = self._countries_memo[key] = self._read_countries_at(text, pos, ce)
        return (list(hit[0]), hit[1]) if hit is not None else None

    def _read_countries_at(self, text: str, pos: int, ce: int) -> tuple[list[Country], int] | None:
        m = self._country_re.match(text, pos, ce) if self._country_re is not None else None
        if m is not None:
            organ = self._starts_with(text[m.end():ce], self.cues.state_organ) or ""
            named = [self._country_by_name[m.group()]]
            return named, (m.end() + len(organ) if organ else self._joined_states(text, named, m.end(), ce))
        if text[pos:pos + 1] not in self._side_starts:
            return None  # no side, no 双方/两国 opens the clause
        for width in (2, 1):
            side = text[pos:pos + width]
            if len(side) == width and text.startswith("方", pos + width):
                c = self._side(side)
                if c is not None:
                    return [c], pos + width + 1
        home, partner = self._home, self._partner
        if home is not None and text[pos:pos + 1] and text[pos:pos + 1] in home.sides:  # 中越双方, 中乌
            for width in (2, 1):
                c = self._side(text[pos + 1:pos + 1 + width])
                if c is not None and c is not home and len(text[pos + 1:pos + 1 + width]) == width:
                    end = pos + 1 + width
                    end += 2 if text.startswith(("双方", "两国"), end) else 0
                    return [home, c], end
        for width in (2, 1):  # 乌中要…: a foreign leader's compound
            c = self._side(text[pos:pos + width])
            if c is not None and c is not home and home is not None and text.startswith(home.sides, pos + width):
                end = pos + width + 1
                end += 2 if text.startswith(("双方", "两国"), end) else 0
                return [c, home], end
        if text.startswith(("双方", "两国"), pos):
            pair = self._pair_before(text, pos)
            if pair is not None:  # 伊朗总统…与到访的巴基斯坦总理…会谈，双方一致同意…: the two states it names
                return pair, pos + 2
        if (text.startswith(("双方", "两国"), pos) and home is not None and partner is not None and self._diplomacy
                and not self._other_state_before(text, pos, partner)):
            return [home, partner], pos + 2
        return None

    def _joined_states(self, text: str, named: list[Country], end: int, ce: int) -> int:
        """"伊朗和巴基斯坦将…": the states joined to the first one (added to ``named``), and where they end."""
        while text[end:end + 1] in ("和", "与", "及", "、") and self._country_re is not None:
            more = self._country_re.match(text, end + 1, ce)
            if more is None or self._country_by_name[more.group()] in named:
                break
            named.append(self._country_by_name[more.group()])
            end = more.end()
        return end

    def _pair_before(self, text: str, pos: int) -> list[Country] | None:
        """The two states the sentence names before ``pos`` (双方/两国 there are those two), when exactly two
        are named and the home state is not one of them (talks between two other states)."""
        if self._country_re is None:
            return None
        start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
        named = list(dict.fromkeys(self._country_by_name[m.group()] for m in self._country_re.finditer(text, start, pos)))
        return named if len(named) == 2 and self._home not in named else None

    def _other_state_before(self, text: str, pos: int, partner: Country) -> bool:
        """Does the paragraph before ``pos`` pair China with a state other than the partner (…中巴建交45周年…。
        希望双方… in a report of talks with India): then 双方 are not the report's two states."""
        para = text[text.rfind("\n", 0, pos) + 1:pos]
        home = self._home
        return home is not None and any(
            (c := self._side(m.group(1))) is not None and c is not partner and c is not home
            for m in re.finditer(rf"[{''.join(home.sides)}](.)", para))

    def _country_subject(self, text: str, cs: int, ce: int) -> tuple[_Subject, int] | None:
        """"中方愿/将…", "俄方愿同中方…", "双方要/应…", "中越要…" (settled call 9): the states a
        clause opens with, before a marker of pledge (将, 愿) or of task (要, 应)."""
        organ = self._parliament_at(text, cs, ce)
        if organ is not None:  # 某国议会愿…: the parliament's own pledge
            willing = self._willing(text, organ[1], ce)
            return (_Subject((organ[0],), False, future=True), organ[1] + len(willing)) if willing else None
        hit = self._countries_at(text, cs, ce)
        if hit is None:
            return None
        countries, pos = hit
        side = len(countries) == 1 and text[pos - 1:pos] == "方" and not text.startswith(("双方", "两国"), cs)
        parties = self._states_parties(text, countries, pos, ce)
        if parties is not None:  # 中越两党要…: the two states' parties, as the report names them
            agents, pos = parties
            marker = self._pledge_at(text[pos:ce]) or self._starts_with(text[pos:ce], self.cues.obligation)
            return (_Subject(agents, bool(agents)), pos + self._past(marker)) if marker else None
        time = self._time_lead.match(text, pos, ce)
        if time is not None:  # 双方明年应…: the time between the states and their marker
            pos = time.end()
        rest = text[pos:ce]
        if self._starts_with(rest, self.cues.not_pledge):
            return None
        future = (self._starts_with(rest, self.cues.future) or self._starts_with(rest, self.cues.volition)
                  or self._state_willing(rest) or self._plan_at(rest))
        marker = future or self._pledge_at(rest) or self._starts_with(rest, self.cues.obligation)
        if marker is None and len(countries) > 1:  # 两国各部门各地方要…: the states' bodies, the states
            m = self._states_bodies.match(text, pos, ce) or self._heads.match(text, pos, ce)
            if m is not None:  # 两国元首宣布将…, 双方领导人一致同意…: what the heads announce or agree binds the states
                pos = m.end()
                rest = text[pos:ce]
                future = self._state_willing(rest) if m.re is self._heads else None
                marker = future or self._pledge_at(rest) or self._starts_with(rest, self.cues.obligation)
        joined = self._coordinated(text, pos, ce) if marker is None else None
        if joined is not None:  # 某方衷心感谢并将永远铭记…: the state's pledge after its verb phrase
            pos, rest = joined, text[joined:ce]
            future = self._starts_with(rest, self.cues.future) or self._starts_with(rest, self.cues.volition)
            marker = future
        if marker is None or (future is None and [c.label for c in countries] == [self._home.label if self._home else ""]):
            return None  # 中国要…: the speaker's own "we" (call 1), read by the rules for 我们要…
        if (future in self.cues.future
                and (self._disposal.match(text, pos + len(marker), ce) or self._prediction.match(text, pos + len(marker), ce))):
            return None  # 中方将…提升为…, 两国将迎来…: no pledge (中方愿将…同…对接, 愿为…提供…: a pledge)
        agents = tuple(dict.fromkeys(self._country_agent(c) for c in countries))
        # China alone is the state subject of 中国将… (whose pledge it is depends on who speaks: nobody's
        # in the narrator's voice, an opinion in a foreigner's)
        home = self._home is not None and [c.label for c in countries] == [self._home.label]
        return (_Subject(agents, False, state=home, future=future is not None, both=text.startswith(("双方", "两国"), cs),
                         side=side), pos + self._past(marker))

    def _state_organ_at(self, state: DocState, text: str, states: tuple[list[Country], int],
                        ce: int) -> tuple[AgentRef, int] | None:
        """"某国海军", "某国国会": one state written right before a word that ends as a body of a state
        (``state_body_end``: 海军, 国会, 议会 …): that body under its written name, and where it ends."""
        if len(states[0]) != 1 or text[states[1] - 1:states[1]] == "方":
            return None
        toks = [t for t in pos_tokens(text, states[1], min(ce, states[1] + 8)) if t[2].strip()]
        if not toks or toks[0][0] != states[1] or not toks[0][3].startswith("n"):
            return None
        if not toks[0][2].endswith(self.cues.state_body_end):
            return None
        start = next((m.start() for m in self._country_re.finditer(text, max(0, states[1] - 12), states[1])
                      if m.end() <= states[1]), None) if self._country_re is not None else None
        if start is None:
            return None
        return AgentRef("organization", text[start:toks[0][1]]), toks[0][1]

    def _tagged_party(self, text: str, pos: int, ce: int) -> tuple[AgentRef, int] | None:
        """The body named where a party is tasked (after 敦促/呼吁/要求/希望) that the tagger reads as an
        organisation (``body_tag``): the first word (敦促某组织与政府…), or a name in quotes after the words that
        describe it (呼吁某国东部武装“某某军”…); and where it ends.  Not a class (国际社会, 各方: no ORG)."""
        words = self._lac(text[pos:min(ce, pos + 16)])
        at = pos
        for k, (word, tag) in enumerate(words[:6]):
            if tag in self.cues.body_tag and len(word) >= 2 and (k == 0 or words[k - 1][0] == "“"):
                return AgentRef("organization", word), at + len(word)
            if k == 0 and tag not in ("LOC", "f", "n", "w"):
                return None
            if tag not in ("LOC", "f", "n", "w"):
                return None
            at += len(word)
        return None

    def _bare_organ(self, state: DocState, text: str, pos: int, ce: int) -> tuple[AgentRef, int] | None:
        """A body of a state named without its state (国会, 参议院: a ``state_body_end`` word alone) where a
        party is tasked: the body of the speaker's own state (某国财政部长某某敦促国会…), or, said by a Chinese
        host at talks with one state, of that state (希望参议院…); its name is the state's and the word."""
        toks = [t for t in pos_tokens(text, pos, min(ce, pos + 6)) if t[2].strip()]
        if not toks or toks[0][0] != pos or toks[0][2] not in self.cues.state_body_end:
            return None
        sp = self._speaking
        name = sp.name if sp is not None and sp.kind == "person" else None
        own = self._affiliation(state, name) if name is not None else None
        country = own.name if own is not None and own.name in self._country_by_name else None
        if (country is None and self._diplomacy and self._partner is not None and name is not None
                and self._chinese_official(state, name)):
            country = self._partner.label
        return (AgentRef("organization", country + toks[0][2]), toks[0][1]) if country else None

    def _states_parties(self, text: str, countries: list[Country], pos: int,
                        ce: int) -> tuple[tuple[AgentRef, ...], int] | None:
        """"中越两党…" (``states_parties`` after two states): the party of each state, as the report or its title
        names it (越南共产党: the state's name, then at most six characters and 党), and where they end; no
        agents when the report does not name them all (a task all the same, nobody recorded)."""
        cue = self._starts_with(text[pos:ce], self.cues.states_parties) if len(countries) == 2 else None
        if cue is None:
            return None
        where = f"{self._title}\n{text}"
        found = []
        for c in countries:
            names = "|".join(re.escape(n) for n in sorted(c.names, key=len, reverse=True) if len(n) >= 2)
            m = re.search(rf"(?:{names})[\u4e00-\u9fff]{{0,6}}?党(?![委组员内外])", where) if names else None
            if m is not None:
                found.append(AgentRef("organization", m.group()))
            elif c is self._home and self.cues.home_party:  # 中共中央总书记…: the home party by its full name
                found.append(AgentRef("organization", self.cues.home_party[0]))
        return (tuple(found) if len(found) == len(countries) else ()), pos + len(cue)

    def _plan_at(self, rest: str) -> str | None:
        """The plan marker (计划, 力争) a named subject's words open with, before a verb or a time (某市计划
        新建…, 某省力争到2030年…), not a noun (计划单列市, 计划的…: ``not_pledge``)."""
        if self._starts_with(rest, self.cues.not_pledge):
            return None
        cue = self._starts_with(rest, self.cues.plan)
        if cue is None or len(rest) <= len(cue) + 1 or rest[len(cue)] in "，。；、的：:" or _ATTRIBUTIVE.match(rest, len(cue)):
            return None  # 某省计划摘帽的12个县…: the plan names what it qualifies, no pledge of the clause
        return cue

    def _state_willing(self, rest: str, subjectless: bool = False) -> str | None:
        """A state's pledge at talks only (越方期待同中方…, 泰方致力于…): the part of the cue the action drops
        (期待 of 期待同: the partner stays for the action to leave out).  A subjectless clause pledges so
        only with a partner (…，期待同中方…); "中方始终把…作为…，致力于…" states a standing policy."""
        cue = self._starts_with(rest, self.cues.state_volition) if self._diplomacy else None
        if cue is None:
            return None
        prep = next((p for p in self.cues.partner_prep if cue.endswith(p) and len(cue) > len(p)), "")
        return cue[:len(cue) - len(prep)] if prep or not subjectless else None

    def _willing(self, text: str, cs: int, ce: int) -> str | None:
        """The marker a subjectless clause of pledge opens with (愿…, 将…), not 将 of an object or a forecast."""
        marker = (self._starts_with(text[cs:ce], self.cues.volition) or self._starts_with(text[cs:ce], self.cues.future)
                  or self._state_willing(text[cs:ce], subjectless=True))
        if marker is None or self._starts_with(text[cs:ce], self.cues.not_pledge):
            return None
        if marker not in self.cues.volition and (self._disposal.match(text, cs + len(marker), ce)
                                                 or self._prediction.match(text, cs + len(marker), ce)):
            return None
        return marker

    def _parliament_at(self, text: str, pos: int, ce: int) -> tuple[AgentRef, int] | None:
        """"某国议会", "中国全国人大" (``parliament`` right after one state's name): the parliament speaks
        for itself, not for its state — the home state's under its own name (全国人大), another's under
        the written name (某国议会) — and where it ends (remembered per report)."""
        key = (text, pos, ce)
        if key not in self._parliament_memo:
            self._parliament_memo[key] = self._read_parliament_at(text, pos, ce)
        return self._parliament_memo[key]

    def _read_parliament_at(self, text: str, pos: int, ce: int) -> tuple[AgentRef, int] | None:
        m = self._country_re.match(text, pos, ce) if self._country_re is not None else None
        word = self._starts_with(text[m.end():ce], self.cues.parliament) if m is not None else None
        if m is None or word is None:
            for width in (2, 1):  # 挪议会愿…: the state by its one- or two-character form (its side)
                c = self._side(text[pos:pos + width]) if len(text[pos:pos + width]) == width else None
                side_word = self._starts_with(text[pos + width:ce], self.cues.parliament) if c is not None else None
                if c is not None and side_word is not None and c is not self._home:
                    return AgentRef("organization", c.label + side_word), pos + width + len(side_word)
            return None
        home = self._country_by_name[m.group()] is self._home
        return AgentRef("organization", word if home else text[pos:m.end() + len(word)]), m.end() + len(word)

    def _country_lead(self, text: str, cs: int, ce: int) -> tuple[AgentRef, ...]:
        """The one state a sentence's first clause opens with, marker or not (中方坚定支持…，愿…); its
        parliament when the state is written with it (某国议会重视…，愿…)."""
        organ = self._parliament_at(text, cs, ce)
        if organ is not None:
            return () if _COPULA.match(text, organ[1], ce) or self._says.search(text, organ[1], ce) else (organ[0],)
        hit = self._countries_at(text, cs, ce)
        if hit is None or len(hit[0]) != 1 or _COPULA.match(text, hit[1], ce) or self._says.search(text, hit[1], ce):
            return ()  # 中国是…的重要贡献方，愿同中方…: a description of China; 美国媒体称，将…: a report
        return (self._country_agent(hit[0][0]),)

    def _anaphor_parties(self, state: DocState, text: str, cs: int, count: int, anaphor: str) -> list[AgentRef]:
        """双方/三方 after a signing (A与B签署…协议) in this or the sentence before: the signing parties;
        两地/三地/三省 …: the places named in the paragraph before.  Exactly ``count`` of them, or none."""
        i = state.sentence_index(cs)
        ss = state.sentences[i][0]
        lo = state.sentences[i - 1][0] if i > 0 else ss
        para = next((p for p in state.paragraphs if p[0] <= cs < p[1]), (ss, cs))
        if anaphor.endswith(("方",)):
            m = _SIGNING.search(text, max(lo, para[0]), cs)
            if m is None:
                return []
            clause_start = max(text.rfind(c, max(lo, para[0]), m.start()) for c in "。，；：") + 1
            parties = self._signing_parties(state, text, max(clause_start, max(lo, para[0])), m.start())
        else:
            kinds = ("province",) if anaphor.endswith("省") else ("city",) if anaphor.endswith("市") else ("province", "city")
            seen = [AgentRef(x.kind, x.value) for x in sorted(state.mentions, key=lambda x: x.start)  # type: ignore[arg-type]
                    if para[0] <= x.start < cs and x.kind in kinds]
            parties = list(dict.fromkeys(seen))
            if len(parties) != count and "province" in kinds:  # 京津冀 … 三地将…: the region named last
                region = next((x for x in sorted(state.mentions, key=lambda x: -x.start)
                               if x.start < cs and x.kind == "region"), None)
                if region is not None:
                    parties = self._expand("region", region.value)
        return parties if len(parties) == count else []

    def _signing_parties(self, state: DocState, text: str, start: int, end: int) -> list[AgentRef]:
        """"中央广播电视总台今天（4月25日）与山东大学": the places and named bodies joined by 与/和/同/、."""
        body = re.sub(r"[（(][^）)]{0,12}[）)]|今天|近日|日前|昨天|\d{1,2}月\d{1,2}日|在[^与和同、]{1,12}", "", text[start:end])
        body = re.split(r"举行|签署|签订|共同|正式|在|于", body)[0]
        out: list[AgentRef] = []
        for part in re.split(r"与|和|同|、|及", body):
            part = part.strip()
            m = next((x for x in state.mentions if text[x.start:x.end] == part
                      and x.kind in ("province", "city", "org")), None)
            if m is not None:
                out.append(AgentRef("organization" if m.kind == "org" else m.kind, m.value))  # type: ignore[arg-type]
            elif self._named_body(part):
                out.append(AgentRef("organization", part))
            else:
                return []  # a party we cannot name: none rather than a wrong count
        return list(dict.fromkeys(out))

    def _named_body(self, name: str) -> bool:
        """A body's own name (国铁集团, 中国中信集团, 山东大学), not a class (各级党委, 有关企业)."""
        suffix = self._starts_with(name[::-1], tuple(x[::-1] for x in self.cues.body_suffix))
        return (suffix is not None and len(name) > len(suffix) + 1 and len(name) <= 20
                and self._starts_with(name, self.cues.class_prefix) is None and not name.endswith(self.cues.not_body_end)
                and not re.search(r"[，。、和与及的]|[一二三四五六七八九十两几多\d]+家|^[我你他她它咱]", name))

    def _recordable(self, state: DocState, agent: AgentRef) -> bool:
        """Is an addressee an identifiable actor (a place, a person, a named body), not a class?"""
        if agent.kind != "organization":
            return True
        name = agent.name
        if name in self._country_by_name or name in self.cues.party:
            return True  # a state (越南, 中华人民共和国), a party named as such (各民主党派)
        if name.endswith(self.cues.event_suffix):
            return False  # 希望纪念活动凝聚…: an event is no actor
        if name in self._class_values or self._starts_with(name, self.cues.class_prefix) is not None:
            return name in self._kept and name.startswith("各") and not name.startswith(("各级", "各地"))
        if name in self._kept:
            return True
        if any(m.kind == "org" and m.value == name for m in state.mentions):
            return True
        if any(name == n for n, _ in self._bodies) or (name.endswith("领导小组") and len(name) > 4):
            return True
        return self._named_body(name)

    def _pronoun_subject(self, clause: str, cs: int) -> tuple[_Subject, int] | None:
        """"我们将…" / "我国要…": a first-person or state subject names no agent of its own (the
        speaker's standing decides whose pledge it is), but it must be followed by a marker."""
        first, states = self.cues.first_person, self.cues.state
        cached = self.__dict__.get("_pronoun_starts")
        if cached is None or cached[0] is not first or cached[1] is not states:
            cached = self.__dict__["_pronoun_starts"] = (first, states, (*first, *states))
        if not clause.startswith(cached[2]):
            return None  # most clauses open with no pronoun: one C-level startswith before the loop
        for fp, kind in [(c, "first_person") for c in self.cues.first_person] + [(c, "state") for c in self.cues.state]:
            if clause.startswith(fp):
                rest = clause[len(fp):]
                joined = _JOINED_PARTNER.match(rest) if kind == "state" else None
                skip = joined.end() if joined else 0  # 国家和地方会继续…: the state with its partner
                rest = rest[skip:]
                willing = self._starts_with(rest, self.cues.volition)
                if len(fp) == 1 and willing is None:
                    continue  # 我 alone pledges only with 愿 (我愿同您一道…); 我要感谢… sets no task
                marker = self._starts_with(rest, self.cues.future) or willing or self._pledge_at(rest)
                if marker is None and kind == "first_person" and len(fp) > 1:
                    # 我们应该…: an obligation the speaker sets as 我们要… (not 应 alone: 我们应对…)
                    marker = self._starts_with(rest, [o for o in self.cues.obligation if len(o) > 1])
                after = rest[len(marker):] if marker else ""
                if marker in self.cues.future and (self._prediction.match(after) or self._disposal.match(after)):
                    return None  # 我们将迎来…: a date coming, not a pledge
                if marker and not self._starts_with(rest, self.cues.not_pledge):
                    return (_Subject((), False, first_person=kind == "first_person", state=kind == "state",
                                     nation=fp in self.cues.nation, future=marker in self.cues.future or marker == willing),
                            cs + len(fp) + skip + self._past(marker))
        return None

    def _subject_agents(self, state: DocState, text: str, pos: int, cs: int,
                        ce: int) -> tuple[list[AgentRef], bool, int]:
        """The places, bodies and addressees listed at ``pos`` ("广东、广西和海南"), joined by 和/、;
        whether any addressee is subordinate; and where the list ends."""
        agents: list[AgentRef] = []
        subordinate = False
        mentions = state.mentions_starting(cs, ce)
        while pos < ce and pos - cs <= _MAX_SUBJECT:
            m = next((m for m in mentions if m.start == pos and m.kind in ("province", "region", "city", "org")), None)
            rest = text[pos:ce]
            addr = self._addressee_at(rest)
            # 国务院关税税则委员会决定…, 某省生态环境厅将…: a body named by its shape, longer than what the gazetteer marks
            org = state.org_starting(pos, m.end if m is not None else 0)
            party = self._starts_with(rest, self._speaking_parties) if m is None and addr is None and org is None else None
            placed = self._placed_class(text, m, ce) if org is not None else None
            if m is not None and placed is not None:  # 陕西各级党委和政府…: a placed class is its place (call 2)
                agents.extend(self._expand(m.kind, m.value))
                pos = placed
            elif party is not None:  # 中国共产党愿…: the party named as such (its Central Committee commits)
                agents.append(AgentRef("organization", party))
                pos += len(party)
            elif (org is not None and org.end <= ce
                  and (addr is None or org.end - org.start > addr[1]
                       or (org.end - org.start == addr[1] and addr[0].agent_kind != "sar"))  # 特区政府: the table's
                  and (named := self._body_name(state, pos, org.value))):
                agents.extend(named)  # 某国星河公司: the company's own name, as the tagger's would be read
                pos = org.end
            elif m is not None and (addr is None or m.end - m.start >= len(addr)):
                agents.extend(self._expand(m.kind, m.value))
                pos = m.end
            elif addr is not None:
                a, length = addr
                subordinate = subordinate or a.subordinate
                if a.agent_kind == "leading_group":
                    agents.append(AgentRef("organization", self._leading_group(state)))
                elif a.agent_kind == "sar":
                    agents.append(self._sar(state, a.value))
                else:
                    agents.extend(self._expand("region", a.value) if self.ref.expand_collective(a.value)
                                  else [AgentRef("organization", a.value)])
                pos += length
            elif (short := self._abbreviated(rest)) is not None:  # 川渝两地要…: places by their one-character names
                agents.extend(AgentRef("province", p) for p in short[0])
                pos += short[1]
                break
            elif (members := self._members(state, rest)) is not None:  # 成员国要…, 五国要…: the grouping the report names
                agents.append(members[0])
                pos += members[1]
                break
            else:
                break
            joiner = self._starts_with(text[pos:ce], self.cues.joiner)
            if joiner is None:
                break
            pos += len(joiner)
        if agents:  # 四川和重庆两地要…, 陕西省委和省政府要…: words that only sum up or echo the list
            echo = _PLACE_ECHO.match(text, pos, ce)
            pos = echo.end() if echo is not None else pos
        return agents, subordinate, pos

    def _placed_class(self, text: str, m: Mention | None, ce: int) -> int | None:
        """Where a place and the class after it end (陕西各级党委和政府, 江苏各级党委), or None."""
        if m is None or m.kind not in ("province", "city"):
            return None
        addr = self._addressee_at(text[m.end:ce])
        if addr is None or addr[0].agent_kind != "organization" or addr[0].value not in self._class_values:
            return None
        return m.end + addr[1]

    def _members(self, state: DocState, rest: str) -> tuple[AgentRef, int] | None:
        """"成员国/五国要…" opening a national leader's clause in a report that names one grouping of states
        (金砖国家, 上海合作组织, 东盟): that grouping, as gold records it; and the length of the words."""
        m = _MEMBERS.match(rest)
        sp = self._speaking
        if m is None or sp is None or sp.kind != "person" or not self._is_national(state, sp.name):
            return None  # a national leader's task for the members (other speakers' 成员国要… are their own pledges)
        article = state.article
        named = [g for g in self._groupings if any(n in article.text or n in (article.title or "") for n in g.names)]
        return (self._country_agent(named[0]), m.end()) if len(named) == 1 else None

    def _abbreviated(self, rest: str) -> tuple[list[str], int] | None:
        """Places named by their one-character abbreviations and summed up by a count (川渝两地, 粤澳双方),
        with where the words end; a run of abbreviations alone is no subject (京, 新 are words too)."""
        places: list[str] = []
        i = 0
        while i < len(rest) and (p := self._by_abbr.get(rest[i])) is not None and p not in places:
            places.append(p)
            i += 1
        count = _PLACE_COUNT.match(rest, i) if len(places) >= 2 else None
        if count is None or _COUNTS.get(count.group(1), len(places)) != len(places):
            return None
        return places, count.end()

    def _marked_subject(self, text: str, agents: list[AgentRef], subordinate: bool, pos: int,
                        ce: int) -> tuple[_Subject, int] | None:
        """Named agents make a subject only before a task marker (将, 要 …), and 将 only when it
        marks the future, not an object (将…提升为…) or a prediction."""
        others = self._and_others.match(text, pos, ce)
        pos = others.end() if others is not None else pos  # 某部等部门还将…: the bodies named lead
        time = self._time_lead.match(text, pos, ce)
        if time is not None and not self._starts_with(text[pos:ce], self.cues.not_pledge):
            pos = time.end()  # 某市今年将…, 某部近期还将…: the time between the subject and its marker
        said = self._said_lead.match(text, pos, ce)
        pos = said.end() if said is not None else pos  # 某行表示将…: the subject's own words, its pledge
        rest = text[pos:ce]
        if self._starts_with(rest, self.cues.not_pledge):
            return None
        willing = self._starts_with(rest, self.cues.volition) or self._plan_at(rest)  # 圣普国民议会愿…, 某市计划…
        marker = self._starts_with(rest, self.cues.future) or willing or self._pledge_at(rest)
        joined = self._coordinated(text, pos, ce) if marker is None and not subordinate else None
        if joined is not None:  # 某国议会正在讨论该草案，并计划…: the subject's own next step
            pos, rest = joined, text[joined:ce]
            willing = self._starts_with(rest, self.cues.volition) or self._plan_at(rest)
            marker = self._starts_with(rest, self.cues.future) or willing
        if marker is None:
            if subordinate and rest:  # 各地区谋划…，要…: the addressee of the sentence's next 要
                return _Subject(tuple(dict.fromkeys(agents)), True), -1
            return None
        if marker in self.cues.future and (self._disposal.match(text, pos + len(marker), ce)
                                           or self._prediction.match(text, pos + len(marker), ce)):
            return None  # 江门将防风应急响应提升为一级: 将 marks the object, not the future
        return (_Subject(tuple(dict.fromkeys(agents)), subordinate, future=marker in self.cues.future or marker == willing),
                pos + self._past(marker))

    def _coordinated(self, text: str, pos: int, ce: int) -> int | None:
        """"X衷心感谢…并将…", "X正在讨论…，并计划…" within one clause: where the marker after the coordinator
        starts, when the words before it are a verb phrase of the same subject (no 的 of a noun phrase, no
        state's name: 某方支持某国并将… stays the first state's)."""
        m = self._coordination.match(text, pos, ce)
        if m is None or "的" in text[pos:m.start(1)] or (self._country_re is not None
                                                         and self._country_re.search(text, pos, m.start(1))):
            return None
        return m.end(1)

    def _named_parties(self, state: DocState, text: str, start: int, end: int) -> tuple[list[AgentRef], int]:
        """The noun phrases listed at ``start`` (各民主党派中央、全国工商联和无党派人士), up to the first
        verb or adverb, each an organisation; and where the list ends."""
        toks = [t for t in pos_tokens(text, start, end, state.tokens_between(start, end) or None) if t[2].strip()]
        parts: list[str] = []
        cur = ""
        stop = start
        for _s, e, word, tag in toks:
            if word in ("、", "和", "及", "与"):
                parts.append(cur)
                cur = ""
            elif (tag.startswith(_NOMINAL_TAGS) and not tag.startswith("r")) or word == "各":
                cur += word
            else:
                break
            stop = e
        parts.append(cur)
        # a preposition glued to the last name by the segmenter (希望意方为…): not part of it
        parts = [p[:-1] if len(p) > 2 and p[-1] in "为把对在向以从同与将" else p for p in parts]
        # a party is a body or a class of them (全国工商联, 各民主党派, 无党派人士), a state or its side (日方),
        # never a run of words the tagger glued (大家大力弘扬志愿精神)
        named = [AgentRef("organization", p) for p in parts if len(p) >= 2 and p not in self._not_parties
                 and (self._party.search(p) or self._named_body(p) or self._as_country(AgentRef("organization", p)).name != p
                      or p in self._country_by_name or p in self.cues.addressees or (p.endswith("方") and len(p) <= 3)
                      or any(m.kind == "org" and m.value == p for m in state.mentions))]
        return (named, stop) if named else ([], start)

    def _addressee_at(self, rest: str) -> tuple[Addressee, int] | None:
        """The addressee ``rest`` starts with, also after a distributive 各级/各 (各级各有关方面)."""
        names = self._addressee_names
        hit = self._starts_with(rest, names)
        if hit is not None:
            return self.cues.addressees[hit], len(hit)
        for d in self.cues.distributive:
            if rest.startswith(d):
                inner = self._addressee_at(rest[len(d):]) if len(rest) > len(d) else None
                if inner is not None:
                    return inner[0], len(d) + inner[1]
        return None

    def _speaker_clause(self, state: DocState, text: str, cs: int, ce: int) -> str | None:
        """A clause that introduces speech: "李强说", "习近平在听取…汇报时强调", "习近平对乡亲们说",
        or "他强调" (the person named last before it goes on speaking)."""
        clause = text[cs:ce].strip()
        verb = next((v for v in self.cues.speech if clause.endswith(v)), None)
        if verb is None or len(clause) > _MAX_SPEAKER_CLAUSE:
            return None
        if self._starts_with(clause, self.cues.pronoun) and len(clause) <= 4:
            return self._last_person_before(state, cs)
        first: tuple[int, int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, e in spans:
                if cs <= s < ce and (first is None or s < first[0]):
                    first = (s, e, person)
        if first is None:
            return None
        # between the name and the verb only a place, a time or an audience: "在听取…汇报时", "对乡亲们";
        # "…总书记重要讲话的要求" is no speech
        between = text[first[1]:cs + len(text[cs:ce].rstrip()) - len(verb)]
        if len(between) > _MAX_SPEECH_GAP or "的" in between:
            return None
        return first[2]

    def _last_person_before(self, state: DocState, offset: int) -> str | None:
        best: tuple[int, str] | None = None
        for person, spans in state.person_mentions.items():
            for s, _ in spans:
                if s < offset and (best is None or s > best[0]):
                    best = (s, person)
        return best[1] if best else None

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
        """The region whose meeting it is: named in the title, or as the subject of a clause
        ("三省一市要…") in the paragraph or before it — never one only mentioned inside a task
        (建设北京（京津冀）…国际科技创新中心)."""
        text = state.article.text
        regions = [m for m in state.mentions if m.kind == "region"
                   and (m.start == 0 or text[m.start - 1] in "，。；：、\n　 ")]
        inside = [m for m in regions if para[0] <= m.start < para[1]]
        before = [m for m in regions if m.start < offset]
        m = inside[0] if inside else (before[-1] if before else None)
        if m is None:
            titled = [r for r in self.ref.regions if any(len(n) >= 2 and n in state.article.title for n in r.names)]
            return self._expand("region", titled[0].name) if len(titled) == 1 else []
        return self._expand("region", m.value)

    def _event_record(self, state: DocState, event: str | None) -> EventRecord | None:
        return next((e for e in state.extraction.events if e.key == event), None) if event else None

    def _event_body(self, state: DocState, event: str | None) -> NationalBody | None:
        """The national body whose meeting the event is (国务院常务会议 → 国务院), if its label says so."""
        rec = self._event_record(state, event)
        if rec is None:
            return None
        # the body named first, longest name first at a place (九三学社第十四届中央委员会…: 九三学社); the
        # term number read out of the name (中国农工民主党第十七届中央委员会 → 中国农工民主党中央委员会)
        label = _TERM.sub("", rec.label)
        hits = [(label.find(name), -len(name), body) for name, body in self._bodies if name in label]
        return min(hits, key=lambda h: (h[0], h[1]))[2] if hits else None

    def _leading_group_of(self, state: DocState, event: str | None) -> str | None:
        """The leading group (or commission) whose meeting the event is."""
        body = self._event_body(state, event)
        if body is not None and body.kind == "leading_group":
            return body.label
        rec = self._event_record(state, event)
        if rec is not None and "领导小组" in rec.label:
            label = rec.label[: rec.label.index("领导小组") + 4]
            for m in state.mentions:  # the full name as the gazetteer or the text gives it
                if m.kind == "org" and m.value.endswith(label):
                    return m.value
            for name, b in self._bodies:  # 建设工作领导小组 → 推进“一带一路”建设工作领导小组
                if name.endswith(label) and b.kind == "leading_group":
                    return str(b.label)
            return label
        return None

    def _context_events(self, state: DocState, offset: int) -> list[str]:
        """Events a speech at ``offset`` may belong to, nearest first: the last one reported earlier in
        the same paragraph, the one whose report covers ``offset``, and an article's only work report."""
        out: list[str] = []
        para = next(((s, e) for s, e in state.paragraphs if s <= offset < e), None)
        if para is not None:
            before = [e for e in state.extraction.events if para[0] <= e.evidence.start <= offset]
            out += [e.key for e in sorted(before, key=lambda e: e.evidence.start, reverse=True)]
        here = state.event_at(offset)
        if here is not None:
            out.append(here)
        reports = [e.key for e in state.extraction.events if "汇报" in e.label]
        if len(reports) == 1:
            out.append(reports[0])
        return list(dict.fromkeys(out))

    def _report_provinces(self, state: DocState, event: str | None, speaker: str) -> list[AgentRef]:
        """A work report (汇报会): the province that reports, to which the whole speech is addressed."""
        rec = self._event_record(state, event)
        if rec is None or "汇报" not in rec.label:
            return []
        own = state.province_of(speaker)
        who = [a for a in self._participants(state, event) if own is None or a != AgentRef("province", own.name)]
        if who:
            return who
        named = [p.short for p in self.ref.provinces if any(len(n) >= 2 and n in rec.label for n in p.names)]
        return [AgentRef("province", n) for n in dict.fromkeys(named)]

    def _national_org(self, state: DocState, person: str | None) -> str | None:
        """The body a national leader speaks for when he says 国家将…: 国务院 first, then 中共中央."""
        orgs = [_POLITBURO_AS_CENTRE.get(p.organization.label, p.organization.label) for p in state.extraction.posts
                if p.person == person and p.organization.jurisdiction is None]
        for preferred in ("国务院", "中共中央"):
            if preferred in orgs:
                return preferred
        return orgs[0] if orgs else None

    def _party_group(self, state: DocState, event: str | None) -> str | None:
        """"全国政协党组会议", "全国人大常委会党组举行集体学习": the party group of a national body whose
        meeting the event is (named by the event's label or the report's title), if any."""
        rec = self._event_record(state, event)
        for text in (rec.label if rec else "", state.article.title):
            if _REPORTS_HEARD.search(text):
                return None  # 政治局常委会听取…党组工作汇报: the groups report, the Politburo resolves
            if "党组" not in text:
                continue  # no party group named: no body to try
            for name, body in self._bodies:
                i = text.find(f"{name}党组")
                if i >= 0 and not text.startswith("、", i + len(name) + 2):  # not one of several (…党组、国务院党组…)
                    return f"{body.label}党组"
        return None

    def _paragraph_group(self, state: DocState, offset: int) -> str | None:
        """"国务院党组5月6日召开会议。会议强调…": in a report on several bodies' party groups, the
        group a paragraph opens with is the one its meeting cues speak for."""
        para = _paragraph_of(state, offset)
        if para is None:
            return None
        head = state.article.text[para[0]:min(para[1], para[0] + 16)]
        if "党组" not in head:
            return None  # no party group named: no body to try
        for name, body in self._bodies:
            if head.lstrip().startswith(f"{name}党组"):
                return f"{body.label}党组"
        return None

    def _meeting_committers(self, state: DocState, event: str | None, para: tuple[int, int], offset: int) -> list[AgentRef]:
        group = self._party_group(state, event)
        if group is not None:
            return [AgentRef("organization", self._paragraph_group(state, offset) or group)]
        who = self._participants(state, event)
        if who:
            return who
        body = self._event_body(state, event)
        if body is not None:  # 国务院常务会议: the State Council resolves, not its chair
            return [AgentRef("organization", body.label)]
        who = self._collective(state, para, offset)
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
            body = text[start:end].strip()
            if self._starts_with(body, self.cues.partner_prep) and body.endswith(self.cues.together):
                return ""  # 同老方一道，加强…: the company it acts in, not an action
            return self._cut(state, start + len(text[start:end]) - len(text[start:end].lstrip()), body)
        first = projects[0].start
        toks: list[tuple[int, int, str, str]] = [t for t in pos_tokens(text, start, first, state.tokens_between(start, first) or None) if t[2].strip()]
        toks = self._without_partner(toks)
        while toks and toks[0][3] in _EDGE_TAGS:
            toks.pop(0)
        while toks and toks[-1][3] in _EDGE_TAGS:
            toks.pop()
        if toks and all(t[2] in self.cues.preposition for t in toks):
            # 愿将[一带一路]倡议同…对接: a lone 将/把 is no action; the clause's words are
            body = text[start:end].strip()
            return self._cut(state, start + len(text[start:end]) - len(text[start:end].lstrip()), body)
        if toks and toks[-1][1] - toks[0][0] <= _MAX_SHORT_ACTION and any(t[3] in _VERBISH for t in toks):
            return text[toks[0][0]:toks[-1][1]]
        run = _verb_run(toks, leading=True)
        if run is not None:
            return text[run[0]:run[1]]
        last = max(p.end for p in projects)
        run = _verb_run([t for t in pos_tokens(text, last, end, state.tokens_between(last, end) or None) if t[3] not in _EDGE_TAGS])
        # only the verb right after the project ("[海南自由贸易港]建设") is its action; a later one is
        # a word of its complement (…的重要门户作用 → never "作用")
        return text[run[0]:run[1]] if run and not text[last:run[0]].strip() else ""

    def _no_action(self, state: DocState, start: int, end: int) -> bool:
        """Is a task clause no action at all: a heading or a connective alone (第一, 同时), a time or a
        circumstance (新形势下, 在新的征程上), a condition (根据市场需求, 按照…的要求)?"""
        text = state.article.text
        body = text[start:end].strip()
        heading = _HEADING.match(body)
        if heading is not None:
            body = body[heading.end():].lstrip("，、 ")
        if not body or body in self._connectives:
            return True
        if (self._circumstance.search(body) and (body.startswith("在") or len(body) <= _MAX_TIME_PHRASE)
                and not any(t[3] in ("v", "vn") for t in pos_tokens(body, 0, len(body)) if t[2].strip())):
            return True  # 新形势下, 在新的伟大征程上; never 把钱用在刀刃上
        return (self._starts_with(body, self.cues.condition) is not None
                and body.endswith(self.cues.condition_end) and len(body) <= _MAX_CONDITION)

    def _cut(self, state: DocState, at: int, body: str) -> str:
        """``body`` (a clause's words from ``at``) up to ``_MAX_ACTION`` characters, cut only between two
        words (…供给绿色电力, never …供给绿色电): a long clause keeps its last whole word in the limit."""
        if len(body) <= _MAX_ACTION:
            return body
        cut, end = 0, at + len(body)
        spans = state.tokens_between(at, end) or [(t[0], t[1]) for t in pos_tokens(state.article.text, at, end)]
        for _s, e in spans:
            if e - at > _MAX_ACTION:
                break
            cut = e - at
        return body[:cut] if cut else body[:_MAX_ACTION]

    def _without_partner(self, toks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The tokens of an action without the partner it opens with: "同中方加强共建" → 加强共建, never
        中方加强 (the partner is no actor of the pledge; 同/与 cut off would leave the wrong side acting)."""
        lead = toks[0][2] if toks else ""
        if lead not in self.cues.partner_prep:
            return toks
        k = 1
        while k < len(toks) and (toks[k][3].startswith(_NOMINAL_TAGS) or toks[k][2] in self.cues.joiner):
            k += 1  # the partner: 中方, 包括泰国在内的各方 stops at its first verb
        while k < len(toks) and toks[k][2] in self.cues.together:
            k += 1
        return toks[k:] if 1 < k < len(toks) and toks[k][3] in _VERBISH else toks

    # -- main ----------------------------------------------------------------
    def find(self, state: DocState, mentions: Sequence[ProjectMention]) -> Found:
        """One statement (a commitment or a directive) per sentence that holds one."""
        from kg.nlp.speakers import SpeakerFinder

        found = Found()
        self._hoped: tuple[tuple[int, int] | None, str | None, list[AgentRef]] | None = None
        self._announced = False  # 对X提出3点希望: every following task of the speech is for X
        self._announced_end = -1  # where the last 对X提出…希望/要求 ends
        self._kept = set()
        self._released: dict[int, int] = {}  # paragraph start → where a released document is named
        self._report_speaker: str | None = None  # who is reading his body's work report
        self._lessons = False  # 我们积累了宝贵经验：第一，…: the list that follows recounts, it sets no task
        self._pledge: tuple[int, str | None, tuple[AgentRef, ...]] | None = None  # (sentence, speaker, committers)
        self._listed_pledge: tuple[int, str | None, tuple[AgentRef, ...]] | None = None  # …将…。第二，继续…
        self._lac_memo = {}  # the tagger's words of a window, per report
        if not state.sentences or state.recalled_report():
            return found  # a life review (X伟大光辉的一生): every word it quotes is recalled
        self._country_context(state)
        speakers = state.sentence_speakers or SpeakerFinder().find(state)
        by_index = {sp.sentence: sp for sp in speakers}
        text = state.article.text
        issuer = self._notice_issuer(state)
        noticed = False  # inside the notice's requirements (通知要求，…。要…。)
        occasion_past = False  # in a recalled occasion (今年3月，某某来到…。他强调，…): see _occasion
        feature = not state.extraction.events  # a report of no event of its own (a look-back feature)
        for i, (ss, se) in enumerate(state.sentences):
            sp = by_index.get(i)
            recalled, occasion_past = self._occasion(state, sp, ss, se, occasion_past, feature)
            if issuer is not None:
                sp, noticed = self._notice_speaker(state, sp, i, ss, se, issuer, noticed)
            sp = self._body_speaking(self._states_speaking(sp))
            self._announce(state, sp, ss, se)
            if sp is not None:
                self._track_report(state, sp, ss)
            self._track_lessons(text, sp, ss, se, state.clause_cuts)
            if (sp is None or not _is_sentence(text, ss, se) or _APPOINTMENT.search(text, sp.body_start, se)
                    or _question(text, ss, se)
                    or self._believed(text[sp.body_start:se].lstrip("，：: "))
                    or self._plan_content.match(text, sp.body_start, se)
                    or (sp.kind != "none" and self._quoted.match(text, sp.body_start, se))
                    or self._maxim.match(text, sp.body_start if sp.intro else ss, se)
                    or _recalled(state, text, sp.body_start, se, self.discourse)
                    or self._document_content(state, sp, ss)
                    or _earlier_year_paragraph(state, ss)
                    or (self.discourse and sp.intro and sp.clause_start >= 0
                        and any(_past_here(state, cs, ss, sp.body_start) and not _past_object(state, cs, ce, self._looking_back)
                                for cs, ce in split_clauses(text, ss, sp.body_start, state.clause_cuts)))
                    or (sp.intro and state.recalled_intro(ss, sp.body_start))
                    or (feature and sp.intro and self._visit_occasion.search(text, ss, sp.body_start) is not None)
                    or (recalled and sp.kind in ("person", "meeting"))
                    or self._greeting(text, sp.body_start if sp.intro else ss, se)
                    or self._document_says.search(text[sp.body_start if sp.intro else ss:se]) is not None
                    or self._narrator_line.match(text, ss, se)
                    or self._wish.match(text, sp.body_start if sp.intro else ss, se)
                    or self._wished(state, sp.body_start if sp.intro else ss, se)
                    or self._programme_heading.match(text[sp.body_start if sp.intro else ss:se])
                    or self._own_purpose.match(text, sp.body_start if sp.intro else ss, se)
                    or self._judgement(text, sp.body_start if sp.intro else ss, se, state.clause_cuts)):
                continue
            self._sentence_with_model(state, found, sp, i, ss, se, mentions)
        return found

    def _occasion(self, state: DocState, sp: SentenceSpeaker | None, ss: int, se: int, past: bool,
                  feature: bool) -> tuple[bool, bool]:
        """Is sentence ``text[ss:se]`` in a recalled occasion (``past``: the sentences before it were),
        and are the sentences after it?  A sentence that opens with a past time and names a person
        ("今年3月，某某来到某村考察。", "4月，某某主持召开…会议。") sets the scene of an earlier occasion
        (its own date or a time word it opens with; not a past the clause only mentions, "某某多次主持…", a
        span up to now, "今年以来，…", or what a verb looks back on, "肯定去年…的成绩"): the remarks that follow in its paragraph ("他强调，要…", "会议指出，…") were
        made then — and, in a report of no event of its own (a look-back feature), in the paragraphs
        after it — until a sentence opens with a time that is not past ("今天，…", "近日，…", a recent
        date).  The scene-setting sentence itself is left to the checks of its own introducing clause."""
        text = state.article.text
        if past and not feature and any(p == ss for p, _ in state.paragraphs):
            past = False  # a new paragraph of a news report: the report's own day again
        first = state.time_at(ss + len(text[ss:se]) - len(text[ss:se].lstrip()))
        if first is None:
            return past, past
        if first.tense == "past":
            continued = sp is not None and sp.kind != "none" and not sp.intro  # recalled words in a speech
            clause = text[first.start:first.end].lstrip()
            dated = first.cue is not None and (first.cue == first.date or clause.startswith(first.cue))
            opened = (not continued and dated and state.cues().since.search(clause) is None
                      and not _past_object(state, first.start, first.end, self._looking_back))
            named = any(ss <= s0 < se for spans in state.person_mentions.values() for s0, _ in spans)
            return past, past or (opened and named)
        if first.date is not None or state.cues().now.match(text[first.start:first.end]):
            return False, False  # "今天，…", "近日，…", "8月3日，…": a time of the report's own
        return past, past

    def _greeting(self, text: str, start: int, se: int) -> bool:
        """"谨向同志们致以诚挚问候！": a greeting sets no task (unless a task follows it: …，希望…/要…)."""
        m = self._greeted.search(text, start, se)
        return m is not None and self._task_after.search(text, m.end(), se) is None

    def _judgement(self, text: str, start: int, se: int, cuts: ClauseCuts | None = None) -> bool:
        """Does the sentence (its words from ``start``) judge what matters rather than set a task:
        its last clause ends in a judgement (…，选准产业是关键), or a clause links to one (…，关键在于…)?"""
        if self._judged_end.search(text, start, se):
            return True
        return any(self._judged_link.match(text[cs:ce].lstrip()) for cs, ce in split_clauses(text, start, se, cuts))

    def _states_speaking(self, sp: SentenceSpeaker | None) -> SentenceSpeaker | None:
        """"德国、英国、法国等欧洲国家方面称，…": states named as the speaker speak as a body (call 9)."""
        if sp is None or sp.kind != "other" or not sp.name or self._country_re is None:
            return sp
        said = self._act.sub("", sp.name)  # 中国代表在会上发言: the state's representative speaks for it
        hits = list(self._country_re.finditer(said))
        rest = self._country_re.sub("", said)
        if not hits or not self._states_say.fullmatch(rest):
            return sp  # 美国媒体称: not the state
        labels = "、".join(dict.fromkeys(self._country_by_name[h.group()].label for h in hits))
        return SentenceSpeaker(sp.sentence, "body", labels, "organization", sp.intro, sp.body_start, sp.clause_start,
                               sp.clause_end, sp.verb)

    def _body_speaking(self, sp: SentenceSpeaker | None) -> SentenceSpeaker | None:
        """"中国中车集团表示，将…", "星河科技有限公司负责人表示，公司将…": a named body the gazetteer does
        not know (a company, a bank), or its spokesman, speaks as the body."""
        if sp is None or sp.kind != "other" or not sp.name:
            return sp
        # 星河集团今天（5月6日）表示, 某国外交部26日发表声明说: the body, not its day or the act that made its words
        name = self._said_when.sub("", self._act.sub("", sp.name))
        role = next((r for r in self.cues.spokesman if name.endswith(r)), "")
        name = self._said_when.sub("", name[: len(name) - len(role)].rstrip("的"))
        first = re.split(r"和|、", name, maxsplit=1)[0]  # 某国总统府和政府: the body named first leads
        if self._named_body(first) and first != name and len(first) < len(name) - 1:
            name = first
        if not self._named_body(name) and name not in self._known_names:
            return sp
        return SentenceSpeaker(sp.sentence, "body", name, "organization", sp.intro, sp.body_start, sp.clause_start,
                               sp.clause_end, sp.verb)

    # -- a national body's notice ----------------------------------------------------------------
    def _notice_issuer(self, state: DocState) -> str | None:
        """The national body whose notice the report's lead announces (中共中央、国务院印发了《…》，并
        发出通知; 教育部近日印发通知): the first body named before the notice verb."""
        text = state.article.text
        for ss, se in state.sentences[:2]:
            for verb in self.cues.notice_verb:
                at = text.find(verb, ss, se)
                if at < 0:
                    continue
                bodies = sorted((m.start, m.value) for m in state.mentions if m.kind == "org" and ss <= m.start < at
                                and any(m.value == str(b.label) for _, b in self._bodies))
                return bodies[0][1] if bodies else None
        return None

    def _notice_speaker(self, state: DocState, sp: SentenceSpeaker | None, i: int, ss: int, se: int, issuer: str,
                        noticed: bool) -> tuple[SentenceSpeaker | None, bool]:
        """The notice speaks: in the lead's "…印发…，要求/部署…", after "通知要求，", and in the sentences
        of tasks that follow it (要…, 信访部门要…) until someone else speaks."""
        text = state.article.text
        if sp is not None and sp.intro and sp.kind != "none" and sp.name != issuer:
            return sp, False  # another speaker
        for verb in self.cues.notice_verb:
            at = text.find(verb, ss, se)
            m = _NOTICE_LEAD.search(text, at, se) if at >= 0 else None
            if m is not None:  # …印发了《…》，并发出通知，要求各地区各部门…
                return SentenceSpeaker(i, "body", issuer, "organization", True, m.end(), ss, m.end(), _NOTICE), True
        cue = next((c for c in self.cues.notice_cue if text.startswith(c, ss + len(text[ss:se]) - len(text[ss:se].lstrip()))), None)
        if cue is not None:  # 通知要求，…
            start = text.find(cue, ss) + len(cue)
            start += 1 if text[start:start + 1] in "，：:" else 0
            return SentenceSpeaker(i, "body", issuer, "organization", True, start, ss, start, _NOTICE), True
        if noticed and _NOTICE_TASK.match(text, ss, se) is None:
            return sp, False  # no task: the notice's requirements are over
        if noticed:
            return SentenceSpeaker(i, "body", issuer, "organization", False, ss, -1, -1, _NOTICE), True
        return sp, False

    # -- the trained model's say (kg_statement_kind; docs/statements-model.md) -------------
    def _sentence_with_model(self, state: DocState, found: Found, sp: SentenceSpeaker, index: int, ss: int, se: int,
                             mentions: Sequence[ProjectMention]) -> None:
        """The rules' statement of sentence ``index``, then the model's say by ``self.policy``
        (:class:`~kg.nlp.statement_kind.ModelPolicy`): a veto drops what the rules found, an
        addition reads a sentence the rules left alone with every clause a task and keeps it when
        the rules find its actor and the model's kind.  Policy ``rules``: the rules alone."""
        n_c, n_d = len(found.commitments), len(found.directives)
        self._sentence(state, found, sp, ss, se, mentions)
        if self.policy.policy == "rules":
            return
        scores = sentence_scores(state, index)
        ruled = len(found.commitments) > n_c or len(found.directives) > n_d
        if ruled and self.policy.vetoes(scores):
            del found.commitments[n_c:], found.directives[n_d:]
        kind = None if ruled else self.policy.adds(scores)
        if kind is None:
            return
        self._sentence(state, found, sp, ss, se, mentions, tasks=self._every_clause(state, sp, ss, se))
        if (kind == "commitment" and len(found.directives) > n_d) or (kind == "directive" and len(found.commitments) > n_c):
            del found.commitments[n_c:], found.directives[n_d:]  # the rules read another kind: not added

    def _every_clause(self, state: DocState, sp: SentenceSpeaker, ss: int, se: int) -> _Tasks:
        """Every clause of the sentence's reported words a task, with the subjects the rules see."""
        text = state.article.text
        out = _Tasks()
        for cs, ce in split_clauses(text, sp.body_start if sp.intro else ss, se, state.clause_cuts):
            subj = self._subject(state, text, cs, ce) or self._generic_subject(state, text, cs, ce)
            if subj is not None and subj[1] >= 0:
                out.subjects.append(subj[0])
                out.clauses.append((subj[1], ce))
            else:
                out.clauses.append((cs, ce))
        return out

    def _track_lessons(self, text: str, sp: SentenceSpeaker | None, ss: int, se: int,
                       cuts: ClauseCuts | None = None) -> None:
        """A speech's list of past lessons (经验, 启示) or its review of the year past (一年来，…) runs until a
        sentence sets a task (要, 必须), a new reporting clause or the end of the speech."""
        if sp is None or sp.kind == "none":
            self._lessons = False
        elif _LESSONS.search(text, ss, se) or self._starts_with(text[sp.body_start:se].lstrip("，：: "), self.cues.review):
            self._lessons = True  # …在报告中指出，一年来，…。一是加强…: the work of the year past, recounted
        elif sp.intro or (self._lessons and any(self._pledge_at(c := text[cs:ce].strip()) or _ITEM_TASK.match(c)
                                                for cs, ce in split_clauses(text, ss, se, cuts))):
            self._lessons = False  # …要…, 一要…: a task ends the review (下一步，一要…。全面启动…: the measures go on)

    def _track_report(self, state: DocState, sp: SentenceSpeaker, ss: int) -> None:
        """"周强在最高人民法院工作报告中指出，…": the speech that follows is his body's report."""
        if sp.intro:
            intro = state.article.text[ss:max(ss, sp.body_start)]
            self._report_speaker = sp.name if "工作报告" in intro or "在报告中" in intro else None
        elif sp.kind == "none":
            self._report_speaker = None

    def _tasks(self, state: DocState, sp: SentenceSpeaker, ss: int, se: int) -> _Tasks:
        """The task clauses of a sentence: where each starts (after its marker) and the subjects named."""
        text = state.article.text
        start = sp.body_start if sp.intro else ss
        clauses = split_clauses(text, start, se, state.clause_cuts)
        out = _Tasks()
        self._speaking = sp  # whose words: a bare state body (国会) they task is the speaker's state's
        # 要求/敦促 X…, 某部部署 X…: the party the reporting verb names is tasked
        ordered = sp.intro and (sp.verb in self._orders or (sp.kind == "body" and sp.verb in self.cues.body_directs))
        pending: _Subject | None = None
        # 四川地处长江上游，要…; 中柬作为铁杆朋友，要…: the place or state described first is tasked
        topic = self._topic_at(state, text, clauses)
        leads = self._pledge_leads(state, sp, text, clauses)
        own = self._own_lead(text, clauses)
        for k, (cs, ce) in enumerate(clauses):
            clause = text[cs:ce]
            # 中方坚定支持…，愿同…/将…; 中国作为母语国，将…; 某国代表表示，…，敦促有关国家…: a call the speaker makes
            pledged = ((self._willing_subject(text, cs, ce, leads[k], pending or own) or self._body_goes_on(sp, text, cs, ce)
                        or self._call_in_words(state, sp, text, cs, ce)
                        or self._call_in_words(state, sp, text, cs, ce, by_state=True)) if k > 0 and not out.clauses
                       else (self._call_in_words(state, sp, text, cs, ce, by_state=True)
                             or (self._call_in_words(state, sp, text, cs, ce)  # 某某表示，敦促某方…
                                 if sp.intro and all(c in "，：: " for c in text[sp.body_start:cs]) else None))
                       if not out.clauses else None)
            if pledged is not None:
                out.subjects.append(pledged[0])
                out.clauses.append((pledged[1], ce))
                pending = None
                continue
            if topic is not None and k == topic[0]:
                pending = topic[1]
                continue
            subj = self._subject(state, text, cs, ce, ordered=k == 0 and ordered, first=k == 0)
            subj, generic = self._shaped(state, sp, text, cs, ce, subj, self._generic_subject(state, text, cs, ce))
            if subj is not None and subj[1] < 0 and generic is not None:
                # 各级党委和国家机关要…: a known addressee joined to an unnamed body
                subj = (_Subject(generic[0].agents or subj[0].agents, True), generic[1])
            if subj is not None and subj[1] < 0:
                pending = subj[0]
                continue
            if subj is not None:
                out.subjects.append(subj[0])
                out.clauses.append((subj[1], ce))
                continue
            future = ((self._starts_with(clause, self.cues.future) or self._starts_with(clause, self.cues.volition)
                       or self._reported_self(sp, clause))
                      if sp.kind in ("person", "body") and k == 0 else None)  # 愿同朝方…: the speaker's own pledge
            if (future is not None and not self._starts_with(clause, self.cues.not_pledge) and not out.clauses
                    and not self._disposal.match(text, cs + len(future), ce) and not self._prediction.match(text, cs + len(future), ce)):
                # 李家超表示将不负…: the speaker's own future action
                out.subjects.append(_Subject((), False, first_person=True, future=True, own=clause.startswith(self.cues.pronoun)))
                out.clauses.append((cs + len(future), ce))
                continue
            marker, skip = self._task_marker(text, cs, ce)
            if marker in self._weak_openers and k > 0 and not out.clauses and pending is None:
                marker = None  # "全军以…，坚决维护…，经受住了…": 坚决 after a narrative clause sets no task
            if marker is not None:
                if pending is not None:
                    out.subjects.append(pending)
                    pending = None
                out.clauses.append((skip + (self._past(marker) if marker in self.cues.pledge else 0), ce))
                continue
            if generic is not None:  # 各族干部要…，社会治理既要…
                out.subjects.append(generic[0])
                out.clauses.append((generic[1], ce))
            elif out.clauses and not self._new_subject(state, cs) and not self._list_ends(clause):
                out.clauses.append((cs, ce))  # 要加快…，深化…，推进…: the list goes on
            elif out.clauses:
                break  # "…；四川则提出…": another subject, another statement
            elif self._unmarked_task(state, sp, clauses, k, ss, se):
                out.clauses.append((cs, ce))
        return out

    def _call_in_words(self, state: DocState, sp: SentenceSpeaker, text: str, cs: int,
                       ce: int, by_state: bool = False) -> tuple[_Subject, int] | None:
        """A later clause of a speaker's words that opens with a verb of calling on others (…，并敦促有关国家
        履行义务; …，呼吁某国立即撤回…): the speaker's call, with the party it names (tasked, as after 要求…)
        and where the task's words start.  ``by_state``: the clause names the one state that calls first (中方
        敦促美方…, any clause): that state is the caller."""
        if sp.kind not in ("person", "body"):
            return None
        lead = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip("并还也又同时 "))
        caller: tuple[AgentRef, ...] = ()
        if by_state:
            states = self._countries_at(text, lead, ce)
            if states is None or len(states[0]) != 1:
                return None
            caller, lead = (self._country_agent(states[0][0]),), states[1] + (1 if text.startswith("也", states[1]) else 0)
        adverb = self._starts_with(text[lead:ce], self.cues.call_adverb)
        lead += len(adverb) if adverb else 0  # 中方强烈敦促…
        verb = self._starts_with(text[lead:ce], self.cues.order_verb)
        if verb is None or ce - lead - len(verb) < 4:
            return None
        at = lead + len(verb)
        subj = self._subject(state, text, at, ce, ordered=True)
        if subj is not None and subj[1] >= 0 and subj[0].agents:
            return _Subject(subj[0].agents, True, hope=True, called=True, caller=caller), subj[1]
        return _Subject((), True, called=True, caller=caller), at

    def _task_marker(self, text: str, cs: int, ce: int) -> tuple[str | None, int]:
        """The task marker a subjectless clause opens with (要…, 不能…), also after a time (今年要…, 下一步要…),
        and where the marker starts."""
        time = self._time_lead.match(text, cs, ce)
        for at in (cs, time.end()) if time is not None else (cs,):
            clause = text[at:ce]
            marker = self._pledge_at(clause) or self._starts_with(clause, self._task_openers)
            if marker is not None:
                return marker, at
        return None, cs

    def _pledge_leads(self, state: DocState, sp: SentenceSpeaker, text: str,
                      clauses: list[tuple[int, int]]) -> list[tuple[AgentRef, ...]]:
        """Per clause, who a subjectless pledge there is made by: a state the sentence opens with, or in the
        narrator's voice the places or bodies its lead names (近日，某部、某局启动…，将开展…)."""
        leads = self._state_leads(text, clauses)
        if sp.kind == "none" and not any(leads):
            leads = self._agent_leads(state, text, clauses)
        if sp.kind == "none" and not any(leads):
            leads = self._announced_leads(state, text, clauses)
        return leads

    def _state_leads(self, text: str, clauses: list[tuple[int, int]]) -> list[tuple[AgentRef, ...]]:
        """Per clause, the state a subjectless pledge there is made by: the one the first clause opens
        with, or a state a later clause opens with (美国总统已意识到…，俄方保持…，将…: 俄罗斯)."""
        lead = self._country_lead(text, *clauses[0]) if clauses else ()
        out = [lead]
        for cs, ce in clauses[1:]:
            out.append(lead)
            named = self._country_lead(text, cs, ce)
            if named:
                lead = named
            elif lead and _opens_with_noun(text, cs, ce):
                lead = ()  # …，卫星顺利进入预定轨道，将…: a clause with a subject of its own ends the state's lead
        return out

    def _agent_leads(self, state: DocState, text: str, clauses: list[tuple[int, int]]) -> list[tuple[AgentRef, ...]]:
        """Per clause, the places or named bodies a narrator's sentence opens with, before a verb of their own
        (某部、某局近日启动…，将开展…): a subjectless 将 in the next clause is their step, until a clause with a
        subject of its own.  A clause of time alone (近日，…) may come first."""
        out: list[tuple[AgentRef, ...]] = [() for _ in clauses]
        k = 1 if len(clauses) > 1 and self._time_only.fullmatch(text, *clauses[0]) else 0
        if k >= len(clauses) - 1:
            return out
        cs, ce = clauses[k]
        time = self._time_lead.match(text, cs, ce)
        pos = time.end() if time is not None else cs
        agents, _, end = self._subject_agents(state, text, pos, cs, ce)
        rest = text[end:ce]
        if (not agents or len(rest) < 2 or _COPULA.match(rest) or self._says.search(rest) or "将" in rest
                or self._addressee_at(text[pos:ce]) is not None  # 某地各界…: a class of people, no body
                or self._starts_with(rest.lstrip("再又也还已"), self.cues.not_agentive)
                or any(a.name in self._country_by_name for a in agents) or not self._verb_next(state, text, end, ce)):
            return out
        if not _opens_with_noun(text, *clauses[k + 1]):
            out[k + 1] = tuple(dict.fromkeys(agents))  # the clause right after the lead only
        return out

    def _verb_next(self, state: DocState, text: str, pos: int, ce: int) -> bool:
        """Does a verb (or an adverb, a time) follow the subject at ``pos`` (某部启动…, 某部日前发布…), not a
        noun or a preposition that makes the place part of another name (甲市至乙市城际铁路…)?"""
        toks = [t for t in pos_tokens(text, pos, ce, state.tokens_between(pos, ce) or None) if t[2].strip()]
        return bool(toks) and toks[0][3].startswith(("v", "d", "t")) and toks[0][2] not in ("至", "到")

    def _reported_self(self, sp: SentenceSpeaker, clause: str) -> str | None:
        """"某某表示，他将…": in the sentence that introduces a person of no known post, 他/她 before a
        marker of the future is the speaker himself (his body's step, :meth:`_person_verdict`); the
        pronoun and the marker, or None."""
        if sp.kind != "person" or not sp.intro or sp.standing != "unknown":
            return None
        pronoun = self._starts_with(clause, self.cues.pronoun)
        marker = self._starts_with(clause[len(pronoun):], self.cues.future) if pronoun else None
        if marker is None or self._starts_with(clause[len(pronoun or ""):], self.cues.not_pledge):
            return None
        return (pronoun or "") + marker

    def _own_lead(self, text: str, clauses: list[tuple[int, int]]) -> _Subject | None:
        """"我高度重视中几关系发展，愿同…一道努力" at talks or in a message between states: the speaker's own
        first clause, then his pledge (his state's, call 9); only 我 alone, only in such a report."""
        if not clauses or not self._diplomacy:
            return None
        first = text[clauses[0][0]:clauses[0][1]].strip()
        if first.startswith("我"):
            if self._starts_with(first, self.cues.first_person) not in ("我", None):
                return None
        elif not self._thanks(first):
            return None
        return _Subject((), False, first_person=True, future=True)

    def _thanks(self, first: str) -> bool:
        """"感谢中方…，愿同中方…", "祝贺…，愿…" at talks: the speaker's own subjectless first clause
        (a thanks, a congratulation, a welcome), then his pledge."""
        return self._starts_with(first, self.cues.courtesy) is not None

    def _believed_before(self, text: str, start: int, first: int, cuts: ClauseCuts | None = None) -> bool:
        """Does a clause before the sentence's first task state a belief (…，相信在各方努力下，某市将…) that the
        task's clause goes on with (a subject of its own); a subjectless 愿…/将… after it is the speaker's own
        pledge again (某方珍视…，相信…，愿加强…)."""
        ends = [ce for cs, ce in split_clauses(text, start, first, cuts) if ce <= first and self._believed(text[cs:ce].lstrip())]
        if not ends:
            return False
        lead = text[max(ends):first].strip("，、；: ")  # what stands between the belief and the task's words
        return lead not in self.cues.volition and lead not in self.cues.future

    def _believed(self, clause: str) -> bool:
        """Does a sentence's first clause state a belief (我坚信…, 相信…将…), not a hope (相信并期待…)?"""
        for fp in ("", *self.cues.first_person):
            if clause.startswith(fp):
                belief = self._starts_with(clause[len(fp):], self.cues.belief)
                if belief is not None and not clause.startswith(("并期待", "并希望"), len(fp) + len(belief)):
                    return True
        return False

    def _willing_subject(self, text: str, cs: int, ce: int, lead: tuple[AgentRef, ...],
                         pending: _Subject | None) -> tuple[_Subject, int] | None:
        """A subjectless clause of pledge (愿…, 将…) after a first clause that names a state (中方坚定支持…，
        愿同…: call 9) or describes a topic (中国作为母语国，将…): that subject, and where the body starts."""
        if lead:
            home = self._home is not None and lead[0].name == self._home.label
            subject = _Subject(lead, False, state=home, future=True)
        elif pending is not None and pending.future:
            subject = pending
        else:
            return None
        said = self._said_lead.match(text, cs, ce)  # …，提出将…, …，表示将…: the subject's words, its pledge
        at = said.end() if said is not None else cs
        willing = self._willing(text, at, ce)
        return (subject, at + len(willing)) if willing is not None else None

    def _body_goes_on(self, sp: SentenceSpeaker, text: str, cs: int, ce: int) -> tuple[_Subject, int] | None:
        """"星河集团称，首批订单已交付，将…": a body speaking goes on, after a clause of news, to its own step."""
        if sp.kind != "body" or not sp.intro or "将" in text[sp.body_start:cs]:
            return None  # 某局称，寒潮将影响…，将出现降温: the 将 goes on with the clause of news's subject
        willing = self._willing(text, cs, ce)
        return (_Subject((), False, first_person=True, future=True), cs + len(willing)) if willing else None

    def _topic_at(self, state: DocState, text: str, clauses: list[tuple[int, int]]) -> tuple[int, _Subject] | None:
        """The topic of the sentence's first clause, or of its second after a circumstance (面对…，中柬作为
        铁杆朋友，要…), with the clause it opens."""
        for k in range(min(2, len(clauses) - 1)):
            if k == 1 and self._starts_with(text[clauses[0][0]:clauses[0][1]].strip(), self.cues.circumstance) is None:
                break
            topic = self._topic(state, text, *clauses[k], partial(self._task_after_description, state, text, clauses, k))
            if topic is not None:
                return k, topic
        return None

    def _task_after_description(self, state: DocState, text: str, clauses: list[tuple[int, int]],
                                k: int) -> tuple[int, int]:
        """The clause after the topic's clause ``k`` that may carry its task: the next one, or the first of the
        next three that opens with a marker when those before it go on describing the topic (某省是…，具有…，要…:
        clauses with no subject of their own, no judgement of a task)."""
        for j in range(k + 1, min(len(clauses), k + 4)):
            cs, ce = clauses[j]
            body = text[cs:ce].strip()
            if self._pledge_at(body) is not None or (j == k + 1 and self._willing(text, cs, ce) is not None):
                return clauses[j]  # a task (要…) further on; a pledge (将…) only right after the topic
            if (self._new_subject(state, cs) or self._countries_at(text, cs, ce) is not None or _TOPIC_BREAKS.search(body)
                    or self._starts_with(body, self.cues.order_verb) is not None):
                break  # …，敦促警方…: an act of the topic's, not a description of it
        return clauses[k + 1]

    def _topic(self, state: DocState, text: str, cs: int, ce: int,
               task_clause: Callable[[], tuple[int, int]]) -> _Subject | None:
        """A place or a state that opens a sentence's first clause, described there (四川地处长江上游,
        中国作为母语国) when the next clause opens with a marker (要…, 将…): the subject of that task.
        ``task_clause`` finds the clause that may carry the task, asked only once the first clause reads
        as a topic (most do not)."""
        states = self._countries_at(text, cs, ce)
        if states is not None:
            agents, pos = [self._country_agent(c) for c in states[0]], states[1]
            if re.match(r"[^，。；]{0,6}?(?:是|成为)", text[pos:ce]):
                return None  # 中国是越南的好朋友，愿…: the other side describing China, then its own pledge
        else:
            agents, _, pos = self._subject_agents(state, text, cs, cs, ce)
            if any(a.kind not in ("province", "city", "region") for a in agents):
                return None
        rest = text[pos:ce].strip()
        if not agents or not rest or rest.startswith(("的", "、", "和", "与")) or _TOPIC_BREAKS.search(rest):
            return None  # 四川的发展…, 四川和重庆…: not a topic of its own
        toks = [t for t in pos_tokens(text, pos, ce, state.tokens_between(pos, ce) or None) if t[2].strip()]
        if not toks or toks[0][3].startswith(("n", "m", "q", "f", "u")):
            return None  # 成都平原自古有…: the place is part of another subject
        if any(cs <= s0 < ce for spans in state.person_mentions.values() for s0, _ in spans):
            return None
        after = task_clause()
        nxt = text[after[0]:after[1]]
        willing = self._willing(text, *after)
        if willing is None and self._pledge_at(nxt) is None:
            return None
        if willing is not None and self._starts_with(rest, self.cues.not_agentive):
            return None  # 某省发生地震，将造成…: what befalls the place, then what follows from it
        home = self._home is not None and [a.name for a in agents] == [self._home.label]
        if home and willing is None:
            return None  # 中国…，要…: the speaker's own "we" (call 1)
        return _Subject(tuple(dict.fromkeys(agents)), False, state=home, future=willing is not None)

    def _list_ends(self, clause: str) -> bool:
        """Does a clause after a task list end it: a hope for others (希望大家…), a description
        (作为…之地), the narrator's assessment (…指明了方向)?"""
        body = clause.strip()
        return (self._starts_with(body, self.cues.hope) is not None
                or self._starts_with(body, self.cues.list_breaker) is not None or _DONE.search(body) is not None
                or self._predicted.search(body) is not None or _DESCRIBED.match(body) is not None)

    def _unmarked_task(self, state: DocState, sp: SentenceSpeaker, clauses: list[tuple[int, int]], k: int,
                       ss: int, se: int) -> bool:
        """Is clause ``k``, with no marker and before any task, a task all the same: by the speaker's
        verb (要求, 决定, 审议通过) or as an imperative list (一是…)?"""
        text = state.article.text
        cs, ce = clauses[k]
        if (k == 0 and not sp.intro and sp.kind in ("person", "meeting") and self.imperatives
                and self._imperative(state, text, clauses)):
            return True
        if k == 0 and sp.intro and sp.kind == "meeting" and self._decided(text, sp):
            return True
        if k == 0 and sp.intro and "通过" in sp.verb and _ADOPTED_OWN.search(text, ss, se):
            return True  # 会议审议通过《…行动方案》: the body adopts its own plan
        if k == 0 and sp.intro and (sp.verb in self._directive_verbs or sp.verb == _NOTICE):  # 他要求以…为契机，…
            return True
        if k == 0 and sp.intro and sp.kind == "body" and sp.verb in self.cues.body_directs:
            return True  # 某部部署各地开展…: what the body deploys is its task for others
        heading = _HEADING.match(text[cs:ce].strip()) if k == 0 and not sp.intro and sp.kind == "meeting" else None
        if heading is not None and not _JUDGEMENT.search(text, cs + len(text[cs:ce]) - len(text[cs:ce].lstrip()) + heading.end(), se):
            return True  # 会议指出，要…。三是创业担保贷款人…可展期1年还款: a measure of the meeting's list
        # 提出4点建议：一是共同推动…
        return bool(sp.intro and _HEADING.match(text[cs:ce].strip()) and self._imperative(state, text, clauses[k:]))

    def _generic_subject(self, state: DocState, text: str, cs: int, ce: int) -> tuple[_Subject, int] | None:
        """"各族干部要…", "西藏各级人大要…", "社会治理既要…": a short noun phrase, then a task marker.
        The subject is an addressee when it is a place or a body (党委, 部门 …), else nobody."""
        m = _GENERIC_SUBJECT.match(text, cs, ce) if self.generic else None
        if m is None:
            return None
        head, rest = m.group(1), text[m.end(1):ce]
        if self._starts_with(rest, self.cues.not_pledge):
            return None
        marker = (self._pledge_at(rest) or self._starts_with(rest, self.cues.future)
                  or self._starts_with(rest, self._task_openers))
        if marker is None:
            return None
        if _inside_word(state, text, cs, ce, m.end(1)):
            return None  # 重要, 将来: the marker is part of a word
        if _COPULA_IN.search(head) or self._time_lead.fullmatch(head):
            return None  # 某项工作是…的头等要务: a judgement (…是…), no subject of a task; 今年要…: a time, no subject
        toks = [t for t in pos_tokens(text, cs, m.end(1), state.tokens_between(cs, m.end(1)) or None) if t[2].strip()]
        # a noun phrase: its last word a noun (集中整治, 企业学习教育, 各级党委（党组）), nothing that opens a clause
        nominal_end = toks and (toks[-1][3].startswith(_NOMINAL_TAGS) or toks[-1][2] in "）)"
                                or (toks[0][3].startswith("n") and len(toks) <= 3)  # 乡村振兴要…
                                or self._body_suffix.search(head) is not None)  # 某联和某联组织要…: 组织 tagged a verb
        if (nominal_end and toks[0][3] == "v" and marker not in self.cues.future
                and toks[-1][2] in ("工作", "任务", "建设", "改革", "发展")):
            return _Subject((), False), m.end(1) + self._past(marker)  # 做好某项工作要…: a topic, no actor
        if (not nominal_end
                or not (toks[0][3].startswith(_NOMINAL_TAGS) or toks[0][2].startswith("各")) or toks[0][2] in self._not_subjects):
            # 集中整治要…, 新时代要…: a topic, no actor (never with 将: a thing's future is a forecast)
            topic = marker not in self.cues.future and self._topic_head(state, text, cs, m.end(1), toks, marker)
            return (_Subject((), False), m.end(1) + self._past(marker)) if topic else None
        if any(cs <= s0 < m.end(1) for spans in state.person_mentions.values() for s0, _ in spans) \
                or self._title_in.search(head):
            return None  # 国家主席习近平将主持…: a person's schedule, not a pledge
        if marker in self.cues.future and (self._disposal.match(text, m.end(1) + len(marker), ce)
                                           or self._coming.match(text, m.end(1) + len(marker), ce)
                                           or self._coming_base.match(text, m.end(1) + len(marker), ce)):
            return None
        place = next((x for x in state.mentions if x.start == cs and x.kind in ("province", "city", "region")), None)
        if head.strip() in ("中国", "我国", "中方") and marker in self.cues.future:
            return (_Subject((AgentRef("organization", "中华人民共和国"),), False, state=True, future=True),
                    m.end(1) + self._past(marker))
        states = self._countries_at(text, cs, m.end(1)) if marker in self.cues.future else None
        if states is not None and states[1] == m.end(1) and len(states[0]) == 1:  # 中国政府将为…: the state (call 9)
            return (_Subject((self._country_agent(states[0][0]),), False, state=states[0][0] is self._home, future=True),
                    m.end(1) + self._past(marker))
        if place is not None:
            agents = tuple(self._expand(place.kind, place.value))
        else:  # 各级党委和国家机关: each body of a coordination
            parts = [p.strip() for p in re.split(r"和|及|与|、", self._time_lead.sub("", head, count=1))]  # 今年国家电网将…
            if parts and all(self._named_body(p) for p in parts):  # 国铁集团将…: a named body, its own pledge
                return (_Subject(tuple(AgentRef("organization", p) for p in parts), False,
                                 future=marker in self.cues.future), m.end(1) + self._past(marker))
            agents = tuple(AgentRef("organization", part) for part in parts
                           if self._body_suffix.search(part) or part in self.cues.party)  # 中国共产党和各民主党派要…
        return _Subject(agents, bool(agents), future=marker in self.cues.future), m.end(1) + self._past(marker)

    def _topic_head(self, state: DocState, text: str, cs: int, end: int, toks: Sequence[tuple[int, int, str, str]],
                    marker: str) -> bool:
        """Is ``text[cs:end]``, before a task marker (要, 必须, 应当 — never 将), the TOPIC of the task rather than
        its actor: a noun phrase that ends in a noun (新时代要…, 各项政策要…) or in an activity done to a noun
        (集中整治要…, 老旧小区改造要…), naming no person, no place, no body and no state?  The speaker's standing
        then decides the kind, as for a subjectless "要…" (a national leader's directive; the narrator's none)."""
        if text.startswith(_UNDERGOES, end + len(marker)):
            return False  # 历史应当得到尊重: what the topic undergoes, no task
        toks = [t for t in toks if t[2] not in "“”"]  # “两重”项目要…: the quoted name is part of the noun phrase
        if len(toks) < 2 or toks[0][3] in ("x", "p", "c", "uj", "d"):
            return False  # 在…要, 但…要, 的…: no noun phrase opens the clause
        last, before = toks[-1], toks[-2]
        nominal = last[3].startswith(_NOMINAL_TAGS) and last[3] not in ("r", "m", "q", "t", "f")
        activity = last[3] == "v" and before[3].startswith(("n", "vn")) and last[2] not in self._topic_verbs_out
        if not (nominal or activity) or toks[0][2] in self._not_subjects:
            return False
        if any(t[2] in self._topic_verbs_out or t[2] in _EXISTENTIAL for t in toks):
            return False  # 强调各级党委要… (a verb of saying: reported content); 还有很长的路要走 (要 of an existential)
        if state.mentions_starting(cs, end) or self._title_in.search(text, cs, end):
            return False  # a place, a body or a person: an actor's reading, not a topic
        return not any(cs <= s0 < end for spans in state.person_mentions.values() for s0, _ in spans)

    # -- a clause's subject read by its shape -------------------------------------
    def _lac(self, text: str) -> list[tuple[str, str]]:
        """The tagger's words of a short window, once per window and report."""
        hit = self._lac_memo.get(text)
        if hit is None:
            hit = self._lac_memo[text] = [(str(w), str(t)) for w, t in lac_tagger().run(text)]
        return hit

    def _body_name(self, state: DocState, start: int, word: str) -> list[AgentRef]:
        """The agents a body's name read by the tagger at ``start`` stands for: a place or body the
        gazetteer knows there, a placed body's place (某省人民政府), a state (某国政府, a side and 政府),
        else the organisation by its own name (the state before a proper name dropped: 某国星河公司 →
        星河公司); none for a class (各有关单位, 有关部门) or a demonstrative (该公司: see ``_this_body``)."""
        end = start + len(word)
        known = [m for m in state.mentions if m.start == start and m.end == end and m.kind in ("province", "region", "city", "org")]
        if known:
            return self._expand(known[0].kind, known[0].value)
        name = re.sub(r"[“”‘’「」]", "", word)
        if name in self._placed_bodies:
            return [self._placed_bodies[name]]
        if name in self._country_by_name:
            return [self._country_agent(self._country_by_name[name])]
        state_at = self._country_re.match(name) if self._country_re is not None else None
        if state_at is not None:
            rest = name[state_at.end():]
            if not rest or rest in self.cues.state_organ:
                return [self._country_agent(self._country_by_name[state_at.group()])]
            tags = word_tags()
            first = next((rest[:n] for n in (4, 3, 2) if rest[:n] in tags), None)
            if (first is not None and tags[first].startswith(self.cues.proper_tag) and len(rest) >= 3
                    and self._country_by_name[state_at.group()] is not self._home):  # 中国某某银行: the name itself
                name = rest  # 某国星河公司: the company's own name
        elif len(name) >= 2 and name[1:] in self.cues.state_organ and self._side(name[0]) is not None:
            return [self._country_agent(self._side(name[0]))]  # type: ignore[arg-type]
        if (len(name) < 2 or name in self.cues.state_organ or name[0] in "这那该此其每本我你他她"
                or self._starts_with(name, self.cues.class_prefix) is not None or name.endswith(self.cues.not_body_end)
                or any(start <= s0 < end for spans in state.person_mentions.values() for s0, _ in spans)):
            return []
        return [AgentRef("organization", name)]

    def _own_body(self, state: DocState, sp: SentenceSpeaker | None, word: str) -> list[AgentRef]:
        """A body named short (常委会) in its own leader's speech: the one body of the speaker's posts whose
        name ends with it; in the narrator's voice the one body of the report's posts and names so ending."""
        if len(word) < 3 or word in self.cues.state_organ:
            return []
        speaker = sp.name if sp is not None and sp.kind == "person" else None
        own = {p.organization.label for p in state.extraction.posts if p.person == speaker
               and p.organization.label.endswith(word) and len(p.organization.label) > len(word)}
        if not own and speaker is None:  # in the narrator's voice: the one body of the report's posts and names
            own = {p.organization.label for p in state.extraction.posts
                   if p.organization.label.endswith(word) and len(p.organization.label) > len(word)}
            own |= {m.value for m in state.mentions if m.kind == "org" and m.value.endswith(word) and len(m.value) > len(word)}
        return [AgentRef("organization", own.pop())] if len(own) == 1 else []

    def _body_at(self, state: DocState, text: str, pos: int, ce: int,
                 sp: SentenceSpeaker | None = None) -> tuple[list[AgentRef], int] | None:
        """The bodies a clause opens with at ``pos``, read by the tagger (星河电力公司, 某国政府与某某集团),
        joined by 、/和/与/及; and where they end, a time the tagger reads right after them included
        (星河公司12日…).  None when a word of the list is no body."""
        org = state.org_starting(pos)
        named = (self._body_name(state, pos, org.value) if org is not None and org.end <= ce
                 and text[org.end:org.end + 1] not in ("、", "和", "与", "及") else [])
        if named and org is not None:  # a body named by its shape (国务院关税税则委员会), alone: no tagger call
            time = self._time_only.match(text, org.end, ce) or self._time_lead.match(text, org.end, ce)
            return named, time.end() if time is not None else org.end
        toks = self._lac(text[pos:min(ce, pos + _MAX_SUBJECT + 8)])
        agents: list[AgentRef] = []
        at, i = pos, 0
        while i < len(toks):
            word, tag = toks[i]
            named = (self._body_name(state, at, word) if tag in self.cues.body_tag
                     else self._own_body(state, sp, word) if tag.startswith("n") else [])
            if not named:
                return None
            agents.extend(named)
            at, i = at + len(word), i + 1
            if i + 1 < len(toks) and toks[i][0] in ("、", "和", "与", "及"):
                at, i = at + len(toks[i][0]), i + 1
                continue
            break
        if not agents:
            return None
        while i < len(toks) and toks[i][1] == "TIME":
            at, i = at + len(toks[i][0]), i + 1
        return list(dict.fromkeys(agents)), at

    def _shaped(self, state: DocState, sp: SentenceSpeaker, text: str, cs: int, ce: int,
                subj: tuple[_Subject, int] | None, generic: tuple[_Subject, int] | None
                ) -> tuple[tuple[_Subject, int] | None, tuple[_Subject, int] | None]:
        """The subject and the generic subject of a clause, the lists' reading first; where they name no
        agent (or only a place that opens a longer name, 某市某组委将…), the subject read by its shape; 我们将…
        after a clause of the same sentence whose subject is a party named as such (…强调中国共产党…，我们将…):
        that party's pledge."""
        if subj is not None and subj[0].first_person and subj[0].future and not subj[0].agents:
            party = self._party_before(state, text, cs)
            return ((_Subject((AgentRef("organization", party),), False, future=True), subj[1]) if party else subj), generic
        if subj is not None or (generic is not None and generic[0].agents and not generic[0].subordinate):
            return subj, generic
        read = self._body_subject(state, sp, text, cs, ce) or self._pair_subject(sp, state, text, cs, ce)
        return (read, None) if read is not None else (subj, generic)

    def _party_before(self, state: DocState, text: str, cs: int) -> str | None:
        """The party named as such (``speaks_as``: 中国共产党) that opens a clause of the sentence before ``cs``,
        or follows its reporting verb there (…强调中国共产党团结带领…): the last one."""
        ss = state.sentences[state.sentence_index(cs)][0]
        found = None
        for m in self._party_lead.finditer(text, ss, cs):
            before = text[ss:m.start()].rstrip()
            if not before or before.endswith(("，", "：", ":")) or before.endswith(self.cues.says):
                found = m.group(1)
        return found

    def _body_subject(self, state: DocState, sp: SentenceSpeaker, text: str, cs: int, ce: int) -> tuple[_Subject, int] | None:
        """"星河电力公司将…", "某某组委会还将…", "某国政府计划…": a clause whose subject the lists do not name,
        read by its shape — a body's name (the tagger's ORG, or the speaker's own body named short) after a
        time or a connective, then a marker of the future (将, 愿, 计划 …): the body's own step.  Forecasts
        and 将 as 把 are left out by the marker's checks (:meth:`_marked_subject`)."""
        pos = cs + len(text[cs:ce]) - len(text[cs:ce].lstrip())
        conn = self._starts_with(text[pos:ce], self.cues.connective)
        pos += len(conn) if conn else 0
        time = self._time_lead.match(text, pos, ce)
        pos = time.end() if time is not None else pos
        count = _COUNT_BEFORE.match(text, pos, ce)
        if count is not None and state.org_starting(count.end()) is not None:
            pos = count.end()  # 15个中央巡视组将…, 各中央巡视组将…: the bodies of that name
        window = text[pos:min(ce, pos + _MAX_SUBJECT + 8)]
        near = self._marker_near.search(window)
        if near is None or near.start() < 2:
            return None  # no marker of the future near: no tagger call
        organ = self._starts_with(window, self.cues.state_organ)
        own = self._affiliation(state, sp.name) if organ and sp.kind == "person" and sp.name else None
        if organ and own is not None and own.name in self._country_by_name and own.name != getattr(self._home, "label", ""):
            read: tuple[list[AgentRef], int] | None = ([own], pos + len(organ))  # 某国总统发言人表示，政府将…: his state
        else:
            end = min(ce, pos + near.end() + 4)  # the marker read with its name
            if not self._future_after(text, pos, min(end, pos + _MAX_SUBJECT + 8), ce):
                # no body the tagger could read in the window ends where a marker of the future follows: its
                # reading cannot make the subject, and the titled reading counts only where the tagger reads no
                # body; when that fails too, the answer is known without the tagger
                titled = self._titled_subject(state, sp, text, pos, ce)
                if titled is None or self._future_subject(text, titled, ce) is None:
                    return None
            read = self._body_at(state, text, pos, end, sp) or self._titled_subject(state, sp, text, pos, ce)
        return self._future_subject(text, read, ce) if read is not None else None

    def _future_subject(self, text: str, read: tuple[list[AgentRef], int], ce: int) -> tuple[_Subject, int] | None:
        """The subject of agents read up to ``read[1]``, when a marker of the future follows them there."""
        subj = self._marked_subject(text, read[0], False, read[1], ce)
        return subj if subj is not None and subj[1] >= 0 and subj[0].future else None

    def _future_after(self, text: str, pos: int, end: int, ce: int) -> bool:
        """Could agents read from ``pos`` to any point up to ``end`` make a subject of the future
        (:meth:`_future_subject`)?  Whether they do depends only on where they end, not on who they are."""
        return any(self._future_subject(text, ([], at), ce) is not None for at in range(pos + 1, end + 1))

    def _titled_subject(self, state: DocState, sp: SentenceSpeaker, text: str, pos: int,
                        ce: int) -> tuple[list[AgentRef], int] | None:
        """"某国某某阵线中央愿…" said by its head (某国某某阵线中央主席某某): the subject is the body the speaker's
        own title names, written the same before the marker."""
        if sp.kind != "person" or not sp.name or not state.person_mentions.get(sp.name):
            return None
        s0 = min(state.person_mentions[sp.name])[0]
        title = text[max(0, s0 - 16, text.rfind("，", 0, s0) + 1, text.rfind("。", 0, s0) + 1):s0]
        for end in range(min(ce, pos + len(title)), pos + 2, -1):
            if text[pos:end] in title and (self._starts_with(text[end:ce], self.cues.volition)
                                           or self._starts_with(text[end:ce], self.cues.future)):
                named = self._body_name(state, pos, text[pos:end])
                return (named, end) if named else None
        return None

    def _pair_subject(self, sp: SentenceSpeaker, state: DocState, text: str, cs: int,
                      ce: int) -> tuple[_Subject, int] | None:
        """"某国总统甲与某国总统乙举行会谈，双方表示将…" in any report: 双方/两国 are the two states whose
        offices the sentence names before (a state's name before a head's title), when it names exactly two;
        "他们表示，各国愿…" in the narrator's voice: every foreign state the report names (two at least)."""
        if self._country_re is None:
            return None
        every = self._starts_with(text[cs:ce], self.cues.all_states) if sp.kind == "none" else None
        if every is not None:
            states = [c for c in self._countries_named if c is not self._home]
        elif text.startswith(("双方", "两国"), cs):
            ss = state.sentences[state.sentence_index(cs)][0]
            states = list(dict.fromkeys(self._country_by_name[m.group()] for m in self._country_re.finditer(text, ss, cs)
                                        if text.startswith(self.cues.state_title, m.end())))
        else:
            return None
        if len(states) < 2 or (every is None and len(states) != 2):
            return None
        said = self._said_lead.match(text, cs + len(every or "双方"), ce)
        at = said.end() if said is not None else cs + len(every or "双方")
        willing = self._willing(text, at, ce)
        if willing is None:
            return None
        return _Subject(tuple(self._country_agent(c) for c in states), False, future=True), at + len(willing)

    def _announced_leads(self, state: DocState, text: str, clauses: list[tuple[int, int]]) -> list[tuple[AgentRef, ...]]:
        """"某公司近日宣布，由于…，将…", "某公司启动…项目，将…" in the narrator's voice: a body the tagger
        reads, then only an announcing verb (宣布, 表示, 称) or a verb of its own (not a copula, not a report of
        what others say): a later subjectless clause of pledge is its own step, until a clause opens with a
        noun of its own."""
        out: list[tuple[AgentRef, ...]] = [() for _ in clauses]
        if len(clauses) < 2 or not any(self._willing(text, s, e) or self._said_lead.match(text, s, e) for s, e in clauses[1:]):
            return out  # no subjectless pledge to lead: no tagger call
        cs, ce = clauses[0]
        time = self._time_lead.match(text, cs, ce)
        read = self._body_at(state, text, time.end() if time is not None else cs, ce)
        if read is None:
            return out
        rest = text[read[1]:ce].strip()
        announced = self._starts_with(rest, self.cues.body_announces) is not None and len(rest) <= 3
        acting = (len(rest) >= 2 and not _COPULA.match(rest) and not self._says.search(rest) and "将" not in rest
                  and self._starts_with(rest.lstrip("再又也还已"), self.cues.not_agentive) is None
                  and self._verb_next(state, text, read[1], ce))
        if not (announced or acting):
            return out
        lead = tuple(read[0])
        for k in range(1, len(clauses)):
            if _opens_with_noun(text, *clauses[k]):
                break
            out[k] = lead
        return out

    def _signing_bodies(self, state: DocState, text: str, ss: int, se: int) -> tuple[AgentRef, ...]:
        """"某国政府当天与甲公司、乙公司等签订…协议": the bodies the tagger reads before the signing verb, on both
        sides of 与/同/和 (what follows 等 is a class of the ones named); two at least."""
        for cs, ce in split_clauses(text, ss, se, state.clause_cuts):
            verb = _SIGNING.search(text, cs, ce)
            if verb is None:
                continue
            first = self._body_at(state, text, cs, verb.start())
            if first is None or not text.startswith(("与", "同", "和"), first[1]):
                return ()
            other = self._body_at(state, text, first[1] + 1, verb.start())
            if other is None:
                return ()
            rest = text[other[1]:verb.start()]
            if rest and not rest.startswith("等") and not rest.startswith(("共同", "正式")):
                return ()
            parties = tuple(dict.fromkeys([*first[0], *other[0]]))
            return parties if len(parties) >= 2 else ()
        return ()

    def _new_subject(self, state: DocState, cs: int) -> bool:
        """Does the clause open with a place, an organisation or a person (a subject of its own)?"""
        text = state.article.text
        lead = cs + len(text[cs:cs + 4]) - len(text[cs:cs + 4].lstrip())
        return any(m.kind in ("province", "city", "region", "org", "person") for m in state.mentions_starting(lead, lead + 1)) \
            or any(s0 == lead for spans in state.person_mentions.values() for s0, _ in spans)

    def _decided(self, text: str, sp: SentenceSpeaker) -> bool:
        """会议确定/决定/部署…: what follows is decided, with or without 要."""
        cue = text[sp.clause_start:sp.clause_end]
        return any(cue.endswith(d[2:]) for d in self.cues.decision if d.startswith("会议"))

    def _imperative(self, state: DocState, text: str, clauses: Sequence[tuple[int, int]]) -> bool:
        """A sentence of verb-led clauses (坚持…，加快…) with no judgement (…是…) and no clause led by
        a subject of its own (长三角肩负着…, 我们更加深切体会到…)."""
        if self._lessons:
            return False  # 第三，始终强化…: a lesson learnt, recounted
        first = text[clauses[0][0]:clauses[0][1]].strip()
        heading = _HEADING.match(first)
        if heading is not None:  # 第一，… / 一是…: the heading's own clause decides
            if heading.end() == len(first):
                clauses = clauses[1:]
            else:
                offset = clauses[0][0] + len(text[clauses[0][0]:clauses[0][1]]) - len(first) + heading.end()
                clauses = [(offset, clauses[0][1]), *clauses[1:]]
            if not clauses:
                return False
            first = text[clauses[0][0]:clauses[0][1]].strip()
        if first in self._connectives and len(clauses) > 1:  # 同时，加大…: the list of measures goes on
            clauses = clauses[1:]
            first = text[clauses[0][0]:clauses[0][1]].strip()
        if len(clauses) > 1 and self._no_action(state, *clauses[0]):
            # 按照基本法规定，中央有…: the clause after a condition or a time decides
            clauses = clauses[1:]
            first = text[clauses[0][0]:clauses[0][1]].strip()
        if self._starts_with(first, self.cues.narrative_opener) is not None or _BELIEF.match(first) or _TIME_CLAUSE.search(first):
            return False  # 建交后，所罗门群岛成为…: a time clause opens a narrative
        sentence = text[clauses[0][0]:clauses[-1][1]]
        if _JUDGEMENT.search(sentence) or self._recount.search(sentence):
            return False  # …是…; 成功举办某某大会, 产量连续八年保持…: a result recounted, no task
        for k, (cs, ce) in enumerate(clauses):
            toks = [t for t in pos_tokens(text, cs, ce, state.tokens_between(cs, ce) or None) if t[2].strip()]
            if not toks:
                continue
            lead = toks[0]
            named = lead[3].startswith(("r", "m")) or any(
                m.start == lead[0] and m.kind in ("province", "city", "region", "org", "person") for m in state.mentions) \
                or self._countries_at(text, lead[0], ce) is not None  # 越方不参加…: a state's own stance
            if k > 0 and named:  # 长三角肩负着…, 我们更加深切体会到…
                return False
            if k == 0 and (named or not (_verb_led(toks, *self._leads) or _lac_verb_led(text, cs, ce))):
                return False
        return True

    def _sentence(self, state: DocState, found: Found, sp: SentenceSpeaker, ss: int, se: int,
                  mentions: Sequence[ProjectMention], tasks: _Tasks | None = None) -> None:
        tasks = tasks if tasks is not None else self._tasks(state, sp, ss, se)
        sp = self._chaired_lead(state, sp, tasks, ss, se, mentions)
        if not tasks.clauses and sp.kind == "none":
            # 主持召开国务院常务会议，部署…: what the meeting decided, in the sentence that reports it
            decided = self._lead_decision(state, ss, se, mentions)
            if decided is not None:
                tasks.clauses.append(decided)
                sp = SentenceSpeaker(sp.sentence, "meeting", None, "meeting", False, decided[0])
        text = state.article.text
        if not tasks.clauses:
            self._signed_agreement(state, found, sp, ss, se)
            return
        first = tasks.clauses[0][0]
        if self._believed_before(text, sp.body_start if sp.intro else ss, first, state.clause_cuts):
            return  # …之最，相信在各方努力下，某市将…: the words of a belief, no pledge
        projects = [m for m in mentions if first <= m.start < se]
        labels = tuple(dict.fromkeys(p.label for p in projects))
        actions = tuple(dict.fromkeys(a for cs, ce in tasks.clauses if not self._no_action(state, cs, ce)
                                      and (a := self._action(state, cs, ce, [m for m in projects if cs <= m.start < ce]))))
        if not actions and not labels:
            return
        evidence = Evidence(text[ss:se], ss, se)
        event = state.event_at(ss) or _main_event(state)
        speaker = sp.name if sp.kind == "person" else None
        pledge, self._pledge = self._pledge, None
        listed, self._listed_pledge = self._listed_pledge, None
        verdict, headed = self._continued(self._verdict(state, sp, tasks, event, ss), pledge, listed, sp, tasks,
                                          text[ss:se].strip())
        if verdict is None:
            return
        kind, agents, addressees = verdict
        if kind == "directive" and addressees and sp.kind == "person" and sp.name:
            spoken_for = self._represented(state, sp.name, ss)
            if spoken_for and all(a.name in spoken_for for a in addressees):
                # 某某代表各民主党派中央致辞。…各民主党派要…: the parties he speaks for pledge, he directs nobody
                kind, agents, addressees = "commitment", [a for a in addressees if self._recordable(state, a)], []
        if (kind == "commitment" and ((self._diplomacy and sp.kind == "person") or sp.kind == "body")
                and (not tasks.subjects or tasks.subjects[0].future)):
            self._pledge = (sp.sentence, sp.name, tuple(agents))  # at talks, a leader's pledge list runs on
        if kind == "commitment" and sp.kind == "person" and agents and (headed or "将" in text[max(ss, first - 3):first]):
            # a numbered list of pledges may follow "中国将…" (not 中国愿…, which answers the speaker's proposals)
            self._listed_pledge = (sp.sentence, sp.name, tuple(agents))
        if kind == "commitment":  # a commitment is made by a place or a body, never a person alone
            agents = self._committers(agents)
            speaker = self._state_speaker(state, agents, speaker)
            if self._forecast(text, ss, first) or (self.discourse and state.is_past(first)
                                                   and not _past_object(state, first, tasks.clauses[0][1], self._looking_back)):
                return  # 预计…将…: a forecast, not a pledge; 去年…双方一致同意…: a recalled agreement
        else:
            addressees = self._inherited(state, sp, ss, tasks, addressees) or self._praised(state, sp, ss, se)
            # only identifiable actors are addressees: 江苏, 国家电网, never 各级党委 or 有关部门
            addressees = [a for a in addressees if self._recordable(state, a)]
        action = actions[0] if actions else ""
        if kind == "commitment" and agents:
            found.commitments.append(CommitmentRecord(tuple(dict.fromkeys(agents)), action, labels, evidence, event,
                                                      speaker, actions))
        elif kind == "directive" and agents:
            found.directives.append(DirectiveRecord(agents[0], tuple(dict.fromkeys(addressees)), action, labels,
                                                    evidence, event, speaker, actions))

    def _praised(self, state: DocState, sp: SentenceSpeaker, ss: int, se: int) -> list[AgentRef]:
        """"某某充分肯定云南…，希望在…下，…": a bare 希望 (no party after it) after the speaker praises one place
        in the same sentence: the hope is for that place (its introducing clause names it, call 2); not at
        talks, where praise is for a partner's relations."""
        if sp.kind != "person" or self._diplomacy:
            return []
        text = state.article.text
        h = text.find("希望", ss, se)
        if h < 0 or not self._praise_re.search(text, ss, h):
            return []
        after = text[h + 2:se]
        if self._starts_with(after, self.cues.not_party) is not None or state.mentions_starting(h + 2, h + 3):
            return []
        places = {(m.kind, m.value) for m in state.mentions_starting(ss, h) if m.kind in ("province", "city")}
        if len(places) != 1:
            return []
        kind, value = places.pop()
        return self._expand(kind, value)

    def _represented(self, state: DocState, name: str, ss: int) -> str:
        """The parties ``name`` speaks for, as the sentence of his last mention before ``ss`` writes them
        (某某代表各民主党派中央、全国工商联致辞 → "各民主党派中央、全国工商联"), or ""."""
        before = [s0 for s0, _ in state.person_mentions.get(name, ()) if s0 < ss]
        if not before:
            return ""
        i = state.sentence_index(max(before))
        if not 0 <= i < len(state.sentences):
            return ""
        m = self._represents.search(state.article.text, max(before), state.sentences[i][1])
        return m.group(1) if m is not None else ""

    def _signed_agreement(self, state: DocState, found: Found, sp: SentenceSpeaker, ss: int, se: int) -> None:
        """A narrated sentence with no task that reports an agreement signed: the signing parties' commitment."""
        text = state.article.text
        narrated = sp.kind == "none" or (sp.kind == "person" and not sp.intro and "见证" in text[ss:se])
        signed = (self._signed.search(text, ss, se) if narrated
                  and "分别" not in text[ss:se] else None)  # 分别同A、B见证…签署: not the partner's
        parties: tuple[AgentRef, ...] = ()
        if signed is not None and self._diplomacy and self._partner is not None and self._home is not None:
            # 会谈后，两国元首共同见证了双边合作文件的签署: an agreement signed binds both states (guide)
            parties = (self._country_agent(self._home), self._country_agent(self._partner))
        elif signed is not None and text[ss:se].lstrip().startswith("双方"):
            parties = self._title_pair(state)  # 伊朗与尼日利亚签署能源合作文件 … 双方还签署了…备忘录
        elif signed is not None and sp.kind == "none":
            parties = self._signing_bodies(state, text, ss, se)  # 某国政府与甲公司、乙公司签订…协议
        if signed is not None and parties:
            found.commitments.append(CommitmentRecord(
                parties, signed.group(), (), Evidence(text[ss:se], ss, se), state.event_at(ss) or _main_event(state),
                None, (signed.group(),)))

    def _pledge_goes_on(self, pledge: tuple[int, str | None, tuple[AgentRef, ...]] | None, sp: SentenceSpeaker,
                        tasks: _Tasks, sentence: str) -> bool:
        """Does the sentence go on with the pledge list of the sentence before, by the same speaker: a leader's
        at talks with no task marker (中方愿…。密切各层级互动…), a body's own plans also with one (某部有关负责人
        表示，今年要…。同时要…); never a hope for others (希望…) nor what should be done (应继续…)."""
        if pledge is None or pledge[0] != sp.sentence - 1 or pledge[1] != sp.name or sp.intro or tasks.subjects:
            return False
        return ((sp.kind == "body" or self._pledge_at(sentence) is None)
                and self._starts_with(sentence.lstrip("也还并"), self.cues.hope) is None
                and self._starts_with(sentence.lstrip("也还并双方"), self.cues.obligation) is None)  # 应继续…: a task, no pledge

    def _continued(self, verdict: _Verdict, pledge: tuple[int, str | None, tuple[AgentRef, ...]] | None,
                   listed: tuple[int, str | None, tuple[AgentRef, ...]] | None, sp: SentenceSpeaker, tasks: _Tasks,
                   sentence: str) -> tuple[_Verdict, bool]:
        """The verdict of a sentence that continues the sentence before: a pledge list at talks (中方愿…。密切
        各层级互动…), or a numbered heading after a pledge (中国将…。第二，继续…); and whether it is the latter."""
        if self._pledge_goes_on(pledge, sp, tasks, sentence):
            return ("commitment", list(pledge[2]) if pledge else [], []), False
        if verdict is not None and verdict[0] == "directive" and self._pledge_heading(listed, sp, sentence):
            return ("commitment", list(listed[2]) if listed else [], []), True
        return verdict, False

    def _pledge_heading(self, listed: tuple[int, str | None, tuple[AgentRef, ...]] | None, sp: SentenceSpeaker,
                        sentence: str) -> bool:
        """Is the sentence a numbered heading ("第三，继续…", "二是…") right after the same speaker's pledge
        ("中国将…", "我们将…")?  It heads the next item of that pledge list: a pledge of the same committer,
        not a task the speaker sets (a heading after a task stays a directive)."""
        return (listed is not None and listed[0] == sp.sentence - 1 and listed[1] == sp.name and not sp.intro
                and _NUMBERED.match(sentence) is not None)

    def _wished(self, state: DocState, start: int, end: int) -> bool:
        """Does the sentence open with a wish "愿 + its subject" (愿两国友谊万古长青, 愿你们健康成长)?  A subject
        after 愿 makes it a wish for others; a pledge's 愿 takes a verb or a partner (愿同中方…, 愿为…, 愿继续…)."""
        m = _WISH_OPENING.match(state.article.text, start, end)
        if m is None:
            return False
        text = state.article.text
        toks = [t for t in pos_tokens(text, m.end(), min(end, m.end() + 12), state.tokens_between(m.end(), min(end, m.end() + 12)) or None)
                if t[2].strip()]
        return bool(toks) and toks[0][3] in _WISHED_TAGS and toks[0][2] not in _PARTNER_WORDS

    def _committers(self, agents: list[AgentRef]) -> list[AgentRef]:
        """The places and bodies of a commitment (never a person alone), a party named as such given as the
        body that commits for it (中国共产党 → 中共中央: ``speaks_as``)."""
        return [AgentRef(a.kind, self.cues.speaks_as.get(a.name, a.name)) for a in agents if a.kind != "person"]

    def _state_speaker(self, state: DocState, agents: list[AgentRef], speaker: str | None) -> str | None:
        """At talks, a foreign state's pledge ("越方愿…", "印尼将…") is spoken by the one person the report
        gives that state's office (越南总理某某), not by the host whose words came before (call 9); no
        such person, or several: nobody named."""
        if not self._diplomacy or len(agents) != 1 or agents[0].name not in self._country_by_name:
            return speaker
        if self._home is not None and agents[0].name == self._home.label:
            return speaker
        own = self._affiliation(state, speaker) if speaker is not None else None
        if speaker is not None and (own == agents[0] or (
                (own is None or own.name not in self._country_by_name) and not self._chinese_official(state, speaker))):
            return speaker  # his own state's pledge, or a guest whose office the report does not tie to a state
        holders = [p for p in state.person_mentions if self._affiliation(state, p) == agents[0]]
        return holders[0] if len(holders) == 1 else None

    def _chaired_lead(self, state: DocState, sp: SentenceSpeaker, tasks: _Tasks, ss: int, se: int,
                      mentions: Sequence[ProjectMention]) -> SentenceSpeaker:
        """李克强主持召开国务院常务会议，部署…；决定…，要求确保…: the chair's 要求 closes the superior body's
        lead, so the body speaks (settled call 3) and its decision opens the tasks (changed in place)."""
        if not (tasks.clauses and sp.kind == "person" and sp.intro):
            return sp
        decided = self._lead_decision(state, ss, se, mentions)
        if decided is None or decided[1] > sp.clause_start or self._superior_body(
                state, state.event_at(decided[0]) or _main_event(state)) is None:
            return sp
        tasks.clauses.insert(0, decided)
        return SentenceSpeaker(sp.sentence, "meeting", None, "meeting", False, decided[0])

    def _verdict(self, state: DocState, sp: SentenceSpeaker, tasks: _Tasks, event: str | None,
                 offset: int) -> _Verdict:
        """(kind, committers or [issuer], addressees) of a sentence with tasks, by the speaker's standing.
        Each kind of speaker (person, meeting, body, nobody) has its own rules, in its own method."""
        named = [a for s in tasks.subjects if not (s.first_person or s.state) for a in s.agents]
        ordered = [s for s in tasks.subjects if s.subordinate or s.hope]
        tasked = [a for s in ordered for a in s.agents]
        first = tasks.subjects[0] if tasks.subjects else None
        if first is not None and first.called and sp.name is not None:
            # 某国代表表示，…，敦促有关国家…: the speaker's call on others (the parties it names, if any); a
            # spokesman's, his body's
            issuer = (list(first.caller) if first.caller
                      else [self._spokesman_body(state, sp) or AgentRef("person", sp.name)] if sp.kind == "person"
                      else self._expand(sp.standing, sp.name.split("、")[0])[:1])
            return "directive", issuer, [a for s in tasks.subjects if s.called for a in s.agents]
        if sp.kind == "person" and sp.name is not None:
            return self._spokesman_task(state, sp, first) or self._person_verdict(state, sp, sp.name, first, named, ordered)
        if (first is not None and first.state and sp.standing != "national" and sp.kind != "none"
                and not (sp.kind in ("person", "other") and sp.standing == "unknown")):
            if first.agents:
                return "commitment", list(first.agents), []  # 我国将… in a ministry's briefing: China's pledge
            if first.nation and first.future and not first.hope and self._home is not None:
                return "commitment", [self._country_agent(self._home)], []  # 国家将… as 我国将… (call 11)
        if sp.kind == "meeting":
            return self._meeting_verdict(state, sp, event, offset, named, tasked, first)
        if sp.kind == "body" and sp.name is not None:
            return self._body_verdict(sp, sp.name, first, named, tasked)
        if sp.kind == "other" and (sp.verb in self._opinion or any(s.both for s in tasks.subjects)):
            # 俄罗斯友好人士表示，两国将…: a friend's expectation, no state's pledge
            return None  # 香港多位人士认为，…: an opinion, nobody's pledge
        peers = [a for a in named if a not in tasked]
        # nobody speaking: "宣城市将…" is that city's pledge; "X要…" is a task someone set, unknown who;
        # "中国将…", "我国将…", "国家将…" name their committer: China's (settled call 11)
        if (not peers and sp.kind == "none" and first is not None and first.state and first.future and not first.hope
                and self._home is not None):
            peers = list(first.agents) or [self._country_agent(self._home)]
        if peers and tasks.subjects and tasks.subjects[0].future and not tasks.subjects[0].hope:
            return "commitment", peers, []
        return None

    def _spokesman_body(self, state: DocState, sp: SentenceSpeaker) -> AgentRef | None:
        """The body a person of unknown standing speaks for as its spokesman (某部发言人某某, 某部新闻发言人某某,
        某部有关负责人某某: ``spokesman`` ends the title just before his first mention): the body his title
        names, not a state (a foreign body is left to the person)."""
        if sp.standing != "unknown" or sp.name is None:
            return None
        spans = state.person_mentions.get(sp.name) or []
        if not spans:
            return None
        s0 = min(spans)[0]
        text = state.article.text
        lo = max(0, s0 - 20, max(text.rfind(c, 0, s0) for c in "，。；：") + 1)
        if not text[lo:s0].endswith(self.cues.spokesman) or (self._country_re is not None and self._country_re.search(text, lo, s0)):
            return None
        body = self._affiliation(state, sp.name)
        return body if body is not None and body.kind == "organization" and body.name not in self._country_by_name else None

    def _spokesman_task(self, state: DocState, sp: SentenceSpeaker, first: _Subject | None) -> _Verdict:
        """A spokesman's words that task a party they name (外交部发言人某某表示，美方应…/必须…/要…): his body's
        directive to that party (guide: a spokesman speaks for his body); China's own 中方要… is not a task set."""
        if first is None or first.future or first.state or not first.agents or sp.standing != "unknown":
            return None
        parties = [a for a in first.agents if self._home is None or a.name != self._home.label]
        body = self._spokesman_body(state, sp) if parties else None
        return ("directive", [body], parties) if body is not None else None

    def _person_verdict(self, state: DocState, sp: SentenceSpeaker, name: str, first: _Subject | None,
                        named: list[AgentRef], ordered: list[_Subject]) -> _Verdict:
        """A person speaking: a national leader pledges for his body or directs; a provincial or
        city leader directs others and pledges for his own place; anyone else pledges only "X将…"."""
        tasked = [a for s in ordered for a in s.agents]
        if sp.intro and sp.verb in self._directive_verbs and self._calls_for_action(state, sp.body_start):
            return None  # 呼吁国际协作化解…: a call for an action named as a noun, nobody called on
        if sp.standing == "unknown":
            # a person of unknown standing (a deputy, a manager): only "X将…" where X is the body named
            # with him (宣城市市长某某表示，宣城将…); a foreign writer's "中国将…" is his opinion
            peers = [a for a in named if a not in tasked and self._affiliated(state, name, a)]
            if (not peers and first is not None and first.future and self._diplomacy and self._partner is not None
                    and list(first.agents) == [self._country_agent(self._partner)] and not self._chinese_official(state, name)):
                peers = list(first.agents)  # 斯方愿… said by the guest at talks: the partner state's pledge (call 9)
            if (not peers and first is not None and first.future
                    and ((first.side and not first.state and not self._chinese_official(state, name))
                         or (first.agents and all(a.name.endswith(self.cues.parliament) for a in first.agents)))):
                # 美方愿同中国… said by that state's official, talks or not (call 9); 某国议会愿…: the parliament
                peers = list(first.agents)
            if (not peers and first is not None and first.future and first.state and self._diplomacy
                    and self._chinese_official(state, name)):
                # 中方愿同某方… said at talks by the host the title opens with (某某同某国总理会谈), his
                # titles left to the lead of another report: China's pledge (call 9)
                peers = list(first.agents)
            if not peers and first is not None and first.first_person and first.future:
                body = self._own_body_titled(state, name) if first.own else None  # 某国某委员会主席某某表示，他将…
                body = body or self._affiliation(state, name)  # 星河集团董事长某某说，我们将…
                peers = [body] if body is not None else []
            if not peers and tasked and any(s.hope for s in ordered):  # 希望中方继续支持…: whoever speaks (guide)
                return "directive", [AgentRef("person", name)], tasked
            if not peers and sp.intro and sp.verb in self._directive_verbs and not (first is not None and first.future):
                # 某国外长…召开发布会，呼吁/要求/敦促…停火: he calls on others, whoever he is (a directive)
                return "directive", [AgentRef("person", name)], tasked
            return ("commitment", peers, []) if peers and first is not None and first.future else None
        person = AgentRef("person", name)
        if sp.standing == "national":
            return self._national_verdict(state, name, first, person, named)
        if sp.standing.startswith(("province:", "city:")):
            kind, place = sp.standing.split(":", 1)
            own = AgentRef("province" if kind == "province" else "city", place)
            if tasked and any(a != own for a in tasked):
                return "directive", [person], [a for a in tasked if a != own]
            if first is not None and first.hope and first.agents:  # 希望香港社会共同努力: a task he sets (guide)
                return "directive", [person], list(first.agents)
            if first is not None and (first.state or (first.hope and not first.agents)):
                return None  # 中央政府将…, 希望你…: not his place's own pledge (another speaker's words)
            # 香港特别行政区某委员会和特区政府会…: his place's own bodies pledge as his place
            peers = list(dict.fromkeys(own if a.name.startswith((place, *self.cues.own_place_body)) else a
                                       for a in named if a not in tasked))
            return "commitment", peers or [own], []
        if tasked and any(s.hope for s in ordered):
            return "directive", [person], tasked
        peers = [a for a in named if a not in tasked]
        return ("commitment", peers, []) if peers else None

    def _national_verdict(self, state: DocState, name: str, first: _Subject | None, person: AgentRef,
                          named: list[AgentRef]) -> _Verdict:
        """A national leader's task-setting sentence (要…, 我们要/我们必须…) is his directive to the
        agents named (settled call 1); his *pledge* for the body he heads or speaks for (我们将…,
        中央政府将…, 中国将…, 党中央将…, 执法检查组将…: a future marker, no task for others) is that
        body's commitment (call 1 narrowed).  A national official who is no top leader (a minister,
        the Chief Justice) also states his body's plans in its work report."""
        if first is not None and first.future and first.agents and not first.hope:
            kept = [a for a in first.agents if self._recordable(state, a)]  # 政府部门将…: a class binds nobody
            return ("commitment", kept, []) if kept else None  # 中国将…, 党中央将…, 执法检查组将…
        if (first is not None and first.first_person and first.future and self._diplomacy
                and self._home is not None):  # 我愿同您一道… at talks: his state's pledge (call 9)
            foreign = self._affiliation(state, name)  # 朝鲜劳动党总书记、国务委员长某某: not China
            own = foreign if foreign is not None and foreign.name in self._country_by_name else None
            if own is None and not self._chinese_official(state, name):
                return None  # 金正恩委员长…表示将…: a leader whose state the report does not give
            return "commitment", [own or self._country_agent(self._home)], []
        if first is not None and first.state and first.agents:  # 中国要…
            return "commitment", list(first.agents), []
        if first is not None and first.future and not (first.agents or first.first_person or first.state or first.hope):
            return None  # 今年中方将…，合作将迎来…: a plan or a prediction, no task set (call 1)
        report = self._report_speaker == name and not self._top_leader(state, name)
        if (first is not None and first.nation and first.future and not report and self._home is not None
                and not self._top_leader(state, name)):
            return "commitment", [self._country_agent(self._home)], []  # a minister's 国家将…: China's plan (call 11)
        if (first is not None and (first.state or (first.first_person and first.future))) or report:
            body = self._national_org(state, name)  # 中央政府将…, 我们将…, 最高人民法院工作报告
            return ("commitment", [AgentRef("organization", body)], []) if body else None
        if first is not None and first.first_person and not first.future and self._diplomacy and self._partner \
                and self._home is not None:  # 我们要… at talks with one state: both states (call 9)
            return "directive", [person], [self._country_agent(self._home), self._country_agent(self._partner)]
        # his own body is no addressee (call 1): 全国人大常委会要… said by its chairman
        bodies = {p.organization.label for p in state.extraction.posts if p.person == name}
        return "directive", [person], [a for a in named if a.name not in bodies or a.name in self._country_by_name]

    def _calls_for_action(self, state: DocState, start: int) -> bool:
        """Do the words a 呼吁/要求 introduces open with an action named as a noun ("呼吁国际协作化解…":
        a call for cooperation, nobody called on), not with a party and its task ("呼吁国际社会承担…")?"""
        text = state.article.text
        toks = [t for t in pos_tokens(text, start, min(len(text), start + 12)) if t[2].strip()][:2]
        return bool(toks) and (toks[0][3] == "vn" or (len(toks) == 2 and toks[0][3] == "n" and toks[1][3] == "vn"))

    def _chinese_official(self, state: DocState, name: str) -> bool:
        """Does ``name`` hold a Chinese post in the report, or open its title (习近平会见…)?"""
        return (any(p.person == name for p in state.extraction.posts)
                or (state.article.title or "").startswith(name))

    def _top_leader(self, state: DocState, name: str) -> bool:
        """Does ``name`` hold a post of the national leadership (settled call 1's list)?  A national
        speaker with no post in the report got his standing from a title written with his name
        (习近平主席, 国务院总理李强): those titles are the leadership's."""
        posts = [p for p in state.extraction.posts if p.person == name]
        return any(p.role in _TOP_ROLES for p in posts) or not posts

    def _meeting_verdict(self, state: DocState, sp: SentenceSpeaker, event: str | None, offset: int,
                         named: list[AgentRef], tasked: list[AgentRef], first: _Subject | None = None) -> _Verdict:
        """A meeting speaking: the superior body it is a meeting of directs or decides; a meeting of
        no known body commits the agents named, else its own participants.  The body's own
        "X将…" (会议提出，全国工商联将…) binds itself: its commitment, never a task it sets itself."""
        body = self._superior_body(state, event)
        if body is not None:
            if first is not None and first.future and first.agents and all(a.name == body for a in first.agents):
                return "commitment", [AgentRef("organization", body)], []
            if "通过" in sp.verb and not sp.intro:
                return None  # what follows an adoption is the adopted text's content
            if tasked:  # 各地各部门要…: a task the body sets, whatever it decided itself
                return "directive", [AgentRef("organization", body)], tasked
            if (sp.verb.endswith("决定") or "通过" in sp.verb) and self._procedural(state, offset):
                return None  # 审议通过…的决定，提请…追认; 审议通过…议程（草案）: a procedural act, already done
            if (sp.verb.endswith("决定") or "通过" in sp.verb) and self._own_step(state, offset):
                return "commitment", [AgentRef("organization", body)], []  # its own plan or next step
            return "directive", [AgentRef("organization", body)], named
        peers = [a for a in named if a not in tasked]
        chair = self._chair_province(state, event)
        if chair is not None and peers and all(self._city_of(a, chair.name) for a in peers):
            return "directive", [chair], peers  # 省委书记…主持召开座谈会。会议要求，杭州市要…: his province tasks its city
        para = next(((s, e) for s, e in state.paragraphs if s <= offset < e), (offset, offset))
        return "commitment", peers or self._meeting_committers(state, event, para, offset), []

    def _chair_province(self, state: DocState, event: str | None) -> AgentRef | None:
        """The province whose party committee or government the meeting's chair leads, if known."""
        chair = self._chair(state, event)
        place = state.province_of(chair) if chair is not None else None
        return AgentRef("province", place.name) if place is not None and place.kind == "province" else None

    def _city_of(self, agent: AgentRef, province: str) -> bool:
        """Is ``agent`` a city of ``province`` (a place below the chair's, which his meeting tasks)?"""
        city = self.ref.city_by_short(agent.name) if agent.kind == "city" else None
        return city is not None and city.province == province

    def _own_step(self, state: DocState, offset: int) -> bool:
        """Is the sentence at ``offset`` a body's own step (its plan adopted, a draft submitted, its
        session convened), not measures for others (会议决定，实施33项措施; settled call 3)?"""
        i = state.sentence_index(offset)
        ss, se = state.sentences[i] if 0 <= i < len(state.sentences) else (offset, offset)
        return bool(_ADOPTED_OWN.search(state.article.text, ss, se) or _OWN_STEP.search(state.article.text, ss, se))

    def _procedural(self, state: DocState, offset: int) -> bool:
        """Is the sentence at ``offset`` a procedural act the meeting has done: a decision submitted for
        ratification (提请…追认), or the adoption of an agenda (议程, 日程) with no plan and no next step?"""
        i = state.sentence_index(offset)
        ss, se = state.sentences[i] if 0 <= i < len(state.sentences) else (offset, offset)
        text = state.article.text
        if _RATIFIED.search(text, ss, se):
            return True
        return bool(self._agenda.search(text, ss, se)) and not _ADOPTED_OWN.search(text, ss, se)

    def _forecast(self, text: str, ss: int, first: int) -> bool:
        """A forecast cue (预计, 有望 …) in the sentence before its first task."""
        return any(c in text[ss:first] for c in self.cues.prediction)

    def _document_content(self, state: DocState, sp: SentenceSpeaker, ss: int) -> bool:
        """Is the sentence the content of a document released earlier in its paragraph or in its own
        first clauses (…发布了《指导意见》，…将…) with nobody speaking?"""
        if sp.kind not in ("none", "body", "other") or (sp.kind == "body" and sp.intro) or sp.verb == _NOTICE:
            return False  # a notice's requirements are its issuer's directives
        para = _paragraph_of(state, ss)
        if para is None:
            return False
        if para[0] not in self._released:  # one search per paragraph: where a release is first named
            m = self._document_re.search(state.article.text, para[0], para[1])
            self._released[para[0]] = m.start() if m is not None else -1
        i = state.sentence_index(ss)
        se = state.sentences[i][1] if 0 <= i < len(state.sentences) else ss
        return 0 <= self._released[para[0]] < se

    def _affiliation(self, state: DocState, person: str) -> AgentRef | None:
        """The body or place named in the title just before ``person``'s first mention (宣城市市长某某,
        星河集团董事长某某), if any."""
        spans = state.person_mentions.get(person) or []
        if not spans:
            return None
        s0 = min(spans)[0]
        text = state.article.text
        lo = max(0, s0 - 16, text.rfind("，", 0, s0) + 1, text.rfind("。", 0, s0) + 1)
        country = self._country_before(text, lo, s0)
        if country is not None:  # 越南总理某某: his country (not 北京 in "在北京会见越南总理某某")
            return self._country_agent(country)
        near = [m for m in state.mentions if lo <= m.start and m.end <= s0 and m.kind in ("org", "province", "city")
                and not self._not_a_title.search(text, m.end, s0)]  # 在大连会见…主席某某: not his body
        if near:
            m = max(near, key=lambda x: x.end)
            return AgentRef("organization" if m.kind == "org" else m.kind, m.value)  # type: ignore[arg-type]
        return self._titled_body(text, lo, s0)

    def _own_body_titled(self, state: DocState, person: str) -> AgentRef | None:
        """The body a person's title names (某国过渡委员会主席某某: the council, not the state): whose step
        "他将…" in his own words is."""
        spans = state.person_mentions.get(person) or []
        if not spans:
            return None
        s0 = min(spans)[0]
        text = state.article.text
        return self._titled_body(text, max(0, s0 - 16, text.rfind("，", 0, s0) + 1, text.rfind("。", 0, s0) + 1), s0)

    def _titled_body(self, text: str, lo: int, s0: int) -> AgentRef | None:
        """The body whose name ends in a body's suffix in the title ``text[lo:s0]`` before a name (星河集团董事长)."""
        suffixes = "|".join(re.escape(x) for x in self.cues.body_suffix)
        hit = re.search(rf"([\u4e00-\u9fa5A-Za-z]{{2,12}}?(?:{suffixes}))[^，。、]{{1,8}}$", text[lo:s0]) if suffixes else None
        if (hit is not None and self._named_body(hit.group(1)) and not self._not_a_title.search(text, lo + hit.end(1), s0)
                and not (hit.group(1) + text[lo + hit.end(1):lo + hit.end(1) + 1]).endswith(self.cues.not_body_end)):
            return AgentRef("organization", hit.group(1))  # not 商务部 of 商务部门负责人
        return None

    def _country_before(self, text: str, lo: int, hi: int) -> Country | None:
        """The state whose office the title in ``text[lo:hi]`` names (越南总理某某, 伊朗总统某某): a
        foreign leader speaks for his state; a scholar or a writer (美国学者某某) does not."""
        hits = list(self._country_re.finditer(text, lo, hi)) if self._country_re is not None else []
        if not hits or not text[hits[-1].end():hi].endswith(self.cues.state_title):
            return None
        return self._country_by_name[hits[-1].group()]

    def _affiliated(self, state: DocState, person: str, agent: AgentRef) -> bool:
        """Is ``agent`` named in the title just before one of ``person``'s mentions?"""
        text = state.article.text
        for s0, _ in state.person_mentions.get(person, []):
            if any(m.value == agent.name and max(0, s0 - 16) <= m.start < s0 for m in state.mentions):
                return True
            country = self._country_before(text, max(0, s0 - 16), s0)
            if country is not None and country.label == agent.name:
                return True  # 俄罗斯总理某某 … 俄方愿…
            if agent.name in text[max(0, s0 - 16):s0]:
                return True
        return False

    def _body_verdict(self, sp: SentenceSpeaker, name: str, first: _Subject | None, named: list[AgentRef],
                      tasked: list[AgentRef]) -> _Verdict:
        """A body speaking (中央组织部要求…): a directive to the addressees it tasks, else its own pledge
        within the sentence it speaks in."""
        bodies = [self._expand(sp.standing, n) for n in name.split("、")]
        if sp.verb == _NOTICE:  # 通知要求，各地区各部门要…: the issuing body's directive
            return "directive", [a for b in bodies for a in b][:1], tasked or named
        if tasked:  # 中央组织部要求，各级党组织要…
            return "directive", [a for b in bodies for a in b][:1], tasked
        if sp.intro and sp.verb in self.cues.body_directs and sp.standing == "organization":
            return "directive", [a for b in bodies for a in b][:1], named  # 某部部署各地开展…: its directive
        if sp.standing == "organization" and (sp.verb in self._directive_verbs or (first is not None and first.hope)):
            return "directive", [a for b in bodies for a in b][:1], []  # 某办公室呼吁/希望某国…: a task for others
        if sp.verb in self._opinion and sp.standing != "organization":
            return None  # 香港各界人士认为…: a place's people's opinion
        if (sp.intro and sp.verb in self._body_instructs and sp.standing == "organization"
                and not (first is not None and first.future)):
            return "directive", [a for b in bodies for a in b][:1], named  # 中央纪委强调，要…
        if (not sp.intro and sp.standing == "organization" and any(n == name for n, _ in self._bodies)
                and (first is None or not (first.agents or first.future or first.first_person or first.state))):
            # 某部相关负责人介绍，…。下一步，要…: a national body's official goes on setting tasks
            return "directive", [a for b in bodies for a in b][:1], []
        if not sp.intro and not (first is not None and first.future):
            return None  # a body's 要… beyond the sentence it speaks in: a notice's content, not its pledge
        if (sp.intro and sp.standing == "organization" and first is not None and not first.agents
                and not (first.future or first.first_person or first.state or first.hope)):
            return "directive", [a for b in bodies for a in b][:1], []  # 央行表示，金融机构要…: a task for others
        if first is not None and first.hope and sp.standing != "organization":
            return None  # 香港各界人士表示，希望特区政府…: a place's people's wish for others, nobody's pledge
        peers = [a for a in named if a not in tasked]
        return "commitment", peers or [a for b in bodies for a in b], []

    def _lead_decision(self, state: DocState, ss: int, se: int,
                       mentions: Sequence[ProjectMention]) -> tuple[int, int] | None:
        """A clause "部署/确定/决定…" naming a project in the sentence that reports a meeting."""
        text = state.article.text
        for cs, ce in split_clauses(text, ss, se, state.clause_cuts):
            verb = self._starts_with(text[cs:ce].lstrip("并还"), self.cues.decision_verb)
            deployed = verb is None and self._deployed.match(text, cs, ce) is not None
            if verb is None and not deployed:
                continue  # 部署…, 研究部署…, 并对…作出部署/进行动员: what the meeting decided
            rec = self._event_record(state, state.event_at(cs) or _main_event(state))
            if (deployed or verb == "研究部署") and rec is not None and self._leading_group_of(state, rec.key) is not None:
                continue  # a leading group's plenary that 研究部署下步工作: its agenda, no measures (dev precedents)
            if (rec is not None and rec.kind == "Meeting" and rec.evidence.start <= cs < rec.evidence.end
                    and (any(cs <= m.start < ce for m in mentions) or self._superior_body(state, rec.key) is not None)):
                return cs, ce  # a superior body's lead that 部署/确定 work (settled call 3), or names a project
        return None

    def _announce(self, state: DocState, sp: SentenceSpeaker | None, ss: int, se: int) -> None:
        """"对各民主党派、全国工商联和无党派人士提出3点希望": the headings that follow are addressed to them."""
        text = state.article.text
        m = _ANNOUNCED.search(text, ss, se)
        if m is None:
            return
        named, _ = self._named_parties(state, text, m.start(1), m.end(1))
        named = [a for a in named if self._party.search(a.name)]
        self._kept.update(a.name for a in named)
        places = [AgentRef(x.kind, x.value) for x in state.mentions  # type: ignore[arg-type]
                  if m.start(1) <= x.start < m.end(1) and x.kind in ("province", "city")]
        who = sp.name if sp is not None and sp.name else None
        if who is None:
            first = min(((s0, p) for p, spans in state.person_mentions.items() for s0, _ in spans if ss <= s0 < se),
                        default=None)
            who = first[1] if first else None
        if places or named:
            self._hoped = (None, who, places or named)
            self._announced = True
            self._announced_end = m.end()

    def _inherited(self, state: DocState, sp: SentenceSpeaker, ss: int, tasks: _Tasks,
                   addressees: list[AgentRef]) -> list[AgentRef]:
        """希望X… opens a list of tasks for X: the following sentences of the paragraph, by the same
        speaker, are addressed to X too (unless they name their own addressee)."""
        para = next((p for p in state.paragraphs if p[0] <= ss < p[1]), None)
        hoped = [a for s in tasks.subjects if s.hope for a in s.agents]
        if hoped:
            self._hoped = (para, sp.name, hoped)
            self._announced = False
        if hoped:
            return addressees
        if sp.intro:  # 对陕西提出要求：加强…: the tasks after the announcement in its own sentence are for X
            own = (not addressees and self._announced and self._hoped is not None and self._hoped[1] == sp.name
                   and ss <= self._announced_end <= tasks.clauses[0][0])
            return list(self._hoped[2]) if own and self._hoped is not None else addressees
        heading = _HEADING.match(state.article.text[ss:ss + 3])
        if (not addressees and (heading or self._announced) and self._hoped is not None
                and self._hoped[1] == sp.name):
            return list(self._hoped[2])
        return addressees

    def _superior_body(self, state: DocState, event: str | None) -> str | None:
        """The body a meeting's resolutions are issued by, when it is a superior one: a national
        body (中共中央政治局, 国务院常务会议 → 国务院, 委员长会议 → 全国人大常委会) or a leading group, named
        by the event's label or by the sentence that reports it; None for a meeting of peers."""
        rec = self._event_record(state, event)
        if self._party_group(state, event) is not None:
            return None  # 全国政协党组会议: the body's party group resolves for itself
        if any("委员长会议" in t for t in (rec.label if rec else "", rec.evidence.text if rec else "", state.article.title)):
            return "全国人大常委会"  # the NPC Standing Committee's chairmen's council
        if any(_CENTRAL_CONFERENCE.search(t) for t in (rec.label if rec else "", state.article.title)):
            return "中共中央"  # 中央经济工作会议, 中央农村工作会议: the Centre's conferences
        group = self._leading_group_of(state, event)
        if group is not None:
            return group
        body = self._event_body(state, event)
        if body is not None:
            # a democratic party's plenary resolves for the party itself: no superior body
            return None if body.kind == "democratic_party" else str(body.label)
        where = [rec.evidence.text] if rec is not None else []
        where.append(state.article.title)
        for text in where:
            found: list[str] = []
            for name, b in self._bodies:
                i = text.find(name)
                while i >= 0:
                    if _MEETING_AFTER.match(text, i + len(name)) and not any(name in f for f in found):
                        found.append(name)
                        if str(b.label) not in found:
                            found.append(str(b.label))
                        break
                    i = text.find(name, i + 1)
            labels = {str(b.label) for n, b in self._bodies if n in found}
            if len(labels) == 1:
                return labels.pop()
            if len(labels) > 1:
                return None  # 全国人大常委会党组、国务院党组、全国政协党组分别召开会议: whose, we cannot tell
        return None


# (kind, committers or [issuer], addressees) of a sentence with tasks, or None (see CommitmentFinder._verdict)
_Verdict = tuple[str, list[AgentRef], list[AgentRef]] | None
# the national leadership: their speeches set directives, never their body's commitments (settled call 1)
_TOP_ROLES = frozenset({"GeneralSecretary", "PolitburoStandingCommitteeMember", "President", "VicePresident",
                        "ChairmanNPCStandingCommittee", "ChairmanCPPCC", "Premier", "VicePremier", "ChairmanCMC"})
# the Politburo and its organs pledge as the Centre (我们将… by a PSC member → 中共中央)
_POLITBURO_AS_CENTRE = {"中共中央政治局常务委员会": "中共中央", "中共中央政治局": "中共中央", "中共中央书记处": "中共中央"}
# the Centre's work conferences (中央经济工作会议, 中央城市工作会议)
_CENTRAL_CONFERENCE = re.compile(r"^中央[^，。、]{1,8}工作会议|[^党]中央[^，。、]{1,6}工作会议在")
# 建交后，…, 抵达时，…: a clause of time opens a narrative, not an imperative list
_TIME_CLAUSE = re.compile(r"(?<!最)(?:后|以后|之后|时|期间)$|(?<![提向目])(?:前|以前|之前)$")
# a first clause that is no description of its subject: a marker, a speech verb, a time
_TOPIC_BREAKS = re.compile(r"要|必须|将|应|表示|强调|指出|认为|说|提出|希望|[：:]|\d")
# a short verb phrase, then 的 and the counted things it qualifies (计划摘帽的12个县, 计划新建的3座工厂)
_ATTRIBUTIVE = re.compile(r"[^，。；的]{1,12}的(?:[\d一二三四五六七八九十两几百千万]+|所有|全部)")
# 中国是…, 中国作为…: the state described, not pledging
# 中越关系, 两国合作, 中越友谊 after 希望: the states name the topic of a good wish, not the parties tasked
_COPULA_IN = re.compile(r"(?<![特别尤其还就更都于凡但可总要只而也正即])是(?![否非]|$)")  # not 关键是|要, 特别是
_COPULA = re.compile(r"[^，。；]{0,6}?(?:是|成为|作为)")
# a finished act after 双方: 双方已…, …了: no pledge
# a count or 各 before a body's name (15个中央巡视组将…, 各中央巡视组将…): several bodies of one name
_COUNT_BEFORE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个|各")
_SIGNED_PAST = re.compile(r"^[^。]{0,6}已|了[，。；]|取得|达成了")
# A与B签署…协议, 签约: the parties of 双方/三方 after it
_SIGNING = re.compile(r"签署|签订|签约|共同签|达成")
_MAX_CONDITION = 30
_MAX_TIME_PHRASE = 6
# the term of a body written inside its name (第十七届)
_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")
# section headings of a speech: 第一，… 一是… (再次 alone: 再次表明… is "again")
# a wish opens with 愿 and its subject (愿两国友谊…, 愿你们…); 愿意 and a pledge's 愿同/愿为… do not
_WISH_OPENING = re.compile(r"[\s，,：:]*(?:衷心|真诚|诚挚)?愿(?![意望景])")
_WISHED_TAGS = frozenset({"r", "n", "nr", "ns", "nt", "nz", "m", "s", "t", "PER", "LOC", "ORG"})  # not j (深化)
_PARTNER_WORDS = frozenset({"同", "与", "和", "跟", "为", "在", "以", "对", "向", "将", "把"})
_NUMBERED = re.compile(r"\s*(?:第[一二三四五六七八九十]+[，,、是]|[一二三四五六七八九十]是|[其再]次[，,]|最后[，,])")
# the members of a grouping of states as a subject (成员国要…, 五国应该…; 两国 is a pair at talks)
# (tasked only: "三国将…" pledges are the states' own, read elsewhere)
_MEMBERS = re.compile(r"(?:各?成员国|[三四五六七八九十]国)(?=[也还更都]?(?:要|应|必须|需))")
# a count that sums up the places named before it (两地, 三省, 双方) and its number
_PLACE_COUNT = re.compile(r"(两|双|三|四|五|六|七|八|九|十)(?:地|方|省市|省区市|省区|省|市)")
_COUNTS = {"两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# after a list of places or a placed body: a count summing it up (两地), or the same place's other body (和省政府)
_PLACE_ECHO = re.compile(r"(?:(?:两|双|三|四|五|六|七|八|九|十)(?:地|方|省市|省区市|省区|省|市)"
                         r"|[和、及]?(?:省|市|自治区|区|县)(?:委|人民政府|政府)(?=[要将应必]))")
_HEADING = re.compile(r"^(?:第[一二三四五六七八九十]+(?:是|$)|[一二三四五六七八九十]是|首先|其次|再次$|最后$|——)")
# a body's own next step: its session convened, a draft submitted
_OWN_STEP = re.compile(r"(?:会议|全会|代表大会)[^，。]{0,20}(?:举行|召开)|提交|提请|审议")
# 提请…追认: a decision already taken, submitted for ratification; 议程（草案）和日程: an agenda adopted
_RATIFIED = re.compile(r"提请[^，。；]{0,40}追认")
# what a body adopts binds itself: its own plan, or a text it will put into effect or submit
_ADOPTED_OWN = re.compile(r"行动方案》|工作计划|工作要点|于[明今]年\d{1,2}月\d{1,2}日[^，。]*实施|决定将|提请")
# 将 + object + 提升为/推进到/打造成: the disposal 将, an action done, not a pledge
_DISPOSAL = re.compile(r"[^，。；]{1,24}?(?:提升|推进|提高|打造|建设|列|确定|明确|纳|视|改|转化|发展|融合|作|调整|下调|上调|签署|压缩)"
                       r"(?:为|到|至|成|入)|[^，。；]{2,30}?(?:结合起来|聚集|全文公开)")
# 将(始终)是…: what something will be, not what anybody pledges to do
_WILL_BE = re.compile(r"(?:始终|依然|仍然|仍|永远|一直|继续)?是(?!否)")
# 听取…工作汇报: a superior body hears the reports of those named
_REPORTS_HEARD = re.compile(r"听取[^，。；]{0,60}汇报")
# 对X提出N点希望/要求: the headings that follow set tasks for X
_ANNOUNCED = re.compile(r"对([^，。；]{2,40}?)提出[^，。；]{0,4}(?:希望|要求|建议)")
# what may stand around the states that speak: 德国、英国、法国等欧洲国家方面 (称)
# (中国代表, 某国常驻联合国代表: the state's unnamed representative, a ``represents`` word, speaks for it)
_STATES_SAY = r"(?:[、和及与]|等[^，。；]{{0,6}}?国家|方面|政府|当天|日前|近日|\d{{1,2}}日|(?:常驻[^，。；]{{1,12}}?)?(?:{represents}))*"
# the reporting "verb" of a national body's notice (kg_commitments marks it, not kg_speakers)
_NOTICE = "通知"
# …印发…，(并发出通知，)要求/部署…: the notice's first requirement, in the lead
_NOTICE_LEAD = re.compile(r"[^。]*?[，,](?:并(?:发出|下发)?通知[，,])?(?:要求|部署)")
# a sentence of the notice that sets a task: 要做好…, 信访工作联席会议、信访部门要…
_NOTICE_TASK = re.compile(r"\s*(?:要求|部署)|\s*[^，。；]{0,20}?(?:要|必须|务必)(?![求素点闻])")
# a short noun phrase before a task marker: 各族干部要…, 企业学习教育要…
_EXISTENTIAL = frozenset({"有", "还有", "没有", "仍有", "尚有"})  # 有…要做/要走: what there is to do, no task
_UNDERGOES = ("得到", "受到", "得以", "予以", "被", "是", "成为")  # after 要/应当: what a topic undergoes or is
_GENERIC_SUBJECT = re.compile(r"((?:“[^，。；：“”《》]{1,8}”)?[^，。；：“”《》\d]{1,16}?)(?=要|必须|将|应当|务必|一定要|既要|也要|还要|都要|更要|不能|决不能)")
_NOMINAL_TAGS = ("n", "r", "m", "q", "f", "s", "t", "j", "vn", "an", "nz")
# a judgement or a finished fact, not a task: …是…，…意义重大，取得了…
# personnel decisions are not statements: 增补…为委员, 任命…, 免去…职务
_APPOINTMENT = re.compile(r"增补|任命[^，。]{1,12}为|免去|不再担任|当选为")
# a body's name followed by its meeting: 中共中央政治局召开会议, 国务院总理李强主持召开国务院常务会议
_MEETING_AFTER = re.compile(r"[^，。]{0,4}(?:召开|举行|会议|常务会议|全体会议|第[一二三四五六七八九十]+次)")
_JUDGEMENT = re.compile(r"(?<![特别尤其还就更都于凡但可总要只而也正即])是(?![否非])|意义重大|了(?!解)|取得|成效显著|符合|有利于|有助于|责任重大|使命光荣|只会|就会|"
                        r"具有[^，。]{0,6}意义|高度重视|十分关心|关键在|没有变|正经历|"
                        r"\d+(?:\.\d+)?%|百分点|同比|处在|处于|面临着|更加(?:稳固|坚实|巩固|牢固)|就是(?!要)|成为[^，。]{0,12}(?:关键词|亮点|主题|共识)")
_SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)]*$")
# 国家和地方…: a partner joined to the state subject
_JOINED_PARTNER = re.compile(r"(?:和|与|及)(?:地方|各地|社会|企业)(?:政府)?")
# a past list of lessons opens: 我们积累了宝贵经验, 得到以下启示
_ITEM_TASK = re.compile(r"[一二三四五六七八九十](?:是|)要")  # 一要…, 二是要…: an item of a list of tasks
_LESSONS = re.compile(r"(?:宝贵|重要|成功)(?:经验|启示)|(?:经验|启示|体会)[^，。；]{0,6}[：:]")
_DONE = re.compile(r"(?<![为])了(?!解|如指掌)")
# a clause that describes what it names (…，这些材料是…的重要原材料): the pledge list is over
_DESCRIBED = re.compile(r"(?:这|那|该|此|其)[^，。；]{0,8}?(?<![要就还更也都])是(?![否非])")
# 相信葡方也会…: a belief, not a task (相信并期待… is a hope)
_BELIEF = re.compile(r"(?:相信|坚信)(?!并(?:期待|希望))")
# a question (…将如何…？) sets no task
_QUESTION = re.compile(r"[？?][”’」』]*\s*$|如何|怎样|怎么")
# 无论国际形势如何变化，…: a concession, not a question
_CONCESSION = re.compile(r"(?:无论|不论|不管)[^，。；？?]{0,16}$")


def _question(text: str, ss: int, se: int) -> bool:
    """Is the sentence a question (…？, …如何…), not a concession (无论…如何变化，…将…)?"""
    for m in _QUESTION.finditer(text, ss, se):
        if not (m.group() in ("如何", "怎样", "怎么") and _CONCESSION.search(text, ss, m.start())):
            return True
    return False
# a paragraph opening with a year (2014年12月，…): the past when before the report's year
_YEAR_OPENING = re.compile(r"\s*(?:央视网消息（新闻联播）：)?((?:19|20)\d\d)年")


def _paragraph_of(state: DocState, offset: int) -> tuple[int, int] | None:
    """The paragraph holding ``offset`` (bisect: paragraphs are sorted and disjoint)."""
    i = bisect.bisect_right(state.paragraphs, (offset, float("inf"))) - 1
    if i >= 0 and state.paragraphs[i][0] <= offset < state.paragraphs[i][1]:
        return state.paragraphs[i]
    return None


def _earlier_year_paragraph(state: DocState, offset: int) -> bool:
    """Does the paragraph holding ``offset`` open with a year before the report's (2019年，…强调): a
    recalled past, whatever follows in it?"""
    day = state.article.date
    para = _paragraph_of(state, offset)
    if day is None or para is None:
        return False
    m = _YEAR_OPENING.match(state.article.text, para[0], para[1])
    return m is not None and int(m.group(1)) < day.year


def _modifier_at(text: str, pos: int, end: int) -> bool:
    """Does a locality word follow at ``pos`` (某国|东部武装, 某省|境内企业): the place named before it
    modifies a noun phrase, it is no party of its own?"""
    toks = [t for t in pos_tokens(text, pos, min(end, pos + 6)) if t[2].strip()]
    return bool(toks) and toks[0][3] == "f" and toks[0][2] not in ("方",) and not toks[0][2].endswith("方")


def _opens_with_noun(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` open with a noun (a subject of its own: 市场…, 卫星…)?"""
    toks = [t for t in pos_tokens(text, start, min(end, start + 6)) if t[2].strip()]
    return bool(toks) and toks[0][3].startswith("n")


def _short_cue(text: str) -> bool:
    """Does a one-character cue (希, the short form of 希望) open ``text`` as a word of its own: no
    dictionary word begins with it there (希腊) and a dictionary word follows (希加强…)?"""
    words = word_tags()
    return not any(text[:n] in words for n in (2, 3, 4)) and text[1:3] in words


def _inside_word(state: DocState, text: str, cs: int, ce: int, pos: int) -> bool:
    """Does a word of the clause ``text[cs:ce]`` run across ``pos`` (重|要, 将|来)?"""
    toks = state.tokens_between(cs, ce) or [(t[0], t[1]) for t in pos_tokens(text, cs, ce)]
    words = word_tags()  # a dictionary word (not a segmenter's glued run such as 专班要)
    return any(s < pos < e and text[s:e] in words for s, e in toks)


def _verb_led(toks: Sequence[tuple[int, int, str, str]], leads: frozenset[str], manner: frozenset[str]) -> bool:
    """Does a clause open with a verb, an adverb or a preposition of manner (加快…, 牢牢…, 把…),
    or with a manner noun before a verb (高水平共建, 合力打造)?"""
    word, tag = toks[0][2], toks[0][3]
    if tag.startswith(("v", "d", "ad", "i", "l")) or word in leads:
        return True
    if tag == "a" and len(toks) > 1 and toks[1][3] not in ("c", "uj", "ude1"):  # 稳地价, not 激进和暴力示威者
        return True
    return word in manner and len(toks) > 1 and toks[1][3].startswith(("v", "a", "l"))


def _lac_verb_led(text: str, start: int, end: int) -> bool:
    """Does the statistical tagger read the clause as led by a verb where jieba's dictionary tags say otherwise:
    its first word (深化 j, 牢记 n, 弘扬 nr, 筑牢 unknown), after at most two adverbs (及时有效开展…), or after a
    phrase of circumstance 在…中/内/同时 (在发展中保障…, 在…框架内加强…)?  Asked only of a clause the dictionary
    tags did not find verb-led, on its first 24 characters."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    words = [(str(w), str(t)) for w, t in lac_tagger().run(text[lead:min(end, lead + 24)])] if end - lead >= 2 else []
    i = 0
    if words and words[0][0] == "在":  # 在…中/内/下/同时: the circumstance ends at a locality word or 同时
        i = next((j + 1 for j, (w, t) in enumerate(words[1:9], 1) if t == "f" or w == "同时"), len(words))
    k = i
    while k < len(words) and k - i < 2 and words[k][1] in ("d", "ad"):
        k += 1
    return k < len(words) and words[k][1] in ("v", "vd") and len(words[k][0]) >= 2


def _is_sentence(text: str, start: int, end: int) -> bool:
    """A headline line (no closing 。！？) is not a statement: it restates the lead."""
    return bool(_SENTENCE_END.search(text[start:end].rstrip()))


def _recalled(state: DocState, text: str, start: int, end: int, discourse: bool = True) -> bool:
    """Is the sentence (from ``start``, where the reported words begin) about the past: 时任…, 近年来…,
    …以来，?  Decided by the discourse layer (``DocState.recalled_words``, cues in
    ``ontology/past_cues.csv``); ``discourse`` off asks its cues without its clause times."""
    return state.recalled_words(start, end, clauses=discourse)


def _past_here(state: DocState, offset: int, lo: int, hi: int) -> bool:
    """Is the clause at ``offset`` about the past by a cue inside ``text[lo:hi]`` (``kg_discourse``)?"""
    return state.past_by_cue_within(offset, lo, hi)


def _past_object(state: DocState, cs: int, ce: int, looking_back: re.Pattern[str]) -> bool:
    """Is the past cue of the clause inside the object of a verb that looks back (李克强充分肯定去年
    广东发展取得的成绩，希望…): today's words about the past, not words said in the past?"""
    clause = state.time_at(cs)
    text = state.article.text
    cue = clause.cue if clause is not None else None
    i = text.find(cue, cs, ce) if cue else -1
    return i > cs and looking_back.search(text, cs, i) is not None


def _main_event(state: DocState) -> str | None:
    """The report's main event (``DocState.main_events`` from the discourse layer; else the first
    event reported as held, not scheduled)."""
    if state.main_events:
        return state.main_events[0]
    return next((e.key for e in state.extraction.events if not e.scheduled), None)


def _verb_run(tokens: Sequence[tuple[int, int, str, str]], leading: bool = False) -> tuple[int, int] | None:
    """The first run of verb-like tokens that holds a verb (``v``/``i``; failing that ``vn``).  ``leading``:
    the run the clause opens with wins when it holds a verb or a noun-verb, or is an adverb before a word
    of action ("建设中国－上海合作组织…" → 建设, not the later 合作组织; 积极落实《…》 → 积极落实)."""
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
    if leading and runs and tokens and runs[0][0] == tokens[0][0]:
        s0, e0, tags0 = runs[0]
        if tags0 & _LEADING_VERB or (tags0 & {"d", "ad"} and len(tags0) > 1):
            return s0, e0
    for wanted in (_VERB, frozenset({"vn"})):
        for s, e, tags in runs:
            if tags & wanted:
                return s, e
    return None


# --------------------------------------------------------------------------- component

#: ``doc.spans`` key of the statements: one span per sentence, labelled ``commitment``/``directive``
STATEMENT_SPANS = "kg_statements"


def _statement_spans(doc: Doc, found: Found) -> list[Span]:
    """The statements' sentences as spans of the Doc, for users of spaCy rather than the records."""
    spans: list[Span] = []
    for label, records in (("commitment", found.commitments), ("directive", found.directives)):
        for rec in records:
            span = doc.char_span(rec.evidence.start, rec.evidence.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans

rule_table("commitments")(CommitmentCues.load)  # read once per pipeline, with the other rule tables

_CUES_FILE = "commitment_cues.json"


class CommitmentRecognizer:
    """Adds :class:`~kg.records.CommitmentRecord`s and :class:`~kg.records.DirectiveRecord`s."""

    def __init__(self, nlp: Language, name: str, cues: CommitmentCues | None = None, discourse: bool = True,
                 imperatives: bool = True, generic: bool = True, rules: Rules | None = None,
                 policy: ModelPolicy | None = None) -> None:
        self.name = name
        self.kg_rules = rules if rules is not None else load_rules()
        self.cues = cues if cues is not None else self.kg_rules["commitments"]
        self.switches = {"discourse": discourse, "imperatives": imperatives, "generic": generic}
        self.policy = policy if policy is not None else ModelPolicy()
        self.finder = CommitmentFinder(self.cues, self.kg_rules.reference, **self.switches, policy=self.policy)

    def __call__(self, doc: Doc) -> Doc:
        state: DocState = doc._.kg
        found = self.finder.find(state, project_mentions(doc))
        state.extraction.commitments.extend(found.commitments)
        state.extraction.directives.extend(found.directives)
        doc.spans[STATEMENT_SPANS] = _statement_spans(doc, found)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / _CUES_FILE, self.cues.to_rows())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CommitmentRecognizer:
        self.cues = CommitmentCues.from_rows(srsly.read_json(Path(path) / _CUES_FILE))
        self.finder = CommitmentFinder(self.cues, self.kg_rules.reference, **self.switches, policy=self.policy)
        return self


@Language.factory("kg_commitments",
                  default_config={"discourse": True, "imperatives": True, "generic": True, "rules": RULES_CONFIG,
                                  "model_policy": "rules", "veto_threshold": 0.98, "add_threshold": 0.95})
def make_commitments(nlp: Language, name: str, discourse: bool, imperatives: bool, generic: bool,
                     rules: Rules, model_policy: str, veto_threshold: float, add_threshold: float) -> CommitmentRecognizer:
    """``model_policy``/``veto_threshold``/``add_threshold``: how the rules hear ``kg_statement_kind``
    (:class:`~kg.nlp.statement_kind.ModelPolicy`)."""
    return CommitmentRecognizer(nlp, name, discourse=discourse, imperatives=imperatives, generic=generic, rules=rules,
                                policy=ModelPolicy(model_policy, veto_threshold, add_threshold))
