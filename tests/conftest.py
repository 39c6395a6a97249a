"""Shared fixtures.

Building an :class:`~kg.nlp.Extractor` loads the reference data, jieba's
dictionary and the tagger (about a second); one per test session is enough.
"""

from __future__ import annotations

import pytest

from kg.nlp import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
