"""The package's layers: no import cycles, lower layers never import higher ones.

Every ``import`` of a ``kg`` module counts, at module level or inside a function: a cycle hidden
in a function body is still a cycle a reader has to untangle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"

# Rank of each layer: a module may import its own layer and those below it.
LAYERS = {
    "kg.records": 0,
    "kg.errors": 0,
    "kg.reference": 0,
    "kg.version": 0,
    "kg.io": 1,
    "kg.nlp": 2,
    "kg.graph": 3,
    "kg.store": 4,
    "kg.apps": 5,
    "kg.api": 5,
    "kg.cli": 6,
    "kg.__main__": 7,
    "kg": 7,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported(path: Path, name: str, modules: set[str]) -> set[str]:
    """The kg modules ``path`` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if base.split(".")[0] != "kg":
                continue
            for alias in node.names:  # ``from kg.graph import iri`` imports the module kg.graph.iri
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return {m for m in found if m in modules and m != name}


def import_graph() -> nx.DiGraph:
    modules = all_modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        graph.add_edges_from((name, target) for target in imported(path, name, set(modules)))
    return graph


def layer(name: str) -> int:
    best = max((k for k in LAYERS if name == k or name.startswith(k + ".")), key=len)
    return LAYERS[best]


def test_every_module_belongs_to_a_layer() -> None:
    assert all(any(n == k or n.startswith(k + ".") for k in LAYERS) for n in all_modules())


def test_no_import_cycles() -> None:
    graph = import_graph()
    cycles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    assert cycles == []


def test_lower_layers_never_import_higher_ones() -> None:
    upward = [(a, b) for a, b in import_graph().edges if layer(b) > layer(a)]
    assert upward == []


def test_the_checker_sees_function_level_imports(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("def f():\n    from kg.apps import build\n    import kg.store\n", encoding="utf-8")
    assert imported(source, "kg.graph.mod", {"kg.apps.build", "kg.store", "kg.apps"}) == {"kg.apps.build", "kg.store"}


@pytest.mark.parametrize("module", ["kg.records", "kg.errors", "kg.io.read"])
def test_low_layers_import_without_spacy_or_the_store(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in ('spacy', 'pyoxigraph', 'rdflib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def private_imports() -> list[tuple[str, str]]:
    """``(module, name)`` for every leading-underscore name a kg module takes from another one."""
    found = []
    for name, path in all_modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kg"):
                found += [(name, f"{node.module}.{a.name}") for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    assert private_imports() == []


def test_test_modules_never_import_each_other() -> None:
    """Shared test code lives in tests/helpers, so a test module can be read (and run) alone."""
    tests = Path(__file__).resolve().parent
    crossing = []
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            crossing += [(path.name, n) for n in names if n.split(".")[0].startswith("test_")]
    assert crossing == []
