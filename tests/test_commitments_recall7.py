"""Commitment classes of session 7 (random unseen reports and the audit of seed 1204), on INVENTED
sentences of the shapes found missed or wrong: a host's pledge at talks whose titles are left to another
report, 愿 never a forecast, plans announced with 计划/力争/决定, a time before or after the subject, 该公司,
the bodies a narrator's lead names, a state's side (X方) outside talks, a plenary's own next steps, a
party's pledge (its Central Committee's), what two states exchange, announce or agree, and the
procedural acts, beliefs, recalled agreements and good wishes that pledge nothing."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_the_hosts_side_at_talks_is_his_state_when_his_titles_are_elsewhere(extractor: Extractor) -> None:
    """"李强同某国总理会谈" with no title in the text (the lead of another report gave it): his 中方愿… is
    China's pledge, the guest's 秘方愿… his state's (settled call 9)."""
    ex = extract_text(extractor, "会谈在人民大会堂举行。李强表示，中方愿同秘方携手深化矿业与农业合作，扩大双向投资。"
                      "博卢阿特表示，秘方愿同中方拓展港口和数字经济合作。", when=DAY, title="李强同秘鲁总理会谈")
    assert committed(ex) == [("中华人民共和国",), ("秘鲁",)]
    assert [c.speaker for c in ex.commitments] == ["李强", "博卢阿特"]


def test_a_side_named_by_its_officials_pledges_outside_talks_too(extractor: Extractor) -> None:
    """"美方愿同中国…" said by that state's official in a report whose title names no talks (a ceremony):
    his state's pledge; a Chinese official's own words stay China's."""
    ex = extract_text(extractor, "当地时间3月2日，国家副主席韩正在华盛顿出席某项典礼。同卡特会面时，韩正表示，中方愿同美方"
                      "增进沟通，管控分歧。卡特表示，美方愿同中国保持对话，在气候领域开展合作。", when=DAY,
                      title="韩正出席美国某项典礼")
    assert committed(ex) == [("中华人民共和国",), ("美国",)]


def test_volition_is_never_a_forecast_nor_a_disposal(extractor: Extractor) -> None:
    """愿为…提供… and 愿将…同…对接 are pledges: 愿 is what a party wants to do, never what will happen."""
    ex = extract_text(extractor, "国家主席习近平就某国遭受洪灾向某国总统致慰问电。中方愿为受灾地区重建家园提供援助。",
                      when=DAY, title="习近平就智利遭受洪灾向智利总统致慰问电")
    assert committed(ex) == [("中华人民共和国",)]
    ex = extract_text(extractor, "国务院总理李强在北京同某国总理举行会谈。李强表示，中方愿将绿色发展倡议同吉方国家规划相对接，"
                      "拓展能源合作。", when=DAY, title="李强同吉尔吉斯斯坦总理举行会谈")
    assert committed(ex) == [("中华人民共和国",)]
    assert ex.commitments[0].actions[0].startswith("将绿色发展倡议同吉方国家规划相对接")


def test_a_named_subjects_plan_or_target_is_its_pledge(extractor: Extractor) -> None:
    """"X计划…", "X力争…" after a place, a body or a state (the plan announced), with a time before
    or after the subject; "计划单列市" is a kind of city, "年度计划投资" a noun."""
    cases = {
        "今年四川计划新建乡村公路3200公里，改善群众出行。": ("四川",),
        "商务部计划明年举办15场跨境电商对接活动。": ("商务部",),
        "江苏力争到2030年培育6个世界级产业集群。": ("江苏",),
        "天津今年还将新增口袋公园40个，改造老旧管网200公里。": ("天津",),
        "英国政府计划向某国提供价值5亿英镑的援助。": ("英国",),
    }
    for text, who in cases.items():
        assert committed(extract_text(extractor, text, when=DAY)) == [who], text
    for text in ("各省区市和计划单列市有关负责同志列席会议。", "湖南在年度计划投资的3000亿元中安排，交通工程占四成。"):
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_this_company_is_the_company_the_paragraph_named(extractor: Extractor) -> None:
    """"该公司计划…": the company named first in the paragraph, without its state."""
    ex = extract_text(extractor, "日本晨光海运公司20日开始更换旧船队。晨光公司说，首批新船已经下水。"
                      "该公司计划在后年年底前完成全部更换。", when=DAY)
    assert committed(ex) == [("晨光海运公司",)]


