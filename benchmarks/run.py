"""Benchmarks, on demand (`make bench`): each reports a ratio against a baseline measured in the same run.

    python benchmarks/run.py                          all of them on the whole corpus
    python benchmarks/run.py --only extraction --limit 500
    python benchmarks/run.py --only queries --store /tmp/kg-full   reuse a built store

Benchmarks (targets from issue 5):

extraction  kg's Extractor against spaCy blank zh + jieba tokenising the same texts (chars/s): ratio ≥ 0.25
corpus      ``kg build xwlb.jsonl --workers 2`` in a subprocess: wall time < 5 min, peak RSS of the
            process tree < 2 GB; then the unchanged rebuild: < 10 % of the first build's time
queries     "who committed to what" and "posts of a person over time" on the built graph: the embedded
            store against rdflib's in-memory Dataset loaded with the same quads: ≥ 20× faster, p50 < 100 ms
query-files every file under queries/ and the plain person query (issue 14): rows, duplicate rows
            (must be 0), first run and median; targets < 2 s each on a 300/500-item slice
            (--limit 500), < 3 s each on the whole corpus (--store /tmp/kgfull)

The corpus is ``../shared/corpus/xwlb.jsonl`` (a sibling of the repository, never copied into it).
A small JSON summary of each run is written to ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def table(rows: list[list[str]]) -> str:
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def limited_corpus(limit: int | None, folder: Path) -> Path:
    if not CORPUS.exists():
        sys.exit(f"benchmarks need the corpus at {CORPUS}")
    if not limit:
        return CORPUS
    path = folder / f"xwlb-{limit}.jsonl"
    with CORPUS.open("rb") as src, path.open("wb") as dst:
        dst.writelines(itertools.islice(src, limit))
    return path


# -- extraction --------------------------------------------------------------------------


def bench_extraction(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import spacy

    from kg.io.normalise import normalise
    from kg.io.read import iter_documents, split_bundle
    from kg.nlp import Extractor
    from kg.records import Document

    corpus = limited_corpus(args.limit or 1000, work)
    articles = [
        normalise(d)
        for item in iter_documents([corpus])
        if isinstance(item, Document)
        for d in split_bundle(item)
    ]
    chars = sum(len(a.text) for a in articles)

    baseline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    list(baseline.pipe(["预热分词器。"]))
    extractor = Extractor()
    list(extractor.extract_many(articles[:5]))  # warm-up

    # Alternate the two, ROUNDS times, and take each one's median: a load that comes and goes
    # (other jobs on the machine) then weighs on both alike.
    base_runs: list[float] = []
    ours_runs: list[float] = []
    load = os.getloadavg()
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in baseline.pipe((a.text for a in articles), batch_size=32):
            pass
        base_runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _rec in extractor.extract_many(articles, batch_size=32):
            pass
        ours_runs.append(time.perf_counter() - start)
    base_s, ours_s = statistics.median(base_runs), statistics.median(ours_runs)
    ratio = base_s / ours_s
    print(
        table(
            [
                ["pipeline", "articles", "chars", "seconds", "chars/s"],
                [
                    "spaCy blank zh + jieba",
                    str(len(articles)),
                    str(chars),
                    f"{base_s:.1f}",
                    f"{chars / base_s:,.0f}",
                ],
                ["kg Extractor", str(len(articles)), str(chars), f"{ours_s:.1f}", f"{chars / ours_s:,.0f}"],
            ]
        )
    )
    print(
        f"throughput ratio kg / baseline = {ratio:.2f} (target ≥ 0.25); median of {args.rounds} alternating "
        f"rounds, per round {', '.join(f'{b / o:.2f}' for b, o in zip(base_runs, ours_runs, strict=True))}; "
        f"load average before {load[0]:.2f}"
    )
    news_bytes = sum(len(a.text.encode("utf-8")) for a in articles)
    hostile = bench_hostile(extractor, ours_s / (news_bytes / 1e6))
    return {
        "hostile": hostile,
        "news_bytes": news_bytes,
        "corpus_lines": args.limit or 1000,
        "load_before": [round(x, 2) for x in load],
        "baseline_s": base_runs,
        "kg_s": ours_runs,
        "articles": len(articles),
        "chars": chars,
        "baseline_chars_per_s": chars / base_s,
        "kg_chars_per_s": chars / ours_s,
        "ratio": ratio,
        "target_met": ratio >= 0.25,
    }


HOSTILE = {
    "上海市委书记李强 ×500 (4,000 chars)": "上海市委书记李强" * 500,
    "长 ×80,000": "长" * 80_000,
    "在上海举办主持召开 ×11,112 (300 KB)": "在上海举办主持召开" * 11_112,
}
"""Issue 13's three inputs that once took 117 s, 30 s and 115 s to extract: long runs without
punctuation that made a component quadratic.  Target: time per MB within 3× of ordinary news."""


def bench_hostile(extractor: Any, news_s_per_mb: float) -> list[dict[str, Any]]:
    """Time per MB of each hostile text against the news articles timed in the same run."""
    from kg.io.normalise import content_hash
    from kg.records import Article

    rows = [["hostile text", "chars", "MB", "seconds", "s/MB", "× news"]]
    out = []
    for name, text in HOSTILE.items():
        article = Article(key="hostile", source=name, text=text, title="", date=None, content_hash=content_hash(text))
        start = time.perf_counter()
        extractor.extract(article)
        seconds = time.perf_counter() - start
        mb = len(text.encode("utf-8")) / 1e6
        ratio = seconds / mb / news_s_per_mb
        rows.append([name, str(len(text)), f"{mb:.3f}", f"{seconds:.2f}", f"{seconds / mb:.1f}", f"{ratio:.1f}"])
        out.append({"input": name, "chars": len(text), "mb": mb, "seconds": seconds, "s_per_mb": seconds / mb,
                    "times_news": ratio, "target_met": ratio <= 3})
    rows.append(["news (the articles above)", "", "", "", f"{news_s_per_mb:.2f}", "1.0"])
    print(table(rows))
    return out


# -- whole-corpus build -------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def timed_build(corpus: Path, store: Path, workers: int) -> dict[str, Any]:
    """``kg build`` in a subprocess: wall time, summary line and the peak RSS of its process tree."""
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--workers", str(workers)]
    load = os.getloadavg()
    start = time.perf_counter()
    # Output goes to files, not pipes: a full pipe would stall the build being timed.
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.5)
        wall = time.perf_counter() - start
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if proc.returncode not in (0, 1):
        sys.exit(f"kg build failed ({proc.returncode}): {err[-2000:]}")
    summary = out.strip().splitlines()[-1]
    built = int(summary.split(" built")[0])
    return {
        "command": " ".join(cmd[1:]),
        "load_before": [round(x, 2) for x in load],
        "wall_s": wall,
        "peak_rss_mb": peak / 2**20,
        "summary": summary,
        "built": built,
        "exit": proc.returncode,
    }


def bench_corpus(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    corpus = limited_corpus(args.limit, work)
    store = Path(args.store) if args.store else work / "store"
    if store.exists():
        shutil.rmtree(store)
    first = timed_build(corpus, store, args.workers)
    again = timed_build(corpus, store, args.workers)
    ratio = again["wall_s"] / first["wall_s"]
    docs_s = first["built"] / first["wall_s"]
    print(
        table(
            [
                ["build", "wall", "articles built", "docs/s", "peak RSS (tree)", "summary"],
                [
                    "first",
                    f"{first['wall_s']:.0f} s",
                    str(first["built"]),
                    f"{docs_s:.1f}",
                    f"{first['peak_rss_mb']:.0f} MB",
                    first["summary"],
                ],
                [
                    "unchanged",
                    f"{again['wall_s']:.1f} s",
                    str(again["built"]),
                    "-",
                    f"{again['peak_rss_mb']:.0f} MB",
                    again["summary"],
                ],
            ]
        )
    )
    print(
        f"rebuild / first build = {ratio:.3f} (target < 0.10); first build {first['wall_s']:.0f} s (target < 300 s)"
    )
    args.store = str(store)  # the query benchmark reuses it
    return {
        "corpus": str(corpus.name),
        "workers": args.workers,
        "first": first,
        "rebuild": again,
        "docs_per_s": docs_s,
        "rebuild_ratio": ratio,
        "targets_met": {
            "wall_under_5_min": first["wall_s"] < 300,
            "rss_under_2_gb": first["peak_rss_mb"] < 2048,
            "rebuild_under_10_percent": ratio < 0.10,
        },
    }


# -- queries ------------------------------------------------------------------------------

RDFLIB_CAP_S = 120.0  # per query
RDFLIB_LOAD_CAP_S = 900.0
RDFLIB_MEMORY_CAP = 6 * 2**30  # address space of the rdflib process


def answer_digest(rows: list[dict[str, str]]) -> str:
    """A fingerprint of a query's answers as a set (variable → lexical value), equal across engines."""
    import hashlib

    lines = sorted({json.dumps(sorted(r.items()), ensure_ascii=False) for r in rows})
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def rdflib_child(dump: str, queries_json: str, cap: float, repeat: int) -> int:
    """Runs in a subprocess: load the N-Quads into an rdflib ``Dataset`` (union default graph)
    and time each query, printing one JSON line per event so that a kill loses nothing.

    The address space is capped (a MemoryError is reported as "out of memory") and each query
    gets ``cap`` seconds of wall time via SIGALRM (rdflib evaluates in Python, so the alarm
    interrupts it between bytecodes).
    """
    import resource
    import signal

    resource.setrlimit(resource.RLIMIT_AS, (RDFLIB_MEMORY_CAP, RDFLIB_MEMORY_CAP))

    def emit(**record: Any) -> None:
        print(json.dumps(record, ensure_ascii=False), flush=True)

    class Cap(Exception):
        pass

    def alarm(signum: int, frame: Any) -> None:
        raise Cap

    signal.signal(signal.SIGALRM, alarm)
    import rdflib

    from kg.graph.iri import PREFIXES

    start = time.perf_counter()
    try:
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(dump, format="nquads")
    except MemoryError:
        emit(event="load", error="out of memory", seconds=time.perf_counter() - start)
        return 0
    emit(event="load", seconds=time.perf_counter() - start, triples=len(dataset))
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    for name, text in json.loads(Path(queries_json).read_text(encoding="utf-8")).items():
        times: list[float] = []
        rows = -1
        digest = None
        error = None
        for _ in range(repeat):
            start = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, cap)
            try:
                answers = list(dataset.query(prologue + text))
                rows = len(answers)
                if digest is None:
                    digest = answer_digest(
                        [{str(k): str(v) for k, v in row.asdict().items()} for row in answers]  # type: ignore[union-attr]
                    )
            except Cap:
                error = f"> {cap:.0f} s"
            except MemoryError:
                error = "out of memory"
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if error:
                break
            times.append(time.perf_counter() - start)
            if sum(times) > cap:  # slow: one or two runs tell enough
                break
        emit(event="query", name=name, times=times, rows=rows, digest=digest, error=error)
    emit(event="done", max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return 0


def run_rdflib(dump: Path, queries: dict[str, str], work: Path, repeat: int) -> dict[str, Any]:
    """The rdflib side in a capped subprocess; its JSON lines, read even when it was killed."""
    qfile = work / "rdflib-queries.json"
    qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--rdflib-child",
        str(dump),
        str(qfile),
        str(RDFLIB_CAP_S),
        str(repeat),
    ]
    budget = RDFLIB_LOAD_CAP_S + len(queries) * (RDFLIB_CAP_S * 2 + 10)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=budget)
        out, err = done.stdout, done.stderr
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = "killed after the overall budget"
    result: dict[str, Any] = {"queries": {}, "stderr_tail": err[-500:] if err else ""}
    for line in out.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if record["event"] == "query":
            result["queries"][record["name"]] = record
        else:
            result[record["event"]] = record
    return result


