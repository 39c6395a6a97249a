"""notebooks/explore.ipynb runs headless from top to bottom and shows the sample's facts.

The notebook is executed in memory with nbclient (kernel ``python3`` from the
interpreter running the tests); the file on disk must stay without outputs.
"""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from helpers import ROOT, SHARED

pytestmark = pytest.mark.slow

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

#: Corpus lines the notebook builds when the corpus is present: enough to exercise the
#: corpus branch of every cell, few enough to keep the test quick.
SLICE_LINES = "25"


def _cells_with(nb: Any, needle: str) -> list[Any]:
    return [c for c in nb.cells if c.cell_type == "code" and needle in c.source]


def _html_rows(cell: Any) -> list[list[str]]:
    """The rows of the HTML tables a cell displayed, as lists of cell texts."""
    rows = []
    for out in cell["outputs"]:
        page = out.get("data", {}).get("text/html", "")
        for tr in re.findall(r"<tr.*?>(.*?)</tr>", page, flags=re.S):
            cells = re.findall(r"<t[dh].*?>(.*?)</t[dh]>", tr, flags=re.S)
            rows.append([html.unescape(c).strip() for c in cells])
    return rows


def test_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"cells {dirty} of {NOTEBOOK.name} carry outputs; clear them before saving"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    mp = pytest.MonkeyPatch()
    mp.setenv("KG_NOTEBOOK_SLICE", SLICE_LINES)
    # The kernel runs from the notebooks folder, like a user's Jupyter would.
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # kernel "python3" is ipykernel's native kernel: the interpreter running the tests.
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", allow_errors=True,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    try:
        client.execute()
    finally:
        mp.undo()
    return nb


def test_no_cell_errors(executed: Any) -> None:
    errors = [
        (i, out.get("ename"), out.get("evalue"))
        for i, cell in enumerate(executed.cells)
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
    ]
    assert not errors, f"cells raised: {errors}"


def test_posts_table_shows_li_qiang_as_shanghai_party_secretary(executed: Any) -> None:
    (cell,) = _cells_with(executed, "posts = table(")
    rows = _html_rows(cell)
    assert rows, "the posts cell displayed no table"
    hits = [r for r in rows if "李强" in r and "上海市委" in r and "PartySecretary" in r]
    assert hits, f"no row with 李强 / 上海市委 / PartySecretary among {rows[:5]}…"


def test_analysis_and_plot_produced_output(executed: Any) -> None:
    (plot,) = _cells_with(executed, "plt.show()")
    assert any("image/png" in out.get("data", {}) for out in plot.outputs), "the plot cell drew nothing"
    (ties,) = _cells_with(executed, "weighted_projected_graph")
    text = "".join(out.get("text", "") for out in ties.outputs)
    m = re.search(r"(\d+) provinces, (\d+) projects", text)
    assert m and int(m.group(1)) >= 3 and int(m.group(2)) >= 1, text  # the sample: 三省一市 commit to projects
    (central,) = _cells_with(executed, "degree_centrality")
    assert any("李强" in r for r in _html_rows(central)), "李强 attends the sample's meeting but is not in the centrality table"


def test_corpus_slice_branch_matches_the_environment(executed: Any) -> None:
    (cell,) = _cells_with(executed, "SLICE_LINES = int(")
    text = "".join(out.get("text", "") for out in cell.outputs)
    if (SHARED / "corpus" / "xwlb.jsonl").exists():
        assert f"corpus slice ({SLICE_LINES} lines):" in text and " built" in text, text
    else:
        assert "no corpus slice" in text, text