def test_the_bodies_a_narrators_lead_names_take_its_next_step(extractor: Extractor) -> None:
    """"近日，X、Y启动…，将开展…" (no reporting verb): the bodies' own step; what befalls a place
    ("某省发生地震，将造成…") is none."""
    ex = extract_text(extractor, "近日，民政部、财政部联合启动社区养老服务提升行动，将在各地建设示范性助餐点；"
                      "扩大居家上门服务覆盖面。", when=DAY)
    assert committed(ex) == [("民政部", "财政部")]
    assert extract_text(extractor, "云南发生山体滑坡，将造成交通中断。", when=DAY).commitments == []


def test_a_narrators_lead_commits_only_a_body_that_acts(extractor: Extractor) -> None:
    """The lead's subject must act (a verb after it) and be a body or a place, not a class of people;
    only the clause right after it is its step: a place inside a name (甲市至乙市城际铁路开始试运行，将…),
    a place's people appealing to the police (…呼吁警方…，将肇事者绳之以法) pledge nothing."""
    for text in ("今天（4月9日），成都至重庆城际铁路开始联调联试，将按运营标准开展测试。",
                 "澳门各界对这起事件予以强烈谴责，敦促警方依法严办，将肇事者绳之以法。"):
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_a_plenary_commits_the_party_to_its_next_steps(extractor: Extractor) -> None:
    """"全会决定，…代表大会于…召开" and "…决定将…提请…审议" commit the Central Committee; "全会决定专门…"
    names the plenary's document, and no meeting speaks."""
    ex = extract_text(extractor, "中国共产党第二十届中央委员会第九次全体会议于2030年10月9日至12日在北京举行。全会决定，"
                      "中国共产党第二十二次全国代表大会于2030年10月16日在北京召开。全会讨论并通过了党的二十届中央委员会"
                      "向中国共产党第二十二次全国代表大会的报告，决定将这份文件提请大会审议。",
                      when=date(2030, 10, 12), title="中国共产党第二十届中央委员会第九次全体会议公报")
    assert committed(ex) == [("中共中央",), ("中共中央",)]
    ex = extract_text(extractor, "全会决定以整整一章对完善某项体制作出安排，许多举措要在一线单位落地生根。",
                      when=DAY, title="某部学习全会精神")
    assert ex.commitments == [] and ex.directives == []


def test_a_partys_pledge_is_its_central_committees_and_a_named_party_pledges_for_itself(extractor: Extractor) -> None:
    """"中国共产党愿/将…" → 中共中央 (settled call 1), never the state; "某国民党将…" said by its own
    vice-chairman → that party; "我们党要…" names no party."""
    ex = extract_text(extractor, "中共中央总书记、国家主席习近平会见某国共产党中央总书记。习近平指出，中国共产党愿同某国共产党"
                      "深化干部培训合作。", when=DAY, title="习近平会见越共中央总书记")
    assert committed(ex) == [("中共中央",)]
    ex = extract_text(extractor, "星海国民党副主席赵某明在视频致辞中表示，星海国民党将推进交往对话，坚持和平发展。", when=DAY)
    assert committed(ex) == [("星海国民党",)]
    ex = extract_text(extractor, "中共中央政治局常委王沪宁指出，我们党要更好管党治党，确保党组发挥作用。", when=DAY)
    assert [a.name for d in ex.directives for a in d.addressed_to] == []


def test_a_partys_candidate_speaks_for_no_party(extractor: Extractor) -> None:
    """"某党候选人某某…表示将…": the candidate (now elected) speaks for no party; his party is no committer."""
    ex = extract_text(extractor, "开票结果显示，星海民主党候选人金某哲获得过半选票。随后，金某哲宣誓就任。"
                      "金某哲在就任演说中表示将努力弥合分歧，振兴地方经济。", when=DAY)
    assert ex.commitments == []


