"""Number the sentences of corpus items, for annotating statements without copying text.

Statement gold (``"statements"`` in a gold file, see ``docs/gold-format.md``) names a sentence
by its number ``n`` within the report and an 8-hex-digit fingerprint ``sent`` of its text, so
that gold files hold no corpus text.  Text comes from kg's reader and
normaliser; sentences are cut by the rule of ``statements-guide.md`` (up to 。！？ with any
closing quotes, or a paragraph end), implemented here and frozen, so gold fingerprints do not
move when kg's own segmenter changes.  ``kg eval`` finds the gold sentence that holds a system
statement's evidence.

    python eval/sentences.py VIDE0iRNZzwJ3b6CMRJybBfT190604 [more ids] [--corpus PATH]

prints, for each report of each item (a 联播快讯 bundle gives several reports ``<id>-1``…),
its key, date and title, then one line per sentence: ``n<TAB>fingerprint<TAB>sentence``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "xwlb.jsonl"


def fingerprint(sentence: str) -> str:
    """The first 8 hex digits of the sha1 of the sentence (whitespace-stripped)."""
    return hashlib.sha1(sentence.strip().encode("utf-8")).hexdigest()[:8]


_SENT_END = re.compile(r"[。！？!?]+[”’」』）)]*|…{2}[”’」』]*")


def sentences(text: str) -> list[str]:
    """The sentences of normalised article text: each paragraph cut after 。！？ (and closing quotes)."""
    out: list[str] = []
    for para in text.split("\n"):
        start = 0
        for cut in [*(m.end() for m in _SENT_END.finditer(para)), len(para)]:
            if para[start:cut].strip():
                out.append(para[start:cut].strip())
            start = cut
    return out


def _lines(corpus: Path, ids: set[str]) -> Iterator[str]:
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if json.loads(line).get("id") in ids:
                yield line


def articles(ids: list[str], corpus: Path = DEFAULT_CORPUS) -> Iterator[object]:
    """The normalised kg articles of the given corpus items (bundles split)."""
    from kg.io.normalise import normalise
    from kg.io.read import iter_documents, split_bundle

    with tempfile.TemporaryDirectory() as tmp:
        slice_path = Path(tmp) / "items.jsonl"
        slice_path.write_text("".join(_lines(corpus, set(ids))), encoding="utf-8")
        for item in iter_documents([slice_path]):
            if hasattr(item, "reason"):
                print(f"# unreadable: {item.reason}", file=sys.stderr)
                continue
            for doc in split_bundle(item):
                yield normalise(doc)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ids", nargs="+")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    for art in articles(args.ids, args.corpus):
        print(f"## {art.key}  {art.date}  {art.title}")  # type: ignore[attr-defined]
        for n, sent in enumerate(sentences(art.text)):  # type: ignore[attr-defined]
            print(f"{n}\t{fingerprint(sent)}\t{sent}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
