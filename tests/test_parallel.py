"""Builds with extraction in worker processes: same graph as in-process, failures isolated,
duplicates built once, progress reported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers.corpus import FakeExtractor, graphs, synthetic_items, write_jsonl

from kg.apps.build import build_paths
from kg.apps.parallel import ProcessExecutor, Progress, count_inputs, extract_batch, make_executor, record_of
from kg.errors import KgError
from kg.graph import iri
from kg.graph.rdf import to_nquads
from kg.store import memory_store, open_store


def test_extract_batch_returns_nquads_or_the_reason_per_article() -> None:
    from kg.io.normalise import normalise
    from kg.records import Document

    docs = [
        Document(source="a", key="a", text="袁家军出席会议。"),
        Document(source="b", key="b", text="这篇出错。"),
    ]
    outcomes = extract_batch([normalise(d) for d in docs], 8, FakeExtractor)
    assert outcomes[1] == (None, "ValueError: cannot parse this one")
    nquads, error = outcomes[0]
    assert error is None and nquads is not None
    assert f"<{iri.person('袁家军')}>" in nquads and f"<{iri.article('a')}> ." in nquads


def test_workers_build_the_same_graph_as_one_process(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(12))
    serial, parallel = memory_store(), memory_store()
    one = build_paths([corpus], serial, extractor=FakeExtractor())
    two = build_paths(
        [corpus], parallel, executor=ProcessExecutor(2, batch_size=3, factory=FakeExtractor), batch_size=3
    )
    assert (one.built, two.built) == (12, 12)
    assert graphs(parallel) == graphs(serial)


def test_real_extractor_in_workers_matches_in_process(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(6))
    serial, parallel = memory_store(), memory_store()
    build_paths([corpus], serial)
    report = build_paths([corpus], parallel, executor=ProcessExecutor(2, batch_size=2), batch_size=2)
    assert report.built == 6 and report.ok
    expected = graphs(serial)
    assert graphs(parallel) == expected
    # the extraction really ran: each article has its PartySecretary membership
    rows = parallel.select("SELECT ?m WHERE { ?m org:role kg:PartySecretary }")
    assert len(rows) == 6


def test_worker_failures_are_isolated_and_reported(tmp_path: Path) -> None:
    items = synthetic_items(5)
    items[2]["text"] = "这一篇会让抽取出错。"
    corpus = write_jsonl(tmp_path / "in.jsonl", items)
    store = memory_store()
    report = build_paths([corpus], store, executor=ProcessExecutor(2, batch_size=2, factory=FakeExtractor))
    assert report.built == 4
    assert report.failed == [(f"{corpus}:3", "ValueError: cannot parse this one")]


def test_rebuild_skips_unchanged_and_replaces_changed(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(4))
    with open_store(tmp_path / "store") as store:
        executor = ProcessExecutor(2, batch_size=2, factory=FakeExtractor)
        build_paths([corpus], store, executor=executor)
        items = synthetic_items(4)
        items[1]["text"] = "龚正出席会议。李强出席会议。"
        write_jsonl(corpus, items)
        report = build_paths([corpus], store, executor=executor)
        assert (report.built, report.skipped) == (1, 3)
        changed = iri.article("item001")
        assert "吴政隆" not in to_nquads(store.quads(changed))


def test_duplicate_texts_are_built_once(tmp_path: Path) -> None:
    items = synthetic_items(3)
    twin = dict(items[0], id="twin")  # same text under another key
    corpus = write_jsonl(tmp_path / "in.jsonl", [*items, twin])
    store = memory_store()
    report = build_paths([corpus], store, extractor=FakeExtractor())
    assert (report.built, report.skipped, report.duplicates) == (3, 1, 1)
    assert iri.article("twin") not in store.named_graphs()
    assert "1 duplicates" in report.summary()
    # stored under another key counts too: a second file with the twin alone
    alone = write_jsonl(tmp_path / "twin.jsonl", [twin])
    again = build_paths([alone], store, extractor=FakeExtractor())
    assert (again.built, again.duplicates) == (0, 1)
    assert iri.article("twin") not in store.named_graphs()


def test_a_key_whose_text_becomes_a_duplicate_loses_its_stale_graph(tmp_path: Path) -> None:
    items = synthetic_items(2)
    corpus = write_jsonl(tmp_path / "in.jsonl", items)
    store = memory_store()
    build_paths([corpus], store, extractor=FakeExtractor())
    items[1]["text"] = items[0]["text"]
    write_jsonl(corpus, items)
    report = build_paths([corpus], store, extractor=FakeExtractor())
    assert report.duplicates == 1
    assert iri.article("item001") not in store.named_graphs()
    assert iri.article("item000") in store.named_graphs()


def test_make_executor_choices() -> None:
    assert make_executor(1) is None
    assert isinstance(make_executor(3), ProcessExecutor)
    with pytest.raises(KgError, match="--scheduler"):
        make_executor(1, "dask")
    with pytest.raises(KgError, match="only applies"):
        make_executor(2, "process", "tcp://127.0.0.1:1")


# -- progress -----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_log_lines_with_rate_eta_and_failures() -> None:
    out, clock = io.StringIO(), Clock()
    progress = Progress(total=4, stream=out, live=False, every=2, clock=clock)
    clock.now = 1.0
    progress("f.jsonl:1", "built")
    clock.now = 2.0
    progress("f.jsonl:2", "failed")
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    assert "50%" in lines[0] and "1 built" in lines[0] and "1 failed" in lines[0]
    assert "1.0 docs/s" in lines[0] and "ETA 0:02" in lines[0]


def test_progress_counts_a_bundle_as_one_input_record() -> None:
    progress = Progress(total=2, stream=io.StringIO(), live=False)
    for n in (1, 2, 3):
        progress(f"x.jsonl:7#{n}", "built")
    assert progress.records == 1 and progress.done == 3
    assert record_of("x.jsonl:7#3") == "x.jsonl:7"


def test_progress_bar_on_a_terminal_redraws_one_line() -> None:
    out, clock = io.StringIO(), Clock()
    progress = Progress(total=10, stream=out, live=True, clock=clock)
    clock.now = 1.0
    progress("a.txt", "built")
    clock.now = 2.0
    progress("b.txt", "failed")
    progress.close()
    text = out.getvalue()
    assert text.count("\n") == 1 and "\r" in text  # rich redraws the one line, close() ends it
    assert "10%" in text and "1 built, 0 unchanged, 0 failed" in text
    assert "20%" in text and "1 built, 0 unchanged, 1 failed" in text and "1.0 docs/s" in text


def test_count_inputs_counts_jsonl_lines_and_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", synthetic_items(3))
    (tmp_path / "b.txt").write_text("袁家军出席会议。", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\0")
    assert count_inputs([tmp_path]) == 4


def test_cli_build_with_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    corpus = write_jsonl(tmp_path / "in.jsonl", synthetic_items(4))
    store = str(tmp_path / "store")
    assert main(["build", str(corpus), "--store", store, "--workers", "2", "--batch-size", "2"]) == 0
    out, err = capsys.readouterr()
    assert "4 built, 0 unchanged, 0 failed" in out
    assert "docs/s" in err and "4 articles" in err
    with open_store(store, create=False) as s:
        assert len(s.article_hashes()) == 4
