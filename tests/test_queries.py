"""Every file under queries/ on the sample and, when ../shared is there, on a 500-item corpus slice:
it parses, runs, and returns no row twice.  Timings go to the benchmark
(``python benchmarks/run.py --only query-files``), never into an assertion here.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.apps.build import build_paths
from kg.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
QUERIES = sorted((REPO / "queries").rglob("*.rq"))
QUERY_IDS = [str(p.relative_to(REPO / "queries")) for p in QUERIES]
SAMPLE = REPO / "examples" / "000_aed75dd07c0e9222.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "xwlb.jsonl"
SLICE = 500
PERSONS = "SELECT ?p ?l WHERE { ?p a schema:Person ; rdfs:label ?l }"


def rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    """Each solution as a tuple of full terms (language tags and datatypes included)."""
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in result]


def repeated(answer: list[tuple[str, ...]]) -> list[tuple[tuple[str, ...], int]]:
    return [(row, n) for row, n in Counter(answer).items() if n > 1][:5]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("queries") / "store") as store:
        report = build_paths([SAMPLE], store, extractor=extractor)
        assert report.built == 1
        yield store


@pytest.fixture(scope="module")
def slice_store(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Iterator[Store]:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus/xwlb.jsonl is not present")
    folder = tmp_path_factory.mktemp("slice")
    part = folder / "slice.jsonl"
    with CORPUS.open(encoding="utf-8") as src:
        part.write_text("".join(itertools.islice(src, SLICE)), encoding="utf-8")
    with open_store(folder / "store") as store:
        report = build_paths([part], store, extractor=extractor)
        assert report.built > SLICE * 0.9
        yield store


@pytest.mark.parametrize("path", QUERIES, ids=QUERY_IDS)
def test_query_file_on_the_sample(sample_store: Store, path: Path) -> None:
    answer = rows(sample_store, path.read_text(encoding="utf-8"))
    assert not repeated(answer), f"{path.name} repeats rows: {repeated(answer)}"
    if path.parent.name == "demo":
        assert answer, f"{path.name} has no answer on the sample"


def test_demo_queries_answer_what_the_sample_says(sample_store: Store) -> None:
    posts = rows(sample_store, (REPO / "queries" / "demo" / "01-posts.rq").read_text(encoding="utf-8"))
    assert any("李强" in r[0] and r[1].startswith('"Li Qiang"@') for r in posts)
    meetings = rows(sample_store, (REPO / "queries" / "demo" / "02-meetings-and-speakers.rq").read_text(encoding="utf-8"))
    # one row per event: an event is never paired with a place it was not held at
    assert len(meetings) == len({r[:3] for r in meetings}) == 4


def test_plain_person_query_on_the_sample(sample_store: Store) -> None:
    answer = rows(sample_store, PERSONS)
    assert answer and not repeated(answer)


@pytest.mark.parametrize("path", QUERIES, ids=QUERY_IDS)
def test_query_file_on_a_corpus_slice(slice_store: Store, path: Path) -> None:
    answer = rows(slice_store, path.read_text(encoding="utf-8"))
    assert not repeated(answer), f"{path.name} repeats rows: {repeated(answer)}"


def test_plain_person_query_on_a_corpus_slice(slice_store: Store) -> None:
    answer = rows(slice_store, PERSONS)
    assert len(answer) > 100 and not repeated(answer)
