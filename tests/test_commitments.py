"""Commitments and directives (kg.nlp.commitments) on hand-built DocStates, and on the sample."""

from __future__ import annotations

import json

import pytest
from helpers import ROOT, SAMPLE
from helpers.states import base_state  # noqa: E402

from kg.nlp.commitments import CommitmentCues, CommitmentFinder, Found
from kg.nlp.projects import ProjectFinder, ProjectLexicon, normalise_label
from kg.nlp.state import DocState, Mention
from kg.records import (
    AgentRef,
    EventRecord,
    Evidence,
    Organization,
    Participation,
    PlaceRef,
    Post,
)

PLACES = {
    "长三角": ("region", "长三角"),
    "三省一市": ("region", "长三角"),
    "上海": ("province", "上海"),
    "江苏": ("province", "江苏"),
    "浙江": ("province", "浙江"),
    "安徽": ("province", "安徽"),
}
# person -> province led (None: a national post)
LEADERS = {"甲书记": "上海", "乙书记": "江苏", "丙书记": "浙江", "丁书记": "安徽", "韩总理": None}
FOUR = {AgentRef("province", p) for p in ("上海", "江苏", "浙江", "安徽")}
NOWHERE = Evidence("", 0, 0)


def make_state(text: str, attendees: tuple[str, ...] = (), chair: str | None = None,
               speeches: tuple[str, ...] = ()) -> DocState:
    """A state over ``text`` with one event (``e1``) covering all of it.

    ``speeches`` names persons whose "X说，" opens a speech scope running to the
    next one (or the end of the text).
    """
    state = base_state(text, PLACES)
    for person, province in LEADERS.items():
        i = text.find(person)
        while i >= 0:
            state.person_mentions.setdefault(person, []).append((i, i + len(person)))
            i = text.find(person, i + 1)
        org = (Organization(f"{province}市委", PlaceRef("province", province)) if province
               else Organization("国务院", None))
        state.extraction.posts.append(Post(person, org, "PartySecretary" if province else "VicePremier",
                                           "书记", None, NOWHERE))
    state.extraction.events.append(EventRecord("e1", "Meeting", "座谈会", None, None, NOWHERE))
    state.event_scopes.append((0, len(text), "e1"))
    for person in attendees:
        state.extraction.participations.append(Participation("e1", AgentRef("person", person), "attendee", NOWHERE))
    if chair:
        state.extraction.participations.append(Participation("e1", AgentRef("person", chair), "chair", NOWHERE))
    starts = sorted((text.find(f"{p}说"), p) for p in speeches)
    for k, (s, p) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        state.speech_scopes.append((s, end, p))
    return state


@pytest.fixture(scope="module")
def finders() -> tuple[ProjectFinder, CommitmentFinder]:
    return ProjectFinder(ProjectLexicon.load()), CommitmentFinder(CommitmentCues.load())


def run(finders: tuple[ProjectFinder, CommitmentFinder], state: DocState) -> Found:
    projects, commitments = finders
    return commitments.find(state, projects.find(state))


FOUR_LEADERS = ("甲书记", "乙书记", "丙书记", "丁书记")


def test_meeting_resolution_is_one_commitment_of_every_participating_province(finders) -> None:
    text = "会议指出，要加快建设上海张江、安徽合肥综合性国家科学中心，扎实推进G60科创走廊建设。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert found.directives == []
    (c,) = found.commitments  # one statement per sentence, one action per clause
    assert set(c.committed_by) == FOUR and len(c.committed_by) == 4
    assert c.projects == ("上海张江综合性国家科学中心", "安徽合肥综合性国家科学中心", "G60科创走廊")
    assert c.actions == ("加快建设", "扎实推进") and c.action == "加快建设"
    assert c.event == "e1" and c.speaker is None


def test_following_imperative_sentences_continue_the_resolution(finders) -> None:
    text = "会议指出，要推动科技创新。共同研究太湖流域跨省生态保护补偿机制。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert len(found.commitments) == 2
    c = found.commitments[1]
    assert c.projects == ("太湖流域跨省生态保护补偿机制",) and c.action == "共同研究"
    assert set(c.committed_by) == FOUR


def test_a_judgement_after_the_cue_is_no_statement(finders) -> None:
    text = "会议指出，推动长三角一体化发展是重大国家战略，三省一市建成G60科创走廊。"
    assert run(finders, make_state(text, attendees=FOUR_LEADERS)).commitments == []


def test_a_descriptive_sentence_in_a_speech_is_no_statement(finders) -> None:
    text = "乙书记说，要加快发展。迈进新征程，长三角肩负着光荣使命。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert len(found.commitments) == 1 and found.commitments[0].evidence.start == 0


def test_without_participants_the_named_collective_commits(finders) -> None:
    text = "会议指出，三省一市要协同办好第五届进口博览会。会议指出，要加快建设G60科创走廊。"
    found = run(finders, make_state(text))
    assert len(found.commitments) == 2 and all(set(c.committed_by) == FOUR for c in found.commitments)


def test_province_future_pledge_commits_that_province_spoken_by_its_leader(finders) -> None:
    text = "乙书记说，近年来江苏发展很快。江苏将深度融入一体化，积极主动做好有关协调工作。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    (c,) = found.commitments
    assert c.committed_by == (AgentRef("province", "江苏"),) and c.speaker == "乙书记"
    assert c.actions == ("深度融入一体化", "积极主动做好有关协调工作")


def test_first_person_pledge_commits_the_speakers_province_not_the_person(finders) -> None:
    text = "丙书记说，我们要加快建设水乡客厅。"
    (c,) = run(finders, make_state(text, attendees=FOUR_LEADERS)).commitments
    assert c.committed_by == (AgentRef("province", "浙江"),) and c.speaker == "丙书记"
    assert c.projects == ("水乡客厅",) and c.action == "加快建设"


def test_national_leader_sets_directives_for_collective_and_departments(finders) -> None:
    text = "韩总理强调，三省一市要加快建设虹桥国际开放枢纽。有关部门要加强指导支持。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert found.commitments == []
    first, second = found.directives
    assert first.issued_by == AgentRef("person", "韩总理") and first.speaker == "韩总理"
    assert set(first.addressed_to) == FOUR
    assert first.projects == ("虹桥国际开放枢纽",) and first.action == "加快建设"
    assert second.addressed_to == ()  # 有关部门 is a class, not an identifiable actor: not recorded
    assert second.action == "加强指导支持"


