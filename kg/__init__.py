"""kg: an offline knowledge-graph builder for Chinese political news.

The Python API in three calls::

    import kg
    kg.build(["examples/"], store="kg-store")
    rows = kg.query("SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n }", store="kg-store")
    with kg.open_store("kg-store") as store: ...

Note that ``kg.build`` is the function; the module behind it is ``kg.build``
in ``sys.modules`` (import from it with ``from kg.apps.build import build_paths``).
"""

from __future__ import annotations

from typing import Any

from kg.version import __version__

__all__ = ["__version__", "build", "query", "open_store"]

_API = {"build", "query", "open_store"}


def __getattr__(name: str) -> Any:
    """The API functions, imported when first asked for (PEP 562)."""
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
