#!/usr/bin/env python3
"""Screenshot of a `kg viz` page, for the README: ``scripts/screenshot.py OUT.png HTML [--focus TEXT]``.

Uses the system Chromium through Playwright (see scripts/setup-browser.sh) with a fixed
viewport, so the picture is the same from run to run.  With ``--focus`` the search box is used
first, so the picture shows that node selected and its side panel open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def screenshot(html: Path, out: Path, *, focus: str | None = None, width: int = 1400, height: int = 900) -> None:
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
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    a = ap.parse_args()
    screenshot(a.html, a.out, focus=a.focus, width=a.width, height=a.height)


if __name__ == "__main__":
    main()
