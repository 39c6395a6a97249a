"""``eval/train_statements.py``: the training pairs and the held-out lists (no corpus needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import eval_script

train_statements = eval_script("train_statements")


def _item(labels: list[str]) -> Any:
    text = "某市将建设一座新港口。"
    sentences = [(text, [(0, 2), (2, 3), (3, 5), (5, 7), (7, 10), (10, 11)], None, label) for label in labels]
    return train_statements.Item("X1", Path("x.json"), sentences=sentences)


def test_oversampling_repeats_only_commitment_sentences() -> None:
    item = _item(["COMMITMENT", "DIRECTIVE", "NEITHER"])
    features = {"standing": True}
    once = train_statements.training_examples([item], features)
    assert [label for _, label in once] == ["COMMITMENT", "DIRECTIVE", "NEITHER"]
    thrice = train_statements.training_examples([item], features, oversample=3)
    assert [label for _, label in thrice] == ["COMMITMENT"] * 3 + ["DIRECTIVE", "NEITHER"]
    assert thrice[0][0] == thrice[1][0] == once[0][0]


def test_held_out_ids_are_the_first_column_of_the_lists(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("ID1\t2020-01-01\t标题一\nID2\t2020-01-02\t标题二\n\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ID3\n", encoding="utf-8")
    assert train_statements.item_ids([tmp_path / "a.txt", tmp_path / "b.txt"]) == {"ID1", "ID2", "ID3"}
