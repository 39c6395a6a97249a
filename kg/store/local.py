"""The triple store: an embedded Oxigraph database behind a small interface.

Everything else (build, query, viewer, evaluation) talks to :class:`Store`
through a handful of methods (``replace_article``, ``select``, ``query``,
``export`` …) so that a remote SPARQL-endpoint implementation can be added
later without touching the callers.

Writes of one article happen in a single SPARQL update, which Oxigraph applies
as one transaction: a crash mid-build leaves each article either fully old or
fully new, never half written.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.graph import iri

DEFAULT_STORE = "kg-store"

#: Bump when the mapping of reference data to RDF changes, so that stores built
#: by an older version get their reference graph rewritten.
REFERENCE_MAPPING_VERSION = "1"

EXPORT_FORMATS = ("nquads", "trig", "turtle", "jsonld")
SUFFIX_FORMATS = {
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".ttl": "turtle",
    ".jsonld": "jsonld",
}

_CONTENT_HASH = ox.NamedNode(iri.KG + "contentHash")
_SPARQL_PREFIXES = iri.sparql_prefixes()


def _store_error(location: Path, exc: OSError) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        return StoreError(
            f"the store {location} is in use by another process (a running `kg build` or `kg query`?); "
            "wait for it to finish or use another --store directory"
        )
    if "not a directory" in text.lower():
        return StoreError(f"{location} is not a store directory: it exists and is a file")
    if "permission" in text.lower() or "read-only" in text.lower():
        return StoreError(f"cannot write to the store {location}: permission denied")
    return StoreError(f"cannot open the store {location}: {text}")


def _syntax_error(kind: str, exc: SyntaxError, text: str) -> QueryError:
    """A one-paragraph message: position, what was expected (short), and the line with a caret."""
    message = str(exc)
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.S)
    if not m:
        return QueryError(f"SPARQL {kind} syntax error: {message}")
    line_no, col = int(m.group(1)), int(m.group(2))
    detail = m.group(3).strip()
    if "Prefix not found" in detail:
        detail = "unknown prefix (declare it with PREFIX name: <iri>)"
    elif detail.startswith("expected one of"):
        # Oxigraph also lists character classes ([...]); keywords and tokens are what a person can act on.
        rest = re.sub(r"\[(?:[^\[\]'\"]|'[^']*'|\"[^\"]*\")*\]", "", detail[len("expected one of") :])
        found = re.findall(r'"([^"]+)"|([A-Za-z][A-Za-z ]*[A-Za-z])', rest)
        tokens = list(dict.fromkeys(quoted or word for quoted, word in found))
        detail = ("expected one of " + " ".join(tokens[:12])) if tokens else "unexpected input"
    detail = detail.splitlines()[0][:200] if detail else "unexpected input"
    lines = text.splitlines() or [""]
    where = f" at line {line_no}, column {col}: {detail}"
    if 1 <= line_no <= len(lines):
        src = lines[line_no - 1]
        prefix = src[: max(col - 1, 0)]
        width = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in prefix)
        where += f"\n    {src}\n    {' ' * width}^"
    return QueryError(f"SPARQL {kind} syntax error{where}")


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


def _lexical(term: Any) -> str:
    """IRIs as plain strings, literals as their lexical form, blank nodes as ``_:id``."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


