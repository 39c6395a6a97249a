"""Events, participation, reviewed documents, decisions, run-together names and sentences.

Sentences are written for the tests in the style of the reports.
"""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.names import NameIndexer
from kg.nlp.segment import split_paragraphs, split_sentences
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date | None = date(2023, 6, 6)) -> Extraction:
    return extract_text(extractor, text, when=when, title=text.split("\n")[0])


def roles(ex: Extraction, label_part: str) -> dict[str, set[str]]:
    key = next(e.key for e in ex.events if label_part in e.label)
    out: dict[str, set[str]] = {}
    for p in ex.participations:
        if p.event == key:
            out.setdefault(p.role, set()).add(p.agent.name)
    return out


LEAD = (
    "6月5日，2023年度长三角地区主要领导座谈会在安徽省合肥市举行。"
    "安徽省委书记韩俊，安徽省委副书记、省长王清宪；上海市委书记陈吉宁出席会议。"
    "会议以“携手推进更高质量一体化”为主题，审议了《长三角一体化发展2023年度工作计划》《重点合作事项清单》。"
    "韩俊主持成果发布会。会议确定2024年度长三角地区主要领导座谈会在浙江省召开。"
)


def test_meeting_kind_date_place_theme(extractor: Extractor) -> None:
    ex = run(extractor, LEAD)
    ev = next(e for e in ex.events if e.label == "2023年度长三角地区主要领导座谈会")
    assert ev.kind == "Meeting"
    assert ev.start_date == "2023-06-05", "the year comes from the article date"
    assert ev.location is not None and (ev.location.kind, ev.location.name) == ("city", "合肥")
    assert ev.theme == "携手推进更高质量一体化"
    assert ev.series == "长三角地区主要领导座谈会"


def test_attendees_from_the_lead(extractor: Extractor) -> None:
    ex = run(extractor, LEAD)
    assert roles(ex, "2023年度")["attendee"] == {"韩俊", "王清宪", "陈吉宁"}


def test_reviewed_documents(extractor: Extractor) -> None:
    ex = run(extractor, LEAD)
    assert {r.title for r in ex.reviewed} == {"长三角一体化发展2023年度工作计划", "重点合作事项清单"}


def test_sub_event_is_chaired_and_part_of_the_meeting(extractor: Extractor) -> None:
    ex = run(extractor, LEAD)
    press = next(e for e in ex.events if e.kind == "PressConference")
    meeting = next(e for e in ex.events if e.label == "2023年度长三角地区主要领导座谈会")
    assert press.super_event == meeting.key
    assert press.start_date == meeting.start_date
    assert roles(ex, "发布会") == {"chair": {"韩俊"}, "attendee": {"韩俊"}}


def test_decided_future_event_is_scheduled_with_a_year(extractor: Extractor) -> None:
    ex = run(extractor, LEAD)
    nxt = next(e for e in ex.events if e.label.startswith("2024"))
    assert nxt.scheduled and nxt.start_date == "2024"
    assert nxt.location is not None and nxt.location.name == "浙江"
    meeting = next(e for e in ex.events if e.label == "2023年度长三角地区主要领导座谈会")
    assert [(d.event, d.decided) for d in ex.decisions] == [(meeting.key, nxt.key)]


def test_forum_speakers_and_said(extractor: Extractor) -> None:
    text = (
        "8月17日，长三角一体化发展高层论坛在上海举行。上海市委书记李强、江苏省委书记吴政隆讲话。"
        "上海市委副书记、市长龚正出席论坛。\n吴政隆说，江苏将深度融入一体化。"
    )
    ex = run(extractor, text, when=date(2022, 8, 18))
    r = roles(ex, "论坛")
    assert r["speaker"] == {"李强", "吴政隆"}
    assert r["attendee"] == {"李强", "吴政隆", "龚正"}, "every speaker is an attendee too"
    ev = next(e for e in ex.events if e.kind == "Forum")
    assert ev.start_date == "2022-08-17"


