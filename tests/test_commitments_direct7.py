"""Directive classes of session 7 (random dev items and the independent audit), on INVENTED sentences
of the shapes found wrong: remarks recalled in a look-back feature taken as directives of the report's
day, and judgements of what matters (…是关键, 关键在于…) taken as tasks."""

from __future__ import annotations

from datetime import date

from helpers.extractions import extract_text

from kg.nlp import Extractor

DAY = date(2024, 8, 6)


def test_a_remark_dated_earlier_this_year_is_recalled(extractor: Extractor) -> None:
    """"今年3月，某某在这里考察时强调，要…" in a report of August: the intro's own date (a month of the
    report's year, written without the year) is past, so the remark is recalled, not a directive of
    the report's day; the same words introduced today stay a directive."""
    lead = "某古城有一千多年历史。\n"  # a date in the lead is the news itself: the remark is in the body
    recalled = lead + "今年3月，习近平总书记在这里考察时强调，要把这些古建筑保护好、利用好。"
    assert not extract_text(extractor, recalled, when=DAY, title="古城新貌").directives
    today = lead + "8月5日，习近平总书记在这里考察时强调，要把这些古建筑保护好、利用好。"
    assert [d.issued_by.name for d in extract_text(extractor, today, when=DAY, title="古城新貌").directives] == ["习近平"]


def test_remarks_of_a_recalled_occasion_are_recalled(extractor: Extractor) -> None:
    """A narrator's sentence that opens with a past time and names a person sets the scene of an
    earlier occasion (今年2月，某某来到某村): the remarks after it (他强调，要…) were made then, in its
    paragraph and, in a feature reporting no event of its own, in the paragraphs that follow, until
    a sentence opens with a time of the report's own (近日，…)."""
    text = ("某村是远近闻名的茶叶村。\n"
            "今年2月，习近平总书记来到某村，察看茶园长势。他强调，要把茶产业做大做强，带动乡亲们增收致富。\n"
            "在村民家中，总书记指出，要加快补齐农村基础设施短板。\n"
            "近日，某地遭遇强降雨。习近平总书记作出重要指示强调，要全力做好防汛救灾工作，保障人民生命财产安全。")
    ex = extract_text(extractor, text, when=DAY, title="茶乡新景")
    assert [d.evidence.text[:8] for d in ex.directives] == ["习近平总书记作出"]


def test_a_past_span_up_to_now_sets_no_recalled_occasion(extractor: Extractor) -> None:
    """"今年以来，…" is a span up to now, not an earlier occasion: the remark that follows stays."""
    text = "某地乡村发展迅速。\n今年以来，习近平总书记多次就乡村振兴作出部署。总书记指出，要加快推进农业农村现代化。"
    ex = extract_text(extractor, text, when=DAY, title="乡村振兴")
    assert [d.issued_by.name for d in ex.directives] == ["习近平"]


def test_a_judgement_of_what_matters_sets_no_task(extractor: Extractor) -> None:
    """"某地要发展，选准特色产业是关键" and "做好这项工作，关键在于…" judge what matters: their 要 is a
    purpose, the sentence sets no task (neither); a sentence that sets the task stays a directive."""
    for body in ("山区要致富，选准特色产业是关键。", "要把这座城市建设好，坚持绿色发展是根本出路。",
                 "做好基层治理工作，关键在于加强基层党组织建设，发挥党员先锋模范作用。"):
        ex = extract_text(extractor, f"8月5日，国务院总理李强在某省考察。李强指出，{body}", when=DAY, title="李强在某省考察")
        assert not ex.directives, body
    ex = extract_text(extractor, "8月5日，国务院总理李强在某省考察。李强指出，要选准特色产业，带动群众增收。", when=DAY,
                      title="李强在某省考察")
    assert [d.issued_by.name for d in ex.directives] == ["李强"]


def test_a_judgement_of_worth_sets_no_task(extractor: Extractor) -> None:
    """"形成一份好的规划，对于凝聚共识具有重要作用" judges worth (…具有重要作用/意义): neither."""
    ex = extract_text(extractor, "8月5日，国务院总理李强主持召开座谈会。李强指出，形成一份高质量的规划，对于凝聚共识、"
                      "推动发展具有重要作用。要广泛听取意见，把规划编制好。", when=DAY, title="李强主持召开座谈会")
    assert [d.evidence.text[:4] for d in ex.directives] == ["要广泛听"]


