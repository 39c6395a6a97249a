"""Project recognition (kg.nlp.projects) on hand-built DocStates, and on the sample article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from helpers import SAMPLE, SHARED
from helpers.states import base_state

from kg.nlp.projects import (
    ProjectFinder,
    ProjectLexicon,
    ProjectRecognizer,
    normalise_label,
    records_from_mentions,
)
from kg.nlp.state import DocState
from kg.records import PlaceRef, ProjectRecord

# Place names the hand-built states know (what kg_gazetteer would have marked).
PLACES = {
    "长三角": ("region", "长三角"),
    "三省一市": ("region", "长三角"),
    "上海": ("province", "上海"),
    "安徽": ("province", "安徽"),
    "江苏": ("province", "江苏"),
    "浙江": ("province", "浙江"),
    "合肥": ("city", "合肥"),
}


def make_state(text: str) -> DocState:
    return base_state(text, PLACES)


@pytest.fixture(scope="module")
def finder() -> ProjectFinder:
    return ProjectFinder(ProjectLexicon.load())


def labels(finder: ProjectFinder, text: str) -> dict[str, ProjectRecord]:
    state = make_state(text)
    return {r.label: r for r in records_from_mentions(finder.find(state), state)}


def test_quoted_names_with_their_modifier_or_class(finder: ProjectFinder) -> None:
    found = labels(finder, "会议要求，深入推进市民服务“一卡通”，继续开展长江“十年禁渔”，加强“一厅三片”等重点区域建设。")
    assert set(found) == {"市民服务一卡通", "长江十年禁渔", "一厅三片"}


def test_long_quoted_name_drops_generic_service_prefix(finder: ProjectFinder) -> None:
    assert set(labels(finder, "持续提升政务服务“一网通办”能级。")) == {"一网通办"}


def test_quoted_campaign_label_is_the_quoted_name(finder: ProjectFinder) -> None:
    found = labels(finder, "深入开展“放心消费上海”行动，加快建设“一地六县”产业合作区。")
    assert set(found) == {"放心消费上海", "一地六县产业合作区"}
    assert found["放心消费上海"].aliases == ("放心消费上海行动",)


def test_quoted_slogans_are_not_projects(finder: ProjectFinder) -> None:
    text = "江苏将胸怀“两个大局”、牢记“国之大者”，紧扣“一体化”和“高质量”两个关键词，把握长三角“一极三区一高地”战略定位。"
    assert labels(finder, text) == {}


def test_head_noun_phrases_keep_modifiers_and_stop_at_verbs(finder: ProjectFinder) -> None:
    text = ("扎实推进G60科创走廊建设，共同研究太湖流域跨省生态保护补偿机制，"
            "启动全国一体化算力网络长三角国家枢纽节点建设，坚持不懈抓好长江大保护和新一轮太湖环境综合治理。")
    assert set(labels(finder, text)) == {
        "G60科创走廊",
        "太湖流域跨省生态保护补偿机制",
        "全国一体化算力网络长三角国家枢纽节点",
        "长江大保护",
        "太湖环境综合治理",
    }


def test_coordinated_places_share_the_head(finder: ProjectFinder) -> None:
    found = labels(finder, "加快建设上海张江、安徽合肥综合性国家科学中心。")
    assert set(found) == {"上海张江综合性国家科学中心", "安徽合肥综合性国家科学中心"}
    assert found["安徽合肥综合性国家科学中心"].located_in == PlaceRef("city", "合肥")
    assert found["上海张江综合性国家科学中心"].located_in == PlaceRef("province", "上海")


def test_coordinated_heads_each_become_a_project(finder: ProjectFinder) -> None:
    assert set(labels(finder, "打造世界级港口群和机场群。")) == {"世界级港口群", "机场群"}


def test_short_forms_resolve_to_the_full_name_in_the_article(finder: ProjectFinder) -> None:
    text = ("会议要求，以长三角生态绿色一体化发展示范区为引领。加快推进示范区国土空间总体规划编制，"
            "支持在一体化示范区设立跨省域高新技术开发区。")
    found = labels(finder, text)
    assert set(found) == {"长三角生态绿色一体化发展示范区", "跨省域高新技术开发区"}
    assert set(found["长三角生态绿色一体化发展示范区"].aliases) == {"示范区", "一体化示范区"}


def test_known_short_form_alone_gets_the_canonical_label(finder: ProjectFinder) -> None:
    assert set(labels(finder, "两地将在一体化示范区设立联合办公室。")) == {"长三角生态绿色一体化发展示范区"}


def test_generic_phrases_are_not_projects(finder: ProjectFinder) -> None:
    text = "完善区域合作机制，构建新发展格局，推动高质量发展，健全体制机制，打造先进制造业集群，推进数据中心建设。"
    assert labels(finder, text) == {}


def test_label_normalisation_removes_quotes_and_spaces() -> None:
    assert normalise_label("“一网通办” ") == "一网通办"
    assert normalise_label("长江‘十年禁渔’") == "长江十年禁渔"


def test_evidence_is_the_sentence_of_the_first_mention(finder: ProjectFinder) -> None:
    text = "会议听取汇报。会议要求，加快建设G60科创走廊。"
    state = make_state(text)
    (record,) = records_from_mentions(finder.find(state), state)
    assert record.evidence.text == "会议要求，加快建设G60科创走廊。"
    assert text[record.evidence.start:record.evidence.end] == record.evidence.text


def test_component_round_trips_its_lexicon(tmp_path: Path) -> None:
    nlp = spacy.blank("zh")
    comp = ProjectRecognizer(nlp, "kg_projects")
    comp.to_disk(tmp_path)
    again = ProjectRecognizer(nlp, "kg_projects", lexicon=ProjectLexicon(
        heads={}, class_nouns=frozenset(), boundary=frozenset(), keep=frozenset(), trim=frozenset(),
        trailing=frozenset(), generic=frozenset(), markers=frozenset(), aliases={}))
    again.from_disk(tmp_path)
    assert again.lexicon == comp.lexicon


# --------------------------------------------------------------------------- sample


def _sample_labels() -> set[str]:
    from kg.io.normalise import normalise
    from kg.nlp import Extractor
    from kg.records import Document

    article = normalise(Document(source=str(SAMPLE), key=SAMPLE.stem, text=SAMPLE.read_text(encoding="utf-8")))
    return {p.label for p in Extractor().extract(article).projects}


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold not present")
def test_sample_project_recall_and_precision() -> None:
    gold = json.loads((SHARED / "gold" / f"{SAMPLE.stem}.json").read_text(encoding="utf-8"))
    want = {normalise_label(x) for x in gold["projects"]}
    fine = want | {normalise_label(x) for x in gold["projects_also_fine"]}
    got = _sample_labels()
    recall = len(want & got) / len(want)
    precision = len(got & fine) / len(got)
    assert recall >= 0.9, f"missing: {sorted(want - got)}"
    assert precision >= 0.85, f"not projects: {sorted(got - fine)}"


# --------------------------------------------------------------------------- generalisation rules (issue 3)


def test_numbered_slogans_in_quotes_are_not_projects(finder: ProjectFinder) -> None:
    found = labels(finder, "要增强“四个意识”、坚定“四个自信”，落实“四个全面”战略，编制好“十五五”规划。")
    assert not found, f"slogans taken as projects: {sorted(found)}"


def test_quote_that_is_the_object_of_a_verb_is_not_a_project(finder: ProjectFinder) -> None:
    assert "四个自信" not in labels(finder, "教育引导干部坚定“四个自信”。")


def test_resultative_hao_does_not_start_a_name(finder: ProjectFinder) -> None:
    found = labels(finder, "上海将建设好长三角生态绿色一体化发展示范区。")
    assert "长三角生态绿色一体化发展示范区" in found
    assert not any(label.startswith("好") for label in found)


def test_a_count_is_not_a_code_that_names_a_centre(finder: ProjectFinder) -> None:
    assert not labels(finder, "70余个团组1000多人参观过教培中心。")


def test_run_of_province_abbreviations_makes_an_alliance_specific(finder: ProjectFinder) -> None:
    assert "湘赣联盟" in labels(finder, "成立湘赣联盟。")


def test_national_system_and_special_transfer_heads(finder: ProjectFinder) -> None:
    found = labels(finder, "建设国家企业信用信息系统。国家将设立东北振兴专项转移支付。")
    assert {"国家企业信用信息系统", "东北振兴专项转移支付"} <= set(found)


def test_an_ecosystem_is_not_a_project(finder: ProjectFinder) -> None:
    assert "长三角生态系统" not in labels(finder, "保护长三角生态系统。")


def test_known_national_programme_by_name(finder: ProjectFinder) -> None:
    assert "兴边富民行动" in labels(finder, "要深入推进兴边富民行动。")


def test_a_time_word_glued_before_a_head_phrase_is_a_fragment(finder: ProjectFinder) -> None:
    found = labels(finder, "今天全国计划推进一批示范区建设。")
    assert not any(label.startswith("今天") for label in found)


def test_a_variant_without_its_place_is_the_same_project(finder: ProjectFinder) -> None:
    # in a report that names 北京 (issue 10.4: the same place context), and only there
    state = base_state("北京推动城市副中心高质量发展。", {**PLACES, "北京": ("province", "北京")})
    assert {r.label for r in records_from_mentions(finder.find(state), state)} == {"北京城市副中心"}
    assert set(labels(finder, "推动城市副中心高质量发展。")) == set()


def test_a_glued_adverb_and_verb_do_not_start_a_name(finder: ProjectFinder) -> None:
    found = labels(finder, "要继续抓好长三角生态绿色一体化发展示范区建设。")
    assert "长三角生态绿色一体化发展示范区" in found and not any(label.startswith("继续") for label in found)


def test_a_persons_name_is_no_part_of_a_project(finder: ProjectFinder) -> None:
    assert not any("习近平" in label for label in labels(finder, "习近平连线深海一号作业平台。"))


def test_a_period_glued_before_a_name_is_trimmed() -> None:
    from kg.nlp.projects import ProjectMention, _trim_fragment

    m = ProjectMention(0, 9, "前八个月上合示范区", "前八个月上合示范区", True)
    assert _trim_fragment(m) == ProjectMention(4, 9, "上合示范区", "上合示范区", True)
    assert _trim_fragment(ProjectMention(0, 6, "今天全国计划", "今天全国计划", True)) is None


# --- issue 10 point 4: fragments, figures of speech, known programmes written with quotes


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("要坚持补上民生“短板”，增进团结。", "上民生短板"),
     ("要充分发挥煤炭“压舱石”作用，落实产能。", "充分发挥煤炭压舱石"),
     ("中国高度重视海洋全球治理，积极参与。", "中国高度重视海洋全球治理"),
     ("决不能把改革变成“对标”西方法治体系。", "对标西方法治体系"),
     ("坚决整治“吃喝风”，推动纠“四风”向基层延伸。", "纠四风"),
     ("总书记连线“深蓝一号”作业平台。", "连线深蓝一号作业平台")],
)
def test_verb_adverb_and_direction_led_spans_are_no_names(finder: ProjectFinder, text: str, fragment: str) -> None:
    found = labels(finder, text)
    assert fragment not in found
    assert not [label for label in found if label.startswith(("上", "充分", "对标", "纠", "连线", "整治"))]


@pytest.mark.parametrize(
    "text",
    ["各地推出一系列政策“组合拳”，稳岗位。", "围绕扩大经贸“朋友圈”，推进协定。", "保障财政收支平衡和基层“三保”。",
     "按照国家“双碳”工作部署推进。", "更好发挥科技成果评价“指挥棒”作用。", "加快解决企业“注销难”这一难点。"],
)
def test_figures_of_speech_and_numbered_formulas_in_quotes_are_no_projects(finder: ProjectFinder, text: str) -> None:
    assert labels(finder, text) == {}


def test_a_coined_quoted_name_stays_a_project(finder: ProjectFinder) -> None:
    assert "长江十年禁渔" in labels(finder, "继续开展长江“十年禁渔”，巩固成果。")


def test_a_known_programme_written_with_quotes_inside(finder: ProjectFinder) -> None:
    found = labels(finder, "各地深入开展“不忘初心、牢记使命”主题教育，推进党史学习教育常态化。")
    assert {"不忘初心、牢记使命主题教育", "党史学习教育"} <= set(found)


def beijing_labels(finder: ProjectFinder, text: str) -> dict[str, ProjectRecord]:
    state = base_state(text, {**PLACES, "北京": ("province", "北京"), "天津": ("province", "天津")})
    return {r.label: r for r in records_from_mentions(finder.find(state), state)}


def test_a_known_name_without_its_place_in_that_place_s_report(finder: ProjectFinder) -> None:
    found = beijing_labels(finder, "北京市推进重点工程建设，城市副中心建设取得新进展。")
    assert "北京城市副中心" in found
    assert "城市副中心" in found["北京城市副中心"].aliases
    assert "北京城市副中心" not in beijing_labels(finder, "天津市推进重点工程建设，城市副中心建设取得新进展。")


def test_a_name_and_its_short_form_in_one_report_are_one_project(finder: ProjectFinder) -> None:
    found = beijing_labels(finder, "北京城市副中心建设加快推进。今年，城市副中心又有一批项目开工。")
    assert set(found) == {"北京城市副中心"}


def test_a_place_and_treatment_alone_is_policy_vocabulary(finder: ProjectFinder) -> None:
    found = labels(finder, "坚持不懈抓好太湖环境综合治理，推进太湖治理。")
    assert "太湖环境综合治理" in found and "太湖治理" not in found


def test_a_head_that_ends_a_place_name_is_no_project(finder: ProjectFinder) -> None:
    state = base_state("特区政府广泛团结香港社会各界。", {**PLACES, "香港": ("province", "香港")})
    assert records_from_mentions(finder.find(state), state) == []


@pytest.mark.parametrize("text", ["推进国家治理体系和治理能力现代化。", "维护以联合国为核心的国际体系。"])
def test_generic_systems_are_no_projects(finder: ProjectFinder, text: str) -> None:
    assert labels(finder, text) == {}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("加快推进国家“十四五”规划重大工程建设。", "国家十四五规划重大工程"),
     ("南宁至玉林铁路重点控制性工程顺利贯通。", "玉林铁路重点控制性工程"),
     ("京唐城际铁路北京地下段主体工程完工。", "京唐城际铁路北京地下段主体工程"),
     ("高速猫狸岭隧道“8·27”起火事故处置组获表彰。", "8·27")],
)
def test_classes_of_works_sections_and_dated_incidents_are_no_project_names(
    finder: ProjectFinder, text: str, wrong: str
) -> None:
    assert wrong not in labels(finder, text)


def test_a_scope_before_a_name_is_not_part_of_it(finder: ProjectFinder) -> None:
    found = labels(finder, "进一步深化职业技能培训领域“放管服”改革。")
    assert "放管服改革" in found and not [label for label in found if "领域" in label]


@pytest.mark.parametrize(
    "text",
    ["美国以所谓“民主问题”为由拒绝邀请。", "欧盟认为美方的关税威胁“绝对不可接受”。", "当地空域“被视为全面关闭”。",
     "春运以来，全国计划加开旅客列车。", "他说，美国计划再向该国提供援助。"],
)
def test_scare_quotes_quoted_clauses_and_a_verb_plan_are_no_projects(finder: ProjectFinder, text: str) -> None:
    assert labels(finder, text) == {}


def test_a_place_verb_before_a_corridor_is_not_part_of_it(finder: ProjectFinder) -> None:
    assert "地处中巴经济走廊" not in labels(finder, "地处中巴经济走廊的瓜达尔港发展迅速。")
