"""`--store http://…`: build, query and export against a real Oxigraph server on loopback.

The server is ``oxigraph serve`` from the ``oxigraph`` PyPI package (a dev
dependency); it listens on 127.0.0.1 only.
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import SAMPLE
from helpers.corpus import synthetic_items, write_jsonl
from helpers.oxigraph import OXIGRAPH, Server, free_port

from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.graph import iri
from kg.graph.rdf import to_nquads
from kg.store import open_store
from kg.store.remote import RemoteStore


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    if not Path(OXIGRAPH).exists():
        pytest.fail("the `oxigraph` command is missing: pip install oxigraph (a dev dependency)")
    srv = Server(tmp_path / "server-data")
    srv.start()
    yield srv
    srv.kill()


def test_build_query_export_match_the_embedded_store(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(SAMPLE), "--store", server.url]) == 0
    assert "1 built" in capsys.readouterr().out
    local = str(tmp_path / "local")
    assert main(["build", str(SAMPLE), "--store", local]) == 0
    capsys.readouterr()

    query = "SELECT ?n WHERE { ?m org:role kg:PartySecretary ; org:member/rdfs:label ?n } ORDER BY ?n"
    assert main(["query", query, "--store", server.url, "--format", "csv"]) == 0
    remote_rows = capsys.readouterr().out
    assert main(["query", query, "--store", local, "--format", "csv"]) == 0
    assert remote_rows == capsys.readouterr().out
    assert "李强" in remote_rows  # without GRAPH clauses: the server queries the union of graphs

    remote_nq, local_nq = tmp_path / "remote.nq", tmp_path / "local.nq"
    assert main(["export", "-o", str(remote_nq), "--store", server.url]) == 0
    assert main(["export", "-o", str(local_nq), "--store", local]) == 0
    assert remote_nq.read_bytes() == local_nq.read_bytes()

    # rebuild is incremental against the server too
    assert main(["build", str(SAMPLE), "--store", server.url]) == 0
    assert "0 built, 1 unchanged" in capsys.readouterr().out


def test_remote_store_interface(server: Server) -> None:
    store = open_store(server.url)
    assert isinstance(store, RemoteStore) and store.dialect == "oxigraph"
    a = iri.article("x")
    quad = ox.Quad(ox.NamedNode(a), ox.NamedNode(iri.KG + "contentHash"), ox.Literal("h1"), ox.NamedNode(a))
    typed = ox.Quad(
        ox.NamedNode(a),
        ox.NamedNode(iri.RDF + "type"),
        ox.NamedNode(iri.SCHEMA + "NewsArticle"),
        ox.NamedNode(a),
    )
    store.ensure_reference()  # writing an article makes sure of it anyway (kg.store.entities)
    shipped = len(store)
    store.replace_article(a, [quad, typed])
    store.replace_article(a, [quad, typed])
    assert store.article_hash(a) == "h1" and store.article_hashes() == {a: "h1"}
    assert len(store) == shipped + 2
    assert set(store.named_graphs()) == {a, iri.REFERENCE_GRAPH, iri.ONTOLOGY_GRAPH}
    assert to_nquads(store.quads(a)) == to_nquads([quad, typed])
    assert bool(store.query("ASK { ?s kg:contentHash 'h1' }"))
    triples = list(store.query(f"CONSTRUCT WHERE {{ <{a}> kg:contentHash ?h }}"))
    assert [str(t.object.value) for t in triples] == ["h1"]
    store.remove_article(a)
    assert store.article_hash(a) is None and len(store) == shipped
    with pytest.raises(QueryError, match=r"line 1, column \d+"):
        store.select("SELECT ?x WHERE { ?x a }")


def test_dead_server_is_a_clear_error_with_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_SPARQL_RETRIES", "1")
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["query", "SELECT * WHERE { ?s ?p ?o }", "--store", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: the SPARQL server at {url}/query is not reachable")
    assert "2 attempts" in err and "Traceback" not in err


class Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first ``failures`` requests, then an empty SELECT result."""

    failures = 2
    seen = 0

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        type(self).seen += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if type(self).seen <= type(self).failures:
            self.send_response(503)
            self.end_headers()
            self.wfile.write(b"busy")
            return
        body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_busy_server_is_retried_then_answers() -> None:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Flaky)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        store = RemoteStore(url, dialect="generic", retries=3, backoff=0.01)
        assert store.select("SELECT ?x WHERE { ?x ?p ?o }") == []
        assert Flaky.seen == 3
        Flaky.seen, Flaky.failures = 0, 10
        with pytest.raises(StoreError, match=r"HTTP 503 .*busy; 2 attempts"):
            RemoteStore(url, dialect="generic", retries=1, backoff=0.01).select(
                "SELECT ?x WHERE { ?x ?p ?o }"
            )
    finally:
        httpd.shutdown()


def test_server_killed_mid_build_leaves_whole_articles_only(server: Server, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(120))
    env = dict(os.environ, KG_SPARQL_RETRIES="1")
    build = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", server.url, "-v"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    built = 0
    assert build.stderr is not None
    for line in build.stderr:
        built += line.startswith("built")
        if built == 10:
            server.kill()
            break
    out, err = build.communicate(timeout=120)
    assert build.returncode == 2, err
    assert "kg: error: the SPARQL server at" in err

    server.start()  # same data directory
    clean = open_store(tmp_path / "clean")
    from kg.apps.build import build_paths

    build_paths([corpus], clean)
    expected = {g: to_nquads(clean.quads(g)) for g in clean.named_graphs() if "/article/" in g}
    remote = open_store(server.url)
    present = [g for g in remote.named_graphs() if "/article/" in g]
    assert len(present) >= 10
    for graph in present:  # every article on the server is complete, none half-written
        assert to_nquads(remote.quads(graph)) == expected[graph], graph
    # and a rebuild completes the rest
    assert (
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(corpus), "--store", server.url],
            capture_output=True,
            env=env,
        ).returncode
        == 0
    )
    assert {g: to_nquads(remote.quads(g)) for g in remote.named_graphs() if "/article/" in g} == expected


class KeepAlive(http.server.BaseHTTPRequestHandler):
    """Answers every POST with an empty SELECT result over HTTP/1.1, noting the client's address."""

    protocol_version = "HTTP/1.1"
    peers: list[tuple[str, int]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        type(self).peers.append(self.client_address)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_requests_share_one_kept_alive_connection_until_close() -> None:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), KeepAlive)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        store = RemoteStore(f"http://127.0.0.1:{httpd.server_address[1]}", dialect="generic")
        for _ in range(5):
            assert store.select("SELECT ?x WHERE { ?x ?p ?o }") == []
        assert len(KeepAlive.peers) == 5 and len(set(KeepAlive.peers)) == 1
        store.close()
        with pytest.raises(StoreError, match="closed"):
            store.select("SELECT ?x WHERE { ?x ?p ?o }")
    finally:
        httpd.shutdown()


def test_both_stores_are_graph_stores_and_only_the_embedded_one_has_a_database() -> None:
    from kg.store import GraphStore, SparqlStore, memory_store

    remote = RemoteStore("http://127.0.0.1:9", dialect="generic")  # not contacted
    local = memory_store()
    for store in (remote, local):
        assert isinstance(store, GraphStore) and isinstance(store, SparqlStore)
    assert not hasattr(remote, "db") and local.db is not None
    remote.close()
