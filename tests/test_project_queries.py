"""queries/project-committers-by-year.rq: a project's committers across years (issue 10.4), on
invented reports of two years."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.apps.build import build_paths
from kg.store import open_store

REPO = Path(__file__).resolve().parents[1]
QUERY = REPO / "queries" / "project-committers-by-year.rq"
ZONE = "长三角生态绿色一体化发展示范区"


def test_a_project_s_committers_by_year(tmp_path: Path, extractor: Any) -> None:
    (tmp_path / "20190601_a.txt").write_text(
        f"本台消息，上海市召开推进大会。上海将加快建设{ZONE}，打造高质量发展样板。", encoding="utf-8")
    (tmp_path / "20220601_b.txt").write_text(
        f"本台消息，江苏省召开推进大会。江苏将全力推进{ZONE}建设。上海将持续深化一体化示范区改革。",
        encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        report = build_paths([tmp_path / "20190601_a.txt", tmp_path / "20220601_b.txt"], store, extractor=extractor)
        assert report.built == 2
        result = store.query(QUERY.read_text(encoding="utf-8"))
        assert isinstance(result, ox.QuerySolutions)
        rows = {(s["project"].value, int(s["year"].value), s["committer"].value, int(s["commitments"].value))
                for s in result}
    assert {(ZONE, 2019, "上海市", 1), (ZONE, 2022, "上海市", 1), (ZONE, 2022, "江苏省", 1)} <= rows
    assert all(project == ZONE for project, *_ in rows)
