"""The ``kg`` command line: help, output formats, exit codes and error paths (never a traceback)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SAMPLE
from helpers.extractions import make_extraction

import kg.cli.commands as cli
from kg.apps.tables import display_width, format_table
from kg.cli import main
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.records import Article, Extraction
from kg.store import open_store

PERSONS = "SELECT ?p ?name WHERE { ?p a schema:Person ; rdfs:label ?name FILTER(LANG(?name) = 'zh') } ORDER BY ?name"


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    location = tmp_path / "store"
    with open_store(location) as s:
        s.replace_article(iri.article("sample"), article_quads(make_extraction()))
    return str(location)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- help ---------------------------------------------------------------------------------


def test_main_help_lists_commands_and_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("build", "query", "export", "eval", "stats", "viz"):
        assert command in out
    assert "typical session:" in out


@pytest.mark.parametrize("command", ["build", "query", "export", "eval", "stats", "viz"])
def test_every_command_help_has_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and f"kg {command}" in out and "--store" in out


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2 and "usage: kg" in out


# -- query output ------------------------------------------------------------------------------


def test_display_width_counts_cjk_double() -> None:
    assert display_width("李强") == 4
    assert display_width("G60科创走廊") == 3 + 8
    assert display_width("ＡＢ") == 4


def test_table_columns_line_up_with_chinese_text() -> None:
    table = format_table(["name", "n"], [["李强", "1"], ["G60科创走廊", "22"], ["x", "333"]])
    lines = table.splitlines()
    starts = {display_width(line[: line.rindex(" ") + 1]) for line in lines if not line.startswith("-")}
    assert starts == {display_width("G60科创走廊") + 2}


def test_query_table_prints_iris_that_paste_back(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, out, _ = run(capsys, "query", PERSONS, "--store", store_dir)
    assert code == 0
    assert f"<{iri.person('李强')}>" in out and "(4 rows)" in out
    assert "kgr:person/" not in out  # not a valid prefixed name: '/' must not appear unescaped
    # what the table shows is valid SPARQL: pasted into the next query it finds the same node
    pasted = next(line.split()[0] for line in out.splitlines() if "李强" in line)
    code, out, _ = run(capsys, "query", f"SELECT ?r WHERE {{ ?m org:member {pasted} ; org:role ?r }}", "--store", store_dir)
    assert code == 0 and "kg:PartySecretary" in out


def test_query_csv_tsv_json_are_w3c_results(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    _, out, _ = run(capsys, "query", PERSONS, "--store", store_dir, "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["p", "name"] and [iri.person("习近平"), "习近平"] in rows
    _, out, _ = run(capsys, "query", PERSONS, "--store", store_dir, "--format", "tsv")
    assert out.splitlines()[0] == "?p\t?name"
    assert f'<{iri.person("李强")}>\t"李强"@zh' in out.splitlines()
    _, out, _ = run(capsys, "query", PERSONS, "--store", store_dir, "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"] == ["p", "name"]
    assert {"type": "literal", "value": "李强", "xml:lang": "zh"} in [
        b["name"] for b in data["results"]["bindings"]
    ]


def test_ask_prints_yes_or_no(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    assert run(capsys, "query", "ASK { ?e a kg:Forum }", "--store", store_dir)[1] == "yes\n"
    assert run(capsys, "query", "ASK { ?e a kg:Nothing }", "--store", store_dir)[1] == "no\n"
    out = run(capsys, "query", "ASK { ?e a kg:Forum }", "--store", store_dir, "--format", "json")[1]
    assert json.loads(out) == {"head": {}, "boolean": True}


def test_construct_prints_sorted_ntriples(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, out, _ = run(capsys, "query", "CONSTRUCT WHERE { ?m org:member ?p }", "--store", store_dir)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 5 and lines == sorted(lines)
    assert all(line.endswith(" .") and line.startswith("<") for line in lines)


def test_query_from_file_and_stdin(
    capsys: pytest.CaptureFixture[str], store_dir: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "q.rq"
    path.write_text('ASK { ?p rdfs:label "李强"@zh }', encoding="utf-8")
    assert run(capsys, "query", "-f", str(path), "--store", store_dir)[1] == "yes\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO('ASK { ?p rdfs:label "王浩"@zh }'))
    assert run(capsys, "query", "-f", "-", "--store", store_dir)[1] == "no\n"


# -- error paths ---------------------------------------------------------------------------------


def test_bad_sparql_exits_2_with_position_and_no_traceback(
    capsys: pytest.CaptureFixture[str], store_dir: str
) -> None:
    code, out, err = run(capsys, "query", "SELECT ?p WHERE { ?p a schema:Person", "--store", store_dir)
    assert code == 2 and out == ""
    assert err.startswith("kg: error: SPARQL query syntax error at line 1, column 37")
    assert "Traceback" not in err


def test_unknown_prefix_is_named(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, _, err = run(capsys, "query", "SELECT * WHERE { ?p nope:x ?y }", "--store", store_dir)
    assert code == 2 and "unknown prefix" in err


def test_missing_store_is_a_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "query", "ASK {}", "--store", str(tmp_path / "none"))
    assert code == 2 and "there is no store at" in err and "kg build" in err
    assert not (tmp_path / "none").exists()


def test_store_in_use_is_a_clear_error(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    with open_store(store_dir):
        code, _, err = run(capsys, "build", str(SAMPLE), "--store", store_dir)
        assert code == 2 and "in use by another process" in err
        code, out, _ = run(capsys, "stats", "--store", store_dir)
        assert code == 0 and "articles" in out, "a reader opens the store read-only, even during a build"


def test_no_query_given(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, _, err = run(capsys, "query", "--store", store_dir)
    assert code == 2 and "no query given" in err


def test_unexpected_error_is_one_line_with_debug_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store_dir: str
) -> None:
    def boom(args: Any) -> int:
        raise RuntimeError("something broke\nsecond line")

    monkeypatch.setitem(cli.COMMANDS, "stats", boom)
    code, _, err = run(capsys, "stats", "--store", store_dir)
    assert code == 2
    assert err.splitlines() == [
        "kg: internal error: RuntimeError: something broke",
        "kg: rerun with --debug to see the traceback, and please report it",
    ]
    code, _, err = run(capsys, "--debug", "stats", "--store", store_dir)
    assert code == 2 and "Traceback" in err and "RuntimeError: something broke" in err
    code, _, err = run(capsys, "stats", "--debug", "--store", store_dir)
    assert "Traceback" in err


def test_bad_date_is_an_argparse_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["build", str(tmp_path), "--date", "16/08/2022"])
    assert exit_.value.code == 2
    assert "not a date in the form YYYY-MM-DD" in capsys.readouterr().err


def test_console_entry_point_runs_without_traceback(store_dir: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "query", "SELEC", "--store", store_dir],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "syntax error" in proc.stderr


# -- export, stats ------------------------------------------------------------------------------------


def test_export_format_from_suffix(
    capsys: pytest.CaptureFixture[str], store_dir: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "export", "--store", store_dir, "-o", str(tmp_path / "g.nq"))
    assert code == 0 and "(nquads)" in out
    lines = (tmp_path / "g.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    code, out, _ = run(capsys, "export", "--store", store_dir, "-o", str(tmp_path / "g.ttl"))
    assert (
        code == 0 and "(turtle)" in out and "@prefix kg:" in (tmp_path / "g.ttl").read_text(encoding="utf-8")
    )


def test_export_unknown_suffix(capsys: pytest.CaptureFixture[str], store_dir: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", "--store", store_dir, "-o", str(tmp_path / "g.rdf"))
    assert code == 2 and "cannot tell the format" in err


def test_stats(capsys: pytest.CaptureFixture[str], store_dir: str) -> None:
    code, out, _ = run(capsys, "stats", "--store", store_dir, "--json")
    data = json.loads(out)
    assert code == 0 and data["articles"] == 1 and data["classes"]["org:Membership"] == 5
    code, out, _ = run(capsys, "stats", "--store", store_dir)
    assert "schema:Person" in out and "articles      1" in out


# -- build (with a stand-in extractor) --------------------------------------------------------------


class FakeExtractor:
    def __init__(self, config: dict[str, Any] | None = None) -> None:
        pass

    def extract(self, article: Article) -> Extraction:
        if "出错" in article.text:
            raise ValueError("cannot parse this one")
        return Extraction(article=article, persons=[n for n in ("李强", "龚正") if n in article.text])

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Extraction]:
        for article in articles:
            yield self.extract(article)


@pytest.fixture
def fake_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kg build` with a stand-in for kg.nlp: the CLI's reporting is under test, not the extraction."""
    module = types.ModuleType("kg.nlp")
    module.Extractor = FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.nlp", module)


