"""Statement precision classes of the session-8 audit (seed 1207), on INVENTED sentences: a parliament
written with its state pledges as itself, a document's stated content, a heading that only names a
programme, a greeting, a narrator's line turning to a report, and the purpose of the speaker's own step."""

from __future__ import annotations

from datetime import date

from helpers.extractions import committed, extract_text, issued

from kg.nlp import Extractor

DAY = date(2024, 5, 6)


def test_a_parliament_written_with_its_state_pledges_as_itself(extractor: Extractor) -> None:
    """"韩国国会重视…，愿…" → 韩国国会; "中国全国人大和某国议会保持…，愿…" said by its chairman → 全国人大, not the state."""
    ex = extract_text(extractor, "5月6日，全国人大常委会委员长赵乐际在北京同韩国国会议长某某会谈。某某说，当前两国关系稳定发展，"
                      "韩国国会重视同中国全国人大的往来，愿拓展两国议会交流，为两国关系发展贡献力量。",
                      when=DAY, title="赵乐际同韩国国会议长会谈")
    assert committed(ex) == [("韩国国会",)]
    ex = extract_text(extractor, "5月6日，全国人大常委会委员长赵乐际在北京同韩国国会议长某某会谈。赵乐际强调，中国全国人大和韩国国会"
                      "往来密切，愿加强议员交流，互鉴立法经验。", when=DAY, title="赵乐际同韩国国会议长会谈")
    assert committed(ex) == [("全国人大",)]
    ex = extract_text(extractor, "5月6日，全国人大常委会委员长赵乐际在北京同挪威议会议长托内·伦德会谈。托内·伦德表示，挪方重视对华关系。"
                      "挪议会愿深化同中国全国人大的友好往来。", when=DAY, title="赵乐际同挪威议会议长会谈")
    assert committed(ex) == [("挪威议会",)]


def test_the_state_itself_still_pledges(extractor: Extractor) -> None:
    """Without a parliament after it, "韩国愿…" stays the state's (call 9)."""
    ex = extract_text(extractor, "5月6日，国家主席习近平在北京会见韩国总统某某。某某说，韩国重视对华关系，愿深化双方交流合作。",
                      when=DAY, title="习近平会见韩国总统")
    assert committed(ex) == [("韩国",)]


def test_a_documents_stated_content_is_no_statement(extractor: Extractor) -> None:
    """"规划提出，…我国将…", "方案明确，某省将…": the content of a document (guide), neither."""
    ex = extract_text(extractor, "《某某产业发展规划》今天（5月6日）公开发布，规划提出，“十五五”期间，我国将加快建设五大产业基地，"
                      "产业规模占比超过30%。", when=DAY, title="某某产业发展规划发布")
    assert not ex.commitments and not ex.directives
    ex = extract_text(extractor, "5月6日，某省印发《某某行动方案》。方案明确，到2027年，某省将建成一批物流枢纽。",
                      when=DAY, title="某省印发行动方案")
    assert not ex.commitments and not ex.directives


def test_a_heading_that_names_a_programme_is_no_statement(extractor: Extractor) -> None:
    """"一是团结工程。" after a pledge of five programmes: no verb, no action; the pledges around it stay."""
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某论坛并发表主旨讲话。习近平宣布，中方愿同各方启动五大工程，共促发展。"
                      "一是团结工程。中方愿同各方加强交流。二是发展工程。中方将同各方共建实验室。", when=DAY, title="某论坛开幕")
    assert not ex.directives
    assert [c.evidence.text[:4] for c in ex.commitments] == ["习近平宣", "中方愿同", "中方将同"]


def test_a_heading_with_a_verb_still_sets_a_task(extractor: Extractor) -> None:
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平强调，要做好三方面工作。一是加强合作工程建设。",
                      when=DAY, title="某会议")
    assert [d.evidence.text[:4] for d in ex.directives] == ["习近平强", "一是加强"]