def test_chair_of_a_convened_meeting_with_place(extractor: Extractor) -> None:
    text = "中共中央政治局常委、国务院副总理韩正3日在上海主持召开推动长三角一体化发展领导小组会议并讲话。"
    ex = run(extractor, text, when=date(2019, 6, 4))
    ev = ex.events[0]
    assert ev.label == "推动长三角一体化发展领导小组会议" and ev.start_date == "2019-06-03"
    assert ev.location is not None and ev.location.name == "上海"
    assert roles(ex, "领导小组会议")["chair"] == {"韩正"}


def test_a_past_speech_is_not_a_speaker(extractor: Extractor) -> None:
    text = "6月1日，全省工作会议在合肥召开。会议传达学习习近平总书记的重要讲话精神。"
    ex = run(extractor, text)
    assert "speaker" not in roles(ex, "工作会议")


def test_inspection(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委、国务院副总理韩正16日在河北调研。", when=date(2022, 4, 16))
    ev = ex.events[0]
    assert ev.kind == "Inspection" and ev.location is not None and ev.location.name == "河北"


def test_headline_names_run_together_are_split() -> None:
    names = {"李强", "吴政隆", "袁家军", "郑栅洁", "龚正", "许昆林"}
    assert NameIndexer.segment("李强吴政隆袁家军郑栅洁龚正许昆林", names) == [
        "李强", "吴政隆", "袁家军", "郑栅洁", "龚正", "许昆林",
    ]
    assert NameIndexer.segment("李强吴政隆某某", names) is None


def test_run_together_headline_in_context(extractor: Extractor) -> None:
    text = "李强吴政隆出席\n6月5日，长三角座谈会在上海举行。上海市委书记李强、江苏省委书记吴政隆出席会议。"
    ex = run(extractor, text)
    assert set(ex.persons) == {"李强", "吴政隆"}
    from_headline = {p.agent.name for p in ex.participations if p.evidence.text == "李强吴政隆出席"}
    assert from_headline == {"李强", "吴政隆"}, "the headline's run-together names are attendees"


def test_sentences_keep_semicolon_lists_and_split_headlines() -> None:
    text = "甲出席 乙主持发布会\n上海市委书记李强；江苏省委书记吴政隆出席会议。会议指出，要加快建设。"
    paras = split_paragraphs(text)
    sents = [text[s:e] for s, e in split_sentences(text, paras)]
    assert sents == ["甲出席", "乙主持发布会", "上海市委书记李强；江苏省委书记吴政隆出席会议。", "会议指出，要加快建设。"]


def test_hearing_a_work_report_is_a_meeting(extractor: Extractor) -> None:
    text = "2月8日上午，习近平在吉林省长春市听取吉林省委和省政府工作汇报。"
    ex = run(extractor, text, when=date(2025, 2, 8))
    ev = ex.events[0]
    assert ev.kind == "Meeting" and "汇报" in ev.label and ev.start_date == "2025-02-08"


def test_bare_meeting_noun_is_the_reports_event_when_nothing_else_names_one(extractor: Extractor) -> None:
    text = "中共中央政治局常委、国务院副总理韩正15日在河北雄安新区调研并主持召开座谈会。"
    ex = run(extractor, text, when=date(2022, 4, 16))
    kinds = {e.kind: e for e in ex.events}
    assert set(kinds) == {"Inspection", "Meeting"}
    assert kinds["Meeting"].label == "韩正在雄安主持召开的座谈会" and kinds["Meeting"].start_date == "2022-04-15"


def test_inspection_of_several_places_has_no_single_location(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委、全国人大常委会委员长赵乐际14日至17日在江苏、安徽调研。", when=date(2025, 4, 17))
    ev = ex.events[0]
    assert ev.kind == "Inspection" and ev.location is None


def test_opening_ceremony_is_part_of_the_forum(extractor: Extractor) -> None:
    text = "国家副主席王岐山1日在广州出席“2019从都国际论坛”开幕式并致辞。"
    ex = run(extractor, text, when=date(2019, 12, 1))
    forum = next(e for e in ex.events if e.kind == "Forum")
    ceremony = next(e for e in ex.events if e.kind == "Ceremony")
    assert ceremony.super_event == forum.key
    assert ceremony.location is not None and ceremony.location.name == "广州"
    assert roles(ex, "开幕式")["speaker"] == {"王岐山"}


def test_written_statements_are_not_speeches(extractor: Extractor) -> None:
    text = "9月18日，黄河流域座谈会在郑州召开。山东省委书记刘家义、四川省委书记彭清华提供书面发言。"
    ex = run(extractor, text, when=date(2019, 9, 19))
    assert "speaker" not in roles(ex, "座谈会")


def test_those_who_accompany_a_tour_attend_the_inspection(extractor: Extractor) -> None:
    text = "中共中央总书记习近平15日至17日在重庆考察。丁薛祥、刘鹤、何立峰等陪同考察。"
    ex = run(extractor, text, when=date(2019, 4, 17))
    assert roles(ex, "考察")["attendee"] == {"习近平", "丁薛祥", "刘鹤", "何立峰"}


def test_presenters_speak_at_a_press_conference_only(extractor: Extractor) -> None:
    text = "10月24日上午，中共中央举行新闻发布会。商务部部长王文涛介绍有关情况。"
    ex = run(extractor, text, when=date(2025, 10, 24))
    assert roles(ex, "发布会")["speaker"] == {"王文涛"}
    meeting = run(extractor, "6月1日，全省工作会议在合肥召开。安徽省委书记梁言顺介绍有关情况。")
    assert "speaker" not in roles(meeting, "工作会议"), "介绍 is no speech at an ordinary meeting"


def test_a_meetings_own_sentence_overrides_the_tour_dates_of_the_lead(extractor: Extractor) -> None:
    text = (
        "中共中央总书记习近平5月20日至22日在江西考察，主持召开推动中部地区崛起工作座谈会并发表重要讲话。"
        "21日下午，习近平在南昌主持召开推动中部地区崛起工作座谈会。"
    )
    ex = run(extractor, text, when=date(2019, 5, 22))
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert meeting.start_date == "2019-05-21" and meeting.location is not None and meeting.location.name == "南昌"
    tour = next(e for e in ex.events if e.kind == "Inspection")
    assert tour.start_date == "2019-05-20", "a range gives its first day"


def test_place_from_the_sentence_when_the_pattern_names_none(extractor: Extractor) -> None:
    text = "9月6日，巴斯夫集团在广东湛江投资的一体化基地项目举行首套装置投产仪式。"
    ex = run(extractor, text, when=date(2022, 9, 6))
    ev = ex.events[0]
    assert ev.kind == "Ceremony" and ev.location is not None and ev.location.name == "湛江"


def test_name_after_a_theme_or_pronoun_clause(extractor: Extractor) -> None:
    ex = run(extractor, "习近平23日在青岛出席以“构建海洋命运共同体”为主题的高层研讨会。", when=date(2019, 4, 23))
    assert [e.label for e in ex.events] == ["高层研讨会"]


def test_place_before_the_name_and_yu_before_the_date(extractor: Extractor) -> None:
    ex = run(extractor, "在卢森堡举行的亚投行理事会第四届年会上，与会人士表示支持多边主义。", when=date(2019, 7, 13))
    assert [(e.kind, e.label) for e in ex.events] == [("Meeting", "亚投行理事会第四届年会")]
    ex = run(extractor, "2019年国际会议于10月26日在广州开幕。", when=date(2019, 10, 26))
    ev = ex.events[0]
    assert ev.start_date == "2019-10-26" and ev.location is not None and ev.location.name == "广州"
