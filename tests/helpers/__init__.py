"""Shared test helpers: paths, hand-made records and corpus items, hand-built DocStates.

Importable as ``helpers`` because pyproject.toml puts ``tests/`` on ``sys.path``
(``[tool.pytest.ini_options] pythonpath``); test modules never import each other.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
#: The example article shipped with the repository.
SAMPLE = ROOT / "examples" / "000_aed75dd07c0e9222.txt"
#: ``../shared`` next to the checkout: corpus and gold, absent on most machines (tests skip).
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "xwlb.jsonl"


def eval_script(name: str) -> ModuleType:
    """A script of ``eval/`` (not a package: loaded from its file) as a module, for the tests of the
    annotation and audit tools (``eval_script("agreement").compare(a, b)``).  Registered in
    ``sys.modules`` before it runs: a script's dataclasses look their module up there."""
    spec = importlib.util.spec_from_file_location(f"eval_{name}", ROOT / "eval" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