def test_national_leader_without_addressee_still_issues_a_directive(finders) -> None:
    text = "韩总理强调，要加快建设G60科创走廊。加强生态保护，推进绿色发展。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert found.commitments == []
    assert [(d.issued_by.name, d.addressed_to) for d in found.directives] == [("韩总理", ()), ("韩总理", ())]


def test_a_narrative_sentence_ends_the_speech(finders) -> None:
    text = "韩总理强调，要加快建设G60科创走廊。甲书记主持会议。加强生态保护，推进绿色发展。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert len(found.directives) == 1 and found.commitments == []


def test_recalled_past_is_no_statement(finders) -> None:
    text = "韩总理强调，时任上海市委书记时就要求加快建设G60科创走廊。"
    found = run(finders, make_state(text))
    assert found.directives == [] and found.commitments == []


def test_a_headline_line_is_no_statement(finders) -> None:
    text = "会议确定加快建设G60科创走廊\n会议指出，要加快建设G60科创走廊。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert [c.evidence.start for c in found.commitments] == [text.index("会议指出")]


def test_peer_meeting_resolution_stays_a_commitment_even_when_a_national_leader_chairs(finders) -> None:
    text = "会议指出，要加快建设G60科创走廊。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS, chair="韩总理"))
    assert found.directives == [] and len(found.commitments) == 1


def test_provincial_leader_naming_the_collective_is_a_commitment_of_the_four(finders) -> None:
    text = "甲书记说，三省一市要携手共建虹桥国际开放枢纽。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert found.directives == []
    (c,) = found.commitments
    assert set(c.committed_by) == FOUR and c.projects == ("虹桥国际开放枢纽",)


def test_provincial_leader_tasking_departments_is_a_directive(finders) -> None:
    text = "甲书记说，有关部门要加快建设G60科创走廊。"
    (d,) = run(finders, make_state(text)).directives
    assert d.issued_by == AgentRef("person", "甲书记")
    assert d.addressed_to == ()  # a directive all the same; 有关部门 is no named addressee


def test_evidence_offsets_are_the_sentence_in_the_text(finders) -> None:
    text = "会议听取了汇报。会议指出，要加快建设G60科创走廊，扎实推进长江大保护。"
    state = make_state(text, attendees=FOUR_LEADERS)
    (c,) = run(finders, state).commitments
    assert c.evidence.text == text[c.evidence.start:c.evidence.end]
    assert c.evidence.text == "会议指出，要加快建设G60科创走廊，扎实推进长江大保护。"


# --------------------------------------------------------------------------- sample


@pytest.fixture(scope="module")
def sample():
    from kg.io.normalise import normalise
    from kg.nlp import Extractor
    from kg.records import Document

    article = normalise(Document(source=str(SAMPLE), key=SAMPLE.stem, text=SAMPLE.read_text(encoding="utf-8")))
    return Extractor().extract(article)


def _event(extraction, kind: str, date: str) -> str:
    keys = [e.key for e in extraction.events if e.kind == kind and e.start_date == date and not e.scheduled]
    assert keys, f"no {kind} on {date} among {[(e.key, e.kind, e.start_date) for e in extraction.events]}"
    return keys[0]


SAMPLE_GOLD = ROOT / "eval" / "sample" / f"{SAMPLE.stem}.json"


def test_sample_symposium_projects_are_commitments_of_the_four(sample) -> None:
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))["commitments"]
    symposium = _event(sample, "Meeting", "2022-08-16")
    committers = {AgentRef("province", p) for p in gold["committers"]}
    covered = {
        p for c in sample.commitments
        if c.event == symposium and committers <= set(c.committed_by) for p in c.projects
    }
    missing = {normalise_label(p) for p in gold["symposium"]} - covered
    assert not missing, f"symposium projects not committed by the four: {sorted(missing)}"


def test_sample_statements_are_one_per_gold_sentence(sample) -> None:
    from kg.apps.evaluate import fingerprint

    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))["statements"]
    got = {fingerprint(c.evidence.text): {a.name for a in c.committed_by} for c in sample.commitments}
    assert got == {g["sent"]: set(g["committers"]) for g in gold}
    assert sample.directives == []


# --------------------------------------------------------------------------- bodies, addressees, speakers


def _relabel(state: DocState, label: str, evidence: tuple[int, int] | None = None) -> DocState:
    """Give the state's one event (``e1``) another label, and optionally its report sentence."""
    ev = state.extraction.events[0]
    text = state.article.text
    where = Evidence(text[evidence[0]:evidence[1]], *evidence) if evidence else ev.evidence
    state.extraction.events[0] = EventRecord(ev.key, ev.kind, label, ev.start_date, ev.location, where)
    return state


def test_a_superior_body_decides_for_itself_and_directs_others(finders) -> None:
    text = "会议决定，将G60科创走廊规划提请审议。会议确定，加快建设虹桥国际开放枢纽。会议要求，各地区各部门要抓好落实。"
    state = _relabel(make_state(text, chair="韩总理"), "国务院常务会议")
    found = run(finders, state)
    (c,) = found.commitments  # 会议决定…提请: the State Council's own next step
    assert c.committed_by == (AgentRef("organization", "国务院"),)
    # 会议确定 measures (settled call 3) and 会议要求，各地区各部门要…: tasks it sets for others
    first, second = found.directives
    assert first.issued_by == second.issued_by == AgentRef("organization", "国务院")
    assert first.projects == ("虹桥国际开放枢纽",)
    assert second.addressed_to == ()  # 各地区各部门: a class, tasked but not recorded


def test_the_body_is_found_in_the_sentence_reporting_the_meeting(finders) -> None:
    text = "中共中央政治局召开会议。会议强调，要加强党的领导。"
    state = _relabel(make_state(text), "会议", (0, 12))
    (d,) = run(finders, state).directives
    assert d.issued_by == AgentRef("organization", "中共中央政治局") and d.speaker is None


