"""A store on a SPARQL server: SPARQL 1.1 Query and Update over HTTP.

:class:`RemoteStore` has the interface of :class:`kg.store.Store`, so
``kg build/query/export/stats/timeline --store http://host:port`` work against
Oxigraph (``oxigraph serve``), Apache Jena Fuseki or any other SPARQL 1.1
server.  Only the standard protocol is used: queries are POSTed as
``application/sparql-query`` to ``{base}/query`` and updates as
``application/sparql-update`` to ``{base}/update`` (both Oxigraph's and
Fuseki's layout; other paths can be given explicitly).  Export reads
the quads with a ``SELECT … WHERE { GRAPH ?g { … } }`` query, so the Graph
Store Protocol is not required.

Atomicity: an article is written as *one* update request (``DROP SILENT
GRAPH <a> ; INSERT DATA { GRAPH <a> { … } }``), which Oxigraph and Fuseki
apply as one transaction, so a server that dies mid-build holds each article
either whole or not at all.  Every request kg sends is idempotent (whole
graphs are replaced, never appended to), which is what makes retrying safe:
connection errors, timeouts and 5xx answers are retried with exponential
backoff, and then reported as a :class:`~kg.errors.StoreError` naming the URL.

Queries must see the union of all named graphs as their default graph, as
with the embedded store.  There is no standard way to ask for that, so the
server is recognised from its ``Server`` header: Oxigraph gets its
``union-default-graph`` parameter, Fuseki ``default-graph-uri=urn:x-arq:UnionGraph``;
other servers must be configured to use the union themselves
(``KG_SPARQL_DIALECT`` overrides the detection).
"""

from __future__ import annotations

import base64
import http.client
import netrc
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.graph import iri
from kg.store.local import Store, _syntax_error, refuse_service

DIALECTS = ("oxigraph", "fuseki", "generic")
_UNION_PARAMS = {
    "oxigraph": [("union-default-graph", "")],
    "fuseki": [("default-graph-uri", "urn:x-arq:UnionGraph")],
    "generic": [],
}
_RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"
_SPARQL_PREFIXES = iri.sparql_prefixes()
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def _dialect_of(server_header: str) -> str:
    header = server_header.lower()
    if "oxigraph" in header:
        return "oxigraph"
    if "fuseki" in header or "jena" in header:
        return "fuseki"
    return "generic"


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:300] if text else ""


def _rejected(what: str, url: str, body: str, detail: str) -> QueryError:
    """The server's complaint about a query, with positions in the user's text (without our prefixes)."""
    m = re.match(r"error at (\d+):(\d+):(.*)", detail, re.S)
    offset = _SPARQL_PREFIXES.count("\n")
    if m and int(m.group(1)) > offset:
        shifted = SyntaxError(f"error at {int(m.group(1)) - offset}:{m.group(2)}:{m.group(3)}")
        error = _syntax_error(what, shifted, body[len(_SPARQL_PREFIXES) :])
        return QueryError(f"{error} (from the SPARQL server at {url.split('?')[0]})")
    return QueryError(f"the SPARQL server at {url.split('?')[0]} rejected the {what}: {detail}")