def test_build_reports_failures_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_nlp: None
) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("李强出席会议。", encoding="utf-8")
    (corpus / "bad.txt").write_text("这一篇会出错。", encoding="utf-8")
    store = str(tmp_path / "store")
    code, out, _ = run(capsys, "build", str(corpus), "--store", store, "--date", "2022-08-16")
    assert code == 1
    assert f"{corpus / 'bad.txt'}: ValueError: cannot parse this one" in out.splitlines()
    assert "1 built, 0 unchanged, 1 failed" in out
    (corpus / "bad.txt").unlink()
    code, out, _ = run(capsys, "build", str(corpus), "--store", store)
    assert code == 0 and "0 built, 1 unchanged, 0 failed" in out
    _, out, _ = run(
        capsys, "query", "SELECT ?d WHERE { ?a schema:datePublished ?d }", "--store", store, "--format", "csv"
    )
    assert out.splitlines()[1] == "2022-08-16"


def test_build_missing_path_fails_before_touching_the_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fake_nlp: None
) -> None:
    code, _, err = run(capsys, "build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store"))
    assert code == 2 and "no such file or directory" in err
    assert not (tmp_path / "store").exists()


# -- viz plumbing ----------------------------------------------------------------------------------


def test_viz_passes_options_to_the_viewer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store_dir: str, tmp_path: Path
) -> None:
    calls: list[dict[str, Any]] = []

    def write_view(store: Any, output: Path, **options: Any) -> dict[str, int]:
        calls.append({"output": output, "articles": store.stats()["articles"], **options})
        return {"nodes": 3, "edges": 2}

    module = types.ModuleType("kg.apps.viz")
    module.write_view = write_view  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.apps.viz", module)
    out_file = tmp_path / "g.html"
    code, out, _ = run(
        capsys,
        "viz",
        "--store",
        store_dir,
        "-o",
        str(out_file),
        "--focus",
        "李强",
        "--depth",
        "1",
        "--types",
        "person, province",
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
        "--view",
        "posts",
    )
    assert code == 0 and "(3 nodes, 2 edges)" in out
    from datetime import date

    assert calls == [
        {
            "output": out_file,
            "articles": 1,
            "focus": "李强",
            "depth": 1,
            "types": ["person", "province"],
            "date_from": date(2022, 1, 1),
            "date_to": date(2022, 12, 31),
            "view": "posts",
        }
    ]


