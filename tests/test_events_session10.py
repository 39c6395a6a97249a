"""Events and participation recall classes of session 10 (issue 9), each on invented sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date = date(2024, 5, 8)) -> Extraction:
    return extract_text(extractor, text, when=when)


def events(ex: Extraction) -> set[tuple[str, str, str | None]]:
    return {(e.kind, e.label, e.start_date) for e in ex.events}


def supers(ex: Extraction) -> set[tuple[str, str | None]]:
    labels = {e.key: e.label for e in ex.events}
    return {(e.label, labels.get(e.super_event) if e.super_event else None) for e in ex.events}


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in ex.events}
    return {(labels.get(p.event, p.event), p.role, p.agent.name) for p in ex.participations}


def test_a_breakfast_a_host_holds_for_a_guest_is_named_by_both(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：8日上午，国务院总理王明在钓鱼台国宾馆为某国总理甲举行早餐会，两国总理交换看法。")
    assert ("Meeting", "王明为某国总理甲举行的早餐会", "2024-05-08") in events(ex)
    assert ("王明为某国总理甲举行的早餐会", "attendee", "王明") in roles(ex)


def test_a_summits_banquet_is_a_ceremony_not_the_summit(extractor: Extractor) -> None:
    # the banquet on the eve: the summit has no day of its own from it (call 10)
    ex = run(extractor, "央视网消息（新闻联播）：国家主席王明7日晚在南都出席某某峰会欢迎宴会并致辞。")
    assert events(ex) == {("Ceremony", "某某峰会欢迎宴会", "2024-05-07")}
    # the summit reported on its own day: the banquet is part of it
    ex = run(extractor, "央视网消息（新闻联播）：第五届某某峰会8日在南都举行。国家主席王明出席峰会并发表讲话。"
                        "7日晚，王明出席第五届某某峰会欢迎宴会。")
    assert ("第五届某某峰会欢迎宴会", "第五届某某峰会") in supers(ex)
    assert ("Conference", "第五届某某峰会", "2024-05-08") in events(ex)


def test_a_credentials_ceremony_and_its_envoys(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：国家主席王明8日下午在人民大会堂接受19国新任驻华大使递交国书。"
                        "使节们相继抵达，依次向王明递交国书。他们是：拉脱维亚大使马尼卡、缅甸大使苗丹佩。王强参加上述活动。")
    assert events(ex) == {("Ceremony", "19国新任驻华大使递交国书", "2024-05-08")}
    got = roles(ex)
    assert {("19国新任驻华大使递交国书", "attendee", n) for n in ("王明", "马尼卡", "苗丹佩", "王强")} <= got


def test_a_study_session_a_meeting_holds_is_part_of_it(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：政协第十三届全国委员会第七十一次主席会议8日在京召开。王明主持会议并讲话。"
                        "主席会议举行了2024年第二次集体学习，国家图书馆副馆长张志清应邀作题为“保护古籍”的讲座。")
    study = next(e for e in ex.events if e.label.endswith("集体学习"))
    assert (study.label, "政协第十三届全国委员会第七十一次主席会议") in supers(ex)
    assert study.location is not None and study.location.name == "北京"
    assert (study.label, "speaker", "张志清") in roles(ex)
    # the Politburo's own study session is no part of anything
    ex = run(extractor, "央视网消息（新闻联播）：中共中央政治局8日下午就某某问题进行第三次集体学习。王明在主持学习时强调，要加强研究。")
    assert supers(ex) == {("中共中央政治局第三次集体学习", None)}


def test_a_meeting_chaired_at_each_of_two_places_is_two_meetings(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：全国人大常委会委员长王明4月14日至17日在江苏、安徽调研。王明先后来到扬州、合肥等地，"
                        "深入社区；分别在江苏和安徽省人大常委会机关调研，看望机关干部，并主持召开座谈会。")
    meetings = {(e.label, e.start_date, e.location.name if e.location else None) for e in ex.events if e.kind == "Meeting"}
    assert meetings == {("王明在江苏主持召开的座谈会", "2024", "江苏"), ("王明在安徽主持召开的座谈会", "2024", "安徽")}
    assert {(label, "chair", "王明") for label, _, _ in meetings} <= roles(ex)


def test_a_summit_going_on_without_its_opening_day_is_no_event(extractor: Extractor) -> None:
    text = ("央视网消息（新闻联播）：当地时间5月8日，某某集团领导人第十七次峰会在某国南岛继续举行。国家主席王明出席并发言。\n"
            "当地时间5月7日晚，王明出席某国总统在南岛广场举行的某某集团领导人峰会欢迎晚宴。")
    ex = run(extractor, text)
    # a day in its middle (call 10); the banquet of the eve is an event of its own, where nobody spoke
    assert events(ex) == {("Ceremony", "某某集团领导人峰会欢迎晚宴", "2024-05-07")}
    assert ("某某集团领导人峰会欢迎晚宴", "speaker", "王明") not in roles(ex)
    # its opening day given: the summit, dated by it
    ex = run(extractor, "央视网消息（新闻联播）：某某集团领导人第十七次峰会7日在南岛开幕。8日，峰会在南岛继续举行。")
    assert ("Conference", "某某集团领导人第十七次峰会", "2024-05-07") in events(ex)


def test_a_thematic_video_meeting_on_two_topics_is_one_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：某某总局、某某部今天（5月8日）召开防汛、防台风专题视频会，要求抓好防范应对。")
    assert [(e.kind, e.label, e.start_date) for e in ex.events] == [("Meeting", "防汛、防台风专题视频会", "2024-05-08")]


def test_two_holders_each_hold_one_event(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：5月8日，香港和澳门特区政府分别举行升旗仪式，庆祝某某纪念日。")
    assert events(ex) == {("Ceremony", "香港升旗仪式", "2024-05-08"), ("Ceremony", "澳门特区政府升旗仪式", "2024-05-08")}
    ex = run(extractor, "央视网消息（新闻联播）：8日，宁夏回族自治区、安徽省分别举行“某某十年”系列主题新闻发布会，介绍了当地成就。")
    assert {e.label for e in ex.events} == {"宁夏回族自治区“某某十年”系列主题新闻发布会", "安徽省“某某十年”系列主题新闻发布会"}
    # no day of their own (近日), or planned: none
    assert run(extractor, "央视网消息（新闻联播）：近日，宁夏回族自治区、安徽省分别举行“某某十年”系列主题新闻发布会。").events == []
    assert run(extractor, "央视网消息（新闻联播）：8日，两地将分别举行发布会。香港和澳门将分别举行升旗仪式。").events == []


def test_who_attends_the_activities_attends_each_but_the_sides_press_meeting(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：8日，国务院总理王明在人民大会堂同某国总理甲举行会谈。会谈后，两国总理共同会见了记者。"
                        "当日上午，王明在钓鱼台国宾馆为某国总理甲举行早餐会。王强、李华出席活动。")
    got = roles(ex)
    talks = next(e.label for e in ex.events if e.label.endswith("会谈"))
    assert {(talks, "attendee", "王强"), ("王明为某国总理甲举行的早餐会", "attendee", "李华")} <= got
    assert not any(r[0].endswith("记者") and r[2] in ("王强", "李华") for r in got)


def test_a_welcome_address_is_a_speech(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：某某论坛2024年年会8日在南州开幕。某某论坛理事长潘基文致欢迎辞。")
    assert any(r[1:] == ("speaker", "潘基文") for r in roles(ex))


def test_a_meeting_bodies_listed_with_a_comma_hold_is_named_by_them(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：中央某某部、中央某某办、全国某某会今天在京召开电视电话会议，部署启动评选表彰。")
    assert events(ex) == {("Meeting", "中央某某部、中央某某办、全国某某会电视电话会议", "2024-05-08")}


def test_a_welcome_ceremony_warmly_welcoming_or_described_as_grand(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：当地时间5月8日上午，意大利总统马塔雷拉在这里举行仪式，热烈欢迎中国国家主席王明对意大利进行国事访问。")
    assert events(ex) == {("Ceremony", "马塔雷拉为中国国家主席王明举行的欢迎仪式", "2024-05-08")}
    ex = run(extractor, "央视网消息（新闻联播）：当地时间5月8日，法国总统马克龙在巴黎凯旋门星形广场为王明主席举行隆重的欢迎仪式。")
    assert events(ex) == {("Ceremony", "马克龙为王明主席举行的欢迎仪式", "2024-05-08")}


def test_a_talk_with_a_counted_group_as_the_occasion_of_a_speech(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：8日，全国人大常委会委员长王明在同列席某某会议的54位全国人大代表座谈时强调，要深入学习。"
                        "全国人大常委会副委员长王强主持座谈会。")
    # one meeting: the symposium chaired is the talk
    assert events(ex) == {("Meeting", "王明同54位全国人大代表座谈", "2024-05-08")}
    assert {("王明同54位全国人大代表座谈", "attendee", "王明"), ("王明同54位全国人大代表座谈", "chair", "王强")} <= roles(ex)


def test_a_thematic_symposium_named_by_a_long_quote_with_a_comma(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：8日，全国某某研究会在深圳举办“重温王明同志关于某某问题的重要讲话，维护某某秩序”的专题座谈会，"
                        "40多位知名专家学者出席座谈会。研究会会长徐泽表示，要深化认识。")
    assert events(ex) == {("Meeting", "全国某某研究会专题座谈会", "2024-05-08")}
    got = roles(ex)
    assert ("全国某某研究会专题座谈会", "speaker", "徐泽") in got
    assert not any(r[2] == "王明" for r in got)  # whose words are recalled (重温) takes no part


def test_an_event_opening_with_a_festival_named_beside_it(extractor: Extractor) -> None:
    ex = run(extractor, "央视网消息（新闻联播）：第四届某某国际文化博览会和第九届某某国际旅游节今天（8日）在甘肃甘南开幕，800多名嘉宾参加。")
    assert events(ex) == {("Conference", "第四届某某国际文化博览会", "2024-05-08")}


def test_two_holders_over_a_span_of_days_hold_no_one_event(extractor: Extractor) -> None:
    # many ceremonies over days, not one of each holder
    assert run(extractor, "央视网消息（新闻联播）：从昨晚至今天，南州赛区和北州赛区也分别举行了颁奖仪式，为获奖运动员颁发奖牌。").events == []
