"""The Python API, for scripts and notebooks.

>>> import kg
>>> report = kg.build(["examples/"], store="kg-store")      # doctest: +SKIP
>>> kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }")  # doctest: +SKIP
[{'n': '李强'}, ...]

Each call opens the store and closes it again, so a notebook never keeps the
store locked against a ``kg`` command run in a terminal; for many queries in a
row use ``with kg.open_store(...) as s: s.select(...)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date
from pathlib import Path
from typing import Any

from kg.apps.build import BuildReport, build_paths
from kg.store import DEFAULT_STORE, GraphStore, Store, open_store

__all__ = ["build", "query", "query_frame", "open_store", "GraphStore", "Store", "BuildReport"]


def build(
    paths: str | Path | Iterable[str | Path],
    store: str | Path = DEFAULT_STORE,
    date: Date | None = None,
    *,
    extractor: Any = None,
    force: bool = False,
) -> BuildReport:
    """Build (or update) the store at ``store`` from the documents under ``paths``."""
    path_list = [paths] if isinstance(paths, str | Path) else list(paths)
    with open_store(store) as s:
        return build_paths(path_list, s, date=date, extractor=extractor, force=force)


def query(sparql: str, store: str | Path = DEFAULT_STORE) -> list[dict[str, str]]:
    """Run a SELECT query; rows map variable → lexical value (IRIs as strings)."""
    with open_store(store, create=False) as s:
        return s.select(sparql)


def query_frame(sparql: str, store: str | Path | Store = DEFAULT_STORE) -> Any:
    """Run a SELECT query; the answer as a pandas DataFrame (one column per variable).

    IRIs are strings, numbers ints or floats, ``xsd:date`` columns ``datetime64``.  ``store``
    is a directory, a SPARQL server URL or an open :class:`Store`.
    """
    from kg.apps.exports import to_frame

    if isinstance(store, Store):
        return to_frame(store.query(sparql))
    with open_store(store, create=False) as s:
        return to_frame(s.query(sparql))
