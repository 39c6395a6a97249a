"""Events on report shapes no rule was tuned on (session 6, issue 9): the error classes of the
fresh audits, each on an invented sentence of the same shape."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date) -> Extraction:
    return extract_text(extractor, text, when=when)


def events(ex: Extraction) -> list[tuple[str, str | None, bool]]:
    return [(e.label, e.start_date, e.scheduled) for e in ex.events]


def test_a_day_ahead_in_the_same_year_is_the_future_not_last_year(extractor: Extractor) -> None:
    text = ("央视网消息：十四届江南省人大常委会第九次主任会议30日在南州举行，王明主持。"
            "会议决定，十四届江南省人大常委会第十次会议6月21日至24日在南州举行。")
    ex = run(extractor, text, date(2024, 5, 30))
    assert ("十四届江南省人大常委会第十次会议", "2024-06-21", True) in events(ex)
    # a December day read in early January is last year's, as before
    text = "央视网消息：12月28日，第三届江南文化论坛在南州开幕。"
    assert events(run(extractor, text, date(2024, 1, 3))) == [("第三届江南文化论坛", "2023-12-28", False)]
    # a day without its month past the report's day is last month's
    text = "央视网消息：第三届江南文化论坛28日在南州开幕。"
    assert events(run(extractor, text, date(2024, 3, 2))) == [("第三届江南文化论坛", "2024-02-28", False)]


def test_an_announced_day_is_scheduled(extractor: Extractor) -> None:
    text = "央视网消息：正在南方访问的北方外交部长李华定于14日与南方外长王强举行会谈。"
    assert events(run(extractor, text, date(2024, 1, 13))) == [("李华同王强会谈", "2024-01-14", True)]


def test_today_outside_quotes_is_the_report_day(extractor: Extractor) -> None:
    text = ("央视网消息：昨天（5月11日），南州新增出院病例432例。\n"
            "在今天举行的南州市疫情防控新闻发布会上，相关部门介绍，风险依然存在。")
    assert events(run(extractor, text, date(2024, 5, 12))) == [("南州市疫情防控新闻发布会", "2024-05-12", False)]


def test_a_session_reported_on_its_closing_day_alone_is_its_closing_meeting(extractor: Extractor) -> None:
    """Settled call 13: the event held that day is the closing meeting (its start date is that day)."""
    text = ("央视网消息：政协江南省第十三届委员会常务委员会第五次会议1日在南州闭幕。王明主持会议。\n"
            "会议表决通过了有关决议。")
    ex = run(extractor, text, date(2024, 3, 1))
    assert events(ex) == [("政协江南省第十三届委员会常务委员会第五次会议闭幕会", "2024-03-01", False)]
    assert ("chair", "王明") in {(p.role, p.agent.name) for p in ex.participations}
    # a conference going on with no opening day given is still left out (call 10)
    assert events(run(extractor, "央视网消息：第三届江南书法大会1日在南州闭幕。", date(2024, 3, 1))) == []
    # with its opening day given, it is dated on that day
    text = ("央视网消息：政协江南省第十三届委员会常务委员会第五次会议1日在南州闭幕。王明主持会议。\n"
            "会议于2月27日上午开幕。")
    assert events(run(extractor, text, date(2024, 3, 1))) == [
        ("政协江南省第十三届委员会常务委员会第五次会议", "2024-02-27", False)]
    # a closing ceremony is an event of its own day
    text = "央视网消息：第十五届江南运动会闭幕式1日晚在南州隆重举行。"
    assert events(run(extractor, text, date(2024, 3, 2))) == [("第十五届江南运动会闭幕式", "2024-03-01", False)]


def test_the_purpose_of_a_trip_on_the_arrival_day_is_no_event(extractor: Extractor) -> None:
    text = "央视网消息：当地时间5月6日中午，国家主席王国华乘专机抵达南都，应南方共和国总统邀请，出席第三届东南峰会。"
    assert events(run(extractor, text, date(2025, 5, 6))) == []
    text = "央视网消息：国家副主席李华将应邀于6月7日至10日赴南方共和国出席海洋大会并访问北方共和国。"
    assert events(run(extractor, text, date(2025, 6, 5))) == []
    # an event the trip's purpose gives its own day is announced with it
    text = "央视网消息：国家副主席李华将赴南都出席于10月20日举行的南方共和国总统就职仪式。"
    assert events(run(extractor, text, date(2025, 10, 14))) == [("南方共和国总统就职仪式", "2025-10-20", True)]


def test_supported_and_roundup_events_are_no_events_of_the_day(extractor: Extractor) -> None:
    text = "央视网消息：发言人表示，我方支持东方举办第三届东都发展论坛。"
    assert events(run(extractor, text, date(2025, 10, 16))) == []
    text = "央视网消息：国庆前夕，我驻外机构纷纷举办国庆招待会。"
    assert events(run(extractor, text, date(2025, 2, 5))) == []


def test_labels_are_names_not_fragments(extractor: Extractor) -> None:
    def labels(text: str, when: date = date(2025, 3, 8)) -> list[str]:
        return [e.label for e in run(extractor, text, when).events]
    # a bracketed part keeps its list; a lead's source in brackets is no part of the name
    assert labels("央视网消息：国新办今天（8日）举行省（区、市）系列新闻发布会，聚焦南方省。") == ["国新办省（区、市）系列新闻发布会"]
    assert labels("央视网消息（新闻联播）纪念南湖起义100周年大会8日上午在南州隆重举行。") == ["纪念南湖起义100周年大会"]
    # a body holds it: its name alone is no one's
    assert labels("央视网消息：3月7日，中国驻南方共和国大使馆举办国庆招待会。") == ["中国驻南方共和国大使馆国庆招待会"]
    assert labels("央视网消息：中共中央政治局常务委员会3月8日全天召开会议，听取有关工作汇报。") == ["中共中央政治局常务委员会会议"]
    assert labels("央视网消息：中央社会工作领导小组8日召开会议，王明主持会议。") == ["中央社会工作领导小组会议"]
    # a description, not a name: no event
    assert labels("本届大会还举办了多场项目推介仪式。") == []
    assert labels("李华感谢王国华主席出席本届南方运动会开幕式。") == []
    # a 的 inside a name the title gives too
    title = "新时代南方的发展道路学术研讨会在南州召开"
    ex = extract_text(extractor, "今天（3月8日），新时代南方的发展道路学术研讨会在南州举行。", when=date(2025, 3, 8), title=title)
    assert [e.label for e in ex.events] == ["新时代南方的发展道路学术研讨会"]
    # the verb that holds it is no part of the name
    assert labels("今天（8日），运动会进入倒计时50天，举办地南州举行誓师大会。")[0].endswith("誓师大会")
    assert not any("举行" in x for x in labels("今天（8日），运动会进入倒计时50天，举办地南州举行誓师大会。"))


def test_a_meeting_with_guests_is_named_by_them(extractor: Extractor) -> None:
    text = ("央视网消息：王国华8日在南州亲切接见驻南方部队副师职以上领导干部和建制团级单位主官、"
            "南方学院正团职以上干部、专家教授代表。")
    assert [e.label for e in run(extractor, text, date(2025, 3, 8)).events] == [
        "王国华接见驻南方部队副师职以上领导干部和建制团级单位主官"]
    # guests counted over a visit are no one meeting; a report heard at a meeting is part of it
    text = "峰会期间，王国华主席会见了应邀出席峰会的25位外方代表。"
    assert events(run(extractor, text, date(2025, 3, 8))) == []
    text = ("央视网消息：国务院总理李华3月7日在北京会见来京述职的南方特区行政长官王强，"
            "听取他关于南方特区政府工作的汇报。")
    assert [e.label for e in run(extractor, text, date(2025, 3, 8)).events] == ["李华会见王强"]


def test_a_chaired_meeting_is_named_to_its_end(extractor: Extractor) -> None:
    text = "央视网消息：南方国家联盟大会主席王强7日主持召开为期一天的南方国家联盟大会水资源问题高级别会议。"
    assert [e.label for e in run(extractor, text, date(2025, 3, 8)).events] == ["南方国家联盟大会水资源问题高级别会议"]


def test_a_short_named_forum_is_a_name(extractor: Extractor) -> None:
    for name in ("第九届南海论坛", "东西论坛", "第九届南海论坛大会"):
        text = f"央视网消息：全国政协主席王明13日在南州出席{name}并致辞。"
        assert [e.label for e in run(extractor, text, date(2025, 3, 13)).events] == [name]
    # a bare forum is still no one's
    assert events(run(extractor, "央视网消息：王明13日出席论坛并致辞。", date(2025, 3, 13))) == []


def test_two_sessions_announced_with_their_days_respectively(extractor: Extractor) -> None:
    text = ("央视网消息：第五届南方省人民代表大会第二次会议和政协南方省第五届委员会第二次会议，将分别于2025年3月5日和3月3日"
            "在南州开幕。")
    assert [(e.label, e.start_date, e.scheduled, e.location.name if e.location else None)
            for e in run(extractor, text, date(2025, 2, 1)).events] == [
        ("第五届南方省人民代表大会第二次会议", "2025-03-05", True, None),
        ("政协南方省第五届委员会第二次会议", "2025-03-03", True, None)]


def test_a_trip_whose_place_a_comma_ends(extractor: Extractor) -> None:
    text = ("央视网消息：6月12日至13日，国务院副总理王明到甘肃省张掖市，"
            "就节水农业情况进行调研。")
    assert [(e.kind, e.start_date, e.location.name if e.location else None)
            for e in run(extractor, text, date(2019, 6, 14)).events] == [("Inspection", "2019-06-12", "张掖")]


def test_a_history_feature_recalls_its_meetings(extractor: Extractor) -> None:
    text = ("央视网消息：90多年前，南方工会在这里召开了几次重要会议。\n"
            "1920年5月3日到5日，南方工会在这里召开扩大会议。此后，南方工会在东城召开了东城会议。")
    dated = [e.start_date for e in run(extractor, text, date(2019, 7, 20)).events]
    assert "2019-07-20" not in dated and not any(d is None for d in dated)


def test_a_forum_day_its_video_address_and_a_meeting_before_it(extractor: Extractor) -> None:
    text = ("央视网消息：全国政协主席王明13日在南州出席第九届南海论坛大会并致辞。\n"
            "王明指出，两天前，王国华总书记给参加南海论坛的部分青年回信。\n"
            "北方党副主席李华在视频致辞中表示，北方党将推进交流。东方党主席赵强在大会上发言。\n"
            "论坛开幕前，王明会见了参加论坛的嘉宾代表。")
    ex = run(extractor, text, date(2022, 7, 13))
    assert [(e.kind, e.start_date) for e in ex.events] == [("Forum", "2022-07-13"), ("Meeting", "2022-07-13")]
    forum = ex.events[0].key
    people = {(p.agent.name, p.role) for p in ex.participations if p.event == forum}
    assert people == {("王明", "attendee"), ("王明", "speaker"), ("赵强", "attendee"), ("赵强", "speaker")}


def test_an_event_in_a_persons_words_or_a_studied_speech_is_no_event_of_the_day(extractor: Extractor) -> None:
    text = ("央视网消息：政协南方省第十三届委员会第七十八次主席会议26日上午在南州召开。\n"
            "王明强调，召开常委会会议专题学习大会精神是一项重要安排。\n"
            "要深入学习王国华总书记在主持南方省委第九次集体学习时的重要讲话精神。")
    assert [e.label for e in run(extractor, text, date(2022, 9, 26)).events] == [
        "政协南方省第十三届委员会第七十八次主席会议"]


def test_a_delegation_named_before_its_discussion(extractor: Extractor) -> None:
    text = "央视网消息：17日上午，王明同志来到他所在的党的二十大南方省代表团参加讨论。王明说，完全赞成报告。"
    ex = run(extractor, text, date(2022, 10, 17))
    assert [(e.label, e.start_date, e.location) for e in ex.events] == [("党的二十大南方省代表团讨论", "2022-10-17", None)]
    assert {(p.agent.name, p.role) for p in ex.participations} == {("王明", "attendee"), ("王明", "speaker")}


def test_a_delegation_joined_with_its_deputies_and_guests_whose_name_starts_like_a_particle(extractor: Extractor) -> None:
    text = "央视网消息：全国人大常委会委员长王明5日下午来到他所在的南方代表团，同代表们一起审议政府工作报告。"
    assert [(e.label, e.location) for e in run(extractor, text, date(2022, 3, 5)).events] == [("南方代表团审议", None)]
    text = "央视网消息：国务院总理李华4日晚在京与北方共和国总理赵强共同会见中北企业家代表并座谈。"
    assert [(e.label, e.start_date) for e in run(extractor, text, date(2022, 11, 5)).events] == [
        ("李华会见中北企业家代表", "2022-11-04")]
    # "会见中表示": the meeting in scope, no new one
    text = "央视网消息：国务院总理李华4日在京会见北方共和国总理赵强。李华在会见中表示，愿加强合作。"
    assert len(run(extractor, text, date(2022, 11, 5)).events) == 1


def test_an_undated_meeting_after_a_lead_of_earlier_days(extractor: Extractor) -> None:
    text = ("央视网消息：应邀请，全国人大常委会委员长王明于6月3日至5日对北方共和国进行正式访问。\n"
            "王明出席庆祝两国建交50周年经贸座谈会并讲话。")
    assert [(e.label, e.start_date) for e in run(extractor, text, date(2019, 6, 9)).events] == [
        ("庆祝两国建交50周年经贸座谈会", "2019")]
    text = "央视网消息：各工作组在各市分别召开工作动员会，传达有关部署。"
    assert run(extractor, text, date(2019, 4, 11)).events == []


def test_a_meeting_on_some_day_of_a_dated_visit_and_a_long_name_and_a_past_explanation(extractor: Extractor) -> None:
    text = "央视网消息：全国人大常委会委员长王明11日至12日对北方共和国进行正式访问，在北都会见北方共和国总统赵强。"
    assert [(e.label, e.start_date) for e in run(extractor, text, date(2025, 7, 25)).events] == [("王明会见赵强", "2025")]
    text = ("央视网消息：王国华7日下午在出席南方省人大五次会议南方军区和东方军区代表团全体会议时强调，"
            "要完成规划任务。")
    assert [e.label for e in run(extractor, text, date(2025, 3, 7)).events] == [
        "南方省人大五次会议南方军区和东方军区代表团全体会议"]
    text = "央视网消息：南方省委8日印发了王国华在南方省委第五届委员会第三次全体会议上就《意见》起草情况作的说明。"
    assert run(extractor, text, date(2019, 11, 5)).events == []


def test_a_bare_ceremony_held_in_a_paragraph_of_its_own_is_not_the_named_one(extractor: Extractor) -> None:
    text = ("央视网消息：1日早上，南方省庆祝国庆升旗仪式在南州海心广场举行。\n"
            "1日上午，东方特区政府在金湖广场举行升旗仪式。")
    ex = run(extractor, text, date(2019, 10, 2))
    assert [(e.label, "东方" in e.evidence.text) for e in ex.events] == [("南方省庆祝国庆升旗仪式", False)]
