"""SPARQL as text a person handles: terms that paste back into a query, errors located.

Whatever kg prints in a result table is meant to be copied into the next query, so an IRI
is printed as a prefixed name only when the local part is a valid SPARQL ``PN_LOCAL``
(``kg:Governor``); otherwise in full (``<https://w3id.org/cpkg/id/person/李强>``: a ``/`` may
not appear in a prefixed name unescaped).  A query the engine cannot parse is reported with
its line, column, the token it stumbled on and the line with a caret under it, in terms of
the text the user wrote (the predeclared prefixes are not counted).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph import iri

# SPARQL 1.1 grammar, productions 164-173 (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, PLX).
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
PN_LOCAL = re.compile(rf"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?")

_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_PROLOGUE = re.compile(r"(?:\s|#[^\n]*\n)*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)(?:\s|#[^\n]*\n)*)*", re.I)


def prefixed(value: str) -> str:
    """An IRI as a prefixed name when that is valid SPARQL, else as ``<IRI>``."""
    for prefix, ns in sorted(iri.PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if value.startswith(ns):
            local = value[len(ns) :]
            if local == "" or PN_LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
            break
    return str(ox.NamedNode(value))


def cell(term: Any) -> str:
    """A result term for a table: IRIs that paste back, literals as their text, blank nodes ``_:x``."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return prefixed(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def first_keyword(text: str) -> str:
    """The first word after the PREFIX/BASE declarations and comments, upper-cased."""
    rest = text[_PROLOGUE.match(text).end() :]  # type: ignore[union-attr]
    m = re.match(r"[A-Za-z]+", rest)
    return m.group(0).upper() if m else ""


def check_read_only(text: str) -> None:
    """Refuse SPARQL Update and anything that is no query form, before the engine sees it."""
    word = first_keyword(text)
    if word in _UPDATE_FORMS:
        raise QueryError(f"{word} is SPARQL Update: kg only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")


def _token_at(line: str, col: int) -> str:
    """The run of non-blank characters at column ``col`` (1-based), or the one before it."""
    i = min(max(col - 1, 0), len(line))
    if i < len(line) and not line[i].isspace():
        start = i
        while start > 0 and not line[start - 1].isspace():
            start -= 1
        end = i
        while end < len(line) and not line[end].isspace():
            end += 1
        return line[start:end]
    before = line[:i].rstrip()
    return before.split()[-1] if before.split() else ""


def _expected(detail: str) -> str:
    """Oxigraph's "expected one of …" list, reduced to the keywords and tokens a person can act on."""
    if "Prefix not found" in detail:
        return "unknown prefix (declare it with PREFIX name: <iri>)"
    if detail.startswith("expected one of") and '"\\\\"' in detail:
        return "unterminated string (a quote is missing)"
    if not detail.startswith("expected"):
        return detail.splitlines()[0][:200] if detail else "unexpected input"
    rest = detail[len("expected one of") :] if detail.startswith("expected one of") else detail[len("expected") :]
    rest = re.sub(r"\[(?:[^\[\]'\"]|'[^']*'|\"[^\"]*\")*\]", "", rest)
    # Oxigraph lists its semantic checks among the tokens ("SELECT * is not authorized with GROUP BY")
    sentences = [t.strip() for t in rest.split(",") if len(t.split()) >= 4 and '"' not in t]
    if sentences:
        return "; ".join(sentences)
    found = re.findall(r'"([^"]+)"|([A-Za-z][A-Za-z ]*[A-Za-z])', rest)
    tokens = [t for t in dict.fromkeys(quoted or word for quoted, word in found) if "parsing failed" not in t]
    return ("expected one of " + " ".join(tokens[:12])) if tokens else "unexpected input"


def syntax_error(kind: str, exc: SyntaxError, text: str) -> QueryError:
    """A one-paragraph message: line, column, the offending token, what was expected, and a caret."""
    message = str(exc)
    word = first_keyword(text)
    if kind == "query" and word and word not in _QUERY_FORMS:
        if word in _UPDATE_FORMS:
            return QueryError(f"{word} is SPARQL Update: kg only runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE)")
        return QueryError(
            f"SPARQL query syntax error: a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE "
            f"(after any PREFIX lines), not {word!r}"
        )
    m = re.match(r"error at (\d+):(\d+):\s*(.*)", message, re.S)
    if not m:
        return QueryError(f"SPARQL {kind} syntax error: {message}")
    line_no, col = int(m.group(1)), int(m.group(2))
    detail = _expected(m.group(3).strip())
    lines = text.splitlines() or [""]
    src = lines[line_no - 1] if 1 <= line_no <= len(lines) else ""
    token = _token_at(src, col)
    near = f" near {token!r}" if token else " at the end of the query" if line_no >= len(lines) else ""
    where = f" at line {line_no}, column {col}{near}: {detail}"
    if src:
        width = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in src[: max(col - 1, 0)])
        where += f"\n    {src}\n    {' ' * width}^"
    error = QueryError(f"SPARQL {kind} syntax error{where}")
    error.line, error.column, error.token = line_no, col, token  # type: ignore[attr-defined]
    return error
