"""Where an article's quads are stored: its facts in its own graph, shared descriptions once.

A person, an organisation, a project, a document, an event series or an event is one node
however many articles mention it.  If every article graph restated the node's type and
labels, a query over the union of all graphs (which is what users write) would see each
restatement as another row: 李强 typed and labelled in a thousand articles is a million rows
for ``?p a schema:Person ; rdfs:label ?l``.  So the store keeps

* in the article's named graph (the contract: every fact read from an article lives there):
  the article node, its memberships, commitments and directives, the provenance of the events
  it reports (``prov:wasDerivedFrom``, ``kg:evidence``), who attended, chaired and spoke, what
  was reviewed and decided, and one ``schema:mentions`` link per shared entity it describes;
* in the entities graph (:data:`ENTITIES_GRAPH`): the description of each shared entity
  (types, ``rdfs:label``, ``skos:altLabel``, an organisation's jurisdiction, a project's
  place, an event's date, place, theme and parent), written once;
* in the reference and ontology graphs: what ``ontology/`` ships.  A description already
  there (上海市委's label) is not repeated in the entities graph.

The entities graph is kept consistent by the store, one SPARQL update per article, which
Oxigraph and Fuseki apply as one transaction (:func:`replace_update`): the descriptions of
entities that no other article mentions are deleted, the article's graph is replaced, and the
descriptions it brings are inserted (inserting a triple already present changes nothing).  The
"no other article mentions it" test runs inside that same transaction, so two builds writing
to one SPARQL server at once cannot delete a description the other has just relied on.  A
description is the union of what the articles mentioning the entity say (a project's short
forms, an event's theme); it lasts while at least one of them is stored.

:func:`article_view` puts the pieces back together as a self-contained article graph, for the
consumers that judge one article at a time (``kg eval``, ``kg validate``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kg.graph import iri
from kg.graph.iri import ENTITIES_GRAPH

#: Part of ``kg:pipelineVersion`` (:func:`kg.apps.build.pipeline_version`): a store written with
#: another layout is rebuilt article by article.
LAYOUT_VERSION = "entities-graph-1"

MENTIONS = iri.SCHEMA + "mentions"

#: IRIs of shared entities: any article may describe them, so they are described once.
SHARED_KINDS = ("person", "org", "project", "work", "series", "event")
_SHARED = tuple(f"{iri.KGR}{kind}/" for kind in SHARED_KINDS)

#: Statements about a shared entity that are facts of one article, not its description.
ARTICLE_PREDICATES = frozenset(
    {
        iri.PROV + "wasDerivedFrom",
        iri.KG + "evidence",
        iri.KG + "evidenceStart",
        iri.KG + "evidenceEnd",
        iri.SCHEMA + "attendee",
        iri.KG + "chair",
        iri.KG + "speaker",
        iri.KG + "reviewed",
        iri.KG + "decided",
    }
)

_REFERENCE_CACHE: dict[int, tuple[Any, frozenset[str]]] = {}


def is_shared(node: Any) -> bool:
    """Whether ``node`` (a pyoxigraph term) is the IRI of an entity articles share."""
    return isinstance(node, ox.NamedNode) and node.value.startswith(_SHARED)


def _triple_key(q: Any) -> str:
    return f"{q.subject} {q.predicate} {q.object}"


def reference_statements(reference: Any = None) -> frozenset[str]:
    """The shipped reference data and ontology as N-Triples lines (cached per reference object).

    A description the store already holds there (上海市委's label, a role's label) is not
    written again: a second copy in another graph would be a second row.
    """
    from kg.graph import rdf

    if reference is None:
        from kg.reference import get_reference

        reference = get_reference()
    cached = _REFERENCE_CACHE.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    keys = frozenset(_triple_key(q) for q in [*rdf.reference_quads(reference), *rdf.ontology_quads()])
    _REFERENCE_CACHE.clear()
    _REFERENCE_CACHE[id(reference)] = (reference, keys)
    return keys


def split(article_iri: str, quads: Iterable[ox.Quad], shipped: frozenset[str] | None = None) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """An article's quads → (quads of its own graph, descriptions for the entities graph).

    ``quads`` are what :func:`kg.graph.rdf.article_quads` produces, all in one graph (whatever graph
    they name is ignored).  ``shipped`` defaults to :func:`reference_statements`.
    """
    shipped = reference_statements() if shipped is None else shipped
    article_node = ox.NamedNode(article_iri)
    entity_graph = ox.NamedNode(ENTITIES_GRAPH)
    own: set[ox.Quad] = set()
    described: set[ox.Quad] = set()
    mentioned: set[ox.NamedNode] = set()
    for q in quads:
        if is_shared(q.subject) and q.predicate.value not in ARTICLE_PREDICATES:
            assert isinstance(q.subject, ox.NamedNode)
            mentioned.add(q.subject)
            if _triple_key(q) not in shipped:
                described.add(ox.Quad(q.subject, q.predicate, q.object, entity_graph))
        else:
            own.add(ox.Quad(q.subject, q.predicate, q.object, article_node))
    mentions = ox.NamedNode(MENTIONS)
    own.update(ox.Quad(article_node, mentions, e, article_node) for e in mentioned)
    return sorted(own, key=str), sorted(described, key=str)


def _body(quads: Iterable[ox.Quad]) -> str:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)


def release_update(article_iri: str) -> str:
    """SPARQL Update: delete the descriptions of entities only ``article_iri`` mentions."""
    a, m, e = f"<{article_iri}>", f"<{MENTIONS}>", f"<{ENTITIES_GRAPH}>"
    return (
        f"DELETE {{ GRAPH {e} {{ ?e ?p ?o }} }} WHERE {{\n"
        f"  GRAPH {a} {{ {a} {m} ?e }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?other {m} ?e }} FILTER(?other != {a}) }}\n"
        f"  GRAPH {e} {{ ?e ?p ?o }}\n"
        "}"
    )


def replace_update(article_iri: str, quads: Iterable[ox.Quad], shipped: frozenset[str] | None = None) -> str:
    """One SPARQL Update (one transaction) that makes ``quads`` the article's content.

    Empty ``quads`` removes the article, and with it the descriptions no other article needs.
    """
    own, described = split(article_iri, quads, shipped) if quads else ([], [])
    parts = [release_update(article_iri), f"DROP SILENT GRAPH <{article_iri}>"]
    inserts = []
    if own:
        inserts.append(f"GRAPH <{article_iri}> {{\n{_body(own)}}}")
    if described:
        inserts.append(f"GRAPH <{ENTITIES_GRAPH}> {{\n{_body(described)}}}")
    if inserts:
        parts.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    return " ;\n".join(parts)


def article_view(store: Any, articles: Iterable[str]) -> list[ox.Quad]:
    """The articles' graphs made self-contained again: each also holds the descriptions of the
    entities it mentions (from the entities and reference graphs), in its own graph, as
    :func:`kg.graph.rdf.article_quads` produced them."""
    out: list[ox.Quad] = []
    wanted = sorted(set(articles))
    for a in wanted:
        out.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(a)) for q in store.quads(a))
    for start in range(0, len(wanted), 200):
        values = " ".join(f"<{a}>" for a in wanted[start : start + 200])
        result = store.query(
            f"SELECT ?a ?s ?p ?o WHERE {{ VALUES ?a {{ {values} }} VALUES ?d {{ <{ENTITIES_GRAPH}> <{iri.REFERENCE_GRAPH}> }} "
            f"GRAPH ?a {{ ?a <{MENTIONS}> ?s }} GRAPH ?d {{ ?s ?p ?o }} }}"
        )
        for row in result:
            out.append(ox.Quad(row["s"], row["p"], row["o"], row["a"]))
    return out
