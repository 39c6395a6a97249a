"""Person-name recall classes that hold on reports no rule was written on (issue 9, session 9):
transliterated names whose parts a hyphen joins, a transliteration after a title read by a model
of the characters transliterations use, a title's last character glued to the name after it, a
name that runs on one character before the day.  Sentences and names are invented in the style of
the reports."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.names import TranslitChars, load_translit_chars
from kg.nlp.personnames import check_name, hyphenated_name, joined_on, runs_on, title_glued
from kg.records import Extraction


def run(extractor: Extractor, text: str) -> Extraction:
    return extract_text(extractor, text, when=date(2023, 9, 14))


@pytest.mark.parametrize("joiner", ["-", "－", "—"])
def test_a_hyphen_joins_the_parts_of_one_name(extractor: Extractor, joiner: str) -> None:
    name = f"阿卜杜勒{joiner}萨迪克"
    persons = run(extractor, f"某国总理{name}10日表示，安全形势总体可控。").persons
    assert persons == [name]  # never the first part alone


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某国国家主席罗德里斯-卡内隆同来访客人举行会谈。罗德里斯-卡内隆表示，愿加强合作。", "罗德里斯-卡内隆"),
        ("某国国防部长科斯尼亚克-卡米什日前表示，将提供协助。", "科斯尼亚克-卡米什"),
    ],
)
def test_a_titled_hyphenated_name_is_found_whole(extractor: Extractor, text: str, name: str) -> None:
    assert run(extractor, text).persons == [name]


@pytest.mark.parametrize(
    "text",
    [
        "中国—东盟博览会今天在南宁开幕。",  # two places
        "李某-王某合作项目今天启动。",  # two Chinese names side by side
    ],
)
def test_a_hyphen_between_other_words_makes_no_name(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).persons


def test_a_dash_is_no_joiner(extractor: Extractor) -> None:
    text = "《好日子——王某某某地足迹》等图书出版发行，记述王某某同志的工作经历。"
    assert "王某某" in run(extractor, text).persons
    assert not joined_on(text, text.index("王某某"), text.index("王某某") + 3)
    assert joined_on("阿卜杜勒-萨迪克", 0, 4) and joined_on("阿卜杜勒-萨迪克", 5, 8)


def test_the_validator_reads_a_hyphenated_name_as_a_dotted_one() -> None:
    assert check_name("阿卜杜勒-萨迪克", bounded=True) == "阿卜杜勒-萨迪克"
    assert hyphenated_name("阿卜杜勒-萨迪克表示") == "阿卜杜勒-萨迪克"  # a glued verb goes
    assert hyphenated_name("中国-东盟") is None  # a place before the hyphen
    assert hyphenated_name("阿卜杜勒萨迪克") is None  # no hyphen


def test_the_sound_model_knows_transliterations() -> None:
    translit: TranslitChars = load_translit_chars()
    assert translit.sounds_foreign("维萨尔金") and translit.sounds_foreign("布萨尔科")
    assert translit.sounds_foreign("舒利科")  # one character outside the table, at most
    assert not translit.sounds_foreign("王某某") and not translit.sounds_foreign("李敏和")
    assert not translit.sounds_foreign("斯")  # too short to say


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某某托夫州州长维萨尔金称，无人机来袭导致一处设施受损。", "维萨尔金"),
        ("某某托夫州州长布萨尔科称，无人机来袭导致一处设施受损。", "布萨尔科"),
    ],
)
def test_a_transliteration_after_a_title_up_to_a_clear_boundary(extractor: Extractor, text: str, name: str) -> None:
    assert run(extractor, text).persons == [name]


@pytest.mark.parametrize(
    "text",
    [
        "总统特别强调，要加强合作。",  # a common word after the title
        "他代表卡塔尔表示，愿加强合作。",  # a country after 代表
        "某国代表大会12日开幕。",  # no boundary after the characters
    ],
)
def test_no_transliteration_where_a_word_stands(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).persons


def test_a_title_glued_to_the_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "某国外交部长官李敏和当天表示反对。"
    assert run(extractor, text).persons == ["李敏和"]  # not 官李敏和
    assert title_glued(text, text.index("官"))
    assert not title_glued("某省省长李某某表示", 5)


def test_a_name_runs_on_before_the_day() -> None:
    text = "调解中心主任萨普奇申2日说，袭击没有造成伤亡。"
    end = text.index("申")
    assert runs_on(text, end, lambda t, e: not t[e : e + 1].isalpha())  # "萨普奇|申2日": cut short
    assert not runs_on("调解中心主任萨普奇2日说", end, lambda t, e: not t[e : e + 1].isalpha())


def test_an_adverb_before_the_speech_verb_ends_a_transliteration(extractor: Extractor) -> None:
    text = "某国谈判代表、总统办公室主任顾问波多利亚克则表示，双方有望展开对话。"
    assert run(extractor, text).persons == ["波多利亚克"]  # not 波多利亚克则


def test_a_list_of_names_goes_on_with_a_name_the_surname_table_does_not_know(extractor: Extractor) -> None:
    text = (
        "在今天的委员通道上，全国政协委员陈某灿、傅某云、黄某萍、阿木古楞、何某生、陈某莉也分别回答了提问。"
        "傅某云表示，要提升服务。何某生说，要加强交流。"
    )
    assert {"阿木古楞", "黄某萍"} <= set(run(extractor, text).persons)


def test_two_names_joined_by_and_are_no_list_item_name(extractor: Extractor) -> None:
    text = "全国政协副主席某某、邵某和蒋某君、李某、王某某、陈某出席。邵某表示，要加强合作。蒋某君说，要加强交流。"
    assert "邵某和蒋某君" not in run(extractor, text).persons


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("广东深圳市委书记王某某出席会议。", "PartySecretary", "深圳市委"),
        ("海南三亚市长李某某主持会议。", "Mayor", "三亚市人民政府"),
        ("江苏南京市委副书记张某某出席。", "DeputyPartySecretary", "南京市委"),
        ("广东省委书记王某某出席会议。", "PartySecretary", "广东省委"),  # the province's own title is unchanged
    ],
)
def test_a_province_before_a_city_gives_the_citys_post(extractor: Extractor, text: str, role: str, org: str) -> None:
    posts = run(extractor, text).posts
    assert [(p.role, p.organization.label) for p in posts] == [(role, org)]


def test_a_second_list_of_names_after_yiji(extractor: Extractor) -> None:
    text = "王某、李某等中方陪同人员，以及崔某海、朴某柱、金某龙、李某浩、李某建、朴某浩等也观看了表演。"
    assert {"崔某海", "朴某柱", "金某龙", "李某浩", "李某建", "朴某浩"} <= set(run(extractor, text).persons)
    assert not run(extractor, "会议研究了教育、卫生以及住房、交通、养老等问题。").persons


def test_a_repeated_pair_is_judged_once(extractor: Extractor) -> None:
    text = "，王某作为代表发言。" * 50  # named twice and more, each time as a clause's subject
    assert run(extractor, text).persons == ["王某"]
    assert not run(extractor, "近期贸易逆差扩大，印度卢某持续贬值。卢某持续贬值。").persons  # a country before it
