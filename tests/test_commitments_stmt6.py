"""Statement classes of session 6's independent audits, fixed as classes and tested on INVENTED
sentences of the same shapes: the guest's words at talks given to the host, and clauses that are
no action (a heading, a connective, a time, a condition, a comment) kept in the action list."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)
TALKS = ("5月6日，国家主席习近平在北京会见越南总理范某某。习近平指出，双方要加强合作。"
         "范某某表示，越方愿同中方加强合作，扩大贸易投资，这符合两国利益，也有利于地区稳定。"
         "越方很高兴看到中国取得发展成就。")


def test_the_guests_pledge_after_a_proposal_of_the_host_is_the_guests(extractor: Extractor) -> None:
    """"习近平主席提出的…倡议，…，越方将…" / "习近平主席提出三大倡议，…" in the guest's words: a proposal
    named is no reporting clause of the host, and a foreign state's pledge at talks is spoken by the
    person holding that state's office (call 9), never by the host."""
    for said in ("习近平主席提出的全球发展倡议意义重大，越方将全力支持，愿同中方密切沟通。",
                 "习近平主席提出三大全球倡议，引领全球治理。越方愿秉持合作精神，同中方一道，推动组织发展。"):
        ex = extract_text(extractor, TALKS + said, when=DAY, title="习近平会见越南总理")
        last = max(ex.commitments, key=lambda c: c.evidence.start)
        assert [a.name for a in last.committed_by] == ["越南"], said
        assert last.speaker == "范某某", said


def test_a_proposal_with_its_points_still_introduces_the_speaker(extractor: Extractor) -> None:
    """"习近平提出3点希望：…" / "提出几点建议。一是…" report the words that follow (the control)."""
    for intro in ("习近平总书记对与会同志提出3点希望。一是", "习近平总书记提出几点建议：第一，"):
        ex = extract_text(extractor, f"5月6日，某省召开座谈会。{intro}坚持改革开放，加快发展经济。", when=DAY,
                          title="某省召开座谈会")
        assert [d.issued_by.name for d in ex.directives] == ["习近平"], intro


def test_a_comment_ends_the_pledge_list(extractor: Extractor) -> None:
    """"…，这符合两国利益，也有利于地区稳定" comments on the pledge: no action of it."""
    ex = extract_text(extractor, TALKS, when=DAY, title="习近平会见越南总理")
    (pledge,) = [c for c in ex.commitments if [a.name for a in c.committed_by] == ["越南"]]
    assert pledge.actions == ("同中方加强合作", "扩大贸易投资")


def test_headings_connectives_times_and_conditions_are_no_actions(extractor: Extractor) -> None:
    """第四/同时/新形势下/根据市场需求/按照…的要求 alone in a clause: the task list keeps only the actions."""
    text = ("5月6日，某省召开座谈会。习近平总书记强调，新形势下，要加强党的建设，推进全面从严治党。第四，坚持创新驱动。"
            "同时，要加大投入力度，根据市场需求，调整产业结构。要按照推动高质量发展的要求，简化审批流程。"
            "要发扬艰苦奋斗作风，把钱用在刀刃上。")
    ex = extract_text(extractor, text, when=DAY, title="某省召开座谈会")
    assert [d.actions for d in ex.directives] == [("加强党的建设", "推进全面从严治党"), ("坚持创新驱动",),
                                                  ("加大投入力度", "调整产业结构"), ("简化审批流程",),
                                                  ("发扬艰苦奋斗作风", "把钱用在刀刃上")]


def test_judgements_and_facts_after_a_condition_set_no_task(extractor: Extractor) -> None:
    """In a speech, "按照…规定，中央有…" (a fact after a condition), "学习…，了解…，将有助于…" (actions as the
    subject of a judgement) and "…使命光荣、责任重大" set no task; "根据市场需求，调整…" does."""
    text = ("5月6日，某省召开座谈会。习近平总书记强调，要维护宪法权威。按照基本法规定，中央有足够多的办法迅速平息动乱。"
            "学习彼此的语言，了解对方的历史文化，将有助于促进两国人民相知相亲。实现奋斗目标使命光荣、责任重大。"
            "根据市场需求，调整产业结构。")
    ex = extract_text(extractor, text, when=DAY, title="某省召开座谈会")
    assert [d.actions for d in ex.directives] == [("维护宪法权威",), ("调整产业结构",)]


def test_a_democratic_partys_plenary_commits_the_party(extractor: Extractor) -> None:
    """"中国某某民主党第十七届中央委员会第四次全体会议" is the party's plenary (the term read out of its
    name): its "会议指出，要…" binds the party itself, never a directive of 中共中央; the CPC's own
    plenary stays the Centre's."""
    text = ("中国农工民主党第十七届中央委员会第四次全体会议5月6日在北京举行。会议指出，农工党要把牢正确政治方向，"
            "持续推进基本任务落实。会议强调，要加强自身建设。")
    ex = extract_text(extractor, text, when=DAY, title="农工党中央全会召开")
    assert not ex.directives
    assert [[a.name for a in c.committed_by] for c in ex.commitments] == [["农工党中央"], ["农工党中央"]]
    ex = extract_text(extractor, "中国共产党第二十届中央委员会第四次全体会议5月6日在北京举行。会议强调，要加强自身建设。",
                      when=DAY, title="二十届四中全会举行")
    assert [d.issued_by.name for d in ex.directives] == ["中共中央"]


