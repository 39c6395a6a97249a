"""kg: an offline knowledge-graph builder for Chinese political news.

The Python API in three calls::

    import kg
    kg.build(["examples/"], store="kg-store")
    rows = kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store="kg-store")
    frame = kg.query_frame("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store="kg-store")
    with kg.open_store("kg-store") as store: ...

The package is layered, lower layers never importing higher ones
(``tests/test_architecture.py`` checks it)::

    records, errors, reference, version   shared by every layer (plain data, rule tables)
    io/      read files, normalise text
    nlp/     the spaCy pipeline: components annotate the Doc; records from the Doc
    graph/   IRIs, RDF mapping of records, SHACL shapes
    store/   embedded Oxigraph or a SPARQL server behind one interface
    apps/    build and executors, evaluation, timeline, viewer, tables
    cli/     the ``kg`` command

``build``, ``query``, ``query_frame`` and ``open_store`` are loaded on first use, so that importing a low
layer (``import kg.records``) pulls in neither spaCy nor the store.
"""

from __future__ import annotations

from typing import Any

from kg.version import __version__

__all__ = ["__version__", "build", "query", "open_store", "query_frame"]

_API = {"build", "query", "open_store", "query_frame"}


def __getattr__(name: str) -> Any:
    """The API functions, imported when first asked for (PEP 562)."""
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
