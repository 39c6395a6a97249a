"""Statement classes of session 5 (issue 10), on INVENTED sentences of the shapes the audit of
seed 1130 and the fresh dev reports found: actions cut at 同/与, descriptions and adopted texts
read as pledges, assessments of an effect read as actions, and the genres whose commitments were
missed (reaction reports, companies, provincial work reports)."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor
from kg.records import Extraction

DAY = date(2024, 5, 6)
TALKS = "5月6日，国家主席习近平在北京会见某某国总统甲乙丙。"


def run(extractor: Extractor, text: str, title: str = "") -> Extraction:
    return extract_text(extractor, text, when=DAY, title=title)


# 1. 同/与 + a partner: the company an action is done in, neither the action nor its actor
def test_a_clause_of_company_alone_is_no_action(extractor: Extractor) -> None:
    ex = run(extractor, TALKS + "习近平指出，中方愿同老方一道，加强发展战略对接，推动两国关系取得新成果。", "习近平会见老挝总统")
    assert [c.actions for c in ex.commitments] == [("加强发展战略对接", "推动两国关系取得新成果")]


def test_the_partner_before_a_project_is_not_the_one_who_acts(extractor: Extractor) -> None:
    ex = run(extractor, TALKS + "甲乙丙表示，斯方愿同中方加强共建“一带一路”合作，深化发展合作。", "习近平会见斯里兰卡总统")
    assert ex.commitments and ex.commitments[0].actions[0] == "加强"


# 2. a step done to an object (the disposal 将 = 把) and a description of what was done pledge nothing
def test_the_disposal_jiang_with_a_verb_alone_pledges_nothing(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，某地举行研讨会。专家指出，美方将正常的中美人文交流政治化，严重冲击两国交流合作。")
    assert ex.commitments == []


def test_a_date_moved_by_an_order_signed_pledges_nothing(extractor: Extractor) -> None:
    ex = run(extractor, "美国白宫方面7日确认，美国总统已经签署行政令，延长暂缓期，将实施时间从7月9日推迟到8月1日。")
    assert ex.commitments == []


def test_the_disposal_jiang_with_a_long_object_pledges_nothing(extractor: Extractor) -> None:
    ex = run(extractor, "为促进消费，甘肃将新能源营运货车和新能源纯电动公交车更新纳入补贴范围，补贴金额比燃油车更高。")
    assert ex.commitments == []


# 3. an assessment of an effect is no action; a belief is no pledge
def test_an_effect_judged_is_no_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "北京时间8月6日，中国人民银行表示，美国财政部将中国列为“汇率操纵国”是单边主义行为，严重破坏国际规则，"
             "将对全球经济金融产生重大影响。")
    assert ex.commitments == []


def test_an_assessment_or_a_belief_ends_the_pledge_list(extractor: Extractor) -> None:
    ex = run(extractor, "今年，上海将建设一批新型基础设施，这将有利于扩大有效投资。")
    assert [c.actions for c in ex.commitments] == [("建设一批新型基础设施",)]
    ex = run(extractor, "5月6日，国家主席习近平同美国总统通电话。习近平指出，中国将进一步全面深化改革、扩大对外开放，"
             "相信这也将为中美合作开辟更广阔空间。", "习近平同美国总统通电话")
    assert [c.actions for c in ex.commitments] == [("进一步全面深化改革、扩大对外开放",)]


def test_a_belief_is_no_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，上海市委书记陈一新在会上讲话。陈一新表示，我坚信，上海将建成具有全球影响力的科技创新中心。")
    assert ex.commitments == []


# 4. a subjectless pledge belongs to the state named last before it, not to one described first
def test_a_subjectless_pledge_is_the_state_named_last(extractor: Extractor) -> None:
    ex = run(extractor, "俄罗斯总统新闻秘书佩斯科夫9日说，美国总统已意识到解决问题比他预想的要难得多，俄方对此保持平静态度，"
             "将继续谋求修复俄美关系。")
    assert committed(ex) == [("俄罗斯",)]


# 5. recall: a foreign leader's 希望X, the narrator's 国家将/我国将 (call 11), a state named in a later clause
def test_a_foreign_leaders_hope_for_china_is_his_directive(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平在北京会见埃及总统塞西。塞西表示，埃方高度赞赏中方在中东问题上主持公道，"
             "希望中方继续发挥建设性作用。", "习近平会见埃及总统")
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("塞西", ["中华人民共和国"])]


def test_the_narrators_state_pledge_names_china(extractor: Extractor) -> None:
    ex = run(extractor, "工业互联网产业规模突破万亿元。下一步，国家将实施新一轮工业互联网创新发展工程，加快工业互联网提档升级。")
    assert committed(ex) == [("中华人民共和国",)]
    ex = run(extractor, "新能源汽车产销两旺。同时，我国将加快出台新能源汽车电耗限值等标准。")
    assert committed(ex) == [("中华人民共和国",)]


def test_a_pledge_after_a_compound_opening_is_the_side_named_next(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平应约同沙特国王萨勒曼通电话。萨勒曼表示，沙中关系牢固良好，沙方坚定奉行一个中国政策，"
             "将在关乎中方核心利益的问题上继续给予中国坚定支持。", "习近平应约同沙特国王通电话")
    assert committed(ex) == [("沙特阿拉伯",)]


# 6. a reaction report whose text says only 总书记: the name its title gives the title to speaks
def test_a_reaction_reports_general_secretary_is_the_one_its_title_names(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息：新春到来之际，总书记来到甘肃，看望慰问基层干部群众。总书记指出，要加强生态保护，推动高质量发展。"
             "总书记希望甘肃全面贯彻落实党中央决策部署，在高质量发展上不断取得新突破。",
             "奋进新征程——习近平总书记在甘肃考察引起广大干部群众热烈反响")
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("习近平", []), ("习近平", ["甘肃"])]


# 7. diplomacy: "我高度重视…，愿同…" in a message between heads of state; a paragraph "我愿同X主席一道…"
def test_a_first_person_opening_then_a_pledge_in_a_message_is_his_states(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平同几内亚总统孔戴互致贺电。习近平在贺电中指出，中几友谊历久弥坚。"
             "我高度重视中几关系发展，珍视中几传统友谊，愿同孔戴总统一道努力，推动中几全面战略合作伙伴关系向前发展。",
             "习近平同几内亚总统互致贺电")
    assert committed(ex) == [("中华人民共和国",)]


def test_a_paragraph_of_pledge_naming_the_partner_goes_on_with_the_speaker(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平在北京会见菲律宾总统杜特尔特。杜特尔特表示，菲方将坚持独立自主的外交政策。\n"
             "我愿同习近平主席一道，排除干扰，使友好合作始终成为菲中关系的主流。", "习近平会见菲律宾总统")
    assert committed(ex) == [("菲律宾",), ("菲律宾",)]


# 8. a judgement with 再次 ("again") is no heading of a list; a body's task for an unnamed other is its directive
def test_zaici_meaning_again_opens_no_heading(extractor: Extractor) -> None:
    ex = run(extractor, "全国政协党组1月16日举行集体学习。会议指出，习近平总书记的重要讲话站在全局的高度，"
             "充分肯定全面从严治党取得新的重大成果，再次表明我们党惩治腐败的坚定决心。", "全国政协党组举行集体学习")
    assert ex.commitments == [] and ex.directives == []


def test_a_bodys_task_for_others_is_its_directive_not_its_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "各地推进水利建设。中国人民银行表示，金融机构要拓宽还款来源和抵押担保方式，依法合规加大金融支持力度。")
    assert ex.commitments == []
    assert [(d.issued_by.name, d.addressed_to) for d in ex.directives] == [("中国人民银行", ())]


# 9. audit of a fresh slice: predictions and assessments read as pledges, a restatement, a body near a name
def test_what_an_agreement_will_lay_down_is_no_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，叙利亚总统巴沙尔会见伊朗第一副总统。巴沙尔表示，叙利亚同伊朗达成的一系列合作协议具有战略意义，"
             "将为两国发展打下坚实经济基础。", "巴沙尔会见伊朗第一副总统")
    assert ex.commitments == []


def test_a_predicting_clause_ends_the_pledge_list(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平会见意大利总统马塔雷拉。习近平强调，明年是中意建交50周年，两国将互办文化旅游年，"
             "各领域合作将迎来新的机遇。", "习近平会见意大利总统")
    assert [c.actions for c in ex.commitments] == [("互办文化旅游年",)]


def test_what_a_state_will_be_is_no_pledge(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国务院副总理韩正在论坛上致辞。韩正表示，中国经济发展前景广阔，将始终是世界经济增长的稳定动力源。")
    assert ex.commitments == []
    ex = run(extractor, "5月6日，国家主席习近平出席峰会。习近平指出，中国正在开展前所未有的应对气候变化行动，已经取得了显著成效，"
             "还将继续取得更大成果。")
    assert ex.commitments == []
    ex = run(extractor, "今年，多项重大工程将陆续完工。今年，我国将全面进入空间站在轨建造阶段。")
    assert ex.commitments == []


def test_a_place_where_a_guest_is_met_is_not_his_body(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国务院总理李克强在大连会见世界经济论坛主席施瓦布。施瓦布表示，愿同中方一道推动双方合作不断迈上新台阶。",
             "李克强会见施瓦布")
    assert ("大连",) not in committed(ex)


def test_a_target_locked_and_a_restatement_pledge_nothing(extractor: Extractor) -> None:
    assert run(extractor, "叙利亚政府军14日进驻北部重镇，同时，土耳其也将目标锁定曼比季。").commitments == []
    ex = run(extractor, "5月6日，国家主席习近平同美国总统拜登通电话。拜登表示，我愿重申，美国的一个中国政策没有改变。",
             "习近平同拜登通电话")
    assert ex.commitments == []


# 10. 他说 after "重温毛泽东等老一辈革命家…": a name heading a class is not the one who goes on speaking
def test_he_is_not_a_name_that_heads_a_class(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，全国人大常委会委员长栗战书在湖南调研。栗战书来到第一师范学校旧址，"
             "重温毛泽东等老一辈革命家在这里学习的经历。他说，要引导广大党员干部学习党的历史、传承革命精神。")
    assert [d.issued_by.name for d in ex.directives] == ["栗战书"]


# 11. a person tasked by name (要求X…); a negated speech verb reports no words, the next clause does
def test_a_person_asked_by_name_is_the_addressee(extractor: Extractor) -> None:
    ex = run(extractor, "美国总统特朗普当天与乌克兰总统泽连斯基会谈。会谈结束后，特朗普当天要求泽连斯基道歉。", "美乌两国总统会谈")
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("特朗普", ["泽连斯基"])]


def test_a_negated_speech_verb_opens_no_speech(extractor: Extractor) -> None:
    ex = run(extractor, "美乌两国总统在白宫发生争吵。美国总统特朗普当天与乌克兰总统泽连斯基会谈。"
             "特朗普当天未表示向乌提供安全保障，他敦促乌方签署美乌矿产协议。", "美乌两国总统在白宫发生争吵")
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("特朗普", ["乌克兰"])]


# 12. 总书记叮嘱，…; 总书记嘱托大家，…: the leader's words are his directive (call 11)
def test_an_exhortation_reports_the_leaders_directive(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息：习近平总书记近日在某省考察。在南福村，总书记叮嘱，党和政府要继续加强对老区的政策扶持。"
             "在延安中学，习近平总书记嘱托大家，坚持用延安精神教书育人，培育时代新人。")
    assert [d.issued_by.name for d in ex.directives] == ["习近平", "习近平"]


def test_a_clause_describing_what_it_names_ends_the_pledge_list(extractor: Extractor) -> None:
    ex = run(extractor, "日本政府此前宣布，将从4日起对出口韩国的半导体材料加强审查与管控，这些材料是智能手机、芯片等产业中的重要原材料。")
    assert [c.actions for c in ex.commitments] == [("从4日起对出口韩国的半导体材料加强审查与管控",)]


def test_a_purpose_described_sets_no_task(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，中国人民银行宣布降准。习近平总书记强调，要做好金融工作。旨在畅通血脉，回暖机体的金融流动性提前发力。")
    assert [d.actions for d in ex.directives] == [("做好金融工作",)]


# 13. companies: a named body the gazetteer does not know, or its spokesman, pledges for the body
def test_a_company_or_its_spokesman_pledges_for_the_company(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，多家企业发布新产品。中国中车集团表示，将加快推进高速磁浮列车研制，年内完成样车下线。")
    assert committed(ex) == [("中国中车集团",)]
    ex = run(extractor, "5月6日，某地举行签约仪式。星河科技有限公司负责人表示，公司将在当地投资建设智能制造基地。")
    assert committed(ex) == [("星河科技有限公司",)]


def test_a_class_of_bodies_binds_nobody(extractor: Extractor) -> None:
    ex = run(extractor, "7月8日，国务院总理李强出席在巴西中资企业座谈会。李强表示，政府部门将做好对企业的服务和保障，"
             "进一步加强各类经贸合作机制平台建设。")
    assert ex.commitments == []


def test_a_states_government_pledging_is_the_state(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平会见各国使节。习近平表示，中国政府将为各国使节履职提供便利和支持，"
             "希望大家为促进双边关系发展作出积极贡献。")
    assert committed(ex) == [("中华人民共和国",)]


# 14. 双方签署了…备忘录 in a report whose title names the two states: both are bound (an agreement signed)
def test_an_agreement_signed_by_the_two_states_of_the_title_binds_both(extractor: Extractor) -> None:
    ex = run(extractor, "伊朗石油部长奥吉27日与到访的尼日利亚石油部国务部长席尔瓦会面。"
             "双方还签署了旨在扩大两国能源合作的谅解备忘录，内容涉及技术转让等。", "伊朗与尼日利亚签署能源合作文件")
    assert committed(ex) == [("伊朗", "尼日利亚")]


# 15. "德国、英国、法国等欧洲国家方面称，将…": states reported as speaking pledge; media reports (称) do not
def test_states_said_to_pledge_are_committed_and_media_reports_are_not(extractor: Extractor) -> None:
    ex = run(extractor, "美乌两国总统发生争吵。德国、英国、法国等欧洲国家方面称，将继续支持乌克兰。")
    assert committed(ex) == [("德国", "英国", "法国")]
    ex = run(extractor, "5月6日，多方消息传出。美国媒体称，美国将对进口钢铁加征关税。")
    assert ex.commitments == []


# 16. a fresh slice: what a market will bring, a forecast measured, a satellite's plan are no state's pledge
def test_a_markets_promise_a_forecast_and_a_satellites_plan_pledge_nothing(extractor: Extractor) -> None:
    ex = run(extractor, "5月6日，国家主席习近平会见德国总理默克尔。习近平指出，中国市场足够大，而且随着发展会越来越大，"
             "将给德国和世界各国带来更多新机遇。", "习近平会见默克尔")
    assert ex.commitments == []
    ex = run(extractor, "中国信息通信研究院测算，到2025年，我国5G网络建设投资达1.2万亿元，将累计带动超过3.5万亿元相关投资。")
    assert ex.commitments == []
    ex = run(extractor, "今天上午，我国在酒泉卫星发射中心成功将一颗卫星发射升空，卫星顺利进入预定轨道，将与此前发射的卫星组网，"
             "为行业用户提供遥感数据服务。")
    assert ex.commitments == []
