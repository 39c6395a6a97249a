"""Check a graph against the SHACL shapes in ``ontology/shapes.ttl``.

The shapes restate the ontology contract as checks; this module runs them
with pySHACL and turns pySHACL's report graph into one readable line per
problem: which node, which property, what is wrong, and which article it was
read from.

Data, context and inference
---------------------------
The *data* is what gets validated: every IRI that is the subject of a
statement in it is a candidate focus node.  A fact in an article points at
nodes described elsewhere (``kgr:province/CN-SH``, the role ``kg:Governor``,
the class hierarchy of ``kg.ttl``), and ``sh:class`` needs their types.  Those
come from the *context*: the ``rdf:type`` and ``rdfs:subClassOf`` statements
of the reference and ontology graphs, of which only the types of nodes the
data mentions are added.  Results about context nodes are dropped (they are
looked up, not checked), so validating one article costs the article, not
the reference.

Inference is off by default: SHACL's ``sh:class`` and ``sh:targetClass``
already follow ``rdfs:subClassOf`` in the data graph, the builder types every
node with all the classes the shapes target (``kg:Meeting`` *and*
``schema:Event``), and RDFS inference over the reference graph would only add
time.  ``inference="rdfs"`` is available for graphs from other tools that
rely on it.

Memory
------
:func:`validate_store` validates the reference and ontology graphs once and
then each article's named graph on its own, so memory is bounded by the
largest article plus the context.  The price is that a constraint spanning
two articles is not seen; none of the shapes needs one, because shared nodes
(persons, events) get IRIs from their identifying fields and so cannot
disagree between articles.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import SH

from kg.errors import KgError
from kg.graph import iri

Severity = str  # "Violation", "Warning" or "Info" (the local names of sh:Violation …)

_RDF_TYPE = ox.NamedNode(iri.RDF + "type")
_SUBCLASS = ox.NamedNode(iri.RDFS + "subClassOf")
#: Graphs that are not an article's (validated with their own context).
NOT_ARTICLES = frozenset({iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH, iri.ENTITIES_GRAPH})

_LABEL = rdflib.URIRef(iri.RDFS + "label")
_ACTION = rdflib.URIRef(iri.KG + "action")
_HEADLINE = rdflib.URIRef(iri.SCHEMA + "headline")
_DERIVED = rdflib.URIRef(iri.PROV + "wasDerivedFrom")
_SOURCE_PATH = rdflib.URIRef(iri.KG + "sourcePath")
_XSD_STRING = iri.XSD + "string"
_LANG_STRING = iri.RDF + "langString"


def shapes_file() -> Path:
    """``shapes.ttl`` beside ``kg.ttl`` (``ontology/`` or ``$KG_ONTOLOGY_DIR``)."""
    from kg.reference import default_ontology_dir

    return default_ontology_dir() / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One validation result, in the terms a user recognises.

    ``article`` is the IRI of the article the focus node was read from (its
    named graph or ``prov:wasDerivedFrom``), ``source`` that article's
    ``kg:sourcePath`` when known; both ``None`` for reference data.
    """

    focus: str
    label: str | None
    path: str | None
    message: str
    article: str | None = None
    source: str | None = None
    value: str | None = None
    severity: Severity = "Violation"

    def line(self, *, origin: bool = True) -> str:
        """The one-line report; ``origin=False`` leaves out the article, for callers that name it."""
        node = iri.compact(self.focus)
        who = f"{self.label} ({node})" if self.label else node
        where = f" {iri.compact(self.path)}" if self.path else ""
        shown = self.value is not None and self.value != self.focus
        value = f" [value: {_short(self.value or '')}]" if shown else ""
        where_from = self.source or (iri.compact(self.article) if self.article else None)
        frm = f" — in {where_from}" if where_from and origin else ""
        tag = "" if self.severity == "Violation" else f"{self.severity.lower()}: "
        return f"{tag}{who}{where}: {self.message}{value}{frm}"


