"""Does a change leave kg's output as it was?  The ``Extraction`` of every eval/dev item and of the first
corpus lines, written per article by one tree and compared record by record with another's.

    cd /work/base && PYTHONPATH=$PWD python benchmarks/same_output.py dump /tmp/before.pkl
    cd /work/mine && PYTHONPATH=$PWD python benchmarks/same_output.py dump /tmp/after.pkl
    python benchmarks/same_output.py compare /tmp/before.pkl /tmp/after.pkl

A speed change must print "0 differ".  The items are copied to a file outside the repository (corpus
text never goes into it); ``--lines`` sets how many corpus lines are added to the dev items (300).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"


def _items(corpus: Path, lines: int, out: Path) -> None:
    ids = {json.loads(p.read_text(encoding="utf-8"))["document"].split(":", 1)[1]
           for p in (ROOT / "eval" / "dev").glob("*.json")}
    with corpus.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i < lines or json.loads(line).get("id") in ids:
                dst.write(line)


def dump(out: Path, corpus: Path, lines: int) -> int:
    from kg.io.normalise import normalise
    from kg.io.read import iter_documents, split_bundle
    from kg.nlp import Extractor
    from kg.records import Document

    # one fixed path: the articles' ``source`` names it, and both trees' dumps must name the same
    items = Path(tempfile.gettempdir()) / f"kg_same_output_{lines}.jsonl"
    _items(corpus, lines, items)
    articles = [normalise(d) for it in iter_documents([items]) if isinstance(it, Document) for d in split_bundle(it)]
    found = {e.article.key: repr(e) for e in Extractor().extract_many(articles)}
    with out.open("wb") as f:
        pickle.dump(found, f)
    print(f"{len(found)} articles → {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    with before.open("rb") as f:
        a = pickle.load(f)
    with after.open("rb") as f:
        b = pickle.load(f)
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    print(f"{len(a.keys() | b.keys())} articles, {len(differ)} differ")
    for key in differ[:5]:
        x, y = a.get(key, ""), b.get(key, "")
        i = next((n for n, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
        print(f"{key}\n  before: …{x[max(0, i - 150):i + 250]}\n  after:  …{y[max(0, i - 150):i + 250]}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write this tree's Extractions")
    d.add_argument("out", type=Path)
    d.add_argument("--corpus", type=Path, default=CORPUS)
    d.add_argument("--lines", type=int, default=300)
    c = sub.add_parser("compare", help="compare two dumps record by record")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.out, args.corpus, args.lines)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
