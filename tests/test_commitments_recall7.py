"""Commitment classes of session 7 (random unseen reports and the audit of seed 1204), on INVENTED
sentences of the shapes found missed or wrong: a host's pledge at talks whose titles are left to another
report, 愿 never a forecast, plans announced with 计划/力争, a time before or after the subject, 该公司,
the bodies a narrator's lead names, a state's side (X方) outside talks, a plenary's own next steps, a
party's pledge (its Central Committee's), and the procedural acts, beliefs and good wishes that pledge
nothing."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_the_hosts_side_at_talks_is_his_state_when_his_titles_are_elsewhere(extractor: Extractor) -> None:
    """"李强同某国总理会谈" with no title in the text (the lead of another report gave it): his 中方愿… is
    China's pledge, the guest's 新方愿… his state's (settled call 9)."""
    ex = extract_text(extractor, "欢迎仪式后，李强同拉克森举行会谈。李强表示，中方愿同新方一道巩固政治互信，拓展务实合作。"
                      "拉克森表示，新方愿同中方深化农业、教育等领域合作。", when=DAY, title="李强同新西兰总理会谈")
    assert committed(ex) == [("中华人民共和国",), ("新西兰",)]
    assert [c.speaker for c in ex.commitments] == ["李强", "拉克森"]


def test_a_side_named_by_its_officials_pledges_outside_talks_too(extractor: Extractor) -> None:
    """"美方愿同中国…" said by that state's official in a report whose title names no talks (an
    inauguration): his state's pledge; a Chinese official's own words stay China's."""
    ex = extract_text(extractor, "当地时间1月20日，国家副主席韩正在华盛顿出席某某就职典礼。会见万斯时，韩正表示，中方愿同美方"
                      "一道推动两国关系稳定发展。万斯表示，美方愿同中国发展长久的关系，加强对话合作。", when=DAY,
                      title="韩正出席美国总统就职典礼")
    assert committed(ex) == [("中华人民共和国",), ("美国",)]


def test_volition_is_never_a_forecast_nor_a_disposal(extractor: Extractor) -> None:
    """愿为…提供… and 愿将…同…对接 are pledges: 愿 is what a party wants to do, never what will happen."""
    ex = extract_text(extractor, "国家主席习近平就某国遭受地震向某国总统致慰问电。中方愿为灾后重建提供力所能及的帮助。",
                      when=DAY, title="习近平就菲律宾遭受地震向菲律宾总统致慰问电")
    assert committed(ex) == [("中华人民共和国",)]
    ex = extract_text(extractor, "国务院总理李强在北京同某国总理举行会谈。李强表示，中方愿将共建倡议同乌方发展战略相衔接，"
                      "深化产能合作。", when=DAY, title="李强同乌兹别克斯坦总理举行会谈")
    assert committed(ex) == [("中华人民共和国",)]
    assert ex.commitments[0].actions[0].startswith("将共建倡议同乌方发展战略相衔接")


def test_a_named_subjects_plan_or_target_is_its_pledge(extractor: Extractor) -> None:
    """"X计划…", "X力争…" after a place, a body or a state (the plan announced), with a time before
    or after the subject; "计划单列市" is a kind of city, "年度计划投资" a noun."""
    cases = {
        "今年重庆计划新实施技改项目800个以上，带动设备更新。": ("重庆",),
        "工业和信息化部计划今年推动完成30万个基站建设。": ("工业和信息化部",),
        "江苏力争到2030年建成8个先进制造业集群。": ("江苏",),
        "北京今年还将打造示范街区12处，完成15个公园建设。": ("北京",),
        "美国政府计划向某国出售价值20亿美元的武器。": ("美国",),
    }
    for text, who in cases.items():
        assert committed(extract_text(extractor, text, when=DAY)) == [who], text
    for text in ("各省区市和计划单列市有关负责同志参加会议。", "广东在年度计划投资的5000亿元中规划，基础设施工程占一半。"):
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_this_company_is_the_company_the_paragraph_named(extractor: Extractor) -> None:
    """"该公司计划…": the company named first in the paragraph, without its state."""
    ex = extract_text(extractor, "日本星河电力公司15日开始拆除旧机组。星电公司说，任务团队采用远程设备作业。"
                      "该公司计划在明年内完成全部拆除工作。", when=DAY)
    assert committed(ex) == [("星河电力公司",)]


def test_the_bodies_a_narrators_lead_names_take_its_next_step(extractor: Extractor) -> None:
    """"近日，X、Y启动…，将开展…" (no reporting verb): the bodies' own step; what befalls a place
    ("某省发生地震，将造成…") is none."""
    ex = extract_text(extractor, "近日，教育部、文化和旅游部启动实施青少年阅读行动，将开展每天阅读一小时活动；"
                      "支持出版一批经典图书。", when=DAY)
    assert committed(ex) == [("教育部", "文化和旅游部")]
    assert extract_text(extractor, "四川发生地震，将造成重大损失。", when=DAY).commitments == []