def _short(text: str, limit: int = 60) -> str:
    text = iri.compact(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class ValidationReport:
    """The results of validating a graph or a store.

    ``ok`` is false only for ``sh:Violation`` results; warnings (what a
    correct extraction may legitimately lack, such as the date of an undated
    article's posts) are listed but do not fail validation.
    """

    results: list[Violation] = field(default_factory=list)
    graphs: int = 0
    nodes: int = 0

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [r for r in self.results if r.severity != "Violation"]

    @property
    def ok(self) -> bool:
        return not self.violations

    def extend(self, other: ValidationReport) -> None:
        self.results.extend(other.results)
        self.graphs += other.graphs
        self.nodes += other.nodes

    def summary(self) -> str:
        verdict = "conforms" if self.ok else "does not conform"
        return (
            f"{verdict}: {len(self.violations)} violation(s), {len(self.warnings)} warning(s) "
            f"in {self.nodes} node(s) of {self.graphs} graph(s)"
        )

    def text(self, *, warnings: bool = False) -> str:
        """One line per violation (and per warning with ``warnings``), then the summary."""
        shown = self.results if warnings else self.violations
        lines = sorted({r.line() for r in shown})
        return "\n".join([*lines, self.summary()])


# -- conversion ----------------------------------------------------------------


def _to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise TypeError(f"not an RDF term: {term!r}")


def _graph_name(quad: Any) -> str | None:
    g = getattr(quad, "graph_name", None)
    return g.value if isinstance(g, ox.NamedNode) else None


def _iter_quads(data: Any) -> Iterator[Any]:
    """pyoxigraph quads or triples from a Dataset, a Store, an rdflib graph or an iterable."""
    if isinstance(data, rdflib.Graph):
        yield from ox.parse(data.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    elif isinstance(data, ox.Dataset | ox.Store):
        yield from iter(data)
    elif callable(getattr(data, "quads", None)):  # a kg store (kg.store), without importing that layer
        yield from data.quads()
    else:
        yield from data


def _build_graph(data: Iterable[Any], context: Context) -> tuple[rdflib.Graph, dict[str, set[str]]]:
    """The rdflib graph pySHACL validates, and for each subject the article graphs it appears in.

    Of the context only the types of nodes the data mentions are added, plus
    every subclass axiom: a few dozen statements instead of the thousands of
    the whole reference graph.
    """
    graph = rdflib.Graph()
    owners: dict[str, set[str]] = {}
    mentioned: set[Any] = set()
    # Ill-typed literals (an xsd:date "2022-13-45") are what validation is for;
    # rdflib would warn about each one as it converts it.
    rdflib_log = logging.getLogger("rdflib.term")
    level = rdflib_log.level
    rdflib_log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for q in data:
                s, p, o = _to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)
                graph.add((s, p, o))
                mentioned.update((s, o))
                name = _graph_name(q)
                if isinstance(q.subject, ox.NamedNode):
                    bucket = owners.setdefault(q.subject.value, set())
                    if name is not None and name not in NOT_ARTICLES:
                        bucket.add(name)
    finally:
        rdflib_log.setLevel(level)
    for node in mentioned:
        for cls in context.types.get(node, ()):
            graph.add((node, _RDF.type, cls))
    for triple in context.axioms:
        graph.add(triple)
    return graph, owners


# -- shapes and context ------------------------------------------------------------


@lru_cache(maxsize=4)
def _shapes(path: Path) -> rdflib.Graph:
    g = rdflib.Graph()
    try:
        g.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise KgError(f"cannot read the SHACL shapes {path}: {exc}") from exc
    return g


@dataclass(frozen=True)
class Context:
    """What validation looks up but does not check: node types and the class hierarchy."""

    types: dict[Any, tuple[Any, ...]] = field(default_factory=dict)
    axioms: tuple[tuple[Any, Any, Any], ...] = ()

    @classmethod
    def from_quads(cls, quads: Iterable[Any]) -> Context:
        """From pyoxigraph quads or triples; only ``rdf:type`` and ``rdfs:subClassOf`` count."""
        types: dict[Any, list[Any]] = {}
        axioms: list[tuple[Any, Any, Any]] = []
        for q in quads:
            if q.predicate == _RDF_TYPE:
                types.setdefault(_to_rdflib(q.subject), []).append(_to_rdflib(q.object))
            elif q.predicate == _SUBCLASS:
                axioms.append((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
        return cls({k: tuple(v) for k, v in types.items()}, tuple(axioms))

    def __bool__(self) -> bool:
        return bool(self.types or self.axioms)


@lru_cache(maxsize=2)
def _shipped_context(ontology_dir: Path) -> Context:
    from kg.graph import rdf
    from kg.reference import get_reference

    return Context.from_quads([*rdf.reference_quads(get_reference()), *rdf.ontology_quads(ontology_dir / "kg.ttl")])


def default_context() -> Context:
    """Types and subclass axioms of the shipped reference data and ontology (cached)."""
    from kg.reference import default_ontology_dir

    return _shipped_context(default_ontology_dir())


# -- validation -----------------------------------------------------------------


def _text(graph: rdflib.Graph, node: Any, predicate: Any) -> str | None:
    values = sorted(graph.objects(node, predicate), key=lambda v: (getattr(v, "language", None) != "zh", str(v)))
    return str(values[0]) if values else None


def _describe(graph: rdflib.Graph, node: Any) -> str | None:
    """What a user calls the node: its label, else a commitment's action, else a headline."""
    for predicate in (_LABEL, _ACTION, _HEADLINE):
        found = _text(graph, node, predicate)
        if found:
            return found
    return None


def _article_of(graph: rdflib.Graph, node: Any, owners: dict[str, set[str]]) -> str | None:
    derived = sorted(str(a) for a in graph.objects(node, _DERIVED))
    if derived:
        return derived[0]
    if (node, _RDF.type, rdflib.URIRef(iri.SCHEMA + "NewsArticle")) in graph:
        return str(node)
    mine = sorted(owners.get(str(node), ()))
    return mine[0] if mine else None


def _results(graph: rdflib.Graph, report: rdflib.Graph, owners: dict[str, set[str]]) -> list[Violation]:
    out: list[Violation] = []
    for result in report.subjects(_RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        severity = report.value(result, SH.resultSeverity)
        article = _article_of(graph, focus, owners)
        source = _text(graph, rdflib.URIRef(article), _SOURCE_PATH) if article else None
        out.append(
            Violation(
                focus=str(focus),
                label=_describe(graph, focus),
                path=str(path) if isinstance(path, rdflib.URIRef) else None,
                message=str(message) if message is not None else "does not conform to its shape",
                article=article,
                source=source,
                value=str(value) if value is not None else None,
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            )
        )
    return out


def validate_graph(
    data: Any,
    *,
    context: Context | Iterable[Any] | None = None,
    shapes: Path | None = None,
    inference: str = "none",
) -> ValidationReport:
    """Validate every IRI node described in ``data``; the union of its named graphs is one data graph.

    ``data`` is an iterable of pyoxigraph quads or triples, a
    ``pyoxigraph.Dataset``/``Store``, a :class:`kg.store.Store` or an rdflib
    graph.  ``context`` (a :class:`Context` or pyoxigraph quads) defaults to
    the shipped reference data and ontology; pass ``()`` when ``data``
    already holds everything it refers to.
    """
    if context is None:
        ctx = default_context()
    elif isinstance(context, Context):
        ctx = context
    else:
        ctx = Context.from_quads(context)
    graph, owners = _build_graph(_iter_quads(data), ctx)
    graphs = {g for subjects in owners.values() for g in subjects}
    report = ValidationReport(graphs=max(1, len(graphs)) if owners else 0, nodes=len(owners))
    if not owners:
        return report
    from pyshacl import validate

    # pySHACL's own focus_nodes option would be the natural way to check only
    # the data's nodes, but (0.40) it also filters the value nodes of nested
    # shapes (sh:node, sh:or, qualified shapes), which then pass vacuously.
    # Context nodes are few (only those the data mentions), so validate all
    # and keep the results about the data's own nodes.
    _conforms, results, _text_report = validate(
        graph,
        shacl_graph=_shapes(shapes or shapes_file()),
        inference=inference,
        allow_warnings=True,
        inplace=True,
    )
    report.results = [r for r in _results(graph, results, owners) if r.focus in owners]
    return report


__all__ = ["Context", "ValidationReport", "Violation", "validate_graph", "default_context", "shapes_file"]
