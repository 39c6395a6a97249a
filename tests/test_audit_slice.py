"""eval/audit.py: the slice a reader judges never holds a gold item."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from helpers import eval_script


def _tool() -> ModuleType:
    return eval_script("audit")


def test_gold_items_are_left_out_and_the_rest_of_the_draw_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"VIDE{i}"}) + "\n" for i in range(20)), encoding="utf-8")
    audit = _tool()
    every = audit.choose_lines(corpus, 8, seed=3)
    ids = [json.loads(line)["id"] for line in every]
    without = audit.choose_lines(corpus, 8, seed=3, without={ids[0], ids[5]})
    assert [json.loads(line)["id"] for line in without] == [i for i in ids if i not in {ids[0], ids[5]}]


def test_gold_ids_reads_every_gold_folder(tmp_path: Path) -> None:
    for folder, item in (("dev", "VIDEa"), ("test9", "VIDEb")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{item}.json").write_text(json.dumps({"document": f"xwlb:{item}"}), encoding="utf-8")
    (tmp_path / "dev" / "broken.json").write_text("{", encoding="utf-8")
    assert _tool().gold_ids(tmp_path) == {"VIDEa", "VIDEb"}
