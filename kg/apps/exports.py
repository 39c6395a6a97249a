"""The graph for tools that do not read RDF: GraphML and GEXF (networkx, Gephi), CSV (pandas,
spreadsheets), and query results as pandas DataFrames.

The network exported is exactly the one ``kg viz`` draws (:func:`kg.viz.build_graph`): nodes
are persons, places, organisations, events, projects and documents; each edge is a binary
relation read from the store's fact nodes (a post, a participation, a commitment …) with its
kind, label, how many facts stand behind it, their dates and the sentences they were read
from.  So ``kg export --format graphml`` has as many nodes as ``kg viz --view all`` shows.

GraphML and GEXF only hold scalar attributes: lists (dates, actions, evidence) are joined,
dates also given as ``first_date``/``last_date`` so that Gephi's timeline and pandas can use
them without parsing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KgError

GRAPH_FORMATS = ("graphml", "gexf", "csv")
GRAPH_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}

NODE_COLUMNS = ("id", "label", "type", "alt", "first_date", "last_date", "dates")
EDGE_COLUMNS = (
    "source", "target", "kind", "label", "count", "first_date", "last_date", "dates",
    "events", "actions", "titles", "evidence",
)

#: Joins list values inside one attribute; evidence sentences are joined by a newline.
SEP = "; "


def _joined(values: Iterable[Any], sep: str = SEP) -> str:
    return sep.join(str(v) for v in values)


def _dates(values: Iterable[Any]) -> tuple[str, str]:
    found = sorted(str(v) for v in values if v)
    return (found[0], found[-1]) if found else ("", "")


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of a viewer graph with scalar attributes only, ready for GraphML/GEXF/CSV."""
    flat = nx.MultiDiGraph()
    for n, data in graph.nodes(data=True):
        first, last = _dates(data.get("dates", ()))
        flat.add_node(
            n,
            label=str(data.get("label", n)),
            type=str(data.get("type", "")),
            alt=_joined(data.get("alt", ())),
            first_date=first,
            last_date=last,
            dates=_joined(data.get("dates", ())),
        )
    for u, v, key, data in graph.edges(keys=True, data=True):
        first, last = _dates(data.get("dates", ()))
        flat.add_edge(
            u,
            v,
            key=str(key),
            kind=str(data.get("kind", "")),
            label=str(data.get("label", "")),
            count=int(data.get("count", 1)),  # type: ignore[call-overload]
            first_date=first,
            last_date=last,
            dates=_joined(data.get("dates", ())),
            events=_joined(data.get("events", ())),
            actions=_joined(data.get("actions", ())),
            titles=_joined(data.get("titles", ())),
            evidence=_joined(data.get("evidence", ()), "\n"),
        )
    return flat


def csv_paths(output: Path) -> tuple[Path, Path]:
    """``out.csv`` → ``out-nodes.csv`` and ``out-edges.csv``; a folder → ``nodes.csv`` and ``edges.csv`` in it."""
    if output.suffix.lower() == ".csv":
        return output.with_name(f"{output.stem}-nodes.csv"), output.with_name(f"{output.stem}-edges.csv")
    return output / "nodes.csv", output / "edges.csv"


def _write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def write_graph(graph: nx.MultiDiGraph, output: Path, fmt: str) -> list[Path]:
    """Write a viewer graph as ``fmt`` (graphml, gexf or csv); returns the files written."""
    if fmt not in GRAPH_FORMATS:
        raise KgError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
    flat = flat_graph(graph)
    try:
        if fmt == "graphml":
            nx.write_graphml(flat, output, encoding="utf-8", prettyprint=True)
            return [output]
        if fmt == "gexf":
            nx.write_gexf(flat, output, encoding="utf-8", prettyprint=True)
            return [output]
        nodes_path, edges_path = csv_paths(output)
        nodes_path.parent.mkdir(parents=True, exist_ok=True)
        _write_csv(nodes_path, NODE_COLUMNS, ({"id": n, **d} for n, d in flat.nodes(data=True)))
        _write_csv(edges_path, EDGE_COLUMNS, ({"source": u, "target": v, **d} for u, v, d in flat.edges(data=True)))
        return [nodes_path, edges_path]
    except OSError as exc:
        raise KgError(f"cannot write {output}: {exc.strerror or exc}") from exc


def export_graph(
    store: Any,
    output: Path,
    fmt: str,
    *,
    view: str = "all",
    date_from: date | None = None,
    date_to: date | None = None,
) -> tuple[int, int, list[Path]]:
    """Build the ``view`` graph from ``store`` and write it; returns (nodes, edges, files)."""
    from kg.apps.viz import build_graph

    graph = build_graph(store, view=view, date_from=date_from, date_to=date_to)
    files = write_graph(graph, output, fmt)
    return graph.number_of_nodes(), graph.number_of_edges(), files


# -- query results as DataFrames -------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}


def python_value(term: Any) -> Any:
    """A result term as a Python value: IRIs as strings, numbers as int/float, xsd:date as a date."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    datatype = term.datatype.value if getattr(term, "datatype", None) is not None else ""
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _FLOATS:
            return float(term.value)
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        if datatype == _XSD + "date":
            return date.fromisoformat(term.value)
    except ValueError:
        return term.value  # an ill-typed literal keeps its text
    return term.value


def to_frame(result: Any) -> Any:
    """A SELECT result (pyoxigraph ``QuerySolutions``) as a pandas DataFrame, one column per variable.

    Columns of dates become ``datetime64``; unbound values are ``None``/``NaT``.
    """
    import pandas as pd
    import pyoxigraph as ox

    if not isinstance(result, ox.QuerySolutions):
        raise KgError("a DataFrame needs a SELECT query")
    names = [v.value for v in result.variables]
    rows = [[python_value(solution[n]) for n in names] for solution in result]
    frame = pd.DataFrame(rows, columns=names)
    for name in names:
        values = [v for v in frame[name] if v is not None]
        if values and all(isinstance(v, date) for v in values):
            frame[name] = pd.to_datetime(frame[name])
    return frame
