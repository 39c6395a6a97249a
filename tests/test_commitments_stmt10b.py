"""Statement precision classes of the session-9 audit (seed 1208), on INVENTED sentences: a wish opened by
愿 and its subject, the disposal 将 (= 把) in a judgement of another state's act, a provincial leader's
meeting tasking a city of his province, numbered headings of a pledge list, and a remark recalled from an
earlier visit in a report of no event of its own (a look-back feature)."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_a_wish_opened_by_yuan_and_its_subject_is_no_pledge(extractor: Extractor) -> None:
    """"愿两国友谊世代相传", "愿你们…取得更大成就": a wish for others; "我愿同你一道…" stays China's pledge."""
    ex = extract_text(extractor, "国家主席习近平10日致电某国总统某某，祝贺两国建交50周年。习近平在贺电中指出，中某建交50年来，"
                      "两国关系持续发展。愿两国友谊世代相传，两国人民福祉不断增进。", when=DAY, title="习近平同某国总统互致贺电")
    assert committed(ex) == []
    ex = extract_text(extractor, "国家主席习近平10日致电某国总统某某。习近平表示，我愿同你一道，推动两国关系发展。"
                      "愿你们在新的一年取得更大成就。", when=DAY, title="习近平致电某国总统")
    assert len(ex.commitments) == 1 and "我愿同你一道" in ex.commitments[0].evidence.text


def test_a_disposal_jiang_judging_another_states_act_is_no_pledge(extractor: Extractor) -> None:
    """"某国将其冻结的某国资产挪作他用既不合法…": 将 = 把 in a judgement, not that state's pledge."""
    ex = extract_text(extractor, "10日，联合国安理会召开会议，中方代表发言指出，某国将其冻结的他国资产挪作他用既不合法，也不合理。",
                      when=DAY, title="安理会审议某问题")
    assert committed(ex) == []


def test_a_provincial_leaders_meeting_tasking_a_city_of_his_province_is_a_directive(extractor: Extractor) -> None:
    """"浙江省委书记…主持召开座谈会。会议要求，杭州市要…": his province directs its city, not the city's own
    pledge; the city's own leaders' meeting ("北京市委常委会会议…北京要…") stays the city's commitment."""
    ex = extract_text(extractor, "5月6日，浙江省委书记周明远到杭州市调研，并主持召开座谈会。会议要求，杭州市要切实扛起责任，"
                      "全力做好防汛救灾工作。", when=DAY, title="浙江召开防汛座谈会")
    assert committed(ex) == [] and issued(ex) == [("浙江", ("杭州",))]
    ex = extract_text(extractor, "5月6日，北京市委书记周明远主持召开市委常委会会议。会议要求，北京要切实扛起首都责任，全力做好防汛工作。",
                      when=DAY, title="北京市委常委会召开会议")
    assert committed(ex) == [("北京",)]


def test_numbered_headings_after_a_pledge_continue_the_pledge_list(extractor: Extractor) -> None:
    """"中国将…。第二，继续…。第三，继续…": each heading is the next pledge of 中国, not a directive."""
    ex = extract_text(extractor, "习近平指出，中国将继续推进高水平对外开放。第一，中国将扩大进口。第二，继续优化营商环境。"
                      "第三，继续深化多边合作。", when=DAY, title="习近平出席某博览会开幕式")
    assert len(ex.commitments) == 4 and all(c == ("中华人民共和国",) for c in committed(ex))
    assert ex.directives == []


def test_a_heading_after_a_task_stays_a_directive(extractor: Extractor) -> None:
    """"要…。第二，…" in a national leader's speech: the headings of his tasks (settled call 1)."""
    ex = extract_text(extractor, "习近平强调，要坚持稳中求进。第二，正确把握发展和安全的关系，统筹推进各项工作。",
                      when=DAY, title="习近平主持召开座谈会")
    assert committed(ex) == [] and [i for i, _ in issued(ex)] == ["习近平", "习近平"]


def test_a_remark_from_a_visit_in_a_look_back_feature_is_recalled(extractor: Extractor) -> None:
    """"习近平总书记在海南考察时指出：要…" in a feature that reports no event of its own: recalled, no
    statement of the report's day."""
    ex = extract_text(extractor, "【走进老区看新貌】海南是一片红色土地。党的十八大以来，海南牢记总书记嘱托，老区发生了翻天覆地的变化。"
                      "习近平总书记在海南考察时指出：要用好红色资源，引导广大党员干部坚定理想信念。如今，老区群众日子越过越好。",
                      when=DAY, title="琼崖老区：传承红色基因")
    assert ex.directives == [] and ex.commitments == []


def test_a_pledge_to_carry_out_a_past_agreement_is_todays_pledge(extractor: Extractor) -> None:
    """"中方…愿同印尼落实好去年…峰会共识": 去年 sits in what the pledge carries out (落实), not a recalled
    agreement: China's pledge."""
    ex = extract_text(extractor, "国家主席习近平10日同印尼总统佐科通电话。习近平强调，中方高度重视印尼在地区事务中的作用，"
                      "愿同印尼落实好去年中国东盟纪念峰会共识，促进地区经济复苏。", when=DAY, title="习近平同印尼总统通电话")
    assert committed(ex) == [("中华人民共和国",)]
