"""The discourse layer: the time of every clause, the report's main event, and what later
components do with them.  Sentences are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.discourse import clause_times
from kg.nlp.segment import split_paragraphs, split_sentences
from kg.records import Article, Extraction

DAY = date(2022, 4, 18)


def times(text: str, when: date | None = DAY) -> list[tuple[str, str | None, str]]:
    sentences = split_sentences(text, split_paragraphs(text))
    return [(c.tense, c.date, text[c.start : c.end]) for c in clause_times(text, sentences, when)]


def run(extractor: Extractor, text: str, when: date | None = DAY) -> Extraction:
    return extract_text(extractor, text, when=when)


def test_dated_past_clause_scopes_over_its_sentence() -> None:
    got = times("2006年5月，时任江南省委书记张明远在青山村考察时，提出这一思路。")
    assert [t for t, _, _ in got] == ["past", "past", "past"]
    assert {d for _, d, _ in got} == {"2006-05"}


def test_since_clause_is_past_and_the_rest_is_present() -> None:
    got = times("2018年9月在北安召开振兴工作座谈会以来，三省取得新进展。")
    assert got[0][:2] == ("past", "2018-09")
    assert got[1][0] == "report"


def test_repeated_visits_recollection_and_now() -> None:
    assert times("总书记先后3次到江南考察，作出重要指示。")[0][0] == "past"
    assert times("他回忆说，当年村里很穷。")[1][0] == "past"
    got = times("2019年，时任书记刘某来到这里，今天，村里变了样。")
    assert [t for t, _, _ in got] == ["past", "past", "report", "report"]


def test_years_back_in_chinese_numerals_are_past() -> None:
    assert times("两年前，我们在这里举行首届合作论坛。")[0][0] == "past"
    assert times("三年前，他来到这个村。")[0][0] == "past"


def test_recent_date_is_the_reports_time_and_future_is_future() -> None:
    assert times("4月15日至17日，王凯在河南调研。")[0][:2] == ("report", "2022-04-15")
    assert times("会议将于2023年3月在合肥召开。")[0][0] == "future"
    assert times("2022年度长三角地区主要领导座谈会在合肥举行。")[0][0] == "report"


def test_past_post_is_never_stamped_with_the_report_day(extractor: Extractor) -> None:
    ex = run(extractor, "2006年5月，时任浙江省委书记习近平在青山村考察时，首次提出这一理念。")
    assert "习近平" in ex.persons
    assert ex.posts == []
    # the recalled trip is never stamped with the report's day: with a month alone it is not recorded
    assert ex.events == []
    ex = run(extractor, "2006年5月12日，时任浙江省委书记习近平在青山村考察时，首次提出这一理念。")
    assert [(e.label, e.start_date) for e in ex.events] == [("习近平在青山村考察", "2006-05-12")]
    ex = run(extractor, "原国务院副总理王大明出席。江苏省委书记吴政隆出席。")
    assert {(p.person, p.role) for p in ex.posts} == {("吴政隆", "PartySecretary")}


def test_recalled_event_keeps_its_own_date_or_is_not_recorded(extractor: Extractor) -> None:
    # a month is no day of its own: not recorded (settled call 10); a day is kept, never the report's
    ex = run(extractor, "2018年9月在沈阳召开深入推进东北振兴座谈会以来，东北三省取得新进展。")
    assert ex.events == []
    ex = run(extractor, "2018年9月28日在沈阳召开深入推进东北振兴座谈会以来，东北三省取得新进展。")
    assert [(e.label, e.start_date) for e in ex.events] == [("深入推进东北振兴座谈会", "2018-09-28")]
    assert ex.participations == []
    ex = run(extractor, "习近平总书记先后4次到天津考察，提出明确要求。")
    assert ex.events == []


def test_clause_and_event_spans_on_the_doc(extractor: Extractor) -> None:
    text = (
        "4月17日，上海市委书记李强在上海主持召开座谈会。2018年9月在沈阳召开的座谈会上，总书记作出部署。"
        "江苏省委书记吴政隆出席座谈会。"
    )
    doc = extractor.nlp(extractor._doc(Article("t", "t", text, "", DAY, "h")))
    past = [s for s in doc.spans["kg_clauses"] if s._.kg_tense == "past"]
    assert past and all(s._.kg_date == "2018-09" for s in past)
    assert [s._.kg_event for s in doc.spans["kg_main_events"]] == ["e1"]
    assert doc._.kg.main_events == ["e1"]
    assert {s._.kg_event for s in doc.spans["kg_events"]} == {"e1"}
    ex = doc._.kg.extraction
    assert {(p.role, p.agent.name) for p in ex.participations if p.event == "e1"} >= {
        ("chair", "李强"),
        ("attendee", "吴政隆"),
    }


def test_a_trip_is_one_inspection_labelled_person_at_place(extractor: Extractor) -> None:
    text = (
        "中共中央政治局常委、国务院总理李克强近日在云南省曲靖、昆明考察。"
        "17日至19日，李克强先后在曲靖市考察，在昆明市调研，并在昆明主持召开座谈会。"
    )
    ex = run(extractor, text, date(2022, 5, 20))
    trips = [e for e in ex.events if e.kind == "Inspection"]
    assert len(trips) == 1
    trip = trips[0]
    assert trip.label == "李克强在云南考察" and trip.start_date == "2022-05-17"
    assert trip.location is not None and trip.location.name == "云南"
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert meeting.super_event is None and meeting.start_date == "2022"


def test_agenda_reports_are_no_events(extractor: Extractor) -> None:
    ex = run(extractor, "国务院总理李强4月17日主持召开国务院常务会议，听取关于促进消费情况的汇报。")
    assert [e.label for e in ex.events] == ["国务院常务会议"]


def test_a_document_title_is_no_event(extractor: Extractor) -> None:
    ex = run(extractor, "会议审议了关于召开十四届全国人大四次会议的决定草案。全国人大常委会委员长赵乐际主持会议。")
    assert not any("四次会议" in e.label for e in ex.events)


def test_a_late_report_of_a_meeting_keeps_its_day_and_beijing(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央8月31日在中南海召开党外人士座谈会。中共中央总书记习近平主持座谈会。", date(2022, 10, 13))
    ev = ex.events[0]
    assert ev.start_date == "2022-08-31" and ev.location is not None and ev.location.name == "北京"


def test_one_meeting_reported_twice_is_one_event(extractor: Extractor) -> None:
    from kg.graph import iri

    one = run(extractor, "国务院总理李强4月17日主持召开国务院常务会议，部署促进消费工作。", date(2025, 4, 17))
    two = run(extractor, "4月17日，李强主持召开常务会议，研究促进消费。", date(2025, 4, 18))
    a, b = one.events[0], two.events[0]
    assert a.label != b.label and a.identity == b.identity == "Meeting|2025-04-17|李强|常务会议"
    assert iri.event(a.kind, a.label, a.start_date, None, a.identity) == iri.event(
        b.kind, b.label, b.start_date, None, b.identity
    )
    other = run(extractor, "国务院总理李强4月17日主持召开座谈会，听取意见。", date(2025, 4, 17))
    assert other.events[0].identity != a.identity  # the same chair, the same day, another meeting


def test_attendees_bind_to_the_reported_meeting_not_the_recalled_one(extractor: Extractor) -> None:
    text = (
        "5月21日，中共中央总书记习近平在南昌主持召开推动中部地区崛起工作座谈会并发表重要讲话。\n"
        "习近平指出，2016年12月在北京召开中部地区发展座谈会以来，中部地区取得新成效。\n"
        "中共中央政治局委员丁薛祥、刘鹤出席座谈会。"
    )
    ex = run(extractor, text, date(2019, 5, 22))
    # the recalled symposium has no day of its own: no event (settled call 10), nothing binds to it
    assert [(e.label, e.start_date) for e in ex.events] == [("推动中部地区崛起工作座谈会", "2019-05-21")]
    key = ex.events[0].key
    assert all(p.event == key for p in ex.participations)
    assert {(p.role, p.agent.name) for p in ex.participations if p.event == key} >= {
        ("chair", "习近平"), ("attendee", "丁薛祥"), ("attendee", "刘鹤"),
    }


def test_descriptions_and_guests_are_no_events(extractor: Extractor) -> None:
    text = (
        "栗战书强调，即将召开的全国人大会议，是在关键之年召开的一次十分重要的会议。"
        "赵乐际14日在北京会见来华出席全球妇女峰会的柬埔寨国会主席昆索达莉。"
        "上海将集中召开20场政企沟通圆桌会议。"
    )
    ex = run(extractor, text)
    # the guests' summit is no event of the report; meeting them is
    assert [e.label for e in ex.events if not e.scheduled] == ["赵乐际会见昆索达莉"]


def test_future_clauses_are_future() -> None:
    assert times("新方支持中国明年举办亚太经合组织会议。")[0][0] == "future"
    assert times("他将于下月出席论坛。")[0][0] == "future"


def test_recalled_speeches_and_requested_meetings_are_no_events(extractor: Extractor) -> None:
    text = (
        "央视网消息：各国人士热议合作。\n"
        "快评指出，习近平主席在巴西出席金砖峰会时明确指出，要加强合作。\n"
        "习近平总书记在陕甘宁革命老区脱贫致富座谈会上指出，要抓住机遇。\n"
        "斯里兰卡总理要求召开紧急安全会议。一年来他行走在山地林间考察调研。"
    )
    assert run(extractor, text).events == []


def test_former_covers_every_title_of_its_stack(extractor: Extractor) -> None:
    """"原市委常委、市纪委书记、市监委主任某某": 原 is written once, before the first title of the
    stack, and makes every title of it a past post; 原 inside a place's name (太原) is no former marker."""
    ex = run(extractor, "陕西省宝鸡市原市委常委、市纪委书记、市监委主任王建华严重违纪违法问题。")
    assert "王建华" in ex.persons
    assert ex.posts == []
    ex = run(extractor, "山西省太原市委书记、市长王建华出席会议。")
    assert {p.role for p in ex.posts if p.person == "王建华"}


