"""Robustness, issue 13: nothing lost silently, nothing leaked, no article that stalls a build.

Each test here failed before its fix (see docs/robustness.md, "Issue 13").  Texts are
invented sentences of the corpus's shape, never corpus text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT

from kg.apps.build import build_paths
from kg.io.read import iter_documents
from kg.nlp import Extractor
from kg.records import Article, Document, Extraction
from kg.store import Store, open_store

TEXT_A = "2022年8月16日，上海市委书记李强在上海主持召开会议。"
TEXT_B = "2022年8月17日，江苏省委书记吴政隆在南京出席座谈会。"
TEXT_C = "2022年8月18日，浙江省委书记袁家军在杭州调研。"


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "store")
    try:
        yield s
    finally:
        s.close()


def _texts(store: Store) -> dict[str, str]:
    """Article key → its stored text hash, and the hashes' count, read back from the store."""
    rows = store.select(
        "SELECT ?k ?h WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:identifier ?k ; kg:contentHash ?h } }"
    )
    return {r["k"]: r["h"] for r in rows}


def _hash(text: str) -> str:
    from kg.io.normalise import content_hash, normalise_text

    return content_hash(normalise_text(text))


def run_kg(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=full_env
    )


# -- 1. keys unique per source --------------------------------------------------------------


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path: Path, store: Store, extractor: Extractor) -> None:
    coll = tmp_path / "coll"
    for rel, text in (("2022/report.txt", TEXT_A), ("2023/report.txt", TEXT_B), ("report.md", TEXT_C)):
        (coll / rel).parent.mkdir(parents=True, exist_ok=True)
        (coll / rel).write_text(text, encoding="utf-8")
    first = build_paths([coll], store, extractor=extractor)
    assert (first.built, first.failed) == (3, [])
    assert set(_texts(store)) == {"2022/report", "2023/report", "report"}
    again = build_paths([coll], store, extractor=extractor)
    assert (again.built, again.skipped) == (0, 3), "a rebuild finds every article unchanged"


def test_jsonl_items_keep_their_id_and_lines_without_one_get_their_line(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "feed.jsonl"
    path.parent.mkdir()
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in ({"id": "V1", "text": TEXT_A}, {"text": TEXT_B}))
        + "\n",
        encoding="utf-8",
    )
    docs = [d for d in iter_documents([tmp_path]) if isinstance(d, Document)]
    assert [d.key for d in docs] == ["V1", "sub/feed-2"]
    assert [d.source_path for d in docs] == ["sub/feed.jsonl:1", "sub/feed.jsonl:2"]


def test_same_id_with_another_text_is_reported_not_merged(tmp_path: Path, store: Store, extractor: Extractor) -> None:
    path = tmp_path / "c.jsonl"
    records = [{"id": "X1", "text": TEXT_A}, {"id": "X1", "text": TEXT_B}, {"id": "X2", "text": TEXT_C}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    report = build_paths([path], store, extractor=extractor)
    assert report.built == 2
    assert len(report.failed) == 1
    source, reason = report.failed[0]
    assert source.endswith("c.jsonl:2") and "'X1'" in reason and "c.jsonl:1" in reason
    assert _texts(store)["X1"] == _hash(TEXT_A), "the first item keeps the key"


def test_same_id_with_the_same_text_is_one_article(tmp_path: Path, store: Store, extractor: Extractor) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": "X1", "text": TEXT_A}, ensure_ascii=False) for _ in range(2)) + "\n")
    report = build_paths([path], store, extractor=extractor)
    assert (report.built, report.duplicates, report.failed) == (1, 1, [])


# -- 2. a shared text moved away --------------------------------------------------------------


@pytest.mark.parametrize("order", ["changed-first", "duplicate-first"])
def test_moving_a_shared_text_keeps_it(tmp_path: Path, store: Store, extractor: Extractor, order: str) -> None:
    path = tmp_path / "c.jsonl"

    def write(a: str, b: str) -> None:
        rows = [{"id": "A", "text": a}, {"id": "B", "text": b}]
        if order == "duplicate-first":
            rows.reverse()
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")

    write(TEXT_A, TEXT_A)
    first = build_paths([path], store, extractor=extractor)
    assert sorted(_texts(store).values()) == [_hash(TEXT_A)]
    assert first.duplicates == 1
    write(TEXT_B, TEXT_A)  # A changes its text; B still says the text A shared with it
    second = build_paths([path], store, extractor=extractor)
    assert second.failed == []
    held = _texts(store)
    assert sorted(held.values()) == sorted([_hash(TEXT_A), _hash(TEXT_B)]), "every input's text is present once"
    assert held["A"] == _hash(TEXT_B) and held["B"] == _hash(TEXT_A)
    third = build_paths([path], store, extractor=extractor)
    assert (third.built, third.failed) == (0, [])


# -- 5. unreadable subfolder; 9. symlinks, sourcePath -------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_subfolder_is_a_failure_when_permissions_apply(tmp_path: Path) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    (locked / "a.txt").write_text(TEXT_A, encoding="utf-8")
    locked.chmod(0)
    try:
        errors = [i for i in iter_documents([tmp_path / "in"]) if not isinstance(i, Document)]
    finally:
        locked.chmod(0o755)
    assert errors and "cannot be read" in errors[0].reason


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk's listing error reaches the caller (simulated: tests run as root)."""
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "ok.txt").write_text(TEXT_A, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([tmp_path / "in"]))
    errors = [i for i in items if not isinstance(i, Document)]
    assert [e.source for e in errors] == [str(tmp_path / "in" / "locked")]
    assert "Permission denied" in errors[0].reason
    assert [i.key for i in items if isinstance(i, Document)] == ["ok"]