def test_a_time_word_is_no_part_of_the_committer(extractor: Extractor) -> None:
    """"今年星河电网将投资…": the body pledges, not "今年星河电网"."""
    ex = extract_text(extractor, "记者今天从国家电网了解到，今年国家电网将投资超500亿元加快基础设施建设。", when=DAY)
    assert [[a.name for a in c.committed_by] for c in ex.commitments] == [["国家电网"]]


def test_the_meeting_a_sentence_opens_with_is_its_speaker(extractor: Extractor) -> None:
    """"会议传达学习了习近平总书记…的重要讲话精神，…，强调要…": the meeting's requirement, never the words of the
    leader whose speech it studied."""
    text = ("全国某某工作会议5月6日在北京召开。会议传达学习了习近平总书记听取工作汇报时的重要讲话精神，研究部署今年工作，"
            "强调要深入学习贯彻党的创新理论，以高度责任感做好各项工作。")
    ex = extract_text(extractor, text, when=DAY, title="全国某某工作会议召开")
    assert not [d for d in ex.directives if d.issued_by.name == "习近平"]


def test_both_sides_are_the_two_states_when_the_title_names_only_the_guests_party(extractor: Extractor) -> None:
    """"习近平同越共中央总书记举行会谈": the title names no state, but the report names 越南 more than any
    other foreign state: "双方要…" is set for 中国 and 越南 (call 9); a guest whose office names no state
    (越南共产党中央委员会总书记某某) keeps speaking his own side's pledge."""
    text = ("5月6日，中共中央总书记、国家主席习近平在北京同越南共产党中央委员会总书记阮文明举行会谈。习近平指出，中国和越南是社会主义友好邻邦。"
            "双方要弘扬传统友谊。阮文明表示，越南高度重视对华关系，同东盟各国一道推动地区发展。越方愿同中方一道，巩固政治互信。")
    ex = extract_text(extractor, text, when=DAY, title="习近平同越共中央总书记举行会谈")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["中华人民共和国", "越南"]]
    assert [(c.speaker, [a.name for a in c.committed_by]) for c in ex.commitments] == [("阮文明", ["越南"])]


def test_a_guests_thanks_then_his_pledge_is_his_states(extractor: Extractor) -> None:
    """"感谢中方…，愿同中方加强…" in a foreign president's words at talks: his state's pledge (call 9);
    "期待…峰会开启…新时代" is a hope, no task he sets; "…，单打独斗，只会使形势恶化" judges, sets none."""
    text = ("5月6日，国家主席习近平在北京会见埃及总统塞米尔。习近平指出，双方要加强合作。"
            "塞米尔表示，埃方高度重视对华关系。感谢中方为气候变化大会成功发挥的重要积极作用，愿同中方加强多边沟通合作。"
            "期待即将召开的首届峰会开启两国关系新时代。当今世界面临诸多挑战，单打独斗，只会使形势恶化。")
    ex = extract_text(extractor, text, when=DAY, title="习近平会见埃及总统")
    assert [(c.speaker, [a.name for a in c.committed_by], c.actions) for c in ex.commitments] == [
        ("塞米尔", ["埃及"], ("同中方加强多边沟通合作",))]
    assert [d.issued_by.name for d in ex.directives] == ["习近平"]


def test_the_body_a_clause_opens_with_speaks_not_the_person_it_answers(extractor: Extractor) -> None:
    """"不久后，教育部回应某某代表，表示将…": the ministry's pledge, not the deputy's (nor his body's)."""
    text = "全国人大代表卓长立建议加强家政培训。不久后，教育部回应卓长立，表示将推进产教融合，进一步完善培训机制。"
    ex = extract_text(extractor, text, when=DAY)
    assert [([a.name for a in c.committed_by], c.speaker) for c in ex.commitments] == [(["教育部"], None)]


def test_a_review_of_the_year_past_sets_no_task(extractor: Extractor) -> None:
    """"某某在报告中指出，一年来，…。一是加强…。二是认真履行…": the headings recount the year's work; the
    review ends with the next reporting clause, whose tasks are directives again."""
    text = ("3月8日，某某大会举行第二次全体会议。全国人大常委会委员长赵明远在报告中指出，一年来，常委会认真履行职责，各项工作取得新进展。"
            "一是加强宪法实施和监督，维护宪法权威和尊严。二是认真履行立法职责，不断完善法律体系。"
            "赵明远在报告中指出，要坚持党的领导，加强立法工作。")
    ex = extract_text(extractor, text, when=DAY, title="某某大会举行第二次全体会议")
    assert [d.actions for d in ex.directives] == [("坚持党的领导", "加强立法工作")]


