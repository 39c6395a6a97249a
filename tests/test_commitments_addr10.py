"""Named addressees of directives (session 10), on INVENTED sentences: the SAR government a report on one
SAR tasks, and the sentences that carry on a 希望X… in the same paragraph."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_the_sar_government_of_a_report_on_one_sar_is_that_sar(extractor: Extractor) -> None:
    """"特区政府要…" in a report on 澳门 → 澳门; with both SARs named it stays an unrecorded class."""
    ex = extract_text(extractor, "5月6日，国务院副总理王立新在北京会见澳门特别行政区行政长官。王立新表示，中央全力支持澳门发展，"
                      "特区政府要团结社会各界，克服当前困难，增强发展动能。", when=DAY, title="某某会见澳门特区行政长官")
    assert ("澳门",) in [a for _, a in issued(ex)]
    ex = extract_text(extractor, "5月6日，国务院副总理王立新在北京会见香港和澳门特别行政区行政长官。王立新表示，中央全力支持香港、澳门发展，"
                      "特区政府要团结社会各界，克服当前困难，增强发展动能。", when=DAY, title="某某会见港澳特区行政长官")
    assert all(not a for _, a in issued(ex))


def test_places_summed_up_by_a_count_are_the_subject(extractor: Extractor) -> None:
    """"川渝两地要…" (one-character names), "四川和重庆两地要…", "粤澳双方要…": every place named is tasked."""
    for text, want in (("川渝两地要加强协同，共建经济圈。", ("四川", "重庆")),
                       ("四川和重庆两地要加强协同，共建经济圈。", ("四川", "重庆")),
                       ("粤澳双方要发挥好各自优势，提升合作水平。", ("广东", "澳门"))):
        ex = extract_text(extractor, f"5月6日，中共中央总书记习近平在四川考察。习近平指出，{text}", when=DAY, title="某某考察")
        assert issued(ex) == [("习近平", want)], text


def test_a_count_that_does_not_match_the_names_is_no_subject(extractor: Extractor) -> None:
    """"川渝三地" counts three places where two are named: not read as the two."""
    ex = extract_text(extractor, "5月6日，中共中央总书记习近平在四川考察。习近平指出，川渝三地要加强协同，共建经济圈。",
                      when=DAY, title="某某考察")
    assert ("四川", "重庆") not in [a for _, a in issued(ex)]


def test_a_placed_party_committee_and_its_government_are_its_place(extractor: Extractor) -> None:
    """"陕西省委和省政府要…", "陕西省委、省政府要…": the second body echoes the first's place."""
    for joined in ("和", "、"):
        ex = extract_text(extractor, f"5月6日，中共中央总书记习近平在陕西考察。习近平指出，陕西省委{joined}省政府要加强协同，打造创新高地。",
                          when=DAY, title="某某考察")
        assert issued(ex) == [("习近平", ("陕西",))]


def test_an_announcement_introduces_the_tasks_of_its_own_sentence(extractor: Extractor) -> None:
    """"对陕西提出要求：加强…" → 陕西, as the headings of a later sentence already are (一是…)."""
    ex = extract_text(extractor, "5月6日，中共中央总书记习近平在陕西考察。习近平对陕西提出要求：加强协同，打造创新高地。",
                      when=DAY, title="某某考察")
    assert issued(ex) == [("习近平", ("陕西",))]
    ex = extract_text(extractor, "5月6日，中共中央总书记习近平在陕西考察。习近平强调，要加强协同，打造创新高地。",
                      when=DAY, title="某某考察")
    assert issued(ex) == [("习近平", ())]


def test_a_call_on_a_state_with_an_adverb_or_as_the_words_first_clause(extractor: Extractor) -> None:
    """"中方强烈敦促日方…" (an adverb before the verb of calling) and "表示，敦促日方…" (the call opens the
    words): 日本 is tasked."""
    lead = "5月6日，外交部发言人王立新就日本核污染水排海答记者问时表示，"
    for words, issuer in (("中方强烈敦促日方停止排海。", "中华人民共和国"), ("中方坚决反对，再次敦促日方停止排海。", "外交部"),
                          ("敦促日方停止排海。", "外交部")):
        ex = extract_text(extractor, lead + words, when=DAY, title="外交部发言人答记者问")
        assert issued(ex) == [(issuer, ("日本",))], words


def test_a_placed_class_after_a_directing_verb_is_its_place(extractor: Extractor) -> None:
    """"要求/希望陕西各级党委和政府…": the org reader's 陕西各级党委 is a placed class, recorded as 陕西."""
    for verb in ("要求", "希望"):
        ex = extract_text(extractor, f"5月6日，中共中央总书记习近平在陕西考察。习近平{verb}陕西各级党委和政府加强协同，打造创新高地。",
                          when=DAY, title="某某考察")
        assert issued(ex) == [("习近平", ("陕西",))], verb


def test_the_members_of_the_one_grouping_named_are_that_grouping(extractor: Extractor) -> None:
    """A national leader's "五国要…/成员国要…" at a grouping's meeting tasks the grouping; at talks with one
    state, "五国要…" names nobody."""
    ex = extract_text(extractor, "5月6日，国家主席习近平在金砖国家外长会晤开幕式上发表视频致辞。习近平指出，五国要同更多发展中国家开展"
                      "对话交流，增进理解互信。", when=DAY, title="习近平在金砖国家外长会晤开幕式上发表视频致辞")
    assert issued(ex) == [("习近平", ("金砖国家",))]
    ex = extract_text(extractor, "5月6日，国家主席习近平出席上海合作组织成员国元首理事会会议并发表讲话。习近平指出，成员国要加强团结协作，"
                      "共同应对风险挑战。", when=DAY, title="上合组织峰会")
    assert issued(ex) == [("习近平", ("上海合作组织",))]
    ex = extract_text(extractor, "5月6日，国家主席习近平在北京会见巴基斯坦总理夏巴兹。习近平指出，五国要加强战略沟通。",
                      when=DAY, title="习近平会见巴基斯坦总理")
    assert issued(ex) == [("习近平", ())]


def test_a_bare_hope_after_praising_one_place_is_for_that_place(extractor: Extractor) -> None:
    """"某某充分肯定云南…，希望在…下，…" and "对云南…给予肯定，希望再接再厉…" → 云南; "希望大家…" names a class
    (not recorded) and a plain "要…" names nobody."""
    lead = "5月6日，中共中央总书记习近平在云南考察。"
    for words, want in (("习近平充分肯定云南经济社会发展成就，希望在新征程上迈上新台阶。", ("云南",)),
                        ("习近平对云南各项工作取得的成绩给予肯定，希望再接再厉，迈上新台阶。", ("云南",)),
                        ("习近平充分肯定云南的工作，希望大家再接再厉，迈上新台阶。", ()),
                        ("习近平强调，要再接再厉，在西部大开发中迈上新台阶。", ())):
        ex = extract_text(extractor, lead + words, when=DAY, title="某某考察")
        assert issued(ex) == [("习近平", want)], words
