"""The RDF mapping: contract facts on a hand-made Extraction, IRIs, reference and ontology graphs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from helpers.extractions import make_extraction

from kg.graph import iri
from kg.graph.rdf import article_quads, date_literal, ontology_quads, reference_quads, to_nquads
from kg.records import (
    PlaceRef,
)
from kg.reference import get_reference

PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in iri.PREFIXES.items())
SH = iri.province("CN-SH")
JS, ZJ, AH = iri.province("CN-JS"), iri.province("CN-ZJ"), iri.province("CN-AH")


@pytest.fixture(scope="module")
def graph() -> ox.Store:
    store = ox.Store()
    store.extend(article_quads(make_extraction()))
    return store


def ask(store: ox.Store, body: str) -> bool:
    return bool(store.query(PREFIXES + f"ASK {{ {body} }}", use_default_graph_as_union=True))


def select(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in result]


# -- IRIs ------------------------------------------------------------------------


def test_segment_keeps_chinese_and_encodes_what_iris_forbid() -> None:
    assert iri.person("李强") == "https://w3id.org/cpkg/id/person/李强"
    assert iri.segment("a b/c#d?e%f") == "a%20b%2Fc%23d%3Fe%25f"
    assert iri.segment('<>"{}|\\^`') == "%3C%3E%22%7B%7D%7C%5C%5E%60"
    assert iri.segment("x\ny") == "x%0Ay"
    assert iri.segment("  ") == "_"
    # every minted IRI is accepted by the store
    ox.NamedNode(iri.project("“一带一路” 综合/服务#平台?"))


def test_event_iri_depends_on_content_not_on_article() -> None:
    one = iri.event("Meeting", "座谈会", "2022-08-16", SH)
    assert one == iri.event("Meeting", "座谈会", "2022-08-16", SH)
    assert one != iri.event("Meeting", "座谈会", "2023", SH)
    assert one.startswith(iri.KGR + "event/") and len(one.rsplit("/", 1)[1]) == 16


def test_same_event_in_two_articles_is_one_node() -> None:
    a, b = make_extraction("a"), make_extraction("b")
    # the second article names the place 上海市 and calls it a city: same canonical place
    b.events[0].location = PlaceRef("city", "上海市")
    events_a = {q.subject for q in article_quads(a) if q.object == ox.NamedNode(iri.SCHEMA + "Event")}
    events_b = {q.subject for q in article_quads(b) if q.object == ox.NamedNode(iri.SCHEMA + "Event")}
    assert events_a == events_b and len(events_a) == 4


def test_date_literals() -> None:
    assert date_literal("2022-08-16") == ox.Literal("2022-08-16", datatype=ox.NamedNode(iri.XSD + "date"))
    assert date_literal("2023") == ox.Literal("2023", datatype=ox.NamedNode(iri.XSD + "gYear"))
    assert date_literal("8月") is None


# -- article facts -------------------------------------------------------------------


def test_every_quad_is_in_the_article_graph() -> None:
    quads = article_quads(make_extraction())
    assert {q.graph_name for q in quads} == {ox.NamedNode(iri.article("sample"))}


def test_article_node(graph: ox.Store) -> None:
    a = f"<{iri.article('sample')}>"
    assert ask(
        graph,
        f'{a} a schema:NewsArticle ; schema:headline "2022年度长三角地区主要领导座谈会在上海举行"@zh ; '
        f'schema:datePublished "2022-08-16"^^xsd:date ; kg:contentHash "h-sample" ; '
        f'kg:sourcePath "corpus/sample.txt" ; schema:identifier "sample"',
    )


def test_date_published_absent_when_unknown() -> None:
    quads = article_quads(make_extraction(when=None))
    assert not [q for q in quads if q.predicate.value == iri.SCHEMA + "datePublished"]


def test_membership_carries_member_org_role_date_evidence_and_provenance(graph: ox.Store) -> None:
    rows = select(
        graph,
        """SELECT ?m ?org ?jur ?title ?on ?evidence ?start ?end ?src WHERE {
        ?m a org:Membership ; org:member ?p ; org:organization ?org ; org:role kg:PartySecretary ;
           rdfs:label ?title ; kg:attestedOn ?on ; kg:evidence ?evidence ; kg:evidenceStart ?start ;
           kg:evidenceEnd ?end ; prov:wasDerivedFrom ?src .
        ?p rdfs:label "李强"@zh . ?org rdfs:label "上海市委"@zh ; kg:jurisdiction ?jur }""",
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["jur"] == SH
    assert row["title"] == "上海市委书记"
    assert row["on"] == "2022-08-16"
    assert (row["evidence"], row["start"], row["end"]) == ("上海市委书记李强", "10", "18")
    assert row["src"] == iri.article("sample")
    assert ask(graph, '?m org:member/rdfs:label "李强"@zh ; kg:evidenceStart "10"^^xsd:integer')


def test_each_title_is_its_own_membership(graph: ox.Store) -> None:
    roles = select(graph, 'SELECT ?r WHERE { ?m org:member/rdfs:label "龚正"@zh ; org:role ?r }')
    assert sorted(r["r"] for r in roles) == [iri.KG + "DeputyPartySecretary", iri.KG + "Governor"]


def test_attested_on_falls_back_to_article_date(graph: ox.Store) -> None:
    assert ask(graph, '?m org:member/rdfs:label "吴政隆"@zh ; kg:attestedOn "2022-08-16"^^xsd:date')


def test_national_post_has_no_jurisdiction(graph: ox.Store) -> None:
    assert ask(
        graph,
        '?m org:member/rdfs:label "习近平"@zh ; org:role kg:GeneralSecretary ; '
        'org:organization ?o . ?o a org:Organization ; rdfs:label "中共中央"@zh',
    )
    assert not ask(graph, '?o rdfs:label "中共中央"@zh ; kg:jurisdiction ?j')


def test_events_typed_dated_located(graph: ox.Store) -> None:
    assert ask(
        graph,
        '?e a schema:Event , kg:Meeting ; rdfs:label "2022年度长三角地区主要领导座谈会"@zh ; '
        f'schema:startDate "2022-08-16"^^xsd:date ; schema:location <{SH}> ; '
        'kg:theme "共担新使命、同谱新篇章"@zh ; prov:wasDerivedFrom ?a ; kg:evidence ?x',
    )
    # the forum's "city" 上海 is the provincial-level municipality
    assert ask(graph, f"?e a kg:Forum ; schema:location <{SH}>")


def test_year_only_date_is_gyear_and_scheduled_event_has_status(graph: ox.Store) -> None:
    rows = select(
        graph,
        "SELECT ?d ?s WHERE { ?e a kg:Meeting ; schema:startDate ?d ; "
        "schema:location ?loc . OPTIONAL { ?e schema:eventStatus ?s } } ORDER BY ?d",
    )
    assert rows[1] == {"d": "2023", "s": iri.SCHEMA + "EventScheduled"}
    assert "s" not in rows[0]
    assert ask(graph, f'?e schema:startDate "2023"^^xsd:gYear ; schema:location <{AH}>')


def test_sub_event_and_series(graph: ox.Store) -> None:
    assert ask(graph, "?p a kg:PressConference ; schema:superEvent ?m . ?m a kg:Meeting")
    assert ask(
        graph,
        "?m a kg:Meeting ; schema:superEvent ?s . ?s a schema:EventSeries ; "
        'rdfs:label "长三角地区主要领导座谈会"@zh',
    )


def test_every_chair_and_speaker_is_an_attendee(graph: ox.Store) -> None:
    assert ask(graph, '?e kg:chair ?p . ?p rdfs:label "李强"@zh')
    assert ask(graph, '?e kg:speaker ?p . ?p rdfs:label "吴政隆"@zh')
    assert not ask(
        graph, "{ ?e kg:chair ?p } UNION { ?e kg:speaker ?p } FILTER NOT EXISTS { ?e schema:attendee ?p }"
    )


def test_reviewed_work_and_decided_event(graph: ox.Store) -> None:
    assert ask(
        graph,
        '?e kg:reviewed ?w . ?w a schema:CreativeWork ; rdfs:label "长三角区域一体化发展2022年度工作计划"@zh',
    )
    assert ask(graph, "?e a kg:Meeting ; kg:decided ?n . ?n schema:eventStatus schema:EventScheduled")


def test_projects(graph: ox.Store) -> None:
    assert ask(graph, '?p a kg:Project ; rdfs:label "G60科创走廊"@zh ; skos:altLabel "G60走廊"@zh')
    assert ask(graph, f'?p rdfs:label "虹桥国际开放枢纽"@zh ; kg:locatedIn <{SH}>')


def test_region_committer_is_expanded_to_its_four_provinces(graph: ox.Store) -> None:
    rows = select(
        graph,
        'SELECT ?who WHERE { ?c a kg:Commitment , schema:PlanAction ; kg:action "加快建设"@zh ; '
        "kg:committedBy ?who }",
    )
    assert sorted(r["who"] for r in rows) == sorted([SH, JS, ZJ, AH])


def test_commitment_made_at_event_concerns_projects_with_evidence(graph: ox.Store) -> None:
    rows = select(
        graph,
        'SELECT ?label WHERE { ?c kg:action "加快建设"@zh ; kg:madeAt ?e ; kg:concerns/rdfs:label ?label ; '
        "prov:wasDerivedFrom ?a ; kg:evidence ?x ; kg:evidenceStart 390 . ?e a kg:Meeting }",
    )
    assert sorted(r["label"] for r in rows) == ["G60科创走廊", "虹桥国际开放枢纽"]
    # a project named only by a commitment is still a typed, labelled node
    assert ask(graph, '?c kg:concerns ?p . ?p a kg:Project ; rdfs:label "一网通办"@zh')


def test_directive_issued_by_person_addressed_to_expanded_region(graph: ox.Store) -> None:
    rows = select(
        graph,
        'SELECT ?to WHERE { ?d a kg:Directive ; kg:issuedBy/rdfs:label "习近平"@zh ; kg:addressedTo ?to ; '
        'kg:concerns/rdfs:label "长三角生态绿色一体化发展示范区"@zh ; prov:wasDerivedFrom ?a }',
    )
    assert sorted(r["to"] for r in rows) == sorted([SH, JS, ZJ, AH])


def test_article_quads_are_deterministic() -> None:
    first = to_nquads(article_quads(make_extraction()))
    second = to_nquads(article_quads(make_extraction()))
    assert first == second
    assert first.splitlines() == sorted(first.splitlines())


# -- reference and ontology graphs ----------------------------------------------------------


@pytest.fixture(scope="module")
def reference_graph() -> ox.Store:
    store = ox.Store()
    store.extend(reference_quads(get_reference()))
    return store


def test_reference_province(reference_graph: ox.Store) -> None:
    assert ask(
        reference_graph,
        f'<{SH}> a kg:Province , schema:AdministrativeArea ; rdfs:label "上海市"@zh ; '
        'skos:altLabel "上海"@zh , "沪"@zh ; owl:sameAs <http://www.wikidata.org/entity/Q8686>',
    )
    count = select(reference_graph, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Province }")
    assert count == [{"n": "34"}]


def test_reference_region_city_roles_bodies(reference_graph: ox.Store) -> None:
    rows = select(
        reference_graph, 'SELECT ?m WHERE { ?r a kg:Region ; rdfs:label "长三角"@zh ; kg:includes ?m }'
    )
    assert sorted(r["m"] for r in rows) == sorted([SH, JS, ZJ, AH])
    assert ask(
        reference_graph,
        f'?c a kg:City , schema:City ; rdfs:label "合肥市"@zh ; schema:containedInPlace <{AH}>',
    )
    # roles are the ontology's (kg.ttl), not restated in the reference graph: one label, one row
    assert not ask(reference_graph, 'kg:PartySecretary a org:Role')
    assert ask(
        reference_graph,
        '?o a org:Organization ; rdfs:label "国家发展改革委"@zh ; skos:altLabel "国家发改委"@zh',
    )
    assert ask(reference_graph, f"<{iri.org('上海市委')}> a org:Organization ; kg:jurisdiction <{SH}>")
    assert ask(reference_graph, f"<{iri.org('上海市人民政府')}> kg:jurisdiction <{SH}>")


def test_extracted_org_and_reference_org_share_an_iri(graph: ox.Store, reference_graph: ox.Store) -> None:
    org_iri = iri.org("上海市委")
    assert ask(graph, f"?m org:organization <{org_iri}>")
    assert ask(reference_graph, f"<{org_iri}> a org:Organization")


def test_reference_and_ontology_quads_are_deterministic_and_graph_scoped() -> None:
    ref = reference_quads(get_reference())
    assert to_nquads(ref) == to_nquads(reference_quads(get_reference()))
    assert {q.graph_name for q in ref} == {ox.NamedNode(iri.REFERENCE_GRAPH)}
    onto = ontology_quads()
    assert to_nquads(onto) == to_nquads(ontology_quads())
    assert {q.graph_name for q in onto} == {ox.NamedNode(iri.ONTOLOGY_GRAPH)}
    assert not any(isinstance(t, ox.BlankNode) for q in onto for t in (q.subject, q.object))
