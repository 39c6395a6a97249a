"""The pipeline saved with ``nlp.to_disk`` and loaded with ``spacy.load`` in a fresh process,
where only spaCy's entry points say where the components are, extracts the same facts."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from helpers import ROOT, SAMPLE

from kg.errors import KgError
from kg.graph.rdf import article_quads, to_nquads
from kg.io.normalise import normalise
from kg.io.read import iter_documents
from kg.nlp import Extractor
from kg.records import Document

# What the fresh process runs: nothing of kg is imported before spacy.load.
FRESH = """
import sys
import spacy
assert not any(m == "kg" or m.startswith("kg.") for m in sys.modules), "kg imported before spacy.load"
nlp = spacy.load(sys.argv[1])
from kg.graph.rdf import article_quads, to_nquads
from kg.io.normalise import normalise
from kg.io.read import iter_documents
from kg.nlp import Extractor
from kg.records import Document
(doc,) = iter_documents([sys.argv[2]])
sys.stdout.write(to_nquads(article_quads(Extractor(nlp=nlp).extract(normalise(doc)))))
"""


def facts(nquads: str) -> list[str]:
    return sorted(line for line in nquads.splitlines() if "pipelineVersion" not in line)


def entry_points_dir(base: Path) -> Path:
    """A dist-info folder declaring pyproject.toml's entry points, as an installed kg has."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = base / "kg_pipeline_test-0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: kg-pipeline-test\nVersion: 0\n", encoding="utf-8")
    lines = []
    for group, points in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{name} = {target}" for name, target in points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return base


def test_to_disk_then_spacy_load_in_a_fresh_process_extracts_the_same_facts(
    tmp_path: Path, extractor: Extractor
) -> None:
    (doc,) = iter_documents([SAMPLE])
    here = facts(to_nquads(article_quads(extractor.extract(normalise(doc)))))
    saved = tmp_path / "pipeline"
    extractor.nlp.to_disk(saved)
    assert (saved / "kg_gazetteer" / "gazetteer.json").is_file()
    assert (saved / "kg_officials" / "rules.json").is_file()

    env = {k: v for k, v in os.environ.items() if k != "KG_ONTOLOGY_DIR"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(entry_points_dir(tmp_path / "site"))])
    done = subprocess.run([sys.executable, "-c", FRESH, str(saved), str(SAMPLE)], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    there = facts(done.stdout)
    assert len(here) > 500 and any("Membership" in q for q in here)
    assert there == here


def test_a_component_saved_with_other_rules_refuses_to_load(tmp_path: Path, extractor: Extractor) -> None:
    events = extractor.nlp.get_pipe("kg_events")
    events.to_disk(tmp_path / "events")
    (tmp_path / "events" / "rules.json").write_text('{"rules_digest": "0000"}', encoding="utf-8")
    with pytest.raises(KgError, match="saved with other rule data"):
        events.from_disk(tmp_path / "events")
    assert events.from_bytes(events.to_bytes()) is events


def test_persons_places_and_organisations_end_up_as_doc_ents(extractor: Extractor) -> None:
    text = "上海市委书记李强主持会议。江苏省委书记吴政隆出席。"
    article = normalise(Document(source="t", key="t", text=text))
    doc = extractor.nlp(extractor._doc(article))
    ents = {(e.text, e.label_, e.kb_id_) for e in doc.ents}
    assert {("李强", "PERSON", "李强"), ("吴政隆", "PERSON", "吴政隆")} <= ents
    assert ("上海市委", "ORG", "上海市委") in ents or ("上海", "GPE", "上海") in ents
    assert all(e.label_ in ("PERSON", "GPE", "ORG") for e in doc.ents)
