"""Plain-text tables whose columns line up with Chinese text (wide characters count twice).

Shared by the CLI, the evaluation report and the timeline, so that none of them imports another.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: CJK wide and full-width characters count twice."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """An aligned plain-text table; columns line up even with Chinese text."""
    cells = [[c.replace("\n", "⏎").replace("\t", " ") for c in row] for row in rows]
    widths = [display_width(c) for c in columns]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]
    lines = [
        "  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)
