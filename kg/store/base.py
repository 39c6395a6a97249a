"""What every store offers: the :class:`GraphStore` protocol and the code both stores share.

The embedded store (:class:`kg.store.local.Store`) and the SPARQL server
(:class:`kg.store.remote.RemoteStore`) differ only in how a query is answered, how an update
is sent and how quads are listed.  Everything built on those (writing an article as one
update, the reference graph, SELECT rows as strings, export, statistics) is written once, in
:class:`SparqlStore`, so the two cannot drift apart.  Callers type their argument as
:class:`GraphStore`; a function that needs the embedded database itself (SHACL validation)
asks for :class:`~kg.store.local.Store`.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.graph import iri

#: Bump when the mapping of reference data to RDF changes, so that stores built
#: by an older version get their reference graph rewritten.
REFERENCE_MAPPING_VERSION = "2"

EXPORT_FORMATS = ("nquads", "trig", "turtle", "jsonld")
SUFFIX_FORMATS = {
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".ttl": "turtle",
    ".jsonld": "jsonld",
}

CONTENT_HASH = ox.NamedNode(iri.KG + "contentHash")


@runtime_checkable
class GraphStore(Protocol):
    """A knowledge-graph store: one named graph per article plus the reference and ontology graphs.

    Queries see the union of all graphs as their default graph.
    """

    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def replace_article(self, article_iri: str, quads: Iterable[ox.Quad]) -> None: ...
    def remove_article(self, article_iri: str) -> None: ...
    def article_hash(self, article_iri: str) -> str | None: ...
    def article_hashes(self) -> dict[str, str]: ...
    def ensure_reference(self, reference: Any = None, ontology_path: Path | None = None) -> bool: ...
    def query(self, sparql: str, *, allow_service: bool = False) -> Any: ...
    def select(self, sparql: str) -> list[dict[str, str]]: ...
    def quads(self, graph: str | None = None) -> list[ox.Quad]: ...
    def named_graphs(self) -> list[str]: ...
    def __len__(self) -> int: ...
    def export(self, path: str | Path, fmt: str | None = None) -> int: ...
    def stats(self) -> dict[str, Any]: ...


def update_text(graphs: dict[str, Iterable[ox.Quad]]) -> str:
    """One SPARQL update that drops ``graphs`` and fills them again (one transaction on both
    Oxigraph and Fuseki); each quad lands in the graph it is listed under."""
    parts = [f"DROP SILENT GRAPH <{graph}>" for graph in graphs]
    inserts: list[str] = []
    for graph, quads in graphs.items():
        body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
        if body:
            inserts.append(f"GRAPH <{graph}> {{\n{body}}}")
    if inserts:
        parts.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    return " ;\n".join(parts)


def lexical(term: Any) -> str:
    """IRIs as plain strings, literals as their lexical form, blank nodes as ``_:id``."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def reference_digest(ontology_path: Path) -> str:
    """A hash of the shipped rule and reference files and of :data:`REFERENCE_MAPPING_VERSION`."""
    digest = hashlib.sha256(REFERENCE_MAPPING_VERSION.encode())
    for path in sorted(
        p for p in ontology_path.parent.iterdir() if p.is_file() and p.suffix in (".csv", ".ttl", ".tsv")
    ):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def syntax_error(kind: str, exc: SyntaxError, text: str) -> QueryError:
    """Line, column, offending token and a caret (see :func:`kg.graph.sparqltext.syntax_error`)."""
    from kg.graph.sparqltext import syntax_error as located

    return located(kind, exc, text)


