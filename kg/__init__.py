"""kg: an offline knowledge-graph builder for Chinese political news.

The Python API in three calls::

    import kg
    kg.build(["examples/"], store="kg-store")
    rows = kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store="kg-store")
    frame = kg.query_frame("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store="kg-store")
    with kg.open_store("kg-store") as store: ...

Note that ``kg.build`` is the function; the module behind it is ``kg.build``
in ``sys.modules`` (import from it with ``from kg.build import build_paths``).
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("kg")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

from kg.api import build, open_store, query, query_frame  # noqa: E402  (after __version__, which cli needs)

__all__ = ["__version__", "build", "query", "query_frame", "open_store"]
