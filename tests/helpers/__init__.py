"""Shared test helpers: paths, hand-made records and corpus items, hand-built DocStates.

Importable as ``helpers`` because pyproject.toml puts ``tests/`` on ``sys.path``
(``[tool.pytest.ini_options] pythonpath``); test modules never import each other.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: The example article shipped with the repository.
SAMPLE = ROOT / "examples" / "000_aed75dd07c0e9222.txt"
#: ``../shared`` next to the checkout: corpus and gold, absent on most machines (tests skip).
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "xwlb.jsonl"
