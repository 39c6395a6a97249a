"""The triple store: an embedded Oxigraph database behind a small interface.

Everything else (build, query, viewer, evaluation) talks to a
:class:`~kg.store.base.GraphStore` through a handful of methods (``replace_article``,
``select``, ``query``, ``export`` …), which this store and the SPARQL server
(:mod:`kg.store.remote`) both provide.

Writes of one article happen in a single SPARQL update, which Oxigraph applies
as one transaction: a crash mid-build leaves each article either fully old or
fully new, never half written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import StoreError
from kg.graph import iri
from kg.store.base import (
    CONTENT_HASH,
    EXPORT_FORMATS,
    REFERENCE_MAPPING_VERSION,
    SUFFIX_FORMATS,
    SparqlStore,
    refuse_service,
    syntax_error,
)

DEFAULT_STORE = "kg-store"

__all__ = ["DEFAULT_STORE", "EXPORT_FORMATS", "REFERENCE_MAPPING_VERSION", "SUFFIX_FORMATS", "Store",
           "memory_store", "open_local"]

def _store_error(location: Path, exc: OSError) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        return StoreError(
            f"the store {location} is in use by another process (a running `kg build` or `kg query`?); "
            "wait for it to finish or use another --store directory"
        )
    if "not a directory" in text.lower():
        return StoreError(f"{location} is not a store directory: it exists and is a file")
    if "permission" in text.lower() or "read-only" in text.lower():
        return StoreError(f"cannot write to the store {location}: permission denied")
    return StoreError(f"cannot open the store {location}: {text}")


class Store(SparqlStore):
    """The embedded store: an Oxigraph database in a folder (or in memory).

    Queries see the union of all graphs as their default graph, so users
    never need ``GRAPH`` clauses unless they ask about provenance.
    """

    def __init__(self, backend: ox.Store, location: Path | None, *, read_only: bool = False) -> None:
        super().__init__(location)
        self._db: ox.Store | None = backend
        self.read_only = read_only

    def __repr__(self) -> str:
        return f"Store({str(self.location) if self.location else ':memory:'!r})"

    # -- lifecycle ----------------------------------------------------------
    @property
    def db(self) -> ox.Store:
        """The Oxigraph database itself (for SHACL validation and bulk reads)."""
        if self._db is None:
            raise StoreError("the store is closed")
        return self._db

    def close(self) -> None:
        """Release the store so that another process can open it.

        Oxigraph releases its lock when the database object is dropped; there
        is no explicit close, so we drop our only reference.
        """
        if self._db is not None:
            if not self.read_only:
                try:
                    self._db.flush()
                except OSError:
                    pass
            self._db = None

    # -- primitives ---------------------------------------------------------
    def _update(self, sparql: str) -> None:
        try:
            self.db.update(sparql)
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.location}: {exc}") from exc

    def article_hash(self, article_iri: str) -> str | None:
        """The content hash recorded for an article, or ``None`` if it was never built."""
        node = ox.NamedNode(article_iri)
        for q in self.db.quads_for_pattern(node, CONTENT_HASH, None, node):
            if isinstance(q.object, ox.Literal):
                return str(q.object.value)
        return None

    def query(self, sparql: str, *, allow_service: bool = False) -> Any:
        """Run any SPARQL query over the union of all graphs; the raw Oxigraph result.

        Returns ``QuerySolutions`` (SELECT), ``QueryBoolean`` (ASK) or
        ``QueryTriples`` (CONSTRUCT/DESCRIBE).  The common prefixes
        (:data:`kg.graph.iri.PREFIXES`) are predeclared.  ``SERVICE`` (network
        requests to other endpoints) is refused unless ``allow_service``: kg works offline.
        """
        refuse_service(sparql, allow_service)
        try:
            return self.db.query(sparql, prefixes=dict(iri.PREFIXES), use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise syntax_error("query", exc, sparql) from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store {self.location}: {exc}") from exc

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return list(self.db.quads_for_pattern(None, None, None, g))

    def named_graphs(self) -> list[str]:
        return sorted(str(g.value) for g in self.db.named_graphs())

    def __len__(self) -> int:
        return len(self.db)


def open_local(location: str | Path = DEFAULT_STORE, *, create: bool = True, read_only: bool = False) -> Store:
    """Open (and with ``create``, create) the store directory ``location``.

    Only one process may hold a store open for writing at a time; a second one
    gets a :class:`StoreError` saying so rather than an Oxigraph ``OSError``.
    With ``read_only`` (every command that only reads), the store is opened
    without the lock and without writing to its folder: it can be queried while
    a build writes it (the reader sees the store as it was when opened) and
    from a folder the user may not write, such as an archived copy.
    """
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is not a store directory: it exists and is a file")
    if not create and not path.is_dir():
        raise StoreError(
            f"there is no store at {path}; build one first with `kg build PATH... --store {path}`"
        )
    if not create and not any(path.iterdir()):
        raise StoreError(f"the store {path} is empty; build it first with `kg build PATH... --store {path}`")
    if create and not path.exists():
        try:
            path.mkdir(parents=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store folder {path}: {exc.strerror or exc}") from exc
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        # RocksDB marks its folders with CURRENT; anything else is someone's data, not a store
        raise StoreError(f"{path} is not a kg store: the folder holds other files (no RocksDB CURRENT file)")
    try:
        backend = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise _store_error(path, exc) from exc
    except RuntimeError as exc:  # Oxigraph reports a damaged RocksDB as RuntimeError("Corruption: …")
        raise StoreError(f"the store {path} is damaged and cannot be opened ({exc}); rebuild it into a new folder") from exc
    return Store(backend, path, read_only=read_only)


def memory_store() -> Store:
    """An in-memory store, for tests and notebooks."""
    return Store(ox.Store(), None)