def test_a_plenary_commits_the_party_to_its_next_steps(extractor: Extractor) -> None:
    """"全会决定，…代表大会于…召开" and "…决定将…提请…审议" commit the Central Committee; "全会决定专门用
    一个部分…" names the plenary's document, and no meeting speaks."""
    ex = extract_text(extractor, "中国共产党第二十届中央委员会第九次全体会议于2030年10月9日至12日在北京举行。全会决定，"
                      "中国共产党第二十二次全国代表大会于2030年10月16日在北京召开。全会讨论并通过了党的二十届中央委员会"
                      "向中国共产党第二十二次全国代表大会的报告，决定将这份文件提请大会审议。",
                      when=date(2030, 10, 12), title="中国共产党第二十届中央委员会第九次全体会议公报")
    assert committed(ex) == [("中共中央",), ("中共中央",)]
    ex = extract_text(extractor, "全会决定专门用一个部分就坚持和完善某项制度进行了部署，其中很多任务的落实要从基层抓起。",
                      when=DAY, title="某部学习全会精神")
    assert ex.commitments == [] and ex.directives == []


def test_a_partys_pledge_is_its_central_committees_and_a_named_party_pledges_for_itself(extractor: Extractor) -> None:
    """"中国共产党愿/将…" → 中共中央 (settled call 1), never the state; "某国民党将…" said by its own
    vice-chairman → that party; "我们党要…" names no party."""
    ex = extract_text(extractor, "中共中央总书记、国家主席习近平会见某国共产党中央总书记。习近平指出，中国共产党愿同某国共产党"
                      "加强治国理政经验交流。", when=DAY, title="习近平会见越共中央总书记")
    assert committed(ex) == [("中共中央",)]
    ex = extract_text(extractor, "星海国民党副主席赵某明在视频致辞中表示，星海国民党将推进交往对话，坚持和平发展。", when=DAY)
    assert committed(ex) == [("星海国民党",)]
    ex = extract_text(extractor, "中共中央政治局常委王沪宁指出，我们党要更好管党治党，确保党组发挥作用。", when=DAY)
    assert [a.name for d in ex.directives for a in d.addressed_to] == []


def test_procedural_acts_already_done_pledge_nothing(extractor: Extractor) -> None:
    """A chairmen's council that adopts an agenda, or a decision it submits for ratification (提请…追认),
    has done its act; its own work plan and a draft it will submit are its commitments."""
    ex = extract_text(extractor, "全国政协主席王某主持召开全国政协主席会议。会议审议通过常务委员会第九次会议议程（草案）和日程。"
                      "会议审议通过关于撤销张某某委员资格的决定，提请常务委员会第九次会议追认。"
                      "会议原则通过全国政协2031年工作要点、协商计划。", when=DAY, title="王某主持召开全国政协主席会议")
    assert committed(ex) == [("全国政协",)]
    assert "工作要点" in ex.commitments[0].evidence.text


def test_beliefs_good_wishes_and_schedules_pledge_nothing(extractor: Extractor) -> None:
    """"…，相信在各方努力下，某市将…" (a belief before its subject), "…定将圆满成功" (a good wish), "按照既定
    部署，今年…将…" (a schedule) are no pledges."""
    texts = ("国家主席习近平在欢迎宴会上致辞。习近平指出，本届参赛人数创历史之最，相信在各方共同努力下，"
             "哈尔滨将为世界呈现一届精彩的盛会。",
             "宁波市市长王建国表示，本届博览会宁波定将圆满成功。",
             "国家主席习近平在某发射场视察。习近平强调，按照既定部署，今年我国将完成某项建造任务。")
    for text in texts:
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_a_narrators_lead_commits_only_a_body_that_acts(extractor: Extractor) -> None:
    """The lead's subject must act (a verb after it) and be a body or a place, not a class of people;
    only the clause right after it is its step: a place inside a name (某市至某市高铁开始试运行，将…), a
    place's people appealing to the police (…呼吁警方…，将涉案者绳之以法) pledge nothing."""
    for text in ("今天（11月17日），西安至延安高铁开始试运行，将严格参照运营标准开展测试。",
                 "香港各界对此暴行纷纷予以严厉的谴责，呼吁警方严正追究，将涉案者绳之以法。"):
        assert extract_text(extractor, text, when=DAY).commitments == [], text


def test_a_partys_candidate_speaks_for_no_party(extractor: Extractor) -> None:
    """"某党候选人某某…表示将…": the candidate (now elected) speaks for no party; his party is no committer."""
    ex = extract_text(extractor, "计票结果显示，星海民主党候选人金某哲的得票率为49%。随后，金某哲宣誓就职。"
                      "金某哲在就职讲话中表示将努力结束对立，团结民众。", when=DAY)
    assert ex.commitments == []


