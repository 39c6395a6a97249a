#!/usr/bin/env python3
"""Time to interactive of `kg viz` pages vs pyvis's default output, in headless Chromium.

Run on demand (not part of the tests): ``.venv/bin/python benchmarks/bench_viz.py [SIZES...]``.

*Time to interactive* (TTI) = wall time from the start of navigation to a click on the
network's canvas being handled by a vis-network ``click`` listener, after the network has been
drawn (ours: first ``afterDrawing``) and, for pyvis, after its physics has stabilised
(``network.physics.stabilized``), since until then the nodes are still moving.  Both pages
load from file:// with every non-file request aborted (pyvis's page also links Bootstrap from
a CDN; its vis-network is inlined with ``cdn_resources="in_line"``).  The baseline is capped.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.apps.viz.layout import layout  # noqa: E402
from kg.apps.viz.render import render_html  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TYPES = [("person", 0.35), ("event", 0.25), ("project", 0.2), ("organization", 0.15), ("city", 0.05)]


def synthetic(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A news-like graph: 34 provinces as hubs, people with posts, events, projects, ~1.6 edges a node."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    provinces = [f"p{i}" for i in range(min(34, n // 6))]
    for p in provinces:
        g.add_node(p, type="province", label=f"省{p[1:]}", iri=p)
    rest = n - len(provinces)
    nodes: dict[str, list[str]] = {t: [] for t, _ in TYPES}
    for i in range(rest):
        t = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        nid = f"{t[0]}{i}"
        nodes[t].append(nid)
        g.add_node(nid, type=t, label=f"{t}{i}", iri=nid, dates=["2022-08-16"])

    def add(u: str, v: str, kind: str, label: str) -> None:
        g.add_edge(u, v, kind=kind, label=label, count=1, dates=["2022-08-16"],
                   sources=[{"evidence": f"{u}与{v}的证据句。", "headline": "标题", "published": "2022-08-16"}])

    for o in nodes["organization"]:
        add(o, rng.choice(provinces), "jurisdiction", "管辖")
    for c in nodes["city"]:
        add(c, rng.choice(provinces), "contained_in", "位于")
    orgs = nodes["organization"] or provinces
    for p in nodes["person"]:
        add(p, rng.choice(orgs), "post", "书记")
    events = nodes["event"] or provinces
    for e in nodes["event"]:
        add(e, rng.choice(provinces), "location", "举办于")
    for p in nodes["person"]:
        for e in rng.sample(events, k=min(len(events), 1 + (rng.random() < 0.3))):
            add(p, e, "participation", "出席")
    for pr in nodes["project"]:
        add(rng.choice(provinces), pr, "commitment", "承诺")
        if rng.random() < 0.3:
            add(rng.choice(events), pr, "concerns", "涉及")
    return g


def pyvis_baseline(g: nx.MultiDiGraph) -> str:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n, a in g.nodes(data=True):
        net.add_node(n, label=a["label"], title=a["label"])
    for u, v, a in g.edges(data=True):
        net.add_edge(u, v, label=a["label"], title=a["label"])
    return str(net.generate_html())


def tti(browser, path: Path, ready_js: str, network_js: str, cap_s: float) -> float | None:
    # bypass_csp: Playwright evaluates polled predicates with eval, which our CSP forbids.
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    try:
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit")
        page.wait_for_function(ready_js, timeout=cap_s * 1000, polling=50)
        page.evaluate(f"() => {{ window.__clicked = 0; {network_js}.on('click', () => {{ window.__clicked = 1; }}); }}")
        box = page.locator("canvas").first.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        remaining = max(1.0, cap_s - (time.perf_counter() - t0))
        page.wait_for_function("window.__clicked === 1", timeout=remaining * 1000, polling=20)
        return time.perf_counter() - t0
    except Exception as exc:  # playwright's TimeoutError: the page did not get there within the cap
        if "Timeout" in type(exc).__name__ or "Timeout" in str(exc):
            return None
        raise
    finally:
        context.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[200, 2000, 5000])
    ap.add_argument("--cap", type=float, default=120.0, help="seconds to wait for the pyvis baseline")
    ap.add_argument("--no-baseline", action="store_true", help="time our pages only (the pyvis ones take minutes)")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in a.sizes:
            g = synthetic(n)
            t = time.perf_counter()
            pos = layout(g)
            t_layout = time.perf_counter() - t
            t = time.perf_counter()
            ours = Path(tmp) / f"ours{n}.html"
            ours.write_text(render_html(g, pos), "utf-8")
            t_render = time.perf_counter() - t
            ours_s = tti(browser, ours, "document.body.dataset.ready === '1'", "kgView.network", 60)
            base_s: float | None = None
            if not a.no_baseline:
                base = Path(tmp) / f"pyvis{n}.html"
                base.write_text(pyvis_baseline(g), "utf-8")
                base_s = tti(browser, base,
                             "typeof network !== 'undefined' && network && network.physics && network.physics.stabilized === true",
                             "network", a.cap)
            rows.append((n, g.number_of_edges(), t_layout, t_render, ours_s, base_s, ours.stat().st_size))
            print(f"  done {n}", file=sys.stderr, flush=True)
        browser.close()

    def fmt(s: float | None, cap: float) -> str:
        return f"> {cap:.0f} s" if s is None else f"{s:.2f} s"

    # Timings on a shared machine depend on what else runs: say how busy it was.
    print(f"{os.cpu_count()} CPUs, 1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    print("| nodes | edges | layout (Python) | render (Python) | page size | TTI ours | TTI pyvis default | pyvis / ours |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, m, tl, tr, o, b, size in rows:
        if a.no_baseline:
            base_cell = ratio = "not run"
        else:
            base_cell = fmt(b, a.cap)
            ratio = "—" if o is None else (f"> {a.cap / o:.0f}×" if b is None else f"{b / o:.1f}×")
        print(f"| {n} | {m} | {tl:.2f} s | {tr:.2f} s | {size / 1e6:.1f} MB | {fmt(o, 60)} | {base_cell} | {ratio} |")


if __name__ == "__main__":
    main()
