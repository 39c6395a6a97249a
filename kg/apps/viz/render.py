"""One self-contained, offline, script-safe HTML page for a graph.

pyvis builds the vis-network node, edge and option objects; the page around them is ours,
because pyvis's own template fetches Bootstrap and vis-network from CDNs and puts strings into
tooltips that vis renders as HTML.  Here:

* vis-network's JS and CSS are read from the pyvis wheel and inlined; our CSS/JS too.  No
  ``src``/``href`` points anywhere, and a Content-Security-Policy with ``default-src 'none'``
  and per-script SHA-256 hashes makes the browser refuse anything else.
* All graph text travels as JSON in a ``<script type="application/json">`` block with ``<``,
  ``>``, ``&`` and U+2028/2029 escaped, so no label can close the block or start markup;
  the viewer puts it into the DOM only through ``textContent``.
* Positions come from :mod:`kg.apps.viz.layout`; physics is off, so a large graph is interactive as
  soon as it is drawn.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from collections.abc import Hashable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.apps.viz.graph import EDGE_LABELS, NODE_TYPES

VIS_VERSION = "9.1.2"

#: Type → (Chinese name, colour, vis shape).  Shapes with the label outside (not box/ellipse)
#: are drawn much faster by vis, which matters at thousands of nodes.
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "province": ("省级行政区", "#d64545", "hexagon"),
    "region": ("区域", "#8e2c2c", "hexagon"),
    "city": ("城市", "#f0913a", "hexagon"),
    "organization": ("机构", "#8662c7", "square"),
    "person": ("人物", "#2f80ed", "dot"),
    "event": ("活动", "#27ae60", "diamond"),
    "project": ("项目", "#e0a800", "star"),
    "document": ("文件", "#7b8794", "triangle"),
}

EDGE_COLOURS: dict[str, str] = {
    "post": "#5b7db1",
    "participation": "#5fae7a",
    "location": "#b0b8c4",
    "sub_event": "#b0b8c4",
    "reviewed": "#9aa5b1",
    "decided": "#9aa5b1",
    "commitment": "#d39e00",
    "directive": "#c0392b",
    "concerns": "#e6c35c",
    "jurisdiction": "#c7ccd4",
    "contained_in": "#c7ccd4",
    "includes": "#c7ccd4",
    "located_in": "#c7ccd4",
}

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: it cannot close the
    element (``</script>``), open a comment (``<!--``) or break a JS line separator."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in _JSON_ESCAPES.items():
        text = text.replace(ch, esc)
    return text


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the pyvis wheel."""
    base = resources.files("pyvis") / "templates" / "lib" / f"vis-{VIS_VERSION}"
    return (base / "vis-network.min.js").read_text("utf-8"), (base / "vis-network.css").read_text("utf-8")


@cache
def _own_assets() -> tuple[str, str]:
    base = resources.files("kg.apps.viz") / "assets"
    return (base / "viewer.js").read_text("utf-8"), (base / "viewer.css").read_text("utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _years(dates: list[str]) -> list[int]:
    return sorted({int(d[:4]) for d in dates if d[:4].isdigit()})


def vis_options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > 1000
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "tooltipDelay": 200,
        },
        "nodes": {
            "size": 12,
            "borderWidth": 1,
            "font": {"size": 14, "face": "Noto Sans CJK SC, Source Han Sans SC, sans-serif"},
        },
        "edges": {
            "smooth": False,
            "width": 1.2,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#52606d", "strokeWidth": 3},
            "color": {"inherit": False},
            "selectionWidth": 2,
        },
    }


#: Nodes whose labels are drawn at every zoom (the most connected ones); the viewer adds
#: more as you zoom in, as long as they do not overlap.
TOP_LABELS = 15

_ROW_KEYS = ("kind", "fact", "date", "event", "what", "speaker", "other", "evidence", "headline", "published", "article")


class _Rows:
    """Panel rows (one per fact and sentence) stored once and referred to by index: a sentence
    behind a commitment is shown on its edge, on its maker's panel and in the matrix."""

    def __init__(self) -> None:
        self.table: list[dict[str, str]] = []
        self._index: dict[tuple[str, ...], int] = {}

    def add(self, row: Mapping[str, Any]) -> int:
        compact = {k: str(row[k]) for k in _ROW_KEYS if row.get(k)}
        key = tuple(compact.get(k, "") for k in _ROW_KEYS)
        if key not in self._index:
            self._index[key] = len(self.table)
            self.table.append(compact)
        return self._index[key]


