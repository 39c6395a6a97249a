"""Events no leader attends (issue 9): a named event that opens or is held on a day of its own,
a press conference named as a report's source, a country's celebration named by what it
celebrates.  Sentences are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction

DAY = date(2024, 5, 16)


def run(extractor: Extractor, text: str, when: date | None = DAY) -> Extraction:
    return extract_text(extractor, text, when=when)


def facts(ex: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.kind, e.label, e.start_date, e.location.name if e.location else None) for e in ex.events]


def roles(ex: Extraction, key: str) -> set[tuple[str, str]]:
    return {(p.role, p.agent.name) for p in ex.participations if p.event == key}


def test_a_named_event_opening_on_its_day_with_no_place_and_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "2024中国温州国际眼镜博览会今天（16日）开幕。共有300多家企业参展。")
    assert facts(ex) == [("Conference", "2024中国温州国际眼镜博览会", "2024-05-16", "温州")]
    ex = run(extractor, "第三届全国青少年书法大会15日举行，来自各地的选手参加比赛。")
    assert facts(ex) == [("Conference", "第三届全国青少年书法大会", "2024-05-15", None)]
    # the day before the name, the name quoted, the place after it
    ex = run(extractor, "今天（5月16日），“第六届黄河文明论坛”在河南开封举行，专家学者进行研讨。")
    assert facts(ex) == [("Forum", "第六届黄河文明论坛", "2024-05-16", "开封")]


def test_no_event_without_a_day_of_its_own_or_without_a_name(extractor: Extractor) -> None:
    assert run(extractor, "2024中国温州国际眼镜博览会开幕。共有300多家企业参展。").events == []
    assert run(extractor, "近日，第三届全国青少年书法大会开幕。").events == []
    assert run(extractor, "今天，大会开幕。").events == []  # no name
    assert run(extractor, "今天，眼镜行业博览会开幕。").events == []  # no edition, year, place or prefix
    assert run(extractor, "今天，第三届全国青少年书法大会闭幕。").events == []  # a closing day (call 10)
    # a name inside a document's title, a plan
    assert run(extractor, "今天，市政府印发《关于第三届全国青少年书法大会举办》的通知。").events == []
    assert run(extractor, "他说，明年将举办第四届全国青少年书法大会。").events == []


def test_an_edition_of_a_series_names_an_event_with_a_common_noun(extractor: Extractor) -> None:
    ex = run(extractor, "全国政协副主席王明远15日在泉州出席第十届海丝论坛并致辞。")
    assert facts(ex) == [("Forum", "第十届海丝论坛", "2024-05-15", "泉州")]
    assert roles(ex, ex.events[0].key) == {("attendee", "王明远"), ("speaker", "王明远")}
    # a forum with a name of its own is one without its edition too (two characters before 论坛 name
    # it); one character before 论坛 is a common noun
    assert [e.label for e in run(extractor, "全国政协副主席王明远15日在泉州出席海丝论坛并致辞。").events] == ["海丝论坛"]
    assert run(extractor, "全国政协副主席王明远15日在泉州出席分论坛并致辞。").events == []


def test_a_press_conference_named_as_the_source_of_a_report(extractor: Extractor) -> None:
    ex = run(extractor, "今天（5月16日），记者从第五届中国花卉博览会新闻发布会上了解到，本届花博会将于9月开幕。")
    assert facts(ex) == [("PressConference", "第五届中国花卉博览会新闻发布会", "2024-05-16", None)]
    # no day of its own, or a described meeting of some earlier day: no event
    assert run(extractor, "记者从第五届中国花卉博览会新闻发布会上了解到，本届花博会将于9月开幕。").events == []
    assert run(extractor, "今天，记者从日前召开的全省农业工作会议上获悉，今年粮食产量稳定。").events == []


def test_a_celebration_abroad_named_by_what_it_celebrates(extractor: Extractor) -> None:
    text = ("孟加拉国15日在首都达卡举行盛大活动，庆祝独立53周年。孟加拉国总理哈西娜出席庆祝活动并发表讲话，"
            "呼吁全国人民团结一致。")
    ex = run(extractor, text)
    assert facts(ex) == [("Ceremony", "孟加拉国独立53周年庆祝活动", "2024-05-15", None)]
    assert roles(ex, ex.events[0].key) == {("attendee", "哈西娜"), ("speaker", "哈西娜")}
    # too vague a holder, or no day of its own: no event
    assert run(extractor, "15日，各地举行丰富多彩的活动，庆祝国际博物馆日。").events == []
    assert run(extractor, "孟加拉国近日举行盛大活动，庆祝独立53周年。").events == []


def test_people_described_as_attending_are_not_the_subject(extractor: Extractor) -> None:
    text = ("全国政协副主席王明远15日在泉州出席第十届海丝论坛并致辞。"
            "此前，国家主席李国华给参加海丝论坛的青年代表回信。")
    ex = run(extractor, text)
    forum = next(e for e in ex.events if e.label == "第十届海丝论坛")
    assert ("attendee", "李国华") not in roles(ex, forum.key)


def test_a_conference_named_as_the_source_is_no_event_of_the_day(extractor: Extractor) -> None:
    # its opening day is not given: it may be on its second day (call 10)
    assert run(extractor, "记者今天（5月16日）从2024中国卫星导航应用大会上了解到，相关产业已初具规模。").events == []


def test_a_recorded_address_played_makes_no_speaker(extractor: Extractor) -> None:
    text = ("全国政协副主席王明远15日在泉州出席第十届海丝论坛并致辞。新党主席李文华在大会上发言。"
            "某党副主席张大同在视频致辞中表示，将推进交流。")
    ex = run(extractor, text)
    assert roles(ex, ex.events[0].key) == {("attendee", "王明远"), ("speaker", "王明远"),
                                           ("attendee", "李文华"), ("speaker", "李文华")}


def test_this_edition_is_the_one_named_before_and_holds_no_event_of_today(extractor: Extractor) -> None:
    text = "今天（5月16日），记者从第五届中国花卉博览会新闻发布会上了解到，本届花博会将于9月8日至12日在江苏扬州举行。"
    # 花博会 is no event noun: no name for this edition, only the press conference
    assert facts(run(extractor, text)) == [("PressConference", "第五届中国花卉博览会新闻发布会", "2024-05-16", None)]
    text = "今天（5月16日），记者从第五届中国花卉博览会新闻发布会上了解到，本届博览会将于9月8日至12日在江苏扬州举行。"
    ex = run(extractor, text)
    assert facts(ex) == [("PressConference", "第五届中国花卉博览会新闻发布会", "2024-05-16", None),
                         ("Conference", "第五届中国花卉博览会", "2024-09-08", "扬州")]
    assert [e.scheduled for e in ex.events] == [False, True] and ex.events[0].super_event is None
    # no edition named before: no name
    assert run(extractor, "今天，本届博览会将于9月8日在江苏扬州举行。").events == []


def test_shapes_of_the_same_class(extractor: Extractor) -> None:
    ex = run(extractor, "今天，2024年公祭炎帝大典同时在湖南株洲和台湾台中举行。")
    assert facts(ex) == [("Ceremony", "2024年公祭炎帝大典", "2024-05-16", "株洲")]
    text = "孟加拉国15日举行庆祝独立53周年活动，孟加拉国总理哈西娜出席并发表讲话。"
    ex = run(extractor, text)
    assert facts(ex) == [("Ceremony", "孟加拉国独立53周年庆祝活动", "2024-05-15", None)]
    assert roles(ex, ex.events[0].key) == {("attendee", "哈西娜"), ("speaker", "哈西娜")}
    assert run(extractor, "15日，各地举行纪念国际博物馆日活动。").events == []


def test_an_activity_is_no_event_noun_of_its_own(extractor: Extractor) -> None:
    assert run(extractor, "王国华强调，这一年，我们隆重举办建国75周年系列庆祝活动，激发了爱国热情。").events == []
    assert run(extractor, "今天，各地举行多种形式纪念活动，缅怀英烈。").events == []
    assert run(extractor, "联合国举办维和人员国际日纪念活动").events == []


def test_presenting_at_a_meeting_said_so_is_a_speech(extractor: Extractor) -> None:
    text = ("中共中央统战部15日在京召开调研协商座谈会。全国政协副主席王明远出席会议并讲话。"
            "民进中央主席李文华、无党派人士代表张大同在座谈会上介绍调研成果。")
    ex = run(extractor, text)
    assert {("speaker", "李文华"), ("speaker", "张大同"), ("attendee", "张大同")} <= roles(ex, ex.events[0].key)
    # presenting elsewhere is no speech at the meeting
    text = "中共中央统战部15日在京召开调研协商座谈会。全国政协副主席王明远出席会议并讲话。李文华介绍了当地情况。"
    assert ("speaker", "李文华") not in roles(run(extractor, text), "e1")


def test_the_person_a_sentence_opens_with_speaks_at_its_later_cue(extractor: Extractor) -> None:
    text = ("5月15日下午，国家主席王国华在北京人民大会堂会见越南外交部长黎明山。王国华指出，两国是好邻居。"
            "黎明山转达越南国家主席对王国华主席的亲切问候，表示越方高度珍视两国友谊。")
    ex = run(extractor, text)
    assert roles(ex, ex.events[0].key) == {("speaker", "黎明山"), ("attendee", "黎明山"),
                                           ("speaker", "王国华"), ("attendee", "王国华")}
    # several subjects, or words reported before: no one speaker
    text = ("5月15日下午，国家主席王国华在北京人民大会堂会见越南外交部长黎明山。王国华指出，两国是好邻居。"
            "黎明山和李文华转达越南领导人的问候，表示高度珍视两国友谊。")
    ex = run(extractor, text)
    assert ("speaker", "黎明山") not in roles(ex, ex.events[0].key)


def test_an_event_a_report_cites_named_by_its_holder_or_place(extractor: Extractor) -> None:
    ex = run(extractor, "记者今天（5月16日）从国新办举行的新闻发布会上了解到，今年将在海南举办消费品博览会。")
    assert facts(ex) == [("PressConference", "国新办新闻发布会", "2024-05-16", None)]
    ex = run(extractor, "记者今天从在重庆召开的全国公安交通管理工作会议上了解到，事故下降。")
    assert facts(ex) == [("Meeting", "全国公安交通管理工作会议", "2024-05-16", "重庆")]
    ex = run(extractor, "工业和信息化部负责人今天（5月16日）在全国工业和信息化工作会议上表示，预计增长5%。")
    assert facts(ex) == [("Meeting", "全国工业和信息化工作会议", "2024-05-16", None)]
    # described without its day, or held by no one named
    assert run(extractor, "记者今天从日前召开的全国公安交通管理工作会议上了解到，事故下降。").events == []
    assert run(extractor, "记者今天从有关方面举行的新闻发布会上了解到，事故下降。").events == []


def test_a_leader_joins_his_delegation(extractor: Extractor) -> None:
    text = ("中共中央政治局常委、全国人大常委会委员长王国华15日下午来到他所在的江南代表团，同代表们一起审议政府工作报告。"
            "在听取代表发言后，王国华说，报告是一篇好报告。")
    ex = run(extractor, text)
    assert facts(ex) == [("Meeting", "江南代表团审议", "2024-05-15", None)]
    assert roles(ex, ex.events[0].key) == {("attendee", "王国华"), ("speaker", "王国华")}


def test_explaining_setting_out_work_and_reading_out_at_a_meeting(extractor: Extractor) -> None:
    text = ("政协第十四届全国委员会第五次主席会议15日在京召开。全国政协主席王国华主持会议并讲话。"
            "会议确定，全国政协委员李文华为大会新闻发言人。全国政协副主席张大同等就有关议题作说明。")
    ex = run(extractor, text)
    got = roles(ex, ex.events[0].key)
    assert {("speaker", "张大同"), ("attendee", "张大同")} <= got
    assert ("speaker", "李文华") not in got  # a spokesman named, no speech
    text = "全国宣传部长会议15日在京召开。中宣部部长王国华主持会议并作工作部署。市委书记张大同在会上宣读了贺信。"
    ex = run(extractor, text)
    assert {("chair", "王国华"), ("speaker", "王国华"), ("attendee", "张大同")} <= roles(ex, ex.events[0].key)


def test_the_author_of_a_letter_read_out_is_no_participant(extractor: Extractor) -> None:
    text = "15日上午，庆祝江南日报创刊70周年座谈会在京举行，中宣部部长张大同在会上宣读王国华的贺信并讲话。"
    ex = run(extractor, text)
    assert roles(ex, ex.events[0].key) == {("attendee", "张大同"), ("speaker", "张大同")}


def test_an_event_to_come_holds_none_of_todays_text(extractor: Extractor) -> None:
    text = ("政协第十四届全国委员会第五次主席会议15日在京召开。全国政协主席王国华主持并讲话。"
            "会议决定6月30日至7月2日在北京召开全国政协十四届常委会第十二次会议。"
            "全国政协副主席张大同、李文华作发言。")
    ex = run(extractor, text)
    today = next(e for e in ex.events if not e.scheduled)
    assert {("speaker", "张大同"), ("speaker", "李文华")} <= roles(ex, today.key)
    assert all(not roles(ex, e.key) for e in ex.events if e.scheduled)
