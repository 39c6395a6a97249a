"""Statement precision classes of the independent audit (seed 97), on INVENTED sentences of the
same shapes: whose "会议强调" a paragraph of a party-group report is, descriptions and lessons read
as tasks, the disposal 将 (= 把) and predictions, a body's own "X将…", events as addressees and
clauses from outside the task."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor
from kg.records import Extraction

DAY = date(2024, 5, 6)
SPEECH = "5月6日，国家主席习近平在大会上发表重要讲话。习近平强调，要坚定信心。"


def run(extractor: Extractor, text: str, title: str = "") -> Extraction:
    return extract_text(extractor, text, when=DAY, title=title)


def directed(ex: Extraction) -> list[str]:
    return [d.evidence.text for d in ex.directives]


# 1. a report on several bodies' party groups: each paragraph's cues are its own group's
def test_each_paragraph_of_a_party_group_report_commits_the_group_it_opens_with(extractor: Extractor) -> None:
    text = ("5月6日，全国政协党组召开会议，学习有关精神。\n全国政协党组书记某某主持会议。会议强调，要深入学习，推动工作取得新进展。\n"
            "国务院党组5月6日召开会议。会议强调，要在学懂弄通上下功夫、作表率。国务院党组同志要带头示范，先学一步。")
    ex = run(extractor, text, "全国政协党组召开会议")
    assert committed(ex) == [("全国政协党组",), ("国务院党组",), ("国务院党组",)]


def test_a_politburo_meeting_hearing_party_groups_directs_them(extractor: Extractor) -> None:
    text = ("中共中央政治局常务委员会5月6日召开会议，听取全国人大常委会党组、国务院党组、全国政协党组、"
            "最高人民法院党组、最高人民检察院党组工作汇报。\n会议强调，要坚持全面从严治党，把严的主基调坚持下去。")
    ex = run(extractor, text, "中共中央政治局常委会召开会议听取全国人大常委会、国务院、全国政协、最高人民法院、最高人民检察院党组工作汇报")
    assert ex.commitments == []
    assert [d.issued_by.name for d in ex.directives] == ["中共中央政治局常务委员会"]


# 2. descriptions, achievements and lessons in a speech set no task
def test_a_description_in_a_speech_is_no_directive(extractor: Extractor) -> None:
    ex = run(extractor, SPEECH + "新时代中国工人处在发展的最好时期，既面临着难得的人生机遇，也面临着“天将降大任”的时代使命。")
    assert directed(ex) == ["习近平强调，要坚定信心。"]


def test_achievements_in_a_speech_are_no_directive(extractor: Extractor) -> None:
    ex = run(extractor, SPEECH + "落实各项制度，坚持依法治理，国家治理的制度根基更加稳固。"
             "制定新的法律、完善选举制度，一系列标本兼治的举措推动某地实现重大转折，进入新阶段。")
    assert directed(ex) == ["习近平强调，要坚定信心。"]


def test_a_list_of_past_lessons_sets_no_task_until_the_speech_sets_one(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平在大会上发表重要讲话。习近平指出，某地的成功实践给了我们宝贵经验。"
             "第一，始终坚守根本宗旨。特区政府团结带领各界人士，积极探索发展路径。第二，始终强化使命担当。"
             "习近平强调，要坚定信心，开拓进取。")
    assert directed(ex) == ["习近平强调，要坚定信心，开拓进取。"]


def test_a_step_taken_on_a_leaders_instruction_is_no_directive(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，某地发生山洪。根据习近平重要指示和李强要求，水利部派工作组到现场指导救灾工作，"
             "省委主要负责同志在现场指挥。")
    assert ex.directives == [] and ex.commitments == []


# 3. the disposal 将 (= 把) and predictions pledge nothing
def test_the_disposal_jiang_pledges_nothing(extractor: Extractor) -> None:
    assert run(extractor, "新华社消息。今天18时，天津将寒潮橙色预警降为黄色预警。").commitments == []
    assert run(extractor, "各地出台措施促进消费。山西将家居消费补贴扩充至30类以上，进一步满足群众需求。").commitments == []


def test_predictions_pledge_nothing(extractor: Extractor) -> None:
    assert run(extractor, "5月6日，习近平在某地考察。未来建成后，天津与唐山将实现一小时通达。").commitments == []
    ex = run(extractor, "5月6日，国家主席习近平在北京会见某国总统。习近平指出，今年中方将同某国庆祝建交50周年，"
             "两国合作将迎来新的机遇。")
    assert ex.directives == [] and ex.commitments == []


# 4. a body's own X将 is its commitment; an event is no addressee
def test_a_bodys_own_future_at_its_meeting_is_its_commitment(extractor: Extractor) -> None:
    ex = run(extractor, "全国工商联十二届三次执委会议5月6日在北京召开。会议提出，全国工商联将以改革创新为动力，"
             "引导民营企业家坚定信心，为现代化建设作出更大贡献。", "全国工商联召开执委会议")
    assert ex.directives == []
    assert committed(ex) == [("全国工商联",)]


def test_an_event_is_never_an_addressee(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平致信祝贺某纪念活动举行。习近平指出，希望纪念活动凝聚各方智慧和力量，"
             "为促进共同发展作出积极贡献。")
    assert [d.addressed_to for d in ex.directives] == [()]


# 5. only the clauses that carry the pledge or the task are actions
def test_a_hope_for_others_ends_the_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平会见各国使节。习近平表示，中国政府将为各国使节履职提供便利和支持，"
             "希望大家为促进双边关系发展作出积极贡献。")
    assert [c.actions for c in ex.commitments] == [("为各国使节履职提供便利和支持",)]


def test_a_description_or_an_assessment_ends_the_list(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，某区会议召开。9月5日，天津将举办第四届博览会，作为古代商路必经之地，天津积极融入建设。")
    assert [c.actions for c in ex.commitments] == [("举办第四届博览会",)]
    ex = run(extractor, "5月6日，国家主席习近平考察某地。习近平强调，要抓好稳定、发展两件大事，为某地工作指明了前进方向。")
    assert [d.actions for d in ex.directives] == [("抓好稳定、发展两件大事",)]