def test_a_superior_bodys_lead_that_studies_and_deploys_is_its_directive(extractor: Extractor) -> None:
    """A lead that 研究部署 measures or 对…进行动员/作出部署 is the superior body's directive (settled
    call 3: it deploys work), like one that 部署; a leading group's plenary that 研究部署下步工作 lists
    its agenda (the dev precedents: neither)."""
    ex = extract_text(extractor, "中共中央政治局常务委员会8月6日召开会议，听取某项工作汇报，研究部署进一步做好防汛救灾"
                      "工作的十项措施。中共中央总书记习近平主持会议。", when=DAY, title="中共中央政治局常务委员会召开会议")
    assert [d.issued_by.name for d in ex.directives] == ["中共中央政治局常务委员会"]
    ex = extract_text(extractor, "国务院总理李强8月6日主持召开国务院第八次全体会议，讨论某项规划稿，并对做好下半年工作进行"
                      "动员。", when=DAY, title="李强主持召开国务院全体会议")
    assert [d.issued_by.name for d in ex.directives] == ["国务院"]
    ex = extract_text(extractor, "中共中央政治局常委、国务院副总理、推动某某发展领导小组组长丁薛祥6日在北京主持召开推动某某"
                      "发展领导小组全体会议，审议有关文件，研究部署下步重点工作。", when=DAY, title="丁薛祥主持召开领导小组全体会议")
    assert not ex.directives


def test_a_plenums_own_words_are_its_bodys(extractor: Extractor) -> None:
    """In the report of a plenary session, "全会强调，全党要…" is the body's directive, and the speech goes
    on; in a speech at another meeting, "全会决定…进行了部署" names a plenum's document, not this meeting."""
    ex = extract_text(extractor, "中国共产党第二十届中央委员会第五次全体会议，于2024年8月3日至6日在北京举行。全会强调，"
                      "全党要深刻领悟两个确立的决定性意义。全党要更加紧密地团结在党中央周围。", when=DAY,
                      title="中国共产党第二十届中央委员会第五次全体会议公报")
    assert [d.issued_by.name for d in ex.directives] == ["中共中央", "中共中央"]
    ex = extract_text(extractor, "8月6日，中央军委召开基层建设会议，中共中央总书记习近平出席并讲话。习近平强调，要抓好基层建设。"
                      "全会决定专门就加强基层建设进行了部署，很多任务要从基层抓起。", when=DAY, title="中央军委召开基层建设会议")
    assert {d.issued_by.name for d in ex.directives} == {"习近平"}


def test_a_call_on_others_is_a_directive_whoever_makes_it(extractor: Extractor) -> None:
    """"某国外长…召开发布会，呼吁某武装尽早停火": whoever calls on others (呼吁/要求/敦促) directs them,
    also a person the report gives no post; a place that only says whose forces (也门|南部武装) is no
    addressee; "呼吁国际合作应对…" calls for an action named as a noun, nobody called on (neither)."""
    ex = extract_text(extractor, "8月6日，也门外交部长卡里姆在萨那召开发布会，呼吁也门南部武装尽早停火。", when=DAY, title="某某")
    assert [(d.issued_by.name, d.addressed_to) for d in ex.directives] == [("卡里姆", ())]
    ex = extract_text(extractor, "8月6日，也门外交部长卡里姆在萨那召开发布会，呼吁国际合作应对各种挑战。", when=DAY, title="某某")
    assert not ex.directives


def test_a_document_speaks_as_its_publisher(extractor: Extractor) -> None:
    """"白皮书指出/呼吁…" after "国务院新闻办公室发布《…》白皮书": the publisher speaks (an office written
    on after the body the gazetteer knows); its 呼吁/希望 for another state is its directive, not its pledge."""
    ex = extract_text(extractor, "国务院新闻办公室6日发布《某某问题的中方立场》白皮书。白皮书阐明中方立场，呼吁某国通过平等"
                      "对话解决分歧。白皮书指出，希望某国与中方相向而行。", when=DAY, title="国务院新闻办发布白皮书")
    assert [d.issued_by.name for d in ex.directives] == ["国务院新闻办公室", "国务院新闻办公室"]
    assert not ex.commitments


def test_a_grouping_of_states_is_an_addressee(extractor: Extractor) -> None:
    """"金砖国家要…" in a leader's speech: the grouping is the addressee, like a state (call 9)."""
    ex = extract_text(extractor, "8月6日，国家主席习近平在金砖国家领导人会晤上发表讲话。习近平指出，金砖国家要加强团结协作，"
                      "共同应对风险挑战。", when=DAY, title="习近平出席金砖国家领导人会晤")
    assert [[a.name for a in d.addressed_to] for d in ex.directives] == [["金砖国家"]]


