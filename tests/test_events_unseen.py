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


def test_a_session_reported_on_its_closing_day_alone_is_not_recorded(extractor: Extractor) -> None:
    text = ("央视网消息：政协江南省第十三届委员会常务委员会第五次会议1日在南州闭幕。王明主持会议。\n"
            "会议表决通过了有关决议。")
    assert events(run(extractor, text, date(2024, 3, 1))) == []
    # with its opening day given, it is dated on that day
    text = ("央视网消息：政协江南省第十三届委员会常务委员会第五次会议1日在南州闭幕。王明主持会议。\n"
            "会议于2月27日上午开幕。")
    assert events(run(extractor, text, date(2024, 3, 1))) == [
        ("政协江南省第十三届委员会常务委员会第五次会议", "2024-02-27", False)]
    # a closing ceremony is an event of its own day
    text = "央视网消息：第十五届江南运动会闭幕式1日晚在南州隆重举行。"
    assert events(run(extractor, text, date(2024, 3, 2))) == [("第十五届江南运动会闭幕式", "2024-03-01", False)]
