"""kg.apps.viz in a real browser (headless Chromium through Playwright).

Needs /usr/bin/chromium and the playwright Python package (``scripts/setup-browser.sh``).
Without them the tests skip, except under CI (env CI set), where a skip would hide that the
page was never opened, so they fail instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.viz import EVIL, FIXTURE_TRIG, G60, LQ, SH, SYM, OxiSource, evil_trig

from kg.apps.viz import build_graph, write_view

pytestmark = pytest.mark.slow

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

    def centre_on(self, node: str) -> None:
        """Close the panel and move the view so that ``node`` is mid-canvas, clear of the panel."""
        self.eval("id => { document.getElementById('panel').hidden = true;"
                  " kgView.network.focus(id, {scale: 1, animation: false}); }", node)

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
    opened.centre_on(SYM)
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
    opened.eval("id => { document.getElementById('panel').hidden = true; const n = kgView.network;"
                " n.moveTo({position: n.body.edges[id].edgeType.getPoint(0.4), scale: 1, animation: false}); }", eid)
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


# -- the commitments matrix ---------------------------------------------------------------
@pytest.fixture(scope="module")
def matrix_page(browser: Any, source: OxiSource, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    out = tmp_path_factory.mktemp("vizm") / "matrix.html"
    write_view(source, out, view="matrix")
    o = Opened(browser, out)
    yield o
    o.page.close()


def store_statements(source: OxiSource) -> set[str]:
    rows = source.select("PREFIX kg: <https://w3id.org/cpkg/ontology#> "
                         "SELECT DISTINCT ?c WHERE { { ?c a kg:Commitment } UNION { ?c a kg:Directive } }")
    return {r["c"] for r in rows}


def listed_in_every_cell(o: Opened) -> tuple[set[str], int]:
    """Click every filled cell; the statements (data-fact) the panel lists, and the sum of the counts."""
    facts: set[str] = set()
    cells = o.page.locator("#matrix-table td.hit")
    total = 0
    for i in range(cells.count()):
        cell = cells.nth(i)
        cell.click()
        listed = o.page.locator("#panel li.row").evaluate_all("els => els.map(e => e.dataset.fact)")
        assert len(listed) == int(cell.inner_text()), "a cell lists as many statements as its number"
        facts.update(listed)
        total += len(listed)
    return facts, total


def test_the_matrix_opens_first_and_its_cells_hold_every_statement_of_the_store(
        matrix_page: Opened, source: OxiSource) -> None:
    o = matrix_page
    assert o.page.locator("#matrix").is_visible() and not o.page.locator("#graph").is_visible()
    expected = store_statements(source)
    assert len(expected) == 7
    facts, total = listed_in_every_cell(o)
    assert facts == expected
    assert total >= len(expected)  # a statement with two projects sits in two cells
    assert f"{len(expected)} 条表述" in o.page.locator("#matrix-bar").inner_text()
    assert o.requests == [o.url] and o.errors == []


def test_clicking_a_cell_lists_its_statements_newest_first(matrix_page: Opened) -> None:
    o = matrix_page
    row = o.page.locator("#matrix-table tbody tr", has=o.page.locator(f"th[data-row='{SH}']"))
    col = o.page.locator("#matrix-table thead th.col").evaluate_all(
        f"(ths) => ths.findIndex(th => th.dataset.col === '{G60}')")
    row.locator("td").nth(col).click()
    items = o.page.locator("#panel li.row")
    assert o.page.locator("#panel h2").inner_text() == "上海市 × G60科创走廊"
    dates = items.locator(".date").all_inner_texts()
    assert dates == ["2023-03-01", "2022-08-16", "2022-08-16"]
    first = items.first.inner_text()
    for part in ("G60科创走廊论坛", "共建", "上海表示将共建G60科创走廊。", "G60科创走廊论坛举行"):
        assert part in first
    facts = set(items.evaluate_all("els => els.map(e => e.dataset.fact)"))
    assert facts == {"https://w3id.org/cpkg/id/" + c for c in ("c1", "c2", "c4")}


def test_rows_and_columns_are_largest_first_with_text_headers(matrix_page: Opened) -> None:
    o = matrix_page
    o.page.select_option("#matrix-kind", "all")
    rows = o.page.locator("#matrix-table th.row").evaluate_all("ths => ths.map(th => th.dataset.row)")
    totals = [int(t) for t in o.page.locator("#matrix-table th.row .total").all_inner_texts()]
    named = [t for r, t in zip(rows, totals, strict=True) if r]
    assert named == sorted(named, reverse=True)
    assert rows[0] == SH  # c1 c2 c3 c4
    headers = o.page.locator("#matrix-table th.col").all_inner_texts()
    assert any("G60科创走廊" in h for h in headers)  # real text: findable and copyable


def test_kind_year_and_search_filters_narrow_the_matrix(matrix_page: Opened) -> None:
    o = matrix_page
    try:
        o.page.select_option("#matrix-kind", "directive")
        assert o.page.locator("#matrix-axis").input_value() == "ad"
        facts, _ = listed_in_every_cell(o)
        assert facts == {"https://w3id.org/cpkg/id/d1", "https://w3id.org/cpkg/id/d2"}
        o.page.select_option("#matrix-kind", "commitment")
        o.eval("() => { const f = document.getElementById('year-from'); f.value = '2023';"
               " f.dispatchEvent(new Event('input')); }")
        facts, _ = listed_in_every_cell(o)
        assert facts == {"https://w3id.org/cpkg/id/c4", "https://w3id.org/cpkg/id/s1"}
        o.page.fill("#search", "生态")
        o.page.dispatch_event("#search", "input")
        assert o.page.locator("#matrix-table th.row").all_inner_texts() == ["安徽省1"]
    finally:
        o.page.fill("#search", "")
        o.page.dispatch_event("#search", "input")
        o.eval("() => { const f = document.getElementById('year-from'); f.value = f.min;"
               " f.dispatchEvent(new Event('input')); }")
        o.page.select_option("#matrix-kind", "all")


# -- labels, careers ------------------------------------------------------------------------
def star_graph(n: int = 400) -> Any:
    """Hubs with many leaves: far more nodes than labels fit on the screen at once."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"n{i}", type="person" if i % 3 else "event", label=f"节点{i}号")
    for i in range(8, n):
        g.add_edge(f"n{i % 8}", f"n{i}", kind="participation", label="出席")
    for i in range(8, n, 7):
        g.add_edge(f"n{i}", f"n{(i * 5) % n}", kind="participation", label="出席")
    return g


