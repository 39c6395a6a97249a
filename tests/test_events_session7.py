"""Events on report shapes no rule was tuned on (session 7, issue 9): each class on an invented
sentence of the same shape."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date) -> Extraction:
    return extract_text(extractor, text, when=when)


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
