"""Persons and posts from title–name apposition, one test per real form of it.

The sentences are written for these tests in the style of the reports; none is
copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.records import Article, Extraction


def run(extractor: Extractor, text: str, when: date | None = date(2022, 8, 16)) -> Extraction:
    return extract_text(extractor, text, when=when, title=text.split("\n")[0])


def posts(ex: Extraction) -> set[tuple[str, str, str]]:
    """(person, organisation label, role) of every post."""
    return {(p.person, p.organization.label, p.role) for p in ex.posts}


def test_simple_apposition(extractor: Extractor) -> None:
    ex = run(extractor, "上海市委书记李强出席会议。")
    assert ("李强", "上海市委", "PartySecretary") in posts(ex)
    assert ex.persons == ["李强"]


def test_shared_place_gives_two_posts(extractor: Extractor) -> None:
    ex = run(extractor, "上海市委副书记、市长龚正出席会议。")
    assert posts(ex) == {
        ("龚正", "上海市委", "DeputyPartySecretary"),
        ("龚正", "上海市人民政府", "Governor"),  # 市长 of a municipality heads a provincial-level government
    }


def test_national_chain_with_leading_group(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委、国务院副总理、推动长三角一体化发展领导小组组长韩正主持会议。")
    roles = {(p.person, p.role) for p in ex.posts}
    assert roles == {
        ("韩正", "PolitburoStandingCommitteeMember"),
        ("韩正", "VicePremier"),
        ("韩正", "LeadingGroupHead"),
    }
    group = next(p for p in ex.posts if p.role == "LeadingGroupHead")
    assert group.organization.label == "推动长三角一体化发展领导小组"
    assert all(p.organization.jurisdiction is None for p in ex.posts), "national posts have no provincial jurisdiction"


def test_list_of_officials_before_a_verb(extractor: Extractor) -> None:
    ex = run(extractor, "上海市委书记李强、江苏省委书记娄勤俭、浙江省委书记车俊、安徽省委书记李锦斌先后发言。")
    assert {
        ("李强", "上海市委", "PartySecretary"),
        ("娄勤俭", "江苏省委", "PartySecretary"),
        ("车俊", "浙江省委", "PartySecretary"),
        ("李锦斌", "安徽省委", "PartySecretary"),
    } == posts(ex)


def test_elided_place_after_and(extractor: Extractor) -> None:
    ex = run(extractor, "北京市委书记蔡奇和市长陈吉宁陪同考察。")
    assert ("陈吉宁", "北京市人民政府", "Governor") in posts(ex), "陈吉宁 is 北京's mayor"
    assert ("蔡奇", "北京市委", "PartySecretary") in posts(ex)


def test_autonomous_region_party_committee(extractor: Extractor) -> None:
    ex = run(extractor, "内蒙古自治区党委书记孙绍骋主持会议。")
    post = ex.posts[0]
    assert (post.person, post.organization.label, post.role) == ("孙绍骋", "内蒙古自治区党委", "PartySecretary")
    assert post.organization.jurisdiction is not None and post.organization.jurisdiction.name == "内蒙古"


def test_ministry_head(extractor: Extractor) -> None:
    ex = run(extractor, "国家发展改革委主任郑栅洁介绍有关情况。")
    assert ("郑栅洁", "国家发展改革委", "Minister") in posts(ex)


def test_city_mayor_is_not_a_governor(extractor: Extractor) -> None:
    ex = run(extractor, "合肥市长罗云峰出席活动。")
    post = ex.posts[0]
    assert post.role == "Mayor" and post.organization.jurisdiction is not None
    assert post.organization.jurisdiction.kind == "city" and post.organization.jurisdiction.name == "合肥"


def test_name_followed_by_date(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委、国务院副总理韩正28日主持召开座谈会。")
    assert {p.role for p in ex.posts if p.person == "韩正"} == {"PolitburoStandingCommitteeMember", "VicePremier"}


def test_elided_place_from_previous_sentence(extractor: Extractor) -> None:
    ex = run(extractor, "他听取了吉林省委和省政府工作汇报。省委书记黄强作了汇报。")
    assert ("黄强", "吉林省委", "PartySecretary") in posts(ex)


def test_foreign_title_is_not_a_chinese_post(extractor: Extractor) -> None:
    ex = run(extractor, "美国国防部长奥斯汀表示。")
    assert not ex.posts


def test_posts_are_attested_on_the_article_date(extractor: Extractor) -> None:
    ex = run(extractor, "江苏省委副书记、省长许昆林出席会议。", when=date(2022, 8, 16))
    assert {p.attested_on for p in ex.posts} == {date(2022, 8, 16)}
    assert all(p.evidence.text == "江苏省委副书记、省长许昆林出席会议。" for p in ex.posts)


def test_postfix_general_secretary(extractor: Extractor) -> None:
    ex = run(extractor, "会议深入学习贯彻习近平总书记重要讲话精神。")
    assert ("习近平", "中共中央", "GeneralSecretary") in posts(ex)


def test_particles_never_end_a_name(extractor: Extractor) -> None:
    ex = run(extractor, "看到总书记来了，学生们围拢过来。总书记高兴地同大家交谈。")
    assert "来了" not in ex.persons and "高兴地" not in ex.persons


def test_transliterated_name(extractor: Extractor) -> None:
    ex = run(extractor, "新疆维吾尔自治区党委副书记、自治区主席雪克来提·扎克尔介绍情况。")
    assert "雪克来提·扎克尔" in ex.persons
    assert ("雪克来提·扎克尔", "新疆维吾尔自治区人民政府", "Governor") in posts(ex)


def test_concurrent_posts_joined_by_jian(extractor: Extractor) -> None:
    ex = run(extractor, "国务委员兼国务院秘书长吴政隆出席会议。")
    assert {p.role for p in ex.posts if p.person == "吴政隆"} == {"StateCouncilor", "SecretaryGeneral"}


def test_a_bodys_party_group_is_not_a_local_committee(extractor: Extractor) -> None:
    ex = run(extractor, "报告会在北京举行。国家发展和改革委员会党组书记、主任郑栅洁作报告。")
    assert posts(ex) == {("郑栅洁", "国家发展改革委", "Minister")}


def test_untitled_name_before_tongzhi(extractor: Extractor) -> None:
    ex = run(extractor, "坚持以习近平同志为核心的党中央坚强领导。")
    assert ex.persons == ["习近平"] and not ex.posts, "同志 marks a name, not a post"


def test_four_character_name_after_a_title(extractor: Extractor) -> None:
    ex = run(extractor, "香港特别行政区行政长官林郑月娥、澳门特别行政区行政长官崔世安出席会议。")
    assert {"林郑月娥", "崔世安"} <= set(ex.persons)


def test_person_with_a_title_we_cannot_place_has_no_post(extractor: Extractor) -> None:
    ex = run(extractor, "石柱土家族自治县县委书记蹇泽西参加座谈会。")
    assert "蹇泽西" in ex.persons and not ex.posts


def test_common_words_after_a_title_are_not_names(extractor: Extractor) -> None:
    ex = run(extractor, "这是党的十八大以来，总书记连续10年同大家一起义务植树。")
    assert "连续" not in ex.persons and not ex.posts


def test_a_modifier_before_de_after_a_title_is_no_name(extractor: Extractor) -> None:
    """jieba may list an adjective as a name (its HMM or dictionary says nr); before 的 the tagger decides."""
    ex = run(extractor, "文章充分体现了总书记卓越的战略眼光。")
    assert "卓越" not in ex.persons and not ex.posts
    ex = run(extractor, "市委书记李明的讲话很精彩。国家主席普京的访问取得成功。")
    assert {"李明", "普京"} <= set(ex.persons)


# -- issue 9: posts that hold on unseen reports (invented sentences of the shapes that failed) --


def _roles(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    ex = extractor.extract(Article("t", "t", text, "", date(2022, 4, 18), "h"))
    return {(p.person, p.role) for p in ex.posts}


def test_a_title_outside_the_rules_does_not_end_the_chain(extractor: Extractor) -> None:
    roles = _roles(extractor, "开幕式上，中共中央政治局委员、天津市委书记、天津赛事组委主席陈立华致辞。")
    assert {("陈立华", "PolitburoMember"), ("陈立华", "PartySecretary")} <= roles
    # a clause break inside the skipped text: the titles before it are someone else's
    roles = _roles(extractor, "天津市委书记陈立华致辞，并播放了国际足联主席因凡蒂诺的视频。")
    assert not any(person == "因凡蒂诺" for person, _ in roles)


def test_national_secretaries_general_deputies_and_inserted_words(extractor: Extractor) -> None:
    roles = _roles(extractor, "会议听取了全国人大常委会秘书长周建明作的报告。")
    assert roles == {("周建明", "SecretaryGeneral")}
    assert ("孙海涛", "ViceChairman") in _roles(extractor, "民盟中央常务副主席孙海涛发言。")
    roles = _roles(extractor, "中央财办分管日常工作的副主任、中央农办主任刘振东介绍情况。")
    assert roles == {("刘振东", "DeputyDepartmentHead"), ("刘振东", "DepartmentHead")}
    assert _roles(extractor, "王海平副委员长主持会议。") == {("王海平", "ViceChairman")}


def test_a_past_post_keeps_the_day_its_clause_writes(extractor: Extractor) -> None:
    ex = extractor.extract(Article(
        "t", "t", "2005年8月15日，时任浙江省委书记习近平在安吉考察。中共中央总书记习近平出席会议。", "", date(2022, 4, 18), "h",
    ))
    days = {(p.role, p.attested_on) for p in ex.posts}
    assert days == {("GeneralSecretary", date(2022, 4, 18)), ("PartySecretary", date(2005, 8, 15))}
    # a month or a year only: no post (xsd:date has no month; a day is never invented)
    ex = extractor.extract(Article("t", "t", "2005年8月，时任浙江省委书记习近平在安吉考察。", "", date(2022, 4, 18), "h"))
    assert ex.posts == [] and ex.persons == ["习近平"]
    ex = extractor.extract(Article("t", "t", "1983年6月，李鹏同志任国务院副总理。", "", date(2022, 4, 18), "h"))
    assert ex.posts == []


def test_china_before_a_national_title_is_no_foreign_country(extractor: Extractor) -> None:
    assert _roles(extractor, "中国国家主席习近平同来访的总统举行会谈。") == {("习近平", "President")}
    assert _roles(extractor, "美国国防部长奥斯汀出席。") == set()


def _posts_of(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    ex = extractor.extract(Article("t", "t", text, "", date(2022, 4, 18), "h"))
    return {(p.person, p.role) for p in ex.posts}


@pytest.mark.parametrize(
    ("text", "post"),
    [("李强表示，习近平主席高度重视两国关系。", ("习近平", "President")),
     ("去年，中国国家主席习近平在论坛年会发表主旨演讲。", ("习近平", "President")),
     ("2014年，习近平总书记来到这个村庄考察。", ("习近平", "GeneralSecretary"))],
)
def test_bare_and_recalled_titles_of_the_office_holder(extractor: Extractor, text: str, post: tuple[str, str]) -> None:
    """"X主席" is the State President when the record of office holders says X holds it on the
    report's day; a title in a recalled clause without 时任/原 is still held then."""
    assert post in _posts_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["文莱苏丹表示，江泽民主席为提升人民生活水平作出了贡献。", "希望巴赫主席提出宝贵建议。",
     "2002年，时任浙江省委书记习近平来到这里考察。"],
)
def test_bare_titles_of_others_and_former_titles_give_no_post(extractor: Extractor, text: str) -> None:
    """A 主席 whom the record does not list as holding the office on the day (a former president, an
    IOC president) and a title marked past (时任) give no post on the report's day."""
    posts = _posts_of(extractor, text)
    assert not any(role in ("President", "PartySecretary") for _, role in posts)


