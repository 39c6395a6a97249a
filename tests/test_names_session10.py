"""Person-name recall classes of session 10 (issue 9: kg misses names on unseen reports): a
transliteration right before a head's title that the text names again, a name of a rarer surname
that the text repeats as a clause's subject, a Yi or Mongolian name the tagger cuts, one name or a
list between a decision's verb and the body of the membership it concerns, a name after 叫.  Every
sentence and name is invented in the style of the reports."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.names import PersonTagger
from kg.nlp.personnames import check_name
from kg.nlp.rules import load_rules
from kg.records import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extract_text(extractor, text, when=date(2023, 9, 14))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欢迎仪式后，李某某总理与卡洛维斯总理举行会谈。卡洛维斯表示，这是他首次访华。", "卡洛维斯"),
        ("会谈后，某某主席同帕尔多维克总统共同会见记者。某某欢迎帕尔多维克访华。帕尔多维克祝贺两国建交30周年。",
         "帕尔多维克"),
    ],
)
def test_a_transliteration_before_a_heads_title_named_again_is_a_person(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str, name: str
) -> None:
    """Found even where the tagger reads the name as a place everywhere (as it does for some)."""
    tagged = PersonTagger._tagged

    def as_place(self: PersonTagger, lac: Any, stretch: str) -> list[tuple[str, str]]:
        return [(w, "LOC" if w == name else t) for w, t in tagged(self, lac, stretch)]

    monkeypatch.setattr(PersonTagger, "_tagged", as_place)
    assert name in run(extractor, text).persons


@pytest.mark.parametrize(
    "text",
    [
        "会谈后，某某同卡塔尔总统共同会见记者。卡塔尔表示，愿加强合作。卡塔尔愿意推进项目。",  # a country
        "会谈后，两国总统共同见证签署。两国总统还会见记者。两国总统表示满意。",  # no transliteration
    ],
)
def test_a_country_or_a_phrase_before_a_title_is_no_person(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).persons


def test_a_name_of_a_rarer_surname_repeated_as_a_subject_is_found(extractor: Extractor) -> None:
    text = (
        "清晨五点，这家面馆的灯光就亮了。褚德远从老家来到城里经营面馆，一个人日夜打拼。"
        "前不久，褚德远无奈地在网上留言。社区很快找到褚德远，帮他解决了难题。"
    )
    assert "褚德远" in run(extractor, text).persons


def test_the_surname_table_knows_lai() -> None:
    assert load_rules()["names"].plausible("赖某远")


def test_a_place_of_a_rarer_surname_is_no_person(extractor: Extractor) -> None:
    text = "当天，政府军收复了南部重要城镇霍拉特。霍拉特位于交通要道上，霍拉特战略地位重要。"
    assert "霍拉特" not in run(extractor, text).persons


def test_a_yi_name_named_twice_as_a_subject_is_found(extractor: Extractor) -> None:
    text = "在大山深处的某县某村，吉克阿果正在养殖场忙碌着。这几年，当地培养致富带头人，吉克阿果也回到村里发展养殖。"
    assert "吉克阿果" in run(extractor, text).persons


def test_a_yi_name_needs_the_text_to_repeat_it_as_a_subject(extractor: Extractor) -> None:
    text = "在某县的吉克阿果村，村民们正在忙碌着。"
    assert "吉克阿果" not in run(extractor, text).persons


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("会议审议通过了关于撤销严某明政协第十三届全国委员会委员资格的决定。", ["严某明"]),
        ("会议审议通过了关于撤销汪某、卢海杰、丁沂、蒋艺红政协第十三届全国委员会委员资格的决定。",
         ["汪某", "卢海杰", "丁沂", "蒋艺红"]),
        ("会议决定增补宋某为第十四届全国政协委员。", ["宋某"]),
        ("会议决定免去卢某同志的全国人大代表职务。", ["卢某"]),
    ],
)
def test_names_between_a_decisions_verb_and_the_body(extractor: Extractor, text: str, names: list[str]) -> None:
    assert sorted(run(extractor, text).persons) == sorted(names)


def test_a_decision_about_no_named_person_makes_none(extractor: Extractor) -> None:
    assert not run(extractor, "会议决定撤销全国政协委员资格。").persons


def test_a_name_after_jiao_is_read_by_the_tagger(extractor: Extractor) -> None:
    text = "在人群中，记者看到了一位老人，这位老人叫李德升，今年89岁，坐在旁边的是他的外孙女。"
    assert run(extractor, text).persons == ["李德升"]
    assert not run(extractor, "听到这个消息，大家齐声叫好。").persons


def test_the_last_item_after_a_found_name_and_a_joiner_runs_into_a_verb(extractor: Extractor) -> None:
    text = "由梁小晶、韦永丽、孔令薇、葛曼琳组成的中国队夺得银牌。"
    assert sorted(run(extractor, text).persons) == sorted(["梁小晶", "韦永丽", "孔令薇", "葛曼琳"])


@pytest.mark.parametrize(
    "text",
    [
        "当地时间15日凌晨，某国首都以及赫尔多、哈尔基夫、伊万诺-弗拉科夫等多地都传出爆炸声。",
        "气象部门预测，在该国索法里、马尼尼、赞比西亚等省份，暴风雨天气将持续。",
    ],
)
def test_the_items_of_a_list_of_places_are_no_persons(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).persons


def test_a_list_of_names_before_another_deng_stays(extractor: Extractor) -> None:
    assert sorted(run(extractor, "徐梦涵、徐思雨和邵晓琪等选手参赛。").persons) == ["徐思雨", "徐梦涵", "邵晓琪"]


def test_an_armed_group_or_an_organisation_is_no_name() -> None:
    assert check_name("哈达武装") is None and check_name("塔尔组织") is None
    assert check_name("欧阳武") == "欧阳武" and check_name("王武装") == "王武装"  # a given name may hold the word


def test_a_person_before_a_list_of_places_stays(extractor: Extractor) -> None:
    text = "某委员会副主任、代表团副团长艾力江·吐尔洪带领分团前往某市第5小学、某社区等地了解情况。"
    assert "艾力江·吐尔洪" in run(extractor, text).persons


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("厨师辛海波告诉记者，这道菜很受欢迎。", ["辛海波"]),  # (jieba reads 辛|海波: no word window)
        ("工作人员介绍，目前已有三万人报名。", []),
        ("据介绍，该项目总投资十亿元。", []),
    ],
)
def test_a_clause_ending_in_gaosu_or_jieshao_is_read_by_the_tagger(
    extractor: Extractor, text: str, names: list[str]
) -> None:
    assert run(extractor, text).persons == names
