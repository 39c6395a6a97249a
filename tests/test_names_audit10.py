"""Person classes of the session-10 audit (seed 1208) and of dev: an event's name after 领导人
(…圆桌峰会), a title whose last word runs into a noun (常驻联合国代表|团), companies in a list that ends
in 等 and an organisations' head noun (X·Y、Z等美国军工集团), a three-character name before 家 after a
visit (走进村民X某某家), a preposition before a quoted phrase (部长X某向“…”), a title that runs into a
longer one (国务委员|长).  Every sentence and name is invented in the style of the reports."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.personnames import check_name
from kg.records import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extract_text(extractor, text, when=date(2023, 9, 14))


@pytest.mark.parametrize("name", ["圆桌峰会", "合作论坛", "欢迎仪式", "某某·某某论坛"])
def test_a_name_ending_in_an_event_noun_is_none(name: str) -> None:
    assert check_name(name) is None


def test_an_event_after_a_leaders_title_is_no_person(extractor: Extractor) -> None:
    text = (
        "论坛将于5月在某地举行。主要活动包括：5月8日，举行分论坛；5月9日，举行领导人圆桌峰会。"
        "主席将全程主持领导人圆桌峰会，会后向媒体介绍成果。"
    )
    assert "圆桌峰会" not in run(extractor, text).persons


def test_a_delegation_after_a_representatives_title_is_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "9日，中国常驻联合国代表团举行线上庆祝活动。")
    assert ex.persons == []


def test_companies_in_a_list_before_an_organisations_head_are_no_persons(extractor: Extractor) -> None:
    text = "报道说，冲突持续让西方军火商获利颇丰，格鲁曼·诺斯、波音、雷神等美国军工集团获得巨额订单，乐见冲突延长。"
    assert not any("·" in p for p in run(extractor, text).persons)


def test_persons_in_a_list_before_a_companys_officers_stay(extractor: Extractor) -> None:
    text = "会上，约翰·史密斯、彼得·琼斯等公司负责人先后发言。"
    assert {"约翰·史密斯", "彼得·琼斯"} <= set(run(extractor, text).persons)


def test_a_three_character_name_before_home_after_a_visit_keeps_its_last_character(extractor: Extractor) -> None:
    ex = run(extractor, "正值农历小年，总书记走进村民朱西存家，察看年货准备情况。")
    assert ex.persons == ["朱西存"]


def test_a_new_home_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    ex = run(extractor, "总书记走进村民王强新家，察看新房。")
    assert "王强新" not in ex.persons


def test_a_preposition_before_a_quoted_phrase_ends_the_name(extractor: Extractor) -> None:
    ex = run(extractor, "会上，某某部部长华建向“最美家庭”代表颁奖。")
    assert "华建" in ex.persons and "华建向" not in ex.persons


def test_a_title_running_into_a_longer_title_starts_no_name(extractor: Extractor) -> None:
    ex = run(extractor, "朝鲜国务委员长金某恩表示，愿意合作。")
    assert not any(p.startswith("长") for p in ex.persons)