def test_meeting_lead_sentence_decision_of_a_superior_body(finders) -> None:
    text = "韩总理主持召开国务院常务会议，部署加快建设G60科创走廊。"
    state = _relabel(make_state(text, chair="韩总理"), "国务院常务会议", (0, len(text)))
    (d,) = run(finders, state).directives
    assert d.issued_by == AgentRef("organization", "国务院") and d.projects == ("G60科创走廊",)


def test_leading_group_resolution_is_issued_by_the_group(finders) -> None:
    text = "会议强调，要加快建设G60科创走廊。"
    state = _relabel(make_state(text, chair="韩总理"), "推动长三角一体化发展领导小组全体会议")
    (d,) = run(finders, state).directives
    assert d.issued_by == AgentRef("organization", "推动长三角一体化发展领导小组") and d.addressed_to == ()


def test_pronoun_speaker_continues_the_person_named_before(finders) -> None:
    text = "韩总理主持召开座谈会。他强调，三省一市要加快建设G60科创走廊。"
    found = run(finders, make_state(text, attendees=FOUR_LEADERS))
    assert found.commitments == []
    (d,) = found.directives
    assert d.issued_by == AgentRef("person", "韩总理") and set(d.addressed_to) == FOUR


def test_speaker_clause_may_hold_a_time_or_place_between_name_and_verb(finders) -> None:
    text = "韩总理在听取工作情况时强调，上海要加快建设G60科创走廊。"
    (d,) = run(finders, make_state(text)).directives
    assert d.addressed_to == (AgentRef("province", "上海"),)


def test_a_title_before_the_verb_with_de_is_no_speaker_clause(finders) -> None:
    text = "落实韩总理重要讲话的要求，上海将加快建设G60科创走廊。"
    found = run(finders, make_state(text))
    assert found.directives == [] and found.commitments[0].committed_by == (AgentRef("province", "上海"),)


def test_hope_sets_a_task_even_from_a_provincial_leader(finders) -> None:
    text = "甲书记说，希望安徽加快建设G60科创走廊。"
    (d,) = run(finders, make_state(text)).directives
    assert d.issued_by == AgentRef("person", "甲书记") and d.addressed_to == (AgentRef("province", "安徽"),)


def _with_official(state: DocState, person: str, body: str, role: str) -> DocState:
    """Add a national official of ``body`` (no jurisdiction) mentioned wherever the text names him."""
    text = state.article.text
    i = text.find(person)
    while i >= 0:
        state.person_mentions.setdefault(person, []).append((i, i + len(person)))
        i = text.find(person, i + 1)
    state.extraction.posts.append(Post(person, Organization(body, None), role, "部长", None, NOWHERE))
    return state


def test_state_pledge_of_a_national_leader_is_his_bodys_commitment(finders) -> None:
    text = "韩总理说，国家将设立东北振兴专项转移支付。"
    found = run(finders, make_state(text))  # settled call 1 narrowed: a pledge for the body he speaks for
    assert found.directives == []
    (c,) = found.commitments
    assert c.committed_by == (AgentRef("organization", "国务院"),) and c.speaker == "韩总理"
    assert c.projects == ("东北振兴专项转移支付",)
    text = "钱部长说，国家将设立东北振兴专项转移支付。"
    (c,) = run(finders, _with_official(make_state(text), "钱部长", "商务部", "Minister")).commitments
    # a minister's 国家将… states the nation's plan, as 我国将… (call 11): China's, not his ministry's
    assert c.committed_by == (AgentRef("organization", "中华人民共和国"),) and c.speaker == "钱部长"


def test_distributive_prefix_before_an_addressee(finders) -> None:
    text = "韩总理强调，各级各有关方面要加强指导支持。"
    (d,) = run(finders, make_state(text)).directives
    assert d.addressed_to == () and d.issued_by == AgentRef("person", "韩总理")


def test_subordinate_addressee_with_nobody_speaking_is_nobodys_pledge(finders) -> None:
    found = run(finders, make_state("各地区各部门要加强指导支持。"))
    assert found.commitments == [] and found.directives == []


def test_addressee_waits_for_the_next_pledge_marker_of_its_sentence(finders) -> None:
    text = "韩总理强调，各地区谋划发展，要在全国大局中精准定位。"
    (d,) = run(finders, make_state(text)).directives
    assert d.addressed_to == () and d.action.startswith("在全国大局中精准定位")


def test_national_leaders_we_will_is_a_pledge_we_must_a_directive(finders) -> None:
    found = run(finders, make_state("韩总理说，我们将进一步放宽市场准入。"))
    (c,) = found.commitments  # 我们将…: a pledge of the body he speaks for (call 1 narrowed)
    assert found.directives == [] and c.committed_by == (AgentRef("organization", "国务院"),)
    found = run(finders, make_state("韩总理说，我们必须进一步放宽市场准入。"))
    (d,) = found.directives  # 我们必须…: a task he sets (settled call 1)
    assert found.commitments == [] and d.issued_by == AgentRef("person", "韩总理") and d.addressed_to == ()


def test_an_unnamed_subject_sets_a_task_and_a_body_is_its_addressee(finders) -> None:
    text = "韩总理强调，各级组织部门要发挥牵头作用。社会治理既要完善法治，又要发挥道德的力量。"
    first, second = run(finders, make_state(text)).directives
    assert first.addressed_to == () and first.issued_by == AgentRef("person", "韩总理")
    assert second.addressed_to == () and second.issued_by == AgentRef("person", "韩总理")


def test_hope_addressee_carries_over_the_headings_that_follow(finders) -> None:
    text = "韩总理希望上海坚持改革开放。一是加快建设G60科创走廊。"
    first, second = run(finders, make_state(text)).directives
    assert first.addressed_to == second.addressed_to == (AgentRef("province", "上海"),)


def test_a_heading_without_a_verb_is_no_task(finders) -> None:
    text = "韩总理强调，要处理好几个关系。一是整体和局部的关系。二是加快建设G60科创走廊。"
    found = run(finders, make_state(text))
    assert [d.evidence.text[:2] for d in found.directives] == ["韩总", "二是"]


