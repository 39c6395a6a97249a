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
import netrc
import os
import re
import time
import urllib.parse
from typing import Any

import httpx
import pyoxigraph as ox

from kg.errors import KgError, QueryError, StoreError
from kg.graph import iri
from kg.store.base import SparqlStore, refuse_service, syntax_error

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
        error = syntax_error(what, shifted, body[len(_SPARQL_PREFIXES) :])
        return QueryError(f"{error} (from the SPARQL server at {url.split('?')[0]})")
    return QueryError(f"the SPARQL server at {url.split('?')[0]} rejected the {what}: {detail}")


class RemoteStore(SparqlStore):
    """A :class:`~kg.store.base.GraphStore` whose data lives on a SPARQL 1.1 server.

    ``url`` is the dataset's base (``http://127.0.0.1:7878`` for Oxigraph,
    ``http://host:3030/ds`` for Fuseki); ``query_url``/``update_url``
    override ``{url}/query`` and ``{url}/update``.  ``retries`` more attempts
    follow a failed request, after ``backoff``, ``2*backoff``, … seconds.
    Credentials in the URL (``https://user:pass@host/ds``), else from
    ``KG_STORE_USER``/``KG_STORE_PASSWORD`` or ``~/.netrc``, are sent as HTTP
    basic authentication.  One ``httpx.Client`` is kept for the store's life, so a
    build's thousands of requests reuse one kept-alive connection; :meth:`close` ends it.
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
        super().__init__(None)
        base, user, password = split_credentials(url)
        self._auth: str | None = None
        if user is None:
            user, password = _credentials_from_environment(base)
        if user is not None:
            token = f"{user}:{password or ''}"
            self._auth = "Basic " + base64.b64encode(token.encode()).decode()
        self.url = base
        self.query_url = query_url or f"{base}/query"
        self.update_url = update_url or f"{base}/update"
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        if dialect is not None and dialect not in DIALECTS:
            raise StoreError(f"unknown SPARQL server dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
        self.dialect = dialect
        headers = {"Authorization": self._auth} if self._auth else {}
        self._client: httpx.Client | None = httpx.Client(timeout=timeout, headers=headers)

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    @property
    def closed(self) -> bool:
        return self._client is None

    def close(self) -> None:
        """End the kept-alive connection; later requests raise :class:`StoreError`."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- HTTP -----------------------------------------------------------------
    def _post(
        self, url: str, body: str, content_type: str, what: str, accept: str = "*/*"
    ) -> httpx.Response:
        """POST ``body``; the answer.  Retries what can be retried (every request kg sends is
        idempotent), with exponential backoff."""
        if self._client is None:
            raise StoreError("the store is closed")
        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept": accept}
        data = body.encode("utf-8")
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = self._client.post(url, content=data, headers=headers)
            except httpx.TransportError as exc:  # refused, reset, timed out, broken answer
                last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                continue
            if response.is_success:
                return response
            detail = _first_line(response.content)
            if response.status_code in _RETRY_STATUSES:
                last = f"HTTP {response.status_code} {response.reason_phrase}" + (f": {detail}" if detail else "")
                continue
            raise _refused(response, url, body, what, detail)
        tries = self.retries + 1
        raise StoreError(
            f"the SPARQL server at {redact_url(url)} is not reachable or not answering ({last}; "
            f"{tries} attempt{'s' if tries != 1 else ''}); is it running?"
        )

    def _detect(self) -> str:
        if self.dialect is None:
            response = self._post(self.query_url, "ASK {}", "application/sparql-query", "query", _RESULTS_ACCEPT)
            self.dialect = _dialect_of(response.headers.get("Server", ""))
        return self.dialect

    def ping(self) -> None:
        """Check that the server answers; raises :class:`StoreError` naming the URL if not."""
        self.dialect = None
        self._detect()

    def _query(self, sparql: str, *, union: bool = True) -> Any:
        params = _UNION_PARAMS[self._detect()] if union else []
        url = self.query_url + ("?" + urllib.parse.urlencode(params) if params else "")
        response = self._post(
            url, _SPARQL_PREFIXES + sparql, "application/sparql-query", "query", _RESULTS_ACCEPT
        )
        ctype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return _results(response.content, ctype, self.query_url)

    # -- GraphStore primitives ------------------------------------------------
    def _update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update", "update")

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


def _refused(response: httpx.Response, url: str, body: str, what: str, detail: str) -> KgError:
    """The error for an answer that retrying will not change (400, 401/403, 404 …)."""
    code, reason = response.status_code, response.reason_phrase
    if code == 400:
        return _rejected(what, url, body, detail or reason)
    if code in (401, 403):
        return StoreError(
            f"the SPARQL server at {redact_url(url)} refused the {what} (HTTP {code}): "
            "check the credentials (KG_STORE_USER/KG_STORE_PASSWORD, ~/.netrc or the --store URL) "
            "and that the dataset allows updates"
        )
    return StoreError(
        f"the SPARQL server at {redact_url(url)} answered the {what} with HTTP {code} {reason}"
        + (f": {detail}" if detail else "")
    )


def _results(data: bytes, ctype: str, url: str) -> Any:
    """A query answer as pyoxigraph results: solutions (JSON/XML) or triples (N-Triples/Turtle).

    Solutions are parsed once through to the end here, so that a truncated answer or one with
    a term that does not parse is one clear error, not a failure half-way through printing;
    then parsed again for the caller (the parser streams).
    """
    results = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "application/xml": ox.QueryResultsFormat.XML,
    }.get(ctype)
    rdf_format = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}.get(ctype)
    if results is None and rdf_format is None:
        raise StoreError(f"the SPARQL server at {redact_url(url)} answered with unexpected content type {ctype!r}")
    try:
        if results is not None:
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
            f"the SPARQL server at {redact_url(url)} sent results that do not parse (truncated, or not "
            f"SPARQL results): {detail}"
        ) from None


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