def test_a_greeting_in_a_letter_sets_no_task(extractor: Extractor) -> None:
    """"谨向…致以诚挚的问候！" greets; the 希望… after it is a directive."""
    ex = extract_text(extractor, "5月6日，中共中央总书记习近平致信祝贺某某工程建成。习近平在贺信中指出，某某工程建成，意义重大。"
                      "谨向奋战在工地的建设者们致以诚挚的问候！希望同志们再接再厉，建设好运营好工程。",
                      when=DAY, title="习近平致信祝贺某某工程建成")
    assert [d.evidence.text[:4] for d in ex.directives] == ["希望同志"]


def test_a_narrators_turn_to_a_report_is_no_statement(extractor: Extractor) -> None:
    ex = extract_text(extractor, "5月6日，中共中央总书记习近平在某省考察。习近平强调，要推动乡村全面振兴。来看记者发回的报道。",
                      when=DAY, title="某省考察")
    assert [d.evidence.text[:4] for d in ex.directives] == ["习近平强"]


def test_the_purpose_of_the_speakers_own_step_sets_no_task(extractor: Extractor) -> None:
    """"我提出某某合作倡议，就是要帮助…": why he took his step, no one tasked; "抓落实，就是要…" stays a task."""
    ex = extract_text(extractor, "5月6日，国家主席习近平在北京会见韩国总理某某。习近平指出，我提出某某合作倡议，就是要帮助"
                      "各国实现共同繁荣。", when=DAY, title="习近平会见韩国总理")
    assert not ex.directives and not ex.commitments
    ex = extract_text(extractor, "5月6日，国家主席习近平出席某会议并发表讲话。习近平指出，抓落实，就是要把各项部署转化为实际行动。",
                      when=DAY, title="某会议")
    assert issued(ex) == [("习近平", ())]


def test_a_representative_speaks_for_the_parties_he_represents(extractor: Extractor) -> None:
    """"某某代表各民主党派中央、全国工商联致辞。他表示，各民主党派要…": the parties' own pledge (he speaks for
    them), not his directive to them; the host who tasks them still directs them."""
    text = ("5月6日，某某迎春座谈会在北京举行。中共中央总书记习近平发表讲话。习近平指出，各民主党派要围绕中心、服务大局。"
            "全国政协副主席周某某代表各民主党派中央、全国工商联和无党派人士致辞。周某某表示，各民主党派要加强"
            "自身建设，积极参政议政。")
    ex = extract_text(extractor, text, when=DAY, title="某某迎春座谈会")
    assert issued(ex) == [("习近平", ("各民主党派",))]
    assert committed(ex) == [("各民主党派",)]


def test_a_recounted_result_and_a_history_set_no_task(extractor: Extractor) -> None:
    """In a meeting's review of the year, "成功举办某某运动会。", "某产量连续六年…" recount results; in an
    article, "早在一千多年前，…就…" tells history: no imperative list.  A task after them stays one."""
    ex = extract_text(extractor, "中共中央政治局5日召开会议。会议强调，今年是极为重要的一年。全年经济运行平稳，就业形势向好。"
                      "某某产量连续六年稳定增长，居民生活得到有效保障。成功举办某某运动会。会议要求，各地要抓好春耕生产。",
                      when=DAY, title="中共中央政治局召开会议")
    assert [d.evidence.text[:4] for d in ex.directives] == ["会议要求"]
    ex = extract_text(extractor, "5月6日，国家主席习近平在韩国媒体发表署名文章。习近平在文章中指出，中国和韩国要深化合作。"
                      "早在一千多年前，两国商船就往来于海上。", when=DAY, title="习近平发表署名文章")
    assert [d.evidence.text[:4] for d in ex.directives] == ["习近平在"]


def test_a_person_announcing_a_list_speaks_its_headings(extractor: Extractor) -> None:
    """"某某就…提出建议。一是…。二是…。": the headings that follow are his words (his directives), until
    another speaker; without a heading next the narrator goes on."""
    text = ("5月6日，中共中央政治局常委、国务院副总理、某某联合委员会中方主席韩正在北京同某国王储共同主持委员会会议。"
            "韩正表示，近年来两国关系快速发展。韩正就下阶段合作提出建议。一是加强战略沟通，拓展务实合作。"
            "二是扩大人员往来，深化教育合作。")
    ex = extract_text(extractor, text, when=DAY, title="韩正共同主持某某联合委员会会议")
    assert [(d.issued_by.name, d.evidence.text[:4]) for d in ex.directives] == [("韩正", "一是加强"), ("韩正", "二是扩大")]


