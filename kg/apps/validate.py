"""``kg validate``: check a whole store against the SHACL shapes, one named graph at a time.

The shapes and the per-graph validation are ``kg.graph.shacl``; this module only walks a
store (embedded or remote), which the graph layer must not know about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.graph import iri
from kg.graph.shacl import NOT_ARTICLES, Context, ValidationReport, default_context, validate_graph
from kg.store import GraphStore, Store
from kg.store.entities import article_view


def store_context(store: GraphStore) -> Context:
    """Types and subclass axioms of a store's own reference and ontology graphs."""
    present = set(store.named_graphs())
    return Context.from_quads(
        q for graph in (iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH) if graph in present for q in store.quads(graph)
    )


def _default_graph(store: GraphStore) -> list[Any]:
    """Quads of the default graph, which kg never writes but another tool might have."""
    if not isinstance(store, Store):  # a SPARQL server (kg.store.remote): only the named graphs are kg's
        return []
    return list(store.db.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def validate_store(store: GraphStore, *, shapes: Path | None = None, inference: str = "none") -> ValidationReport:
    """Validate a whole store, one named graph at a time (see the module docstring)."""
    report = ValidationReport()
    present = store.named_graphs()
    shipped = [g for g in (iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH) if g in present]
    if shipped:
        part = validate_graph([q for g in shipped for q in store.quads(g)], context=(), shapes=shapes, inference=inference)
        part.graphs = len(shipped)
        report.extend(part)
    ctx = store_context(store) if shipped else default_context()
    for graph in [g for g in present if g not in NOT_ARTICLES]:
        # the article's facts with the descriptions of what it mentions (kept once, in the entities graph)
        part = validate_graph(article_view(store, [graph]), context=ctx, shapes=shapes, inference=inference)
        part.graphs = 1
        report.extend(part)
    default = _default_graph(store)
    if default:
        report.extend(validate_graph(default, context=ctx, shapes=shapes, inference=inference))
    return report


__all__ = ["store_context", "validate_store"]