def _edge_rows(a: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """An edge's panel rows; graphs built without them (by hand, by the benchmark) get one row
    per source sentence."""
    if "rows" in a:
        return list(a["rows"])
    return [{"date": s.get("published", ""), "what": a.get("label", ""), **s} for s in a.get("sources", [])]


def _label_ranks(graph: nx.MultiDiGraph) -> dict[Hashable, int]:
    """0 for the most connected node, 1 for the next …: the order labels are drawn in."""
    order = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(graph.nodes[n].get("label", n)), str(n)))
    return {n: i for i, n in enumerate(order)}


def _statements(graph: nx.MultiDiGraph, rows: _Rows) -> tuple[list[dict[str, Any]], list[list[str]]]:
    """The matrix's data: each statement (kind, row index, agents, addressees, projects as indexes
    into a name table) and the names (IRI, label, type)."""
    names_attr: Mapping[str, Mapping[str, str]] = graph.graph.get("names", {})
    index: dict[str, int] = {}
    names: list[list[str]] = []

    def name(iri: str) -> int:
        if iri not in index:
            index[iri] = len(names)
            info = names_attr.get(iri, {})
            names.append([iri, str(info.get("label", iri)), str(info.get("type", "organization"))])
        return index[iri]

    out = []
    for st in graph.graph.get("statements", []):
        src = st.sources[0] if st.sources else None
        speaker = "、".join(str(names_attr.get(p, {}).get("label", p)) for p in st.speakers)
        row = {"kind": st.kind, "fact": st.iri, "date": st.date,
               "event": names_attr.get(st.event, {}).get("label", "") if st.event else "",
               "what": "；".join(st.actions) or EDGE_LABELS[st.kind], "speaker": speaker,
               "evidence": src.evidence if src else "", "headline": src.headline if src else "",
               "published": src.published if src else "", "article": src.article if src else ""}
        out.append({"k": st.kind, "r": rows.add(row), "ag": [name(a) for a in st.agents],
                    "ad": [name(a) for a in st.addressees], "pr": [name(p) for p in st.projects],
                    "y": int(st.date[:4]) if st.date[:4].isdigit() else None})
    return out, names


def build_network(graph: nx.MultiDiGraph, positions: Mapping[Hashable, tuple[float, float]]) -> tuple[Network, dict[str, Any]]:
    """The pyvis network (nodes, edges, options) and the details the side panel shows.

    Nodes carry no ``label`` for vis to draw: the viewer draws labels itself, most connected
    first and never two on top of each other (see viewer.js).
    """
    net = Network(directed=True, cdn_resources="in_line")
    rows = _Rows()
    node_details: dict[str, Any] = {}
    ids = {n: str(n) for n in graph.nodes}
    ranks = _label_ranks(graph)
    for n in sorted(graph.nodes, key=str):
        a = graph.nodes[n]
        typ = str(a.get("type", "organization"))
        _, colour, shape = TYPE_STYLE.get(typ, TYPE_STYLE["organization"])
        x, y = positions[n]
        label = str(a.get("label", n))
        degree = graph.degree(n)
        size = (16 if typ in ("province", "region") else 11) + min(12.0, 2.0 * math.sqrt(degree))
        net.add_node(ids[n], label=" ", x=x, y=y, color=colour, shape=shape, physics=False, size=round(size, 1))
        dates = list(a.get("dates", []))
        detail: dict[str, Any] = {
            "type": typ if typ in TYPE_STYLE else "organization",
            "label": label,
            "iri": str(a.get("iri", n)),
            "alt": list(a.get("alt", [])),
            "dates": dates,
            "years": _years(dates),
            "facts": dict(a.get("facts", {})),
            "headlines": list(a.get("headlines", [])),
            "evidence": list(a.get("evidence", [])),
            "rank": ranks[n],
        }
        if a.get("rows"):
            detail["rows"] = [rows.add(r) for r in a["rows"]]
        if a.get("career"):
            detail["career"] = a["career"]
        node_details[ids[n]] = detail
    for node in net.nodes:
        del node["label"]  # pyvis needs one to add a node; vis must not draw it
    edge_details: dict[str, Any] = {}
    # Edges are straight (cheap to draw); the 2nd, 3rd … edge between the same two nodes
    # bends further out so that none hides another.
    seen_pairs: Counter[frozenset[str]] = Counter()
    for i, (u, v, a) in enumerate(graph.edges(data=True)):
        eid = f"e{i}"
        kind = str(a.get("kind", ""))
        pair = frozenset((ids[u], ids[v]))
        extra: dict[str, Any] = {}
        if seen_pairs[pair]:
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * seen_pairs[pair]}
        seen_pairs[pair] += 1
        net.add_edge(ids[u], ids[v], id=eid, label=str(a.get("label", "")),
                     color=EDGE_COLOURS.get(kind, "#9aa5b1"),
                     width=1.2 + min(int(a.get("count", 1)) - 1, 6) * 0.6, **extra)
        dates = list(a.get("dates", []))
        edge_details[eid] = {
            "kind": kind,
            "kindLabel": EDGE_LABELS.get(kind, kind),
            "label": str(a.get("label", "")),
            "from": ids[u],
            "to": ids[v],
            "fromLabel": node_details[ids[u]]["label"],
            "toLabel": node_details[ids[v]]["label"],
            "count": int(a.get("count", 1)),
            "dates": dates,
            "years": _years(dates),
            "events": list(a.get("events", [])),
            "actions": list(a.get("actions", [])),
            "titles": list(a.get("titles", [])),
            "rows": [rows.add(r) for r in _edge_rows(a)],
        }
    statements, names = _statements(graph, rows)
    net.options = vis_options(graph.number_of_nodes())  # type: ignore[assignment]
    return net, {"nodes": node_details, "edges": edge_details, "rows": rows.table,
                 "statements": statements, "names": names}


