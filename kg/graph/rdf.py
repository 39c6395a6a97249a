"""Map extraction records and reference data to RDF quads.

This module is the only place that knows the graph vocabulary of
``/work/shared/ontology-contract.md`` (and ``ontology/kg.ttl``).  It knows
nothing of spaCy: its input is a :class:`kg.records.Extraction`, plain data.

Every quad of an article goes into the article's own named graph so that
re-ingesting the article can replace exactly what it contributed.  Entities
shared between articles (persons, events, projects, organisations) get the
same IRI everywhere (see :mod:`kg.graph.iri`); each article graph restates the
typing and labels it relies on, so dropping one article never strips a node
that another article still mentions of its label.

Output lists are sorted by their N-Quads form: building the same input twice
must give byte-identical exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse

from kg.graph import iri
from kg.graph.iri import KG, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.graph.pinyin import name_pinyin
from kg.records import AgentRef, EventRecord, Evidence, Extraction, PlaceRef

if TYPE_CHECKING:
    from kg.reference import Reference


def ontology_file() -> Path:
    """``kg.ttl`` in the reference-data directory (``ontology/`` or ``$KG_ONTOLOGY_DIR``)."""
    from kg.reference import default_ontology_dir

    return default_ontology_dir() / "kg.ttl"


Term = NamedNode | BlankNode | Literal

_A = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")
_ALT = NamedNode(SKOS + "altLabel")
_DERIVED = NamedNode(PROV + "wasDerivedFrom")


def _n(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


def kgp(local: str) -> NamedNode:
    return NamedNode(KG + local)


def sdo(local: str) -> NamedNode:
    return NamedNode(SCHEMA + local)


#: Language tag of the pinyin label every person carries beside the Chinese one.
PINYIN = "zh-Latn-pinyin"


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


def typed(value: str, xsd_type: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + xsd_type))


_DATE_FORMS = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "date"),
    (re.compile(r"\d{4}-\d{2}"), "gYearMonth"),
    (re.compile(r"\d{4}"), "gYear"),
)


def date_literal(value: str) -> Literal | None:
    """``2022-08-16`` → xsd:date, ``2023`` → xsd:gYear; anything else is dropped.

    A malformed date is better absent than typed wrongly: SPARQL date
    comparisons on a bad ``xsd:date`` silently fail.
    """
    value = value.strip()
    for pattern, xsd_type in _DATE_FORMS:
        if pattern.fullmatch(value):
            return typed(value, xsd_type)
    return None


def _values(collection: Any) -> list[Any]:
    """Reference tables may be lists or name-keyed dicts; treat both alike."""
    if collection is None:
        return []
    if isinstance(collection, dict):
        return list(collection.values())
    return list(collection)


def _aliases(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [a.strip() for a in re.split(r"[|;；、]", value) if a.strip()]
    return [str(a).strip() for a in value if str(a).strip()]


def _strip_title(title: str) -> str:
    return title.strip().strip("《》").strip()


class _Resolver:
    """Resolve the names in records to canonical IRIs via the reference data.

    Names the reference does not know still get a deterministic IRI built from
    the name itself, so one odd name never loses a whole article.
    """

    def __init__(self, reference: Reference | None) -> None:
        self.ref = reference

    def province(self, name: str) -> str:
        rec = self.ref.province(name) if self.ref is not None else None
        return iri.province(rec.code) if rec is not None else iri.province(name)

    def city(self, name: str) -> str:
        if self.ref is not None:
            rec = self.ref.city(name)
            if rec is not None:
                return iri.city(rec.short)
            # 上海 tagged as a city is the provincial-level municipality.
            if self.ref.province(name) is not None:
                return self.province(name)
        return iri.city(name)

    def place(self, place: PlaceRef) -> str:
        return self.province(place.name) if place.kind == "province" else self.city(place.name)

    def org_label(self, label: str) -> str:
        if self.ref is not None:
            body = self.ref.national_body(label)
            if body is not None:
                return str(body.label)
        return label

    def members(self, name: str) -> list[str]:
        """Province IRIs a collective (长三角, 三省一市) stands for; ``[]`` if unknown."""
        if self.ref is None:
            return []
        out = []
        for member in self.ref.expand_collective(name):
            if self.ref.province(member) is not None:
                out.append(self.province(member))
            elif self.ref.city(member) is not None:
                out.append(self.city(member))
        return sorted(set(out))


class _Graph:
    """Collects the quads of one named graph, deduplicated."""

    def __init__(self, graph: str) -> None:
        self.graph = NamedNode(graph)
        self.quads: set[Quad] = set()

    def add(self, s: NamedNode | BlankNode | str, p: NamedNode, o: Term | str) -> None:
        subject = NamedNode(s) if isinstance(s, str) else s
        obj = NamedNode(o) if isinstance(o, str) else o
        self.quads.add(Quad(subject, p, obj, self.graph))

    def sorted(self) -> list[Quad]:
        return sorted(self.quads, key=str)


def _evidence(g: _Graph, node: str, ev: Evidence) -> None:
    g.add(node, kgp("evidence"), zh(ev.text))
    g.add(node, kgp("evidenceStart"), typed(str(ev.start), "integer"))
    g.add(node, kgp("evidenceEnd"), typed(str(ev.end), "integer"))


def article_quads(extraction: Extraction, reference: Reference | None = None) -> list[Quad]:
    """All quads of one article, in its named graph, sorted.

    ``reference`` defaults to :func:`kg.reference.get_reference`; tests may
    pass their own.
    """
    if reference is None:
        from kg.reference import get_reference

        reference = get_reference()
    return _ArticleMapper(extraction, _Resolver(reference)).quads()


class _ArticleMapper:
    """The mapping of one :class:`Extraction` to its article graph, one method per record kind.

    The nodes several records share (persons, organisations, projects, events) are written by
    the helper that names them, so each record's method states only its own facts.
    """

    def __init__(self, extraction: Extraction, res: _Resolver) -> None:
        self.ex = extraction
        self.res = res
        self.art = extraction.article
        self.a_iri = iri.article(self.art.key)
        self.g = _Graph(self.a_iri)
        self.event_iris: dict[str, str] = {}

    def quads(self) -> list[Quad]:
        self.article()
        for name in self.ex.persons:
            self.person(name)
        self.posts()
        self.events()
        self.event_relations()
        for proj in self.ex.projects:
            p = self.project(proj.label)
            for alias in sorted(set(proj.aliases) - {proj.label}):
                self.g.add(p, _ALT, zh(alias))
            if proj.located_in is not None:
                self.g.add(p, kgp("locatedIn"), self.res.place(proj.located_in))
        self.statements()
        return self.g.sorted()

    # -- shared nodes -------------------------------------------------------
    def article(self) -> None:
        g, art, a_iri = self.g, self.art, self.a_iri
        g.add(a_iri, _A, sdo("NewsArticle"))
        g.add(a_iri, sdo("identifier"), Literal(art.key))
        g.add(a_iri, sdo("headline"), zh(art.title))
        if art.date is not None:
            g.add(a_iri, sdo("datePublished"), typed(art.date.isoformat(), "date"))
        g.add(a_iri, kgp("contentHash"), Literal(art.content_hash))
        g.add(a_iri, kgp("sourcePath"), Literal(art.source_path or art.source))
        if art.url:
            try:
                g.add(a_iri, sdo("url"), NamedNode(art.url))
            except ValueError:
                g.add(a_iri, sdo("url"), typed(art.url, "anyURI"))

    def provenance(self, node: str, ev: Evidence) -> None:
        self.g.add(node, _DERIVED, self.a_iri)
        _evidence(self.g, node, ev)

    def person(self, name: str) -> str:
        p = iri.person(name)
        self.g.add(p, _A, sdo("Person"))
        self.g.add(p, _LABEL, zh(name))
        romanised = name_pinyin(name)
        if romanised:
            self.g.add(p, _LABEL, Literal(romanised, language=PINYIN))
        return p

    def organization(self, label: str, jurisdiction: PlaceRef | None = None, aliases: Iterable[str] = ()) -> str:
        canonical = self.res.org_label(label)
        o = iri.org(canonical)
        self.g.add(o, _A, _n(ORG, "Organization"))
        self.g.add(o, _LABEL, zh(canonical))
        for alias in {*aliases, label} - {canonical}:
            self.g.add(o, _ALT, zh(alias))
        if jurisdiction is not None:
            self.g.add(o, kgp("jurisdiction"), self.res.place(jurisdiction))
        return o

    def agent(self, ref: AgentRef) -> str:
        if ref.kind == "person":
            return self.person(ref.name)
        if ref.kind == "province":
            return self.res.province(ref.name)
        if ref.kind == "city":
            return self.res.city(ref.name)
        if ref.kind == "region":
            return iri.region(ref.name)
        return self.organization(ref.name)

    def agents(self, refs: Iterable[AgentRef]) -> list[str]:
        """Like :meth:`agent`, but a collective stands for each of its members."""
        out: list[str] = []
        for ref in refs:
            members = self.res.members(ref.name) if ref.kind == "region" else []
            out.extend(members or [self.agent(ref)])
        return sorted(set(out))

    def project(self, label: str) -> str:
        p = iri.project(label)
        self.g.add(p, _A, kgp("Project"))
        self.g.add(p, _A, sdo("Project"))
        self.g.add(p, _LABEL, zh(label))
        return p

    # -- persons and posts --------------------------------------------------
    def posts(self) -> None:
        g, art = self.g, self.art
        seen_posts: set[tuple[str, str, str]] = set()
        for post in sorted(self.ex.posts, key=lambda p: (p.evidence.start, p.person, p.role, p.title)):
            org_iri = self.organization(
                post.organization.label, post.organization.jurisdiction, post.organization.aliases
            )
            ident = (post.person, org_iri, post.role)
            if ident in seen_posts:  # one membership per post and article; the first mention is the evidence
                continue
            seen_posts.add(ident)
            m = iri.fact("membership", art.key, post.person, org_iri, post.role)
            g.add(m, _A, _n(ORG, "Membership"))
            g.add(m, _n(ORG, "member"), self.person(post.person))
            g.add(m, _n(ORG, "organization"), org_iri)
            g.add(m, _n(ORG, "role"), iri.role(post.role))
            g.add(m, _LABEL, zh(post.title))
            attested = post.attested_on or art.date
            if attested is not None:
                g.add(m, kgp("attestedOn"), typed(attested.isoformat(), "date"))
            self.provenance(m, post.evidence)

    # -- events ---------------------------------------------------------------
    def events(self) -> None:
        for ev in self.ex.events:
            loc = self.res.place(ev.location) if ev.location is not None else None
            self.event_iris[ev.key] = iri.event(ev.kind, ev.label, ev.start_date, loc, ev.identity)
        for ev in self.ex.events:
            self.event(ev)

    def event(self, ev: EventRecord) -> None:
        g, e = self.g, self.event_iris[ev.key]
        g.add(e, _A, sdo("Event"))
        g.add(e, _A, kgp(ev.kind))
        g.add(e, _LABEL, zh(ev.label))
        lit = date_literal(ev.start_date) if ev.start_date else None
        if lit is not None:
            g.add(e, sdo("startDate"), lit)
        if ev.location is not None:
            g.add(e, sdo("location"), self.res.place(ev.location))
        if ev.theme:
            g.add(e, kgp("theme"), zh(ev.theme))
        if ev.super_event and ev.super_event in self.event_iris and ev.super_event != ev.key:
            g.add(e, sdo("superEvent"), self.event_iris[ev.super_event])
        if ev.series:
            s = iri.series(ev.series)
            g.add(s, _A, sdo("EventSeries"))
            g.add(s, _LABEL, zh(ev.series))
            g.add(e, sdo("superEvent"), s)
        if ev.scheduled:
            g.add(e, sdo("eventStatus"), sdo("EventScheduled"))
        self.provenance(e, ev.evidence)

    def event_relations(self) -> None:
        """Participation, reviewed documents and decided events: only of events of this graph."""
        g, event_iris = self.g, self.event_iris
        for part in self.ex.participations:
            if part.event not in event_iris:
                continue
            e = event_iris[part.event]
            who = self.agent(part.agent)
            g.add(e, sdo("attendee"), who)  # chairs and speakers attend too
            if part.role == "chair":
                g.add(e, kgp("chair"), who)
            elif part.role == "speaker":
                g.add(e, kgp("speaker"), who)
        for rev in self.ex.reviewed:
            if rev.event not in event_iris:
                continue
            title = _strip_title(rev.title)
            w = iri.work(title)
            g.add(w, _A, sdo("CreativeWork"))
            g.add(w, _LABEL, zh(title))
            g.add(event_iris[rev.event], kgp("reviewed"), w)
        for dec in self.ex.decisions:
            if dec.event in event_iris and dec.decided in event_iris:
                g.add(event_iris[dec.event], kgp("decided"), event_iris[dec.decided])

    # -- commitments, directives ----------------------------------------------
    def statement(self, node: str, cls: str, speaker: str | None, actions: Iterable[str], projects: Iterable[str],
                  event: str | None, ev: Evidence) -> None:
        """What every statement node carries: one per sentence (the contract's statements section)."""
        g = self.g
        g.add(node, _A, kgp(cls))
        g.add(node, _A, sdo("PlanAction"))
        if event and event in self.event_iris:
            g.add(node, kgp("madeAt"), self.event_iris[event])
        for label in sorted(set(projects)):
            g.add(node, kgp("concerns"), self.project(label))
        for action in actions:
            if action:
                g.add(node, kgp("action"), zh(action))
        if speaker:
            g.add(node, kgp("speaker"), self.person(speaker))
        self.provenance(node, ev)

    def statements(self) -> None:
        g, key = self.g, self.art.key
        for com in self.ex.commitments:
            c = iri.fact("commitment", key, com.evidence.start, com.evidence.end)
            for who in self.agents(com.committed_by):
                g.add(c, kgp("committedBy"), who)
            self.statement(c, "Commitment", com.speaker, com.actions or (com.action,), com.projects, com.event,
                           com.evidence)
        for dirv in self.ex.directives:
            d = iri.fact("directive", key, dirv.evidence.start, dirv.evidence.end)
            g.add(d, kgp("issuedBy"), self.agent(dirv.issued_by))
            for who in self.agents(dirv.addressed_to):
                g.add(d, kgp("addressedTo"), who)
            self.statement(d, "Directive", dirv.speaker, dirv.actions or (dirv.action,), dirv.projects, dirv.event,
                           dirv.evidence)


def reference_quads(reference: Reference) -> list[Quad]:
    """The shipped gazetteers as RDF, in the reference graph, sorted."""
    res = _Resolver(reference)
    g = _Graph(iri.REFERENCE_GRAPH)

    def labels(node: str, label: str, alts: Iterable[str], en: str | None = None) -> None:
        g.add(node, _LABEL, zh(label))
        if en:
            g.add(node, _LABEL, Literal(en, language="en"))
        for alt in sorted(set(alts) - {label, ""}):
            g.add(node, _ALT, zh(alt))

    def local_orgs(place: str, full_name: str, record: Any) -> None:
        """The place's party committee (上海市委) and government (上海市人民政府)."""
        party, gov = getattr(record, "party_org", ""), getattr(record, "gov_org", "")
        party_en, gov_en = _local_org_english(record)
        orgs = []
        if party:
            orgs.append((party, [f"中共{full_name}委员会"], party_en))
        if gov:
            orgs.append((gov, [f"{full_name}政府"] if gov.endswith("人民政府") else [], gov_en))
        for label, alts, en in orgs:
            o = iri.org(label)
            g.add(o, _A, _n(ORG, "Organization"))
            labels(o, label, alts, en)
            g.add(o, kgp("jurisdiction"), place)

    for prov in _values(reference.provinces):
        p = iri.province(prov.code)
        g.add(p, _A, kgp("Province"))
        g.add(p, _A, sdo("AdministrativeArea"))
        labels(
            p,
            prov.name,
            [prov.short, getattr(prov, "abbr", "") or "", *_aliases(getattr(prov, "aliases", ()))],
            getattr(prov, "en", None),
        )
        wikidata = (getattr(prov, "wikidata", "") or "").strip()
        if wikidata:
            qid = wikidata.rsplit("/", 1)[-1]
            g.add(p, _n(OWL, "sameAs"), NamedNode(iri.WIKIDATA + qid))
        local_orgs(p, prov.name, prov)

    for city in _values(reference.cities):
        c = iri.city(city.short)
        g.add(c, _A, kgp("City"))
        g.add(c, _A, sdo("City"))
        labels(c, city.name, [city.short, *_aliases(getattr(city, "aliases", ()))])
        if city.province:
            g.add(c, sdo("containedInPlace"), res.province(city.province))
        local_orgs(c, city.name, city)

    for reg in _values(reference.regions):
        r = iri.region(reg.name)
        g.add(r, _A, kgp("Region"))
        labels(r, reg.name, _aliases(getattr(reg, "aliases", ())), getattr(reg, "en", None))
        for member in res.members(reg.name) or [res.province(m) for m in _aliases(reg.members)]:
            g.add(r, kgp("includes"), member)

    # Roles are not restated: kg.ttl (the ontology graph) declares them with the same labels
    # (tests/test_reference.py keeps the two in step), and a second copy would be a second row.

    for body in _values(reference.national_bodies):
        o = iri.org(body.label)
        g.add(o, _A, _n(ORG, "Organization"))
        labels(o, body.label, _aliases(getattr(body, "aliases", ())), getattr(body, "en", None))

    return g.sorted()


_ENGLISH_KINDS = {
    "province": ("Province", "Provincial"),
    "municipality": ("Municipality", "Municipal"),
    "autonomous_region": ("Autonomous Region", "Autonomous Regional"),
}


def _local_org_english(record: Any) -> tuple[str | None, str | None]:
    """Official English names of a province's Party committee and government, from its own
    (CPC Zhejiang Provincial Committee, Shanghai Municipal People's Government); cities have
    no English name in the reference data, so ``(None, None)``."""
    en, kind = getattr(record, "en", "") or "", getattr(record, "kind", "")
    if kind == "sar" and en:
        return None, f"Government of the {en}"
    if kind not in _ENGLISH_KINDS or not en.endswith(_ENGLISH_KINDS[kind][0]):
        return None, None
    noun, adjective = _ENGLISH_KINDS[kind]
    stem = en[: -len(noun)].strip()
    if kind == "autonomous_region":
        return f"CPC {stem} {adjective} Committee", f"People's Government of {en}"
    return f"CPC {stem} {adjective} Committee", f"{stem} {adjective} People's Government"


SKOLEM_BASE = iri.ONTOLOGY_GRAPH + "/.well-known/genid/"


def _skolemised(quads: Iterable[Quad], graph: NamedNode) -> Iterator[Quad]:
    """Replace blank nodes by skolem IRIs numbered in order of appearance.

    Parser and store both mint random blank-node ids on every run; skolem IRIs
    (RDF 1.1 §3.5) keep the ontology graph byte-identical between builds.
    """
    names: dict[str, NamedNode] = {}

    def fix(term: Any) -> Any:
        if isinstance(term, BlankNode):
            if term.value not in names:
                names[term.value] = NamedNode(f"{SKOLEM_BASE}{len(names)}")
            return names[term.value]
        return term

    for q in quads:
        yield Quad(fix(q.subject), q.predicate, fix(q.object), graph)


def ontology_quads(path: Path | None = None) -> list[Quad]:
    """The ontology (``ontology/kg.ttl``) in the ontology graph, sorted."""
    path = path or ontology_file()
    graph = NamedNode(iri.ONTOLOGY_GRAPH)
    with path.open("rb") as fh:
        parsed = list(parse(fh, format=RdfFormat.TURTLE, base_iri=iri.ONTOLOGY_GRAPH))
    return sorted(set(_skolemised(parsed, graph)), key=str)


def to_nquads(quads: Iterable[Quad]) -> str:
    """Sorted N-Quads text: the canonical form used to compare builds."""
    return "".join(line + " .\n" for line in sorted(str(q) for q in quads))
