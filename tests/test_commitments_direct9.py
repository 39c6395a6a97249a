"""Directives: who issues them and whom they name, read from the speaker's standing and from the grammar of
the sentence rather than from its wording (session 8); on INVENTED sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_a_long_occasion_between_the_speaker_and_his_verb(extractor: Extractor) -> None:
    """"某某同…代表座谈时强调，要…": the occasion he spoke on stands between the name and the verb."""
    ex = extract_text(extractor, "5月6日，全国人大常委会委员长赵明远同列席某某常委会第九次会议的全国人大代表座谈时强调，"
                      "要认真履行法律赋予的职责，当好联系群众的桥梁纽带。", when=DAY, title="赵明远同全国人大代表座谈")
    assert issued(ex) == [("赵明远", ())]


def test_a_bodys_spokesman_speaks_for_it_and_a_placed_collective_is_its_place(extractor: Extractor) -> None:
    """"某某公署发言人发表谈话表示，…，香港特区行政、立法、司法机关必须…": the office's directive (its
    spokesman and the act that made the words stand between its name and the verb), addressed to 香港
    (a placed collective is its place, call 2)."""
    ex = extract_text(extractor, "某某公署发言人发表谈话表示，该解释具有同等效力，香港特区行政、立法、司法机关必须遵从和执行。",
                      when=DAY)
    assert issued(ex) == [("某某公署", ("香港",))]


def test_a_states_unnamed_representative_speaks_for_the_state(extractor: Extractor) -> None:
    """"中国代表在会上发言表示，…，敦促有关国家…": the state's directive (its representative is unnamed);
    the call in his words needs no 要."""
    ex = extract_text(extractor, "5月6日，某国际会议在日内瓦举行。中国代表在会上发言表示，中国高度重视该问题，"
                      "敦促有关国家切实履行义务。", when=DAY)
    assert issued(ex) == [("中华人民共和国", ())]


def test_a_body_that_directs_in_the_clause_that_names_it(extractor: Extractor) -> None:
    """"某部部署…", "某国总统府和政府5日敦促…", "某国方面呼吁…": the body (the one named first) issues it."""
    ex = extract_text(extractor, "从5月1日起，公安部部署各地公安机关开展为期一个月的走访群众专项活动。", when=DAY)
    assert issued(ex) == [("公安部", ())]
    ex = extract_text(extractor, "阿富汗总统府和政府5日敦促某组织与政府展开和谈。", when=DAY)
    assert issued(ex) == [("阿富汗总统府", ())]
    ex = extract_text(extractor, "俄罗斯方面呼吁再次对这一事件进行调查，得出令各方信服的结论。", when=DAY)
    assert issued(ex) == [("俄罗斯", ())]


def test_people_who_call_for_something_are_no_body(extractor: Extractor) -> None:
    """"与会代表呼吁…", "某某的支持者要求…": people, not a body: no directive of a body."""
    for text in ("与会代表呼吁加强合作，共同应对挑战。", "反对派的支持者要求政府举行大选。"):
        assert extract_text(extractor, text, when=DAY).directives == []


def test_a_call_in_the_speakers_words_and_the_state_it_names(extractor: Extractor) -> None:
    """"某官员表示，…，呼吁巴西尽快…": a later clause that opens with a verb of calling on others is his
    directive, the state it names the addressee."""
    ex = extract_text(extractor, "某国官员张某某5日表示，该国重视这一问题，呼吁巴西尽快恢复谈判。", when=DAY)
    assert issued(ex) == [("张某某", ("巴西",))]


def test_a_minister_inside_his_ministrys_statement_calls_on_a_state(extractor: Extractor) -> None:
    """"某国外交部发表声明说，该国外交部长X…通电话时，呼吁日本…": the minister the statement reports makes
    the call (issuer), the state he calls on is the addressee."""
    ex = extract_text(extractor, "韩国外交部5日发表声明说，韩国外交部长金秀英当天在与日本外相通电话时，呼吁日本立即撤回有关措施。",
                      when=DAY)
    assert issued(ex) == [("金秀英", ("日本",))]


def test_a_states_people_called_on_are_the_state(extractor: Extractor) -> None:
    """"呼吁智利民众共同努力": the population of a state is the state (a placed collective, call 2)."""
    ex = extract_text(extractor, "智利总统张某某5日宣布解除宵禁。他呼吁智利民众共同努力，使生活回归正常。", when=DAY)
    assert issued(ex) == [("张某某", ("智利",))]


def test_a_states_body_called_on_is_that_body(extractor: Extractor) -> None:
    """"敦促美国海军…", "呼吁美国国会…": a body of the state, recorded under the name written (not the state);
    "呼吁日本政府…" is the state itself (call 9)."""
    ex = extract_text(extractor, "据某国媒体报道，伊朗海军司令张某某5日敦促美国海军尽快离开该水域。", when=DAY)
    assert issued(ex) == [("张某某", ("美国海军",))]
    ex = extract_text(extractor, "某国外长张某某5日呼吁美国国会尽快批准该协议。", when=DAY)
    assert issued(ex) == [("张某某", ("美国国会",))]
    ex = extract_text(extractor, "某国外长张某某5日呼吁日本政府立即撤回有关措施。", when=DAY)
    assert issued(ex) == [("张某某", ("日本",))]


def test_the_two_parties_of_two_states(extractor: Extractor) -> None:
    """"中越两党要…" at talks: the two states' parties, as the report names them (China's by its full name)."""
    ex = extract_text(extractor, "5月6日，中共中央总书记、国家主席习近平在人民大会堂同越南共产党中央委员会总书记阮某某举行会谈。"
                      "习近平强调，中越两党要加强交流互鉴，携手推动社会主义事业发展。", when=DAY,
                      title="习近平同越南共产党中央委员会总书记阮某某举行会谈")
    assert issued(ex) == [("习近平", ("中国共产党", "越南共产党"))]


def test_a_body_the_tagger_names_is_the_party_called_on(extractor: Extractor) -> None:
    """"要求北约…", "敦促塔利班…", "呼吁某国东部武装“国民军”…": a body the gazetteer does not know, read as an
    organisation by the statistical tagger; a class (国际社会) and forces named only by their place are none."""
    ex = extract_text(extractor, "某国外长张某某5日再次要求北约停止在东欧的活动。", when=DAY)
    assert issued(ex) == [("张某某", ("北约",))]
    ex = extract_text(extractor, "某国外交部长张某某5日在发布会上呼吁利比亚东部武装“国民军”尽早停火。", when=DAY)
    assert issued(ex) == [("张某某", ("国民军",))]
    for text in ("某国外长张某某5日呼吁国际社会共同努力，化解危机。", "某国外交部长张某某5日在发布会上呼吁利比亚东部武装尽早停火。"):
        assert issued(extract_text(extractor, text, when=DAY)) == [("张某某", ())]


def test_a_bare_state_body_is_the_speakers_states_or_the_partners(extractor: Extractor) -> None:
    """"美国财政部长某某敦促国会…" → 美国国会 (the speaker's state); "习近平希望参议院…" at talks with one
    state → that state's 参议院."""
    ex = extract_text(extractor, "美国财政部长张某某5日敦促国会尽快提高债务上限。", when=DAY)
    assert issued(ex) == [("张某某", ("美国国会",))]
    ex = extract_text(extractor, "5月6日，国家主席习近平在人民大会堂会见意大利参议院议长某某。习近平希望参议院继续发挥积极作用，"
                      "为双边关系发展注入更大动力。", when=DAY, title="习近平会见意大利参议院议长")
    assert issued(ex) == [("习近平", ("意大利参议院",))]


def test_a_place_described_over_clauses_is_the_subject_of_its_task(extractor: Extractor) -> None:
    """"某省是…，具有…，要…": the place the first clause describes is tasked by the 要 further on; an act of the
    place's (…，敦促警方…，将…) is no description and its 将 binds nobody."""
    ex = extract_text(extractor, "5月6日，国务院副总理韩正在海南调研。韩正指出，海南是我国唯一的热带省份，具有得天独厚的自然资源，"
                      "要处理好旅游开发与生态保护的关系。", when=DAY, title="韩正在海南调研")
    assert issued(ex) == [("韩正", ("海南",))]
    ex = extract_text(extractor, "澳门各界对这起事件予以强烈谴责，敦促警方依法严办，将肇事者绳之以法。", when=DAY)
    assert ex.commitments == []


def test_an_imperative_list_whose_first_verb_jieba_mistags(extractor: Extractor) -> None:
    """"深化两国…，增强…" / "第四，深化务实合作，…" in a leader's speech: the tagger reads 深化 as a verb (jieba's
    dictionary says j), so the sentence goes on setting tasks."""
    ex = extract_text(extractor, "5月6日，国家主席习近平同某国总统举行会谈。习近平强调，要加强双方合作。"
                      "深化两国财政金融政策沟通，增强抵御金融风险的合力。", when=DAY, title="习近平同某国总统举行会谈")
    assert [d.issued_by.name for d in ex.directives] == ["习近平", "习近平"]
    ex = extract_text(extractor, "5月6日，国家主席习近平出席峰会并发表讲话。习近平提出四点主张。第四，深化务实合作，拉紧利益纽带。",
                      when=DAY, title="习近平出席峰会")
    assert [d.issued_by.name for d in ex.directives] == ["习近平"]


def test_an_imperative_after_adverbs_or_a_circumstance(extractor: Extractor) -> None:
    """"第二，及时有效开展…", "在发展中保障和改善民生。", "在…框架内加强协调。" in a leader's speech set tasks (the
    tagger reads the verb after the adverbs or after 在…中/内); "在会上作了发言。" reports what was done."""
    ex = extract_text(extractor, "5月6日，国务院总理李强主持召开座谈会。李强指出，要坚定信心。在发展中保障和改善民生。"
                      "在多边机制框架内加强协调。在会上作了发言。", when=DAY, title="李强主持召开座谈会")
    assert [d.evidence.text for d in ex.directives] == ["李强指出，要坚定信心。", "在发展中保障和改善民生。",
                                                       "在多边机制框架内加强协调。"]
    ex = extract_text(extractor, "5月6日，国家主席习近平同某国总理举行会谈。习近平强调，要加强战略沟通。第二，及时有效开展战略沟通，"
                      "增进彼此了解合作。", when=DAY, title="习近平同某国总理举行会谈")
    assert [d.issued_by.name for d in ex.directives] == ["习近平", "习近平"]


def test_a_spokesman_tasks_a_state_for_his_body(extractor: Extractor) -> None:
    """"外交部发言人某某表示，美方应…/日方必须…": the spokesman speaks for his body, whose directive it is to the
    state named; "中方敦促美方…" names the state that calls (China); "中方要…" is no task set for others."""
    ex = extract_text(extractor, "美国国务院5日宣布新一轮制裁。外交部发言人张某某5日表示，美方应立即停止干涉中国内政。", when=DAY)
    assert issued(ex) == [("外交部", ("美国",))]
    ex = extract_text(extractor, "日本某官员5日参拜。外交部发言人张某某5日在例行记者会上说，日方必须正视历史，停止错误言行。", when=DAY)
    assert issued(ex) == [("外交部", ("日本",))]
    ex = extract_text(extractor, "美国国务院5日宣布新一轮制裁。外交部发言人张某某5日表示，美方的做法严重违反国际法，"
                      "中方敦促美方立即纠正错误。", when=DAY)
    assert issued(ex) == [("中华人民共和国", ("美国",))]
    assert extract_text(extractor, "外交部发言人张某某5日表示，中方要维护自身利益。", when=DAY).directives == []


def test_a_body_the_tagger_names_directs_after_its_act(extractor: Extractor) -> None:
    """"联合国大会…通过决议，要求美国…": the body the tagger reads at the head of the clause before the verb
    of directing (the gazetteer does not know it) issues the directive to the state it names."""
    ex = extract_text(extractor, "7日，联合国大会连续第28年通过决议，要求美国解除对古巴的封锁。", when=DAY)
    assert issued(ex) == [("联合国大会", ("美国",))]


def test_a_proposal_list_of_dashed_items_goes_on(extractor: Extractor) -> None:
    """"某某建议：" then paragraphs of "——…" items: each item and the sentences of its paragraph are his
    directives (the speech goes on through items of a list)."""
    ex = extract_text(extractor, "5月6日，国务院总理李强出席某峰会并发表讲话。李强建议：\n——增强发展动能。深挖双方合作潜力，"
                      "提升贸易投资合作水平。\n——夯实发展支撑。加快建设公共卫生科技合作中心。", when=DAY, title="李强出席某峰会")
    assert [d.evidence.text for d in ex.directives] == ["——增强发展动能。", "深挖双方合作潜力，提升贸易投资合作水平。",
                                                       "——夯实发展支撑。", "加快建设公共卫生科技合作中心。"]