# Comments, strings (all four quotings) and IRIs: where the word SERVICE is not the keyword.
_SPARQL_NOISE = re.compile(
    r"#[^\n]*"
    r"|<[^<>\"{}|^`\\\s]*>"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """Does the query contain the ``SERVICE`` keyword (outside comments, strings and IRIs)?"""
    return bool(_SERVICE.search(_SPARQL_NOISE.sub(" ", sparql)))


def refuse_service(sparql: str, allowed: bool) -> None:
    if not allowed and uses_service(sparql):
        raise QueryError(
            "the query uses SERVICE, which sends requests to other SPARQL endpoints over the network; "
            "kg works offline, so this is refused (kg query --allow-service permits it)"
        )


@contextmanager
def reading_results(location: object) -> Iterator[None]:
    """Errors raised while a query's results are read (Oxigraph evaluates lazily: a failing
    SERVICE call, a store that went away) as one :class:`QueryError` line."""
    try:
        yield
    except BrokenPipeError:
        raise
    except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
        detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        where = f" from {location}" if location else ""
        raise QueryError(f"the query failed while its results were read{where}: {detail}") from exc


class SparqlStore(ABC):
    """The :class:`GraphStore` methods written once over a few primitives a store provides:
    :meth:`_update` (a SPARQL update text), :meth:`query`, :meth:`quads`, :meth:`named_graphs`,
    ``len()`` and :meth:`close`."""

    def __init__(self, location: Path | None = None) -> None:
        self.location = location

    # -- primitives ---------------------------------------------------------
    @abstractmethod
    def _update(self, sparql: str) -> None:
        """Apply one SPARQL update as one transaction."""

    @abstractmethod
    def query(self, sparql: str, *, allow_service: bool = False) -> Any:
        """Any SPARQL query over the union of all graphs, the common prefixes predeclared;
        pyoxigraph's ``QuerySolutions``, ``QueryBoolean`` or ``QueryTriples``.  A query with
        ``SERVICE`` is refused unless ``allow_service`` (:func:`refuse_service`)."""

    @abstractmethod
    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """Every quad, or those of one named graph."""

    @abstractmethod
    def named_graphs(self) -> list[str]:
        """The named graphs' IRIs, sorted."""

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ------------------------------------------------------------
    def _replace_graphs(self, graphs: dict[str, Iterable[ox.Quad]]) -> None:
        """Drop and refill named graphs in one SPARQL update, i.e. one transaction."""
        self._update(update_text(graphs))

    def replace_article(self, article_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the article's content, atomically (one update, one transaction).

        The article's facts go to its named graph, the descriptions of the persons,
        organisations, projects and events it mentions to the entities graph, once
        (:mod:`kg.store.entities`); whatever graph the quads name is ignored.
        """
        from kg.store.entities import replace_update

        if not getattr(self, "_reference_ready", False):
            # descriptions the reference graph holds are not repeated: it must be there
            self.ensure_reference()
            self._reference_ready = True
        self._update(replace_update(article_iri, list(quads)))

    def remove_article(self, article_iri: str) -> None:
        """Drop the article's graph and the descriptions no other article needs."""
        from kg.store.entities import replace_update

        self._update(replace_update(article_iri, []))

    def article_hash(self, article_iri: str) -> str | None:
        """The content hash recorded for an article, or ``None`` if it was never built."""
        node = iri.sparql_iri(article_iri)
        rows = self.select(f"SELECT ?h WHERE {{ GRAPH {node} {{ {node} kg:contentHash ?h }} }} LIMIT 1")
        return rows[0]["h"] if rows and "h" in rows[0] else None

    def article_hashes(self) -> dict[str, str]:
        """Every built article's IRI → its content hash, in one query.

        A build reads these once instead of asking per article: on a remote
        store one request replaces thousands.
        """
        rows = self.select(
            "SELECT ?a ?h WHERE { GRAPH ?a { ?a a schema:NewsArticle ; kg:contentHash ?h } }"
        )
        return {r["a"]: r["h"] for r in rows if "a" in r and "h" in r}

    def ensure_reference(self, reference: Any = None, ontology_path: Path | None = None) -> bool:
        """Write the reference and ontology graphs unless they are already current.

        Currency is judged by :func:`reference_digest`, recorded in the reference graph.
        Returns whether anything was written.
        """
        from kg.graph import rdf

        onto = ontology_path or rdf.ontology_file()
        wanted = reference_digest(onto)
        graph_node = iri.REFERENCE_GRAPH
        if self.article_hash(graph_node) == wanted:
            return False
        if reference is None:
            from kg.reference import get_reference

            reference = get_reference()
        ref_quads = rdf.reference_quads(reference)
        ref_quads.append(
            ox.Quad(ox.NamedNode(graph_node), CONTENT_HASH, ox.Literal(wanted), ox.NamedNode(graph_node))
        )
        self._replace_graphs({graph_node: ref_quads, iri.ONTOLOGY_GRAPH: rdf.ontology_quads(onto)})
        return True

    # -- reading ------------------------------------------------------------
    def select(self, sparql: str) -> list[dict[str, str]]:
        """Run a SELECT query; each row maps variable name → lexical value (unbound ones absent)."""
        result = self.query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query; use query() for ASK/CONSTRUCT/DESCRIBE")
        names = [v.value for v in result.variables]
        rows: list[dict[str, str]] = []
        with reading_results(self.location):
            for solution in result:
                row = {}
                for name in names:
                    term = solution[name]
                    if term is not None:
                        row[name] = lexical(term)
                rows.append(row)
        return rows

    # -- export -------------------------------------------------------------
    def export(self, path: str | Path, fmt: str | None = None) -> int:
        """Write the whole store to ``path``; returns the number of quads or triples written.

        ``nquads`` and ``trig`` keep the named graphs (provenance); ``turtle``
        and ``jsonld`` write the union of all graphs as plain triples.  N-Quads
        are sorted so that two builds of the same input compare equal.
        """
        path = Path(path)
        fmt = fmt or SUFFIX_FORMATS.get(path.suffix.lower())
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                f"unknown export format {fmt!r} for {path.name}; use one of {', '.join(EXPORT_FORMATS)} "
                "or a file name ending in .nq, .trig, .ttl or .jsonld"
            )
        quads = self.quads()
        try:
            if fmt == "nquads":
                path.write_text("".join(sorted(f"{q} .\n" for q in quads)), encoding="utf-8")
                return len(quads)
            if fmt == "trig":
                # Grouped by graph then subject, so TriG can nest them.
                ordered = sorted(
                    quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
                )
                data = ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=dict(iri.PREFIXES))
                path.write_bytes(data or b"")
                return len(quads)
            triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
            if fmt == "turtle":
                data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(iri.PREFIXES))
                path.write_bytes(data or b"")
            else:
                path.write_text(_jsonld(triples), encoding="utf-8")
            return len(triples)
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc}") from exc

    # -- statistics ---------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts a user checks after a build: quads, graphs, articles, instances per class."""
        classes = self.select(
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n) ?class"
        )
        articles = self.select(
            "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"
        )
        graphs = self.named_graphs()
        return {
            "quads": len(self),
            "named_graphs": len(graphs),
            "articles": int(articles[0].get("n", "0")) if articles else 0,
            "reference_loaded": iri.REFERENCE_GRAPH in graphs,
            "classes": {iri.compact(r["class"]): int(r["n"]) for r in classes},
        }


def _jsonld(triples: list[ox.Triple]) -> str:
    """JSON-LD (expanded form) by pyoxigraph's own serializer, one node object per subject.

    The triples come sorted, so equal graphs give equal files; the JSON is re-indented only
    so that a diff of two exports is readable line by line.
    """
    data = ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b"[]"
    return json.dumps(json.loads(data), ensure_ascii=False, indent=1) + "\n"
