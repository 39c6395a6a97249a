"""Participation and events on unseen report shapes (session 8, issue 9): general mechanisms, each on
invented sentences of the same shape."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date = date(2024, 5, 6), title: str = "") -> Extraction:
    return extract_text(extractor, text, when=when, title=title)


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in ex.events}
    return {(labels.get(p.event, p.event), p.role, p.agent.name) for p in ex.participations}


def test_both_sides_of_talks_or_a_call_speak_when_the_sides_do(extractor: Extractor) -> None:
    for talks in ("与阿根廷总统米莱格在巴西利亚举行会谈", "与阿根廷总统米莱格通电话"):
        for said in ("双方表示将加强合作", "双方一致认为两国关系稳定", "两国元首表示愿深化合作"):
            ex = run(extractor, f"央视网消息：5日，巴西总统卢拉多{talks}，{said}。")
            label = ex.events[0].label
            assert {(label, "speaker", "卢拉多"), (label, "speaker", "米莱格")} <= roles(ex), (talks, said)
    # no words of the sides reported: attendees only
    ex = run(extractor, "央视网消息：5日，巴西总统卢拉多与阿根廷总统米莱格在巴西利亚举行会谈。")
    assert {r for r in roles(ex) if r[1] == "speaker"} == set()


def test_the_subject_of_a_reporting_clause_speaks_at_the_event_of_its_sentence(extractor: Extractor) -> None:
    # a title between name and verb, a pronoun, a video address with those thanked before the verb
    text = ("央视网消息：某国总统卡特罗5日同某国总理阿卜杜拉举行会谈。\n"
            "卡特罗总统表示，某国愿深化合作。阿卜杜拉总理说，两国友谊深厚。")
    ex = run(extractor, text)
    label = ex.events[0].label
    assert {(label, "speaker", "卡特罗"), (label, "speaker", "阿卜杜拉")} <= roles(ex)
    text = ("央视网消息：5日上午，南方冬运会组委会举行总结新闻发布会。\n"
            "南方冬运会组委会主席王明通过视频，向各方朋友表示衷心感谢，表示，赛事组织顺利完成。")
    ex = run(extractor, text)
    assert ("南方冬运会组委会总结新闻发布会", "speaker", "王明") in roles(ex)
    text = ("央视网消息：今天（5月6日）上午，南方冬运会组委会举行了总结新闻发布会。"
            "南方冬运会组委会主席王明通过视频向各方朋友们表示衷心感谢，并表示，赛事组织顺利完成。")
    assert ("南方冬运会组委会总结新闻发布会", "speaker", "王明") in roles(run(extractor, text))
    text = text.replace("向各方朋友们表示衷心感谢", "致以问候")
    assert ("南方冬运会组委会总结新闻发布会", "speaker", "王明") in roles(run(extractor, text))


def test_words_from_another_occasion_or_medium_make_no_speaker(extractor: Extractor) -> None:
    head = "央视网消息：5日上午，南方冬运会组委会举行总结新闻发布会。\n"
    for said in ("某国前总统卡特罗发来贺信指出，赛事十分精彩。", "某国总统卡特罗在社交媒体上说，赛事十分精彩。",
                 "某国总统卡特罗在接受记者采访时表示，赛事十分精彩。"):
        ex = run(extractor, head + said)
        assert not any(name == "卡特罗" for _, _, name in roles(ex)), said


def test_a_leader_quoted_in_another_speech_is_not_a_speaker_there(extractor: Extractor) -> None:
    text = ("央视网消息：南方省代表工作座谈会5日在南州召开，省委书记王明主持并讲话。\n"
            "王明说，要做好代表工作。李华同志鲜明指出，代表工作十分重要。")
    ex = run(extractor, text)
    assert not any(name == "李华" for _, _, name in roles(ex))
    assert ("南方省代表工作座谈会", "speaker", "王明") in roles(ex)


def test_people_reacting_in_a_reaction_report_are_not_speakers(extractor: Extractor) -> None:
    text = ("央视网消息：王明总书记在南方座谈会上的重要讲话，在广大干部群众中引发热烈反响。\n"
            "南州市某村党支部书记李华说，讲话让大家倍受鼓舞。")
    ex = run(extractor, text)
    assert not any(name == "李华" for _, _, name in roles(ex))


def test_a_welcome_ceremony_held_for_a_guest_is_named_by_both_and_both_attend(extractor: Extractor) -> None:
    text = ("央视网消息：国家主席王明5日上午在人民大会堂同来华进行国事访问的法国总统马克雷举行会谈。\n"
            "会谈前，王明在人民大会堂北大厅为马克雷举行欢迎仪式。\n"
            "李华、赵刚等参加上述活动。")
    ex = run(extractor, text)
    assert [(e.kind, e.label, e.start_date) for e in ex.events] == [
        ("Meeting", "王明同马克雷会谈", "2024-05-05"), ("Ceremony", "王明为马克雷举行的欢迎仪式", "2024-05-05")]
    welcome = "王明为马克雷举行的欢迎仪式"
    assert {(welcome, "attendee", n) for n in ("王明", "马克雷", "李华", "赵刚")} <= roles(ex)


def events(ex: Extraction) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.label, e.start_date) for e in ex.events]


def test_a_meeting_held_at_anothers_request_is_held(extractor: Extractor) -> None:
    text = "央视网消息：11日，某某组织理事会在两个成员国的要求下，就地区安全问题召开紧急公开会。"
    assert [(k, d) for k, _, d in events(run(extractor, text, date(2024, 5, 12)))] == [("Meeting", "2024-05-11")]
    # requested, not held: no event
    text = "央视网消息：11日，某国要求某某组织理事会就地区安全问题召开紧急公开会。"
    assert events(run(extractor, text, date(2024, 5, 12))) == []


def test_any_named_meeting_in_hui_held_on_its_day_at_its_clause_end(extractor: Extractor) -> None:
    when = date(2024, 5, 12)
    text = "央视网消息：按照中央工作安排，5月10日，中央某某专项督查“再出发”动员培训会召开。会议强调，要做好工作。"
    assert events(run(extractor, text, when)) == [("Meeting", "中央某某专项督查“再出发”动员培训会", "2024-05-10")]
    text = "央视网消息：5月10日，浙江省某某工作部署会在杭州召开。"
    assert events(run(extractor, text, when)) == [("Meeting", "浙江省某某工作部署会", "2024-05-10")]
    # a body whose name ends in 会, no day of its own, a show, no name of its own, a described one: none
    for text in ("央视网消息：5月10日，南方省政协常委会召开。", "央视网消息：南方省某某工作部署会近日召开。",
                 "央视网消息：5月10日，2024浙江省新年音乐会在杭州举行。",
                 "央视网消息：5月10日，某某行业工作部署会召开。",
                 "央视网消息：5月10日，日前举行的南方省某某工作部署会召开。"):
        assert events(run(extractor, text, when)) == [], text


def test_a_numbered_session_voting_on_its_day_is_held_that_day(extractor: Extractor) -> None:
    when = date(2024, 5, 11)
    text = "央视网消息：5月10日下午，十四届全国人大常委会第九次会议表决通过了《某某法》。南方省省长李华当晚表示，坚决拥护。"
    ex = run(extractor, text, when)
    assert events(ex) == [("Meeting", "十四届全国人大常委会第九次会议", "2024-05-10")]
    assert [r.title for r in ex.reviewed] == ["某某法"]
    assert ex.participations == []  # a reaction to the vote, not said at the session
    # the law a session passed, described: no event
    text = "央视网消息：十四届全国人大常委会第九次会议表决通过的《某某法》5月10日起施行。"
    assert events(run(extractor, text, when)) == []


def test_the_two_sides_witness_a_ceremony_after_their_meeting(extractor: Extractor) -> None:
    text = ("央视网消息：国家主席王明5日上午在人民大会堂会见来华进行国事访问的法国总统马克雷。\n"
            "会见后，两国元首共同见证了经贸合作协议交换仪式。")
    ex = run(extractor, text)
    assert {("经贸合作协议交换仪式", "attendee", n) for n in ("王明", "马克雷")} <= roles(ex)


def test_those_who_accompany_a_trip_and_attend_its_symposium_attend_both(extractor: Extractor) -> None:
    text = ("央视网消息：5月5日至6日，王明在南方省考察，主持召开南方发展工作座谈会并发表重要讲话。\n"
            "李华、赵刚等陪同考察并出席南方发展工作座谈会。")
    ex = run(extractor, text)
    trip = next(e.label for e in ex.events if e.kind == "Inspection")
    for name in ("李华", "赵刚"):
        assert {(trip, "attendee", name), ("南方发展工作座谈会", "attendee", name)} <= roles(ex)


def test_came_to_the_meeting_is_attending_it(extractor: Extractor) -> None:
    text = "央视网消息：十四届全国人大常委会第九次会议5日举行联组会议。国务院副总理李华等到会听取意见。"
    ex = run(extractor, text)
    assert roles(ex) == {("十四届全国人大常委会第九次会议联组会议", "attendee", "李华")}




def test_a_talk_with_a_group_is_a_meeting_with_it(extractor: Extractor) -> None:
    text = ("央视网消息：当地时间5日，国务院总理王明在纽约同某国友好组织代表座谈。某某商会代表以及学者出席。"
            "王明在听取各方发言后表示，两国应当加强合作。")
    ex = run(extractor, text)
    assert events(ex) == [("Meeting", "王明同某国友好组织代表座谈", "2024-05-05")]
    assert {("王明同某国友好组织代表座谈", "speaker", "王明")} <= roles(ex)
    # a named symposium is the table's
    text = "央视网消息：5日，国务院总理王明在南州同企业家代表座谈会上讲话。"
    assert all(not label.endswith("代表座谈") for _, label, _ in events(run(extractor, text)))


def test_talks_without_a_verb_and_a_meeting_named_as_the_occasion_of_words(extractor: Extractor) -> None:
    text = "央视网消息：欢迎仪式后，国家主席王明在人民大会堂同某国总统马克雷会谈。王明指出，两国友好。马克雷表示，愿深化合作。"
    ex = run(extractor, text)
    assert events(ex) == [("Meeting", "王明同马克雷会谈", "2024-05-06")]
    assert {("王明同马克雷会谈", "speaker", n) for n in ("王明", "马克雷")} <= roles(ex)
    text = "央视网消息：9日，某国总统卡特罗在接见某大学学生时说，科技合作很重要。"
    ex = run(extractor, text, date(2024, 5, 10))
    assert events(ex) == [("Meeting", "卡特罗接见某大学学生", "2024-05-09")]
    assert ("卡特罗接见某大学学生", "speaker", "卡特罗") in roles(ex)
    # "会见时表示" with no day of its own: the meeting in scope, no new one
    text = "央视网消息：9日，国家主席王明会见某国总统马克雷。王明在会见时表示，两国友好。"
    assert [label for _, label, _ in events(run(extractor, text, date(2024, 5, 10)))] == ["王明会见马克雷"]
