#!/usr/bin/env python3
"""Screenshot of a `kg viz` page, for the docs: ``scripts/screenshot.py OUT.png HTML [--focus TEXT] [--cell]``.

Uses the system Chromium through Playwright (see scripts/setup-browser.sh) with a fixed
viewport, so the picture is the same from run to run.  With ``--focus`` the search box is used
first, so the picture shows that node selected and its side panel open.  On a matrix page
(``kg viz --view matrix``), ``--cell`` clicks the fullest cell whose row and column are both
named, so the picture shows its statements in the side panel.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars"]


# The fullest cell with a named row and column (the "未列" ones have no data-row/data-col).
CLICK_FULLEST_CELL = """() => {
  const cols = [...document.querySelectorAll('#matrix-table thead th.col')].map(th => th.dataset.col);
  let best = null, most = 0;
  document.querySelectorAll('#matrix-table tbody tr').forEach(tr => {
    if (!tr.querySelector('th').dataset.row) return;
    tr.querySelectorAll('td').forEach((td, i) => {
      const n = Number(td.dataset.count || 0);
      if (cols[i] && n > most) { most = n; best = td; }
    });
  });
  if (best) best.click();
  return most;
}"""


def screenshot(html: Path, out: Path, *, focus: str | None = None, cell: bool = False,
               width: int = 1400, height: int = 900) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
            page.goto(html.resolve().as_uri())
            page.wait_for_function("document.body.dataset.ready === '1'", timeout=60_000)
            if focus:
                page.fill("#search", focus)
                page.press("#search", "Enter")
            if cell:
                page.evaluate(CLICK_FULLEST_CELL)
            page.wait_for_timeout(300)  # let the canvas finish its last redraw
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
        finally:
            browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="PNG to write")
    ap.add_argument("html", type=Path, help="page written by `kg viz`")
    ap.add_argument("--focus", help="search for this node first (opens its panel)")
    ap.add_argument("--cell", action="store_true", help="matrix page: open the fullest named cell")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    a = ap.parse_args()
    screenshot(a.html, a.out, focus=a.focus, cell=a.cell, width=a.width, height=a.height)


if __name__ == "__main__":
    main()
