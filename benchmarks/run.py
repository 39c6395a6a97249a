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
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))

COMMITMENTS = """
SELECT DISTINCT ?who ?what WHERE {
  ?c a kg:Commitment ; kg:committedBy/rdfs:label ?who ; kg:concerns/rdfs:label ?what .
}"""
# DISTINCT: each article graph restates the labels it uses, and Oxigraph's union default
# graph keeps one copy per graph, so without it rows multiply (and the query is slow).


def posts_query(name: str) -> str:
    """The memberships behind ``kg timeline`` (without GRAPH clauses, which rdflib evaluates
    graph by graph: tens of thousands of times on the corpus)."""
    from kg.iri import person

    return f"""
SELECT ?org ?role ?title ?date ?a WHERE {{
  ?m org:member <{person(name)}> ; org:organization ?org ; org:role ?role ; prov:wasDerivedFrom ?a .
  OPTIONAL {{ ?m rdfs:label ?title }}
  OPTIONAL {{ ?m kg:attestedOn ?date }}
}} ORDER BY ?date"""


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


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

    from kg.nlp import Extractor
    from kg.normalise import normalise
    from kg.read import iter_documents, split_bundle
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

    start = time.perf_counter()
    for _ in baseline.pipe((a.text for a in articles), batch_size=32):
        pass
    base_s = time.perf_counter() - start
    start = time.perf_counter()
    for _ in extractor.extract_many(articles, batch_size=32):
        pass
    ours_s = time.perf_counter() - start
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
    print(f"throughput ratio kg / baseline = {ratio:.2f} (target ≥ 0.25)")
    return {
        "articles": len(articles),
        "chars": chars,
        "baseline_chars_per_s": chars / base_s,
        "kg_chars_per_s": chars / ours_s,
        "ratio": ratio,
        "target_met": ratio >= 0.25,
    }


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


def _times(run: Callable[[], int], repeat: int) -> tuple[list[float], int]:
    rows = run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - start)
    return times, rows


def bench_queries(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import rdflib

    from kg.iri import PREFIXES
    from kg.store import open_store

    store_dir = Path(args.store) if args.store else None
    if store_dir is None or not store_dir.exists():
        store_dir = work / "store"
        timed_build(limited_corpus(args.limit, work), store_dir, args.workers)
    dump = work / "graph.nq"
    with open_store(store_dir, create=False) as store:
        quads = store.export(dump, "nquads")
    start = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(dump, format="nquads")
    load_s = time.perf_counter() - start
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    queries = {
        "who committed to what": COMMITMENTS,
        f"posts of {args.person} over time": posts_query(args.person),
    }
    results: dict[str, Any] = {"quads": quads, "rdflib_load_s": load_s}
    lines = [["query", "rows", "oxigraph p50", "rdflib p50", "speed-up"]]
    with open_store(store_dir, create=False) as store:
        for name, sparql in queries.items():
            ox_times, ox_rows = _times(lambda q=sparql: len(store.select(q)), args.repeat)
            rdf_times, rdf_rows = _times(
                lambda q=sparql: len(list(dataset.query(prologue + q))), args.rdflib_repeat
            )
            ox_p50, rdf_p50 = statistics.median(ox_times), statistics.median(rdf_times)
            speedup = rdf_p50 / ox_p50
            lines.append(
                [
                    name,
                    f"{ox_rows}/{rdf_rows}",
                    f"{ox_p50 * 1000:.1f} ms",
                    f"{rdf_p50 * 1000:.0f} ms",
                    f"{speedup:.0f}×",
                ]
            )
            results[name] = {
                "rows_oxigraph": ox_rows,
                "rows_rdflib": rdf_rows,
                "oxigraph_p50_ms": ox_p50 * 1000,
                "rdflib_p50_ms": rdf_p50 * 1000,
                "speedup": speedup,
                "targets_met": speedup >= 20 and ox_p50 < 0.1,
            }
    print(f"{quads} quads; rdflib Dataset loaded in {load_s:.0f} s")
    print(table(lines))
    print("targets: speed-up ≥ 20×, oxigraph p50 < 100 ms")
    return results


BENCHMARKS = {"extraction": bench_extraction, "corpus": bench_corpus, "queries": bench_queries}


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
    parser.add_argument(
        "--store", help="store directory for the corpus build / queries (default: a temporary one)"
    )
    parser.add_argument("--person", default="袁家军", help="person for the posts-over-time query")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query on the embedded store")
    parser.add_argument("--rdflib-repeat", type=int, default=3, help="timed runs per query on rdflib")
    args = parser.parse_args()
    chosen = args.only or list(BENCHMARKS)
    RESULTS.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for name in ("extraction", "corpus", "queries"):
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