def test_what_two_states_exchange_or_announce_at_talks_binds_both(extractor: Extractor) -> None:
    """"两国元首共同见证了双边合作文件交换仪式" and "双方还宣布成立…" at talks: both states' commitments."""
    ex = extract_text(extractor, "国家主席习近平会见菲律宾总统某某。会见后，两国元首共同见证了双边合作文件交换仪式。"
                      "双方还宣布成立渔业合作联合委员会，推动合作取得实质性进展。", when=DAY, title="习近平会见菲律宾总统")
    assert committed(ex) == [("中华人民共和国", "菲律宾"), ("中华人民共和国", "菲律宾")]


def test_a_foreign_states_ministry_is_that_states(extractor: Extractor) -> None:
    """"波兰国防部将…": the ministry of that state by its whole name, never China's 国防部 of the gazetteer."""
    ex = extract_text(extractor, "据当地媒体报道，波兰国防部长某某日前表示，如有民众遭受损失，波兰国防部将提供索赔方面的协助。",
                      when=DAY)
    assert committed(ex) == [("波兰国防部",)]


def test_a_courtesy_in_the_first_person_pledges_nothing(extractor: Extractor) -> None:
    """"我愿代表某国政府和人民向…说一声感谢": a courtesy, not the state's pledge."""
    ex = extract_text(extractor, "国家主席习近平会见苏丹领导人某某。某某表示，中方长期以来坚定支持苏丹，我愿代表苏丹政府和"
                      "全体苏丹人民向中国人民真诚地说一声感谢。", when=DAY, title="习近平会见苏丹领导人")
    assert ex.commitments == []


def test_a_leaders_message_is_between_states(extractor: Extractor) -> None:
    """Leaders who 互致口信 write between states: the General Secretary's "我愿同你一道…" is China's pledge
    (call 9), not the Central Committee's."""
    ex = extract_text(extractor, "中共中央总书记、国家主席习近平就交通事故同老挝领导人某某互致口信。习近平表示，我愿同你一道，"
                      "推动两国关系不断走深走实。", when=DAY, title="习近平就交通事故同老挝领导人互致口信")
    assert committed(ex) == [("中华人民共和国",)]


def test_a_bodys_spokesman_states_its_own_plans_over_several_sentences(extractor: Extractor) -> None:
    """"某部有关负责人表示，今年要实施…。同时要提高…" (a time before 要 is no subject): the body's own plans,
    sentence after sentence; "某省举行…会，提出将…" is the province's."""
    ex = extract_text(extractor, "国务院新闻办今天举行新闻发布会。财政部有关负责人表示，今年要实施更大规模的减税，重点是减轻"
                      "小微企业负担。同时要提高财政资金配置效率，调整优化支出结构。", when=DAY)
    assert committed(ex) == [("财政部",), ("财政部",)]
    ex = extract_text(extractor, "日前，浙江举行美丽乡村建设现场会，提出将着力打造更多乡村共富标志性成果。", when=DAY)
    assert committed(ex) == [("浙江",)]


def test_what_a_named_body_decides_to_do_is_its_pledge(extractor: Extractor) -> None:
    """"某部决定开展…" is its pledge (also "某部等部门还将…", "某市今明两天将…", "印尼新政府愿…"); an award or an
    appointment decided (决定授予…, 中共中央决定：…) and a plan that only qualifies what it counts (某省计划
    脱贫摘帽的19个县区…) are none; a bare 宣布 may recall a past act (去年…两国宣布建立…)."""
    cases = {
        "日前，住建部决定开展农村住房建设试点工作。": [("住房城乡建设部",)],
        "为推动融通创新，工业和信息化部等部门还将联合开展携手行动。": [("工业和信息化部",)],
        "上海今明两天将对重点区域的人员开展核酸筛查。": [("上海",)],
        "国务院决定授予某某国家科学技术进步奖。": [],
        "中共中央决定：张某某同志任某省委书记。": [],
        "记者从某区工作会上获悉，西藏2019年计划脱贫摘帽的19个县区，经评估全部退出。": [],
    }
    for text, who in cases.items():
        assert committed(extract_text(extractor, text, when=DAY)) == who, text
    ex = extract_text(extractor, "国家副主席王岐山访问印度尼西亚。佐科表示，印尼新政府愿同中方加强投资、贸易领域合作。",
                      when=DAY, title="王岐山访问印度尼西亚")
    assert committed(ex) == [("印度尼西亚",)]
    ex = extract_text(extractor, "国家主席习近平同阿联酋副总统会谈。习近平指出，去年7月我访问阿联酋期间，两国宣布建立全面战略"
                      "伙伴关系，揭开两国关系新篇章。", when=DAY, title="习近平同阿联酋副总统会谈")
    assert ex.commitments == []
