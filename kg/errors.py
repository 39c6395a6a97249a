"""User-facing errors.

Everything a user can cause (a bad input file, a broken store, a malformed
query) is raised or yielded as a :class:`KgError` whose message says *which*
thing is wrong and *why* in plain words, so the CLI can print it without a
traceback.  Programming errors stay ordinary exceptions.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of the errors the CLI reports to the user as one line."""


class InputError(KgError):
    """One input document (a file, or one line of a JSONL file) could not be read.

    Readers *yield* these instead of raising them, so that one bad document
    never stops the others; the caller decides whether to report or raise.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InputError) and (self.source, self.reason) == (other.source, other.reason)

    def __hash__(self) -> int:
        return hash((self.source, self.reason))

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Exception pickles its ``args`` (the joined message) by default, which
        # would not round-trip through ``__init__``'s two arguments.
        return (InputError, (self.source, self.reason))


class StoreError(KgError):
    """The triple store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query or a named query is malformed or refers to something unknown."""
