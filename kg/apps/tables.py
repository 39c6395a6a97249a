"""Plain-text tables whose columns line up with Chinese text (wide characters count twice).

Shared by the CLI, the evaluation report and the timeline, so that none of them imports another.
Cell widths are rich's (:func:`rich.cells.cell_len`: East Asian wide and full-width characters
take two columns, combining marks none).  The layout is plain text, with no colour and no
box-drawing characters, so it reads the same in a terminal, a pipe and a CI log.

Not ``rich.table.Table`` itself: it took 3.5 s for 5,000 rows where this takes 0.2 s, and
``kg query`` prints tables of tens of thousands of rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: CJK wide and full-width characters count twice."""
    return cell_len(text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An aligned plain-text table: columns two spaces apart, the header underlined with '-'.

    Cells are shown literally; line breaks and tabs in a cell become ⏎ and a space.
    """
    cells = [[c.replace("\n", "⏎").replace("\t", " ") for c in row] for row in rows]
    widths = [cell_len(c) for c in columns]
    for row in cells:
        widths = [max(w, cell_len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)
