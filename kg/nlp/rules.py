"""The rule data of the pipeline, read once into one object that is passed to the components.

The rules are CSV files under ``ontology/`` (``kg/ontology`` in a wheel): the reference data
(:class:`kg.reference.Reference`), surnames and name followers, event and participation cues,
the project lexicon, the commitment cues.  :func:`load_rules` reads *all* of them at once,
so a malformed file fails when the pipeline is built, naming its file and line, not halfway
through a corpus; the result is cached per directory, and ``kg.reference.clear_cache()``
forgets it (and every memo derived from it).

Each component module registers the reader of its own tables with :func:`rule_table`
(this module imports no component, so there is no import cycle), and each factory takes the
loaded :class:`Rules` as its ``rules`` argument, resolved by spaCy's config system from
``{"@misc": "kg.rules.v1"}``: a pipeline saved with ``nlp.to_disk`` records the directory
(``null``: the installed data) in its ``config.cfg``, and components record the
:attr:`Rules.digest` they were built from, so loading it where the rules differ is an error
rather than silently different facts (:class:`RulesOnDisk`).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import srsly
from spacy.util import registry

from kg.errors import KgError
from kg.reference import Reference, on_clear, ontology_dir

__all__ = ["RULES_CONFIG", "Rules", "RulesOnDisk", "load_rules", "rule_table"]

#: What a factory's ``default_config`` says for its ``rules`` argument.
RULES_CONFIG: dict[str, Any] = {"@misc": "kg.rules.v1", "directory": None}

_READERS: dict[str, Callable[[Path], Any]] = {}
_CACHE: dict[Path, Rules] = {}
_LOCK = threading.Lock()
_DIGEST_SUFFIXES = (".csv", ".ttl", ".tsv")

F = TypeVar("F", bound=Callable[..., Any])


def rule_table(name: str) -> Callable[[F], F]:
    """Register ``reader(directory) -> table`` as the reader of the rule table ``name``."""

    def register(reader: F) -> F:
        _READERS[name] = reader
        return reader

    return register


def _digest(directory: Path) -> str:
    """A hash of every rule file's name and bytes: equal digests, equal rules."""
    h = hashlib.sha256()
    for path in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in _DIGEST_SUFFIXES):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


class Rules:
    """Every rule table of one directory, read and checked once; treat as immutable.

    ``rules.reference`` is the reference data; ``rules["names"]``, ``rules["events"]`` … the
    tables the component modules registered.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.reference = Reference.load(directory)
        self.digest = _digest(directory)
        self._tables: dict[str, Any] = {}
        self._lock = threading.Lock()
        for name in list(_READERS):
            self[name]

    def __getitem__(self, name: str) -> Any:
        """The table ``name``; read now if its module registered after this object was built."""
        with self._lock:
            if name not in self._tables:
                if name not in _READERS:
                    raise KeyError(f"no rule table {name!r} is registered (known: {', '.join(sorted(_READERS))})")
                self._tables[name] = _READERS[name](self.directory)
            return self._tables[name]

    def __repr__(self) -> str:
        return f"Rules({str(self.directory)!r}, digest={self.digest})"


@registry.misc("kg.rules.v1")
def load_rules(directory: str | Path | None = None) -> Rules:
    """The :class:`Rules` of ``directory`` (default: :func:`kg.reference.ontology_dir`), read once."""
    path = Path(directory) if directory is not None else ontology_dir()
    key = path.resolve()
    with _LOCK:
        rules = _CACHE.get(key)
        if rules is None:
            rules = _CACHE[key] = Rules(path)
        return rules


def _forget() -> None:
    with _LOCK:
        _CACHE.clear()


on_clear(_forget)

_RULES_FILE = "rules.json"


class RulesOnDisk:
    """``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` for a component whose state is
    its :class:`Rules` and its config (both rebuilt by spaCy on load): what is saved is the
    rules' digest, and loading checks it, so a pipeline never runs on rules other than those
    it was saved with."""

    name: str
    kg_rules: Rules

    def _saved(self) -> dict[str, str]:
        return {"component": self.name, "rules_digest": self.kg_rules.digest}

    def _check(self, saved: dict[str, str]) -> None:
        if saved.get("rules_digest") != self.kg_rules.digest:
            raise KgError(
                f"the {self.name} component was saved with other rule data (digest {saved.get('rules_digest')}, "
                f"now {self.kg_rules.digest} from {self.kg_rules.directory}); load it with the same kg version "
                "or set KG_ONTOLOGY_DIR to the rules it was saved with"
            )

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / _RULES_FILE, self._saved())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Any:
        self._check(srsly.read_json(Path(path) / _RULES_FILE))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps(self._saved()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        self._check(srsly.json_loads(data))
        return self
