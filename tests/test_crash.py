"""A build killed with SIGKILL and run again ends with every article present exactly once.

Each article is one SPARQL update (one transaction), so a kill at any point
leaves every article either whole or absent; the rebuild skips the whole ones
(same content hash) and builds the rest.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.corpus import synthetic_items, write_jsonl

from kg.apps.build import build_paths
from kg.graph.rdf import to_nquads
from kg.store import Store, open_store

pytestmark = pytest.mark.slow

N = 60


def article_graphs(store: Store) -> dict[str, str]:
    return {g: to_nquads(store.quads(g)) for g in store.named_graphs() if "/article/" in g}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("crash")
    corpus = write_jsonl(folder / "in.jsonl", synthetic_items(N))
    with open_store(folder / "clean") as store:
        report = build_paths([corpus], store)
        assert report.built == N
        return corpus, article_graphs(store)


def kg_build(corpus: Path, store: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "-v", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("written", "workers"),
    [(0, "1"), (1, "1"), (33, "1"), (17, "2")],
    ids=["before-any-write", "after-first", "midway", "midway-2-workers"],
)
def test_sigkill_then_rebuild_gives_each_article_once(
    clean: tuple[Path, dict[str, str]], tmp_path: Path, written: int, workers: str
) -> None:
    corpus, expected = clean
    store_dir = tmp_path / "store"
    build = kg_build(corpus, store_dir, "--workers", workers)
    assert build.stderr is not None
    if written == 0:
        time.sleep(0.5)  # still starting up: imports, reference data
    else:
        seen = 0
        for line in build.stderr:
            seen += line.startswith("built")
            if seen >= written:
                break
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    assert build.returncode == -signal.SIGKILL

    rebuild = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store_dir), "--workers", workers],
        capture_output=True,
        text=True,
    )
    assert rebuild.returncode == 0, rebuild.stderr
    with open_store(store_dir, create=False) as store:
        rows = store.select(
            "SELECT ?a (COUNT(?h) AS ?n) WHERE { GRAPH ?a { ?a kg:contentHash ?h } } GROUP BY ?a"
        )
        hashes = {r["a"]: int(r["n"]) for r in rows if "/article/" in r["a"]}
        assert sorted(hashes) == sorted(expected), "every article present"
        assert set(hashes.values()) == {1}, "exactly one content hash per article"
        assert article_graphs(store) == expected, "each graph equals a clean build's"
        unchanged = rebuild.stdout.split(" built, ")[1].split(" unchanged")[0]
        assert int(unchanged) >= written  # what survived the kill was not rebuilt
