"""List candidate 新闻联播 items for the dev set, by category.

This is the helper used to *find* items worth annotating; the choice among
the candidates, and all annotation, was done by hand (see ``eval/README.md``).
It prints ids, dates and titles only, so nothing from the corpus ends up in
the repository.

Usage::

    python eval/select_items.py [--corpus ../shared/corpus/xwlb.jsonl] [--category symposium]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "xwlb.jsonl"

# Each category: (pattern the title must match, pattern the opening of the text must match).
# Keywords, not corpus text: they describe the kind of report we want.
CATEGORIES: dict[str, tuple[str, str]] = {
    # A leader chairs a regional symposium or hears a province's work report.
    "symposium": (
        r"(习近平|韩正|李强|丁薛祥|李克强).*(主持召开|座谈会|工作汇报)",
        r"(座谈会|汇报)",
    ),
    # A regional or national leading group meets.
    "leading_group": (r"领导小组.*会议|领导小组会", r"领导小组"),
    # The annual Yangtze River Delta meetings, forums and action plans.
    "yrd": (r"长三角", r"(主要领导座谈会|高层论坛|行动方案|一体化发展)"),
    # Routine reports naming officials: executive meetings, press conferences,
    # forums, ceremonies, provincial interviews and inspections.
    "ordinary": (
        r"(国务院常务会议|发布会|论坛|仪式|权威访谈|调研)",
        r"(省委书记|省长|自治区主席|部长|主任|国务院总理|副总理|委员长|副主席)",
    ),
}


def candidates(corpus: Path, category: str) -> Iterator[tuple[str, str, str, int]]:
    """Yield (id, date, title, text length) of items that fit ``category``."""
    title_pat, text_pat = (re.compile(p) for p in CATEGORIES[category])
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if title_pat.search(row["title"]) and text_pat.search(row["html"][:600]):
                yield row["id"], row["date"], row["title"], len(row["html"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--category", choices=sorted(CATEGORIES), action="append")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    for category in args.category or sorted(CATEGORIES):
        print(f"# {category}")
        for item_id, date, title, size in candidates(args.corpus, category):
            print(f"{item_id}\t{date}\t{size}\t{title}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