# -- settled call 10: an event needs a day of its own (one decision, fed by the clause times) --------


def test_vague_days_are_marked_and_carried_over_the_sentence_until_a_day_is_written() -> None:
    text = "连日来，各地举办新春招待会。在本月初举行的东方博览会上，他指出，开放。16日，王明来到信阳。"
    sentences = split_sentences(text, split_paragraphs(text))
    vague = [(text[c.start : c.end].rstrip("。"), c.vague) for c in clause_times(text, sentences, DAY)]
    assert vague == [("连日来", "连日来"), ("各地举办新春招待会", "连日来"), ("在本月初举行的东方博览会上", "月初"),
                     ("他指出", "月初"), ("开放", "月初"), ("16日", None), ("王明来到信阳", None)]


def test_an_event_in_days_the_text_does_not_give_is_not_recorded(extractor: Extractor) -> None:
    for text in (
        "首届东方年画传承大会日前在山东潍坊举行。",  # 日前 in its clause
        "近日，全国政协主席王明在北京会见南方共和国议长李安达。",  # 近日 opening the sentence
        "这个月初，王国华总书记同李安达总书记在北京举行会晤，达成重要共识。",  # 这个月初
        "在本月初举行的第三届东方进口博览会开幕式上，王国华主席指出，开放的大门越开越大。",  # 本月初
        "上个月，东海合作论坛在海口举行。",  # 上个月
        "连日来，我驻多国使馆举办新春招待会。\n中国驻南方共和国大使馆举行新春招待会。",  # the lead's 连日来
        "正在南方共和国首都举行的东方教科文组织大会第43届会议15日审议通过决议。",  # an ongoing session
    ):
        assert run(extractor, text).events == [], text


