"""``kg serve``: a local query page and a read-only SPARQL 1.1 Protocol endpoint.

One process, standard library HTTP server, bound to 127.0.0.1 unless told otherwise:

* ``/`` — the query page (:mod:`kg.serve_page`, every script and style inline, nothing fetched
  from anywhere but this server): an editor with the kg prefixes predeclared, the files of
  ``queries/`` as examples, syntax errors shown at their line and column, results as a table
  whose resources link to their description and evidence, CSV download, and the ``kg viz``
  explorer for the resources of a result.
* ``/sparql`` — SPARQL 1.1 Protocol, query operation only: GET ``?query=``, POST form
  (``query=``) or POST ``application/sparql-query``.  Results in the W3C formats (JSON, XML,
  CSV, TSV; N-Triples or Turtle for CONSTRUCT/DESCRIBE) by ``Accept`` or ``format=``.
  Anything that would change the store (``update=``, ``application/sparql-update``, an
  INSERT/DELETE/… text) is refused with 403; a query that does not parse gets 400 with the
  line, column and token.
* ``/api/query``, ``/api/examples``, ``/resource``, ``/viz`` — what the page uses.

The store is opened once (a local store directory is locked for the server's lifetime, as
for any kg command; a SPARQL server URL is shared) and queried from several threads.
"""

from __future__ import annotations

import itertools
import json
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.apps.serve_page import labels_of, page, resource_page
from kg.errors import KgError, QueryError
from kg.graph import iri
from kg.graph.sparqltext import cell, check_read_only, first_keyword

DEFAULT_PORT = 7879
DEFAULT_HOST = "127.0.0.1"
MAX_BODY = 1 << 20  # a query larger than 1 MiB is not a query a person wrote
VIZ_LIMIT = 300  # resources drawn at most by /viz
PAGE_ROWS = 5000  # rows the page shows; the CSV download and /sparql give all

RESULT_TYPES = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv; charset=utf-8", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values; charset=utf-8", ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES = {
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "ttl": ("text/turtle; charset=utf-8", ox.RdfFormat.TURTLE),
}
_ACCEPT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "ttl",
}


def default_queries_dir() -> Path:
    """``queries/`` of the source tree this kg runs from."""
    return Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True)
class Example:
    name: str  # path relative to the queries folder
    title: str  # the first comment line
    query: str


def load_examples(folder: Path | None) -> list[Example]:
    """Every ``.rq`` file under ``folder``, sorted by path; the title is its first comment line."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.rglob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        title = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), path.stem)
        out.append(Example(str(path.relative_to(folder)), title, text))
    return out


def _negotiate(accept: str, fmt: str | None, graph: bool) -> str:
    """The result format key: ``format=`` wins, then the first ``Accept`` type we serve."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    if fmt:
        if fmt in table:
            return fmt
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(table)}")
    for part in accept.split(","):
        key = _ACCEPT.get(part.split(";")[0].strip().lower(), "")
        if key in table:
            return key
    return "nt" if graph else "json"


class Service:
    """What the HTTP handler needs: the store, the examples and the query page."""

    def __init__(self, store: Any, examples: list[Example], store_name: str) -> None:
        self.store = store
        self.examples = examples
        self.store_name = store_name

    def query(self, sparql: str) -> Any:
        """Run a query (never an update) over the union of all graphs, prefixes predeclared."""
        if not sparql.strip():
            raise QueryError("the query is empty")
        check_read_only(sparql)
        return self.store.query(sparql)

    def labels(self, iris: list[str]) -> dict[str, str]:
        """The Chinese label (else the untagged or any other one) of each of ``iris``, for tables."""
        return labels_of(self.store, iris)

    def api_query(self, sparql: str) -> dict[str, Any]:
        """The page's query call: rows of typed cells with labels, or an error with its position."""
        try:
            return self._answer(self.query(sparql))
        except QueryError as exc:
            return {
                "error": str(exc),
                "line": getattr(exc, "line", None),
                "column": getattr(exc, "column", None),
                "token": getattr(exc, "token", None),
            }
        except OSError as exc:  # raised while the answer streams (SERVICE …)
            return {"error": f"the query failed while it ran: {exc}", "line": None, "column": None, "token": None}

    def _answer(self, result: Any) -> dict[str, Any]:
        if isinstance(result, ox.QueryBoolean):
            return {"boolean": bool(result)}
        if isinstance(result, ox.QueryTriples):
            columns = ["subject", "predicate", "object"]
            rows = [[_cell_json(t.subject), _cell_json(t.predicate), _cell_json(t.object)]
                    for t in itertools.islice(result, PAGE_ROWS + 1)]
        else:
            columns = [v.value for v in result.variables]
            rows = [[_cell_json(sol[c]) for c in columns] for sol in itertools.islice(result, PAGE_ROWS + 1)]
        truncated = len(rows) > PAGE_ROWS
        rows = rows[:PAGE_ROWS]
        iris = sorted({c["value"] for row in rows for c in row if c and c["type"] == "iri"})
        labels = self.labels(iris) if iris else {}
        for row in rows:
            for c in row:
                if c and c["type"] == "iri" and c["value"] in labels:
                    c["label"] = labels[c["value"]]
        return {"columns": columns, "rows": rows, "truncated": truncated}


def _cell_json(term: Any) -> dict[str, Any] | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "iri", "value": term.value, "text": cell(term)}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value, "text": cell(term)}
    out: dict[str, Any] = {"type": "literal", "value": term.value, "text": term.value}
    if term.language:
        out["lang"] = term.language
    elif term.datatype is not None and term.datatype.value != iri.XSD + "string":
        out["datatype"] = cell(term.datatype)
    return out


