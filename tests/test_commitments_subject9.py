"""Committers read by the shape of a clause, not by lists of names (session 8, issue 10): a body the
tagger names before a marker of the future, the speaker's own body named short, 双方/各国 as the states
a report names, 他将 as the speaker's body, 我们将 after the party named in the sentence, bodies that
sign with bodies; and what stays no pledge (forecasts, a thing as subject).  INVENTED sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_a_body_the_lists_do_not_name_pledges_its_own_step(extractor: Extractor) -> None:
    """"星河电力公司将…" in the narrator's voice: the company (its name read by the tagger), also after a
    time or with a place that opens its name (某市某组委将…: the committee, not the city)."""
    ex = extract_text(extractor, "星河电力公司将继续扩大清洁能源装机规模，确保今冬电力供应平稳。", when=DAY, title="某公司扩大装机")
    assert committed(ex) == [("星河电力公司",)]
    ex = extract_text(extractor, "5月6日，杭州亚运会组委会举行发布会。杭州亚运组委将继续做好各项筹办工作，确保赛事顺利进行。",
                      when=DAY, title="某发布会")
    assert ("杭州亚运组委",) in committed(ex) and ("杭州",) not in committed(ex)


def test_a_forecast_with_a_thing_as_subject_is_no_pledge(extractor: Extractor) -> None:
    """"某型系统将逐步替代…", "某领域将会决定…": a thing as subject, a prediction, nobody's pledge."""
    ex = extract_text(extractor, "据介绍，K-300系统将逐步替代旧型号系统，成为防空体系的骨干。", when=DAY, title="某系统")
    assert committed(ex) == []
    ex = extract_text(extractor, "某国总理说，新能源领域将会决定该国经济的未来。", when=DAY, title="某国总理谈新能源")
    assert committed(ex) == []


def test_a_foreign_company_announcing_a_later_step(extractor: Extractor) -> None:
    """"某国星河汽车公司近日宣布，由于…，将召回…": the company's own step, named without its state when
    its own name follows the state's (星河 is a name, not a common word of the dictionary's)."""
    ex = extract_text(extractor, "日本丰田公司近日宣布，由于部分车辆的刹车存在隐患，将在全球召回约50万辆汽车。",
                      when=DAY, title="某公司召回汽车")
    assert committed(ex) == [("丰田公司",)]


def test_a_government_and_companies_signing_all_commit(extractor: Extractor) -> None:
    """"某国政府当天与甲公司、乙公司等签订协议": the state (named by its side and 政府) and each company."""
    ex = extract_text(extractor, "俄罗斯总统普京10日出席论坛。俄政府当天与俄罗斯铁路公司、俄罗斯航空公司等多家大型企业签订合作协议，"
                      "以共同推动交通基础设施建设。", when=DAY, title="某国政府签订协议")
    assert committed(ex) == [("俄罗斯", "俄罗斯铁路公司", "俄罗斯航空公司")]


def test_both_sides_are_the_two_states_whose_heads_the_sentence_names(extractor: Extractor) -> None:
    """"A国总统甲与B国总理乙通电话，双方表示愿/将…" in any report: the two states named before the titles."""
    ex = extract_text(extractor, "法国总统马克龙20日与德国总理朔尔茨通电话，双方表示愿继续加强能源领域合作。",
                      when=DAY, title="法德领导人通电话")
    assert committed(ex) == [("法国", "德国")]


def test_each_state_is_every_foreign_state_the_report_names(extractor: Extractor) -> None:
    """"他们表示，各国愿同中国…" after envoys of named states: every foreign state the report names."""
    text = ("国家主席习近平6日在人民大会堂接受3国新任驻华大使递交国书。他们是：法国大使某甲、巴西大使某乙、越南大使某丙。"
            "他们表示，各国愿同中国加强交往合作。")
    ex = extract_text(extractor, text, when=DAY, title="习近平接受外国新任驻华大使递交国书")
    assert ("法国", "巴西", "越南") in committed(ex)


def test_he_will_is_the_speakers_body(extractor: Extractor) -> None:
    """"某国过渡委员会主席某某表示，他将…": the council his title names, not the state before it."""
    ex = extract_text(extractor, "苏丹过渡主权委员会主席布尔汉5日表示，他将在与各政党协商后组建过渡政府。", when=DAY,
                      title="某国组建过渡政府")
    assert committed(ex) == [("苏丹过渡主权委员会",)]


def test_a_body_named_short_is_the_one_the_report_names_in_full(extractor: Extractor) -> None:
    """"常委会将…" in a report of the NPC Standing Committee: the body the report names in full."""
    text = ("5月6日，全国人大常委会委员长赵乐际同全国人大代表座谈。代表们踊跃发言。"
            "常委会将进一步密切同代表的联系，支持和保障代表依法履职。")
    ex = extract_text(extractor, text, when=DAY, title="赵乐际同全国人大代表座谈")
    assert ("全国人大常委会",) in committed(ex)


