"""Evaluation against gold files: scoring rules on a hand-made store and a hand-made gold file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import SHARED
from helpers.extractions import make_extraction

from kg.apps.evaluate import EvalReport, Score, evaluate, find_articles, micro_average, norm_label
from kg.cli import main
from kg.errors import KgError
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.records import (
    AgentRef,
    Article,
    CommitmentRecord,
    Decision,
    EventRecord,
    Evidence,
    Extraction,
    Organization,
    Participation,
    PlaceRef,
    Post,
    ProjectRecord,
    ReviewedDocument,
)
from kg.reference import get_reference
from kg.store import Store, open_store

SAMPLE_GOLD = SHARED / "gold" / "000_aed75dd07c0e9222.json"

GOLD: dict[str, Any] = {
    "document": "corpus/sample/sample.txt",
    "persons": ["李强", "龚正", "吴政隆", "习近平", "王浩"],
    "posts": [
        ["李强", "上海", "PartySecretary"],
        ["龚正", "上海", "DeputyPartySecretary"],
        ["龚正", "上海市", "Governor"],
        ["吴政隆", "江苏", "PartySecretary"],
        ["习近平", "", "GeneralSecretary"],
        ["王浩", "浙江", "Governor"],
    ],
    "events": [
        {
            "id": "symposium",
            "type": "Meeting",
            "date": "2022-08-16",
            "location": "上海",
            "label_has": "座谈会",
        },
        {
            "id": "press",
            "type": "PressConference",
            "date": "2022-08-16",
            "location": "上海",
            "label_has": "发布会",
            "super": "symposium",
        },
        {"id": "forum", "type": "Forum", "date": "2022-08-18", "location": "上海", "label_has": "论坛"},
        {
            "id": "next",
            "type": "Meeting",
            "date": "2023",
            "location": "安徽",
            "label_has": "座谈会",
            "scheduled": True,
        },
    ],
    "participation": [
        ["symposium", "attendee", ["李强", "龚正"]],
        ["press", "chair", ["李强"]],
        ["forum", "speaker", ["吴政隆", "袁家军"]],
    ],
    "reviewed": [
        ["symposium", "长三角区域一体化发展2022年度工作计划"],
        ["symposium", "《长三角区域一体化发展2022年度重点合作事项清单》"],
    ],
    "decided": [["symposium", "next"]],
    "projects": ["G60科创走廊", "虹桥国际开放枢纽", "“一网通办”", "长江大保护"],
    "projects_also_fine": ["长三角生态绿色一体化发展示范区"],
    "commitments": {
        "note": "hand-made",
        "symposium": ["G60科创走廊", "虹桥国际开放枢纽", "长江大保护"],
        "committers": ["上海", "江苏", "浙江", "安徽"],
        "by_province_at_forum": ["上海", "江苏"],
    },
    "commitment_facts": [
        {"event": "symposium", "committers": ["上海市", "江苏"], "projects": ["G60科创走廊"]}
    ],
    "directives": [
        {
            "event": None,
            "issuer": "习近平",
            "addressees": ["上海", "江苏", "浙江", "安徽"],
            "projects": ["长三角生态绿色一体化发展示范区"],
        },
    ],
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as s:
        s.ensure_reference()
        s.replace_article(iri.article("sample"), article_quads(make_extraction()))
        yield s


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return path


def counts(score: Score) -> tuple[int, int, int, int]:
    return score.correct_system, score.system, score.found_gold, score.gold


@pytest.fixture
def report(store: Store, gold_file: Path) -> EvalReport:
    return evaluate(gold_file, store)


def test_document_matched_by_file_name(report: EvalReport) -> None:
    assert report.articles == [iri.article("sample")]


def test_events_aligned_by_type_date_place_label(report: EvalReport) -> None:
    assert sorted(report.alignment) == ["forum", "next", "press", "symposium"]
    # the forum aligns although its gold date differs, and then counts as wrong: the tuple is scored whole
    assert counts(report.scores["events"]) == (3, 4, 3, 4)


def test_persons_and_posts(report: EvalReport) -> None:
    assert counts(report.scores["persons"]) == (4, 4, 4, 5)
    # 上海市 in the gold is the same province as 上海; '' is a national post
    assert counts(report.scores["posts"]) == (5, 5, 5, 6)


def test_participation_counts_chairs_and_speakers_as_attendees(report: EvalReport) -> None:
    # gold: 3 attendee/chair rows + 2 speakers, each chair/speaker also an attendee → 8
    assert counts(report.scores["participation"]) == (6, 6, 6, 8)


def test_reviewed_and_decided(report: EvalReport) -> None:
    assert counts(report.scores["reviewed"]) == (1, 1, 1, 2)
    assert counts(report.scores["decided"]) == (1, 1, 1, 1)


def test_projects_precision_accepts_also_fine_recall_needs_gold(report: EvalReport) -> None:
    assert counts(report.scores["projects"]) == (4, 4, 3, 4)
    assert norm_label("“一网通办” ") == "一网通办"


def test_commitments_block(report: EvalReport) -> None:
    assert counts(report.scores["commitments.symposium.projects"]) == (2, 2, 2, 3)
    committers = report.scores["commitments.symposium.committers"]
    assert committers.recall_only and (committers.found_gold, committers.gold) == (1, 1)
    assert committers.precision is None
    assert counts(report.scores["commitments.by_province_at_forum"]) == (1, 1, 1, 2)


def test_commitment_facts_scored_as_committer_project_pairs(report: EvalReport) -> None:
    # system: 4 provinces × 2 projects at the symposium + (上海, 一网通办)
    assert counts(report.scores["commitment_pairs"]) == (2, 9, 2, 2)


def test_directives_scored_as_issuer_pairs(report: EvalReport) -> None:
    assert counts(report.scores["directive_addressees"]) == (4, 4, 4, 4)
    assert counts(report.scores["directive_projects"]) == (1, 1, 1, 1)


def test_score_arithmetic() -> None:
    s = Score(correct_system=3, system=4, found_gold=2, gold=4)
    assert s.precision == 0.75 and s.recall == 0.5 and s.f1 == pytest.approx(0.6)
    assert Score().precision is None and Score().f1 is None
    total = micro_average(
        [
            EvalReport("a", "a", [], {"x": Score(1, 2, 1, 2)}),
            EvalReport("b", "b", [], {"x": Score(3, 3, 1, 4)}),
        ]
    )
    assert counts(total["x"]) == (4, 5, 2, 6)


def test_unknown_document_is_an_error(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"document": "corpus/nothing.txt", "persons": []}), encoding="utf-8")
    with pytest.raises(KgError, match="no article in the store matches"):
        evaluate(path, store)


def test_malformed_gold_is_an_error(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(KgError, match="not valid JSON"):
        evaluate(path, store)


def xwlb_extraction(key: str) -> Extraction:
    article = Article(
        key=key,
        source=f"corpus/xwlb.jsonl:{key}",
        text="x",
        title="t",
        date=date(2022, 1, 1),
        content_hash=key,
    )
    return Extraction(article=article, persons=[f"人{key}"])


def test_dev_gold_document_names_the_item_id_or_its_bundle_reports(store: Store) -> None:
    for key in ("123", "456-1", "456-2", "4567"):
        store.replace_article(iri.article(key), article_quads(xwlb_extraction(key)))
    assert find_articles(store, "xwlb:123") == [iri.article("123")]
    assert find_articles(store, "xwlb:456") == [iri.article("456-1"), iri.article("456-2")]
    assert find_articles(store, "xwlb:999") == []


# -- the CLI ----------------------------------------------------------------------------


def test_kg_eval_prints_table_and_micro_average(
    store: Store, gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(store.location)
    store.close()
    second = tmp_path / "gold2.json"
    second.write_text(json.dumps({"document": "sample", "persons": ["李强"]}), encoding="utf-8")
    assert main(["eval", str(gold_file), str(second), "--store", location]) == 0
    out = capsys.readouterr().out
    assert "micro-average over 2 files" in out
    persons_rows = [line.split() for line in out.splitlines() if line.startswith("persons ")]
    # per file: 4/4 and 1/4 → micro P = 5/8, R = 5/6
    assert persons_rows[-1] == ["persons", "0.625", "0.833", "0.714", "6", "8"]


def test_kg_eval_json_and_missing_document(
    store: Store, gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(store.location)
    store.close()
    missing = tmp_path / "missing.json"
    missing.write_text(json.dumps({"document": "xwlb:0", "persons": []}), encoding="utf-8")
    assert main(["eval", str(gold_file), str(missing), "--store", location, "--json"]) == 1
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert payload["files"][0]["scores"]["decided"]["f1"] == 1.0
    assert "no article in the store matches the gold document 'xwlb:0'" in captured.err


# -- the real sample gold ------------------------------------------------------------------


def extraction_from_gold(gold: dict[str, Any]) -> Extraction:
    """The Extraction a perfect extractor would produce for the gold facts."""
    ref = get_reference()
    e = Evidence("…", 0, 1)
    article = Article(
        key="000_aed75dd07c0e9222",
        source="examples/000_aed75dd07c0e9222.txt",
        text="…",
        title="t",
        date=date(2022, 8, 16),
        content_hash="x",
    )
    posts = []
    for person, place, role in gold["posts"]:
        if place:
            prov = ref.province(place)
            assert prov is not None
            label = prov.party_org if "Party" in role else prov.gov_org
            org = Organization(label, PlaceRef("province", prov.short))
        else:
            org = Organization("中共中央")
        posts.append(Post(person, org, role, role, date(2022, 8, 16), e))
    events = [
        EventRecord(
            g["id"],
            g["type"],
            f"某{g['label_has']}",
            g["date"],
            PlaceRef("province", g["location"]),
            e,
            super_event=g.get("super"),
            scheduled=bool(g.get("scheduled")),
        )
        for g in gold["events"]
    ]
    participations = [
        Participation(ev, AgentRef("person", p), role, e)
        for ev, role, persons in gold["participation"]
        for p in persons
    ]
    spec = gold["commitments"]
    four = tuple(AgentRef("province", p) for p in spec["committers"])
    commitments = [CommitmentRecord(four, "推进", tuple(spec["symposium"]), e, event="symposium")]
    commitments += [  # one statement per sentence: each pledge its own sentence
        CommitmentRecord((AgentRef("province", p),), "推进", ("一网通办",), Evidence("…", k + 1, k + 2), event="forum")
        for k, p in enumerate(spec["by_province_at_forum"])
    ]
    return Extraction(
        article=article,
        persons=list(gold["persons"]),
        posts=posts,
        events=events,
        participations=participations,
        reviewed=[ReviewedDocument(ev, t, e) for ev, t in gold["reviewed"]],
        decisions=[Decision(a, b, e) for a, b in gold["decided"]],
        projects=[ProjectRecord(p, e) for p in gold["projects"]],
        commitments=commitments,
    )


@pytest.mark.skipif(
    not SAMPLE_GOLD.is_file(), reason="needs ../shared/gold (sibling of the repo), absent here"
)
def test_perfect_extraction_of_the_sample_gold_scores_one_everywhere(tmp_path: Path) -> None:
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    extraction = extraction_from_gold(gold)
    with open_store(tmp_path / "s") as s:
        s.ensure_reference()
        s.replace_article(iri.article(extraction.article.key), article_quads(extraction))
        result = evaluate(SAMPLE_GOLD, s)
    expected = {
        "persons",
        "posts",
        "events",
        "participation",
        "reviewed",
        "decided",
        "projects",
        "commitments.symposium.projects",
        "commitments.symposium.committers",
        "commitments.by_province_at_forum",
    }
    assert set(result.scores) == expected
    for aspect, score in result.scores.items():
        assert score.recall == 1.0, aspect
        assert score.precision in (1.0, None), aspect


# --------------------------------------------------------------------------- statements


def test_frozen_sentences_are_those_of_eval_sentences_py() -> None:
    from helpers import eval_script

    from kg.apps.evaluate import fingerprint, frozen_sentences

    module = eval_script("sentences")
    text = "甲说，“要加快建设。”乙表示！要推进…… 丙？\n无标点的标题\n（下转第3版）"
    assert frozen_sentences(text) == module.sentences(text)
    assert [fingerprint(x) for x in frozen_sentences(text)] == [module.fingerprint(x) for x in module.sentences(text)]


def _statement_store(tmp_path: Path) -> Store:
    from kg.records import DirectiveRecord

    text = "会议指出，要加快建设G60科创走廊。韩总理强调，上海要推进改革。加强保护。"
    s1, s2, s3 = (0, 18), (18, 32), (32, 37)
    article = Article("st", "corpus/st.txt", text, "标题", date(2022, 8, 16), "h")

    def ev(span: tuple[int, int]) -> Evidence:
        return Evidence(text[span[0]:span[1]], *span)

    extraction = Extraction(
        article=article,
        commitments=[CommitmentRecord((AgentRef("province", "上海"), AgentRef("province", "江苏")), "加快建设",
                                      ("G60科创走廊",), ev(s1))],
        directives=[
            DirectiveRecord(AgentRef("person", "韩总理"), (AgentRef("province", "上海"),), "推进改革", (), ev(s2),
                            speaker="韩总理"),
            DirectiveRecord(AgentRef("person", "韩总理"), (), "加强保护", (), ev(s3), speaker="韩总理"),
        ],
    )
    store = open_store(tmp_path / "s")
    store.ensure_reference()
    store.replace_article(iri.article("st"), article_quads(extraction))
    return store


def test_statements_are_scored_per_sentence_fingerprint(tmp_path: Path) -> None:
    from kg.apps.evaluate import fingerprint

    text = "会议指出，要加快建设G60科创走廊。韩总理强调，上海要推进改革。加强保护。"
    f1, f2, f3 = (fingerprint(x) for x in ("会议指出，要加快建设G60科创走廊。", "韩总理强调，上海要推进改革。", "加强保护。"))
    gold = {"document": "corpus/st.txt", "statements": [
        {"n": 0, "sent": f1, "kind": "commitment", "speaker": None, "committers": ["上海市", "浙江"]},
        {"n": 1, "sent": f2, "kind": "directive", "speaker": "韩总理", "issuer": "韩总理", "addressees": ["上海", "江苏"]},
    ]}
    assert text  # the sentences above are the text's
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    with _statement_store(tmp_path) as store:
        scores = evaluate(path, store).scores
    committers = scores["statement_committers"]
    assert (committers.correct_system, committers.system, committers.found_gold, committers.gold) == (1, 2, 1, 2)
    issuers = scores["statement_issuers"]  # f3 is "neither" in the gold: a spurious directive
    assert (issuers.correct_system, issuers.system, issuers.found_gold, issuers.gold) == (1, 2, 1, 1)
    addressees = scores["statement_addressees"]
    assert (addressees.found_gold, addressees.gold, addressees.system) == (1, 2, 1)
    kind = scores["statement_kind"]  # f1, f2 agree; f3 directive vs neither
    assert (kind.correct_system, kind.system) == (2, 3) and kind.recall == kind.precision
    assert scores["statement_speakers"].recall == 1.0


def test_a_statement_entry_without_fingerprint_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"document": "corpus/st.txt", "statements": [{"n": 0, "kind": "commitment"}]}),
                    encoding="utf-8")
    with _statement_store(tmp_path) as store, pytest.raises(KgError, match="fingerprint"):
        evaluate(path, store)
