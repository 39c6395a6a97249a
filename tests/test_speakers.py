"""Speaker attribution (kg.nlp.speakers) on hand-built DocStates and on the Doc."""

from __future__ import annotations

from helpers.states import base_state

from kg.nlp.speakers import SpeakerFinder, standing_of
from kg.nlp.state import DocState
from kg.records import Evidence, Organization, PlaceRef, Post

PLACES = {"上海": ("province", "上海"), "江苏": ("province", "江苏")}
NOWHERE = Evidence("", 0, 0)


def state_with(text: str, posts: dict[str, str | None]) -> DocState:
    """``posts``: person → the province he leads (None: a national post)."""
    state = base_state(text, PLACES)
    for person, province in posts.items():
        i = text.find(person)
        while i >= 0:
            state.person_mentions.setdefault(person, []).append((i, i + len(person)))
            i = text.find(person, i + 1)
        org = Organization(f"{province}市委", PlaceRef("province", province)) if province else Organization("国务院")
        state.extraction.posts.append(Post(person, org, "PartySecretary", "书记", None, NOWHERE))
    return state


def speakers(text: str, posts: dict[str, str | None]) -> list[tuple[str, str | None, str, bool]]:
    return [(s.kind, s.name, s.standing, s.intro) for s in SpeakerFinder().find(state_with(text, posts))]


def test_a_reporting_clause_and_its_continuation() -> None:
    got = speakers("甲书记说，要加快发展。要深化改革。乙总理强调，要稳住经济。", {"甲书记": "上海", "乙总理": None})
    assert got == [("person", "甲书记", "province:上海", True), ("person", "甲书记", "province:上海", False),
                   ("person", "乙总理", "national", True)]


def test_pronoun_and_meeting_speakers() -> None:
    got = speakers("乙总理主持会议。他强调，要稳住经济。会议指出，要深化改革。", {"乙总理": None})
    assert [g[:2] for g in got] == [("none", None), ("person", "乙总理"), ("meeting", None)]


def test_a_place_post_wins_over_a_national_rank() -> None:
    state = state_with("甲书记说，要加快发展。", {"甲书记": "上海"})
    state.extraction.posts.append(Post("甲书记", Organization("中共中央政治局"), "PolitburoMember", "委员", None, NOWHERE))
    assert standing_of(state, "甲书记") == "province:上海"


def test_a_narrative_sentence_hands_back_to_the_narrator() -> None:
    got = speakers("乙总理强调，要稳住经济。8月16日，甲书记出席会议。", {"乙总理": None, "甲书记": "上海"})
    assert got[1][0] == "none"


def test_speaker_spans_on_the_doc() -> None:
    from kg.nlp import Extractor
    from kg.records import Article

    text = "上海市委书记李华明主持会议。李华明强调，要加快发展。"
    extractor = Extractor()
    doc = extractor.nlp(extractor._doc(Article("t", "<t>", text, "", None, "")))
    spans = list(doc.spans["kg_speakers"])
    assert spans and all(s._.kg_speaker for s in spans)
    assert len(doc._.kg.sentence_speakers) == len(doc._.kg.sentences)
    assert [s.label_ for s in doc.spans["kg_statements"]] == ["commitment"]  # 上海's leader: 要… is 上海's pledge


def test_they_is_a_group_not_the_person_named_last() -> None:
    got = speakers("乙总理主持会议。他们认为，这些成果来之不易，要格外珍惜。", {"乙总理": None})
    assert got[1][:2] != ("person", "乙总理")


def test_a_chairs_meeting_clause_before_its_requirement_makes_the_meeting_speak() -> None:
    got = speakers("乙总理主持召开国务院常务会议，要求加快建设新型基础设施。", {"乙总理": None})
    assert got[0][:3] == ("meeting", None, "meeting")
    # his own speech at the meeting stays his
    got = speakers("乙总理主持会议并发表重要讲话，强调要稳住经济。", {"乙总理": None})
    assert got[0][:2] == ("person", "乙总理")


def test_a_national_title_before_the_name_gives_national_standing() -> None:
    state = base_state("全国人大常委会委员长丙某主持会议。", PLACES)
    state.person_mentions["丙某"] = [(10, 12)]
    assert standing_of(state, "丙某") == "national"


def test_the_body_a_reporter_learned_it_from_speaks() -> None:
    text = "记者今天从上海了解到，上海将加快建设创新平台。"
    got = speakers(text, {})
    assert got[0][:3] == ("body", "上海", "province")


def test_a_foreign_prime_minister_has_no_national_standing() -> None:
    state = base_state("甲乙总理表示，要加强合作。丙丁总书记强调，要加快发展。", PLACES)
    state.person_mentions["甲乙"] = [(0, 2)]
    state.person_mentions["丙丁"] = [(13, 15)]
    assert standing_of(state, "甲乙") == "unknown" and standing_of(state, "丙丁") == "national"


def test_a_places_people_speak_for_the_place() -> None:
    got = speakers("上海的干部群众表示，一定要落实好嘱托。", {})
    assert got[0][:3] == ("body", "上海", "province")


def test_a_bare_title_speaks_for_the_one_person_named_with_it() -> None:
    got = speakers("甲某总书记在江苏考察。在企业，总书记指出，要加快发展。", {"甲某": None})
    assert got[1][:2] == ("person", "甲某")


def test_a_bare_title_two_persons_bear_is_nobody() -> None:
    got = speakers("甲某总书记、乙某总书记会见代表。总书记指出，要加快发展。", {"甲某": None, "乙某": None})
    assert got[1][0] != "person"


def test_a_demand_written_as_a_noun_reports_no_words() -> None:
    (sp,) = SpeakerFinder().find(state_with("甲某对开展教育提出明确要求、作出全面部署。", {"甲某": None}))
    assert sp.verb != "要求"


def test_a_charge_in_a_later_clause_is_the_subjects_words() -> None:
    got = speakers("甲某详细了解情况，叮嘱江苏省委继续做好救治工作。", {"甲某": None})
    assert got[0][:2] == ("person", "甲某") and got[0][3]


def test_the_local_people_speak_for_the_province_the_title_names() -> None:
    import dataclasses

    state = state_with("记者走访了一些地方，当地干部群众表示，一定要牢记嘱托。", {})
    state.article = dataclasses.replace(state.article, title="某某在江苏考察引发热烈反响")
    (sp,) = SpeakerFinder().find(state)
    assert (sp.kind, sp.name, sp.standing) == ("body", "江苏", "province")


def test_the_local_people_of_no_one_province_are_nobody() -> None:
    (sp,) = SpeakerFinder().find(state_with("记者走访了一些地方，当地干部群众表示，一定要牢记嘱托。", {}))
    assert sp.kind != "body"


def test_a_collective_saying_it_will_is_not_the_last_speaker() -> None:
    got = speakers("乙总理强调，要稳住经济。嘱托殷殷，广大青年表示要树立坚定信念。", {"乙总理": None})
    assert got[1][:2] != ("person", "乙总理") and got[1][0] == "other"


def test_the_article_speaks_in_its_authors_words() -> None:
    got = speakers("某刊将发表乙总理的重要文章《某某》。文章强调，要稳住经济。要深化改革。", {"乙总理": None})
    assert [g[:2] for g in got[1:]] == [("person", "乙总理"), ("person", "乙总理")]
