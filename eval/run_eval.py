"""Build the corpus items a gold set names and score them: ``python eval/run_eval.py eval/dev``.

The gold files name 新闻联播 items by id (``"document": "xwlb:<id>"``); this script copies
those lines of ``../shared/corpus/xwlb.jsonl`` into a temporary JSONL file, builds it
into a temporary store with ``kg build`` and runs ``kg eval`` on the gold files, so a
figure in docs/evaluation.md can be reproduced with one command.  Nothing of the
corpus is written inside the repository.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"


def _copy_items(corpus: Path, ids: set[str], out: Path) -> None:
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if json.loads(line).get("id") in ids:
                dst.write(line)


def build_and_score(golds: list[Path], corpus: Path = CORPUS, config: dict[str, Any] | None = None) -> dict[str, Any]:
    """What ``kg build`` + ``kg eval`` do, in this process and with the pipeline ``config``
    (``kg.nlp.Extractor``'s, e.g. another model or policy for ``kg_statement_kind``/``kg_commitments``):
    the micro-averaged :class:`kg.apps.evaluate.Score` per aspect of the gold files.  Used by
    ``eval/train_statements.py --cv``; the command line's ``--config`` prints the same table."""
    from kg.apps.build import build_paths
    from kg.apps.evaluate import evaluate, micro_average
    from kg.nlp import Extractor
    from kg.store import open_store

    ids = {json.loads(p.read_text(encoding="utf-8"))["document"].split(":", 1)[1] for p in golds}
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "items.jsonl"
        _copy_items(corpus, ids, items)
        with open_store(Path(tmp) / "store") as store:
            report = build_paths([items], store, extractor=Extractor(config))
            if report.failed:
                raise RuntimeError(f"build failed: {report.failed[:3]}")
            return micro_average([evaluate(g, store) for g in golds])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold_dir", type=Path, help="folder of gold JSON files (eval/dev, eval/heldout)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="print kg eval's JSON report")
    parser.add_argument("--config", type=json.loads, default=None, metavar="JSON",
                        help='pipeline config, built in this process (e.g. \'{"kg_commitments": {"model_policy": "veto"}}\'); '
                             "prints the micro-average only")
    args = parser.parse_args(argv)
    golds = sorted(args.gold_dir.glob("*.json"))
    documents = {p: json.loads(p.read_text(encoding="utf-8")).get("document", "") for p in golds}
    others = sorted(p.name for p, d in documents.items() if not d.startswith("xwlb:"))
    if others:
        # the sample's gold names a file of examples/, not a corpus item: `make demo` scores it
        print(f"run_eval: {', '.join(others)} name no xwlb: corpus item (score the sample with `make demo`)", file=sys.stderr)
        return 2
    ids = {d.split(":", 1)[1] for d in documents.values()}
    if not args.corpus.is_file():
        print(f"run_eval: corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.config is not None:
        from kg.apps.evaluate import score_rows
        from kg.apps.tables import format_table

        scores = build_and_score(golds, args.corpus, args.config)
        if args.json:
            print(json.dumps({a: s.to_dict() for a, s in scores.items()}, ensure_ascii=False, indent=2))
        else:
            print(format_table(["aspect", "P", "R", "F1", "gold", "system"], score_rows(scores)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "items.jsonl"
        _copy_items(args.corpus, ids, items)
        kg = [sys.executable, "-m", "kg"]
        store = str(Path(tmp) / "store")
        build = subprocess.run([*kg, "build", str(items), "--store", store], capture_output=True, text=True)
        print(build.stdout.strip().splitlines()[-1] if build.stdout.strip() else build.stderr, file=sys.stderr)
        evaluate = [*kg, "eval", *map(str, golds), "--store", store, *(["--json"] if args.json else [])]
        return subprocess.run(evaluate).returncode


if __name__ == "__main__":
    raise SystemExit(main())
