"""kg serve's query page in a real browser (headless Chromium through Playwright).

Skips without /usr/bin/chromium or Playwright, except under CI (see tests/test_viz_browser.py).
Every request the page makes is recorded: none may leave 127.0.0.1.
"""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.extractions import make_extraction

from kg.apps.serve import make_server, url_of
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.store import open_store

pytestmark = pytest.mark.slow

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("serve-browser") / "store"
    with open_store(location) as store:
        for key in ("a", "b"):
            store.replace_article(iri.article(key), article_quads(make_extraction(key)))
        server = make_server(store, port=0, queries=QUERIES, store_name="test store")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield url_of(server)
        finally:
            server.shutdown()
            server.server_close()


class Page:
    def __init__(self, chromium: Any, url: str) -> None:
        self.page = chromium.new_page(viewport={"width": 1300, "height": 900}, accept_downloads=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        # selectors, not wait_for_function: the page's CSP forbids the eval that one needs
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)

    def run(self, query: str | None = None) -> str:
        if query is not None:
            self.page.fill("#editor", query)
        self.page.click("#run")
        self.page.wait_for_selector("body[data-state='done'], body[data-state='error']", state="attached",
                                    timeout=60_000)
        return str(self.page.evaluate("document.body.dataset.state"))

    def local_only(self) -> bool:
        return all(urllib.parse.urlsplit(u).hostname == "127.0.0.1" for u in self.requests)


@pytest.fixture
def page(browser: Any, base: str) -> Iterator[Page]:  # noqa: F811 - the fixture imported above
    p = Page(browser, base)
    yield p
    p.page.close()


def test_examples_run_and_link_resources(page: Page) -> None:
    options = page.page.locator("#examples option").all_inner_texts()
    assert len(options) - 1 == len(list(QUERIES.rglob("*.rq")))
    page.page.select_option("#examples", index=[i for i, o in enumerate(options) if o.startswith("demo/01-posts.rq")][0])
    assert "org:Membership" in page.page.input_value("#editor")
    assert page.run() == "done"
    rows = page.page.locator("#results tr")
    assert rows.count() > 1 and "李强" in page.page.inner_text("#results")
    assert page.page.locator("#status").inner_text().startswith(f"{rows.count() - 1} row")
    assert page.run("SELECT ?p WHERE { ?p a schema:Person }") == "done"
    link = page.page.locator("#results a", has_text="李强").first  # shown by its label
    assert link.get_attribute("href") == "/resource?iri=" + urllib.parse.quote(iri.person("李强"), safe="")
    assert f"<{iri.person('李强')}>" in page.page.inner_text("#results")  # the IRI that pastes back
    assert page.local_only() and not page.errors


def test_syntax_error_is_shown_where_it_is(page: Page) -> None:
    assert page.run("SELECT ?p WHERE {\n  ?p a schema:Person ;\n     rdfs:label ?l FILTR(?l) }") == "error"
    assert "line 3" in page.page.inner_text("#error")
    assert page.page.inner_text("#gutter .bad") == "3"
    start, end = page.page.evaluate("[editor.selectionStart, editor.selectionEnd]")
    assert start < end and page.page.input_value("#editor")[start:end] in "FILTR(?l)"
    assert page.local_only()


def test_csv_download(page: Page) -> None:
    assert page.run("SELECT ?p WHERE { ?p a schema:Person } ORDER BY ?p") == "done"
    with page.page.expect_download() as info:
        page.page.click("#csv")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "p" and iri.person("李强") in text
    assert page.local_only()


def test_resource_page_and_viewer(page: Page, browser: Any, base: str) -> None:  # noqa: F811
    assert page.run("SELECT ?p WHERE { ?p a schema:Person }") == "done"
    viz_href = page.page.get_attribute("#viz", "href")
    assert viz_href and "iri=" in viz_href
    resource = Page.__new__(Page)
    resource.requests, resource.errors = [], []
    resource.page = browser.new_page()
    resource.page.on("request", lambda r: resource.requests.append(r.url))
    resource.page.on("pageerror", lambda e: resource.errors.append(str(e)))
    resource.page.goto(base + "resource?iri=" + urllib.parse.quote(iri.person("李强"), safe=""))
    assert "上海市委书记李强" in resource.page.inner_text("main")  # the evidence of his post
    resource.page.goto(base + viz_href.lstrip("/"))
    resource.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    assert resource.page.locator("#graph canvas").count() >= 1
    assert resource.local_only() and not resource.errors
    resource.page.close()
