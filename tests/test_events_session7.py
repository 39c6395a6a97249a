"""Events on report shapes no rule was tuned on (session 7, issue 9): each class on an invented
sentence of the same shape."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date, title: str = "") -> Extraction:
    return extract_text(extractor, text, when=when, title=title)


def events(ex: Extraction) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.label, e.start_date) for e in ex.events]


def test_one_delegation_pattern_joined_with_or_and_its_deputies(extractor: Extractor) -> None:
    for joined in ("，同代表们一起审议", "，和代表们一起讨论", "参加审议"):
        text = f"央视网消息：全国政协主席王明6日上午来到他所在的北方代表团{joined}政府工作报告。"
        verb = joined[-2:]
        assert events(run(extractor, text, date(2023, 3, 6))) == [("Meeting", f"北方代表团{verb}", "2023-03-06")]


def test_a_press_conference_cited_with_its_day_inside_the_description(extractor: Extractor) -> None:
    when = date(2024, 6, 5)
    text = "央视网消息：记者从某某新闻办公室今天（6月5日）举行的新闻发布会上了解到，南方风电装机突破1亿千瓦。"
    assert events(run(extractor, text, when)) == [("PressConference", "某某新闻办公室新闻发布会", "2024-06-05")]
    text = "央视网消息：在昨天（6月4日）某某新闻办公室举行的“南方发展成效”系列新闻发布会上，财政厅有关负责人介绍，财政收入稳定。"
    assert events(run(extractor, text, when)) == [
        ("PressConference", "某某新闻办公室“南方发展成效”系列新闻发布会", "2024-06-04")]
    text = "央视网消息：在今天（6月5日）举行的南州市防汛工作新闻发布会上，相关部门介绍，全市水位平稳。"
    assert events(run(extractor, text, when)) == [("PressConference", "南州市防汛工作新闻发布会", "2024-06-05")]
    # no day of its own: not recorded
    text = "央视网消息：记者从某某新闻办公室日前举行的新闻发布会上了解到，南方风电装机突破1亿千瓦。"
    assert events(run(extractor, text, when)) == []


def test_what_a_briefing_is_about_is_no_event(extractor: Extractor) -> None:
    text = ("央视网消息：6月5日，某某新闻办公室举行新闻发布会，介绍王明主席出席南方论坛相关情况。"
            "据介绍，南方论坛将于6月12日在南州开幕。")
    ex = run(extractor, text, date(2024, 6, 5))
    assert [(e.kind, e.label, e.start_date, e.scheduled) for e in ex.events] == [
        ("PressConference", "某某新闻办公室新闻发布会", "2024-06-05", False),
        ("Forum", "南方论坛", "2024-06-12", True)]


def test_a_communique_names_its_meeting_then_a_comma_and_its_days(extractor: Extractor) -> None:
    text = ("央视网消息：\n南方某党第九届中央委员会第三次全体会议，于2023年6月5日至7日在南州举行。\n"
            "全会决定，南方某党第十次全国代表大会于2023年9月1日在南州召开。\n"
            "全会讨论并通过了南方某党第九届中央委员会向第十次全国代表大会的报告，讨论并通过了《南方某党章程（修正案）》。")
    ex = run(extractor, text, date(2023, 6, 7))
    assert [(e.kind, e.label, e.start_date, e.scheduled) for e in ex.events] == [
        ("Meeting", "南方某党第九届中央委员会第三次全体会议", "2023-06-05", False),
        ("Conference", "南方某党第十次全国代表大会", "2023-09-01", True)]
    assert {r.title for r in ex.reviewed} == {"南方某党第九届中央委员会向第十次全国代表大会的报告", "南方某党章程（修正案）"}
    assert [(d.event, d.decided) for d in ex.decisions] == [("e1", "e2")]


def test_the_event_an_opening_ceremony_opens_is_an_event_too(extractor: Extractor) -> None:
    text = "央视网消息：6月2日，国家主席王明在某某国家外长会晤开幕式上致辞。"
    ex = run(extractor, text, date(2022, 6, 3))
    assert [(e.kind, e.label, e.start_date, e.super_event) for e in ex.events] == [
        ("Meeting", "某某国家外长会晤", "2022-06-02", None),
        ("Ceremony", "某某国家外长会晤开幕式", "2022-06-02", "e1")]


def test_guests_met_one_by_one_and_a_meeting_held_with_a_guest(extractor: Extractor) -> None:
    text = "央视网消息：4日上午，全国人大常委会委员长王明在北京分别会见来华出席庆典的北方总统李华和南方议长赵强。"
    assert events(run(extractor, text, date(2025, 9, 4))) == [
        ("Meeting", "王明会见李华", "2025-09-04"), ("Meeting", "王明会见赵强", "2025-09-04")]
    text = "央视网消息：1月20日，国家副主席王明同北方当选副总统李华举行会见。"
    assert events(run(extractor, text, date(2025, 1, 21))) == [("Meeting", "王明会见李华", "2025-01-20")]


def test_a_person_who_holds_a_press_conference_speaks_there(extractor: Extractor) -> None:
    text = "央视网消息：15日，某国外交部长李华在南都召开发布会，呼吁各方尽早停火。"
    ex = run(extractor, text, date(2019, 4, 16))
    assert events(ex) == [("PressConference", "李华发布会", "2019-04-15")]
    assert {(p.agent.name, p.role) for p in ex.participations} == {("李华", "speaker"), ("李华", "attendee")}


def test_a_trip_abroad_to_a_project_named_after_a_comma(extractor: Extractor) -> None:
    text = "央视网消息：当地时间5月8日上午，国务院总理王明在北方总理李华陪同下，前往北方北部的某某港，考察某某企业承建的港口项目。"
    assert [(e.kind, e.start_date, e.location) for e in run(extractor, text, date(2019, 5, 9)).events] == [
        ("Inspection", "2019-05-08", None)]


def test_an_event_a_letter_greets_opens_on_the_leads_day(extractor: Extractor) -> None:
    text = ("央视网消息：7月20日，国家主席王明向南方青年合作论坛致贺信。\n"
            "南方青年合作论坛当日在杭州开幕，主题为“携手发展”，由某某协会主办。")
    ex = run(extractor, text, date(2022, 7, 21), title="王明向南方青年合作论坛致贺信")
    assert [(e.kind, e.label, e.start_date, e.location.name if e.location else None) for e in ex.events] == [
        ("Forum", "南方青年合作论坛", "2022-07-20", "杭州")]
    # a numbered meeting of a body is a name too, and "本次" names the edition the report named before
    text = "央视网消息：某某共同体第十二次首脑峰会21日举行，与会各方讨论了合作议题。"
    assert events(run(extractor, text, date(2022, 7, 22))) == [("Conference", "某某共同体第十二次首脑峰会", "2022-07-21")]
    text = "央视网消息：5月20日，国家主席王明向2025年某某组织减贫论坛致贺信。\n本次论坛当日在湖北武汉开幕。"
    assert events(run(extractor, text, date(2025, 5, 20))) == [("Forum", "2025年某某组织减贫论坛", "2025-05-20")]
    # no name of its own and no headline naming it: not recorded
    text = "央视网消息：7月20日，国家主席王明向南方青年合作论坛致贺信。\n南方青年合作论坛当日在杭州开幕。"
    assert run(extractor, text, date(2022, 7, 21), title="王明致贺信").events == []


def test_a_sessions_interview_corridor_is_a_press_conference(extractor: Extractor) -> None:
    when = date(2025, 3, 4)
    text = "央视网消息：南方省政协某届三次会议首场“委员通道”今天（3月4日）开启，八位委员走上“委员通道”。"
    assert events(run(extractor, text, when)) == [("PressConference", "南方省政协某届三次会议首场委员通道", "2025-03-04")]
    text = "央视网消息：南方省政协某届三次会议今天（3月4日）举行第三场“委员通道”，七位委员回答了记者提问。"
    assert events(run(extractor, text, when)) == [("PressConference", "南方省政协某届三次会议第三场委员通道", "2025-03-04")]
    text = "央视网消息：今天（3月4日）下午，两会部长通道正式开启。"
    assert events(run(extractor, text, when)) == [("PressConference", "全国两会部长通道", "2025-03-04")]
    # a count over days, and one to come, are no corridor of the day
    for text in ("央视网消息：截至今天（4日），代表通道已开启三场。",
                 "央视网消息：会议期间，部长通道还将开启两次。"):
        assert run(extractor, text, when).events == []


def test_a_rehearsal_an_ongoing_event_and_many_or_undated_side_events_are_no_event_of_the_day(extractor: Extractor) -> None:
    when = date(2025, 8, 10)
    text = "央视网消息：8月9日晚，南州中心广场举行了某某庆典第二次全要素演练。"
    assert run(extractor, text, when).events == []
    text = "央视网消息：今天（8月10日），南方运动会开幕式完成全要素彩排。"
    assert run(extractor, text, when).events == []
    text = "央视网消息：记者今天（8月10日）从某某局获悉，在正在举行的某某大会第九届会议上，南州获奖。"
    assert run(extractor, text, when).events == []
    text = "央视网消息：今天（8月10日），第三届南方博览会在南州开幕。博览会期间还举办专题论坛、项目签约等活动。"
    assert events(run(extractor, text, when)) == [("Conference", "第三届南方博览会", "2025-08-10")]
    text = "央视网消息：今天（8月10日），南州改革论坛在南州举行。论坛以“治理”为主题，举办专题展览和多场分论坛。"
    assert events(run(extractor, text, when)) == [("Forum", "南州改革论坛", "2025-08-10")]


def test_a_press_conference_by_another_name(extractor: Extractor) -> None:
    text = "央视网消息：今天（8月31日），某某纪念活动新闻中心举办第三场记者招待会，介绍有关情况。"
    assert events(run(extractor, text, date(2025, 8, 31))) == [
        ("PressConference", "某某纪念活动新闻中心第三场记者招待会", "2025-08-31")]
    text = "央视网消息：21日，国务院总理王明在南州出席经济论坛。会后，王明同北方国际机构负责人共同会见记者。"
    assert ("PressConference", "王明会见记者", "2025-01-21") in events(run(extractor, text, date(2025, 1, 22)))


def test_an_event_attended_on_some_day_of_a_dated_visit_or_session(extractor: Extractor) -> None:
    text = ("央视网消息：应南方政府邀请，国家副主席王明5月6日至9日出席南方总统就职仪式并对南方进行国事访问，"
            "分别会见南方总统李华、副总统赵强。")
    assert events(run(extractor, text, date(2019, 5, 9))) == [
        ("Ceremony", "南方总统就职仪式", "2019"), ("Meeting", "王明会见李华", "2019"), ("Meeting", "王明会见赵强", "2019")]
    text = "央视网消息：十四届全国人大三次会议期间，全国政协主席王明参加他所在的南方代表团审议，同代表们共商发展大计。"
    assert run(extractor, text, date(2025, 3, 12)).events == []


def test_foreign_talks_two_leaders_as_one_subject_and_a_phone_talk(extractor: Extractor) -> None:
    when = date(2022, 8, 6)
    text = "央视网消息：北方总统李华和南方总统赵强5日在南都举行会谈，双方同意加强合作。"
    assert events(run(extractor, text, when)) == [("Meeting", "李华同赵强会谈", "2022-08-05")]
    text = "央视网消息：北方总统李华5日与南方总统赵强进行了电话会谈。"
    assert events(run(extractor, text, when)) == [("Meeting", "李华同赵强会谈", "2022-08-05")]
    # two countries, no person before 和: no meeting of persons
    text = "央视网消息：北方和南方5日在南都举行会谈。"
    assert run(extractor, text, when).events == []


def test_named_events_of_other_shapes(extractor: Extractor) -> None:
    when = date(2022, 6, 26)
    text = "央视网消息：由某某部主办的2022年南方思想研讨会，今天（6月26日）在线上举行。"
    assert events(run(extractor, text, when)) == [("Meeting", "2022年南方思想研讨会", "2022-06-26")]
    text = "央视网消息：25日在南都举行“南方的明天”国际交流会上，南方总理王明表示，各国应加强合作。"
    assert events(run(extractor, text, when)) == [("Meeting", "“南方的明天”国际交流会", "2022-06-25")]
    text = "央视网消息：当地时间5日，俄罗斯举行阅兵仪式，纪念卫国战争胜利。"
    assert events(run(extractor, text, when)) == [("Ceremony", "俄罗斯阅兵仪式", "2022-06-05")]
    text = "央视网消息：某某指挥部今天（6月26日）召开防汛专题视频会，部署防范工作。"
    assert events(run(extractor, text, when)) == [("Meeting", "某某指挥部防汛专题视频会", "2022-06-26")]
    text = "央视网消息：6月26日，某院以“促发展”为主题，进行第五次专题学习。某院院长王明在主持学习时强调，要促发展。"
    assert events(run(extractor, text, when)) == [("Meeting", "某院第五次专题学习", "2022-06-26")]
    # a party's meeting named with 党的 is attended, not a guest described
    text = "央视网消息：中央纪委书记王明26日出席某某委员会第一次会议和某某机关传达学习党的代表大会精神会议并讲话。"
    assert ("Meeting", "某某委员会第一次会议", "2022-06-26") in events(run(extractor, text, when))


def test_a_ceremony_the_hosts_witness_after_their_meeting(extractor: Extractor) -> None:
    text = "央视网消息：国家主席王明29日晚在钓鱼台国宾馆会见南方总统李华。会见后，两国领导人共同见证了某某协议交换仪式。"
    ex = run(extractor, text, date(2019, 8, 30))
    assert [(e.kind, e.label, e.start_date, e.super_event) for e in ex.events] == [
        ("Meeting", "王明会见李华", "2019-08-29", None), ("Ceremony", "某某协议交换仪式", "2019-08-29", "e1")]
    text = "央视网消息：南方总统李华表示，愿见证两国合作签约仪式。"
    assert run(extractor, text, date(2019, 8, 30)).events == []


def test_a_sessions_preparatory_meeting_is_named_by_its_session(extractor: Extractor) -> None:
    text = "央视网消息：某届南方省人大五次会议4日上午在南州举行预备会议。大会主席团常务主席王明主持会议。"
    assert events(run(extractor, text, date(2022, 3, 4))) == [("Meeting", "某届南方省人大五次会议预备会议", "2022-03-04")]


def test_a_bracketed_abbreviation_with_digits_and_a_national_name(extractor: Extractor) -> None:
    when = date(2022, 4, 21)
    text = "央视网消息：20日，在南都举行的某某集团（G30）财长会议上，北方财长王明发言时，多国代表离开会场。"
    assert events(run(extractor, text, when)) == [("Meeting", "某某集团（G30）财长会议", "2022-04-20")]
    text = "央视网消息：我国南极科考成果发布会今天（4月21日）在南州举行，发布了一批成果。"
    assert events(run(extractor, text, when)) == [("PressConference", "我国南极科考成果发布会", "2022-04-21")]
