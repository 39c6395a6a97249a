"""Shared fixtures.

Building an :class:`~kg.nlp.Extractor` loads the reference data, jieba's
dictionary and the tagger (about a second); one per test session is enough.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers.browser import chromium

from kg.nlp import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium for the browser tests (skips without it, fails under CI)."""
    yield from chromium()
