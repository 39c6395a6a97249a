"""The one name validator every person-minting path goes through (kg.nlp.personnames), and
the recognisers that use it.  Sentences and names are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

import pytest

from kg.nlp import Extractor
from kg.nlp.personnames import check_name
from kg.records import Article, Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(Article("t", "t", text, "", date(2022, 4, 18), "h"))


@pytest.mark.parametrize(
    ("glued", "name"),
    [("陈大明在", "陈大明"), ("韩正陪", "韩正"), ("李强在", "李强"), ("车俊再次", "车俊"), ("黄强视频", "黄强"),
     ("王凯陪", "王凯"), ("汪洋近日", "汪洋"), ("王毅等", "王毅"), ("李强监誓", "李强"),
     ("通伦·西苏里独家专访", "通伦·西苏里")],
)
def test_glued_words_are_cut_off(glued: str, name: str) -> None:
    assert check_name(glued) == name


@pytest.mark.parametrize(
    "phrase", ["任双组长", "沙县", "来到前海", "殷殷嘱托", "高兴地说", "庄严宣示", "关于党", "国工作", "乌方", "和夫人",
               "黎议长", "党中央"],
)
def test_phrases_titles_places_and_sides_are_no_names(phrase: str) -> None:
    assert check_name(phrase) is None


@pytest.mark.parametrize("name", ["魏凤和", "胡和平", "张胜利", "林郑月娥", "艾尔肯·吐尼亚孜", "沈跃跃", "陈全国"])
def test_real_names_pass(name: str) -> None:
    assert check_name(name) == name


def test_glued_words_after_titled_names(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局委员、中组部部长陈希在参加青海代表团审议时说，要坚定信心。国务院总理李克强将作政府工作报告。")
    assert set(ex.persons) == {"陈希", "李克强"}
    ex = run(extractor, "国际奥委会主席巴赫认为，这很好。国务院总理李克强调研时说，要加快。国务委员兼国防部长魏凤和出席。")
    assert set(ex.persons) == {"巴赫", "李克强", "魏凤和"}


def test_title_words_running_on_and_phrases_after_titles(extractor: Extractor) -> None:
    ex = run(extractor, "俄方将积极支持中方主席国工作。习近平总书记庄严宣示：我们的责任重大。")
    assert ex.persons == ["习近平"]
    ex = run(extractor, "湖南省长沙县今年粮食丰收。")
    assert ex.persons == [] and ex.posts == []


def test_name_lists_split(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委蔡奇、丁薛祥出席。")
    assert set(ex.persons) == {"蔡奇", "丁薛祥"}


def test_tagger_reading_cut_short_is_extended(extractor: Extractor) -> None:
    ex = run(extractor, "会议听取了全国人大外事委员会主任委员张业遂作的关于议定书的说明。")
    assert ex.persons == ["张业遂"]


def test_appointment_notices_give_the_new_post_and_removals_none(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央决定：周海涛同志任内蒙古自治区党委委员、常委、书记，不再担任宁夏回族自治区党委书记职务。")
    places = {p.organization.jurisdiction.name for p in ex.posts if p.organization.jurisdiction}
    assert {p.role for p in ex.posts} == {"StandingCommitteeMember", "PartySecretary"} and places == {"内蒙古"}
    ex = run(extractor, "尹力同志任北京市委委员、常委、书记。会议经表决，任命何立峰为国务院副总理。")
    assert {(p.person, p.role) for p in ex.posts} >= {("尹力", "PartySecretary"), ("何立峰", "VicePremier")}
    ex = run(extractor, "王清宪当选为安徽省人民政府省长。免去陈吉宁的北京市市长职务。")
    assert {(p.person, p.role) for p in ex.posts} == {("王清宪", "Governor")}
    assert "陈吉宁" in ex.persons
    ex = run(extractor, "1983年6月，李鹏同志任国务院副总理。")
    assert ex.posts == [] and ex.persons == ["李鹏"]


def test_a_title_shared_by_a_list_of_names(extractor: Extractor) -> None:
    ex = run(extractor, "中共中央政治局常委王沪宁、赵乐际、韩正出席。上海市委书记李强、江苏省委书记吴政隆出席。")
    roles = {(p.person, p.role) for p in ex.posts}
    assert {("王沪宁", "PolitburoStandingCommitteeMember"), ("韩正", "PolitburoStandingCommitteeMember")} <= roles
    assert ("吴政隆", "PartySecretary") in roles and ("吴政隆", "PolitburoStandingCommitteeMember") not in roles


@pytest.mark.parametrize(
    ("glued", "name"),
    [("丹尼尔·伊肯森认", "丹尼尔·伊肯森"), ("伊姆兰·汗致慰问电", "伊姆兰·汗"), ("专员菲利普·拉扎里尼", "菲利普·拉扎里尼")],
)
def test_transliterated_names_lose_glued_words_and_titles(glued: str, name: str) -> None:
    assert check_name(glued) == name


@pytest.mark.parametrize("phrase", ["对话·上合峰会城市", "来这里", "江流域", "贺信"])
def test_phrases_with_a_dot_or_a_pronoun_are_no_names(phrase: str) -> None:
    assert check_name(phrase) is None


def test_fragments_of_a_longer_name_are_dropped(extractor: Extractor) -> None:
    ex = run(extractor, "许其亮、张又侠、魏凤和、苗华、张升民参加。五部门部署长江流域重点水域退捕工作。")
    assert set(ex.persons) == {"许其亮", "张又侠", "魏凤和", "苗华", "张升民"}


def test_foreign_premier_and_hyphenated_names(extractor: Extractor) -> None:
    ex = run(extractor, "印度总统穆尔穆、总理莫迪致慰问电。萨利赫说，伊拉克总理阿卜杜勒-迈赫迪已同意。")
    assert ex.posts == [] and "阿卜杜勒" not in ex.persons
    ex = run(extractor, "习近平在曼谷同泰国总理巴育举行会谈。习近平总书记曾来到这里。")
    assert "巴育举" not in ex.persons and "曾来" not in ex.persons
