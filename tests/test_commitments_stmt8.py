"""Statement precision classes from an independent audit (session 7): 国家将… said by a ministry, words
recalled from an earlier named occasion, quoted congress content, a maxim, and 希 as 希望; on INVENTED
sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_national_plan_said_by_a_ministry_is_chinas(extractor: Extractor) -> None:
    """"国家将…" told by a ministry (记者从某部获悉), by a minister, or in a ministry's meeting: the
    nation's plan, China's commitment as 我国将… (call 11), not the ministry's."""
    ex = extract_text(extractor, "5月6日，记者从自然资源部获悉，国家将进一步完善湿地保护制度，严守生态红线。",
                      when=DAY, title="某制度将完善")
    assert committed(ex) == [("中华人民共和国",)] and not ex.directives
    ex = extract_text(extractor, "5月6日，国务院新闻办公室举行新闻发布会。水利部部长周某某介绍，国家将加快建设一批骨干水网工程。",
                      when=DAY, title="某发布会")
    assert committed(ex) == [("中华人民共和国",)]
    ex = extract_text(extractor, "5月6日，农业农村部召开会议。会议指出，国家将加大对种植大户的扶持力度。",
                      when=DAY, title="某部召开会议")
    assert committed(ex) == [("中华人民共和国",)] and not ex.directives


def test_a_national_leaders_national_plan_stays_his_bodys(extractor: Extractor) -> None:
    """The Premier's "国家将…" stays the commitment of the body he heads (call 1 narrowed)."""
    ex = extract_text(extractor, "5月6日，国务院总理李强在某地考察。李强表示，国家将加大对中小企业的支持力度。",
                      when=DAY, title="李强在某地考察")
    assert committed(ex) == [("国务院",)]


def test_words_recalled_from_an_earlier_named_occasion_are_no_statement(extractor: Extractor) -> None:
    """"X在今年某论坛视频会议演讲中指出，中国将…" in a later report; "5年前，我宣布…，就是要…" (the
    purpose of a decision taken then): words of an earlier occasion, neither a pledge nor a task now."""
    ex = extract_text(extractor, "5月6日，第三届某某合作论坛在北京开幕。国家主席习近平在今年某某峰会视频会议演讲中指出，"
                      "中国将继续扩大高水平开放。", when=DAY, title="某论坛开幕")
    assert not ex.commitments and not ex.directives
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某某峰会并发表讲话。习近平指出，6年前，我宣布设立某某合作基金，"
                      "就是要帮助发展中国家加快发展。", when=DAY, title="某峰会")
    assert not ex.commitments and not ex.directives


def test_the_speakers_own_occasion_still_speaks(extractor: Extractor) -> None:
    """Without a recalled occasion ("在讲话中指出" at the event reported) the words stay his."""
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某某峰会并发表讲话。习近平在讲话中指出，中国将继续扩大高水平开放。",
                      when=DAY, title="某峰会")
    assert committed(ex) == [("中华人民共和国",)]


def test_quoted_congress_content_is_no_statement(extractor: Extractor) -> None:
    """"某某指出，党的二十大明确提出，要…" / "某会议提出，要…" inside reported words: the quoted source's
    content (guide), no directive of the speaker."""
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平指出，党的二十大明确提出，要加快建设海洋强国。",
                      when=DAY, title="某会议")
    assert not ex.commitments and not ex.directives
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平指出，某某工作会议明确要求，要加快建设海洋强国。",
                      when=DAY, title="某会议")
    assert not ex.directives
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平指出，要加快建设海洋强国。",
                      when=DAY, title="某会议")
    assert issued(ex) == [("习近平", ())]


def test_a_maxim_about_a_thing_sets_no_task(extractor: Extractor) -> None:
    """"潮流只能向前，不能倒退。": a maxim, no actor; "我们只能…，不能…" stays the speaker's."""
    ex = extract_text(extractor, "5月6日，国家主席习近平会见某国总统。习近平指出，潮流只能向前，不能倒退。",
                      when=DAY, title="习近平会见某国总统")
    assert not ex.commitments and not ex.directives
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平指出，我们只能向前，不能退缩。",
                      when=DAY, title="某会议")
    assert ex.directives or ex.commitments


def test_short_hope_is_a_task_not_a_pledge(extractor: Extractor) -> None:
    """"希加强…" (希 = 希望): a task the speaker sets, not another action of the pledge before it;
    "希腊将…" is Greece, no 希."""
    lead = "新华社北京5月6日电 5月6日，国务院总理李强在北京会见某国总理王某某。"
    ex = extract_text(extractor, lead + "李强表示，中方愿同某方深化合作，希加强双方在农业领域的合作。",
                      when=DAY, title="李强会见某国总理")
    assert committed(ex) == [("中华人民共和国",)]
    assert all("希" not in a for a in ex.commitments[0].actions)
    ex = extract_text(extractor, lead + "李强表示，希加强双方在农业领域的合作。", when=DAY, title="李强会见某国总理")
    assert not ex.commitments and issued(ex) == [("李强", ())]
