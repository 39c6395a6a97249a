"""The ``kg`` command line: build, query, export, evaluate, inspect and view a graph.

Errors a user can cause are printed as one ``kg: error: …`` line (exit 2);
anything else is a bug, reported in one line with a hint to rerun with
``--debug`` for the traceback.  No traceback reaches the user otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kg.apps.budget import DEFAULT_BUDGET
from kg.apps.exports import GRAPH_FORMATS, GRAPH_SUFFIXES
from kg.apps.tables import format_table
from kg.errors import KgError, QueryError
from kg.store import DEFAULT_STORE, EXPORT_FORMATS, SUFFIX_FORMATS, GraphStore, open_store
from kg.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

MAIN_EPILOG = """\
typical session:
  kg build news/ --store kg-store            read every .txt/.md/.html/.json/.jsonl under news/
  kg stats                                   what is in the store
  kg query 'SELECT ?p WHERE { ?p a schema:Person }'
  kg viz -o graph.html --focus 李强           an interactive view in the browser
  kg export -o graph.ttl                     the whole graph as Turtle

Run `kg COMMAND --help` for the options of each command.
"""

BUILD_EPILOG = """\
PATH may be a file (.txt, .md, .html, .json, .jsonl) or a directory, read recursively.
Articles whose text has not changed since the last build, built by the same version of
the extraction code and rules, are skipped.

examples:
  kg build examples/000_aed75dd07c0e9222.txt
  kg build corpus/ --store /data/kg-store --date 2022-08-16
  kg build news.jsonl --force               re-extract everything, changed or not
  kg build corpus/ -v                       list each article as it is built
  kg build corpus/ --validate               store only articles that pass the SHACL shapes

exit status: 0 all built, 1 some documents failed (each listed as `source: reason`),
2 the store could not be used.
"""

QUERY_EPILOG = """\
The query runs over all graphs at once; these prefixes are predeclared:
  kg: kgr: schema: org: prov: skos: rdfs: rdf: owl: xsd:

examples:
  kg query 'SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }'
  kg query -f who-committed.rq --format csv > answer.csv
  kg query 'ASK { ?e a kg:Forum }'                      prints yes or no (JSON boolean with --format json)
  kg query 'CONSTRUCT WHERE { ?m org:member ?p }'       prints N-Triples
  echo 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' | kg query -f -

Formats: table (default, aligned for Chinese text), csv, tsv and json (the W3C SPARQL
results formats, for other tools).
"""

EXPORT_EPILOG = """\
nquads and trig keep each article's named graph (provenance); turtle and jsonld
write all graphs merged.  The format is taken from the file name if not given:
.nq → nquads, .trig → trig, .ttl → turtle, .jsonld → jsonld.

examples:
  kg export -o graph.nq
  kg export -o graph.ttl --store /data/kg-store
"""

EVAL_EPILOG = """\
Scores the store against hand-made gold files (format: docs/gold-format.md),
per aspect: precision, recall, F1 and the number of gold and system facts.
With several gold files the micro-average over all of them is printed too.

