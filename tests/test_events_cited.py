"""Events a report only cites or plans, and bare nouns that name the lead's event again (the
independent audit's event classes): each class on an invented sentence of the same shape."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction

WHEN = date(2024, 3, 5)


def run(extractor: Extractor, text: str) -> Extraction:
    return extract_text(extractor, text, when=WHEN, title=text.split("\n")[0])


def events(ex: Extraction) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.label, e.start_date) for e in ex.events]


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    label = {e.key: e.label for e in ex.events}
    return {(label[p.event], p.role, p.agent.name) for p in ex.participations}


def test_the_occasion_of_a_cited_speech_with_no_day_is_no_event(extractor: Extractor) -> None:
    text = ("合作前景广阔\n央视网快评：王明主席在南州召开的某某峰会上发表重要讲话，为合作指明了方向。\n"
            "评论员文章指出，合作前景广阔。")
    assert events(run(extractor, text)) == []
    # the report's own news, its lead giving the day: kept
    for lead in ("今天，王明主席在南州召开的某某峰会上发表重要讲话。", "3月5日，王明主席在南州召开的某某峰会上发表重要讲话。"):
        assert events(run(extractor, f"某某峰会\n央视网消息：{lead}\n各方表示，合作前景广阔。")) == [
            ("Conference", "某某峰会", "2024-03-05")]


def test_the_occasion_of_a_remark_recalled_after_the_lead_is_no_event(extractor: Extractor) -> None:
    text = ("李华同甲国议长张三举行会谈\n央视网消息：全国人大常委会委员长李华4日在北京同甲国议长张三举行会谈。李华说，双方互信不断增强。"
            "王明主席在某某论坛2023年年会上强调，中国开放的大门不会关闭。")
    assert [label for _, label, _ in events(run(extractor, text))] == ["李华同甲国议长张三会谈"]
    # a forum the lead dates keeps the speech given at it
    text = "某某论坛开幕\n央视网消息：2024某某论坛今天在南州开幕。王明在论坛上发表主旨演讲。"
    assert events(run(extractor, text)) == [("Forum", "2024某某论坛", "2024-03-05")]


def test_a_congress_recalled_in_a_period_of_history_is_no_event(extractor: Extractor) -> None:
    text = "党史故事\n央视网消息：在南湖期间，我们党召开了第三次全国代表大会，确立了统一战线方针。\n百年来，党团结带领人民不懈奋斗。"
    assert events(run(extractor, text)) == []


def test_meetings_named_as_the_purpose_of_a_trip_have_no_day(extractor: Extractor) -> None:
    text = ("王明将对甲国、乙国进行国事访问\n央视网消息：外交部发言人宣布：应甲国总统和乙国总统邀请，国家主席王明将于3月12日至16日"
            "对甲国、乙国进行国事访问并出席在北城举行的某某组织第五次会议和在南城举行的第二届某某峰会。")
    assert events(run(extractor, text)) == []
    # an event announced with a day of its own is kept
    text = "某某峰会将在南城举行\n央视网消息：外交部发言人宣布，第二届某某峰会将于3月12日在南城举行。"
    assert events(run(extractor, text)) == [("Conference", "第二届某某峰会", "2024-03-12")]


def test_a_chaired_bare_noun_is_the_leads_named_event(extractor: Extractor) -> None:
    text = ("庆祝大会举行\n央视网消息：庆祝某某自治区成立70周年大会今天上午在南州隆重举行。自治区党委书记李四主持庆祝大会。"
            "王明出席大会并讲话。")
    ex = run(extractor, text)
    assert events(ex) == [("Conference", "庆祝某某自治区成立70周年大会", "2024-03-05")]
    assert ("庆祝某某自治区成立70周年大会", "chair", "李四") in roles(ex)
    # a bare noun whose words the lead's name does not hold is another event
    text = "庆祝大会举行\n央视网消息：庆祝某某自治区成立70周年大会今天上午在南州隆重举行。下午，李四主持表彰大会。"
    assert [label for _, label, _ in events(run(extractor, text))] == ["庆祝某某自治区成立70周年大会", "李四主持召开的表彰大会"]