def test_symlinks_inside_a_tree_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT_A, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "own.txt").write_text(TEXT_B, encoding="utf-8")
    (tree / "link.txt").symlink_to(outside / "secret.txt")
    (tree / "dirlink").symlink_to(outside)
    items = list(iter_documents([tree]))
    assert [i.key for i in items if isinstance(i, Document)] == ["own"]
    errors = sorted(i.source for i in items if not isinstance(i, Document))
    assert errors == [str(tree / "dirlink"), str(tree / "link.txt")]
    assert all("symbolic link" in i.reason for i in items if not isinstance(i, Document))
    # a link named on the command line is what the user asked for: followed
    assert [d.key for d in iter_documents([tree / "link.txt"]) if isinstance(d, Document)] == ["link"]


def test_source_path_is_relative_to_the_input_root(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "Q1", "text": TEXT_A}, ensure_ascii=False) + "\n")
    paths = []
    for n, given in enumerate(("c.jsonl", str(tmp_path / "c.jsonl"))):
        store = open_store(tmp_path / f"s{n}")
        try:
            cwd = Path.cwd()
            os.chdir(tmp_path)
            try:
                build_paths([given], store, extractor=extractor)
            finally:
                os.chdir(cwd)
            paths.append(store.select("SELECT ?p WHERE { ?a kg:sourcePath ?p }"))
        finally:
            store.close()
    assert paths[0] == paths[1] == [{"p": "c.jsonl:1"}]


# -- 3. no article stalls a build --------------------------------------------------------------

HOSTILE = {  # issue 13's inputs, scaled down: (repeated unit, repetitions for the small size)
    "titles": ("上海市委书记李强", 100),
    "one character": ("长", 2000),
    "cues": ("在上海举办主持召开", 200),
}


def _work(text: str) -> int:
    """Python and C calls the whole pipeline makes on ``text``: a count, not a time, so the
    test is as fast and as stable on a loaded machine as on an idle one."""
    from kg.io.normalise import content_hash
    from kg.records import Article

    extractor = Extractor()  # fresh memos: one text's parses must not pay for the other's
    article = Article(key="h", source="h", text=text, title="", date=None, content_hash=content_hash(text))
    calls = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        extractor.extract(article)
    finally:
        sys.setprofile(None)
    return calls


@pytest.mark.parametrize("name", list(HOSTILE))
def test_extraction_work_is_linear_in_a_run_without_punctuation(name: str) -> None:
    unit, n = HOSTILE[name]
    small, double = _work(unit * n), _work(unit * 2 * n)
    assert double / small < 2.6, f"doubling the text multiplied the work by {double / small:.1f}"


def test_over_long_sentences_are_cut_and_ordinary_ones_are_not() -> None:
    from kg.nlp.segment import MAX_SENTENCE, split_paragraphs, split_sentences

    ordinary = "会议指出，要加快建设长三角生态绿色一体化发展示范区；" * 20 + "推进重点工作。另一句话。"
    assert [ordinary[s:e] for s, e in split_sentences(ordinary, split_paragraphs(ordinary))] == [
        ordinary[: ordinary.index("。") + 1],
        "另一句话。",
    ]
    hostile = "上海市委书记李强" * 487 + "，" + "长" * 3000  # the comma at 3,896, in the 4th piece
    pieces = split_sentences(hostile, split_paragraphs(hostile))
    assert all(0 < e - s <= MAX_SENTENCE for s, e in pieces)
    assert "".join(hostile[s:e] for s, e in pieces) == hostile, "nothing dropped"
    assert hostile[pieces[3][1] - 1] == "，", "cut at a clause break when there is one"


class StallingExtractor:
    """Loops (in Python, as a runaway rule would) on any article that mentions 卡住."""

    def extract(self, article: Article) -> Extraction:
        while "卡住" in article.text:
            pass
        return Extraction(article=article)

    def extract_many(self, articles: list[Article], batch_size: int = 32) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


def _stall_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    rows = [{"id": "ok1", "text": TEXT_A}, {"id": "stuck", "text": "会议卡住了。"}, {"id": "ok2", "text": TEXT_B}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_an_article_over_its_time_budget_fails_alone(tmp_path: Path, store: Store) -> None:
    report = build_paths([_stall_corpus(tmp_path)], store, extractor=StallingExtractor(), time_budget=0.5)
    assert report.built == 2
    [(source, reason)] = report.failed
    assert source.endswith("c.jsonl:2") and "budget" in reason
    assert set(_texts(store)) == {"ok1", "ok2"}


def test_worker_processes_apply_the_time_budget(tmp_path: Path, store: Store) -> None:
    from kg.apps.parallel import ProcessExecutor

    executor = ProcessExecutor(2, batch_size=2, factory=StallingExtractor, budget=0.5)
    report = build_paths([_stall_corpus(tmp_path)], store, executor=executor, batch_size=2)
    assert report.built == 2
    [(source, reason)] = report.failed
    assert source.endswith("c.jsonl:2") and "budget" in reason


def test_time_budget_interrupt_never_fires_after_its_block() -> None:
    import time

    from kg.apps.budget import time_budget

    with time_budget(0.05):
        pass
    time.sleep(0.2)  # a withdrawn or cancelled interrupt would surface here
