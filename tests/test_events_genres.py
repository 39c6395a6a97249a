"""Events in the genres the first rules missed (issue 9): reaction reports, announced and
recalled events, bare labels, plenary sessions, study sessions, NPC delegation days.
Sentences are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Article, Extraction

DAY = date(2025, 3, 8)


def run(extractor: Extractor, text: str, when: date | None = DAY) -> Extraction:
    return extract_text(extractor, text, when=when)


def roles(ex: Extraction, key: str) -> set[tuple[str, str]]:
    return {(p.role, p.agent.name) for p in ex.participations if p.event == key}


def test_a_reaction_report_records_the_event_it_reacts_to_never_on_its_own_day(extractor: Extractor) -> None:
    text = (
        "央视网消息：王国华总书记在全国科技工作大会上发表的重要讲话，在广大科技工作者中引发热烈反响。\n"
        "大家表示，要认真学习领会总书记在全国科技工作大会上重要讲话精神。"
    )
    ex = run(extractor, text)
    assert [(e.label, e.start_date) for e in ex.events] == [("全国科技工作大会", "2025")]
    assert roles(ex, ex.events[0].key) == {("speaker", "王国华"), ("attendee", "王国华")}
    text = "央视网消息：王国华总书记3月5日在全国科技工作大会上的重要讲话，引发热烈反响。"
    assert [e.start_date for e in run(extractor, text).events] == ["2025-03-05"]
    # outside a reaction report's lead, a past speech names no event
    text = "江南省召开常委会议。会议传达学习王国华总书记在全国科技工作大会上的重要讲话精神。"
    assert not any("科技工作大会" in e.label for e in run(extractor, text).events)


def test_announced_events_only_with_their_own_date(extractor: Extractor) -> None:
    ex = run(extractor, "第六届中国国际消费品博览会将于2025年4月13日在海南海口举行。")
    assert [(e.label, e.start_date, e.scheduled) for e in ex.events] == [
        ("第六届中国国际消费品博览会", "2025-04-13", True)]
    assert run(extractor, "他说，下半年，我们将召开全省科技创新大会，部署新任务。").events == []
    assert run(extractor, "给予其开除党籍处分，待召开中央委员会全体会议时予以追认。").events == []


def test_a_meeting_held_before_is_not_stamped_with_the_report_day(extractor: Extractor) -> None:
    text = "此前，江南省委书记张明远主持召开全省安全生产工作会议，作出部署。"
    assert run(extractor, text).events == []


def test_a_bare_noun_is_labelled_by_the_body_that_held_it_or_dropped(extractor: Extractor) -> None:
    ex = run(extractor, "世界贸易组织14日在日内瓦举行会议审议美国贸易政策。")
    assert [e.label for e in ex.events] == ["世界贸易组织会议"]
    ex = run(extractor, "国务院新闻办公室今天（3月8日）上午举行新闻发布会，介绍有关情况。")
    assert [e.label for e in ex.events] == ["国务院新闻办公室新闻发布会"]
    ex = run(extractor, "首都各界人士会聚中山堂，举行简短而庄严的仪式。")
    assert ex.events == []  # a description names no one's ceremony
    ex = run(extractor, "8日，首都各界人士会聚中山堂，举行简短而庄严的仪式，纪念先贤逝世100周年。全国政协副主席刘华主持仪式。")
    assert [e.label for e in ex.events] == ["纪念先贤逝世100周年仪式"]  # named by what it is held for, not its chair
    ex = run(extractor, "8日，国家主席王国华在北京人民大会堂向来宾授予勋章，并举行隆重颁授仪式。")
    assert [e.label for e in ex.events] == ["王国华举行的颁授仪式"]  # a common noun is named by its host


def test_a_plenary_session_is_labelled_with_its_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "十四届全国人大常委会第九次会议8日上午在北京人民大会堂举行第三次全体会议。")
    # the sentence reports the session, not the meeting a second time
    assert [(e.label, e.start_date) for e in ex.events] == [("十四届全国人大常委会第九次会议第三次全体会议", "2025-03-08")]
    assert ex.events[0].location is not None and ex.events[0].location.name == "北京"
    ex = run(extractor, "十四届全国人大常委会第九次会议8日上午举行分组会议，审议有关报告。")
    assert [e.label for e in ex.events] == ["十四届全国人大常委会第九次会议分组会议"]


def test_a_politburo_study_session(extractor: Extractor) -> None:
    text = (
        "中共中央政治局3月7日下午就推进乡村全面振兴进行第十二次集体学习。"
        "中共中央总书记王国华在主持学习时强调，要扎实推进乡村振兴。\n"
        "国务院副总理李明远、江南省委书记张明远结合分管领域和地方的工作作了发言。"
    )
    ex = run(extractor, text)
    study = next(e for e in ex.events if "集体学习" in e.label)
    assert study.start_date == "2025-03-07"
    assert {("chair", "王国华"), ("speaker", "李明远"), ("speaker", "张明远")} <= roles(ex, study.key)


def test_npc_delegation_sessions_are_events(extractor: Extractor) -> None:
    text = (
        "国务院总理李明远7日参加他所在的十四届全国人大三次会议江南代表团审议。"
        "李明远还参加了河西代表团审议。"
    )
    ex = run(extractor, text)
    labels = sorted(e.label for e in ex.events)
    assert any("江南代表团" in x for x in labels) and any("河西代表团" in x for x in labels)
    for e in ex.events:
        assert ("attendee", "李明远") in roles(ex, e.key)


def test_a_lecture_after_the_closing_meeting_is_its_own_event_at_the_same_place(extractor: Extractor) -> None:
    text = (
        "十四届全国人大常委会第十次会议8日下午在北京人民大会堂闭幕。全国人大常委会委员长赵明远主持会议。\n"
        "闭幕会后，十四届全国人大常委会举行第十一讲专题讲座，赵明远委员长主持。"
    )
    ex = run(extractor, text)
    lecture = next(e for e in ex.events if "专题讲座" in e.label)
    assert lecture.location is not None and lecture.location.name == "北京"
    assert ("chair", "赵明远") in roles(ex, lecture.key)
    text += "\n中国科学院院士、副院长王小川作了题为《数据与治理》的讲座。"
    ex = run(extractor, text)
    lecture = next(e for e in ex.events if "专题讲座" in e.label)
    assert ("speaker", "王小川") in roles(ex, lecture.key)
    assert not any(p.agent.name == "王小川" and p.event != lecture.key for p in ex.participations)


def test_a_later_mention_gives_the_place_a_headline_left_out(extractor: Extractor) -> None:
    text = (
        "中共中央召开党外人士座谈会\n"
        "央视网消息：3月3日，中共中央在中南海召开党外人士座谈会，听取意见建议。"
        "中共中央总书记王国华主持座谈会。"
    )
    ev = run(extractor, text).events[0]
    assert ev.location is not None and ev.location.name == "北京" and ev.start_date == "2025-03-03"


def test_a_work_report_heard_in_the_lead_and_again_with_day_and_place(extractor: Extractor) -> None:
    text = (
        "中共中央总书记王国华在听取江南省委和省政府工作汇报时强调，要推动高质量发展。\n"
        "3月6日上午，王国华在江苏省南京市听取江南省委和省政府工作汇报。"
    )
    ex = run(extractor, text)
    assert len(ex.events) == 1
    ev = ex.events[0]
    assert ev.start_date == "2025-03-06" and ev.location is not None and ev.location.name == "南京"


def test_a_joint_event_named_by_both_parts_is_one_meeting(extractor: Extractor) -> None:
    text = "3月8日，国务院总理李明远在京出席2025年全国植树日主场活动开幕式暨绿色发展座谈会。"
    ex = run(extractor, text)
    assert [(e.kind, e.label) for e in ex.events] == [("Meeting", "2025年全国植树日主场活动开幕式暨绿色发展座谈会")]


def test_a_bare_noun_in_the_lead_is_the_named_event_later(extractor: Extractor) -> None:
    text = (
        "国家主席王国华8日上午在人民大会堂北大厅举行仪式，欢迎某国总统访华。\n"
        "国务院副总理李明远等出席欢迎仪式。"
    )
    ex = run(extractor, text)
    # named by its host and guest (a bare "欢迎仪式" names no event)
    assert [(e.label, e.start_date) for e in ex.events] == [("王国华为某国总统举行的欢迎仪式", "2025-03-08")]
    assert ex.events[0].location is not None and ex.events[0].location.name == "北京"


def test_plans_purposes_and_congratulations_are_no_events_of_the_day(extractor: Extractor) -> None:
    text = (
        "双方同意研究举办中欧产业合作论坛。这次常委会会议的一项任务是为召开十四届全国人大四次会议作准备。"
        "某国总统表示，衷心祝贺中国成功举办第三届国际合作高峰论坛。"
        "王国华欢迎某国首相来华出席第九次领导人会议。"
        "8日，国务院总理李明远在结束出席东亚领导人系列会议后回到北京。"
    )
    assert [e.label for e in run(extractor, text).events] == []


def test_a_trip_recalled_in_a_speech_or_a_feature_is_no_trip_of_the_day(extractor: Extractor) -> None:
    text = (
        "江南省委书记张明远希望认真学习贯彻王国华总书记在江南考察时的重要讲话精神。"
        "四个月后，王国华到河西考察的第一站是一家企业。"
    )
    assert run(extractor, text).events == []


def test_a_future_date_alone_does_not_announce_the_event(extractor: Extractor) -> None:
    ex = run(extractor, "国家主席王国华在联合国气候峰会上宣布我国2035年自主贡献目标。")
    assert not any(e.scheduled for e in ex.events)
    ex = run(extractor, "届时，王国华主席将出席金砖国家工商论坛闭幕式。")
    assert ex.events == []  # announced, but with no day of its own
    ex = run(extractor, "会议同意明年1月12日至14日召开二十届中央纪律检查委员会第九次全体会议。", date(2025, 12, 25))
    assert all(e.start_date is None or e.start_date.startswith("2026") for e in ex.events)


def test_labels_without_a_demonstrative_or_a_greeting(extractor: Extractor) -> None:
    ex = run(extractor, "国家主席王国华31日致电祝贺第14届伊斯兰合作组织首脑会议在麦加召开。")
    assert [e.label for e in ex.events] == ["第14届伊斯兰合作组织首脑会议"]
    text = "3月6日，中共中央在中南海召开党外人士座谈会。王国华说，今天，我们召开这个座谈会，听取意见。"
    assert [e.label for e in run(extractor, text).events] == ["中共中央党外人士座谈会"]  # with its holder


def test_a_trips_meeting_named_by_a_bare_noun_is_labelled_by_its_chair(extractor: Extractor) -> None:
    text = (
        "中共中央政治局常委、中央纪委书记李明远3月3日至6日到江西调研。"
        "调研期间，李明远主持召开座谈会，听取意见建议。"
    )
    labels = [e.label for e in run(extractor, text).events]
    assert "李明远主持召开的座谈会" in labels and "座谈会" not in labels


def test_meeting_guests_is_an_event_with_its_parties(extractor: Extractor) -> None:
    text = (
        "国务院总理李明远8日上午在中南海紫光阁会见王小川，颁发任命书。"
        "国务院副总理赵明远参加会见。"
    )
    ex = run(extractor, text)
    meet = next(e for e in ex.events if "会见" in e.label)
    assert meet.start_date == "2025-03-08" and meet.location is not None and meet.location.name == "北京"
    assert {("attendee", "李明远"), ("attendee", "赵明远")} <= roles(ex, meet.key)
    assert run(extractor, "王国华在会见时表示，双方要加强合作。").events == []


def test_a_trip_with_a_work_report_and_a_reception(extractor: Extractor) -> None:
    text = (
        "中共中央总书记王国华近日在江西考察。\n"
        "考察期间，王国华在南昌亲切接见驻江西部队领导干部。赵明远陪同接见。\n"
        "6日上午，王国华听取了江西省委和省政府工作汇报，对江西各项工作给予肯定。"
    )
    ex = run(extractor, text)
    by_kind = {e.label: e for e in ex.events}
    trip = next(e for e in ex.events if e.kind == "Inspection")
    met = next(e for e in ex.events if "接见" in e.label)
    report = next(e for e in ex.events if e.label.endswith("工作汇报"))
    assert met.start_date == "2025" and met.super_event is None
    assert {("attendee", "王国华"), ("attendee", "赵明远")} <= roles(ex, met.key)
    assert ("attendee", "赵明远") not in roles(ex, trip.key)
    assert report.start_date == "2025-03-06" and report.location is not None and report.location.name == "江西"
    assert ("speaker", "王国华") in roles(ex, report.key)
    assert len(by_kind) == 3


def test_listed_delegations_each_have_their_session(extractor: Extractor) -> None:
    ex = run(extractor, "国务院总理李明远分别参加江西代表团、青海代表团审议。")
    labels = sorted(e.label for e in ex.events)
    assert labels == ["江西代表团审议", "青海代表团审议"]
    for e in ex.events:
        assert ("attendee", "李明远") in roles(ex, e.key)


def test_an_opening_after_the_forums_edition_is_its_ceremony(extractor: Extractor) -> None:
    ex = run(extractor, "国务院总理李明远8日上午在海南博鳌出席博鳌亚洲论坛2025年年会开幕式并发表主旨演讲。")
    by_kind = {e.kind: e for e in ex.events}
    assert by_kind["Ceremony"].label == "博鳌亚洲论坛2025年年会开幕式"
    assert by_kind["Ceremony"].super_event == by_kind["Forum"].key


def test_a_trips_meeting_without_its_own_day_is_dated_by_the_year_at_the_trips_province(extractor: Extractor) -> None:
    text = (
        "全国政协主席李明远近日在河南调研。\n"
        "15日至17日，李明远先后到开封、周口、郑州等地深入基层了解情况，并主持召开座谈会，听取意见建议。"
    )
    ex = run(extractor, text, date(2025, 4, 18))
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert meeting.start_date == "2025" and meeting.super_event is None
    assert meeting.location is not None and meeting.location.name == "河南"


def test_a_trip_no_sentence_dates_is_not_stamped_with_the_report_day(extractor: Extractor) -> None:
    text = "王国华总书记在贵州考察时强调，创新发展是必然选择。"
    assert run(extractor, text).events == []
    text = "春节前夕，全国政协委员李明远抓紧时间到基层调研。"
    assert run(extractor, text).events == []
    # settled call 10: "近日" gives the trip no day of its own
    assert run(extractor, "中共中央总书记王国华近日在贵州考察。").events == []


def test_events_over_a_span_and_guests_purposes_are_no_events_of_the_day(extractor: Extractor) -> None:
    text = (
        "王国华强调，党的十八大以来，党中央先后召开中央西藏工作座谈会、中央新疆工作座谈会。"
        "栗明远欢迎某国议长正式访华并出席第二届中国国际进口博览会。"
        "俄方表示，双方未能就举行双边磋商委员会会议达成一致。"
    )
    assert run(extractor, text).events == []


def test_place_words_inside_names_and_guesthouses_abroad(extractor: Extractor) -> None:
    ex = run(extractor, "全国政协12日上午在北京中山公园中山堂举行纪念孙中山先生诞辰仪式。")
    assert [e.location.name if e.location else None for e in ex.events] == ["北京"]
    ex = run(extractor, "国家主席王国华8日下午在撒马尔罕国宾馆会见某国总统李小川。")
    assert [e.location for e in ex.events] == [None]


def test_a_body_that_met_is_named_before_its_chair(extractor: Extractor) -> None:
    text = "中共中央政治局3月8日召开会议，研究有关工作。中共中央总书记王国华主持会议。"
    assert [e.label for e in run(extractor, text).events] == ["中共中央政治局会议"]


def test_plans_anniversaries_and_visits_purposes(extractor: Extractor) -> None:
    text = (
        "双方原计划29日举行磋商委员会会议，讨论重启核查活动。"
        "中国将同海合会国家合作开展中文教育，举办中海语言文化论坛。"
        "闭幕会后，国务院总理李明远将会见采访大会的中外记者。"
        "2025年是央视财经论坛在香港举办十周年。"
        "8日，国家主席王国华乘专机离开北京，应某国总统邀请，对某国进行国事访问并出席第二十三届国际经济论坛。"
        "获奖外国专家感谢李明远会见和中国政府授奖。"
        "9月14日上午，国家主席王国华乘专机离开北京，前往某国出席上海合作组织成员国元首理事会第二十二次会议。"
    )
    assert [e.label for e in run(extractor, text).events] == []


def test_same_year_is_not_the_report_year(extractor: Extractor) -> None:
    text = "1980年5月，中央决定试办特区。同年8月，李明远在五届全国人大常委会第十五次会议上作说明。"
    assert not any(e.start_date and e.start_date.startswith("2025") for e in run(extractor, text).events)


def test_a_bare_noun_never_takes_the_name_of_a_meeting_announced_for_later(extractor: Extractor) -> None:
    text = (
        "中共中央政治局12月25日召开会议，听取工作汇报。中共中央总书记王国华主持会议。"
        "会议同意明年1月12日至14日召开二十届中央纪律检查委员会第九次全体会议。"
    )
    ex = run(extractor, text, date(2025, 12, 25))
    main = next(e for e in ex.events if e.start_date == "2025-12-25")
    assert main.label == "中共中央政治局会议"


def test_a_plenary_of_a_body_named_before_the_comma(extractor: Extractor) -> None:
    text = "第二十次全国代表大会选举产生的中央纪律检查委员会，于2025年3月8日在北京举行第一次全体会议。"
    assert [e.label for e in run(extractor, text).events] == ["中央纪律检查委员会第一次全体会议"]


def test_audit_round_three_labels_and_times(extractor: Extractor) -> None:
    ex = run(extractor, "联合国安理会26日就某国局势召开紧急会议。")
    assert [e.label for e in ex.events] == ["联合国安理会会议"]
    ex = run(extractor, "中共中央政治局常委、国务院副总理李明远8日下午在京主持召开视频会议，部署有关工作。")
    assert [e.label for e in ex.events] == ["李明远在北京主持召开的视频会议"]
    text = "栗明远说，王国华主席先后两次应邀出席东方经济论坛并发表重要致辞。"
    assert run(extractor, text).events == []
    text = "我们要认真学习领会王国华总书记在听取江西省委和省政府工作汇报时的重要讲话精神。"
    assert run(extractor, text).events == []
    text = "某国大使8日说，使馆已要求发放签证，以便于他们出席第80届联合国大会。"
    assert run(extractor, text).events == []
    ex = run(extractor, "8日，某国原子能组织主席萨利希在会见到访的机构代理总干事费卢塔后表示，双方将合作。")
    assert ex.events == []
    ex = run(extractor, "中共中央政治局3月7日下午就推进乡村振兴进行第二十次集体学习。")
    assert [e.label for e in ex.events] == ["中共中央政治局第二十次集体学习"]


def test_a_recent_trip_without_its_day_is_no_event_unless_a_reaction_report_tells_of_it(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息：近日，王国华总书记到甘肃考察，从河西走廊到黄河之滨。")
    assert ex.events == []  # settled call 10: no day of its own
    art = Article(key="t", source="t", text="王国华总书记在上海考察时强调，要加快建设科技创新高地。大家表示，要坚持创新。",
                  title="王国华总书记在上海考察时的重要讲话引发热烈反响", date=DAY, content_hash="h")
    assert [(e.kind, e.start_date) for e in extractor.extract(art).events] == [("Inspection", "2025")]


def test_a_reaction_reports_title_marks_its_lead(extractor: Extractor) -> None:
    art = Article(key="t", source="t", text="王国华总书记在中央政法工作会议上的重要讲话，全面总结了政法工作的成就。",
                  title="王国华总书记在中央政法工作会议上的重要讲话引发热烈反响", date=DAY, content_hash="h")
    ex = extractor.extract(art)
    assert [(e.label, e.start_date) for e in ex.events] == [("中央政法工作会议", "2025")]


def test_audit_seed97_bare_labels_are_named_or_dropped(extractor: Extractor) -> None:
    text = ("央视网消息：十四届全国人大常委会第十八次会议24日在北京举行。\n"
            "上午，举行第一次全体会议。\n下午，举行第二次全体会议。")
    assert [e.label for e in run(extractor, text).events] == [
        "十四届全国人大常委会第十八次会议", "十四届全国人大常委会第十八次会议第一次全体会议",
        "十四届全国人大常委会第十八次会议第二次全体会议"]
    # a session with no meeting to name it names nothing
    assert run(extractor, "上午，举行第一次全体会议。").events == []
    for text in (
        "央视网消息：10日，南方国家联盟总统甲乙丙在联盟成员国领导人的视频峰会上表示，国内秩序已经恢复。",
        "北方国防部部长甲某23日与武装领导人举行视频会议时还指出，将继续增加巡逻。",
        "首届江南动画周昨晚开幕，动画周围绕八个主题单元，举办论坛、展览、展映等活动。",
        "在东风烈士陵园，科技工作者等900多人举行祭扫仪式，致敬航天先驱。",
    ):
        assert run(extractor, text).events == [], text
    # (session 10) bodies listed before it name it, as the dev gold records "A、B召开…专题视频会"
    ex = run(extractor, "央视网消息：中央宣传部、全国总工会今天在京召开电视电话会议，部署启动评选表彰。")
    assert [e.label for e in ex.events] == ["中央宣传部、全国总工会电视电话会议"]
    ex = run(extractor, "闭幕会后，十四届全国人大常委会举行第十八讲专题讲座。")
    assert [e.label for e in ex.events] == ["十四届全国人大常委会第十八讲专题讲座"]
    text = ("央视网消息：12日上午，国务院总理李强在北京人民大会堂东门外广场举行仪式，欢迎东帝汶总理夏纳纳对我国进行正式访问。\n"
            "丁薛祥等出席欢迎仪式。")
    assert [e.label for e in run(extractor, text).events] == ["李强为东帝汶总理夏纳纳举行的欢迎仪式"]


def test_audit_seed97_recalled_proposed_and_fragment_events(extractor: Extractor) -> None:
    for text in (
        "在刚刚举行的2025年世界通信大会上，出现了许多新技术的展示。",
        "日前召开的全国农业工作会议提出，要稳定粮食生产。",
        "中方倡议举办中国—南洋民间友好论坛，未来5年努力增加友好城市。",
        "王国华和甲乙丙听取定期会晤各委员会代表作工作汇报。",
    ):
        assert run(extractor, text).events == [], text


def test_each_lecture_of_a_lecture_tour_is_a_meeting_of_its_own(extractor: Extractor) -> None:
    text = ("央视网消息：连日来，中央宣讲团成员在各地宣讲全会精神。\n"
            "中央宣讲团成员、东海省委书记李明远5日在东海作宣讲报告。李明远围绕全会精神作了阐释。\n"
            "今天上午，中央宣讲团成员、南方大学校长赵华在杭州作宣讲报告。\n"
            "中央宣讲团成员，国家发展改革委主任王国强，今天在西安宣讲全会精神。")
    ex = run(extractor, text)
    got = sorted((e.label, e.kind, e.start_date, e.location.name if e.location else None) for e in ex.events)
    assert got == [("李明远在东海作宣讲报告", "Meeting", "2025-03-05", None),
                   ("王国强在西安作宣讲报告", "Meeting", "2025-03-08", "西安"),
                   ("赵华在杭州作宣讲报告", "Meeting", "2025-03-08", "杭州")]
    for ev in ex.events:
        lecturer = ev.label.split("在")[0]
        assert roles(ex, ev.key) == {("speaker", lecturer), ("attendee", lecturer)}
    # the lecture group and its members in general are no lecture
    assert run(extractor, "中央宣讲团成员在各地各部门宣讲全会精神。").events == []


def test_meetings_listed_after_a_chair_cue_are_each_an_event_and_a_name_runs_past_the_studied_meeting(
        extractor: Extractor) -> None:
    text = ("全国人大常委会委员长李明远3月1日至4日在江西就学习贯彻中央人大工作会议精神进行调研。\n"
            "李明远先后来到南昌、九江，主持召开学习贯彻中央人大工作会议精神座谈会、基层人大代表座谈会，听取意见建议。")
    ex = run(extractor, text)
    trip = next(e for e in ex.events if e.kind == "Inspection")
    assert trip.label == "李明远在江西调研" and trip.start_date == "2025-03-01"
    meetings = sorted(e.label for e in ex.events if e.kind == "Meeting")
    assert meetings == ["基层人大代表座谈会", "学习贯彻中央人大工作会议精神座谈会"]
    for ev in ex.events:
        if ev.kind == "Meeting":
            assert ev.start_date == "2025" and ("chair", "李明远") in roles(ex, ev.key)


def test_labels_are_names_with_their_body_never_bare_nouns_or_fragments(extractor: Extractor) -> None:
    def labels(text: str) -> list[str]:
        return [e.label for e in run(extractor, text).events]

    # a body named where a place would be, or with digits in its name
    assert labels("今天，在今天上午国务院新闻办公室举行的新闻发布会上，水利部负责人刘华介绍说，用水量降低了。") == [
        "国务院新闻办公室新闻发布会"]
    assert labels("东海2025年冬季运动会主媒体中心今天（3月8日）举行新闻发布会，介绍了场馆安排。") == [
        "东海2025年冬季运动会主媒体中心新闻发布会"]
    # whose, the text does not say: no event
    assert labels("在事发后举行的新闻发布会上，机长刘华说，迫降时没有打开起落架。") == []
    assert labels("8日，东方电视产业大会在广州开幕。9个项目举行了现场签约仪式。") == ["东方电视产业大会"]
    assert labels("8日，东海纪念仪式在香港举行。仪式现场举行了庄严的升国旗仪式，并鸣枪21响。") == ["东海纪念仪式"]
    # names that the label group stopped short of
    assert labels("《东海公约》第十五次缔约方大会（COP15）第二阶段会议7日在南方共和国首都开幕。") == [
        "《东海公约》第十五次缔约方大会（COP15）第二阶段会议"]
    assert labels("东海冬运会、冬残运会总结表彰大会8日上午在人民大会堂隆重举行。") == ["东海冬运会、冬残运会总结表彰大会"]
    assert labels("8日，中央和国家机关党的建设工作会议在北京召开。") == ["中央和国家机关党的建设工作会议"]
    # a list of meetings is no name of one
    assert labels("8日，东海座谈会、南海座谈会在海口举行。")[-1] == "南海座谈会"


def test_a_meeting_a_leader_convenes_on_a_trip_is_his(extractor: Extractor) -> None:
    text = ("全国人大常委会委员长李明远3月1日至4日在西藏调研。\n"
            "李明远先后来到林芝、拉萨，考察湿地保护情况，召开座谈会听取意见建议。")
    ex = run(extractor, text)
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert meeting.label == "李明远召开的座谈会" and meeting.start_date == "2025"
    assert ("chair", "李明远") in roles(ex, meeting.key)


def test_a_held_event_dated_the_way_reports_write_it(extractor: Extractor) -> None:
    ex = run(extractor, "第33届全国图书交易博览会今天（3月8日）在重庆开幕。本届书博会以“书香中国”为主题。")
    assert [(e.label, e.start_date, e.location.name if e.location else None) for e in ex.events] == [
        ("第33届全国图书交易博览会", "2025-03-08", "重庆")]
    ex = run(extractor, "第九次全国信访工作会议7日至8日在京召开。")
    assert [(e.label, e.start_date) for e in ex.events] == [("第九次全国信访工作会议", "2025-03-07")]


def test_an_unplaced_work_report_is_in_the_reporting_province(extractor: Extractor) -> None:
    ex = run(extractor, "3月6日，王国华总书记听取海南自由贸易港建设工作汇报时强调，要高标准建设自由贸易港。")
    report = ex.events[0]
    assert report.label == "海南自由贸易港建设工作汇报" and report.location is not None and report.location.name == "海南"


def test_audit_five_classes(extractor: Extractor) -> None:
    def got(text: str) -> list[tuple[str, str | None]]:
        return [(e.label, e.start_date) for e in run(extractor, text).events]

    # a press conference is named with the body that holds it, after the time words
    assert got("今天（8日）下午国新办举行专题发布会，教育部发布了留学预警。") == [("国新办专题发布会", "2025-03-08")]
    assert got("东海冬运会主媒体中心今天（3月8日）举行赛时第四场例行新闻发布会。") == [
        ("东海冬运会主媒体中心赛时第四场例行新闻发布会", "2025-03-08")]
    # a guest addressed, not named, is no meeting's guest
    assert got("今天上午，王国华主席同总理先生举行会晤，达成重要共识。") == []
    # the host of talks is not the guest of the meeting named before them in the sentence
    labels = [label for label, _ in got("全国人大常委会委员长李明远7日在首尔会见总统赵安达，与国会议长刘华举行会谈。")]
    assert all(label.startswith("李明远") for label in labels) and len(labels) == 2
    # "十年前的12月4日" is a day ten years back, never this year's
    assert got("十年前的12月4日，王国华总书记主持中央政治局会议，审议通过了八项规定。") == [("中央政治局会议", "2015-12-04")]
    # "今年两会" gives no day
    assert got("今年两会，王国华总书记在参加福建代表团审议时强调，要有长远眼光。") == []


def test_names_with_brackets_and_quoted_lists(extractor: Extractor) -> None:
    title = "王国华总书记重要讲话引发热烈反响"
    text = "央视网消息：王国华总书记在2025年春季学期中央党校（国家行政学院）中青年干部培训班开班式上发表的重要讲话，在学员中引起热烈反响。"
    ex = extractor.extract(Article(key="t", source="t", text=text, title=title, date=DAY, content_hash="h"))
    assert [(e.label, e.kind, e.start_date) for e in ex.events] == [
        ("2025年春季学期中央党校（国家行政学院）中青年干部培训班开班式", "Ceremony", "2025")]
    text = "央视网消息：在“不忘初心、牢记使命”主题教育工作会议上，王国华总书记阐述了重大意义，在干部群众中引发热烈反响。"
    ex = extractor.extract(Article(key="t", source="t", text=text, title=title, date=DAY, content_hash="h"))
    assert [(e.label, e.start_date) for e in ex.events] == [("“不忘初心、牢记使命”主题教育工作会议", "2025")]


def test_a_place_abroad_holds_no_chinese_city(extractor: Extractor) -> None:
    ex = run(extractor, "8日，第二十次中越两党理论研讨会在越南宁平举行。")  # 宁平, not 南宁
    assert [(e.label, e.location) for e in ex.events] == [("第二十次中越两党理论研讨会", None)]
    ex = run(extractor, "8日，东海合作论坛在内蒙古呼和浩特举行。")  # 内蒙古 is no 蒙古
    assert [e.location.name if e.location else None for e in ex.events] == ["呼和浩特"]


def test_audit_five_labels_round_two(extractor: Extractor) -> None:
    def labels(text: str) -> list[str]:
        return [e.label for e in run(extractor, text).events]

    assert labels("十四届全国人大常委会第十一次会议8日下午在京举行闭幕会议。委员长李明远主持。") == [
        "十四届全国人大常委会第十一次会议闭幕会议"]  # a closing session is its meeting's, not its chair's
    assert labels("今天（8日）下午，东海文明对话大会新闻中心举行了两场新闻发布会，介绍了有关情况。") == [
        "东海文明对话大会新闻中心新闻发布会"]  # "两场" is a count, not a name
    assert labels("2022东海新闻中心今天举行专场新闻发布会，介绍冰雪赛事情况。") == ["2022东海新闻中心专场新闻发布会"]


def _dates(ex: Extraction) -> dict[str, str | None]:
    return {e.label: e.start_date for e in ex.events}


def test_a_later_meeting_with_no_day_of_its_own_is_on_the_day_the_narrative_is_on(extractor: Extractor) -> None:
    text = ("中共中央总书记、国家主席王国华20日下午接见江苏各界代表，代表党中央致以问候。"
            "王国华还分别亲切接见了援苏干部代表，老同志代表。")
    dates = _dates(run(extractor, text, date(2025, 8, 20)))
    assert dates["王国华接见援苏干部代表"] == "2025-08-20"


def test_meetings_on_a_one_day_visit_take_the_day_its_lead_sentence_gives(extractor: Extractor) -> None:
    text = ("国家主席王国华24日到东部战区机关视察慰问，看望官兵。上午9时许，王国华来到东部战区机关，"
            "亲切接见东部战区官兵代表。随后，王国华同全军有关部队进行视频通话。")
    dates = _dates(run(extractor, text, date(2025, 1, 25)))
    assert dates["王国华接见东部战区官兵代表"] == "2025-01-24"
    assert dates["王国华同全军有关部队进行视频通话"] == "2025-01-24"


def test_meetings_on_a_trip_of_several_days_keep_the_year_alone(extractor: Extractor) -> None:
    text = ("国家主席王国华20日至22日在江西考察调研。王国华亲切接见驻赣部队官兵代表。")
    dates = _dates(run(extractor, text, date(2025, 5, 23)))
    assert dates.get("王国华接见驻赣部队官兵代表") in (None, "2025")


def test_dangtian_is_the_day_written_before_it(extractor: Extractor) -> None:
    text = ("伊朗总统佩泽希齐扬17日在德黑兰会见到访的沙特国防大臣哈立德。双方讨论了地区局势。"
            "伊朗最高领袖哈梅内伊当天也会见了哈立德。")
    dates = _dates(run(extractor, text, date(2025, 4, 18)))
    assert dates["哈梅内伊会见哈立德"] == "2025-04-17"


def test_an_event_recalled_two_years_back_is_no_event_of_the_report(extractor: Extractor) -> None:
    text = ("国家主席王国华25日在北京出席第三届国际合作论坛开幕式并发表主旨演讲。"
            "王国华指出，两年前，我们在这里举行首届国际合作论坛，规划合作蓝图。")
    labels = set(_dates(run(extractor, text, date(2021, 4, 25))))
    assert "第三届国际合作论坛" in labels
    assert "首届国际合作论坛" not in labels


def test_an_event_named_as_the_topic_of_a_report_on_an_agenda_is_no_event(extractor: Extractor) -> None:
    text = ("全国人大常委会委员长会议13日在北京举行。委员长会议建议的议程还有：审议张三委员长访问法国并在法出席"
            "第五届东方合作论坛情况的书面报告；审议有关任免案等。")
    labels = set(_dates(run(extractor, text, date(2022, 10, 13))))
    assert "第五届东方合作论坛" not in labels


def test_an_occasion_named_only_as_the_setting_of_a_meeting_is_no_event(extractor: Extractor) -> None:
    text = "当地时间6月17日上午，国家主席王国华在阿拉木图出席第三届中国—南方峰会期间会见南方共和国总统李安达。"
    dates = _dates(run(extractor, text, date(2025, 6, 17)))
    assert "第三届中国—南方峰会" not in dates
    assert dates["王国华会见李安达"] == "2025-06-17"
    held = _dates(run(extractor, "国家主席王国华17日在阿拉木图出席第三届中国—南方峰会。", date(2025, 6, 17)))
    assert held["第三届中国—南方峰会"] == "2025-06-17"
