"""Statement classes of session 6 (the independent audit of 100 directives and 100 commitments), on
INVENTED sentences of the shapes it found wrong: words a life review recalls stamped with the report's
day, and long clauses whose action was cut in the middle of a word."""

from __future__ import annotations

import itertools
from datetime import date

import jieba
from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 5, 6)
SPEECH = "5月6日，某省召开座谈会。习近平总书记强调，要坚持改革开放，加快发展经济。他指出，必须坚持党的领导，加强基层组织建设。"


def test_a_speech_sets_directives(extractor: Extractor) -> None:
    """The control of the life review below: the same words in a report of the day are directives."""
    ex = extract_text(extractor, SPEECH, when=DAY, title="某省召开座谈会")
    assert [d.issued_by.name for d in ex.directives] == ["习近平", "习近平"]


def test_a_life_review_recalls_every_word_it_quotes(extractor: Extractor) -> None:
    """A report titled as a life review ("…伟大光辉的一生", "…同志生平") quotes what its subject said
    years ago: no statement of the report's day (settled practice: recalled words are neither)."""
    for title in ("张某某同志伟大光辉的一生", "张某某同志生平"):
        ex = extract_text(extractor, SPEECH, when=DAY, title=title)
        assert not ex.directives, title
        assert not ex.commitments, title


def test_a_long_clause_is_never_cut_inside_a_word(extractor: Extractor) -> None:
    """A clause kept whole as the action is cut, when too long, between two words (…绿色电力, never
    …绿色电): the action is a prefix of the clause that ends where a word ends."""
    clause = "有序推动风电、太阳能发电、生物质发电等新能源通过专用线路向单一电力用户供给绿色电力"
    ex = extract_text(extractor, f"记者从有关部门了解到，我国将{clause}，此举将有利于促进新能源就近消纳。", when=DAY)
    assert [c.actions for c in ex.commitments] == [(clause,)]
    longer = ("在各区各街道组建社区老年人志愿服务小分队入户上门开展健康咨询和生活照料以及文化娱乐和心理疏导"
              "等各类志愿服务活动并定期通过报刊网站和各类新媒体平台向社会公布服务情况和资金使用情况")
    ex = extract_text(extractor, f"上海市有关负责人表示，上海市将{longer}。", when=DAY)
    (action,) = [a for c in ex.commitments for a in c.actions]
    assert longer.startswith(action) and 0 < len(action) <= 80 < len(longer)
    ends = set(itertools.accumulate(len(w) for w in jieba.lcut(longer)))
    assert len(action) in ends  # a whole word ends there


def test_the_chairs_demand_closing_a_state_council_lead_is_the_bodys(extractor: Extractor) -> None:
    """"李克强主持召开国务院常务会议，部署…；确定…；决定…，要求确保…": the 要求 closes the meeting's own lead
    list, a directive of 国务院 with no speaker (settled call 3), not of the chairing Premier; his own
    words in the next sentence stay his."""
    ex = extract_text(extractor, "国务院总理李克强5日主持召开国务院常务会议，部署进一步稳就业举措，助力经济恢复；"
                      "确定支持中小企业发展的措施，降低制度性交易成本；决定核准某省某核电项目，要求确保绝对安全。"
                      "李克强指出，要保持经济运行在合理区间。", when=date(2022, 9, 6))
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("国务院", None), ("李克强", "李克强")]
    assert "确保绝对安全" in ex.directives[0].actions


def test_the_verb_a_clause_opens_with_is_its_action_before_a_project(extractor: Extractor) -> None:
    """"将建设中国－上海合作组织冰雪体育示范区": the action is the verb the clause opens with (建设), not a
    later verb-like word inside the project's name (合作组织)."""
    ex = extract_text(extractor, "上海市有关负责人表示，上海市将建设中国－上海合作组织冰雪体育示范区，举办友好城市论坛。",
                      when=DAY)
    assert [c.actions for c in ex.commitments] == [("建设", "举办友好城市论坛")]
