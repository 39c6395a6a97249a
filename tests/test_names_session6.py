"""Persons named with no title in front of them, and foreign leaders' posts (session 6, issue 9).
Sentences, names, numbers and places are invented in the style of the reports."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import extract_text

from kg.nlp import Extractor
from kg.nlp.personnames import check_name
from kg.records import Extraction


def run(extractor: Extractor, text: str, when: date = date(2022, 4, 18)) -> Extraction:
    return extract_text(extractor, text, when=when)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("徐延华曾在镇上开过一家面馆，张成民当年就是一个作坊的小老板。", {"徐延华", "张成民"}),
        ("会议经过表决，增补尹宗伟、邹晓明为委员会委员。", {"尹宗伟", "邹晓明"}),
        ("家住县城东关的韩吉平最近觉得腰疼。", {"韩吉平"}),
    ],
)
def test_untitled_names_that_jieba_cannot_explain_and_the_tagger_reads(
    extractor: Extractor, text: str, names: set[str]
) -> None:
    assert names <= set(run(extractor, text).persons)


@pytest.mark.parametrize(
    "text",
    [
        "台风“利奇尔”减弱为热带低压。",  # a designation in quotes
        "公司被处以3.7亿雷亚尔的罚款。",  # a currency after a number
        "党员要常学常新，不断感悟。",  # a slogan: a loose character goes on
        "美国盖洛普12日公布民调结果。",  # a company right after a country
        "这里的孟中印缅经济走廊建设加快。",  # a noun goes on
    ],
)
def test_untitled_words_that_are_no_names(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).persons == []


def test_a_transliteration_after_a_title_may_start_with_a_rare_dictionary_word(extractor: Extractor) -> None:
    ex = run(extractor, "某国总统西里帕托、另一国总统哈莉娜出席。欧洲央行行长拉加莫3日表示，通胀将回落。")
    assert {"西里帕托", "哈莉娜", "拉加莫"} <= set(ex.persons)
    assert run(extractor, "总统选举将于明年举行。").persons == []


def test_a_dotted_name_whose_given_name_the_dictionary_lists_as_a_rare_place(extractor: Extractor) -> None:
    assert check_name("巴沙尔·阿里木") == "巴沙尔·阿里木"
    assert check_name("中国·东盟") is None  # a place a phrase is named after
    assert run(extractor, "某国总统巴沙尔·阿里木突访邻国。").persons == ["巴沙尔·阿里木"]


def test_a_foreign_head_of_government_holds_no_post_but_speaks_for_his_state(extractor: Extractor) -> None:
    text = "国家主席习近平同印度总理柯南达举行会晤。柯南达总理表示，双方要加强合作。李强总理出席。"
    ex = run(extractor, text, when=date(2024, 3, 20))
    assert "柯南达" in ex.persons
    assert not [p for p in ex.posts if p.person == "柯南达"]  # roles.csv has no post of a foreign state
    assert [p.role for p in ex.posts if p.person == "李强"] == ["Premier"]  # the record's holder on that day


@pytest.mark.parametrize("phrase", ["斯方愿", "塞方将", "斯方", "乌军方", "美政府", "此访", "这次"])
def test_sides_bodies_and_demonstratives_are_no_names(phrase: str) -> None:
    assert check_name(phrase) is None


def test_sides_and_demonstratives_in_text(extractor: Extractor) -> None:
    ex = run(extractor, "斯方愿意扩大进口。乌军方称前线平静。习近平主席此访成果丰硕。")
    assert ex.persons == ["习近平"]


def test_a_name_that_ends_in_he(extractor: Extractor) -> None:
    # 和 joins no name to a time word, and the text never shows the name without it
    ex = run(extractor, "日本某协会主席竹下恒和今天再次否认指控。竹下恒和通过律师发表声明。")
    assert ex.persons == ["竹下恒和"]


def test_a_foreign_title_chain_gives_no_post(extractor: Extractor) -> None:
    ex = run(extractor, "李克强会见来华出席对话的德国副总理兼财政部长舒尔特。")
    assert "舒尔特" in ex.persons and not [p for p in ex.posts if p.person == "舒尔特"]
    ours = run(extractor, "国务委员兼外交部长王毅出席。")
    assert {p.role for p in ours.posts if p.person == "王毅"} == {"StateCouncilor", "Minister"}


def test_a_chain_that_ends_in_a_title_outside_the_rules(extractor: Extractor) -> None:
    ex = run(extractor, "国务委员、中央慰问团副团长谌某琴带领三分团前往博物馆。")
    assert "谌某琴" in ex.persons
    assert [p.role for p in ex.posts if p.person == "谌某琴"] == ["StateCouncilor"]


def test_deputies_and_lists_of_names_go_on(extractor: Extractor) -> None:
    ex = run(extractor, "全国人大代表葛明川曾奔赴一线。委员陈星远、傅小雨、黄丽华、何润林、陈清芳也分别回答提问。")
    assert {"葛明川", "陈星远", "傅小雨", "黄丽华", "何润林", "陈清芳"} <= set(ex.persons)
    assert run(extractor, "北京、天津、河北、黄山、张家界等地游客增多。").persons == []


def test_names_glued_to_a_verb_a_clause_or_a_campus(extractor: Extractor) -> None:
    assert run(extractor, "社区医生崔某看到工作群推送的居民就医信息。").persons == ["崔某"]
    ex = run(extractor, "总统在会见来访的某国国家安全顾问法利赫·卡亚迪时说，双方要合作。")
    assert "法利赫·卡亚迪" in ex.persons and not [p for p in ex.persons if p.endswith("时")]
    assert run(extractor, "发生在某州大学夏洛特分校的事件引发关注。").persons == []


def test_representatives_officers_and_members_before_a_name(extractor: Extractor) -> None:
    ex = run(extractor, "东部战区政治委员刘青山、西部战区司令员吴亚东出席。管委会代表闫颖介绍情况。")
    assert {"刘青山", "吴亚东", "闫颖"} <= set(ex.persons)
    assert run(extractor, "各界代表撞响铜钟。代表们说，成绩来之不易。").persons == []


def test_a_transliteration_that_speaks_is_a_name_unless_it_stands_where_places_do(extractor: Extractor) -> None:
    ex = run(extractor, "某国常驻联合国副代表萨夫琴科夫19日说，已提交草案。萨夫琴科夫表示，将继续努力。")
    assert ex.persons == ["萨夫琴科夫"]
    assert run(extractor, "某国首都萨那14日遭空袭。萨那表示，局势紧张。").persons == []
    ex = run(extractor, "某国国王、莫尼娜太后表示，两国友谊长存。尼方嘉宾表示，倡议将造福世界。")
    assert not [p for p in ex.persons if "太后" in p or "嘉宾" in p]


def test_dotted_names_no_window_asked_about(extractor: Extractor) -> None:
    ex = run(extractor, "据当地媒体报道，被捕的嫌疑人名为马兹卢克·达尔，是当地男子。")
    assert ex.persons == ["马兹卢克·达尔"]
    assert run(extractor, "某国新型破冰船“伊万·帕帕宁”号15日下水。").persons == []  # a ship in quotes
    assert run(extractor, "他复信美国露西·福斯特基金会的负责人。").persons == []  # an organisation
    ex = run(extractor, "玛丽娜·梅必须修改协议。玛丽娜·梅原计划下周投票。")
    assert ex.persons == ["玛丽娜·梅"]  # the text shows the name without 原
    ex = run(extractor, "外交部驻某地特派员公署特派员刘光明出席。紧急救援协调员弗莱顿6日呼吁解除封锁。")
    assert {"刘光明", "弗莱顿"} <= set(ex.persons)


def test_two_character_names_named_twice_as_a_subject(extractor: Extractor) -> None:
    ex = run(extractor, "采访期间我们看到，黄煌走路带风。通过牵线搭桥，黄煌认识了一家科技企业。")
    assert ex.persons == ["黄煌"]
    text = "各界认为，两国领导人此次卡纳会晤意义重大。人士表示，卡纳会晤增进了互信。"
    assert run(extractor, text).persons == []  # a place before an occasion
    assert run(extractor, "各地加强田管，全力夺取秋粮丰收。今年，田管进展顺利。").persons == []


def test_a_frequent_adverb_or_copula_after_a_name_is_not_part_of_it(extractor: Extractor) -> None:
    text = "第一站来到了园区。王建是一家电池公司的老板。作为企业老板的王建却认为这是机会。"
    assert run(extractor, text).persons == ["王建"]
    assert "张某遂" in run(extractor, "会议听取了主任委员张某遂作的说明。").persons  # 遂 ends given names


def test_a_title_s_last_character_glued_to_a_dotted_name(extractor: Extractor) -> None:
    ex = run(extractor, "欢迎泰王国国王玛哈·集拉隆功对我国进行访问。")
    assert ex.persons == ["玛哈·集拉隆功"]
