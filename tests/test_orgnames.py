"""Organisation names no gazetteer lists, read by their shape (kg.nlp.orgnames, a layer of kg_gazetteer), and the
statement readers that name a body by them.  INVENTED sentences."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.extractions import committed, extract_text, make_article

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


@pytest.fixture(scope="module")
def lower() -> Extractor:
    """The pipeline up to the gazetteer: what the recogniser sees."""
    return Extractor(components=["kg_segmenter", "kg_discourse", "kg_gazetteer"])


def _orgs(ex: Extractor, text: str) -> list[str]:
    doc = ex.nlp(ex._doc(make_article(text=text)))
    assert [s.text for s in doc.spans["kg_orgs"]] == [m.value for m in doc._.kg.orgs]
    return [m.value for m in doc._.kg.orgs]


@pytest.mark.parametrize(("text", "name"), [
    ("国务院税则调整委员会决定，对部分商品调整税率。", "国务院税则调整委员会"),  # a known body heads a longer name
    ("四川省生态环境厅将开展专项检查。", "四川省生态环境厅"),  # a place, then a department
    ("江苏省住房和城乡建设厅发布通知。", "江苏省住房和城乡建设厅"),  # 和 inside a department's name
    ("浙江省杭州市公安局西湖区分局民警赶到现场。", "浙江省杭州市公安局西湖区分局"),
    ("美国消费品安全委员会发布消息说，已有多起事故。", "美国消费品安全委员会"),  # a state opens the name
    ("中国星河能源集团有限公司将加大投入。", "中国星河能源集团有限公司"),  # a national prefix
    ("全国植树委员会全体会议在北京召开。", "全国植树委员会"),
    ("中华海外青年联谊会召开理事会。", "中华海外青年联谊会"),
    ("15个中央巡视组将进驻各地。", "中央巡视组"),  # a bare suffix after a national prefix
    ("北京大学法学院举办论坛。", "北京大学法学院"),  # a name jieba's dictionary knows heads a longer one
])
def test_a_name_ends_at_a_suffix_and_starts_at_an_anchor(lower: Extractor, text: str, name: str | None) -> None:
    assert _orgs(lower, text) == ([name] if name else [])


@pytest.mark.parametrize("text", [
    "会议研究了城市的发展中心问题。",  # no anchor in the stretch before 中心, and 的 ends it
    "成都是中心城市。",  # 中心 before 城市: a common noun
    "党委书记张三出席。",  # a title
    "中央和国家机关干部参加活动。",  # 干部 ends with 部 and names no body
    "国家支持民营银行发展。",  # a verb between the prefix and the suffix
    "中国公司将在当地投资。",  # a state and a suffix alone: a class of bodies
    "中共中央政治局常委出席会议。",  # 常委: a title
    "叙利亚西北部发生冲突。",  # a part of a country
    "工业和信息化部印发方案。",  # the gazetteer's own name
])
def test_what_names_no_new_body_is_refused(lower: Extractor, text: str) -> None:
    assert _orgs(lower, text) == []


def test_a_department_named_by_its_shape_pledges(extractor: Extractor) -> None:
    """"某省某厅将…": the department the lists do not name is the committer, its name as written."""
    ex = extract_text(extractor, "四川省生态环境厅将开展专项检查，确保问题整改到位。", when=DAY, title="某厅开展检查")
    assert committed(ex) == [("四川省生态环境厅",)]


def test_a_body_whose_name_opens_with_a_known_body_issues_its_demand(extractor: Extractor) -> None:
    """"国务院某机制近日要求，…": the mechanism issues the directive, not 国务院 its name opens with."""
    ex = extract_text(extractor, "国务院联防联控机制近日要求，社区协助落实对居家治疗人员的管理。", when=DAY, title="某机制发出通知")
    assert [d.issued_by.name for d in ex.directives] == ["国务院联防联控机制"]


def test_bodies_counted_before_their_name_pledge_as_that_body(extractor: Extractor) -> None:
    """"15个中央督导组将…", "各中央督导组将…": several bodies of one name, the committer that name."""
    ex = extract_text(extractor, "15个中央督导组将对8个省区开展专项督导。", when=DAY, title="中央督导组进驻")
    assert committed(ex) == [("中央督导组",)]
    ex = extract_text(extractor, "各中央督导组将在当地工作20天左右。", when=DAY, title="中央督导组进驻")
    assert committed(ex) == [("中央督导组",)]
