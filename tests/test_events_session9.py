"""Events and participation on unseen report shapes (session 9, issue 9): each class on invented sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.events import _days, _flexible_cue
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date = date(2024, 5, 8)) -> Extraction:
    return extract_text(extractor, text, when=when)


def events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(e.kind, e.label, e.start_date) for e in ex.events}


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in ex.events}
    return {(labels.get(p.event, p.event), p.role, p.agent.name) for p in ex.participations}


def test_a_duration_before_a_name_dates_an_event_reported_on_its_last_day(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：为期两天的第8届某某理事会部长级会议7日在某国北部城市某某结束。")
    assert events(ex) == {("Meeting", "第8届某某理事会部长级会议", "2024-05-06")}
    ex = run(extractor, "央视网消息（新闻联播）：为期十二天的第8届某某国际博览会7日闭幕。")
    assert events(ex) == {("Conference", "第8届某某国际博览会", "2024-04-26")}
    # an opening day needs no arithmetic; the duration does not hide the name's edition
    ex = run(extractor, "央视网消息（新闻联播）：为期4天的第9届某某国际防务展7日开幕，展示了大量科技成果。")
    assert events(ex) == {("Conference", "第9届某某国际防务展", "2024-05-07")}


def test_an_end_without_a_duration_gives_no_first_day(extractor: Extractor) -> None:
    # the last day alone: when it began the text does not say (settled call 10)
    assert run(extractor, "央视网消息（新闻联播）：第8届某某理事会部长级会议7日在某国北部城市某某结束。").events == []
    assert run(extractor, "央视网消息（新闻联播）：第8届某某国际博览会7日闭幕。").events == []
    # the closing day not written in the sentence: no arithmetic on the report's day
    ex = run(extractor, "央视网消息（新闻联播）：为期十天的第8届某某国际博览会在南州闭幕。")
    assert not any(e.label == "第8届某某国际博览会" for e in ex.events)


def test_days_of_a_duration() -> None:
    assert [_days(n) for n in ("两", "5", "十", "十二", "二十", "三十五")] == [2, 5, 10, 12, 20, 35]


def test_talks_whose_subject_is_the_sides(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：甲乙两国外长7日在维也纳举行会谈。某国外长卡罗夫会后表示，将等待回应。")
    assert events(ex) == {("Meeting", "甲乙两国外长会谈", "2024-05-07")}
    assert ("甲乙两国外长会谈", "speaker", "卡罗夫") in roles(ex)
    # under a reporting frame, a range of days: the first day
    ex = run(extractor, "央视网消息（新闻联播）：联合国秘书长新闻办公室7日表示，某国冲突双方代表5日至6日在南港举行新一轮会谈，双方达成协议。")
    assert events(ex) == {("Meeting", "某国冲突双方代表新一轮会谈", "2024-05-05")}


def test_talks_of_the_sides_not_held_or_already_named_by_their_people(extractor: Extractor) -> None:
    for text in ("甲乙两国外长将于9日在维也纳举行会谈。",  # planned
                 "某国表示，甲乙两国外长7日在维也纳举行会谈的时机尚不成熟。",  # no clause of its own
                 "甲乙两国外长在维也纳举行会谈。"):  # no day of its own
        assert run(extractor, "央视网消息（新闻联播）：" + text).events == [], text
    # the people of the meeting are named: one meeting, theirs
    ex = run(extractor, "央视网消息（新闻联播）：某国总统卡罗夫和某国总统巴塔耶7日在维也纳举行会谈。两国元首7日在维也纳举行会谈后共同会见记者。")
    assert [e.label for e in ex.events if e.kind == "Meeting"] == ["卡罗夫同巴塔耶会谈"]


def test_each_meeting_of_a_list_has_the_host_not_the_guest_before(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：当地时间5月7日，国家副主席王明应邀在南都出席某国总统就职典礼。在某国期间，王明同当选"
            "副总统卡尔森举行会见，并分别会见某国工商界代表、某公司首席执行官马洛里、某学会名誉主席布雷迪等。")
    r = roles(run(extractor, text))
    for label in ("王明会见某国工商界代表", "王明会见马洛里", "王明会见布雷迪"):
        assert (label, "attendee", "王明") in r, label
    assert ("王明会见马洛里", "attendee", "卡尔森") not in r
    assert ("王明会见布雷迪", "attendee", "马洛里") not in r
    # one meeting with a list of guests: all of them and the host attend it
    text = ("央视网消息（新闻联播）：5月7日，国务院副总理王明在南都出席某某论坛年会并致辞。与会期间，王明还会见某国总统"
            "卡尔森、某国总理马洛里、某组织总干事布雷迪。")
    ex = run(extractor, text)
    meeting = next(e.label for e in ex.events if e.label.startswith("王明会见"))
    assert {(meeting, "attendee", n) for n in ("王明", "卡尔森", "马洛里", "布雷迪")} <= roles(ex)


def test_speakers_of_a_paragraph_opening_on_a_meeting_speak_there(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：当地时间5月7日，国家副主席王明应邀在南都出席某国总统就职典礼。在某国期间，王明同当选"
            "副总统卡尔森举行会见，并分别会见某公司首席执行官马洛里、某学会名誉主席布雷迪等。\n"
            "会见卡尔森时，王明表示，愿推动两国关系发展。卡尔森表示，愿加强合作。\n"
            "会见马洛里、布雷迪时，王明表示，欢迎企业合作。")
    r = roles(run(extractor, text))
    assert {("王明会见卡尔森", "speaker", "王明"), ("王明会见卡尔森", "speaker", "卡尔森"),
            ("王明会见马洛里", "speaker", "王明"), ("王明会见布雷迪", "speaker", "王明")} <= r
    assert not any(label == "某国总统就职典礼" and role == "speaker" for label, role, _ in r)


def test_a_cue_of_verb_and_object_is_read_with_aspect_and_possessive(extractor: Extractor) -> None:
    assert _flexible_cue("回答记者提问") == "回答了?记者的?提问"
    assert _flexible_cue("发言") == "发言" and _flexible_cue("作了题为") == "作了题为"
    text = ("央视网消息（新闻联播）：全国政协十四届三次会议今天（3月8日）举行第二场“委员通道”，6位全国政协委员接受了记者的"
            "集体采访。在今天的“委员通道”上，全国政协委员张强、赵刚也分别就教育等问题回答了记者的提问。")
    r = roles(run(extractor, text, date(2025, 3, 8)))
    assert {("全国政协十四届三次会议第二场委员通道", "speaker", n) for n in ("张强", "赵刚")} <= r


def test_a_report_made_to_the_meeting_makes_a_speaker(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：某省人民代表大会主席团7日下午在南州举行第二次会议。主席团常务主席王明主持会议。"
            "某省人大财政经济委员会主任委员李华向会议作了财政经济委员会关于预算草案的审查结果报告。")
    assert ("某省人民代表大会主席团第二次会议", "speaker", "李华") in roles(run(extractor, text))


def test_in_a_bundle_an_event_holds_its_own_item_only(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：\n\n甲乙两国同意加强边境合作\n\n22日，某国总统卡罗夫与到访的某国总理巴塔耶举行会谈，"
            "双方同意加强边境安全合作。卡罗夫强调，两国将继续保持密切关系。\n\n某国文件删除领土表述\n\n"
            "某国外务省23日公布了外交文件。某国外相马洛里表示，政府的法律立场没有改变。")
    bundle = roles(extract_text(extractor, text, when=date(2024, 5, 23), title="国际联播快讯"))
    assert ("卡罗夫同巴塔耶会谈", "speaker", "卡罗夫") in bundle
    assert not any(name == "马洛里" for _, _, name in bundle)  # another item's words, not said at the talks
    # a report not titled as a bundle: its subheadings divide nothing (a later section's speaker was there)
    text = ("央视网消息（新闻联播）：第9届某某安全部长级会议22日在南都举行。\n\n各方呼吁加强合作\n\n"
            "出席会议的某国外长马洛里说，各方应携手应对挑战。")
    single = roles(extract_text(extractor, text, when=date(2024, 5, 23), title="某某安全会议多方倡导合作"))
    assert ("第9届某某安全部长级会议", "speaker", "马洛里") in single


def test_the_one_person_a_sentence_opens_with_chairs_a_meeting_past_its_semicolons(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：全国人大常委会委员长王明5月4日至7日在南方调研。\n王明先后来到南州、北州等地，深入社区、"
            "企业，了解情况；在南方省人大常委会机关调研，看望机关干部，并主持召开座谈会。")
    ex = run(extractor, text)
    meeting = next(e for e in ex.events if e.kind == "Meeting")
    assert meeting.start_date == "2024"  # a meeting on a day of the trip the text does not give (call 12a)
    assert (meeting.label, "chair", "王明") in roles(ex)
    # another person named between the subject and the cue: the subject is not read across him
    text = ("央视网消息（新闻联播）：全国人大常委会委员长王明5月4日至7日在南方调研。\n王明先后来到南州、北州等地，深入社区、"
            "企业，了解情况；省委书记李华此前在北方省人大常委会机关、南方省人大常委会机关和南州市人大常委会机关调研，"
            "看望机关干部，并主持召开座谈会。")
    assert not any(role == "chair" and name == "王明" for _, role, name in roles(run(extractor, text)))


def test_talks_after_a_list_of_guests_are_the_hosts_not_the_last_guests(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：国务院总理王明5日下午在南都分别会见某国总理卡尔森、某国总理马洛里、某国部长会议主席"
            "布雷迪，并同某国总理巴塔耶举行视频会晤。")
    ex = run(extractor, text)
    assert {e.label for e in ex.events} == {"王明会见卡尔森", "王明会见马洛里", "王明会见布雷迪", "王明同巴塔耶会晤"}
    assert ("王明同巴塔耶会晤", "attendee", "王明") in roles(ex)
    assert ("王明同巴塔耶会晤", "attendee", "布雷迪") not in roles(ex)