class RemoteStore(Store):
    """A :class:`~kg.store.Store` whose data lives on a SPARQL 1.1 server.

    ``url`` is the dataset's base (``http://127.0.0.1:7878`` for Oxigraph,
    ``http://host:3030/ds`` for Fuseki); ``query_url``/``update_url``
    override ``{url}/query`` and ``{url}/update``.  ``retries`` more attempts
    follow a failed request, after ``backoff``, ``2*backoff``, … seconds.
    Credentials in the URL (``https://user:pass@host/ds``) are sent as HTTP
    basic authentication.
    """

    def __init__(
        self,
        url: str,
        *,
        query_url: str | None = None,
        update_url: str | None = None,
        dialect: str | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        base, user, password = split_credentials(url)
        self._auth: str | None = None
        if user is None:
            user, password = _credentials_from_environment(base)
        if user is not None:
            token = f"{user}:{password or ''}"
            self._auth = "Basic " + base64.b64encode(token.encode()).decode()
        self._db = None
        self.location = None
        self.url = base
        self.query_url = query_url or f"{base}/query"
        self.update_url = update_url or f"{base}/update"
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.closed = False
        if dialect is not None and dialect not in DIALECTS:
            raise StoreError(f"unknown SPARQL server dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
        self.dialect = dialect

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # -- HTTP -----------------------------------------------------------------
    def _post(
        self, url: str, body: str, content_type: str, what: str, accept: str = "*/*"
    ) -> tuple[bytes, Any]:
        """POST ``body``; the answer's bytes and headers.  Retries what can be retried."""
        if self.closed:
            raise StoreError("the store is closed")
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept}
        if self._auth:
            headers["Authorization"] = self._auth
        data = body.encode("utf-8")
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            request = urllib.request.Request(url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return response.read(), response.headers
            except urllib.error.HTTPError as exc:
                detail = _first_line(exc.read())
                if exc.code in _RETRY_STATUSES:
                    last = f"HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
                    continue
                if exc.code == 400:
                    raise _rejected(what, url, body, detail or str(exc.reason)) from None
                if exc.code in (401, 403):
                    raise StoreError(
                        f"the SPARQL server at {url} refused the {what} (HTTP {exc.code}): "
                        "check the credentials in the --store URL and that the dataset allows updates"
                    ) from None
                raise StoreError(
                    f"the SPARQL server at {url} answered the {what} with HTTP {exc.code} {exc.reason}"
                    + (f": {detail}" if detail else "")
                ) from None
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError) as exc:
                reason = getattr(exc, "reason", None) or exc
                last = f"{type(reason).__name__}: {reason}" if not isinstance(reason, str) else reason
                continue
        tries = self.retries + 1
        raise StoreError(
            f"the SPARQL server at {url} is not reachable or not answering ({last}; "
            f"{tries} attempt{'s' if tries != 1 else ''}); is it running?"
        )

    def _detect(self) -> str:
        if self.dialect is None:
            _, headers = self._post(
                self.query_url, "ASK {}", "application/sparql-query", "query", _RESULTS_ACCEPT
            )
            self.dialect = _dialect_of(headers.get("Server", "") or "")
        return self.dialect

    def ping(self) -> None:
        """Check that the server answers; raises :class:`StoreError` naming the URL if not."""
        self.dialect = None
        self._detect()

    def _query(self, sparql: str, *, union: bool = True) -> Any:
        params = _UNION_PARAMS[self._detect()] if union else []
        url = self.query_url + ("?" + urllib.parse.urlencode(params) if params else "")
        data, headers = self._post(
            url, _SPARQL_PREFIXES + sparql, "application/sparql-query", "query", _RESULTS_ACCEPT
        )
        ctype = (headers.get("Content-Type", "") or "").split(";")[0].strip().lower()
        results = {
            "application/sparql-results+json": ox.QueryResultsFormat.JSON,
            "application/json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML,
            "application/xml": ox.QueryResultsFormat.XML,
        }.get(ctype)
        rdf_format = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}.get(ctype)
        if results is None and rdf_format is None:
            raise StoreError(
                f"the SPARQL server at {self.query_url} answered with unexpected content type {ctype!r}"
            )
        try:
            if results is not None:
                # Parsed once through to the end here, so that a truncated answer or one with a
                # term that does not parse is this one clear error, not a failure half-way
                # through printing; then parsed again for the caller (the parser streams).
                parsed = ox.parse_query_results(data, format=results)
                if isinstance(parsed, ox.QuerySolutions):
                    for _ in parsed:
                        pass
                return ox.parse_query_results(data, format=results)
            # A CONSTRUCT/DESCRIBE answer, re-served as pyoxigraph's QueryTriples so that
            # callers (the CLI's printer) handle both stores alike.
            scratch = ox.Store()
            scratch.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in ox.parse(data, format=rdf_format))
            return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
        except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
            detail = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"the SPARQL server at {self.query_url} sent results that do not parse (truncated, or "
                f"not SPARQL results): {detail}"
            ) from None

    # -- Store interface ------------------------------------------------------
    @property
    def db(self) -> ox.Store:
        raise StoreError(f"{self.url} is a SPARQL server; this operation needs a local store directory")

    def close(self) -> None:
        self.closed = True

    def _replace_graphs(self, graphs: dict[str, Iterable[ox.Quad]]) -> None:
        parts = [f"DROP SILENT GRAPH <{graph}>" for graph in graphs]
        inserts: list[str] = []
        for graph, quads in graphs.items():
            body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
            if body:
                inserts.append(f"GRAPH <{graph}> {{\n{body}}}")
        if inserts:
            parts.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
        self._post(self.update_url, " ;\n".join(parts), "application/sparql-update", "update")

    def article_hash(self, article_iri: str) -> str | None:
        node = iri.sparql_iri(article_iri)
        rows = self.select(
            f"SELECT ?h WHERE {{ GRAPH {node} {{ {node} kg:contentHash ?h }} }} LIMIT 1"
        )
        return rows[0]["h"] if rows and "h" in rows[0] else None

    def query(self, sparql: str, *, allow_service: bool = False) -> Any:
        refuse_service(sparql, allow_service)
        return self._query(sparql)

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        if graph is not None:
            node = iri.sparql_iri(graph)
            where = f"GRAPH {node} {{ ?s ?p ?o }} BIND({node} AS ?g)"
        else:
            where = "GRAPH ?g { ?s ?p ?o }"
        out: list[ox.Quad] = []
        for row in self._query(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}", union=False):
            out.append(ox.Quad(row["s"], row["p"], row["o"], row["g"]))
        if graph is None:
            for row in self._query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", union=False):
                out.append(ox.Quad(row["s"], row["p"], row["o"], ox.DefaultGraph()))
        return out

    def named_graphs(self) -> list[str]:
        rows = self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return sorted(str(row["g"].value) for row in rows)

    def __len__(self) -> int:
        named = list(self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False))
        default = list(self._query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", union=False))
        return sum(int(rows[0]["n"].value) for rows in (named, default) if rows and rows[0]["n"] is not None)


_SCHEME = re.compile(r"^(https?://)", re.I)


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``(url without userinfo, user, password)``; the URL is checked to be usable.

    The userinfo is everything between ``://`` and the *last* ``@``, so a password
    pasted with ``#``, ``/`` or ``@`` in it (which a URL parser would take for the
    fragment or the path) is still recognised, and never shown.  Percent-escapes in
    it are decoded.  Raises :class:`StoreError` (with the URL redacted) for a URL that
    names no host, a port out of range or a malformed IPv6 address.
    """
    m = _SCHEME.match(url)
    if not m:
        raise StoreError(f"not an http(s) URL: {redact_url(url)}")
    rest = url[m.end() :]
    user = password = None
    if "@" in rest:
        userinfo, rest = rest.rsplit("@", 1)
        user, _, password = userinfo.partition(":")
        user, password = urllib.parse.unquote(user), urllib.parse.unquote(password)
    clean = m.group(1).lower() + rest
    try:
        parts = urllib.parse.urlsplit(clean)
        port = parts.port  # raises ValueError for 99999 or a non-number
    except ValueError as exc:
        raise StoreError(f"the store URL {redact_url(url)} is not valid: {exc}") from None
    if not parts.hostname:
        raise StoreError(f"the store URL {redact_url(url)} names no host")
    del port
    return clean.rstrip("/"), user, password


def redact_url(text: str) -> str:
    """``text`` with the userinfo of every http(s) URL in it replaced by ``***``:
    ``http://alice:S3cret@host`` → ``http://***@host``.  Used wherever a store URL is shown."""
    return re.sub(r"(?i)(https?://)[^\s]*@", r"\1***@", text)


