"""What an analyst types: dates as years or months, per-year counts, careers in a period,
IRIs that paste back, located syntax errors, and labels in English and pinyin."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers.extractions import make_extraction

from kg.apps.dates import DateError, parse_bound
from kg.apps.yearly import by_year
from kg.cli import main
from kg.errors import QueryError
from kg.graph import iri
from kg.graph.pinyin import name_pinyin
from kg.graph.rdf import PINYIN, article_quads, reference_quads
from kg.graph.sparqltext import PN_LOCAL, prefixed
from kg.reference import get_reference
from kg.store import Store, open_store


@pytest.fixture(scope="module")
def location(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("analyst") / "store"
    with open_store(path) as store:
        store.replace_article(iri.article("a"), article_quads(make_extraction("a")))
        store.replace_article(iri.article("b"), article_quads(make_extraction("b", when=date(2023, 5, 2))))
    yield path


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-2", date(2025, 2, 1), date(2025, 2, 28)),
        ("2025-03-14", date(2025, 3, 14), date(2025, 3, 14)),
    ],
)
def test_a_bound_is_a_year_a_month_or_a_day(text: str, start: date, end: date) -> None:
    assert parse_bound(text) == start and parse_bound(text, end=True) == end


@pytest.mark.parametrize("text", ["25", "2025-13", "2025-02-30", "March 2025", "2025-"])
def test_a_bad_bound_is_refused_with_the_forms_allowed(text: str) -> None:
    with pytest.raises(DateError):
        parse_bound(text)


def test_viz_takes_a_year(location: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["viz", "-o", str(tmp_path / "v.html"), "--from", "2023", "--store", str(location)]) == 0
    assert "nodes" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["viz", "-o", str(tmp_path / "v.html"), "--from", "2023-13", "--store", str(location)])
    assert "not a date: '2023-13'" in capsys.readouterr().err
    assert main(["viz", "-o", str(tmp_path / "v.html"), "--from", "2023", "--to", "2022", "--store", str(location)]) == 2


def test_timeline_in_a_period(location: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 吴政隆's post is attested on each article's day (2022-08-16, 2023-05-02)
    assert main(["timeline", "吴政隆", "--from", "2023", "--store", str(location)]) == 0
    out = capsys.readouterr().out
    assert "2023-05-02" in out and "2022-08-16" not in out
    assert main(["timeline", "李强", "--to", "2021", "--store", str(location)]) == 0
    assert "no posts recorded in that period" in capsys.readouterr().out
    assert main(["timeline", "李强", "--from", "2022-08", "--to", "2022-08", "--format", "json",
                 "--store", str(location)]) == 0
    assert '"first": "2022-08-16"' in capsys.readouterr().out


def test_homonyms_says_when_there_are_none(location: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--homonyms", "--store", str(location)]) == 0
    assert capsys.readouterr().out.startswith("no homonyms")


def test_stats_by_year(location: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(location, create=False) as store:
        years = {row["year"]: row for row in by_year(store)}
    assert years["2022"]["articles"] == 1 and years["2023"]["articles"] == 1
    assert years["2022"]["posts"] == years["2023"]["posts"] == 5
    assert years["2023"]["persons"] == 1  # only 吴政隆's post takes the second article's day
    assert main(["stats", "--by", "year", "--store", str(location)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["year", "articles", "posts", "persons", "events", "commitments", "directives"]
    assert [ln.split()[0] for ln in lines[2:]] == sorted(years)


# -- SPARQL text ----------------------------------------------------------------------------


def test_iris_print_as_valid_prefixed_names_or_in_full() -> None:
    assert prefixed(iri.KG + "Governor") == "kg:Governor"
    assert prefixed(iri.person("李强")) == f"<{iri.person('李强')}>"  # '/' is not allowed unescaped
    assert prefixed(iri.SCHEMA + "Person") == "schema:Person"
    assert prefixed("http://example.org/x") == "<http://example.org/x>"
    assert PN_LOCAL.fullmatch("李强") and not PN_LOCAL.fullmatch("-x") and not PN_LOCAL.fullmatch("a.")


def test_every_printed_iri_parses_back(location: Path) -> None:
    with open_store(location, create=False) as store:
        nodes = {r["s"] for r in store.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o } LIMIT 400")}
        for node in sorted(nodes)[:200]:
            rows = store.select(f"SELECT ?p WHERE {{ {prefixed(node)} ?p ?o }} LIMIT 1")
            assert rows, node


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?p WHERE { ?p a foo:Person }", "line 1, column 34 near 'foo:Person': unknown prefix"),
        ("SELECT ?p WHERE {\n  ?p a schema:Person ;\n    rdfs:label ?l FILTR(?l) }", "line 3, column 27 near 'FILTR(?l)'"),
        ('SELECT * WHERE { ?s ?p "李强 }', "unterminated string"),
        ("SELEKT * WHERE {}", "not 'SELEKT'"),
        ("INSERT DATA { <a:s> <a:p> 1 }", "INSERT is SPARQL Update"),
    ],
)
def test_syntax_errors_say_where_and_what(location: Path, query: str, expected: str) -> None:
    with open_store(location, create=False) as store, pytest.raises(QueryError) as info:
        store.query(query)
    assert expected in str(info.value)


def test_cli_prints_the_error_with_a_caret(location: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT ?x WHERE {\n  ?x ?y }", "--store", str(location)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "line 2" in err[0] and err[1].strip() == "?x ?y }" and err[2].strip() == "^"


# -- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [("习近平", "Xi Jinping"), ("李强", "Li Qiang"), ("欧阳坚", "Ouyang Jian"), ("曾培炎", "Zeng Peiyan"),
     ("单霁翔", "Shan Jixiang"), ("郑栅洁", "Zheng Shanjie"), ("王嘉安", "Wang Jia'an"), ("吕梁", "Lü Liang")],
)
def test_pinyin_of_names(name: str, pinyin: str) -> None:
    assert name_pinyin(name) == pinyin


def test_persons_carry_a_pinyin_label(location: Path) -> None:
    quads = article_quads(make_extraction("a"))
    label = ox.Quad(ox.NamedNode(iri.person("习近平")), ox.NamedNode(iri.RDFS + "label"),
                    ox.Literal("Xi Jinping", language=PINYIN), ox.NamedNode(iri.article("a")))
    assert label in quads
    assert name_pinyin("X光") is None


def test_english_labels_of_provinces_regions_and_national_bodies() -> None:
    ref = get_reference()
    english: dict[str, set[str]] = {}
    for q in reference_quads(ref):
        if isinstance(q.object, ox.Literal) and q.object.language == "en":
            english.setdefault(q.subject.value, set()).add(q.object.value)
    assert all(iri.province(p.code) in english for p in ref.provinces)
    assert all(iri.region(r.name) in english for r in ref.regions)
    assert all(iri.org(b.label) in english for b in ref.national_bodies)
    assert english[iri.province("CN-ZJ")] == {"Zhejiang Province"}
    assert english[iri.org("浙江省委")] == {"CPC Zhejiang Provincial Committee"}
    assert english[iri.org("上海市人民政府")] == {"Shanghai Municipal People's Government"}
    assert english[iri.region("长三角")] == {"Yangtze River Delta"}


def test_english_labels_answer_queries(location: Path) -> None:
    with open_store(location, create=False) as store:
        store_: Store = store
        rows = store_.select(
            'SELECT ?en WHERE { ?c a kg:Commitment ; kg:committedBy ?p . ?p a kg:Province ; rdfs:label ?en '
            'FILTER(LANG(?en) = "en") } GROUP BY ?en ORDER BY ?en'
        )
    assert {"Shanghai Municipality", "Jiangsu Province"} <= {r["en"] for r in rows}
