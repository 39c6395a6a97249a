"""Headless Chromium through Playwright, shared by the viewer and the SPARQL-page browser tests.

Needs /usr/bin/chromium and the playwright Python package (``scripts/setup-browser.sh``).
Without them the tests skip, except under CI (env CI set), where a skip would hide that the
page was never opened, so they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _unavailable() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (run scripts/setup-browser.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is missing (run scripts/setup-browser.sh)"
    return None


def chromium() -> Iterator[Any]:
    """A launched headless Chromium (the ``browser`` fixture of conftest.py), closed afterwards."""
    reason = _unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()