def test_an_event_with_a_day_of_its_own_keeps_it(extractor: Extractor) -> None:
    ex = run(extractor, "近日，第三届东海合作论坛于4月12日在海南海口举行。")
    assert [e.start_date for e in ex.events] == ["2022-04-12"]  # the explicit day wins over 近日
    text = "连日来，我驻多国使馆举办新春招待会。\n今天，中国驻南方共和国大使馆举行新春招待会。"
    assert [e.start_date for e in run(extractor, text).events] == ["2022-04-18"]  # 今天: the report's day
    ex = run(extractor, "东海合作论坛15日在海口开幕。")
    assert [e.start_date for e in ex.events] == ["2022-04-15"]  # an explicit earlier day


def test_an_event_a_title_names_is_no_event(extractor: Extractor) -> None:
    text = "新华社今天播发长篇通讯《携手共进——王国华主席出席第三届东方合作高峰论坛纪实》。"
    assert run(extractor, text).events == []


def test_no_one_takes_part_in_the_reported_meeting_by_attending_an_undated_one(extractor: Extractor) -> None:
    text = ("18日，全省科技工作座谈会在杭州召开，省委书记王明主持会议。\n"
            "省长李华日前出席第三届东方数字论坛并致辞。")
    ex = run(extractor, text)
    assert [e.label for e in ex.events] == ["全省科技工作座谈会"]
    assert {p.agent.name for p in ex.participations} == {"王明"}
