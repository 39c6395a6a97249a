"""SHACL validation: the shapes accept what the builder emits and reject each kind of malformed fact.

Most tests start from a small, valid hand-made Extraction mapped by the real
RDF code, break exactly one statement, and check that the report names that
node, that property and the article it came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import SAMPLE

from kg.apps.validate import validate_store
from kg.graph import iri
from kg.graph.rdf import article_quads, ontology_quads, reference_quads
from kg.graph.shacl import ValidationReport, Violation, validate_graph
from kg.io.normalise import normalise
from kg.records import (
    AgentRef,
    Article,
    CommitmentRecord,
    DirectiveRecord,
    Document,
    EventRecord,
    Evidence,
    Extraction,
    Organization,
    Participation,
    PlaceRef,
    Post,
    ProjectRecord,
)
from kg.reference import get_reference
from kg.store import memory_store

KEY = "t1"
ART = iri.article(KEY)
SOURCE = "corpus/t1.txt"
TEXT = "8月16日，2022年度长三角地区主要领导座谈会在上海举行。上海市委书记李强主持会议并讲话。三省一市要共同推进G60科创走廊建设。"
SH = iri.province("CN-SH")
XSD_DATE = ox.NamedNode(iri.XSD + "date")


def N(ns: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(ns + local)


A = N(iri.RDF, "type")
LABEL = N(iri.RDFS, "label")


def span(text: str) -> Evidence:
    start = TEXT.index(text)
    return Evidence(text, start, start + len(text))


def extraction(when: date | None = date(2022, 8, 16)) -> Extraction:
    article = Article(
        key=KEY, source=SOURCE, text=TEXT, title="2022年度长三角地区主要领导座谈会在上海举行", date=when,
        content_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
    )
    meeting = span("8月16日，2022年度长三角地区主要领导座谈会在上海举行。")
    chaired = span("上海市委书记李强主持会议并讲话。")
    task = span("三省一市要共同推进G60科创走廊建设。")
    return Extraction(
        article=article,
        persons=["李强"],
        posts=[Post("李强", Organization("上海市委", PlaceRef("province", "上海")), "PartySecretary", "上海市委书记",
                    None, chaired)],
        events=[EventRecord("e1", "Meeting", "2022年度长三角地区主要领导座谈会", "2022-08-16",
                            PlaceRef("province", "上海"), meeting, series="长三角地区主要领导座谈会")],
        participations=[
            Participation("e1", AgentRef("person", "李强"), "chair", chaired),
            Participation("e1", AgentRef("person", "李强"), "speaker", chaired),
            Participation("e1", AgentRef("province", "江苏"), "attendee", meeting),
        ],
        projects=[ProjectRecord("G60科创走廊", task, located_in=PlaceRef("province", "上海"))],
        commitments=[CommitmentRecord((AgentRef("province", "上海"), AgentRef("province", "江苏")), "共同推进",
                                      ("G60科创走廊",), task, "e1")],
        directives=[DirectiveRecord(AgentRef("person", "李强"), (AgentRef("province", "江苏"),), "共同推进",
                                    ("G60科创走廊",), task, "e1")],
    )


@pytest.fixture(scope="module")
def quads() -> list[ox.Quad]:
    return article_quads(extraction(), get_reference())


def subject_of(quads: Iterable[ox.Quad], cls: str) -> ox.NamedNode:
    found = [q.subject for q in quads if q.predicate == A and q.object == ox.NamedNode(cls)]
    assert found, f"the fixture has no {cls}"
    return found[0]  # type: ignore[return-value]


def without(quads: Iterable[ox.Quad], subject: ox.NamedNode, predicate: ox.NamedNode) -> list[ox.Quad]:
    kept = [q for q in quads if not (q.subject == subject and q.predicate == predicate)]
    return kept


def plus(quads: Iterable[ox.Quad], s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> list[ox.Quad]:
    return [*quads, ox.Quad(s, p, o, ox.NamedNode(ART))]


def replaced(quads: Iterable[ox.Quad], s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> list[ox.Quad]:
    return plus(without(quads, s, p), s, p, o)


def problems(report: ValidationReport, focus: ox.NamedNode, path: str) -> list[Violation]:
    return [v for v in report.violations if v.focus == focus.value and v.path == path]


def assert_rejected(report: ValidationReport, focus: ox.NamedNode, path: str) -> Violation:
    hits = problems(report, focus, path)
    assert hits, f"expected a violation on {iri.compact(focus.value)} {iri.compact(path)}, got:\n{report.text()}"
    assert not report.ok
    return hits[0]


# -- what the builder emits conforms ---------------------------------------------------------


def test_builder_output_conforms(quads: list[ox.Quad]) -> None:
    report = validate_graph(quads)
    assert report.ok, report.text(warnings=True)
    assert report.results == [], report.text(warnings=True)
    # every subject of the article graph was a candidate focus node
    assert report.nodes == len({q.subject for q in quads})


def test_reference_and_ontology_graphs_conform() -> None:
    data = [*reference_quads(get_reference()), *ontology_quads()]
    report = validate_graph(data, context=())
    assert report.ok, report.text()


def test_sample_article_extraction_conforms() -> None:
    from kg.io.read import iter_documents
    from kg.nlp import Extractor

    (doc,) = list(iter_documents([SAMPLE]))
    assert isinstance(doc, Document)
    result = Extractor().extract(normalise(doc))
    assert result.commitments and result.posts and result.events
    report = validate_graph(article_quads(result))
    assert report.ok, report.text()


# -- posts ------------------------------------------------------------------------------------


def test_membership_without_role_is_named_with_its_article(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    v = assert_rejected(validate_graph(without(quads, m, N(iri.ORG, "role"))), m, iri.ORG + "role")
    assert v.label == "上海市委书记"
    assert v.article == ART and v.source == SOURCE
    assert "role" in v.message
    line = v.line()
    assert "上海市委书记" in line and "org:role" in line and SOURCE in line


def test_membership_role_must_be_an_org_role(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    bad = replaced(quads, m, N(iri.ORG, "role"), N(iri.KG, "Chancellor"))
    v = assert_rejected(validate_graph(bad), m, iri.ORG + "role")
    assert v.value == iri.KG + "Chancellor"


def test_membership_member_must_be_a_person(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    assert_rejected(validate_graph(replaced(quads, m, N(iri.ORG, "member"), ox.NamedNode(SH))), m, iri.ORG + "member")


def test_membership_with_two_organisations(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    bad = plus(quads, m, N(iri.ORG, "organization"), ox.NamedNode(iri.org("国务院")))
    assert_rejected(validate_graph(bad), m, iri.ORG + "organization")


def test_membership_attested_on_must_be_a_valid_date(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    for value in (ox.Literal("2022-13-45", datatype=XSD_DATE), ox.Literal("2022-08-16")):
        bad = replaced(quads, m, N(iri.KG, "attestedOn"), value)
        assert_rejected(validate_graph(bad), m, iri.KG + "attestedOn")


def test_undated_article_gives_warnings_not_violations() -> None:
    """A text without a date cannot date its posts and events: expected, so only warned about."""
    quads = article_quads(extraction(when=None), get_reference())
    e = subject_of(quads, iri.SCHEMA + "Event")
    report = validate_graph(without(quads, e, N(iri.SCHEMA, "startDate")))
    assert report.ok, report.text()
    m = subject_of(quads, iri.ORG + "Membership")
    warned = {w.focus for w in report.warnings}
    assert {m.value, e.value} <= warned, report.text(warnings=True)
    assert "warning: " in report.text(warnings=True) and "warning: " not in report.text()


def test_undated_post_in_a_dated_article_is_a_violation(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    report = validate_graph(without(quads, m, N(iri.KG, "attestedOn")))
    assert any(v.focus == m.value and "although its article is dated" in v.message for v in report.violations), report.text()


def test_membership_without_evidence_or_article(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    assert_rejected(validate_graph(without(quads, m, N(iri.KG, "evidence"))), m, iri.KG + "evidence")
    assert_rejected(validate_graph(without(quads, m, N(iri.PROV, "wasDerivedFrom"))), m, iri.PROV + "wasDerivedFrom")


def test_evidence_span_must_not_be_empty(quads: list[ox.Quad]) -> None:
    m = subject_of(quads, iri.ORG + "Membership")
    bad = replaced(quads, m, N(iri.KG, "evidenceEnd"), ox.Literal("0", datatype=N(iri.XSD, "integer")))
    assert_rejected(validate_graph(bad), m, iri.KG + "evidenceStart")


# -- commitments and directives -----------------------------------------------------------------


def test_commitment_without_committer(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    v = assert_rejected(validate_graph(without(quads, c, N(iri.KG, "committedBy"))), c, iri.KG + "committedBy")
    assert v.label == "共同推进"  # a commitment has no label; its action names it


def test_commitment_committer_must_be_an_agent(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    untyped_region = ox.NamedNode(iri.region("不存在的区域"))
    v = assert_rejected(validate_graph(plus(quads, c, N(iri.KG, "committedBy"), untyped_region)), c, iri.KG + "committedBy")
    assert v.value == untyped_region.value


def test_commitment_event_is_optional_but_single(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    assert validate_graph(without(quads, c, N(iri.KG, "madeAt"))).ok
    other = subject_of(quads, iri.SCHEMA + "EventSeries")
    bad = plus(quads, c, N(iri.KG, "madeAt"), other)
    assert_rejected(validate_graph(bad), c, iri.KG + "madeAt")


def test_commitment_needs_an_action_and_may_have_one_per_clause(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    assert_rejected(validate_graph(without(quads, c, N(iri.KG, "action"))), c, iri.KG + "action")
    two = plus(quads, c, N(iri.KG, "action"), ox.Literal("加快", language="zh"))
    assert not problems(validate_graph(two), c, iri.KG + "action")


def test_statement_speaker_is_one_person(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    assert_rejected(validate_graph(plus(quads, c, N(iri.KG, "speaker"), ox.NamedNode(SH))), c, iri.KG + "speaker")


def test_commitment_concerns_only_projects(quads: list[ox.Quad]) -> None:
    c = subject_of(quads, iri.KG + "Commitment")
    assert_rejected(validate_graph(plus(quads, c, N(iri.KG, "concerns"), ox.NamedNode(SH))), c, iri.KG + "concerns")


def test_directive_needs_one_issuer_and_may_name_no_addressee(quads: list[ox.Quad]) -> None:
    d = subject_of(quads, iri.KG + "Directive")
    assert not problems(validate_graph(without(quads, d, N(iri.KG, "addressedTo"))), d, iri.KG + "addressedTo")
    assert_rejected(validate_graph(without(quads, d, N(iri.KG, "issuedBy"))), d, iri.KG + "issuedBy")
    bad = replaced(quads, d, N(iri.KG, "issuedBy"), ox.NamedNode(SH))
    assert_rejected(validate_graph(bad), d, iri.KG + "issuedBy")


# -- events -----------------------------------------------------------------------------------


def test_event_needs_exactly_one_kind(quads: list[ox.Quad]) -> None:
    e = subject_of(quads, iri.SCHEMA + "Event")
    two = plus(quads, e, A, N(iri.KG, "Forum"))
    assert_rejected(validate_graph(two), e, iri.RDF + "type")
    none = [q for q in quads if not (q.subject == e and q.predicate == A and q.object == N(iri.KG, "Meeting"))]
    assert_rejected(validate_graph(none), e, iri.RDF + "type")


def test_event_needs_a_date_or_a_status(quads: list[ox.Quad]) -> None:
    e = subject_of(quads, iri.SCHEMA + "Event")
    undated = without(quads, e, N(iri.SCHEMA, "startDate"))
    report = validate_graph(undated)
    assert any(v.focus == e.value and "start date" in v.message for v in report.violations), report.text()
    assert not any(w.focus == e.value for w in report.warnings), "a dated article's undated event is not a mere warning"
    announced = plus(undated, e, N(iri.SCHEMA, "eventStatus"), N(iri.SCHEMA, "EventScheduled"))
    assert validate_graph(announced).ok


def test_event_start_date_types(quads: list[ox.Quad]) -> None:
    e = subject_of(quads, iri.SCHEMA + "Event")
    year = replaced(quads, e, N(iri.SCHEMA, "startDate"), ox.Literal("2023", datatype=N(iri.XSD, "gYear")))
    assert validate_graph(year).ok
    text = replaced(quads, e, N(iri.SCHEMA, "startDate"), ox.Literal("八月十六日", language="zh"))
    assert_rejected(validate_graph(text), e, iri.SCHEMA + "startDate")


def test_chair_must_be_a_person_and_an_attendee(quads: list[ox.Quad]) -> None:
    e = subject_of(quads, iri.SCHEMA + "Event")
    org = ox.NamedNode(iri.org("上海市委"))
    bad = plus(plus(quads, e, N(iri.KG, "chair"), org), e, N(iri.SCHEMA, "attendee"), org)
    assert_rejected(validate_graph(bad), e, iri.KG + "chair")
    lq = ox.NamedNode(iri.person("李强"))
    not_attending = [q for q in quads if not (q.subject == e and q.predicate == N(iri.SCHEMA, "attendee") and q.object == lq)]
    report = validate_graph(not_attending)
    assert any(v.focus == e.value and "attendee" in v.message and v.value == lq.value for v in report.violations), report.text()


def test_event_location_must_be_a_place(quads: list[ox.Quad]) -> None:
    e = subject_of(quads, iri.SCHEMA + "Event")
    bad = replaced(quads, e, N(iri.SCHEMA, "location"), ox.NamedNode(iri.person("李强")))
    assert_rejected(validate_graph(bad), e, iri.SCHEMA + "location")


# -- articles, persons, places, projects --------------------------------------------------------


def test_article_needs_headline_hash_and_origin(quads: list[ox.Quad]) -> None:
    a = ox.NamedNode(ART)
    assert_rejected(validate_graph(without(quads, a, N(iri.SCHEMA, "headline"))), a, iri.SCHEMA + "headline")
    assert_rejected(validate_graph(replaced(quads, a, N(iri.KG, "contentHash"), ox.Literal("h-1"))), a, iri.KG + "contentHash")
    nowhere = without(quads, a, N(iri.KG, "sourcePath"))
    report = validate_graph(nowhere)
    assert any(v.focus == ART and "came from" in v.message for v in report.violations), report.text()
    url_only = plus(nowhere, a, N(iri.SCHEMA, "url"), ox.NamedNode("https://tv.cctv.com/2022/08/16/x.shtml"))
    assert validate_graph(url_only).ok


def test_person_needs_a_chinese_label(quads: list[ox.Quad]) -> None:
    p = ox.NamedNode(iri.person("李强"))
    english = replaced(quads, p, LABEL, ox.Literal("Li Qiang", language="en"))
    assert_rejected(validate_graph(english), p, iri.RDFS + "label")
    untagged = replaced(quads, p, LABEL, ox.Literal("李强"))
    assert_rejected(validate_graph(untagged), p, iri.RDFS + "label")


def test_person_name_that_is_not_a_name_is_a_warning(quads: list[ox.Quad]) -> None:
    p = ox.NamedNode(iri.person("李强"))
    report = validate_graph(replaced(quads, p, LABEL, ox.Literal("李强（左）", language="zh")))
    assert report.ok
    assert any(w.focus == p.value and w.path == iri.RDFS + "label" for w in report.warnings), report.text(warnings=True)


def test_project_needs_a_label(quads: list[ox.Quad]) -> None:
    p = subject_of(quads, iri.KG + "Project")
    assert_rejected(validate_graph(without(quads, p, LABEL)), p, iri.RDFS + "label")


def test_province_needs_its_wikidata_entity() -> None:
    ref = [*reference_quads(get_reference()), *ontology_quads()]
    sh = ox.NamedNode(SH)
    same = N(iri.OWL, "sameAs")
    assert_rejected(validate_graph(without(ref, sh, same), context=()), sh, iri.OWL + "sameAs")
    wrong = [q for q in without(ref, sh, same)] + [ox.Quad(sh, same, ox.NamedNode("https://example.org/shanghai"))]
    assert_rejected(validate_graph(wrong, context=()), sh, iri.OWL + "sameAs")


def test_context_nodes_are_looked_up_not_validated(quads: list[ox.Quad]) -> None:
    """The article points at provinces whose labels live in the reference graph, not in the data."""
    report = validate_graph(quads)
    assert not any(v.focus == SH for v in report.results)
    # without any context the province's type is unknown, and the place checks fail
    bare = validate_graph(quads, context=())
    assert any(v.path == iri.KG + "committedBy" for v in bare.violations), bare.text()


# -- stores and reports ---------------------------------------------------------------------------


def test_validate_store_names_the_source_of_a_bad_article(quads: list[ox.Quad]) -> None:
    store = memory_store()
    store.ensure_reference()
    store.replace_article(ART, quads)
    good = validate_store(store)
    assert good.ok, good.text()
    assert good.graphs == 3  # reference, ontology, the article

    m = subject_of(quads, iri.ORG + "Membership")
    store.replace_article(ART, without(quads, m, N(iri.ORG, "member")))
    bad = validate_store(store)
    v = assert_rejected(bad, m, iri.ORG + "member")
    assert v.source == SOURCE
    lines = bad.text().splitlines()
    assert len(lines) == len(bad.violations) + 1
    assert lines[-1].startswith("does not conform: 1 violation")


def test_empty_data_conforms_trivially() -> None:
    report = validate_graph([])
    assert report.ok and report.nodes == 0 and report.results == []


# -- kg build --validate and kg validate ------------------------------------------------------------


class _PreparedExtractor:
    """Stands in for kg.nlp.Extractor: returns prepared records, so each article's conformance is known."""

    def __init__(self, broken_keys: set[str]) -> None:
        self.broken_keys = broken_keys

    def extract(self, article: Article) -> Extraction:
        made = extraction()
        made.article = article
        if article.key in self.broken_keys:  # a commitment nobody made
            made.commitments = [replace(c, committed_by=()) for c in made.commitments]
        return made

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterable[Extraction]:
        return (self.extract(a) for a in articles)