def test_an_unplaced_collective_speaking_ends_the_speech(finders) -> None:
    text = "韩总理强调，要加快发展。大家表示，要接续奋斗。要再创辉煌。"
    found = run(finders, make_state(text))
    assert len(found.directives) == 1 and found.commitments == []


def test_a_new_paragraph_without_a_task_ends_the_speech(finders) -> None:
    text = "韩总理强调，要加快发展。\n现场气氛热烈，观众掌声不断。坚持就是胜利。"
    found = run(finders, make_state(text))
    assert len(found.directives) == 1


def test_hope_names_the_parties_it_lists(finders) -> None:
    text = "韩总理希望各民主党派中央、全国工商联和无党派人士把思想统一起来。"
    (d,) = run(finders, make_state(text)).directives
    # 无党派人士 is an unplaced class of people (settled call 2): not an addressee
    assert [a.name for a in d.addressed_to] == ["各民主党派中央", "全国工商联"]


def test_announced_hopes_address_the_tasks_that_follow(finders) -> None:
    text = "韩总理对各民主党派、全国工商联提出两点希望。一是加强学习。把战略部署领会准。"
    first, second = run(finders, make_state(text)).directives
    assert [a.name for a in first.addressed_to] == ["各民主党派", "全国工商联"]
    assert second.addressed_to == first.addressed_to


def test_a_body_setting_tasks_for_subordinates_issues_a_directive(finders) -> None:
    text = "会议决定，将G60科创走廊规划提请审议。年底前各地区各部门要全部落实。"
    state = _relabel(make_state(text), "国务院常务会议")
    found = run(finders, state)
    assert [c.committed_by for c in found.commitments] == [(AgentRef("organization", "国务院"),)]
    (d,) = found.directives
    assert d.issued_by == AgentRef("organization", "国务院") and d.addressed_to == ()


def test_predictions_and_plan_contents_are_no_pledges(finders) -> None:
    text = "春节期间，上海将迎来旅游旺季。按照规划，到2035年，上海将建成G60科创走廊。"
    found = run(finders, make_state(text))
    assert found.commitments == [] and found.directives == []


# --------------------------------------------------------------------------- classes of issue 10

def test_a_marker_inside_a_word_opens_no_subject(finders) -> None:
    text = "韩总理指出，中葡互为重要伙伴，双边关系基础牢固。"
    found = run(finders, make_state(text))
    assert found.directives == [] and found.commitments == []


def test_a_named_company_pledges_its_own_future_action(finders) -> None:
    text = "今年，星河铁路集团将继续推进国家重点工程建设。市场监管部门将结合这些数据制定计划。"
    (c,) = run(finders, make_state(text)).commitments  # a class (市场监管部门) commits nobody
    assert c.committed_by == (AgentRef("organization", "星河铁路集团"),) and c.speaker is None


def test_both_parties_of_a_signing_commit_to_what_they_will_do(finders) -> None:
    text = "今天，星河科技公司与东海大学签署合作框架协议，双方将在人工智能等领域开展合作。"
    (c,) = run(finders, make_state(text)).commitments
    assert set(c.committed_by) == {AgentRef("organization", "星河科技公司"), AgentRef("organization", "东海大学")}


def test_three_places_named_before_commit_as_three_places(finders) -> None:
    text = "上海、江苏、浙江签署生态保护协议。今年，三地将聚焦太湖流域生态保护。"
    (c,) = run(finders, make_state(text)).commitments
    assert set(c.committed_by) == {AgentRef("province", p) for p in ("上海", "江苏", "浙江")}
    # the count must match: two places named are not 三地
    text = "上海、江苏签署生态保护协议。今年，三地将聚焦太湖流域生态保护。"
    assert run(finders, make_state(text)).commitments == []


def test_a_forecast_is_no_pledge(finders) -> None:
    text = "预计到年底，上海将建成更多创新平台。江苏将覆盖全部乡镇。"
    assert run(finders, make_state(text)).commitments == []


def test_a_released_documents_content_is_no_pledge(finders) -> None:
    text = "上海发布了《科技创新行动方案》，上海将加快建设创新平台。江苏将加快建设G60科创走廊。"
    assert run(finders, make_state(text)).commitments == []


def test_a_foreign_writers_opinion_is_no_pledge_but_a_managers_body_pledges(finders) -> None:
    text = "美国作家某甲在信中表示，中国将坚定推进改革开放。"
    state = make_state(text)
    state.person_mentions["某甲"] = [(text.index("某甲"), text.index("某甲") + 2)]
    assert run(finders, state).commitments == []
    text = "星河铁路集团董事长某乙表示，星河铁路集团将加快建设智能铁路。"
    state = make_state(text)
    state.person_mentions["某乙"] = [(text.index("某乙"), text.index("某乙") + 2)]
    (c,) = run(finders, state).commitments
    assert c.committed_by == (AgentRef("organization", "星河铁路集团"),)


def test_a_weak_opener_after_a_narrative_clause_sets_no_task(finders) -> None:
    text = "韩总理指出，全军以坚定意志，坚决维护国家利益，经受住了考验。"
    assert run(finders, make_state(text)).directives == []


def test_a_state_council_lead_sentence_is_the_councils_directive_not_the_premiers(finders) -> None:
    text = "韩总理主持召开国务院常务会议，要求加快建设G60科创走廊。"
    state = _relabel(make_state(text, chair="韩总理"), "国务院常务会议")
    (d,) = run(finders, state).directives
    assert d.issued_by == AgentRef("organization", "国务院")


def test_a_placed_class_is_addressed_as_its_place(finders) -> None:
    text = "韩总理强调，江苏各级党委要加快建设G60科创走廊。"
    (d,) = run(finders, make_state(text)).directives
    assert d.addressed_to == (AgentRef("province", "江苏"),)


def test_three_places_after_their_region_commit_as_the_regions_members(finders) -> None:
    text = "长三角一体化发展取得新成效。\n今年，四地将聚焦科技创新。"
    (c,) = run(finders, make_state(text)).commitments
    assert set(c.committed_by) == FOUR


def test_the_narrators_china_will_is_chinas_pledge(finders) -> None:
    # settled call 11: a sentence that names its committer (中国将…, 我国将…) is its commitment whoever speaks
    text = "新征程上，中国将坚定不移扩大高水平对外开放。"
    (c,) = run(finders, make_state(text)).commitments
    assert c.committed_by == (AgentRef("organization", "中华人民共和国"),)


