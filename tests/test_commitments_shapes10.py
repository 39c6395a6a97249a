"""Statement kinds read by clause structure (session 10, issue 10 recall): a task whose subject is its TOPIC
("集中整治要…", "“两重”项目要…", "老旧小区改造要…", "新时代要…") reads as a subjectless "要…" — the speaker's
standing decides the kind; "我们应该…" is "我们要…".  What stays no statement: a topic with 将 (a forecast), a
topic that undergoes something (…应当得到尊重), a narrator's topic + 要.  INVENTED sentences."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_a_topic_subject_in_a_national_leaders_speech_is_his_directive(extractor: Extractor) -> None:
    """"集中整治要动真碰硬", "“两重”项目要突出…", "新时代要有新作为": his directive, no addressee."""
    ex = extract_text(extractor, "5月6日，国务院副总理丁薛祥出席推进会并讲话。丁薛祥强调，要坚持稳中求进。集中整治要动真碰硬，"
                      "一项一项抓落地。", when=DAY, title="丁薛祥出席推进会")
    assert issued(ex) == [("丁薛祥", ()), ("丁薛祥", ())]
    ex = extract_text(extractor, "5月6日，国务院副总理丁薛祥出席推进会并讲话。他表示，“两重”项目要突出战略性、前瞻性，"
                      "高标准抓好组织实施。", when=DAY, title="丁薛祥出席推进会")
    assert issued(ex) == [("丁薛祥", ())]
    ex = extract_text(extractor, "习近平强调，新时代要有新举措、新作为。", when=DAY, title="习近平主持座谈会")
    assert issued(ex) == [("习近平", ())]


def test_a_topic_subject_in_a_superior_bodys_resolution_is_its_directive(extractor: Extractor) -> None:
    """"会议指出，要…。老旧小区改造要把…": the State Council's directive, as the sentence before."""
    ex = extract_text(extractor, "国务院总理李克强5月6日主持召开国务院常务会议。会议指出，要加快发展养老服务。"
                      "新建小区和老旧小区改造要把养老服务作为重要配套。", when=DAY, title="李克强主持召开国务院常务会议")
    assert issued(ex) == [("国务院", ()), ("国务院", ())]


def test_we_should_in_a_national_leaders_speech_is_his_directive(extractor: Extractor) -> None:
    """"我们应该…" as "我们要…" (settled call 1)."""
    ex = extract_text(extractor, "习近平指出，文明因交流而多彩。我们应该从不同文明中寻求智慧、汲取营养，携手解决人类共同面临的各种挑战。",
                      when=DAY, title="习近平发表署名文章")
    assert issued(ex) == [("习近平", ())]


def test_what_a_topic_undergoes_and_a_narrators_topic_set_no_task(extractor: Extractor) -> None:
    """"历史应当得到尊重" (a judgement); a narrator's "集中整治要…" (nobody speaks); a topic with 将 (a forecast)."""
    ex = extract_text(extractor, "5月6日，某国总统某某表示，历史应当得到尊重。", when=DAY, title="某国总统谈历史")
    assert ex.directives == [] and committed(ex) == []
    ex = extract_text(extractor, "据了解，集中整治要持续到年底。", when=DAY, title="某地开展集中整治")
    assert ex.directives == [] and committed(ex) == []
    ex = extract_text(extractor, "国务院副总理丁薛祥强调，要坚持稳中求进。新型储能产业将迎来快速发展。", when=DAY, title="丁薛祥出席推进会")
    assert issued(ex) == [("丁薛祥", ())] and committed(ex) == []


def test_a_saying_verb_or_an_existential_before_yao_is_no_topic(extractor: Extractor) -> None:
    """"还有很长的路要走" (要 of what there is to do); "强调各级党委政府要…" opening a sentence after a document
    is named (the document's content, not the speaker's task)."""
    ex = extract_text(extractor, "国务院总理李克强10日会见外宾。李克强表示，中国依然是世界上最大的发展中国家，"
                      "全面实现现代化还有很长的路要走。", when=DAY, title="李克强会见外宾")
    assert ex.directives == [] and committed(ex) == []
    ex = extract_text(extractor, "今天，在国新办举行的新闻发布会上，某部副部长周明远介绍了《关于促进某产业发展的意见》。"
                      "强调各级党委政府要高度重视某产业发展。", when=DAY, title="国新办发布会")
    assert ex.directives == [] and committed(ex) == []


def test_a_leader_named_by_surname_and_office_speaks_as_the_person_named_in_full(extractor: Extractor) -> None:
    """"习主席强调，要…" in a report that names 习近平 in full: he speaks (kg_speakers), his directive."""
    ex = extract_text(extractor, "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平12日视察某基地。"
                      "12日下午，习主席来到某基地。习主席强调，要大力弘扬“两弹一星”精神，全面提升现代化发射能力。",
                      when=DAY, title="牢记嘱托——习近平主席视察某基地")
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("习近平", "习近平")]


def test_a_speaker_clause_with_a_time_of_day_before_the_occasion(extractor: Extractor) -> None:
    """"习近平5日下午在参加…审议时强调，…。要…": 下午 before the occasion still leaves him the speaker, and his
    speech runs on into the next sentence's task."""
    ex = extract_text(extractor, "央视网消息（新闻联播）：中共中央总书记、国家主席、中央军委主席习近平5日下午在参加他所在的某代表团审议时强调，"
                      "民族团结是各族人民的生命线。要紧紧抓住这条主线，深化民族团结进步教育。", when=DAY, title="习近平参加代表团审议")
    assert [(d.issued_by.name, d.speaker) for d in ex.directives] == [("习近平", "习近平")]


def test_a_numbered_task_ends_a_review_and_the_measures_after_it_go_on(extractor: Extractor) -> None:
    """"会议指出，今年以来…（a review）。下一步，一要…。全面启动…，确保…。": 一要 ends the review of the year, so the
    verb-led sentence after it is the next measure of the State Council's list, not a result recounted."""
    ex = extract_text(extractor, "国务院总理李克强11月6日主持召开国务院常务会议，听取当前农业工作汇报。会议指出，今年以来农业生产总体平稳。"
                      "下一步，一要落实省负总责制，多措并举恢复生猪生产。全面启动社会救助和保障标准与物价上涨挂钩机制，"
                      "确保困难群众基本生活。", when=DAY, title="李克强主持召开国务院常务会议")
    assert issued(ex) == [("国务院", ()), ("国务院", ())]


def test_a_name_as_the_object_of_the_speakers_attitude_does_not_end_his_speech(extractor: Extractor) -> None:
    """"韩正指出，…。中央充分肯定贺一诚行政长官…的工作，…。特区政府要…": the name after 肯定 is its object, not a
    narrator's new subject: the speech runs on, the task is his directive."""
    ex = extract_text(extractor, "央视网消息（新闻联播）：中共中央政治局常委、国务院副总理韩正22日在北京会见澳门特别行政区行政长官贺一诚。"
                      "韩正指出，党中央始终关心澳门发展。中央充分肯定贺一诚行政长官和特区政府的工作，全力支持澳门防控疫情、改善民生。"
                      "特区政府要团结澳门社会各界力量，坚定信心、迎难而上，增强发展动能。", when=DAY, title="韩正会见贺一诚")
    assert [d.issued_by.name for d in ex.directives] == ["韩正"]
