"""Where the graph is kept: an embedded Oxigraph database or a SPARQL server.

Layer ``store/`` sits above ``graph/`` (it writes the quads that layer maps) and below ``apps/``.
:func:`open_store` is the one entry point: a folder gives the embedded
:class:`~kg.store.local.Store`, an ``http(s)://`` location a
:class:`~kg.store.remote.RemoteStore`; both are a :class:`~kg.store.base.GraphStore`
(the protocol callers type against) and share their code in :class:`~kg.store.base.SparqlStore`.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import EXPORT_FORMATS, SUFFIX_FORMATS, GraphStore, SparqlStore
from kg.store.local import DEFAULT_STORE, Store, memory_store, open_local
from kg.store.remote import RemoteStore, open_remote

__all__ = [
    "DEFAULT_STORE",
    "EXPORT_FORMATS",
    "SUFFIX_FORMATS",
    "GraphStore",
    "RemoteStore",
    "SparqlStore",
    "Store",
    "memory_store",
    "open_store",
]


def open_store(
    location: str | Path = DEFAULT_STORE, *, create: bool = True, read_only: bool = False
) -> GraphStore:
    """Open the store at ``location``: a folder (created when ``create``) or a SPARQL server URL.

    ``create`` and ``read_only`` (see :func:`~kg.store.local.open_local`) do not apply to a server.
    """
    if str(location).lower().startswith(("http://", "https://")):
        return open_remote(str(location))
    return open_local(location, create=create and not read_only, read_only=read_only)