def test_the_most_connected_labels_are_drawn_at_the_opening_zoom_and_more_on_zooming_in(
        browser: Any, tmp_path: Path) -> None:
    from kg.apps.viz import layout, render_html
    from kg.apps.viz.render import TOP_LABELS

    g = star_graph()
    out = tmp_path / "star.html"
    out.write_text(render_html(g, layout(g)), "utf-8")
    top = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n]["label"], n))[:TOP_LABELS]
    o = Opened(browser, out)
    try:
        drawn = set(o.eval("kgView.drawnLabels"))
        assert set(top) <= drawn
        assert len(drawn) < g.number_of_nodes(), "not every label fits at the opening zoom"
        w, h = o.eval("[kgView.network.body.container.clientWidth, kgView.network.body.container.clientHeight]")
        for n in top:
            x, y = o.dom_position(n)
            assert 0 <= x <= w and 0 <= y <= h, f"{n} is off screen"
        hidden = next(n for n in sorted(g.nodes, key=lambda n: g.degree(n)) if n not in drawn)
        o.eval("id => { kgView.network.focus(id, {scale: 3, animation: false}); kgView.network.redraw(); }", hidden)
        o.page.wait_for_function("id => kgView.drawnLabels.includes(id)", arg=hidden, timeout=5000)
        assert o.errors == []
    finally:
        o.page.close()


def test_a_persons_panel_shows_dated_posts_then_events(opened: Opened) -> None:
    opened.eval("id => kgView.showNode(id)", LQ)
    posts = opened.page.locator("#panel .career .post")
    assert posts.count() == 2
    assert "上海市委书记" in posts.nth(0).inner_text() and "2022-08-16" in posts.nth(0).inner_text()
    assert "国务院总理" in posts.nth(1).inner_text() and "2023-03-01" in posts.nth(1).inner_text()
    bars = posts.locator(".bar").evaluate_all("bs => bs.map(b => b.getBoundingClientRect().left)")
    assert bars[0] < bars[1], "the later post sits further right on the time axis"
    events = opened.page.locator("#panel ol.events li").all_inner_texts()
    assert events and all(e.startswith("2022-08-16") for e in events)
    groups = opened.page.locator("#panel details.group > summary").all_inner_texts()
    assert any(g.startswith("部署（未列对象）") for g in groups)


def test_hostile_text_in_the_matrix_is_shown_literally(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "evil-matrix.html"
    write_view(OxiSource(evil_trig()), out, view="matrix")
    o = Opened(browser, out)
    try:
        assert EVIL[0] in o.page.locator("#matrix-table th.row").first.inner_text()
        assert EVIL[1] in " ".join(o.page.locator("#matrix-table th.col").all_inner_texts())
        o.page.locator("#matrix-table td.hit").first.click()
        text = o.panel_text()
        for attack in EVIL:
            assert attack in text
        assert o.eval("typeof window.__pwned") == "undefined"
        assert o.eval("document.querySelectorAll('#matrix img, #matrix script, #panel img').length") == 0
        assert o.requests == [o.url] and o.errors == []
    finally:
        o.page.close()
