"""One fact, one row: shared descriptions live once in the entities graph (kg.store.entities).

Invented articles shaped like the sample (tests/test_rdf.py:make_extraction) share persons,
organisations, projects and events, which is exactly what used to multiply rows.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers.extractions import make_extraction

from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.store import Store, open_store
from kg.store.entities import ARTICLE_PREDICATES, ENTITIES_GRAPH, MENTIONS, article_view, split

A, B = iri.article("a"), iri.article("b")
LI_QIANG = iri.person("李强")
PERSON_QUERY = "SELECT ?p ?l WHERE { ?p a schema:Person ; rdfs:label ?l }"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as s:
        s.ensure_reference()
        yield s


def rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(r.items())) for r in store.select(sparql)]  # type: ignore[misc]


def described(store: Store) -> set[str]:
    return {r["s"] for r in store.select(f"SELECT DISTINCT ?s WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}")}


def test_split_keeps_facts_in_the_article_and_descriptions_apart() -> None:
    quads = article_quads(make_extraction("a"))
    own, shared = split(A, quads)
    assert {q.graph_name for q in own} == {ox.NamedNode(A)}
    assert {q.graph_name for q in shared} == {ox.NamedNode(ENTITIES_GRAPH)}
    label = ox.Quad(ox.NamedNode(LI_QIANG), ox.NamedNode(iri.RDFS + "label"), ox.Literal("李强", language="zh"),
                    ox.NamedNode(ENTITIES_GRAPH))
    assert label in shared
    # memberships, commitments and event provenance stay with the article
    assert any(q.predicate.value == iri.ORG + "member" for q in own)
    assert all(q.predicate.value in ARTICLE_PREDICATES for q in own if q.subject.value.startswith(iri.KGR + "event/"))
    # the article says what it mentions, which is what keeps a description alive
    assert ox.Quad(ox.NamedNode(A), ox.NamedNode(MENTIONS), ox.NamedNode(LI_QIANG), ox.NamedNode(A)) in own
    # 上海市委 is reference data: its label is not written a second time
    sh = iri.org("上海市委")
    assert not any(q.subject.value == sh and q.predicate.value == iri.RDFS + "label" for q in shared)


def test_two_articles_give_each_answer_once(store: Store) -> None:
    store.replace_article(A, article_quads(make_extraction("a")))
    store.replace_article(B, article_quads(make_extraction("b")))
    answers = rows(store, PERSON_QUERY)
    assert answers and len(answers) == len(set(answers))
    assert {r["l"] for r in store.select(PERSON_QUERY) if r["p"] == LI_QIANG} == {"李强", "Li Qiang"}
    # every statement is in one graph only, but for the facts two articles may both report
    repeated = store.select(
        "SELECT ?p (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s ?p ?o HAVING (COUNT(?g) > 1)"
    )
    assert {r["p"] for r in repeated} <= ARTICLE_PREDICATES


def test_removing_articles_removes_what_nobody_mentions(store: Store) -> None:
    store.replace_article(A, article_quads(make_extraction("a")))
    store.replace_article(B, article_quads(make_extraction("b")))
    both = described(store)
    assert LI_QIANG in both
    store.remove_article(A)
    assert described(store) == both  # b still mentions all of them
    assert rows(store, PERSON_QUERY)
    store.remove_article(B)
    assert described(store) == set()
    assert store.select(PERSON_QUERY) == []


def test_rebuilding_an_article_drops_the_entities_it_no_longer_mentions(store: Store) -> None:
    store.replace_article(A, article_quads(make_extraction("a")))
    fewer = make_extraction("a")
    fewer.commitments, fewer.directives, fewer.projects = [], [], []
    store.replace_article(A, article_quads(fewer))
    assert not any(s.startswith(iri.KGR + "project/") for s in described(store))
    assert store.select("SELECT ?p WHERE { ?p a kg:Project }") == []
    assert LI_QIANG in described(store)


def test_article_view_gives_back_the_self_contained_graph(store: Store) -> None:
    quads = article_quads(make_extraction("a"))
    store.replace_article(A, quads)
    store.replace_article(B, article_quads(make_extraction("b")))
    view = {str(q) for q in article_view(store, [A])}
    expected = {str(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(A))) for q in quads}
    assert expected <= view
    assert all(str(q.graph_name) == f"<{A}>" for q in article_view(store, [A]))


def test_concurrent_writers_keep_the_entities_graph_consistent(tmp_path: Path) -> None:
    """Threads replacing and removing articles that share entities, on one store, in any order:
    at the end exactly the entities of the stored articles are described."""
    with open_store(tmp_path / "store") as store:
        quads = {k: article_quads(make_extraction(k)) for k in ("a", "b", "c", "d")}

        def churn(key: str) -> None:
            for _ in range(5):
                store.replace_article(iri.article(key), quads[key])
                store.remove_article(iri.article(key))
            if key in ("a", "c"):
                store.replace_article(iri.article(key), quads[key])

        threads = [threading.Thread(target=churn, args=(k,)) for k in quads]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        mentioned = {r["e"] for r in store.select(f"SELECT DISTINCT ?e WHERE {{ ?a <{MENTIONS}> ?e }}")}
        assert described(store) <= mentioned
        expected = {q.subject.value for q in split(iri.article("a"), quads["a"])[1]}
        assert described(store) == expected