def test_a_body_heads_work_report_states_his_bodys_plans(finders) -> None:
    text = "周院长在最高人民法院工作报告中指出，要加快建设智慧法院。"
    found = run(finders, _with_official(make_state(text), "周院长", "最高人民法院", "ChiefJustice"))
    assert found.directives == []
    (c,) = found.commitments
    assert c.committed_by == (AgentRef("organization", "最高人民法院"),) and c.speaker == "周院长"
    # the Premier's work report is his directive (settled call 1)
    text = "韩总理在政府工作报告中指出，要加快建设G60科创走廊。"
    found = run(finders, make_state(text))
    assert found.commitments == [] and found.directives[0].issued_by == AgentRef("person", "韩总理")


def test_recalled_a_year_and_more_is_no_statement() -> None:
    from kg.nlp.commitments import _recalled

    text = "一年多来，各地要加快建设G60科创走廊。"
    assert _recalled(make_state(text), text, 0, len(text), discourse=False)
    text = "今年，各地要加快建设G60科创走廊。"
    assert not _recalled(make_state(text), text, 0, len(text), discourse=False)


def test_a_region_inside_a_task_is_not_the_meetings_collective(finders) -> None:
    text = "会议确定，建设上海（长三角）国际科技创新中心。"
    assert run(finders, make_state(text)).commitments == []


def test_the_centres_work_conference_directs_it_does_not_commit_a_region(finders) -> None:
    text = "会议指出，要加快建设G60科创走廊，推动长三角一体化发展。"
    state = _relabel(make_state(text), "中央经济工作会议")
    found = run(finders, state)
    assert found.commitments == []
    (d,) = found.directives
    assert d.issued_by == AgentRef("organization", "中共中央")


def test_what_the_parties_of_a_signing_will_cooperate_on_binds_both(finders) -> None:
    text = "今天，星河科技公司与东海大学举行合作框架协议签约仪式。双方就人才培养等方面持续开展合作。"
    (c,) = run(finders, make_state(text)).commitments
    assert set(c.committed_by) == {AgentRef("organization", "星河科技公司"), AgentRef("organization", "东海大学")}
    text = "今天，星河科技公司与东海大学举行合作框架协议签约仪式。双方已在人才培养方面开展了合作。"
    assert run(finders, make_state(text)).commitments == []


def test_a_leader_naming_his_own_body_pledges_for_it(finders) -> None:
    from kg.nlp.state import Mention

    text = "韩总理指出，国务院将就落实工作作出部署。"
    state = make_state(text)
    state.mentions.append(Mention(6, 9, "org", "国务院"))
    found = run(finders, state)
    assert found.directives == [] and found.commitments[0].committed_by == (AgentRef("organization", "国务院"),)


def test_a_provincial_leader_quoting_the_centre_pledges_nothing_for_his_place(finders) -> None:
    text = "甲书记说，中央政府将全力支持上海的工作。"
    assert run(finders, make_state(text)).commitments == []


def test_a_superior_bodys_decided_measures_are_directives_its_own_steps_commitments(finders) -> None:
    text = "会议决定，实施6方面33项措施。会议决定，将上述草案提交常委会会议审议。"
    state = _relabel(make_state(text), "国务院常务会议")
    found = run(finders, state)
    assert [d.evidence.start for d in found.directives] == [0]
    assert [c.committed_by for c in found.commitments] == [(AgentRef("organization", "国务院"),)]


def test_a_definition_is_no_task(finders) -> None:
    text = "韩总理指出，要加快发展。检验脱贫质量的重要指标，就是看脱贫成果能不能巩固。"
    assert len(run(finders, make_state(text)).directives) == 1


def test_a_paragraph_opening_with_an_earlier_year_is_recalled(finders) -> None:
    import datetime

    text = "韩总理强调，要加快建设G60科创走廊。\n2014年12月，韩总理强调，要加快建设虹桥国际开放枢纽。"
    state = make_state(text)
    state.article = state.article.__class__(**{**state.article.__dict__, "date": datetime.date(2022, 5, 1)})
    assert len(run(finders, state).directives) == 1


def test_a_released_plan_without_title_marks_is_its_content(finders) -> None:
    text = "现场发布了新疆文化和旅游产业集群发展规划，到2030年，上海将打造万亿元级文旅产业集群。"
    assert run(finders, make_state(text)).commitments == []


def test_a_managers_we_will_is_his_companys_pledge(finders) -> None:
    text = "星河铁路集团董事长某乙说，我们将加快建设智能铁路。"
    state = make_state(text)
    state.person_mentions["某乙"] = [(text.index("某乙"), text.index("某乙") + 2)]
    (c,) = run(finders, state).commitments
    assert c.committed_by == (AgentRef("organization", "星河铁路集团"),) and c.speaker == "某乙"
    text = "美国学者某甲说，我们将继续研究中国。"
    state = make_state(text)
    state.person_mentions["某甲"] = [(text.index("某甲"), text.index("某甲") + 2)]
    assert run(finders, state).commitments == []


def test_a_superior_bodys_lead_that_deploys_work_is_its_directive(finders) -> None:
    text = "韩总理主持召开国务院常务会议，听取有关汇报，部署加快清理拖欠企业账款工作。"
    state = _relabel(make_state(text, chair="韩总理"), "国务院常务会议", (0, len(text)))
    (d,) = run(finders, state).directives
    assert d.issued_by == AgentRef("organization", "国务院") and d.speaker is None


def test_a_belief_and_a_motto_set_no_task(finders) -> None:
    text = "韩总理指出，要加快发展。相信双方会继续发挥积极作用。坚持就是胜利。相信并期待上海加快发展。"
    found = run(finders, make_state(text))
    assert [d.evidence.text[:2] for d in found.directives] == ["韩总", "相信"]


def test_a_question_and_a_decade_recalled_are_no_pledges(finders) -> None:
    text = "今年，上海将如何加快建设G60科创走廊？沿着指引的方向，十年来，江苏将财力用于民生事业。"
    assert run(finders, make_state(text)).commitments == []