examples:
  kg eval ../shared/gold/000_aed75dd07c0e9222.json
  kg eval gold/*.json --json > scores.json
"""

STATS_EPILOG = """\
examples:
  kg stats
  kg stats --store /data/kg-store --json
"""

VALIDATE_EPILOG = """\
Checks every article graph, and the reference and ontology graphs, against the
SHACL shapes in ontology/shapes.ttl.  Each violation is printed on one line:
the node (its label and IRI), the property, what is wrong and the article it
was read from.

examples:
  kg validate
  kg validate --store /data/kg-store --warnings

exit status: 0 the store conforms, 1 it has violations (listed), 2 the store
could not be used.
"""

TIMELINE_EPILOG = """\
Posts are grouped by organisation and role, so titles written differently
(浙江省长, 浙江省省长) count as one post.  A name whose posts cannot be one
person's (party secretary or governor of two places at the same time) is
shown as several people; see docs/scale.md.

examples:
  kg timeline 袁家军
  kg timeline 陈吉宁 --format json
  kg timeline --homonyms
"""

SERVE_EPILOG = """\
Serves a query page at http://127.0.0.1:PORT/ (SPARQL editor with the kg prefixes
predeclared, the files of queries/ as examples, results linked to each resource's
description and evidence, CSV download, the kg viz explorer) and a read-only SPARQL 1.1
Protocol endpoint at /sparql for other tools (GET and POST; updates are refused with 403).
Nothing is fetched from the internet.  A local store is locked while it is served.

examples:
  kg serve                                   http://127.0.0.1:7879/
  kg serve --store /data/kg-store --port 8080
  kg serve --store http://127.0.0.1:7878     a page for a SPARQL server kg builds into
"""

VIZ_EPILOG = """\
Writes one self-contained HTML file; open it in a browser.

examples:
  kg viz -o graph.html                                   the whole graph
  kg viz -o lq.html --focus 李强 --depth 2                 李强 and what is within 2 steps
  kg viz -o yrd.html --types person,province --from 2022-01-01 --to 2022-12-31
  kg viz -o c.html --view commitments                    who committed to which projects
"""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _bound(end: bool) -> Any:
    """An argparse type for --from (``end=False``) or --to: YYYY, YYYY-MM or YYYY-MM-DD."""
    from kg.apps.dates import DateError, parse_bound

    def parse(text: str) -> date:
        try:
            return parse_bound(text, end=end)
        except DateError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 or more: {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        metavar="DIR|URL",
        default=DEFAULT_STORE,
        help=f"store directory (default: ./{DEFAULT_STORE}), or the http(s) URL of a SPARQL server",
    )
    # SUPPRESS: without it the subcommand's default would overwrite `kg --debug build …`.
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the full traceback of an unexpected error",
    )

    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF) from Chinese political news and query it with SPARQL.",
        epilog=MAIN_EPILOG,
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "build",
        parents=[common],
        formatter_class=fmt,
        epilog=BUILD_EPILOG,
        help="read documents and add what they say to the store",
        description="Read documents, extract persons, posts, events, projects and commitments, and store them as RDF.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input file or directory")
    p.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date of every document read (overrides dates found in the files)",
    )
    p.add_argument("--force", action="store_true", help="re-extract articles even if their text is unchanged")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="list every article as it is built or skipped"
    )
    p.add_argument(
        "-j",
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="extract in N worker processes (default 1: in this process)",
    )
    p.add_argument(
        "--executor",
        choices=("process", "dask"),
        default="process",
        help="where extraction runs: local worker processes, or a Dask cluster (with --scheduler)",
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    p.add_argument(
        "--batch-size", type=_positive, default=32, metavar="N", help="articles per batch sent to a worker (default 32)"
    )
    p.add_argument(
        "--time-budget",
        type=_seconds,
        default=DEFAULT_BUDGET,
        metavar="SECONDS",
        help=f"seconds one article may take to extract; one that takes longer is reported as failed "
        f"and the build goes on (default {DEFAULT_BUDGET:g}; 0: no limit)",
    )
    p.add_argument(
        "--validate", action="store_true",
        help="check each article against the SHACL shapes first; one that fails is reported, not stored",
    )

    p = sub.add_parser(
        "query",
        parents=[common],
        formatter_class=fmt,
        epilog=QUERY_EPILOG,
        help="run a SPARQL query against the store",
        description="Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) against the store.",
    )
    p.add_argument("sparql", nargs="?", metavar="SPARQL", help="the query text (or use -f)")
    p.add_argument("-f", "--file", metavar="FILE", help="read the query from FILE ('-' for standard input)")
    p.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table", help="output format")
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="permit SERVICE (federated queries send requests to other SPARQL endpoints; refused by default: "
        "kg works offline)",
    )

    p = sub.add_parser(
        "export",
        parents=[common],
        formatter_class=fmt,
        epilog=EXPORT_EPILOG,
        help="write the whole graph to an RDF file",
        description="Write the whole graph (articles, reference data, ontology) to an RDF file.",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write (a folder for csv)")
    p.add_argument(
        "--format", choices=EXPORT_FORMATS + GRAPH_FORMATS,
        help="RDF format, or graphml/gexf/csv for network tools (default: from the file suffix)",
    )
    p.add_argument(
        "--view", choices=("commitments", "posts", "events", "all"), default="all",
        help="graphml/gexf/csv: which facts become edges, as in kg viz (default all)",
    )
    _range_options(p, "graphml/gexf/csv: facts")

    p = sub.add_parser(
        "eval",
        parents=[common],
        formatter_class=fmt,
        epilog=EVAL_EPILOG,
        help="score the store against gold files",
        description="Compare what the store holds for an article with hand-made gold facts.",
    )
    p.add_argument("gold", nargs="+", metavar="GOLD.json", help="gold file(s)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")

    p = sub.add_parser(
        "stats",
        parents=[common],
        formatter_class=fmt,
        epilog=STATS_EPILOG,
        help="count what is in the store",
        description="Count quads, named graphs, articles and instances of each class.",
    )
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.add_argument(
        "--by", choices=("year",), help="instead: articles, posts, persons, events, commitments and directives per year"
    )

    p = sub.add_parser(
        "validate",
        parents=[common],
        formatter_class=fmt,
        epilog=VALIDATE_EPILOG,
        help="check the store against the SHACL shapes",
        description="Check the graph against the SHACL shapes of the ontology (ontology/shapes.ttl).",
    )
    p.add_argument("--warnings", action="store_true", help="list warnings too (they do not fail validation)")

    p = sub.add_parser(
        "timeline",
        parents=[common],
        formatter_class=fmt,
        epilog=TIMELINE_EPILOG,
        help="the posts a person held over time",
        description="List each post a person is attested in, with its first and last attested date and the articles.",
    )
    p.add_argument("name", nargs="?", metavar="NAME", help="the person's name as written, e.g. 袁家军 (or an IRI)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    p.add_argument(
        "--articles", type=_positive, default=3, metavar="N", help="articles listed per post in the table (default 3)"
    )
    p.add_argument(
        "--homonyms", action="store_true", help="instead: list names whose posts cannot be one person's"
    )
    _range_options(p, "attestations")

    p = sub.add_parser(
        "serve",
        parents=[common],
        formatter_class=fmt,
        epilog=SERVE_EPILOG,
        help="a local query page and read-only SPARQL endpoint",
        description="Serve a SPARQL query page and a read-only SPARQL 1.1 Protocol endpoint on this machine.",
    )
    p.add_argument("--port", type=_positive, default=7879, metavar="N", help="port (default 7879; 0 picks a free one)")
    p.add_argument(
        "--bind", default="127.0.0.1", metavar="ADDRESS",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    p.add_argument("--queries", metavar="DIR", help="folder of .rq example queries (default: queries/ of kg)")

    p = sub.add_parser(
        "viz",
        parents=[common],
        formatter_class=fmt,
        epilog=VIZ_EPILOG,
        help="write an interactive HTML view of the graph",
        description="Write an interactive network view of (part of) the graph as one HTML file.",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="HTML file to write")
    p.add_argument(
        "--focus",
        metavar="NAME_OR_IRI",
        help="centre the view on this node (a label such as 李强, or an IRI)",
    )
    p.add_argument(
        "--depth", type=_positive, default=2, metavar="N", help="steps from the focus to include (default 2)"
    )
    p.add_argument(
        "--types", metavar="T1,T2", help="only these node types, e.g. person,province,event,project"
    )
    _range_options(p, "facts")
    p.add_argument(
        "--view", choices=("matrix", "commitments", "posts", "events", "all"), default="all",
        help="which facts to draw; matrix: the commitments matrix (with the commitments network as a second tab)"
    )
    return parser


def _range_options(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--from", dest="date_from", type=_bound(False), metavar="DATE",
        help=f"only {what} on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (2025 = from 2025-01-01)",
    )
    p.add_argument(
        "--to", dest="date_to", type=_bound(True), metavar="DATE",
        help=f"only {what} on or before this date: YYYY, YYYY-MM or YYYY-MM-DD (2025-02 = to 2025-02-28)",
    )


# -- output helpers ---------------------------------------------------------


def _table_cell(term: Any) -> str:
    """IRIs as valid prefixed names or full ``<IRI>``s, so that a cell pastes back into a query."""
    from kg.graph.sparqltext import cell

    return cell(term)


def print_query_result(result: Any, fmt: str, out: TextIO) -> int:
    """Print a raw query result; returns the number of rows/triples printed."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean) and fmt == "json":
        out.write((result.serialize(format=ox.QueryResultsFormat.JSON) or b"").decode("utf-8") + "\n")
        return 1
    if isinstance(result, ox.QueryBoolean):
        out.write(("yes" if bool(result) else "no") + "\n")
        return 1
    if isinstance(result, ox.QueryTriples):
        lines = sorted(f"{t} ." for t in result)
        out.write("".join(line + "\n" for line in lines))
        return len(lines)
    if fmt != "table":
        formats = {
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON,
        }
        data = result.serialize(format=formats[fmt]) or b""
        text = data.decode("utf-8")
        out.write(text if text.endswith("\n") else text + "\n")
        return -1
    names = [v.value for v in result.variables]
    rows = [[_table_cell(sol[n]) for n in names] for sol in result]
    out.write(format_table(names, rows) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    return len(rows)


# Controls that move the cursor, recolour or reorder what a terminal shows: C0 (but tab and
# line ends), DEL, C1 and the bidi overrides.  "\r\x1b[K" is the progress bar's own redraw.
_CONTROLS = re.compile("\r\x1b\\[K|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every control character written out (``\\x1b``): an article's URL or title
    must not be able to send escape sequences to the user's terminal."""
    return _CONTROLS.sub(lambda m: m.group() if len(m.group()) > 1 else _escaped(m.group()), text)


def _escaped(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


class Printable:
    """A text stream that writes through :func:`printable`; everything else is the stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.raw = stream  # for a progress display that draws with escape sequences of its own

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


# -- commands ---------------------------------------------------------------


def _shown(location: str) -> str:
    """A store location fit to print: credentials in a URL redacted."""
    from kg.store.remote import redact_url

    return redact_url(str(location))


def _open(args: argparse.Namespace) -> GraphStore:
    """The store, for a command that only reads it: read-only, so it works during a build
    and on a folder the user cannot write."""
    return open_store(args.store, create=False, read_only=True)


def _refuse_output_in_store(out: Path, store: str) -> None:
    """An output file inside the store folder would overwrite or corrupt the database."""
    if str(store).lower().startswith(("http://", "https://")):
        return
    folder, target = Path(store).resolve(), out.resolve()
    if target == folder or folder in target.parents:
        raise KgError(f"{out} is inside the store folder {store}; write the output somewhere else")


def _output_error(out: Path, exc: OSError) -> KgError:
    if isinstance(exc, IsADirectoryError) or out.is_dir():
        return KgError(f"{out} is a folder; -o needs a file name, e.g. {out / 'graph.html'}")
    return KgError(f"cannot write {out}: {exc.strerror or exc}")


def cmd_build(args: argparse.Namespace) -> int:
    from kg.apps.build import build_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        raise KgError(f"no such file or directory: {', '.join(missing)}")

    from kg.apps.parallel import Progress, count_inputs, make_executor

    budget = args.time_budget or None
    executor = make_executor(args.workers, args.executor, args.scheduler, args.batch_size, budget)
    progress = Progress(count_inputs(args.paths), verbose=args.verbose)
    with open_store(args.store) as store:
        try:
            report = build_paths(
                args.paths,
                store,
                date=args.date,
                on_progress=progress,
                force=args.force,
                validate=args.validate,
                executor=executor,
                batch_size=args.batch_size,
                time_budget=budget,
            )
        finally:
            progress.close()
    if progress.done:
        print(f"kg build: {progress.line()}", file=sys.stderr)
    for source, reason in report.failed:
        print(f"{source}: {reason}")
    print(f"{report.summary()} (store: {_shown(args.store)})")
    return EXIT_FAILED if report.failed else EXIT_OK


def _read_query(args: argparse.Namespace) -> str:
    if args.file and args.sparql:
        raise KgError("give the query either as an argument or with -f FILE, not both")
    if args.file == "-":
        return sys.stdin.read()
    if args.file:
        try:
            return Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise KgError(f"cannot read the query file {args.file}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError:
            raise KgError(f"the query file {args.file} is not UTF-8 text") from None
    if args.sparql:
        return str(args.sparql)
    raise KgError("no query given: write it as an argument (kg query 'SELECT …') or use -f FILE")


def cmd_query(args: argparse.Namespace) -> int:
    sparql = _read_query(args)
    if not sparql.strip():
        raise QueryError("the query is empty")
    from kg.store.base import reading_results

    with _open(args) as store:
        result = store.query(sparql, allow_service=args.allow_service)
        with reading_results(_shown(args.store)):
            print_query_result(result, args.format, sys.stdout)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    fmt = args.format or SUFFIX_FORMATS.get(out.suffix.lower()) or GRAPH_SUFFIXES.get(out.suffix.lower())
    if fmt is None:
        raise KgError(
            f"cannot tell the format from {out.name!r}: add --format ({', '.join(EXPORT_FORMATS + GRAPH_FORMATS)}) "
            "or end the file name in .nq, .trig, .ttl, .jsonld, .graphml, .gexf or .csv"
        )
    if fmt not in GRAPH_FORMATS and (args.date_from or args.date_to or args.view != "all"):
        raise KgError("--view, --from and --to select facts for graphml, gexf and csv; an RDF export is the whole dataset")
    _refuse_output_in_store(out, args.store)
    if fmt in GRAPH_FORMATS:
        from kg.apps.dates import check_range
        from kg.apps.exports import export_graph

        check_range(args.date_from, args.date_to)
        with _open(args) as store:
            nodes, edges, files = export_graph(store, out, fmt, view=args.view,
                                               date_from=args.date_from, date_to=args.date_to)
        print(f"wrote {nodes} nodes and {edges} edges to {', '.join(str(f) for f in files)} ({fmt})")
        return EXIT_OK
    with _open(args) as store:
        n = store.export(out, fmt)
    print(f"wrote {n} {'quads' if fmt in ('nquads', 'trig') else 'triples'} to {out} ({fmt})")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.apps.evaluate import evaluate, format_reports, micro_average

    reports = []
    errors = []
    with _open(args) as store:
        for gold in args.gold:
            try:
                reports.append(evaluate(gold, store))
            except KgError as exc:
                errors.append(f"{gold}: {exc}")
    if args.json:
        payload: dict[str, Any] = {"files": [r.to_dict() for r in reports]}
        if len(reports) > 1:
            payload["micro_average"] = {k: v.to_dict() for k, v in micro_average(reports).items()}
        if errors:
            payload["errors"] = errors
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        if reports:
            print(format_reports(reports))
    for err in errors:
        print(f"kg: error: {err}", file=sys.stderr)
    return EXIT_FAILED if errors else EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    if args.by == "year":
        from kg.apps.yearly import QUERIES, by_year

        with _open(args) as store:
            years = by_year(store)
        if args.json:
            print(json.dumps(years, ensure_ascii=False, indent=2))
        else:
            columns = ["year", *QUERIES]
            print(format_table(columns, [[str(row[c]) for c in columns] for row in years]))
        return EXIT_OK
    with _open(args) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"store         {_shown(args.store)}")
    print(f"quads         {stats['quads']}")
    print(f"named graphs  {stats['named_graphs']}")
    print(f"articles      {stats['articles']}")
    print(f"reference     {'loaded' if stats['reference_loaded'] else 'missing (run kg build)'}")
    print()
    print(format_table(["class", "instances"], [[c, str(n)] for c, n in stats["classes"].items()]))
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.apps.validate import validate_store

    with _open(args) as store:
        report = validate_store(store)
    print(report.text(warnings=args.warnings))
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_timeline(args: argparse.Namespace) -> int:
    from kg.apps.dates import check_range
    from kg.apps.identity import check, find_homonyms
    from kg.apps.timeline import format_table as timeline_table
    from kg.apps.timeline import person_iri, timeline, to_json, within
    from kg.graph.sparqltext import prefixed

    check_range(args.date_from, args.date_to)
    with _open(args) as store:
        if args.homonyms:
            found = find_homonyms(store)
            if not found and args.format == "table":
                print("no homonyms: every name's posts can be one person's")
            if args.format == "json":
                print(
                    json.dumps(
                        [
                            {"person": h.person, "personas": [[s.to_dict() for s in p] for p in h.personas]}
                            for h in found
                        ],
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            for h in found if args.format == "table" else []:
                clashes = "; ".join(
                    f"{a.organization_label}/{a.role} {a.first}..{a.last} vs {b.organization_label}/{b.role} {b.first}..{b.last}"
                    for a, b in h.conflicts[:3]
                )
                print(f"{prefixed(h.person)}: {len(h.personas)} people? {clashes}")
            return EXIT_OK
        if not args.name:
            raise KgError("give a NAME (e.g. kg timeline 袁家军), or --homonyms")
        spans = within(timeline(store, args.name), args.date_from, args.date_to)
    homonym = check(person_iri(args.name), spans)
    personas = homonym.personas if homonym else [spans]
    if args.format == "json":
        print(to_json(args.name, personas))
        return EXIT_OK
    if not spans:
        ranged = " in that period" if args.date_from or args.date_to else ""
        print(f"{args.name}: no posts recorded{ranged}")
        return EXIT_OK
    if homonym:
        print(
            f"kg: warning: the posts of {args.name} cannot all be one person's (heads of two places at once); "
            f"shown as {len(personas)} people",
            file=sys.stderr,
        )
    for n, persona in enumerate(personas, start=1):
        if len(personas) > 1:
            print(f"\n{args.name} ({n}/{len(personas)})")
        print(timeline_table(persona, max_articles=args.articles))
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    from kg.apps.dates import check_range
    from kg.apps.viz import write_view

    check_range(args.date_from, args.date_to)
    out = Path(args.output)
    _refuse_output_in_store(out, args.store)
    if out.is_dir():
        raise _output_error(out, IsADirectoryError())
    try:
        with _open(args) as store:
            info = write_view(
                store,
                out,
                focus=args.focus,
                depth=args.depth,
                types=types,
                date_from=args.date_from,
                date_to=args.date_to,
                view=args.view,
            )
    except OSError as exc:
        raise _output_error(out, exc) from exc
    nodes, edges = (info or {}).get("nodes"), (info or {}).get("edges")
    counts = f" ({nodes} nodes, {edges} edges" if nodes is not None and edges is not None else ""
    if counts:
        statements = (info or {}).get("statements")
        counts += f", {statements} statements)" if statements is not None else ")"
    print(f"wrote {args.output}{counts}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.apps.serve import make_server, url_of

    with _open(args) as store:
        server = make_server(store, host=args.bind, port=args.port,
                             queries=Path(args.queries) if args.queries else None, store_name=_shown(args.store))
        print(f"kg serve: {url_of(server)} (SPARQL endpoint {url_of(server)}sparql); Ctrl+C stops", flush=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()
    return EXIT_OK


COMMANDS = {
    "build": cmd_build,
    "query": cmd_query,
    "export": cmd_export,
    "eval": cmd_eval,
    "stats": cmd_stats,
    "validate": cmd_validate,
    "viz": cmd_viz,
    "timeline": cmd_timeline,
    "serve": cmd_serve,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    debug = bool(getattr(args, "debug", False))
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Printable(out), Printable(err)  # type: ignore[assignment]
    try:
        return _run(args, debug)
    finally:
        sys.stdout, sys.stderr = out, err


def _run(args: argparse.Namespace, debug: bool) -> int:
    from kg.store.remote import redact_url

    try:
        return COMMANDS[args.command](args)
    except KgError as exc:
        if debug:
            traceback.print_exc()
        print(f"kg: error: {redact_url(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `kg query … | head`: the reader went away; nothing left to say.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if debug:
            traceback.print_exc()
        else:
            message = redact_url(str(exc).splitlines()[0]) if str(exc) else ""
            print(
                f"kg: internal error: {type(exc).__name__}{': ' + message if message else ''}\n"
                f"kg: rerun with --debug to see the traceback, and please report it",
                file=sys.stderr,
            )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