def test_an_instruction_speaks_as_him_who_made_it(extractor: Extractor) -> None:
    """"某某作出重要批示。批示指出，…。要…": the instruction speaks as the person who made it, and the
    tasks that follow are his directives."""
    ex = extract_text(extractor, "全国某项工作电视电话会议8月6日在京召开。中共中央政治局常委、国务院总理李强作出重要批示。"
                      "批示指出，过去一年，某项工作取得积极进展。要坚持问题导向，扎实推进某项改革。", when=DAY,
                      title="李强对某项工作作出重要批示")
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("李强", "李强")]


def test_an_untitled_national_leader_speaks_from_his_office(extractor: Extractor) -> None:
    """"李强同志来到…代表团" gives no title, but the public record of national offices (office_terms.csv)
    says he is the Premier that day: his "要…" is a directive (his rank only; no post is made)."""
    ex = extract_text(extractor, "6日上午，李强同志来到他所在的某省代表团参加讨论。李强说，要坚定不移推进改革开放，"
                      "保持经济运行在合理区间。", when=DAY, title="李强参加某省代表团讨论")
    assert [d.issued_by.name for d in ex.directives] == ["李强"]
    assert "李强" not in {p.person for p in ex.posts}


def test_what_a_meeting_says_after_an_adoption_is_its_own_word(extractor: Extractor) -> None:
    """"会议审议通过《某某条例（草案）》，指出要…" at a 国务院常务会议: the words after 指出 are the
    body's directive (call 3), and its list goes on; the adopted text's content it is not."""
    ex = extract_text(extractor, "国务院总理李强8月6日主持召开国务院常务会议。会议审议通过《某某调解条例（草案）》，指出要以"
                      "条例出台为契机规范调解活动。要加强宣传解读，提高调解公信力。", when=DAY,
                      title="李强主持召开国务院常务会议")
    assert [d.issued_by.name for d in ex.directives] == ["国务院", "国务院"]


def test_a_judgement_with_a_word_holding_yao_sets_no_task(extractor: Extractor) -> None:
    """"发展是…的第一要务" judges (…是…); "关键是要…" still sets a task."""
    ex = extract_text(extractor, "8月5日，国务院总理李强在某省考察。李强指出，发展是党执政兴国的第一要务。关键是要扎实推动"
                      "高质量发展。", when=DAY, title="李强在某省考察")
    assert [d.evidence.text[:4] for d in ex.directives] == ["关键是要"]


def test_a_chairs_lead_with_its_agenda_is_the_meetings(extractor: Extractor) -> None:
    """"国务院总理李强6日主持召开国务院全体会议，深入学习…精神，强调要…": the meeting's agenda stands
    between the chair's clause and 强调: the body's directive (call 3); after "并发表重要讲话" the chair's own."""
    ex = extract_text(extractor, "国务院总理李强8月6日主持召开国务院第十次全体会议，深入学习贯彻某某重要讲话精神，强调要切实把"
                      "思想和行动统一到决策部署上来。", when=DAY, title="李强主持召开国务院全体会议")
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("国务院", None)]
    ex = extract_text(extractor, "国务院总理李强8月6日主持召开国务院第十次全体会议并发表重要讲话，强调要切实把思想和行动统一到"
                      "决策部署上来。", when=DAY, title="李强主持召开国务院全体会议")
    assert [d.issued_by.name for d in ex.directives] == ["李强"]


def test_both_sides_after_a_hope_in_a_message_between_leaders(extractor: Extractor) -> None:
    """An exchange of oral messages (互致口信) is a report between two states like talks (call 9): "希望双方
    各方面…" is addressed to both states."""
    ex = extract_text(extractor, "国家主席习近平近日就某事故同越南领导人某某互致口信。习近平表示，希望双方各方面继续密切配合，"
                      "妥善做好善后处置工作。", when=DAY, title="习近平就某事故同越南领导人互致口信")
    assert [sorted(a.name for a in d.addressed_to) for d in ex.directives] == [["中华人民共和国", "越南"]]


