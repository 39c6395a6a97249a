"""kg serve: the SPARQL 1.1 Protocol endpoint, seen by standard client libraries.

The store holds invented articles shaped like the sample (tests/test_rdf.py:make_extraction).
"""

from __future__ import annotations

import csv
import io
import threading
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.extractions import make_extraction
from helpers.oxigraph import OXIGRAPH, Server

from kg.apps.serve import load_examples, make_server, url_of
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.store import Store, open_store

QUERIES = Path(__file__).resolve().parent.parent / "queries"
PERSONS = "SELECT ?p WHERE { ?p a schema:Person ; rdfs:label ?l FILTER(LANG(?l) = 'zh') } ORDER BY ?p"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    """A store of two invented articles, served on a free port of 127.0.0.1."""
    location = tmp_path_factory.mktemp("serve") / "store"
    with open_store(location) as store:
        for key in ("a", "b"):
            store.replace_article(iri.article(key), article_quads(make_extraction(key)))
        server = make_server(store, port=0, queries=QUERIES, store_name=str(location))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield url_of(server), store
        finally:
            server.shutdown()
            server.server_close()


def test_binds_to_localhost_by_default(served: tuple[str, Store]) -> None:
    assert served[0].startswith("http://127.0.0.1:")


def test_sparqlwrapper_get_and_post(served: tuple[str, Store]) -> None:
    from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper

    for method in (GET, POST):
        client = SPARQLWrapper(served[0] + "sparql")
        client.setMethod(method)
        client.setReturnFormat(JSON)
        # kg's prefixes are predeclared: the query declares none
        client.setQuery(PERSONS)
        result: Any = client.queryAndConvert()
        persons = [b["p"]["value"] for b in result["results"]["bindings"]]
        assert persons == sorted(iri.person(n) for n in ("李强", "龚正", "吴政隆", "习近平"))


def test_sparqlwrapper_update_is_refused_with_403(served: tuple[str, Store]) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(served[0] + "sparql", updateEndpoint=served[0] + "sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403
    assert served[1].select("SELECT * WHERE { <http://example.org/s> ?p ?o }") == []


@pytest.mark.parametrize(
    ("kwargs"),
    [
        {"headers": {"Content-Type": "application/sparql-update"}, "content": "CLEAR ALL"},
        {"data": {"update": "DROP ALL"}},
        {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    ],
)
def test_every_kind_of_update_is_refused(served: tuple[str, Store], kwargs: dict[str, Any]) -> None:
    before = len(served[1])
    response = httpx.post(served[0] + "sparql", **kwargs)
    assert response.status_code == 403
    assert len(served[1]) == before


def test_get_update_parameter_and_graph_store_writes_are_refused(served: tuple[str, Store]) -> None:
    assert httpx.get(served[0] + "sparql", params={"update": "CLEAR ALL"}).status_code == 403
    assert httpx.put(served[0] + "sparql", content=b"<a:s> <a:p> <a:o> .").status_code == 403


def test_result_formats_by_accept_and_format(served: tuple[str, Store]) -> None:
    url = served[0] + "sparql"
    response = httpx.get(url, params={"query": PERSONS}, headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0] == ["p"] and len(rows) == 5
    response = httpx.post(url, content=PERSONS.encode(), headers={"Content-Type": "application/sparql-query",
                                                                   "Accept": "application/sparql-results+xml"})
    assert response.status_code == 200 and "<sparql" in response.text
    response = httpx.get(url, params={"query": PERSONS, "format": "csv"})
    assert "attachment" in response.headers["content-disposition"]
    response = httpx.get(url, params={"query": "CONSTRUCT WHERE { ?m org:member ?p }"})
    assert response.headers["content-type"].startswith("application/n-triples")
    assert response.text.count(f"<{iri.person('李强')}>") >= 1
    assert httpx.get(url, params={"query": "ASK { ?e a kg:Forum }"}).json()["boolean"] is True


def test_syntax_error_is_400_with_position(served: tuple[str, Store]) -> None:
    response = httpx.get(served[0] + "sparql", params={"query": "SELECT ?x WHERE {\n  ?x ?y }"})
    assert response.status_code == 400
    assert "line 2, column" in response.text and "near" in response.text


def test_page_api_query_labels_and_error_position(served: tuple[str, Store]) -> None:
    answer = httpx.post(served[0] + "api/query", json={"query": PERSONS}).json()
    cells = [row[0] for row in answer["rows"]]
    assert {c["label"] for c in cells} == {"李强", "龚正", "吴政隆", "习近平"}
    assert all(c["text"].startswith("<https://") for c in cells)  # pastes back into a query
    bad = httpx.post(served[0] + "api/query", json={"query": "SELECT * WHERE {\n ?s ?p ?o FILTR(?o) }"}).json()
    assert bad["line"] == 2 and bad["column"] > 1 and bad["token"]


def test_examples_are_the_query_files(served: tuple[str, Store]) -> None:
    names = [e["name"] for e in httpx.get(served[0] + "api/examples").json()]
    assert names == [e.name for e in load_examples(QUERIES)]
    assert "demo/01-posts.rq" in names and len(names) == len(list(QUERIES.rglob("*.rq")))


def test_resource_page_shows_description_and_evidence(served: tuple[str, Store]) -> None:
    page = httpx.get(served[0] + "resource", params={"iri": iri.person("李强")})
    assert page.status_code == 200
    assert "李强" in page.text and "Li Qiang" in page.text
    assert "上海市委书记李强" in page.text  # the evidence sentence of his post
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert httpx.get(served[0] + "resource", params={"iri": "not an iri"}).status_code == 400


def test_viz_draws_the_resources_of_a_result(served: tuple[str, Store]) -> None:
    page = httpx.get(served[0] + "viz", params=[("iri", iri.person("李强")), ("iri", iri.person("龚正"))])
    assert page.status_code == 200 and 'id="kg-data"' in page.text and "李强" in page.text


def test_serves_a_sparql_server_store_too(tmp_path: Path) -> None:
    """kg serve --store http://…: the page and endpoint over a store on an Oxigraph server,
    written with the same layout (entities graph) by the remote store."""
    if not Path(OXIGRAPH).exists():
        pytest.fail("the `oxigraph` command is missing: pip install oxigraph (a dev dependency)")
    backend = Server(tmp_path / "server-data")
    backend.start()
    try:
        with open_store(backend.url) as remote:
            for key in ("a", "b"):
                remote.replace_article(iri.article(key), article_quads(make_extraction(key)))
            remote.remove_article(iri.article("b"))
            server = make_server(remote, port=0, queries=QUERIES)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            try:
                answer = httpx.get(url_of(server) + "sparql", params={"query": PERSONS}).json()
                assert len(answer["results"]["bindings"]) == 4
                page = httpx.get(url_of(server) + "resource", params={"iri": iri.person("李强")})
                assert "上海市委书记李强" in page.text
                assert httpx.post(url_of(server) + "sparql", data={"update": "CLEAR ALL"}).status_code == 403
            finally:
                server.shutdown()
                server.server_close()
    finally:
        backend.kill()


def test_page_shows_at_most_page_rows(served: tuple[str, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.apps.serve as serve

    monkeypatch.setattr(serve, "PAGE_ROWS", 2)
    answer = httpx.post(served[0] + "api/query", json={"query": PERSONS}).json()
    assert len(answer["rows"]) == 2 and answer["truncated"] is True
    full = httpx.get(served[0] + "sparql", params={"query": PERSONS, "format": "csv"}).text
    assert len(full.splitlines()) == 5  # the download is never cut
