"""``kg viz``: an interactive, offline, script-safe HTML view of the knowledge graph.

:func:`write_view` is the whole public interface the CLI uses: SPARQL over the store →
a networkx graph of one view (:mod:`kg.apps.viz.graph`) → positions computed in Python
(:mod:`kg.apps.viz.layout`; layers for the commitments view) → one self-contained HTML file
(:mod:`kg.apps.viz.render`) whose viewer also shows the commitments matrix (``view="matrix"``
opens on it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.apps.viz.graph import NODE_TYPES, VIEWS, SparqlSource, ViewError, build_graph
from kg.apps.viz.layout import layered_layout, layout
from kg.apps.viz.render import render_html, write_html

__all__ = [
    "NODE_TYPES", "VIEWS", "ViewError", "build_graph", "layered_layout", "layout", "render_html", "write_html",
    "write_view",
]


def write_view(
    store: SparqlSource,
    output: Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: list[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    view: str = "all",
) -> dict[str, int]:
    """Write the HTML view of ``store`` to ``output``; returns ``{"nodes": n, "edges": m}`` and, for
    the views with a matrix (matrix, commitments, all), ``"statements": k``.

    Raises :class:`ViewError` (a :class:`kg.errors.KgError`) for an unknown view or type or a
    focus that names no node, so the CLI can report it in one line.
    """
    graph = build_graph(store, view=view, focus=focus, depth=depth, types=types,
                        date_from=date_from, date_to=date_to)
    centre = graph.graph.get("focus")
    # The commitments picture reads left to right (who → where → what); the others are networks.
    if view in ("commitments", "matrix"):
        graph.graph["layout"] = "layered"
        positions = layered_layout(graph, centre=centre)
    else:
        positions = layout(graph, centre=centre)
    parts = [f"kg · {view}"]
    if centre is not None:
        parts.append(str(graph.nodes[centre].get("label", centre)))
    if date_from or date_to:
        parts.append(f"{date_from or ''}–{date_to or ''}")
    write_html(graph, positions, Path(output), title=" · ".join(parts))
    counts = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    if view in ("matrix", "commitments", "all"):
        counts["statements"] = len(graph.graph["statements"])
    return counts
