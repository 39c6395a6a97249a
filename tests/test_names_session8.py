"""Person-name precision classes of the seed-1205 audit: a modifier and a common noun read as an
untitled name, a transliteration before a place's head (a crater, a settlement), a verb's first
character glued after a titled name, a list opened by 有, a monarch's regnal number.  Sentences,
names and places are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.names import _frequent_verb_at
from kg.nlp.personnames import check_name
from kg.records import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extract_text(extractor, text, when=date(2023, 9, 14))


def test_a_modifier_and_a_crop_are_no_names(extractor: Extractor) -> None:
    persons = run(extractor, "在某县某镇，夏玉米、夏芝麻正处于开花期。").persons
    assert not {"夏玉米", "夏芝麻"} & set(persons)


@pytest.mark.parametrize(
    "text",
    [
        "巡视器驶向冯·卡洛撞击坑，位于南部盆地。",  # a crater named after a person
        "某国总理在位于某河东岸的阿维尔定居点视察时说，将新建住房。",  # a settlement
    ],
)
def test_a_place_head_ends_no_name(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).persons


@pytest.mark.parametrize("name", ["冯·卡洛撞击坑", "贝·诺尔定居点", "阿维尔定居点"])
def test_the_validator_rejects_a_place_named_after_a_person(name: str) -> None:
    assert check_name(name) is None


def test_a_frequent_verb_ends_a_titled_name() -> None:
    text = "这将给有某国总统马林科参与的下一次会晤铺路。"
    assert _frequent_verb_at(text, text.index("参与"))
    assert not _frequent_verb_at(text, text.index("马林科") + 1)  # "林科" is no verb


def test_a_titled_name_before_a_verb_loses_no_character(extractor: Extractor) -> None:
    persons = run(extractor, "这将给有乌克兰总统泽连斯奇参与的下一次会晤铺路。").persons
    assert "泽连斯奇" in persons and "泽连斯奇参" not in persons


def test_a_list_opened_by_you(extractor: Extractor) -> None:
    persons = run(extractor, "出席晚宴的朝方领导人有金哲浩、朴明顺、李永植等。").persons
    assert {"金哲浩", "朴明顺", "李永植"} <= set(persons) and "有金哲浩" not in persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("主席向汤加国王陶法六世致慰问电。", "陶法六世"),
        ("西班牙国王费利斯六世表示，愿加强合作。", "费利斯六世"),
        ("主席会见某国国王阿卜杜十六世。", "阿卜杜十六世"),
    ],
)
def test_a_regnal_number_is_part_of_the_name(extractor: Extractor, text: str, name: str) -> None:
    persons = run(extractor, text).persons
    assert name in persons and name[:-2] not in persons


def test_a_regnal_number_needs_a_name_before_it() -> None:
    assert check_name("陶法六世") == "陶法六世"
    assert check_name("强调六世") is None
