"""Events in the genres the first rules missed (issue 9): reaction reports, announced and
recalled events, bare labels, plenary sessions, study sessions, NPC delegation days.
Sentences are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

from kg.nlp import Extractor
from kg.records import Article, Extraction

DAY = date(2025, 3, 8)


def run(extractor: Extractor, text: str, when: date | None = DAY) -> Extraction:
    return extractor.extract(Article(key="t", source="t", text=text, title="", date=when, content_hash="h"))


def roles(ex: Extraction, key: str) -> set[tuple[str, str]]:
    return {(p.role, p.agent.name) for p in ex.participations if p.event == key}


def test_a_reaction_report_is_no_event_of_its_day(extractor: Extractor) -> None:
    text = (
        "央视网消息：习近平总书记在全国科技工作大会上发表的重要讲话，在广大科技工作者中引发热烈反响。\n"
        "大家表示，要认真学习领会总书记在全国科技工作大会上重要讲话精神。"
    )
    assert run(extractor, text).events == []


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
    ex = run(extractor, "首都各界人士会聚中山堂，举行简短而庄严的仪式，纪念先贤。")
    assert ex.events == []
    ex = run(extractor, "8日，国家主席王国华在北京人民大会堂向来宾授予勋章，并举行隆重颁授仪式。")
    assert [e.label for e in ex.events] == ["颁授仪式"]


def test_a_plenary_session_is_labelled_and_part_of_its_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "十四届全国人大常委会第九次会议8日上午在北京人民大会堂举行第三次全体会议。")
    by_label = {e.label: e for e in ex.events}
    meeting = by_label["十四届全国人大常委会第九次会议"]
    session = by_label["十四届全国人大常委会第九次会议第三次全体会议"]
    assert session.super_event == meeting.key
    assert session.start_date == meeting.start_date == "2025-03-08"


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
