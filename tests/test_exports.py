"""Exports for non-RDF tools (GraphML, GEXF, CSV) and query results as pandas DataFrames.

The store holds invented articles shaped like the sample (tests/test_rdf.py:make_extraction).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from helpers.extractions import make_extraction

import kg
from kg.apps.exports import csv_paths, export_graph, to_frame
from kg.apps.viz import build_graph
from kg.cli import main
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.store import Store, open_store


@pytest.fixture(scope="module")
def location(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("exports") / "store"
    with open_store(path) as store:
        store.replace_article(iri.article("a"), article_quads(make_extraction("a")))
        store.replace_article(iri.article("b"), article_quads(make_extraction("b", when=date(2023, 5, 2))))
    yield path


@pytest.fixture
def store(location: Path) -> Iterator[Store]:
    with open_store(location, create=False) as s:
        yield s


def test_graphml_reads_back_with_as_many_nodes_as_the_viewer_shows(store: Store, tmp_path: Path) -> None:
    shown = build_graph(store, view="all")
    nodes, edges, files = export_graph(store, tmp_path / "g.graphml", "graphml")
    back = nx.read_graphml(files[0])
    assert back.number_of_nodes() == nodes == shown.number_of_nodes() > 10
    assert back.number_of_edges() == edges == shown.number_of_edges()
    li = back.nodes[iri.person("李强")]
    assert li["label"] == "李强" and li["type"] == "person"
    kinds = {d["kind"] for _, _, d in back.edges(data=True)}
    assert {"post", "commitment", "participation"} <= kinds
    post = next(d for u, v, d in back.edges(data=True) if u == iri.person("李强") and d["kind"] == "post")
    assert post["first_date"] == "2022-08-16" and "上海市委书记李强" in post["evidence"]


def test_gexf_reads_back(store: Store, tmp_path: Path) -> None:
    nodes, edges, files = export_graph(store, tmp_path / "g.gexf", "gexf")
    back = nx.read_gexf(files[0])
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, edges)


def test_csv_nodes_and_edges_load_with_pandas(store: Store, tmp_path: Path) -> None:
    nodes, edges, files = export_graph(store, tmp_path / "out", "csv")
    assert files == list(csv_paths(tmp_path / "out")) == [tmp_path / "out" / "nodes.csv", tmp_path / "out" / "edges.csv"]
    node_frame, edge_frame = pd.read_csv(files[0]), pd.read_csv(files[1])
    assert len(node_frame) == nodes and len(edge_frame) == edges
    assert set(edge_frame["source"]) | set(edge_frame["target"]) <= set(node_frame["id"])
    assert {"kind", "label", "count", "first_date", "evidence"} <= set(edge_frame.columns)
    assert csv_paths(tmp_path / "x.csv") == (tmp_path / "x-nodes.csv", tmp_path / "x-edges.csv")


def test_cli_export_graph_formats_and_date_range(location: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "-o", str(tmp_path / "all.graphml"), "--store", str(location)]) == 0
    assert "nodes and" in capsys.readouterr().out
    everything = nx.read_graphml(tmp_path / "all.graphml")
    assert main(["export", "--format", "csv", "-o", str(tmp_path / "y.csv"), "--from", "2023",
                 "--store", str(location)]) == 0
    dated = pd.read_csv(tmp_path / "y-edges.csv")["first_date"].dropna()
    assert len(dated) and all(str(d)[:4] >= "2023" for d in dated)
    assert len(pd.read_csv(tmp_path / "y-edges.csv")) < everything.number_of_edges()
    assert main(["export", "-o", str(tmp_path / "x.nq"), "--from", "2023", "--store", str(location)]) == 2
    assert "whole dataset" in capsys.readouterr().err


def test_query_frame_types_columns(location: Path) -> None:
    frame = kg.query_frame(
        "SELECT ?person ?date (COUNT(?m) AS ?n) WHERE { ?m org:member ?person ; kg:attestedOn ?date } "
        "GROUP BY ?person ?date ORDER BY ?person ?date",
        store=location,
    )
    assert list(frame.columns) == ["person", "date", "n"]
    assert frame["date"].dtype.kind == "M" and frame["n"].dtype.kind == "i"
    assert iri.person("李强") in set(frame["person"])


def test_to_frame_keeps_unbound_as_missing(store: Store) -> None:
    frame = to_frame(store.query("SELECT ?p ?x WHERE { ?p a schema:Person OPTIONAL { ?p schema:nope ?x } }"))
    assert len(frame) == 4 and frame["x"].isna().all()
