"""`kg build --executor dask`: batches extracted on a Dask cluster (a LocalCluster on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.corpus import FakeExtractor, graphs, synthetic_items, write_jsonl

from kg.apps.build import build_paths
from kg.apps.parallel import DaskExecutor
from kg.cli import main
from kg.store import memory_store, open_store

pytestmark = pytest.mark.slow

distributed = pytest.importorskip(
    "distributed", reason='Dask is a dev dependency: pip install "dask[distributed]"'
)


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_port=0,
    ) as local:
        yield local


def test_dask_build_matches_in_process_build(cluster: object, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(6))
    serial, on_dask = memory_store(), memory_store()
    build_paths([corpus], serial)
    with distributed.Client(cluster) as client:
        report = build_paths(
            [corpus], on_dask, executor=DaskExecutor(client, batch_size=2, max_in_flight=2), batch_size=2
        )
    assert report.built == 6 and report.ok
    assert graphs(on_dask) == graphs(serial)


def test_dask_failures_are_isolated(cluster: object, tmp_path: Path) -> None:
    items = synthetic_items(4)
    items[1]["text"] = "这一篇会让抽取出错。"
    corpus = write_jsonl(tmp_path / "in.jsonl", items)
    store = memory_store()
    with distributed.Client(cluster) as client:
        report = build_paths(
            [corpus], store, executor=DaskExecutor(client, batch_size=3, factory=FakeExtractor)
        )
    assert report.built == 3
    assert report.failed == [(f"{corpus}:2", "ValueError: cannot parse this one")]


def test_cli_build_with_dask_scheduler(
    cluster: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(3))
    store = tmp_path / "store"
    address = cluster.scheduler_address  # type: ignore[attr-defined]
    assert (
        main(["build", str(corpus), "--store", str(store), "--executor", "dask", "--scheduler", address]) == 0
    )
    assert "3 built" in capsys.readouterr().out
    with open_store(store, create=False) as s:
        assert len(s.article_hashes()) == 3


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(1))
    code = main(
        [
            "build",
            str(corpus),
            "--store",
            str(tmp_path / "st"),
            "--executor",
            "dask",
            "--scheduler",
            f"tcp://127.0.0.1:{port}",
        ]
    )
    assert code == 2
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in capsys.readouterr().err