def _credentials_from_environment(url: str) -> tuple[str | None, str | None]:
    """``KG_STORE_USER``/``KG_STORE_PASSWORD``, else the ``~/.netrc`` entry for the host
    (``NETRC`` names another file): credentials that need not be on the command line,
    where other users of the machine and the shell history would see them."""
    env = os.environ
    if env.get("KG_STORE_USER"):
        return env["KG_STORE_USER"], env.get("KG_STORE_PASSWORD", "")
    host = urllib.parse.urlsplit(url).hostname
    path = env.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not host or not os.path.isfile(path):
        return None, None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (OSError, netrc.NetrcParseError) as exc:
        raise StoreError(f"cannot read the credentials file {path}: {getattr(exc, 'msg', exc)}") from None
    if entry is None:
        return None, None
    login, _, password = entry
    return login, password


def open_remote(url: str) -> RemoteStore:
    """A :class:`RemoteStore` for ``url``, checked to answer.

    ``KG_SPARQL_QUERY_URL``, ``KG_SPARQL_UPDATE_URL``, ``KG_SPARQL_DIALECT``
    (oxigraph, fuseki, generic), ``KG_SPARQL_TIMEOUT`` (seconds) and
    ``KG_SPARQL_RETRIES`` tune it from the environment, for the CLI.
    """
    env = os.environ
    try:
        timeout = float(env.get("KG_SPARQL_TIMEOUT", "60"))
        retries = int(env.get("KG_SPARQL_RETRIES", "3"))
    except ValueError as exc:
        raise StoreError(f"KG_SPARQL_TIMEOUT/KG_SPARQL_RETRIES must be numbers: {exc}") from None
    store = RemoteStore(
        url,
        query_url=env.get("KG_SPARQL_QUERY_URL") or None,
        update_url=env.get("KG_SPARQL_UPDATE_URL") or None,
        dialect=env.get("KG_SPARQL_DIALECT") or None,
        timeout=timeout,
        retries=retries,
    )
    store._detect()
    return store