def test_a_leader_known_only_by_his_title_speaks_for_the_leadership(finders) -> None:
    text = "习主席在政府工作报告中指出，要不断扩大对外开放。"
    state = make_state(text)
    state.person_mentions["习主席"] = [(0, 3)]
    state.extraction.posts = [p for p in state.extraction.posts if p.person != "习主席"]
    import dataclasses

    from kg.nlp.speakers import SpeakerFinder

    # standing from a title written with the name (as speakers.standing_of finds 习近平主席)
    state.sentence_speakers = [dataclasses.replace(sp, standing="national") for sp in SpeakerFinder().find(state)]
    found = run(finders, state)
    assert found.commitments == [] and found.directives[0].issued_by == AgentRef("person", "习主席")


def test_a_democratic_partys_plenary_commits_the_party(finders) -> None:
    text = "会议提出，要全面加强思想政治建设。"
    state = _relabel(make_state(text), "九三学社第十四届中央委员会第三次全体会议")
    found = run(finders, state)
    assert found.directives == []
    (c,) = found.commitments
    assert c.committed_by == (AgentRef("organization", "九三学社中央"),)


def test_a_narrative_opening_and_a_keyword_judgement_set_no_task(finders) -> None:
    text = "韩总理指出，要加快发展。进入当代，两国关系焕发新的生机。保持战略定力、打好攻坚战，成为今年的关键词。"
    assert len(run(finders, make_state(text)).directives) == 1


def test_a_preposition_glued_to_a_hoped_for_party_is_cut(finders) -> None:

    f: CommitmentFinder = finders[1]
    text = "希望意方为推动中欧关系发展发挥更大作用。"
    named, _ = f._named_parties(make_state(text), text, 2, 5)
    assert named and all(not a.name.endswith("为") for a in named)


def test_a_connective_before_a_measure_continues_the_list(finders) -> None:
    text = "韩总理强调，要加快发展。同时，加大对服务业信贷支持。"
    assert len(run(finders, make_state(text)).directives) == 2


def test_praise_of_last_years_work_does_not_make_todays_hope_a_past_one(finders) -> None:
    from kg.nlp.state import ClauseTime

    text = "韩总理充分肯定去年上海取得的成绩，希望上海加快建设G60科创走廊。"
    state = make_state(text)
    cut = text.index("，")
    state.clauses = [ClauseTime(0, cut, "past", None, "去年"), ClauseTime(cut + 1, len(text), "report")]
    (d,) = run(finders, state).directives
    assert d.addressed_to == (AgentRef("province", "上海"),)
    text = "去年，韩总理在上海强调，要加快建设G60科创走廊。"
    state = make_state(text)
    cut = text.index("，")
    state.clauses = [ClauseTime(0, cut, "past", None, "去年"), ClauseTime(cut + 1, len(text), "report")]
    assert run(finders, state).directives == []


def test_the_state_with_a_partner_that_will_go_on_is_a_pledge(finders) -> None:
    text = "韩总理说，国家和地方会继续采取措施予以帮扶。"
    (c,) = run(finders, make_state(text)).commitments
    assert c.committed_by == (AgentRef("organization", "国务院"),)


def test_a_national_bodys_party_group_resolves_for_itself(finders) -> None:
    text = "会议指出，要切实把思想和行动统一到全会精神上来。"
    state = _relabel(make_state(text), "全国政协党组会议")
    found = run(finders, state)
    assert found.directives == []
    (c,) = found.commitments
    assert c.committed_by == (AgentRef("organization", "全国政协党组"),)


def test_a_places_people_pledge_for_the_place(finders) -> None:
    text = "上海的干部群众表示，一定要落实好嘱托，加快建设G60科创走廊。"
    (c,) = run(finders, make_state(text)).commitments
    assert c.committed_by == (AgentRef("province", "上海"),)


def test_the_disposal_jiang_reports_an_act_it_pledges_nothing(finders) -> None:
    text = ("上海将政策、资金等资源要素向深度贫困地区聚集。江苏将扶贫工作与产业基地建设结合起来。"
            "浙江将经济增长预期从3.5%下调至1.5%。韩总理说，今年，我们将迎来建院70周年。")
    assert run(finders, make_state(text)).commitments == []


def test_a_national_body_that_stresses_a_task_directs_one_that_says_it_will_pledges(finders) -> None:
    from kg.nlp.state import Mention

    text = "中央纪委强调，要巩固拓展学习教育成果。中央纪委表示，将加快建设监督平台。"
    state = make_state(text)
    state.mentions += [Mention(0, 4, "org", "中央纪委"), Mention(19, 23, "org", "中央纪委")]
    found = run(finders, state)
    assert [d.issued_by for d in found.directives] == [AgentRef("organization", "中央纪委")]
    assert [c.committed_by for c in found.commitments] == [(AgentRef("organization", "中央纪委"),)]


def test_a_places_peoples_opinion_pledges_nothing(finders) -> None:
    text = "上海的干部群众认为，这一企图注定不能得逞，上海将保持稳定。"
    assert run(finders, make_state(text)).commitments == []


def test_a_politburo_members_we_will_is_the_centres_pledge(finders) -> None:
    text = "王委员说，我们将落实和完善惠台政策。"
    state = _with_official(make_state(text), "王委员", "中共中央政治局常务委员会", "PolitburoStandingCommitteeMember")
    (c,) = run(finders, state).commitments
    assert c.committed_by == (AgentRef("organization", "中共中央"),)


# -- settled call 9: states at talks ------------------------------------------------------------

def talks_state(text: str, title: str = "韩总理同越南总理某乙举行会谈") -> DocState:
    """A report of talks (the title says 会谈) between 韩总理 (a national post) and 越南总理某乙."""
    import dataclasses

    state = make_state(text, speeches=tuple(p for p in ("韩总理", "某乙") if f"{p}说" in text))
    state.article = dataclasses.replace(state.article, title=title)
    i = text.find("某乙")
    while i >= 0:
        state.person_mentions.setdefault("某乙", []).append((i, i + 2))
        i = text.find("某乙", i + 1)
    return state


CHINA = AgentRef("organization", "中华人民共和国")
VIETNAM = AgentRef("organization", "越南")


