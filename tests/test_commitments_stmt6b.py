"""Commitments kg missed (session 6, recall): a state's pledge at talks worded 期待同…/致力于…, and an
agreement list signed at talks narrated after a leader's words; on INVENTED sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)
TALKS = "习近平会见越南总理"
LEAD = "新华社北京5月6日电 5月6日，国家主席习近平在北京人民大会堂会见越南总理范某某。"


def test_a_state_expecting_to_work_with_the_other_pledges(extractor: Extractor) -> None:
    """"越方期待同中方一道…", "中方期待同越方加强…", and after a first clause of the side's own ("越方很珍视…，
    期待同中方…"): the state's commitment at talks (call 9); the action is not the 期待."""
    ex = extract_text(extractor, LEAD + "范某某表示，越方期待同中方一道，办好明年的建交纪念活动，扩大农产品贸易。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]
    ex = extract_text(extractor, LEAD + "习近平指出，中方期待同越方加强协作，推动两国合作取得新成果。", when=DAY, title=TALKS)
    assert committed(ex) == [("中华人民共和国",)]
    (action, *_) = ex.commitments[0].actions
    assert "加强协作" in action and not action.startswith("期待")
    ex = extract_text(extractor, LEAD + "范某某表示，越方很珍视同中国的传统友谊，期待同中方进一步拓展经贸合作。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]


def test_a_state_devoted_to_an_aim_at_talks_pledges(extractor: Extractor) -> None:
    """"越南致力于推进越中各领域务实合作" at talks: the state's commitment (call 9)."""
    ex = extract_text(extractor, LEAD + "范某某表示，越方高度重视对华关系。越南致力于推进越中各领域务实合作。",
                      when=DAY, title=TALKS)
    assert committed(ex) == [("越南",)]


def test_expecting_or_devoted_outside_talks_or_without_a_partner_pledges_nothing(extractor: Extractor) -> None:
    """Outside a report of talks 致力于 describes ("某公司致力于打造…", "越南致力于发展经济"); a side's 期待 of
    the other's act ("越方期待习近平主席访问越南") is a hope, not its pledge; a subjectless 致力于 after a
    description of the state's own ("中方始终把…作为…，致力于…") a standing policy."""
    ex = extract_text(extractor, "5月6日，某公司致力于打造新能源产业。越南致力于发展经济。", when=DAY, title="某市发展")
    assert not ex.commitments
    ex = extract_text(extractor, LEAD + "范某某表示，越方期待习近平主席早日访问越南。", when=DAY, title=TALKS)
    assert not ex.commitments
    ex = extract_text(extractor, LEAD + "习近平指出，中方始终把发展对越关系放在重要位置，致力于推动双方合作走深走实。",
                      when=DAY, title=TALKS)
    assert not ex.commitments


def test_a_long_list_of_agreements_signed_at_talks_binds_both_states(extractor: Extractor) -> None:
    """"会谈后，两国领导人共同见证签署A、B、C等多项双边合作文件" after a leader's words: the narrator's
    (见证), binding both states, even with a long list between 签署 and 合作文件."""
    text = (LEAD + "习近平指出，中越友谊历久弥坚。会谈后，两国领导人共同见证签署共建“一带一路”合作规划和农业、卫生健康、"
            "文化旅游、科技创新、人员培训等多项双边合作文件。")
    ex = extract_text(extractor, text, when=DAY, title=TALKS)
    assert committed(ex) == [("中华人民共和国", "越南")]
    assert ex.commitments[0].speaker is None


def test_a_body_speaking_on_a_day_named_before_its_verb_pledges_for_itself(extractor: Extractor) -> None:
    """"星河集团今天（5月6日）表示，将…", "星河集团9日称，将…": the day said between the body and its verb is
    no part of the body's name; the body's own commitment, as without the day."""
    for intro in ("星河集团今天表示", "星河集团今天（5月6日）表示", "星河集团9日称", "星河集团当天表示"):
        ex = extract_text(extractor, f"5月6日，多家企业发布新产品。{intro}，将继续扩大新能源汽车产能。", when=DAY)
        assert committed(ex) == [("星河集团",)], intro


def test_a_ministry_speaks_for_itself_but_cadres_and_departments_are_no_body(extractor: Extractor) -> None:
    """"某国交通运输部称，将…" (a ministry: the suffix 部) is the ministry's commitment; "基层干部表示，将…" and a
    department class's spokesman ("商务部门负责人") name no body."""
    ex = extract_text(extractor, "5月6日，一架客机发生事故。泰国交通运输部称，将对事故原因展开全面调查。", when=DAY)
    assert committed(ex) == [("泰国交通运输部",)]
    for intro in ("基层干部表示", "村干部今天表示", "有关商务部门负责人表示"):
        ex = extract_text(extractor, f"5月6日，某县召开大会。{intro}，将继续做好群众工作。", when=DAY)
        assert not any(a.name.endswith(("干部", "商务部")) for c in ex.commitments for a in c.committed_by), intro
    ex = extract_text(extractor, "5月6日，某县召开党建工作会议。会议强调，党支部要履行好教育管理党员的职责。", when=DAY)
    agents = [a for d in ex.directives for a in d.addressees] + [a for c in ex.commitments for a in c.committed_by]
    assert not any(a.name.endswith("支部") for a in agents)  # the branches of a class (not_body_end)


def test_a_long_signing_clause_ends_at_its_comma(extractor: Extractor) -> None:
    """"签署了《…行动计划》，并出席双方有关合作文件的签字仪式": the long window of an agreement list does not
    run past the clause of 签署 into another clause's 合作文件."""
    text = (LEAD + "会见后，习近平和范某某共同签署了《中国共产党和越南共产党关于深化新时代两党交流合作的行动纲要》，"
            "并出席双方有关合作文件的签字仪式。")
    ex = extract_text(extractor, text, when=DAY, title=TALKS)
    assert not any("出席" in a for c in ex.commitments for a in c.actions)


def test_a_body_speaking_goes_on_to_its_own_step_after_a_clause_of_news(extractor: Extractor) -> None:
    """"泰国交通运输部称，失事客机的飞行数据已提取完毕，将对其进行分析": the body's subjectless 将 after a clause
    of news is still the body's commitment; a forecast (预计…将) or an effect judged (将对…产生影响) is not."""
    ex = extract_text(extractor, "5月6日，一架客机发生事故。泰国交通运输部称，失事客机的飞行数据已提取完毕，将对其进行分析。",
                      when=DAY)
    assert committed(ex) == [("泰国交通运输部",)]
    assert ex.commitments[0].actions == ("对其进行分析",)
    for news in ("今年市场需求旺盛，预计销量将增长两成", "新产品性能优越，将对行业发展产生深远影响"):
        ex = extract_text(extractor, f"5月6日，多家企业发布新产品。星河集团表示，{news}。", when=DAY)
        assert not ex.commitments, news