def bench_queries(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from query_forms import (
        NAIVE_ALL_COMMITMENTS,
        NAIVE_COMMITMENTS,
        all_commitments_query,
        commitments_query,
        naive_posts_query,
        posts_query,
        timeline_query,
    )

    from kg.store import open_store

    store_dir = Path(args.store) if args.store else None
    if store_dir is None or not store_dir.exists():
        store_dir = work / "store"
        timed_build(limited_corpus(args.limit, work), store_dir, args.workers)
    dump = work / "graph.nq"
    # The shipped query text runs on both engines.  The naive (union-graph) forms, which
    # return the same DISTINCT answers, are rdflib's own best form (it evaluates GRAPH ?g
    # graph by graph), so rdflib runs them too; on the embedded store they take minutes
    # (benchmarks/query_forms.py times them).
    shipped = {
        "who committed to what": commitments_query(),
        f"posts of {args.person} over time": posts_query(args.person),
        f"kg timeline {args.person}": timeline_query(args.person),
        "every commitment": all_commitments_query(),
    }
    naive = {
        "who committed to what (naive form)": NAIVE_COMMITMENTS,
        f"posts of {args.person} over time (naive form)": naive_posts_query(args.person),
        "every commitment (naive form)": NAIVE_ALL_COMMITMENTS,
    }
    queries = {**shipped, **naive}
    load = os.getloadavg()
    results: dict[str, Any] = {"store": str(store_dir), "load_before": [round(x, 2) for x in load]}
    with open_store(store_dir, create=False) as store:
        results["quads"] = store.export(dump, "nquads")
        embedded: dict[str, dict[str, Any]] = {}
        for name, sparql in shipped.items():
            start = time.perf_counter()
            answers = store.select(sparql)
            cold = time.perf_counter() - start
            rows = len(answers)
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                store.select(sparql)
                times.append(time.perf_counter() - start)
                if sum(times) > RDFLIB_CAP_S:  # a naive form can be slow here too
                    break
            embedded[name] = {
                "rows": rows,
                "digest": answer_digest(answers),
                "runs": len(times),
                "first_ms": cold * 1000,
                "p50_ms": statistics.median(times) * 1000,
                "p95_ms": _percentile(times, 0.95) * 1000,
            }
    rdf = run_rdflib(dump, queries, work, args.rdflib_repeat)
    results["rdflib"] = {k: v for k, v in rdf.items() if k != "queries"}
    lines = [["query", "rows emb/rdflib", "same answers", "embedded p50", "p95", "runs", "rdflib p50", "speed-up"]]
    for name in queries:
        # a naive form's speed-up is against the embedded store running the shipped form
        base = name.removesuffix(" (naive form)")
        emb = embedded[base]
        theirs = rdf["queries"].get(name, {"times": [], "rows": -1, "error": "not reached (killed)"})
        if theirs.get("error") or not theirs["times"]:
            rdf_cell, speedup_cell, speedup = str(theirs.get("error") or "no run"), "-", None
            if str(rdf_cell).startswith(">"):
                speedup = RDFLIB_CAP_S * 1000 / emb["p50_ms"]
                speedup_cell = f"> {speedup:.0f}×"
        else:
            rdf_p50 = statistics.median(theirs["times"]) * 1000
            speedup = rdf_p50 / emb["p50_ms"]
            rdf_cell = f"{rdf_p50:,.0f} ms ({len(theirs['times'])} runs)"
            speedup_cell = f"{speedup:,.0f}×"
        lines.append(
            [
                name,
                f"{emb['rows']}/{theirs['rows'] if theirs['rows'] >= 0 else '-'}",
                "-" if not theirs.get("digest") else ("yes" if theirs["digest"] == emb["digest"] else "NO"),
                f"{emb['p50_ms']:.1f} ms" + (" (shipped form)" if base != name else ""),
                f"{emb['p95_ms']:.1f} ms",
                str(emb["runs"]),
                rdf_cell,
                speedup_cell,
            ]
        )
        results[name] = {
            "embedded": emb,
            "rdflib": theirs,
            "speedup": speedup,
            "speedup_is_lower_bound": bool(theirs.get("error")),
            "same_answers": theirs.get("digest") == emb["digest"] if theirs.get("digest") else None,
        }
    loaded = rdf.get("load", {})
    print(
        f"{results['quads']:,} quads; load average before {load[0]:.2f}; rdflib Dataset "
        + (f"loaded in {loaded['seconds']:.0f} s" if "triples" in loaded else f"load: {loaded.get('error', 'failed')}")
        + (f", peak RSS {rdf['done']['max_rss_mb']:,.0f} MB" if "done" in rdf else "")
    )
    print(table(lines))
    print(
        f"targets: speed-up ≥ 20×, embedded p50 < 100 ms; rdflib capped at {RDFLIB_CAP_S:.0f} s per query "
        f"and {RDFLIB_MEMORY_CAP / 2**30:.0f} GB of address space"
    )
    return results


# -- every query file (issue 14) -------------------------------------------------------------

PLAIN_PERSONS = "SELECT ?p ?l WHERE { ?p a schema:Person ; rdfs:label ?l }"
QUERY_FILE_TARGETS = {"slice": 2.0, "corpus": 3.0}


def _solutions(store: Any, sparql: str) -> tuple[int, int]:
    """(rows, rows that repeat an earlier one), comparing full terms."""
    import pyoxigraph as ox

    result = store.query(sparql)
    if not isinstance(result, ox.QuerySolutions):
        return 1, 0
    names = [v.value for v in result.variables]
    seen: set[tuple[str, ...]] = set()
    rows = repeats = 0
    for solution in result:
        row = tuple(str(solution[n]) if solution[n] is not None else "" for n in names)
        rows += 1
        repeats += row in seen
        seen.add(row)
    return rows, repeats


def bench_query_files(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    from kg.store import open_store

    store_dir = Path(args.store) if args.store else None
    built: dict[str, Any] | None = None
    if store_dir is None or not store_dir.exists():
        store_dir = work / "store"
        built = timed_build(limited_corpus(args.limit or 500, work), store_dir, args.workers)
    files = sorted((ROOT / "queries").rglob("*.rq"))
    queries = {str(p.relative_to(ROOT / "queries")): p.read_text(encoding="utf-8") for p in files}
    queries["plain person query"] = PLAIN_PERSONS
    load = os.getloadavg()
    results: dict[str, Any] = {"store": str(store_dir), "build": built, "load_before": [round(x, 2) for x in load],
                               "repeat": args.query_repeat, "files": {}}
    lines = [["query", "rows", "repeated", "first run", "median", "runs"]]
    with open_store(store_dir, create=False) as store:
        results["articles"] = store.stats()["articles"]
        for name, sparql in queries.items():
            start = time.perf_counter()
            rows, repeats = _solutions(store, sparql)
            first = time.perf_counter() - start
            times = []
            for _ in range(args.query_repeat):
                start = time.perf_counter()
                _solutions(store, sparql)
                times.append(time.perf_counter() - start)
            median = statistics.median(times) if times else first
            results["files"][name] = {"rows": rows, "repeated_rows": repeats, "first_s": first,
                                      "median_s": median, "runs": len(times)}
            lines.append([name, str(rows), str(repeats), f"{first:.3f} s", f"{median:.3f} s", str(len(times))])
    print(f"{results['articles']:,} articles in {store_dir}; load average before {load[0]:.2f}")
    print(table(lines))
    slowest = max(v["median_s"] for v in results["files"].values())
    results["slowest_median_s"] = slowest
    print(f"slowest median {slowest:.3f} s; targets < {QUERY_FILE_TARGETS['slice']:.0f} s on a slice, "
          f"< {QUERY_FILE_TARGETS['corpus']:.0f} s on the whole corpus; repeated rows must be 0")
    return results


BENCHMARKS = {"extraction": bench_extraction, "corpus": bench_corpus, "queries": bench_queries,
              "query-files": bench_query_files}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHMARKS), help="run only this benchmark (repeatable)"
    )
    parser.add_argument(
        "--limit", type=int, help="use only the first N corpus lines (extraction defaults to 1000)"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="alternating extraction rounds (median taken)")
    parser.add_argument(
        "--store", help="store directory for the corpus build / queries (default: a temporary one)"
    )
    parser.add_argument("--person", default="袁家军", help="person for the posts-over-time query")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query on the embedded store")
    parser.add_argument("--rdflib-repeat", type=int, default=3, help="timed runs per query on rdflib")
    parser.add_argument("--query-repeat", type=int, default=3, help="timed runs per query file (query-files)")
    parser.add_argument("--rdflib-child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rdflib_child:
        dump, queries_json, cap, repeat = args.rdflib_child
        return rdflib_child(dump, queries_json, float(cap), int(repeat))
    chosen = args.only or list(BENCHMARKS)
    RESULTS.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for name in ("extraction", "corpus", "queries", "query-files"):
            if name not in chosen:
                continue
            print(f"\n== {name}")
            summary[name] = BENCHMARKS[name](args, Path(tmp))
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"{stamp}-{'-'.join(chosen)}{'-limit' + str(args.limit) if args.limit else ''}.json"
    out.write_text(json.dumps(summary, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
