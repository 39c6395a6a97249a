"""kg.apps.viz in a real browser (headless Chromium through Playwright).

Needs /usr/bin/chromium and the playwright Python package (``scripts/setup-browser.sh``).
Without them the tests skip, except under CI (env CI set), where a skip would hide that the
page was never opened, so they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_viz import EVIL, FIXTURE_TRIG, G60, LQ, SH, SYM, OxiSource, evil_trig

from kg.apps.viz import build_graph, write_view

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _unavailable() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (run scripts/setup-browser.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is missing (run scripts/setup-browser.sh)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    def __init__(self, browser: Any, path: Path) -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url)
        self.page.wait_for_function("document.body.dataset.ready === '1'", timeout=30_000)

    def eval(self, js: str, arg: Any = None) -> Any:
        return self.page.evaluate(js, arg)

    def click_canvas(self, x: float, y: float) -> None:
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def dom_position(self, node: str) -> tuple[float, float]:
        p = self.eval("id => kgView.network.canvasToDOM(kgView.network.getPositions([id])[id])", node)
        return p["x"], p["y"]

    def panel_text(self) -> str:
        return str(self.page.locator("#panel").inner_text())


@pytest.fixture(scope="module")
def source() -> OxiSource:
    return OxiSource(FIXTURE_TRIG)


@pytest.fixture(scope="module")
def opened(browser: Any, source: OxiSource, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    out = tmp_path_factory.mktemp("vizb") / "all.html"
    write_view(source, out)
    o = Opened(browser, out)
    yield o
    o.page.close()


def test_page_loads_nothing_but_itself_and_logs_no_error(opened: Opened) -> None:
    assert opened.requests == [opened.url]
    assert opened.errors == []


def test_page_draws_as_many_nodes_and_edges_as_the_graph(opened: Opened, source: OxiSource) -> None:
    g = build_graph(source)
    assert opened.eval("[kgView.nodes.length, kgView.edges.length]") == [g.number_of_nodes(), g.number_of_edges()]
    drawn = opened.eval("Object.keys(kgView.network.body.nodes).filter(k => !k.startsWith('edgeId')).length")
    assert drawn == g.number_of_nodes()


def test_search_box_selects_and_opens_the_node(opened: Opened) -> None:
    opened.page.fill("#search", "李")
    opened.page.press("#search", "Enter")
    assert opened.eval("kgView.network.getSelectedNodes()") == [LQ]
    assert opened.page.locator("#panel h2").inner_text() == "李强"
    assert "上海市委书记" in opened.panel_text()


def test_clicking_a_node_shows_its_evidence(opened: Opened) -> None:
    x, y = opened.dom_position(SYM)
    opened.click_canvas(x, y)
    assert opened.eval("kgView.lastClick.nodes") == [SYM]
    text = opened.panel_text()
    assert "长三角地区主要领导座谈会16日在上海召开。" in text
    assert "长三角座谈会在沪召开" in text


def test_clicking_a_collapsed_commitment_edge_shows_every_sentence(opened: Opened) -> None:
    eid = opened.eval(
        "([f, t]) => kgView.edges.get().find(e => e.from === f && e.to === t && kgView.details.edges[e.id].kind === 'commitment').id",
        [SH, G60],
    )
    # A point on the edge as vis draws it (another edge joins the same two nodes and bends away).
    p = opened.eval("id => kgView.network.canvasToDOM(kgView.network.body.edges[id].edgeType.getPoint(0.4))", eid)
    opened.click_canvas(p["x"], p["y"])
    assert opened.eval("kgView.lastClick.edges") == [eid]
    text = opened.panel_text()
    for sentence in ("沪苏两地将加快建设G60科创走廊。", "上海将推动G60科创走廊和虹桥国际开放枢纽建设。", "上海表示将共建G60科创走廊。"):
        assert sentence in text
    assert "承诺 (3)" in text


def test_type_filter_hides_nodes_of_that_type(opened: Opened, source: OxiSource) -> None:
    persons = sum(1 for _, t in build_graph(source).nodes(data="type") if t == "person")
    opened.page.uncheck("#types input[data-type=person]")
    hidden = opened.eval("kgView.nodes.get({filter: n => n.hidden}).length")
    opened.page.check("#types input[data-type=person]")
    assert hidden == persons
    assert opened.eval("kgView.nodes.get({filter: n => n.hidden}).length") == 0


def test_hostile_text_is_shown_literally_and_never_runs(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "evil.html"
    write_view(OxiSource(evil_trig()), out)
    o = Opened(browser, out)
    try:
        person = "https://w3id.org/cpkg/id/person/evil"
        o.page.fill("#search", "张三")
        o.page.press("#search", "Enter")
        assert EVIL[0] in o.page.locator("#panel h2").inner_text()
        eid = o.eval("kgView.edges.getIds()[0]")
        o.eval("id => kgView.showEdge(id)", eid)
        text = o.panel_text()
        for attack in EVIL:
            assert attack in text
        x, y = o.dom_position(person)
        o.click_canvas(x, y)
        o.page.mouse.move(x + 300, y + 300)
        assert o.eval("typeof window.__pwned") == "undefined"
        assert o.eval("document.querySelectorAll('#panel img, #panel script').length") == 0
        assert o.requests == [o.url], "the injected <img src=x> must not have been requested"
        assert o.errors == []
    finally:
        o.page.close()