def test_a_chinese_leaders_pledge_at_talks_is_chinas_commitment(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中方愿同越方一道，加强互联互通合作。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (CHINA,) and c.speaker == "韩总理"


def test_a_foreign_leaders_pledge_at_talks_is_his_countrys_commitment(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。越南总理某乙说，越方愿同中方深化经贸合作。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (VIETNAM,) and c.speaker == "某乙"


def test_both_sides_must_at_talks_is_a_directive_to_the_two_countries(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，双方要加强战略沟通，中越要深化人文交流。"
    found = run(finders, talks_state(text))
    (d,) = found.directives
    assert d.issued_by == AgentRef("person", "韩总理") and set(d.addressed_to) == {CHINA, VIETNAM}
    assert found.commitments == []


def test_a_state_that_supports_and_is_willing_pledges(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中方坚定支持越方走自己的道路，愿同越方加强治国理政经验交流。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (CHINA,)


def test_i_am_willing_to_work_with_you_at_talks_is_chinas_pledge(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，新的一年，我愿同总理先生一道，引领两国关系行稳致远。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (CHINA,) and c.speaker == "韩总理"


def test_assessments_at_talks_are_no_statements(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中方赞赏越方为地区和平作出的贡献。中国是越南的好朋友，愿同越方共同发展。"
    found = run(finders, talks_state(text))
    assert found.commitments == [] and found.directives == []


def test_both_sides_outside_talks_name_no_countries(finders) -> None:
    text = "韩总理说，双方要加强战略沟通。"
    (d,) = run(finders, talks_state(text, title="韩总理出席座谈会")).directives
    assert d.addressed_to == ()


def test_a_foreign_scholars_we_will_at_talks_is_no_pledge(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。越南学者某丙说，我们将继续研究中国。"
    state = talks_state(text)
    state.person_mentions["某丙"] = [(text.index("某丙"), text.index("某丙") + 2)]
    assert run(finders, state).commitments == []


def test_hope_for_the_other_side_names_its_country(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，希望越方恪守双方共识。"
    (d,) = run(finders, talks_state(text)).directives
    assert d.addressed_to == (VIETNAM,)


def test_a_pledge_list_at_talks_runs_on_through_subjectless_sentences(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中方将一如既往支持越方。愿同越方加强高层交往。密切各层级互动，开展务实合作。"
    found = run(finders, talks_state(text))
    assert [c.committed_by for c in found.commitments] == [(CHINA,)] * 3 and found.directives == []


def test_a_task_after_a_pledge_at_talks_stays_a_directive(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中方愿同越方加强合作。要落实好双方共识。"
    found = run(finders, talks_state(text))
    assert len(found.commitments) == 1 and len(found.directives) == 1


def test_a_body_named_after_its_country_pledges_for_itself(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，中国全国人大愿同越南国会共同努力，深化立法交流。"
    state = talks_state(text)
    state.mentions.append(Mention(text.index("全国人大"), text.index("全国人大") + 4, "org", "全国人大"))
    (c,) = run(finders, state).commitments
    assert c.committed_by == (AgentRef("organization", "全国人大"),)


def test_a_union_of_states_is_tasked_by_its_name_not_by_a_province_inside_it(finders) -> None:
    text = "韩总理会见上海合作组织成员国代表。韩总理说，上海合作组织要坚定信心，更有作为。"
    (d,) = run(finders, talks_state(text, title="韩总理集体会见上海合作组织成员国外长")).directives
    assert d.addressed_to == (AgentRef("organization", "上海合作组织"),)


def test_a_foreign_leaders_i_am_willing_is_his_states_pledge(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。越南总理某乙说，我愿同韩总理一道，推动两国关系发展。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (VIETNAM,)


def test_a_foreign_leaders_state_will_outside_talks_is_its_pledge(finders) -> None:
    text = "越南总理某乙说，越南不会屈服，将坚决捍卫自己的尊严。"
    (c,) = run(finders, talks_state(text, title="某地举行集会")).commitments
    assert c.committed_by == (VIETNAM,)


def test_whatever_happens_is_no_question(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。某乙说，无论国际形势如何变化，越方都将坚定奉行对华友好政策。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (VIETNAM,)


def test_a_place_described_then_tasked_is_the_addressee(finders) -> None:
    text = "韩总理说，江苏地处长江下游，要增强大局意识，筑牢生态屏障。"
    state = talks_state(text, title="韩总理在江苏考察")
    state.mentions.append(Mention(5, 7, "province", "江苏"))
    (d,) = run(finders, state).directives
    assert d.addressed_to == (AgentRef("province", "江苏"),)


def test_a_place_inside_a_longer_name_is_no_topic(finders) -> None:
    text = "韩总理说，江苏平原自古有鱼米之乡的美称，要严守耕地红线。"
    state = talks_state(text, title="韩总理在江苏考察")
    state.mentions.append(Mention(5, 7, "province", "江苏"))
    (d,) = run(finders, state).directives
    assert d.addressed_to == ()


def test_a_state_described_then_pledging_commits(finders) -> None:
    text = "韩总理说，中国作为东道国，将一如既往支持各国开展人文交流。"
    (c,) = run(finders, talks_state(text, title="韩总理出席论坛开幕式")).commitments
    assert c.committed_by == (CHINA,)


def test_a_report_about_a_state_is_not_its_pledge(finders) -> None:
    text = "越南媒体分析称，将一个营派往边境，标志着局势升级。越南交通部称，将对数据进行分析。"
    # neither binds the state; the ministry's own announced step is the ministry's (a body speaking, as the dev gold)
    assert [c.committed_by for c in run(finders, talks_state(text, title="某地局势")).commitments] == [
        (AgentRef("organization", "越南交通部"),)]


def test_an_agreement_signed_at_talks_binds_both_states(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。会谈后，两国总理共同见证了双边合作文件的签署。"
    (c,) = run(finders, talks_state(text)).commitments
    assert c.committed_by == (CHINA, VIETNAM) and c.speaker is None


def test_an_agreement_signed_outside_talks_binds_no_state(finders) -> None:
    text = "越南某公司与星河集团签署了合作协议。"
    assert run(finders, talks_state(text, title="越南某公司与星河集团合作")).commitments == []


def test_a_states_government_pledges_as_the_state(finders) -> None:
    text = "越南总理某乙说，越南政府将坚决捍卫自己的权益。"
    (c,) = run(finders, talks_state(text, title="某地举行集会")).commitments
    assert c.committed_by == (VIETNAM,)


def test_the_bodies_of_both_states_tasked_are_the_states(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，两国各部门各地方要加紧落实，推动合作取得成果。"
    (d,) = run(finders, talks_state(text)).directives
    assert set(d.addressed_to) == {CHINA, VIETNAM}


def test_states_described_after_a_circumstance_are_tasked(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，面对国际风云变幻，中越作为好邻居，要胸怀全局。"
    (d,) = run(finders, talks_state(text)).directives
    assert set(d.addressed_to) == {CHINA, VIETNAM}


def test_a_province_committee_charged_is_the_province(finders) -> None:
    text = "韩总理详细了解灾情，要求上海市委和市政府全力做好救灾工作。"
    state = talks_state(text, title="韩总理在上海考察")
    state.mentions.append(Mention(text.index("上海市委"), text.index("上海市委") + 4, "org", "上海市委"))
    (d,) = run(finders, state).directives
    assert d.addressed_to == (AgentRef("province", "上海"),)


def test_parties_named_as_such_are_addressees(finders) -> None:
    text = "韩总理说，中国共产党和各民主党派要加强合作共事。"
    (d,) = run(finders, talks_state(text, title="韩总理出席座谈会")).directives
    assert {a.name for a in d.addressed_to} == {"中国共产党", "各民主党派"}


def test_a_run_of_words_after_hope_is_no_party(finders) -> None:
    text = "韩总理说，希望大家大力弘扬志愿精神，积极投身建设实践。"
    (d,) = run(finders, talks_state(text, title="韩总理致信")).directives
    assert d.addressed_to == ()


def test_a_friends_both_states_will_is_no_pledge(finders) -> None:
    text = "越南友好人士表示，站在新的历史起点上，两国将进一步加强人文交流。"
    assert run(finders, talks_state(text, title="中越关系开启新篇章——越南各界热议会谈")).commitments == []


def test_a_time_clause_opens_a_narrative_not_a_list_of_tasks(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，建交后，越南成为中国游客的目的地国，这为两国合作带来机遇。"
    assert run(finders, talks_state(text)).directives == []


def notice_state(text: str) -> DocState:
    state = make_state(text)
    for body in ("国务院", "教育部"):
        i = text.find(body)
        while i >= 0:
            state.mentions.append(Mention(i, i + len(body), "org", body))
            i = text.find(body, i + len(body))
    return state


def test_a_national_bodys_notice_sets_its_directives(finders) -> None:
    text = "近日，国务院印发了《某某条例》，并发出通知，要求各地区各部门认真遵照执行。\n通知要求，各地区各部门要完善工作责任体系。要做好条例的学习培训。信访部门要牢记职责使命。"
    found = run(finders, notice_state(text))
    assert [d.issued_by for d in found.directives] == [AgentRef("organization", "国务院")] * 4
    assert found.commitments == []


def test_a_notices_requirements_end_with_a_sentence_that_sets_no_task(finders) -> None:
    text = "教育部近日印发通知，部署招生入学工作。要健全入学报名登记制度。\n今年全国共有三千所学校参加。"
    found = run(finders, notice_state(text))
    assert len(found.directives) == 2 and found.commitments == []


def test_a_released_plans_content_without_a_notice_stays_no_statement(finders) -> None:
    text = "某省发布了《某某规划》，到2035年，全省将建成一批示范区。"
    assert run(finders, notice_state(text)).commitments == []


def test_states_named_as_the_speaker_pledge_as_states(finders) -> None:
    text = "越南、老挝等东南亚国家方面表示，将继续支持和平进程。"
    (c,) = run(finders, talks_state(text, title="多国支持和平进程")).commitments
    assert set(c.committed_by) == {VIETNAM, AgentRef("organization", "老挝")}


def test_a_media_report_about_a_state_is_not_the_state_speaking(finders) -> None:
    text = "越南媒体表示，将继续关注和平进程。"
    assert run(finders, talks_state(text, title="多国支持和平进程")).commitments == []


def test_a_signing_witnessed_with_several_leaders_is_not_the_partners(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理还分别同甲总理、丙总理共同见证双边合作文件的签署。"
    assert run(finders, talks_state(text)).commitments == []


def test_we_must_at_talks_with_one_state_tasks_both_states(finders) -> None:
    text = "韩总理同越南总理某乙举行会谈。韩总理说，我们要对两国关系把舵定向。"
    (d,) = run(finders, talks_state(text)).directives
    assert set(d.addressed_to) == {CHINA, VIETNAM}


def test_a_leaders_own_body_is_no_addressee(finders) -> None:
    text = "韩总理说，国务院要坚持依法行政，提高工作效能。"
    state = talks_state(text, title="韩总理作报告")
    state.mentions.append(Mention(text.index("国务院"), text.index("国务院") + 3, "org", "国务院"))
    (d,) = run(finders, state).directives
    assert d.addressed_to == ()


def test_a_national_bodys_head_states_its_plans_in_his_report(finders) -> None:
    text = "某丙在报告中表示，2025年，人民法院要坚持公正司法，健全司法体制机制。"
    state = talks_state(text, title="全国人大举行全体会议")
    state.person_mentions["某丙"] = [(0, 2)]
    state.extraction.posts.append(Post("某丙", Organization("最高人民法院", None), "Minister", "院长", None, NOWHERE))
    (c,) = run(finders, state).commitments
    assert c.committed_by == (AgentRef("organization", "最高人民法院"),) and c.speaker == "某丙"


def test_a_numbered_measure_of_a_superior_meeting_is_its_directive(finders) -> None:
    text = "国务院常务会议召开。会议指出，要加力促进就业。三是贷款人遇困的可展期1年还款。"
    state = make_state(text)
    state.extraction.events[0] = EventRecord("e1", "Meeting", "国务院常务会议", None, None, NOWHERE)
    found = run(finders, state)
    assert [d.issued_by.name for d in found.directives] == ["国务院", "国务院"]
