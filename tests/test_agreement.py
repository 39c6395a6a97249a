"""eval/agreement.py: two annotators' files compared with kg eval's facts."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from helpers import eval_script


def _tool() -> ModuleType:
    return eval_script("agreement")


def _gold(**over: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "document": "xwlb:VIDEinvented", "persons": ["张三", "李四"], "posts": [["张三", "江苏省", "PartySecretary"]],
        "events": [{"id": "m", "type": "Meeting", "date": "2025-01-02", "location": "南京", "label_has": "座谈会"}],
        "participation": [["m", "chair", ["张三"]]],
        "statements": [{"n": 3, "sent": "abcd1234", "kind": "directive", "speaker": "张三", "issuer": "张三",
                        "addressees": ["江苏省"]}],
    }
    gold.update(over)
    return gold


def test_identical_files_agree_fully() -> None:
    scores = _tool().compare(_gold(), _gold())
    assert all(s.f1 == 1.0 for s in scores.values() if s.gold)


def test_events_align_by_label_containment_and_other_ids() -> None:
    b = _gold(events=[{"id": "x", "type": "Meeting", "date": "2025-01-02", "location": "南京市",
                       "label_has": "民营企业座谈会"}], participation=[["x", "chair", ["张三"]]])
    scores = _tool().compare(_gold(), b)
    assert scores["events"].f1 == 1.0 and scores["participation"].f1 == 1.0


def test_a_different_date_costs_a_miss_and_a_spurious() -> None:
    b = _gold(events=[{"id": "m", "type": "Meeting", "date": "2025", "location": "南京", "label_has": "座谈会"}])
    score = _tool().compare(_gold(), b)["events"]
    assert (score.gold, score.system, score.f1) == (1, 1, 0.0)


def test_statement_kind_and_agents_differ() -> None:
    b = _gold(statements=[{"n": 3, "sent": "abcd1234", "kind": "commitment", "speaker": "张三",
                           "committers": ["江苏"]}])
    scores = _tool().compare(_gold(), b)
    assert scores["statement_issuers"].recall == 0.0
    assert scores["statement_committers"].gold == 0 and scores["statement_committers"].system == 1
    assert scores["statement_speakers"].f1 == 1.0


def test_main_needs_common_items(tmp_path: Path, capsys: Any) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "VIDEinvented.json").write_text(json.dumps(_gold()), encoding="utf-8")
    assert _tool().main([str(a), str(b)]) == 2
    (b / "VIDEinvented.json").write_text(json.dumps(_gold(persons=["张三"])), encoding="utf-8")
    assert _tool().main([str(a), str(b)]) == 0
    assert "persons" in capsys.readouterr().out
