"""Deterministic IRIs for everything the builder mints.

An IRI is a pure function of the entity's identifying fields, never of a
counter or of the order documents were read in: the same person read from two
articles, on two machines, on two runs, must land on the same node, and
building twice must give byte-identical output.  See ``docs/iris.md``.

Chinese characters stay as they are (IRIs allow them, and ``kgr:person/李强``
is what a person typing SPARQL expects); only characters an IRI path segment
cannot hold are percent-encoded as UTF-8.
"""

from __future__ import annotations

import hashlib

KG = "https://w3id.org/cpkg/ontology#"
KGR = "https://w3id.org/cpkg/id/"
ONTOLOGY_GRAPH = "https://w3id.org/cpkg/ontology"
REFERENCE_GRAPH = KGR + "graph/reference"
#: Descriptions of the persons, organisations, projects and events articles share (kg.store.entities).
ENTITIES_GRAPH = KGR + "graph/entities"

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WIKIDATA = "http://www.wikidata.org/entity/"

#: The prefixes users may leave out of their SPARQL and that serialisations use.
PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgr": KGR,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "rdfs": RDFS,
    "rdf": RDF,
    "owl": OWL,
    "xsd": XSD,
}


def sparql_prefixes(names: tuple[str, ...] | None = None) -> str:
    """``PREFIX`` declarations for ``names`` (default: all of :data:`PREFIXES`), one a line,
    to put before a query text that uses them."""
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in (names or tuple(PREFIXES)))

# RFC 3987 ``ucschar`` ranges: non-ASCII characters allowed verbatim in an IRI.
_UCSCHAR = (
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((base, base + 0xFFFD) for base in range(0x10000, 0xE0000, 0x10000)),
    (0xE1000, 0xEFFFD),
)
# iunreserved ASCII plus the sub-delims, ':' and '@' (all legal inside ipchar).
# '%' is absent on purpose: a literal '%' must itself be encoded so that the
# mapping stays injective and the IRI stays valid.
_ASCII_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")


# Bidirectional formatting characters: RFC 3987 (section 4.1) forbids them in IRIs, since they
# make an IRI display in another order than it reads ("trojan source"); percent-encoded here.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _allowed(ch: str) -> bool:
    if ch in _ASCII_SAFE:
        return True
    cp = ord(ch)
    if cp < 0x80 or ch in _BIDI:
        return False
    return any(lo <= cp <= hi for lo, hi in _UCSCHAR)


def segment(text: str) -> str:
    """Make ``text`` usable as one IRI path segment.

    Leading and trailing whitespace is dropped (it never identifies anything);
    everything an ``ipchar`` cannot hold (space, ``<>"{}|\\^``, backquote,
    controls, ``#``, ``?``, ``/``, ``%``, private-use and non-characters) is
    percent-encoded.  An empty name becomes ``_`` so that no IRI ends in ``/``.
    """
    text = text.strip()
    if not text:
        return "_"
    out: list[str] = []
    for ch in text:
        if _allowed(ch):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def short_hash(*fields: object) -> str:
    """First 16 hex digits of the SHA-1 of the fields joined by ``|``.

    SHA-1 is used as a stable fingerprint, not for security; 64 bits keep
    collisions out of reach for any realistic corpus.
    """
    joined = "|".join("" if f is None else str(f) for f in fields)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def article(key: str) -> str:
    return f"{KGR}article/{segment(key)}"


def person(name: str) -> str:
    return f"{KGR}person/{segment(name)}"


def province(code: str) -> str:
    """A province by its ISO 3166-2 code (``CN-SH``): names have variants, codes do not."""
    return f"{KGR}province/{segment(code)}"


def city(short: str) -> str:
    return f"{KGR}city/{segment(short)}"


def region(name: str) -> str:
    return f"{KGR}region/{segment(name)}"


def org(label: str) -> str:
    return f"{KGR}org/{segment(label)}"


def project(label: str) -> str:
    return f"{KGR}project/{segment(label)}"


def work(title: str) -> str:
    return f"{KGR}work/{segment(title)}"


def series(label: str) -> str:
    return f"{KGR}series/{segment(label)}"


def event(
    kind: str, label: str, start_date: str | None, location: str | None, identity: str | None = None
) -> str:
    """An event is identified by what it is, when and where, not by the article.

    ``location`` is the IRI of the place (already canonical), so ``上海`` and
    ``上海市`` in two articles give the same event node.  When the extraction knows who led
    the event (``identity``: kind, day, chair or travelling leader, head noun), that alone
    identifies it, so two reports that name the same meeting differently still share one node.
    """
    if identity:
        return f"{KGR}event/{short_hash('identity', identity)}"
    return f"{KGR}event/{short_hash(kind, label, start_date or '', location or '')}"


def fact(kind: str, article_key: str, *fields: object) -> str:
    """An n-ary fact node (membership, commitment, directive) owned by one article.

    Facts are per article on purpose: each carries that article's evidence and
    is replaced with the article's named graph.
    """
    if kind not in ("membership", "commitment", "directive"):
        raise ValueError(f"unknown fact kind {kind!r}")
    return f"{KGR}{kind}/{short_hash(article_key, *fields)}"


def role(local_name: str) -> str:
    """Roles (``PartySecretary`` …) are ontology individuals, in the ``kg:`` namespace."""
    return KG + local_name


def kg_term(local_name: str) -> str:
    return KG + local_name


def compact(iri: str) -> str:
    """``https://w3id.org/cpkg/id/person/李强`` → ``kgr:person/李强`` for display."""
    matches = [(len(ns), prefix, ns) for prefix, ns in PREFIXES.items() if iri.startswith(ns)]
    if not matches:
        return iri
    _, prefix, ns = max(matches)
    return f"{prefix}:{iri[len(ns) :]}"


def sparql_iri(value: str) -> str:
    """``<value>``, for a SPARQL query, checked to be exactly one valid IRI.

    A value from the user (``kg timeline https://…``) pasted between angle brackets
    unchecked could close the IRI and inject query text; pyoxigraph's IRI parser
    rejects ``>``, spaces, braces and quotes, and a rejected value is a :class:`KgError`.
    """
    import pyoxigraph as ox

    from kg.errors import KgError

    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:
        raise KgError(f"not a valid IRI: {value!r} ({exc})") from None