class Handler(BaseHTTPRequestHandler):
    """Routes requests to the :class:`Service` in ``server.service``."""

    server_version = "kg-serve"
    service: Service  # set on the class made by make_server

    # -- plumbing -------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's name
        return  # quiet: a query page is not a web server log

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, text: str) -> None:
        self._send(status, (text.rstrip("\n") + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _json(self, payload: Any, status: int = 200) -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _html(self, page: str, csp: str | None = None) -> None:
        extra = {"Content-Security-Policy": csp} if csp else None
        self._send(200, page.encode("utf-8"), "text/html; charset=utf-8", extra)

    def _params(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise QueryError(f"request body too large ({length} bytes)")
        return self.rfile.read(length) if length > 0 else b""

    # -- routes ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._route("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def _forbidden(self) -> None:
        self._text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")

    def do_PUT(self) -> None:  # noqa: N802 - Graph Store Protocol writes
        self._forbidden()

    def do_DELETE(self) -> None:  # noqa: N802
        self._forbidden()

    def do_PATCH(self) -> None:  # noqa: N802
        self._forbidden()

    def _route(self, method: str) -> None:
        path = urllib.parse.urlsplit(self.path).path
        try:
            if path == "/sparql":
                self._sparql(method)
            elif path == "/" and method == "GET":
                self._html(*page(self.service.store_name))
            elif path == "/api/examples" and method == "GET":
                self._json([e.__dict__ for e in self.service.examples])
            elif path == "/api/query" and method == "POST":
                body = json.loads(self._body().decode("utf-8") or "{}")
                self._json(self.service.api_query(str(body.get("query", ""))))
            elif path == "/resource" and method == "GET":
                self._html(*resource_page(self.service.store, self._one("iri")))
            elif path == "/viz" and method == "GET":
                self._viz()
            else:
                self._text(HTTPStatus.NOT_FOUND, f"nothing at {path}; the query page is at /, SPARQL at /sparql")
        except QueryError as exc:
            self._text(HTTPStatus.BAD_REQUEST, str(exc))
        except KgError as exc:
            self._text(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc))
        except (ValueError, UnicodeDecodeError) as exc:
            self._text(HTTPStatus.BAD_REQUEST, f"bad request: {exc}")
        except (BrokenPipeError, ConnectionResetError):
            pass
        except OSError as exc:  # a query failing while its answer is serialised (SERVICE …)
            self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query failed while it ran: {exc}")

    def _one(self, name: str) -> str:
        values = self._params().get(name) or [""]
        if not values[0]:
            raise QueryError(f"missing parameter {name}=")
        return values[0]

    def _sparql(self, method: str) -> None:
        """SPARQL 1.1 Protocol, query operation (§2.1): GET, POST form, POST direct."""
        params = self._params()
        query: str | None = None
        if method == "POST":
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body()
            if ctype == "application/sparql-update":
                return self._forbidden()
            if ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
                if "update" in form:
                    return self._forbidden()
                params = {**params, **form}
            elif ctype == "application/sparql-query":
                query = body.decode("utf-8")
            else:
                raise QueryError(
                    "POST a query as application/sparql-query or as an application/x-www-form-urlencoded query="
                )
        if "update" in params:
            return self._forbidden()
        if query is None:
            values = params.get("query") or []
            if len(values) != 1:
                raise QueryError("give exactly one query= parameter")
            query = values[0]
        if first_keyword(query) in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"):
            return self._forbidden()
        result = self.service.query(query)
        fmt = (params.get("format") or [""])[0] or None
        self._send_result(result, self.headers.get("Accept") or "", fmt)

    def _send_result(self, result: Any, accept: str, fmt: str | None) -> None:
        if isinstance(result, ox.QueryTriples):
            key = _negotiate(accept, fmt, graph=True)
            ctype, rdf_format = GRAPH_TYPES[key]
            data = ox.serialize(list(result), format=rdf_format) or b""
            return self._send(200, data, ctype)
        key = _negotiate(accept, fmt, graph=False)
        ctype, results_format = RESULT_TYPES[key]
        data = result.serialize(format=results_format) or b""
        extra = {"Content-Disposition": 'attachment; filename="kg-results.csv"'} if fmt == "csv" else None
        self._send(200, data, ctype, extra)

    def _viz(self) -> None:
        """The kg viz explorer for some resources: what lies one step from them."""
        import networkx as nx

        from kg.apps.viz import build_graph, layout, render_html

        wanted = [i for i in self._params().get("iri", []) if i][:VIZ_LIMIT]
        if not wanted:
            raise QueryError("missing parameter iri= (one or more resources to show)")
        graph = build_graph(self.service.store, view="all")
        present = [i for i in wanted if i in graph]
        keep: set[Any] = set(present)
        for node in present:
            keep |= set(nx.ego_graph(graph, node, radius=1, undirected=True))
        sub = graph.subgraph(keep).copy()
        if len(present) == 1:
            sub.graph["focus"] = present[0]
        title = f"kg · {len(present)} resource{'s' if len(present) != 1 else ''} of a query"
        self._html(render_html(sub, layout(sub, centre=sub.graph.get("focus")), title=title))


def make_server(store: Any, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                queries: Path | None = None, store_name: str = "") -> ThreadingHTTPServer:
    """A server for ``store`` (not yet serving: call ``serve_forever``); port 0 picks a free one."""
    service = Service(store, load_examples(queries if queries is not None else default_queries_dir()), store_name)
    handler = type("KgHandler", (Handler,), {"service": service})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    server.daemon_threads = True
    return server


def url_of(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/" if isinstance(host, str) else f"http://{host.decode()}:{port}/"