def test_we_will_after_the_party_named_in_the_sentence(extractor: Extractor) -> None:
    """"某某强调中国共产党…，我们将…" by the General Secretary: the party's pledge (中共中央, call 1 narrowed),
    not his state's, even at talks."""
    text = ("习近平同某国领导人某某举行会谈。习近平介绍了党的重要会议成果，强调中国共产党始终坚持以人民为中心，"
            "我们将坚持深化改革开放，坚持走和平发展道路。")
    ex = extract_text(extractor, text, when=DAY, title="习近平同某国领导人会谈")
    assert committed(ex) == [("中共中央",)]


def test_a_body_that_says_it_will(extractor: Extractor) -> None:
    """"在某方面，某某银行表示将推出…": the body's own words in the narrator's clause, its pledge; a Chinese
    body keeps 中国 in its name."""
    ex = extract_text(extractor, "在支持某地金融改革方面，中国星河银行表示将推出6项政策举措，包括开展跨境结算试点等。",
                      when=DAY, title="某银行推出举措")
    assert committed(ex) == [("中国星河银行",)]


def test_a_body_acting_then_will(extractor: Extractor) -> None:
    """"某某公司近日启动…项目，将…": the company's first clause has a verb of its own, its later 将 is its step."""
    ex = extract_text(extractor, "星河能源公司近日启动海上风电示范项目，将在三年内新增装机200万千瓦。", when=DAY,
                      title="某公司启动项目")
    assert committed(ex) == [("星河能源公司",)]


def test_the_body_the_speakers_title_names(extractor: Extractor) -> None:
    """"某国某某阵线中央主席某某表示，…。某国某某阵线中央愿…": the body her title names, as she writes it."""
    text = ("5月6日，全国政协主席王沪宁在北京会见越南祖国阵线中央主席阮氏某某。阮氏某某表示，越方高度重视两国友好。"
            "越南祖国阵线中央愿加强同中国全国政协的交流互鉴。")
    ex = extract_text(extractor, text, when=DAY, title="王沪宁会见越南祖国阵线中央主席")
    assert ("越南祖国阵线中央",) in committed(ex)


def test_a_rate_cut_announced_is_no_pledge(extractor: Extractor) -> None:
    """"某国央行宣布将某利率下调25个基点到…": 将 marks the object (a decision taken), no pledge to come."""
    ex = extract_text(extractor, "星河国中央银行17日宣布将基准利率下调25个基点到3.5%，这是该行今年第二次降息。",
                      when=DAY, title="某央行降息")
    assert committed(ex) == []


def test_a_subjects_verb_phrase_then_its_pledge(extractor: Extractor) -> None:
    """"某方衷心感谢…并将永远铭记…" at talks, "某国议会正在讨论该草案，并计划…": the coordinator joins the
    subject's own verb phrase to its pledge within one clause."""
    text = "国家主席习近平同秘鲁总统巴斯克斯通电话。巴斯克斯表示，秘方衷心感谢中方帮助并将永远铭记两国人民的友谊。"
    ex = extract_text(extractor, text, when=DAY, title="习近平同秘鲁总统通电话")
    assert ("秘鲁",) in committed(ex)
    ex = extract_text(extractor, "星河电力公司正在评估新厂址并计划明年开工建设二期工程。", when=DAY, title="某公司评估厂址")
    assert committed(ex) == [("星河电力公司",)]


def test_a_long_list_put_on_a_register_is_no_pledge(extractor: Extractor) -> None:
    """"某局日前将甲地某河、乙地某湖等12处湿地列入名录": 将 marks the object however long its list, no pledge."""
    ex = extract_text(extractor, "国家林草局日前将甲省某县某河、乙自治区某山某源、丙省某市某区某湖等12处湿地列入国家重要湿地名录。",
                      when=DAY, title="某局公布湿地名录")
    assert committed(ex) == []


def test_a_state_after_a_connective_and_its_party_government_and_people(extractor: Extractor) -> None:
    """"某国原子能组织发言人某某表示，…，同时伊朗还将…": the state after 同时; "某国党、政府和人民将…": the state."""
    text = "伊朗原子能组织发言人萨利希表示，伊朗已安装新的设备，同时伊朗还将采取其他措施提高生产能力。"
    ex = extract_text(extractor, text, when=DAY, title="伊朗将采取措施")
    assert ("伊朗",) in committed(ex)
    text = "国家主席习近平同老挝领导人通伦举行会谈。通伦说，老挝党、政府和人民将永远铭记中方的帮助。"
    ex = extract_text(extractor, text, when=DAY, title="习近平同老挝领导人会谈")
    assert ("老挝",) in committed(ex)
