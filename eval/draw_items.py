"""Draw items for a blind test set at random: ``python eval/draw_items.py --seed 20261130``.

eval/test2 was drawn this way: every corpus item whose title names a leader or a kind of
political report (the pattern below), with 400–9,000 characters of HTML, and that is in
no gold set yet, shuffled with the seed; then the first 8 of 2019 + the first 4 of 2022
went to one annotator and the first 8 of 2025 + the next 4 of 2022 to the other.  It
prints ids, dates and titles only (nothing of the corpus is written into the repository).
The draw depends on the gold sets present, so it reproduces eval/test2 only with the
folders as they were before eval/test2 existed (pass ``--exclude-test2``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "xwlb.jsonl"
SETS = ("dev", "test", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "heldout", "sample")  # test2 is added unless --exclude-test2
POLITICAL = re.compile(
    r"(习近平|李强|李克强|王沪宁|赵乐际|栗战书|韩正|蔡奇|丁薛祥|汪洋|王岐山|座谈|考察|调研|会见|会谈|会议|论坛|签署"
    r"|发布会|开幕|闭幕|代表团|省委|政协|人大|国务院|联播快讯|各地|热议|启动|部署|任命)"
)


def used_ids(sets: tuple[str, ...]) -> set[str]:
    """Items already in a gold set: drawing them again would leak tuning data into a test."""
    ids = set()
    for name in sets:
        for path in (ROOT / "eval" / name).glob("*.json"):
            document = json.loads(path.read_text(encoding="utf-8")).get("document", "")
            if document.startswith("xwlb:"):
                ids.add(document.split(":", 1)[1])
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--per-year", type=int, default=12)
    parser.add_argument("--exclude-test2", action="store_true", help="ignore eval/test2 when excluding used items")
    parser.add_argument(
        "--title",
        type=re.compile,
        default=POLITICAL,
        help="draw only items whose title matches this pattern (a genre for new dev items, e.g. '会见|会谈')",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"draw_items: corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    used = used_ids(SETS if args.exclude_test2 else (*SETS, "test2"))
    pool = []
    with args.corpus.open(encoding="utf-8") as src:
        for line in src:
            item = json.loads(line)
            if item["id"] not in used and args.title.search(item["title"]) and 400 < len(item["html"]) < 9000:
                pool.append((item["id"], item["date"], item["title"]))
    random.seed(args.seed)
    random.shuffle(pool)
    for year in ("2019", "2022", "2025"):
        for item_id, date, title in [p for p in pool if p[1].startswith(year)][: args.per_year]:
            print(f"{item_id}\t{date}\t{title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
