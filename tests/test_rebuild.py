"""A rebuild skips unchanged articles, unless the extraction code or rules changed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import SAMPLE

from kg.apps.build import build_paths, pipeline_version
from kg.nlp import Extractor
from kg.store import open_store


def test_upgraded_pipeline_re_extracts_an_unchanged_text(
    tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    try:
        assert build_paths([SAMPLE], store, extractor=extractor).built == 1
        again = build_paths([SAMPLE], store, extractor=extractor)
        assert (again.built, again.skipped) == (0, 1), "an unchanged article is skipped"
        rows = store.select("SELECT ?v WHERE { ?a a schema:NewsArticle ; kg:pipelineVersion ?v }")
        assert [r["v"] for r in rows] == [pipeline_version()]
        # kg.apps.build is also the name of the API function, so reach the module through sys.modules
        monkeypatch.setattr(sys.modules["kg.apps.build"], "pipeline_version", lambda: "another-version")
        upgraded = build_paths([SAMPLE], store, extractor=extractor)
        assert (upgraded.built, upgraded.skipped) == (1, 0), "new rules re-extract the article"
        rows = store.select("SELECT ?v WHERE { ?a a schema:NewsArticle ; kg:pipelineVersion ?v }")
        assert [r["v"] for r in rows] == ["another-version"], "the article graph was replaced, not added to"
    finally:
        store.close()
