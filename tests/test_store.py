"""The store (transactions, locking, queries, export) and the build orchestration on top of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from helpers.extractions import make_extraction

from kg.apps.build import build_paths
from kg.errors import QueryError, StoreError
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.records import Article, Extraction
from kg.store import Store, open_store
from kg.store.entities import ENTITIES_GRAPH, split

SAMPLE = iri.article("sample")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as s:
        yield s


def graph_size(store: Store, graph: str) -> int:
    return len(store.quads(graph))


# -- writing -----------------------------------------------------------------------


def test_replace_article_twice_leaves_one_copy(store: Store) -> None:
    quads = article_quads(make_extraction())
    store.replace_article(SAMPLE, quads)
    size = len(store)
    store.replace_article(SAMPLE, quads)
    own, shared = split(SAMPLE, quads)  # facts in the article graph, descriptions in the entities graph
    assert graph_size(store, SAMPLE) == len(own)
    assert graph_size(store, ENTITIES_GRAPH) == len(shared)
    assert len(store) == size


def test_replace_article_drops_facts_the_new_version_no_longer_has(store: Store) -> None:
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    smaller = make_extraction()
    smaller.commitments = []
    store.replace_article(SAMPLE, article_quads(smaller))
    assert store.select("SELECT ?c WHERE { ?c a kg:Commitment }") == []
    assert store.select("SELECT ?d WHERE { ?d a kg:Directive }") != []


def test_replace_article_touches_no_other_graph(store: Store) -> None:
    store.replace_article(iri.article("other"), article_quads(make_extraction("other")))
    before = graph_size(store, iri.article("other"))
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    store.replace_article(SAMPLE, [])
    assert graph_size(store, iri.article("other")) == before
    assert graph_size(store, SAMPLE) == 0


class SpyDb:
    """Records which write methods of the Oxigraph store are used."""

    def __init__(self, db: ox.Store) -> None:
        self.db = db
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> object:
        if name in (
            "add",
            "extend",
            "bulk_extend",
            "remove",
            "remove_graph",
            "clear_graph",
            "update",
            "load",
        ):
            self.calls.append(name)
        return getattr(self.db, name)


def test_replace_article_is_a_single_update(store: Store) -> None:
    """Drop and refill happen in one SPARQL update, which Oxigraph applies as one transaction."""
    store.ensure_reference()
    spy = SpyDb(store.db)
    store._db = spy  # type: ignore[assignment]
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    assert spy.calls == ["update", "update"]


def test_rejected_update_leaves_the_old_graph(store: Store) -> None:
    quads = article_quads(make_extraction())
    store.replace_article(SAMPLE, quads)
    before = graph_size(store, SAMPLE)
    with pytest.raises(SyntaxError):
        store.db.update(
            f"DROP SILENT GRAPH <{SAMPLE}> ; INSERT DATA {{ GRAPH <{SAMPLE}> {{ <http://x/s> _:p 1 }} }}"
        )
    assert graph_size(store, SAMPLE) == before > 0


def test_article_hash(store: Store) -> None:
    assert store.article_hash(SAMPLE) is None
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    assert store.article_hash(SAMPLE) == "h-sample"


def test_ensure_reference_writes_once(store: Store) -> None:
    assert store.ensure_reference() is True
    assert store.ensure_reference() is False
    graphs = store.named_graphs()
    assert iri.REFERENCE_GRAPH in graphs and iri.ONTOLOGY_GRAPH in graphs
    assert store.select("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Province }") == [{"n": "34"}]


# -- opening ------------------------------------------------------------------------


def test_store_locked_in_this_process(tmp_path: Path) -> None:
    with open_store(tmp_path / "s"):
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(tmp_path / "s")
    # closing releases the lock
    with open_store(tmp_path / "s") as again:
        assert len(again) == 0


def test_store_locked_by_another_process(tmp_path: Path) -> None:
    with open_store(tmp_path / "s"):
        code = (
            "import sys\nfrom kg.store import open_store\nfrom kg.errors import StoreError\n"
            f"try:\n    open_store({str(tmp_path / 's')!r})\nexcept StoreError as e:\n    print(e); sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "in use by another process" in proc.stdout


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "store"
    path.write_text("not a store")
    with pytest.raises(StoreError, match="is a file"):
        open_store(path)


def test_missing_store_is_not_created_for_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nope", create=False)
    assert not (tmp_path / "nope").exists()


def test_closed_store_refuses_use(tmp_path: Path) -> None:
    s = open_store(tmp_path / "s")
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.select("SELECT * WHERE { ?s ?p ?o }")


# -- reading ------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    store.replace_article(SAMPLE, article_quads(make_extraction()))
    return store


def test_select_union_graph_plain_values_and_unbound(filled: Store) -> None:
    rows = filled.select(
        'SELECT ?p ?missing WHERE { ?p a schema:Person ; rdfs:label "李强"@zh OPTIONAL { ?p schema:nope ?missing } }'
    )
    assert rows == [{"p": iri.person("李强")}]


def test_select_respects_user_prefixes(filled: Store) -> None:
    rows = filled.select(
        "PREFIX s: <https://schema.org/> SELECT ?n WHERE { ?p a s:Person ; rdfs:label ?n FILTER(LANG(?n) = 'zh') } ORDER BY ?n"
    )
    assert [r["n"] for r in rows] == sorted(["李强", "龚正", "吴政隆", "习近平"])


def test_query_ask_and_construct(filled: Store) -> None:
    assert bool(filled.query("ASK { ?e a kg:Forum }")) is True
    triples = list(filled.query("CONSTRUCT WHERE { ?m org:member ?p }"))
    assert len(triples) == 5


def test_syntax_error_names_the_position(filled: Store) -> None:
    with pytest.raises(QueryError, match=r"syntax error at line 1, column \d+"):
        filled.select("SELECT ?x WHERE { ?x ?y }")


def test_select_refuses_ask(filled: Store) -> None:
    with pytest.raises(QueryError, match="SELECT"):
        filled.select("ASK { ?s ?p ?o }")


def test_stats(filled: Store) -> None:
    filled.ensure_reference()
    stats = filled.stats()
    assert stats["articles"] == 1
    assert stats["named_graphs"] == 4  # the article, entities, reference and ontology graphs
    assert stats["classes"]["schema:Person"] == 4
    assert stats["classes"]["kg:Province"] == 34
    assert stats["reference_loaded"] is True


# -- export and determinism -------------------------------------------------------------


def build_twice_exports(tmp_path: Path, name: str) -> str:
    with open_store(tmp_path / name) as s:
        s.ensure_reference()
        for key in ("b", "a"):
            s.replace_article(iri.article(key), article_quads(make_extraction(key)))
        s.export(tmp_path / f"{name}.nq")
    return (tmp_path / f"{name}.nq").read_text(encoding="utf-8")


def test_two_builds_export_byte_identical_nquads(tmp_path: Path) -> None:
    first = build_twice_exports(tmp_path, "one")
    second = build_twice_exports(tmp_path, "two")
    assert first == second
    assert first.splitlines() == sorted(first.splitlines())


@pytest.mark.parametrize(
    ("suffix", "rdflib_format", "named_graphs"),
    [(".trig", "trig", True), (".ttl", "turtle", False), (".jsonld", "json-ld", False)],
)
def test_export_formats_parse_back(
    filled: Store, tmp_path: Path, suffix: str, rdflib_format: str, named_graphs: bool
) -> None:
    out = tmp_path / f"graph{suffix}"
    n = filled.export(out)
    expected = (
        len(filled) if named_graphs else len({(q.subject, q.predicate, q.object) for q in filled.quads()})
    )
    assert n == expected
    parsed = rdflib.Dataset() if named_graphs else rdflib.Graph()
    parsed.parse(out, format=rdflib_format)
    assert len(parsed) == expected
    if suffix == ".jsonld":  # pyoxigraph's expanded JSON-LD: full IRIs, Chinese text as written
        nodes = json.loads(out.read_text(encoding="utf-8"))
        assert isinstance(nodes, list) and all("@id" in n for n in nodes)
        assert "李强" in out.read_text(encoding="utf-8")


def test_exports_are_identical_across_processes(tmp_path: Path) -> None:
    """A different hash seed must not change the JSON-LD or Turtle file."""
    with open_store(tmp_path / "s") as s:
        s.replace_article(SAMPLE, article_quads(make_extraction()))
    outputs = []
    for seed in ("1", "2"):
        code = (
            "import sys\nfrom kg.store import open_store\n"
            f"with open_store({str(tmp_path / 's')!r}) as s:\n"
            f"    s.export({str(tmp_path / ('g' + seed + '.jsonld'))!r}); s.export({str(tmp_path / ('g' + seed + '.ttl'))!r})\n"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
        outputs.append([(tmp_path / f"g{seed}{ext}").read_bytes() for ext in (".jsonld", ".ttl")])
    assert outputs[0] == outputs[1]


def test_export_unknown_format(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        filled.export(tmp_path / "graph.xml")


# -- build orchestration ------------------------------------------------------------------


class FakeExtractor:
    """Stands in for kg.nlp: finds the listed names in the text, fails on demand.

    The build is tested, not the extraction, so the double only has to turn an
    Article into a consistent Extraction.
    """

    NAMES = ("李强", "龚正")

    def __init__(self, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.seen: list[str] = []

    def extract(self, article: Article) -> Extraction:
        self.seen.append(article.key)
        if self.fail_on and self.fail_on in article.text:
            raise ValueError("cannot parse this one")
        return Extraction(article=article, persons=[n for n in self.NAMES if n in article.text])

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "one.txt").write_text("李强出席会议。\n\n会议在上海举行。", encoding="utf-8")
    (folder / "two.txt").write_text("龚正主持会议。\n\n会议在上海举行。", encoding="utf-8")
    (folder / "bad.txt").write_text("这一篇会让抽取出错。", encoding="utf-8")


def test_build_paths_isolates_failures_and_skips_unchanged(tmp_path: Path, store: Store) -> None:
    write_corpus(tmp_path / "in")
    progress: list[tuple[str, str]] = []
    report = build_paths(
        [tmp_path / "in", tmp_path / "missing.txt"],
        store,
        extractor=FakeExtractor(fail_on="出错"),
        on_progress=lambda s, st: progress.append((s, st)),
    )
    assert report.built == 2 and report.skipped == 0
    failures = dict(report.failed)
    assert failures[str(tmp_path / "in" / "bad.txt")] == "ValueError: cannot parse this one"
    assert "no such file" in failures[str(tmp_path / "missing.txt")]
    assert sorted(progress) == sorted(
        [
            (str(tmp_path / "missing.txt"), "failed"),
            (str(tmp_path / "in" / "bad.txt"), "failed"),
            (str(tmp_path / "in" / "one.txt"), "built"),
            (str(tmp_path / "in" / "two.txt"), "built"),
        ]
    )
    assert sorted(r["n"] for r in store.select("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n FILTER(LANG(?n) = 'zh') }")) == [
        "李强",
        "龚正",
    ]

    again = FakeExtractor(fail_on="出错")
    second = build_paths([tmp_path / "in"], store, extractor=again)
    assert (second.built, second.skipped) == (0, 2)
    assert set(again.seen) == {"bad"}  # only the article that never made it into the store is retried


def test_build_reextracts_a_changed_article(tmp_path: Path, store: Store) -> None:
    write_corpus(tmp_path / "in")
    build_paths([tmp_path / "in"], store, extractor=FakeExtractor())
    (tmp_path / "in" / "one.txt").write_text("龚正出席会议。", encoding="utf-8")
    report = build_paths([tmp_path / "in"], store, extractor=FakeExtractor())
    assert (report.built, report.skipped) == (1, 2)
    rows = store.select(
        f"SELECT ?n WHERE {{ <{iri.article('one')}> schema:mentions ?p . ?p a schema:Person ; rdfs:label ?n "
        "FILTER(LANG(?n) = 'zh') }"
    )
    assert rows == [{"n": "龚正"}]


def test_build_force_rebuilds_everything(tmp_path: Path, store: Store) -> None:
    write_corpus(tmp_path / "in")
    build_paths([tmp_path / "in"], store, extractor=FakeExtractor())
    report = build_paths([tmp_path / "in"], store, extractor=FakeExtractor(), force=True)
    assert (report.built, report.skipped) == (3, 0)


def test_batch_failure_is_retried_article_by_article(tmp_path: Path, store: Store) -> None:
    class BatchBreaks(FakeExtractor):
        def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
            raise RuntimeError("batch died")

    write_corpus(tmp_path / "in")
    report = build_paths([tmp_path / "in"], store, extractor=BatchBreaks(fail_on="出错"))
    assert report.built == 2 and [s for s, _ in report.failed] == [str(tmp_path / "in" / "bad.txt")]
