"""Pinyin for persons' names, so that a reader without Chinese can read a result table.

``习近平`` → ``Xi Jinping``: surname first and capitalised, the given name as one word, no
tone marks (the form English-language news and official English use).  A surname read
differently as a surname than as a word (曾 Zeng, 单 Shan, 解 Xie …), and a whole name
whose characters pypinyin reads wrongly (郑栅洁 Zheng Shanjie), are rows of
``ontology/pinyin.csv`` (``kind`` ``surname`` or ``name``); compound surnames (欧阳) come from
``ontology/surnames.csv``.  Everything else is pypinyin's dictionary reading, offline.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

_HAN = re.compile(r"[\u3400-\u9fff]+")


@lru_cache(maxsize=4)
def _readings(directory: str) -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(surname → reading, whole name → reading, compound surnames longest first)."""
    d = Path(directory)
    readings: dict[str, dict[str, str]] = {"surname": {}, "name": {}}
    path = d / "pinyin.csv"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r.get("kind") in readings and r.get("pinyin"):
                    readings[r["kind"]][r["text"]] = r["pinyin"]
    compound: list[str] = []
    path = d / "surnames.csv"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            compound = [r["surname"] for r in csv.DictReader(fh) if r.get("kind") == "compound"]
    return readings["surname"], readings["name"], tuple(sorted(compound, key=len, reverse=True))


def _syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [s for s in lazy_pinyin(text, style=Style.NORMAL, v_to_u=True) if s]


def _word(syllables: list[str]) -> str:
    """Syllables joined into one word; an apostrophe where a syllable starting with a, o or e
    would otherwise run into the previous one (Xi'an, not Xian)."""
    out = ""
    for s in syllables:
        out += ("'" if out and s[:1] in "aoe" else "") + s
    return out[:1].upper() + out[1:]


def name_pinyin(name: str) -> str | None:
    """The pinyin of a person's name, or ``None`` for a name that is not all Chinese characters."""
    if not name or not _HAN.fullmatch(name):
        return None
    from kg.reference import ontology_dir

    readings, names, compound = _readings(str(ontology_dir()))
    if name in names:
        return names[name]
    surname = next((c for c in compound if name.startswith(c) and len(name) > len(c)), name[0])
    given = name[len(surname) :]
    family = readings.get(surname) or _word(_syllables(surname))
    if not given:
        return family
    return f"{family} {_word(_syllables(given))}"
