"""Write ``ontology/translit_chars.csv``: the characters Chinese uses to transliterate foreign
names (斯, 尔, 卡, 娃 …), learnt from names kg already knows.

Sources, never a test set:

* ``dictionary``: the words jieba's dictionary tags ``nrt`` (transliterated person names, about
  6,000): a character is kept when at least ``--min-dictionary`` of them hold it and it is at least
  ``--min-ratio`` times as frequent among their characters as among those of all other words (斯,
  尔, 弗 are; 金, 和, 京 are not: they are as common in Chinese words);
* ``names``: the person names of the dev gold (``eval/dev``) that are transliterations (a middle
  dot or a hyphen inside, or a first character that is no surname of ``ontology/surnames.csv``),
  and the transliterated place names of ``ontology/countries.csv`` and ``ontology/foreign_places.csv``
  (three characters or more: 阿塞拜疆, 布基纳法索; 美国, 日本 are no transliterations): a character
  is kept when at least ``--min-names`` distinct names hold it.

``source`` says which source kept a character (both: ``dictionary|names``), ``count`` how many
dictionary words or names hold it.

    python eval/translit_chars.py            # rewrites ontology/translit_chars.csv
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CJK = re.compile("[\u4e00-\u9fff]")
_JOINERS = re.compile("[·\\-－‐—]")
# words of place names that are translations, not transliterations (新西兰, 中非共和国, 北马其顿)
_NOT_SOUNDS = re.compile("共和国|联邦|合众国|王国|公国|群岛|民主|人民|联合|社会主义|[东南西北中新国岛]$|^[东南西北中新]")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = _rows(ROOT / "ontology" / "surnames.csv")
    single = frozenset(r["surname"] for r in rows if r["kind"] == "single")
    longer = tuple(r["surname"] for r in rows if r["kind"] != "single")
    return single, longer


def foreign_person_names(gold: Path) -> set[str]:
    """Dev-gold persons that read as transliterations."""
    single, longer = _surnames()
    out: set[str] = set()
    for f in sorted(gold.glob("*.json")):
        for name in json.loads(f.read_text(encoding="utf-8")).get("persons", []):
            if _JOINERS.search(name):
                out.update(p for p in _JOINERS.split(name) if p)
            elif not name.startswith(longer) and name[0] not in single and len(name) >= 2:
                out.add(name)
    return out


def foreign_place_names() -> set[str]:
    names: set[str] = set()
    for r in _rows(ROOT / "ontology" / "countries.csv"):
        names.add(r["label"])
        names.update(a for a in r["aliases"].split("|") if a)
    names.update(r["name"] for r in _rows(ROOT / "ontology" / "foreign_places.csv"))
    names = {n for n in names if not _NOT_SOUNDS.search(n)}
    parts = {p for n in names for p in n.split("和")}  # "安提瓜和巴布达": two names and a conjunction
    return {n for n in parts if len(n) >= 3 and not _NOT_SOUNDS.search(n) and all(_CJK.match(c) for c in n)}


def dictionary_chars(min_words: int, min_ratio: float) -> dict[str, int]:
    """Characters of jieba's ``nrt`` words, much more frequent there than in other words."""
    import jieba.posseg as pseg

    pseg.dt.initialize()
    nrt: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    for word, tag in pseg.dt.word_tag_tab.items():
        (nrt if tag == "nrt" else other).update(word)
    n_total, o_total = sum(nrt.values()) or 1, sum(other.values()) or 1
    return {
        c: n
        for c, n in nrt.items()
        if n >= min_words and _CJK.match(c) and (n / n_total) / ((other[c] + 1) / o_total) >= min_ratio
    }


def table(min_names: int, min_words: int, min_ratio: float, gold: Path) -> list[tuple[str, str, int]]:
    holders: collections.Counter[str] = collections.Counter()
    for name in foreign_person_names(gold) | foreign_place_names():
        holders.update(c for c in set(name) if _CJK.match(c))
    named = {c: n for c, n in holders.items() if n >= min_names}
    words = dictionary_chars(min_words, min_ratio)
    rows = []
    for c in sorted(set(named) | set(words), key=lambda c: (-(words.get(c, 0) + named.get(c, 0)), c)):
        source = "|".join(s for s, d in (("dictionary", words), ("names", named)) if c in d)
        rows.append((c, source, words.get(c, named.get(c, 0))))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-names", type=int, default=3)
    ap.add_argument("--min-dictionary", type=int, default=15)
    ap.add_argument("--min-ratio", type=float, default=3.0)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "dev")
    ap.add_argument("-o", "--out", type=Path, default=ROOT / "ontology" / "translit_chars.csv")
    args = ap.parse_args()
    rows = table(args.min_names, args.min_dictionary, args.min_ratio, args.gold)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["char", "source", "count"])
        w.writerows(rows)
    print(f"{len(rows)} characters → {args.out}")


if __name__ == "__main__":
    main()
