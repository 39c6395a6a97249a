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


def test_a_call_glued_after_a_name_is_stripped(extractor: Extractor) -> None:
    ex = run(extractor, "据某国总统助理介绍，某某当天与美国总统特朗普通话时表示，双方讨论了能源问题。")
    assert "特朗普通话" not in ex.persons and "特朗普" in ex.persons
    assert check_name("马克·米某通话") == "马克·米某"


def test_a_frequent_word_after_a_three_character_name_is_no_part_of_it(extractor: Extractor) -> None:
    ex = run(extractor, "在那次突围中，三营教导员易荡生英勇牺牲。")
    assert "易荡生英勇" not in ex.persons
    assert check_name("易荡生英勇") != "易荡生英勇"


def test_a_ship_class_named_after_a_person_is_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "驶入该海域的“某某号”是一艘美海军阿利·伯克级驱逐舰。")
    assert ex.persons == []


def test_two_places_joined_by_a_dash_are_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "某方称已击退对方在尼古拉耶夫—克里沃伊罗格一线的进攻。")
    assert ex.persons == []


def test_a_word_after_a_phrase_and_de_is_no_name(extractor: Extractor) -> None:
    ex = run(extractor, "人们把鲜花撒向无垠的江海。")
    assert ex.persons == []


def test_a_glued_character_before_wei_in_an_appointment_is_the_names(extractor: Extractor) -> None:
    ex = run(extractor, "会议表决通过，任命李德于为第十四届全国政协副秘书长。")
    assert "李德于" in ex.persons and "李德" not in ex.persons


def test_the_verb_opening_a_list_is_no_part_of_its_first_name(extractor: Extractor) -> None:
    ex = run(extractor, "坐在前排的主席团成员有蔺建平、李永强、赵文书、陈海洋等。")
    assert "有蔺建平" not in ex.persons
    assert check_name("有蔺建平") is None


def test_qian_before_a_title_is_the_titles(extractor: Extractor) -> None:
    ex = run(extractor, "安倍前首相在任时曾多次谈及两国关系。")
    assert "安倍前" not in ex.persons


def test_an_event_noun_of_three_characters_after_a_cue_is_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "某省政协2023年度主席会议成员务虚会12日在某市召开。")
    assert "务虚会" not in ex.persons
    assert check_name("务虚会") is None


def test_the_end_of_a_country_cut_at_ji_is_no_name_before_a_title(extractor: Extractor) -> None:
    text = (
        "国家主席在某地会见阿尔及利亚总理某某某。主席表示，中方支持阿尔及利亚走自身发展道路，"
        "愿同阿尔及利亚加强合作。阿尔及利亚是中国的好朋友。"
    )
    assert "利亚" not in run(extractor, text).persons


def test_a_company_before_a_two_word_title_and_its_holder_is_no_person(extractor: Extractor) -> None:
    ex = run(extractor, "另一家评级机构穆迪首席经济学家约翰·史密斯日前表示，经济将放缓。")
    assert ex.persons == ["约翰·史密斯"]


def test_items_before_a_count_of_kinds_are_no_persons(extractor: Extractor) -> None:
    ex = run(extractor, "草原上，黄羊、马鹿、狍子等十多种野生动物的数量明显增加。")
    assert ex.persons == []


def test_persons_before_deng_and_a_class_of_people_stay(extractor: Extractor) -> None:
    ex = run(extractor, "会上，张建国、李卫东等种粮大户介绍了经验。")
    assert {"张建国", "李卫东"} <= set(ex.persons)
