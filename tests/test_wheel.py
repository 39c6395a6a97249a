"""The wheel works on its own: built with ``pip wheel``, installed outside the repository, it
builds the sample, draws it and evaluates it from another folder, with the same N-Quads as a
build from the source tree.

The wheel is installed with ``pip install --target`` and run with ``PYTHONPATH`` pointing
there (its dependencies come from the current environment): what is checked is that the
package and its data (``kg/ontology``) are complete, not pip's dependency resolution.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLE

pytestmark = pytest.mark.slow

GOLD = ROOT / "eval" / "sample" / "000_aed75dd07c0e9222.json"


def run(args: list[str], cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_ONTOLOGY_DIR")}
    env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{args}: {done.stderr[-2000:]}"
    return done


def sorted_nquads(path: Path) -> list[str]:
    """The export's lines, sorted, without the pipeline version (a hash of the running code)."""
    return sorted(line for line in path.read_text(encoding="utf-8").splitlines() if "pipelineVersion" not in line)


def build_and_export(cwd: Path, pythonpath: Path) -> list[str]:
    run(["-m", "kg", "build", SAMPLE.name, "--store", "store"], cwd, pythonpath)
    run(["-m", "kg", "export", "--store", "store", "-o", "graph.nq"], cwd, pythonpath)
    return sorted_nquads(cwd / "graph.nq")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, installed into a folder of its own."""
    base = tmp_path_factory.mktemp("wheel")
    dist, site = base / "dist", base / "site"
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    # hatchling is a dev dependency: building without isolation needs no network
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-w", str(dist)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = dist.glob("kg-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return site


def workdir(base: Path) -> Path:
    """A folder outside the repository holding only the input article and the gold file."""
    base.mkdir()
    shutil.copy(SAMPLE, base / SAMPLE.name)  # the gold names the file
    shutil.copy(GOLD, base / "gold.json")
    return base


def test_wheel_ships_the_rule_and_reference_data(installed: Path) -> None:
    data = installed / "kg" / "ontology"
    assert (data / "kg.ttl").is_file() and (data / "titles.csv").is_file()
    assert not (installed / "ontology").exists()  # inside the package, not beside it


def test_wheel_ships_the_statement_kind_model_and_it_loads_from_the_package(installed: Path, tmp_path: Path) -> None:
    model = installed / "kg" / "models" / "statement_kind"
    assert {p.name for p in model.iterdir()} == {"cfg", "model", "features.json"}, "weights and labels, no vocabulary"
    code = (
        "import spacy\n"
        "from kg.nlp.statement_kind import DEFAULT_MODEL, StatementKindModel\n"
        "m = StatementKindModel.load(spacy.blank('zh').vocab, DEFAULT_MODEL)\n"
        "(s,) = m.score([['[NATIONAL]', '[CONT]', '要', '加快', '建设', '。']])\n"
        "print(DEFAULT_MODEL, max(s, key=s.get))\n"
    )
    path, label = run(["-c", code], tmp_path, installed).stdout.split()
    assert Path(path).is_relative_to(installed) and label == "DIRECTIVE"


def test_installed_wheel_builds_views_and_evaluates_the_sample_like_the_source_tree(
    installed: Path, tmp_path: Path
) -> None:
    here = workdir(tmp_path / "from-wheel")
    where = run(["-c", "import kg.reference as r; print(r.__file__); print(r.ontology_dir())"], here, installed)
    module, ontology = where.stdout.split()
    assert Path(module).is_relative_to(installed) and Path(ontology).is_relative_to(installed)

    from_wheel = build_and_export(here, installed)
    run(["-m", "kg", "viz", "--store", "store", "-o", "graph.html"], here, installed)
    assert "<html" in (here / "graph.html").read_text(encoding="utf-8").lower()
    scores = run(["-m", "kg", "eval", "gold.json", "--store", "store"], here, installed).stdout
    assert "persons" in scores

    from_source = build_and_export(workdir(tmp_path / "from-source"), ROOT)
    assert len(from_wheel) > 1000
    assert from_wheel == from_source


def test_installed_wheel_declares_the_components_to_spacy(installed: Path, tmp_path: Path) -> None:
    """A pipeline saved by the installed package loads with spacy.load alone: the factories and
    the rule loader are found through the wheel's entry points, kg is not imported first."""
    run(["-c", "from kg.nlp import Extractor; Extractor().nlp.to_disk('pipe')"], tmp_path, installed)
    code = (
        "import sys, spacy\n"
        "assert 'kg' not in sys.modules\n"
        "nlp = spacy.load('pipe')\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    names = run(["-c", code], tmp_path, installed).stdout.split()
    assert names[0] == "kg_segmenter" and "kg_gazetteer" in names and names[-1] == "kg_entities"