@pytest.mark.parametrize(
    ("text", "post"),
    [("中央宣讲团成员，应急管理部党委书记、部长王明远10月30日作宣讲报告。", ("王明远", "Minister")),
     ("宣讲团成员，国务院国资委党委书记、主任张立德11月5日在某省作宣讲报告。", ("张立德", "AgencyHead")),
     ("杂志将发表中共中央总书记、国家主席习近平的重要文章。", ("习近平", "GeneralSecretary")),
     ("拟给予苏州市委书记戴明远党内警告处分。", ("戴明远", "PartySecretary"))],
)
def test_a_ministry_named_after_a_clause_break_a_party_title_after_a_verb_and_sanctions(
    extractor: Extractor, text: str, post: tuple[str, str]
) -> None:
    """The body named once in a chain's first title is found after a comma; "中共…" after a verb is
    no foreign title; a sanction (党内警告) after a name ends it."""
    assert post in _posts_of(extractor, text)


def test_a_name_before_local_time_and_another_country_s_general_secretary(extractor: Extractor) -> None:
    """"国务院总理李克强当地时间4日…": 当地时间 ends the name; "阮富仲总书记": the record of the
    office's holders does not list him, so the title is another country's and gives no post."""
    assert ("李克强", "Premier") in _posts_of(extractor, "国务院总理李克强当地时间11月4日晚在曼谷出席会议。")
    posts = _posts_of(extractor, "习近平请阮春福转达对阮富仲总书记、国家主席的诚挚问候。")
    assert not any(person == "阮富仲" for person, _ in posts)