def test_words_spoken_to_someone_go_on_with_the_speaker(extractor: Extractor) -> None:
    """"总理先生上次访华期间，某某主席同您举行会见…" names a person first but speaks to the guest: the narrator
    addresses nobody, so the host's words go on into the 希望双方… that follows."""
    text = ("5月6日，国务院总理李强在北京同某国总理某某举行会谈。李强表示，某国是中国的重要合作伙伴。"
            "总理先生上次访华期间，习近平主席同您举行会见，两国确立了合作伙伴关系。希望双方共同努力，推动合作取得更多成果。")
    ex = extract_text(extractor, text, when=DAY, title="李强同某国总理会谈")
    assert [(d.issued_by.name, d.evidence.text[:4]) for d in ex.directives] == [("李强", "希望双方")]


def test_a_wish_is_no_pledge(extractor: Extractor) -> None:
    """"祝中国朋友新年快乐！" after a guest's pledge list, "预祝某某活动圆满成功。": wishes, no statement."""
    text = ("5月6日，国家主席习近平在北京同韩国总统某某通电话。某某表示，韩方愿同中方加强合作。祝中国朋友新年快乐！"
            "习近平指出，双方要深化合作。预祝两国旅游年活动圆满成功。")
    ex = extract_text(extractor, text, when=DAY, title="习近平同韩国总统通电话")
    assert [c.evidence.text[:4] for c in ex.commitments] == ["某某表示"]
    assert [d.evidence.text[:4] for d in ex.directives] == ["习近平指"]


def test_two_other_states_at_talks_are_the_two_sides(extractor: Extractor) -> None:
    """"伊朗总统…与到访的巴基斯坦总理…举行会谈，双方一致同意…": 双方 are the two states the sentence names,
    not China and a partner; "以色列将把某地纳入…": 将 before 把 is "will"."""
    ex = extract_text(extractor, "22日，伊朗总统哈米德与到访的巴基斯坦总理阿里·汗举行会谈，双方一致同意扩大能源合作，共同建设输电线路。",
                      when=DAY, title="伊朗巴基斯坦将扩大能源合作")
    assert committed(ex) == [("伊朗", "巴基斯坦")]
    ex = extract_text(extractor, "以色列总理某某10日说，以色列将把某地区划入其管辖范围。", when=DAY, title="以色列称将把某地区划入管辖范围")
    assert committed(ex) == [("以色列",)]


def test_a_place_leaders_own_bodies_pledge_as_his_place(extractor: Extractor) -> None:
    """"某某表示，香港特别行政区某委员会和特区政府会全力履行…" said by the Chief Executive: 会 with an adverb of
    resolve is a pledge, and the bodies of his own place pledge as the place (香港)."""
    text = ("5月6日，香港特别行政区行政长官李家超在香港会见记者。李家超表示，香港特别行政区维护国家安全委员会和特区政府会全力履行"
            "有关决定赋予的职责。")
    ex = extract_text(extractor, text, when=DAY, title="李家超会见记者")
    assert committed(ex) == [("香港",)]


def test_what_should_be_done_does_not_go_on_with_a_pledge(extractor: Extractor) -> None:
    """A guest's "俄方愿…。应继续扩大青年交流。": the second sentence says what should be done, it is not the
    pledge list going on (no commitment of 俄罗斯 there)."""
    text = ("5月6日，国家主席习近平在北京会见俄罗斯总统普京。普京表示，俄方愿同中方加强各领域合作。应继续扩大青年交流。")
    ex = extract_text(extractor, text, when=DAY, title="习近平会见俄罗斯总统")
    assert [c.evidence.text[:4] for c in ex.commitments] == ["普京表示"]