def render_html(
    graph: nx.MultiDiGraph,
    positions: Mapping[Hashable, tuple[float, float]],
    *,
    title: str = "kg 知识图谱",
) -> str:
    """The whole page as one string; the same graph and positions give the same bytes."""
    net, details = build_network(graph, positions)
    rows, statements, names = details.pop("rows"), details.pop("statements"), details.pop("names")
    type_counts = Counter(d["type"] for d in details["nodes"].values())
    types = [t for t in NODE_TYPES if type_counts[t]]
    years = sorted({y for group in details.values() for d in group.values() for y in d["years"]}
                   | {s["y"] for s in statements if s["y"]})
    focus = graph.graph.get("focus")
    view = graph.graph.get("view", "")
    meta = {
        "title": title,
        "view": view,
        "focus": str(focus) if focus is not None else None,
        "counts": {"nodes": len(net.nodes), "edges": len(net.edges), "statements": len(statements)},
        "types": types,
        "typeInfo": {t: {"label": TYPE_STYLE[t][0], "color": TYPE_STYLE[t][1], "count": type_counts[t]}
                     for t in TYPE_STYLE},
        "years": years,
        "topLabels": min(TOP_LABELS, len(net.nodes)),
        "matrix": "statements" in graph.graph and view in ("commitments", "all", "matrix"),
        "edgeLabels": dict(EDGE_LABELS),
        "labelSide": "right" if graph.graph.get("layout") == "layered" else "below",
    }
    payload = {"meta": meta, "nodes": net.nodes, "edges": net.edges, "options": net.options, "details": details,
               "rows": rows, "statements": statements, "names": names}
    data = json_for_script(payload)
    vis_js, vis_css = _vis_assets()
    own_js, own_css = _own_assets()
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_sha256(vis_js)} {_sha256(own_js)}",
        f"style-src {_sha256(vis_css)} {_sha256(own_css)}",
        "img-src data:",
        "font-src 'none'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
    ])
    return PAGE.format(
        csp=html.escape(csp, quote=True),
        title=html.escape(title),
        vis_css=vis_css,
        own_css=own_css,
        data=data,
        vis_js=vis_js,
        own_js=own_js,
    )


def write_html(graph: nx.MultiDiGraph, positions: Mapping[Hashable, tuple[float, float]], output: Path,
               *, title: str = "kg 知识图谱") -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_html(graph, positions, title=title), encoding="utf-8")


# The page skeleton.  {..} fields are filled by str.format; the CSS/JS/JSON inserted are
# not re-scanned, so braces inside them are harmless.
PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{vis_css}</style>
<style>{own_css}</style>
</head>
<body>
<div id="bar">
  <h1 id="title"></h1>
  <span id="counts" class="counts"></span>
  <input id="search" type="search" list="labels" placeholder="搜索节点…" autocomplete="off" aria-label="搜索节点">
  <datalist id="labels"></datalist>
  <button id="search-go" type="button">定位</button>
  <span id="search-status"></span>
  <span id="types"></span>
  <span id="years">年份 <input id="year-from" type="range" aria-label="起始年份"> <input id="year-to" type="range" aria-label="截止年份"> <output id="year-shown"></output></span>
  <span id="tabs" hidden><button id="tab-graph" type="button" class="tab">网络</button><button id="tab-matrix" type="button" class="tab">矩阵</button></span>
</div>
<div id="main">
  <div id="graph"></div>
  <div id="matrix" hidden><div id="matrix-bar"></div><div id="matrix-scroll"><table id="matrix-table"></table></div></div>
  <div id="legend"></div>
  <div id="tooltip" hidden></div>
  <aside id="panel" hidden><button id="panel-close" class="close" type="button" aria-label="关闭">×</button><div id="panel-body"></div></aside>
</div>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis_js}</script>
<script>{own_js}</script>
</body>
</html>
"""