def test_a_states_wish_for_the_other_is_its_speakers_directive(extractor: Extractor) -> None:
    """"越方希望中方继续…" said by the guest at talks: his directive to China (希望X…, the guide)."""
    ex = extract_text(extractor, "8月6日，国家主席习近平在北京会见越南总理范明政。范明政表示，越方希望中方继续助力越南基础设施"
                      "建设。", when=DAY, title="习近平会见越南总理")
    assert [(d.issued_by.name, [a.name for a in d.addressed_to]) for d in ex.directives] == [("范明政", ["中华人民共和国"])]


def test_a_good_wish_for_relations_tasks_nobody(extractor: Extractor) -> None:
    """"越方希望越中关系得到进一步发展", "希望中越关系持续健康发展": the states name the topic of a good wish
    (…关系/合作/友谊), no party is tasked (neither); "希望越方继续支持中方" tasks 越南."""
    ex = extract_text(extractor, "8月6日，国家主席习近平在北京会见越南总理范明政。范明政表示，越方希望越中关系得到进一步发展。"
                      "习近平指出，希望中越关系持续健康发展。希望越方继续支持中方。", when=DAY, title="习近平会见越南总理")
    assert [(d.evidence.text[:4], [a.name for a in d.addressed_to]) for d in ex.directives] == [("希望越方", ["越南"])]


def test_a_body_name_the_tagger_ends_with_a_verb_is_still_a_subject(extractor: Extractor) -> None:
    """"青联和学联组织要…": the body suffix (组织, tagged a verb by the segmenter) ends a noun phrase, so the
    clause has a subject and the speech's task is a directive."""
    ex = extract_text(extractor, "中共中央总书记习近平8月6日致信祝贺。习近平强调，各级党组织要加强对青年工作的领导。"
                      "青联和学联组织要坚定正确政治方向，深化改革创新。", when=DAY, title="习近平致信祝贺")
    assert [d.evidence.text[:4] for d in ex.directives] == ["习近平强", "青联和学"]


def test_a_task_with_a_topic_or_a_long_class_before_yao(extractor: Extractor) -> None:
    """"做好某项工作要压实各方责任": the verb phrase before 要 is the topic, no actor (a subjectless task of
    the speech); "有关省区特别是重点产煤省区要…": a long unplaced class still opens a task (no addressee)."""
    ex = extract_text(extractor, "8月6日，国务院副总理韩正出席某工作电视电话会议。韩正强调，做好电煤保量稳价工作要压实各方责任。"
                      "有关省区特别是重点产煤省区要积极挖掘增产潜力，确保完成电煤保供任务。", when=DAY, title="韩正出席会议")
    assert [(d.issued_by.name, d.addressed_to) for d in ex.directives] == [("韩正", ()), ("韩正", ())]


def test_a_greeting_sets_no_task(extractor: Extractor) -> None:
    """"谨向广大工作者致以诚挚问候！" in an instruction greets (neither); the tasks after it stay directives."""
    ex = extract_text(extractor, "全国某项工作电视电话会议8月6日在京召开。中共中央政治局常委、国务院总理李强作出重要批示。批示指出，"
                      "过去一年，某项工作取得积极进展。谨向广大工作者致以诚挚问候！要坚持问题导向，扎实推进某项改革。", when=DAY,
                      title="李强作出重要批示")
    assert [d.evidence.text[:4] for d in ex.directives] == ["要坚持问"]


def test_a_national_bodys_official_goes_on_setting_tasks(extractor: Extractor) -> None:
    """At a press conference, "国家卫生健康委相关负责人介绍，…。当前，…，要继续坚持…": the national body's
    official goes on speaking and his subjectless 要… is the body's directive (no speaker named)."""
    ex = extract_text(extractor, "国务院联防联控机制8月6日举行新闻发布会。国家卫生健康委相关负责人介绍，近期各地累计报告感染者"
                      "一千例。当前，疫情防控正处在关键时期，要继续坚持总方针不动摇。", when=DAY, title="国务院联防联控机制举行新闻发布会")
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("国家卫生健康委", None)]


def test_a_states_class_after_hope_is_no_addressee(extractor: Extractor) -> None:
    """"希望美国企业继续投资中国": a class of the state's (企业, 各界, 青年 …) is tasked, not the state: a
    directive with no addressee (call 2)."""
    ex = extract_text(extractor, "8月6日，国家副主席韩正在华盛顿出席美国总统就职典礼。韩正表示，希望美国企业继续投资中国，积极发挥"
                      "桥梁作用。", when=DAY, title="韩正出席美国总统就职典礼")
    assert [(d.issued_by.name, d.addressed_to) for d in ex.directives] == [("韩正", ())]
