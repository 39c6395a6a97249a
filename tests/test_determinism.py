"""Building the same input twice, in two processes, yields byte-identical sorted N-Quads.

Two processes with different ``PYTHONHASHSEED``s: any iteration over a set or a
hash-ordered structure that leaks into the output shows up as a difference.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import SAMPLE


def _build_and_export(tmp: Path, seed: str) -> bytes:
    store, out = tmp / f"store-{seed}", tmp / f"graph-{seed}.nq"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    for args in (["build", str(SAMPLE), "--store", str(store)], ["export", "--store", str(store), "-o", str(out)]):
        done = subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, cwd=tmp)
        assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_two_builds_in_two_processes_give_identical_nquads(tmp_path: Path) -> None:
    first = _build_and_export(tmp_path, "1")
    second = _build_and_export(tmp_path, "2")
    assert first, "the export is empty"
    assert first == second, "the sorted N-Quads of two builds of the sample differ"