class Store:
    """A knowledge-graph store: named graph per article plus reference and ontology graphs.

    Queries see the union of all graphs as their default graph, so users
    never need ``GRAPH`` clauses unless they ask about provenance.
    """

    def __init__(self, backend: ox.Store, location: Path | None, *, read_only: bool = False) -> None:
        self._db: ox.Store | None = backend
        self.location = location
        self.read_only = read_only

    # -- lifecycle ----------------------------------------------------------
    @property
    def db(self) -> ox.Store:
        if self._db is None:
            raise StoreError("the store is closed")
        return self._db

    def close(self) -> None:
        """Release the store so that another process can open it.

        Oxigraph releases its lock when the database object is dropped; there
        is no explicit close, so we drop our only reference.
        """
        if self._db is not None:
            if not self.read_only:
                try:
                    self._db.flush()
                except OSError:
                    pass
            self._db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ------------------------------------------------------------
    def _replace_graphs(self, graphs: dict[str, Iterable[ox.Quad]]) -> None:
        """Drop and refill named graphs in one SPARQL update, i.e. one transaction."""
        parts: list[str] = []
        for graph in graphs:
            parts.append(f"DROP SILENT GRAPH <{graph}>")
        inserts: list[str] = []
        for graph, quads in graphs.items():
            g = ox.NamedNode(graph)
            body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
            if body:
                inserts.append(f"GRAPH {g} {{\n{body}}}")
        if inserts:
            parts.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
        try:
            self.db.update(" ;\n".join(parts))
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.location}: {exc}") from exc

    def replace_article(self, article_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``quads`` the whole content of the article's named graph, atomically.

        The graph of every quad is forced to ``article_iri``: an article only
        ever writes its own graph.
        """
        self._replace_graphs({article_iri: list(quads)})

    def remove_article(self, article_iri: str) -> None:
        self._replace_graphs({article_iri: []})

    def article_hash(self, article_iri: str) -> str | None:
        """The content hash recorded for an article, or ``None`` if it was never built."""
        node = ox.NamedNode(article_iri)
        for q in self.db.quads_for_pattern(node, _CONTENT_HASH, None, node):
            if isinstance(q.object, ox.Literal):
                return str(q.object.value)
        return None

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

        Currency is judged by a hash of the shipped files (``ontology/*``) and
        of :data:`REFERENCE_MAPPING_VERSION`, recorded in the reference graph.
        Returns whether anything was written.
        """
        from kg.graph import rdf

        onto = ontology_path or rdf.ontology_file()
        digest = hashlib.sha256(REFERENCE_MAPPING_VERSION.encode())
        for path in sorted(
            p for p in onto.parent.iterdir() if p.is_file() and p.suffix in (".csv", ".ttl", ".tsv")
        ):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        wanted = digest.hexdigest()
        graph_node = iri.REFERENCE_GRAPH
        if self.article_hash(graph_node) == wanted:
            return False
        if reference is None:
            from kg.reference import get_reference

            reference = get_reference()
        ref_quads = rdf.reference_quads(reference)
        ref_quads.append(
            ox.Quad(ox.NamedNode(graph_node), _CONTENT_HASH, ox.Literal(wanted), ox.NamedNode(graph_node))
        )
        self._replace_graphs({graph_node: ref_quads, iri.ONTOLOGY_GRAPH: rdf.ontology_quads(onto)})
        return True

    # -- reading ------------------------------------------------------------
    def query(self, sparql: str, *, allow_service: bool = False) -> Any:
        """Run any SPARQL query over the union of all graphs; the raw Oxigraph result.

        Returns ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or
        ``QueryTriples`` (CONSTRUCT/DESCRIBE).  The common prefixes
        (:data:`kg.graph.iri.PREFIXES`) are predeclared.  A query with
        ``SERVICE`` (a federated query: network requests to other endpoints) is
        refused unless ``allow_service``: kg works offline.
        """
        refuse_service(sparql, allow_service)
        try:
            return self.db.query(sparql, prefixes=dict(iri.PREFIXES), use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise _syntax_error("query", exc, sparql) from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {exc}") from exc

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
                        row[name] = _lexical(term)
                rows.append(row)
        return rows

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return list(self.db.quads_for_pattern(None, None, None, g))

    def named_graphs(self) -> list[str]:
        return sorted(str(g.value) for g in self.db.named_graphs())

    def __len__(self) -> int:
        return len(self.db)

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


def open_local(location: str | Path = DEFAULT_STORE, *, create: bool = True, read_only: bool = False) -> Store:
    """Open (and with ``create``, create) the store directory ``location``.

    Only one process may hold a store open for writing at a time; a second one
    gets a :class:`StoreError` saying so rather than an Oxigraph ``OSError``.
    With ``read_only`` (every command that only reads), the store is opened
    without the lock and without writing to its folder: it can be queried while
    a build writes it (the reader sees the store as it was when opened) and
    from a folder the user may not write, such as an archived copy.
    """
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is not a store directory: it exists and is a file")
    if not create and not path.is_dir():
        raise StoreError(
            f"there is no store at {path}; build one first with `kg build PATH... --store {path}`"
        )
    if not create and not any(path.iterdir()):
        raise StoreError(f"the store {path} is empty; build it first with `kg build PATH... --store {path}`")
    if create and not path.exists():
        try:
            path.mkdir(parents=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store folder {path}: {exc.strerror or exc}") from exc
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        # RocksDB marks its folders with CURRENT; anything else is someone's data, not a store
        raise StoreError(f"{path} is not a kg store: the folder holds other files (no RocksDB CURRENT file)")
    try:
        backend = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise _store_error(path, exc) from exc
    except RuntimeError as exc:  # Oxigraph reports a damaged RocksDB as RuntimeError("Corruption: …")
        raise StoreError(f"the store {path} is damaged and cannot be opened ({exc}); rebuild it into a new folder") from exc
    return Store(backend, path, read_only=read_only)


def memory_store() -> Store:
    """An in-memory store, for tests and notebooks."""
    return Store(ox.Store(), None)
