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

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold_dir", type=Path, help="folder of gold JSON files (eval/dev, eval/heldout)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--json", action="store_true", help="print kg eval's JSON report")
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
    with tempfile.TemporaryDirectory() as tmp:
        items = Path(tmp) / "items.jsonl"
        with args.corpus.open(encoding="utf-8") as src, items.open("w", encoding="utf-8") as out:
            for line in src:
                if json.loads(line).get("id") in ids:
                    out.write(line)
        kg = [sys.executable, "-m", "kg"]
        store = str(Path(tmp) / "store")
        build = subprocess.run([*kg, "build", str(items), "--store", store], capture_output=True, text=True)
        print(build.stdout.strip().splitlines()[-1] if build.stdout.strip() else build.stderr, file=sys.stderr)
        evaluate = [*kg, "eval", *map(str, golds), "--store", store, *(["--json"] if args.json else [])]
        return subprocess.run(evaluate).returncode


if __name__ == "__main__":
    raise SystemExit(main())