def _two_articles(folder: Path) -> tuple[Path, Path]:
    good, bad = folder / "good.txt", folder / "bad.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_text(TEXT + "另一篇。", encoding="utf-8")
    return good, bad


def test_build_with_validate_stores_only_conforming_articles(tmp_path: Path) -> None:
    from kg.apps.build import build_paths

    good, bad = _two_articles(tmp_path)
    store = memory_store()
    report = build_paths([good, bad], store, extractor=_PreparedExtractor({"bad"}), validate=True)
    assert report.built == 1
    assert len(report.failed) == 1
    source, reason = report.failed[0]
    assert source == str(bad)
    assert "SHACL" in reason and "kg:committedBy" in reason and "共同推进" in reason
    assert iri.article("good") in store.named_graphs() and iri.article("bad") not in store.named_graphs()
    assert validate_store(store).ok

    # without --validate the malformed article is stored, and kg validate finds it
    unchecked = memory_store()
    assert build_paths([good, bad], unchecked, extractor=_PreparedExtractor({"bad"})).built == 2
    found = validate_store(unchecked)
    assert {v.source for v in found.violations} == {bad.name}  # kg:sourcePath is relative to the input root


def test_cli_validate_exit_status_and_report(tmp_path: Path, quads: list[ox.Quad], capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main
    from kg.store import open_store

    location = tmp_path / "store"
    with open_store(location) as store:
        store.ensure_reference()
        store.replace_article(ART, quads)
    assert main(["validate", "--store", str(location)]) == 0
    assert capsys.readouterr().out.startswith("conforms: 0 violation(s)")

    m = subject_of(quads, iri.ORG + "Membership")
    with open_store(location) as store:
        store.replace_article(ART, without(quads, m, N(iri.ORG, "role")))
    assert main(["validate", "--store", str(location)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "上海市委书记" in out[0] and "org:role" in out[0] and SOURCE in out[0]
    assert out[1].startswith("does not conform: 1 violation(s)")