def test_a_state_opening_the_sentence_is_no_imperative(extractor: Extractor) -> None:
    """"越方不参加任何军事联盟，不使用武力…" in a foreign leader's words: his state's stance, never a task he sets."""
    text = ("5月6日，国家主席习近平在北京会见越南国家主席阮文明。习近平指出，双方要加强合作。"
            "阮文明表示，越方不参加任何军事联盟，不使用武力对付任何国家。")
    ex = extract_text(extractor, text, when=DAY, title="习近平会见越南国家主席")
    assert [d.issued_by.name for d in ex.directives] == ["习近平"]


def test_a_wish_for_others_or_a_prediction_is_nobodys_pledge(extractor: Extractor) -> None:
    """"香港各界人士表示，希望特区政府…" (a place's people's wish for others) and "美国举动…，将带来衰退" (what an
    act will bring) bind nobody; "香港各界人士表示，香港将…" stays the place's pledge (the control)."""
    for text in ("香港各界人士还表示，希望特区政府重点考虑青年的需要，帮助青年人解决困难。",
                 "法国外贸部长某某4日说，美国举动动摇国际贸易体系，将带来衰退、加剧通胀。"):
        ex = extract_text(extractor, text, when=DAY)
        assert not ex.commitments, text
    ex = extract_text(extractor, "香港各界人士表示，香港将全力支持特区政府依法施政。", when=DAY)
    assert [[a.name for a in c.committed_by] for c in ex.commitments] == [["香港"]]


def test_both_sides_with_a_sultan_in_the_title(extractor: Extractor) -> None:
    """"习近平会见文莱苏丹": 苏丹 right after 文莱 is his title, not a second state; 双方要… is set for both."""
    text = "5月6日，国家主席习近平在北京会见文莱苏丹哈某某。习近平指出，双方要加大发展战略对接，深化经贸合作。"
    ex = extract_text(extractor, text, when=DAY, title="习近平会见文莱苏丹")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["中华人民共和国", "文莱"]]


def test_an_interview_with_one_states_media_is_between_the_two_states(extractor: Extractor) -> None:
    """"习近平接受俄罗斯主流媒体联合采访": "我们要…"/"双方要…" are set for China and Russia (call 9); the
    control: an interview whose title names no foreign state addresses nobody."""
    text = "5月6日，国家主席习近平接受俄罗斯主流媒体联合采访。习近平表示，双方要创新思路，不断拓展合作领域。"
    ex = extract_text(extractor, text, when=DAY, title="习近平接受俄罗斯主流媒体联合采访")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["中华人民共和国", "俄罗斯"]]
    ex = extract_text(extractor, text.replace("俄罗斯", "某某"), when=DAY, title="习近平接受某某主流媒体联合采访")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [[]]


def test_a_call_on_a_state_tasks_it(extractor: Extractor) -> None:
    """"联合国秘书长某某呼吁以色列立即停火": his directive to the state called on."""
    ex = extract_text(extractor, "联合国秘书长古特雷斯呼吁以色列立即停火。", when=DAY)
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("古特雷斯", ["以色列"])]


def test_an_organ_named_by_its_short_form_is_an_addressee(extractor: Extractor) -> None:
    """"中央某某办要…", "中央某某委协调小组要…" at a superior body's meeting: named organs, recorded as addressees;
    "各地区各部门要…" stays a class (none)."""
    text = ("中央全面依法治国委员会5月6日召开第二次会议。会议强调，各地区各部门要压实工作责任。"
            "中央依法治国办要认真履行职责，加强工作任务的协调。")
    ex = extract_text(extractor, text, when=DAY, title="中央全面依法治国委员会召开第二次会议")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [[], ["中央依法治国办"]]


def test_both_sides_with_a_time_before_the_marker(extractor: Extractor) -> None:
    """"双方明年应共同办好…" and "的确，越中两国不仅要…" are tasks for both states (call 9)."""
    text = ("5月6日，国家主席习近平在北京会见越南总理范明政。习近平指出，双方明年应共同办好建交纪念活动。"
            "的确，中越两国不仅要面对历史，更要开辟未来。")
    ex = extract_text(extractor, text, when=DAY, title="习近平会见越南总理")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["中华人民共和国", "越南"]] * 2


def test_both_states_bodies_are_the_two_states(extractor: Extractor) -> None:
    """"两国立法机构要…", "双方议会要…" at talks: tasks for both states (call 9, as 两国各部门各地方要…)."""
    text = ("5月6日，全国人大常委会委员长栗战书在北京会见越南国会主席王廷惠。栗战书表示，两国立法机构要加强交流合作。"
            "双方议会要密切往来。")
    ex = extract_text(extractor, text, when=DAY, title="栗战书会见越南国会主席")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["中华人民共和国", "越南"]] * 2
