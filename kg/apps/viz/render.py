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


def build_network(graph: nx.MultiDiGraph, positions: Mapping[Hashable, tuple[float, float]]) -> tuple[Network, dict[str, Any]]:
    """The pyvis network (nodes, edges, options) and the details the side panel shows."""
    net = Network(directed=True, cdn_resources="in_line")
    node_details: dict[str, Any] = {}
    ids = {n: str(n) for n in graph.nodes}
    for n in sorted(graph.nodes, key=str):
        a = graph.nodes[n]
        typ = str(a.get("type", "organization"))
        _, colour, shape = TYPE_STYLE.get(typ, TYPE_STYLE["organization"])
        x, y = positions[n]
        label = str(a.get("label", n))
        net.add_node(ids[n], label=label, x=x, y=y, color=colour, shape=shape, physics=False,
                     size=16 if typ in ("province", "region") else 12)
        dates = list(a.get("dates", []))
        node_details[ids[n]] = {
            "type": typ if typ in TYPE_STYLE else "organization",
            "label": label,
            "iri": str(a.get("iri", n)),
            "alt": list(a.get("alt", [])),
            "dates": dates,
            "years": _years(dates),
            "facts": dict(a.get("facts", {})),
            "headlines": list(a.get("headlines", [])),
            "evidence": list(a.get("evidence", [])),
        }
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
            "sources": [dict(s) for s in a.get("sources", [])],
        }
    net.options = vis_options(graph.number_of_nodes())  # type: ignore[assignment]
    return net, {"nodes": node_details, "edges": edge_details}


def render_html(
    graph: nx.MultiDiGraph,
    positions: Mapping[Hashable, tuple[float, float]],
    *,
    title: str = "kg 知识图谱",
) -> str:
    """The whole page as one string; the same graph and positions give the same bytes."""
    net, details = build_network(graph, positions)
    type_counts = Counter(d["type"] for d in details["nodes"].values())
    types = [t for t in NODE_TYPES if type_counts[t]]
    years = sorted({y for group in details.values() for d in group.values() for y in d["years"]})
    focus = graph.graph.get("focus")
    meta = {
        "title": title,
        "view": graph.graph.get("view", ""),
        "focus": str(focus) if focus is not None else None,
        "counts": {"nodes": len(net.nodes), "edges": len(net.edges)},
        "types": types,
        "typeInfo": {t: {"label": TYPE_STYLE[t][0], "color": TYPE_STYLE[t][1], "count": type_counts[t]}
                     for t in TYPE_STYLE},
        "years": years,
    }
    payload = {"meta": meta, "nodes": net.nodes, "edges": net.edges, "options": net.options, "details": details}
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
  <span id="years">年份 <select id="year-from" aria-label="起始年份"></select> – <select id="year-to" aria-label="截止年份"></select></span>
</div>
<div id="main">
  <div id="graph"></div>
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