def test_procedural_acts_already_done_pledge_nothing(extractor: Extractor) -> None:
    """A chairmen's council that adopts an agenda, or a decision it submits for ratification (提请…追认),
    has done its act; its own work plan is its commitment."""
    ex = extract_text(extractor, "全国政协主席王某主持召开全国政协主席会议。会议审议通过常务委员会第九次会议议程（草案）和日程。"
                      "会议审议通过关于撤销张某某委员资格的决定，提请常务委员会第九次会议追认。"
                      "会议原则通过全国政协2031年工作要点、协商计划。", when=DAY, title="王某主持召开全国政协主席会议")
    assert committed(ex) == [("全国政协",)]
    assert "工作要点" in ex.commitments[0].evidence.text


def test_beliefs_good_wishes_and_schedules_pledge_nothing(extractor: Extractor) -> None:
    """"…，相信在各方努力下，某市将…" (a belief before its subject), "…定将圆满成功" (a good wish), "按照既定
    部署，今年…将…" (a schedule) are no pledges."""
    texts = ("国家主席习近平在欢迎宴会上致辞。习近平指出，本届报名人数创新高，相信在各方齐心协力下，"
             "杭州将奉献一届精彩纷呈的赛事。",
             "宁波市市长王建国表示，本届博览会宁波定将圆满成功。",
             "国家主席习近平在某试验基地视察。习近平强调，按照既定部署，今年我国将完成某型号研制任务。")
    for text in texts:
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_what_two_states_exchange_or_announce_at_talks_binds_both(extractor: Extractor) -> None:
    """"两国元首共同见证了…合作文件交换仪式" and "双方还宣布成立…" at talks: both states' commitments."""
    ex = extract_text(extractor, "国家主席习近平会见菲律宾总统某某。会谈结束后，两国元首一同见证了科技合作文件交换仪式。"
                      "双方还宣布成立联合科研中心，推动成果转化。", when=DAY, title="习近平会见菲律宾总统")
    assert committed(ex) == [("中华人民共和国", "菲律宾"), ("中华人民共和国", "菲律宾")]


def test_a_foreign_states_ministry_is_that_states(extractor: Extractor) -> None:
    """"挪威国防部将…": the ministry of that state by its whole name, never China's 国防部 of the gazetteer."""
    ex = extract_text(extractor, "当地媒体说，挪威国防部长某某日前表示，若演习造成渔船受损，挪威国防部将承担赔偿责任。",
                      when=DAY)
    assert committed(ex) == [("挪威国防部",)]


def test_a_courtesy_in_the_first_person_pledges_nothing(extractor: Extractor) -> None:
    """"我愿代表某国政府和人民向…表示感谢": a courtesy, not the state's pledge."""
    ex = extract_text(extractor, "国家主席习近平会见乍得领导人某某。某某表示，中方多年来帮助乍得建设医院和学校，我愿代表乍得政府"
                      "向中国政府表示衷心感谢。", when=DAY, title="习近平会见乍得领导人")
    assert ex.commitments == []


def test_a_leaders_message_is_between_states(extractor: Extractor) -> None:
    """Leaders who 互致口信 write between states: the General Secretary's "我愿同你一道…" is China's pledge
    (call 9), not the Central Committee's."""
    ex = extract_text(extractor, "中共中央总书记、国家主席习近平就矿难同越南领导人某某互致口信。习近平表示，我愿同你一道，"
                      "推动两国传统友谊世代相传。", when=DAY, title="习近平就矿难同越南领导人互致口信")
    assert committed(ex) == [("中华人民共和国",)]