def test_viz_takes_a_year_or_a_month_as_a_date_bound(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, store_dir: str, tmp_path: Path
) -> None:
    calls: list[dict[str, Any]] = []

    def write_view(store: Any, output: Path, **options: Any) -> dict[str, int]:
        calls.append(options)
        return {"nodes": 3, "edges": 2, "statements": 5}

    module = types.ModuleType("kg.apps.viz")
    module.write_view = write_view  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kg.apps.viz", module)
    code, out, _ = run(capsys, "viz", "--store", store_dir, "-o", str(tmp_path / "m.html"),
                       "--from", "2022", "--to", "2024-02", "--view", "matrix")
    from datetime import date

    assert code == 0 and "(3 nodes, 2 edges, 5 statements)" in out
    assert (calls[0]["date_from"], calls[0]["date_to"], calls[0]["view"]) == (date(2022, 1, 1), date(2024, 2, 29), "matrix")


def test_viz_rejects_reversed_dates(
    capsys: pytest.CaptureFixture[str], store_dir: str, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "viz",
        "--store",
        store_dir,
        "-o",
        str(tmp_path / "g.html"),
        "--from",
        "2023-01-01",
        "--to",
        "2022-01-01",
    )
    assert code == 2 and "is after" in err


# -- the Python API ------------------------------------------------------------------------------------


def test_python_api_build_and_query(tmp_path: Path, fake_nlp: None) -> None:
    import kg

    doc = tmp_path / "one.txt"
    doc.write_text("李强出席会议。", encoding="utf-8")
    store = tmp_path / "store"
    report = kg.build(doc, store=store)
    assert (report.built, report.skipped, report.failed) == (1, 0, [])
    assert kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store=store) == [
        {"n": "李强"}, {"n": "Li Qiang"}]
    with kg.open_store(store) as s:  # the API released the store
        assert s.article_hash(iri.article("one")) is not None