def test_a_bodys_spokesman_states_its_own_plans_over_several_sentences(extractor: Extractor) -> None:
    """"某部有关负责人表示，明年要…。同时要…" (a time before 要 is no subject): the body's own plans,
    sentence after sentence; "某省召开…会，提出将…" is the province's."""
    ex = extract_text(extractor, "国务院新闻办今天举行发布会。交通运输部有关负责人表示，明年要新建和改建农村公路10万公里，"
                      "重点是打通断头路。同时要加强养护管理，提升通行安全。", when=DAY)
    assert committed(ex) == [("交通运输部",), ("交通运输部",)]
    ex = extract_text(extractor, "日前，福建召开数字经济推进会，提出将培育一批数字产业集群。", when=DAY)
    assert committed(ex) == [("福建",)]


def test_what_a_named_body_decides_to_do_is_its_pledge(extractor: Extractor) -> None:
    """"某部决定开展…" is its pledge (also "某部等部门还将…", "某市今明两天将…", "某国新政府愿…"); an award or an
    appointment decided (决定授予…, 中共中央决定：…) and a plan that only qualifies what it counts (某省计划
    摘帽的12个县…) are none; a bare 宣布 may recall a past act (去年…两国宣布建立…)."""
    cases = {
        "日前，水利部决定开展小型水库安全提升行动。": [("水利部",)],
        "为稳定外贸，商务部等部门还将联合举办出口转内销专场活动。": [("商务部",)],
        "杭州今明两天将对主城区开展道路积水排查。": [("杭州",)],
        "国务院决定授予某某国家最高科学技术奖。": [],
        "中共中央决定：李某某同志任某省委书记。": [],
        "记者从某区工作会上获悉，贵州2020年计划摘帽的12个县，经验收全部退出。": [],
    }
    for text, who in cases.items():
        assert committed(extract_text(extractor, text, when=DAY)) == who, text
    ex = extract_text(extractor, "国家副主席王岐山访问印度尼西亚。某某表示，印尼新政府愿同中方扩大农业、旅游合作。",
                      when=DAY, title="王岐山访问印度尼西亚")
    assert committed(ex) == [("印度尼西亚",)]
    ex = extract_text(extractor, "国家主席习近平同阿联酋副总统会谈。习近平指出，去年9月我访问阿联酋期间，两国宣布建立创新"
                      "伙伴关系，开辟两国合作新领域。", when=DAY, title="习近平同阿联酋副总统会谈")
    assert ex.commitments == []


def test_what_the_two_heads_announce_or_agree_binds_both_states(extractor: Extractor) -> None:
    """"两国元首宣布将双边关系提升为…" (the 把 of 将 inside an announcement), "双方领导人一致同意…" at talks."""
    ex = extract_text(extractor, "国家主席习近平同赞比亚总统某某会谈。两国元首宣布将双边关系提升为新时代战略伙伴关系。",
                      when=DAY, title="习近平同赞比亚总统会谈")
    assert committed(ex) == [("中华人民共和国", "赞比亚")]
    ex = extract_text(extractor, "国家主席习近平同俄罗斯总统某某会谈。双方领导人一致同意扩大地方合作。", when=DAY,
                      title="习近平同俄罗斯总统会谈")
    assert committed(ex) == [("中华人民共和国", "俄罗斯")]


def test_a_recalled_agreement_is_none_and_a_belief_does_not_end_the_speakers_own_pledge(extractor: Extractor) -> None:
    """"去年5月我访问某国，双方一致同意…" recalls an agreement (a past clause of the discourse layer): none;
    "某方重视…，相信…将…，愿…": the belief is one clause, the subjectless 愿 after it is his state's pledge."""
    ex = extract_text(extractor, "国家主席习近平会见西班牙首相某某。习近平指出，去年4月我访问西班牙，双方一致同意深化文化交流。",
                      when=DAY, title="习近平会见西班牙首相")
    assert ex.commitments == []
    ex = extract_text(extractor, "国家主席习近平会见荷兰首相某某。某某表示，荷方珍视对华关系，相信中国的开放将为荷兰企业带来机遇，"
                      "愿加强农业与水利合作，维护多边贸易。", when=DAY, title="习近平会见荷兰首相")
    assert committed(ex) == [("荷兰",)]
