"""From the RDF store to the graph a person explores: SPARQL rows → ``networkx.MultiDiGraph``.

The store holds n-ary fact nodes (``org:Membership``, ``kg:Commitment``, ``kg:Directive``,
events with their participants).  A person looking at a picture wants the *binary* relation
those facts stand for, in the words a reader of the news uses: 李强 —书记→ 上海市委,
上海市 —承诺 (3)→ G60科创走廊.  So every fact becomes an *instance* (source, target, kind,
label, date, sentences) and instances with the same endpoints, kind and label are collapsed
into one edge that keeps the count and every sentence behind it.  The fact nodes themselves
never appear as nodes.  Statements (commitments, directives) are also kept whole, one
:class:`Statement` each, for the matrix that counts them; each fact also becomes panel rows
(date, event, action or title, sentence, article), and each person a career.

The viewer knows nothing of extraction: the only input is ``store.select(sparql)``.  The
queries are module constants so they can be read, reviewed and run by hand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import networkx as nx

from kg.errors import KgError
from kg.graph.iri import KG, ORG, SCHEMA, sparql_prefixes

PREFIXES = sparql_prefixes(("kg", "schema", "org", "prov", "skos", "rdfs"))

#: Node types shown in the viewer, in the order the legend lists them.
NODE_TYPES: tuple[str, ...] = (
    "province", "region", "city", "organization", "person", "event", "project", "document",
)

#: RDF class → viewer type; when a resource has several classes the first listed here wins.
CLASS_TYPES: tuple[tuple[str, str], ...] = (
    (KG + "Province", "province"),
    (KG + "Region", "region"),
    (KG + "City", "city"),
    (SCHEMA + "Person", "person"),
    (ORG + "Organization", "organization"),
    (KG + "Project", "project"),
    (SCHEMA + "Event", "event"),
    (SCHEMA + "EventSeries", "event"),
    (SCHEMA + "CreativeWork", "document"),
)

# Where a description lives depends on the store's layout: every article graph may restate
# the type and label of what it mentions, or one entities graph may hold them once (and the
# reference graph what ships with kg).  So descriptions are read one property at a time over
# the union of all graphs with DISTINCT (linear: no join multiplies the copies) and joined in
# Python; facts (memberships, statements, participation) are matched inside one graph.
Q_NODES = PREFIXES + """
SELECT DISTINCT ?s ?cls WHERE {
  VALUES ?cls { kg:Province kg:Region kg:City schema:Person org:Organization kg:Project
                schema:Event schema:EventSeries schema:CreativeWork }
  ?s a ?cls .
}
"""

Q_LABELS = PREFIXES + """
SELECT DISTINCT ?s ?label ?lang WHERE { ?s rdfs:label ?label BIND(LANG(?label) AS ?lang) }
"""

Q_ALT_LABELS = PREFIXES + """
SELECT DISTINCT ?s ?alt WHERE { ?s skos:altLabel ?alt }
"""

# Sentences behind any fact, paired with the article they were read from: facts live in
# the named graph of their article, so GRAPH ?article pairs them even for an event that
# several articles report (a plain prov:wasDerivedFrom join would cross the pairs).
Q_SOURCES = PREFIXES + """
SELECT ?s ?evidence ?article ?headline ?published WHERE {
  GRAPH ?article { ?s kg:evidence ?evidence
    OPTIONAL { ?article schema:headline ?headline }
    OPTIONAL { ?article schema:datePublished ?published } }
}
"""

Q_POSTS = PREFIXES + """
SELECT DISTINCT ?m ?person ?org ?role ?title ?attested WHERE {
  GRAPH ?g {
    ?m a org:Membership ; org:member ?person ; org:organization ?org .
    OPTIONAL { ?m org:role ?role }
    OPTIONAL { ?m rdfs:label ?title }
    OPTIONAL { ?m kg:attestedOn ?attested }
  }
}
"""

Q_EVENTS = PREFIXES + """
SELECT DISTINCT ?e ?p ?o WHERE {
  VALUES ?p { schema:startDate schema:location kg:theme schema:eventStatus }
  ?e ?p ?o .
}
"""

# kg: classes of anything (events are picked out in Python: kg:Meeting, kg:Forum …).
Q_KG_CLASSES = PREFIXES + """
SELECT DISTINCT ?e ?kind WHERE { ?e a ?kind FILTER(STRSTARTS(STR(?kind), STR(kg:))) }
"""

Q_EVENT_LINKS = PREFIXES + """
SELECT DISTINCT ?e ?p ?o WHERE {
  VALUES ?p { schema:attendee kg:chair kg:speaker schema:superEvent kg:reviewed kg:decided }
  ?e ?p ?o .
}
"""

# Statements (kg:Commitment, kg:Directive): one node per sentence, or per clause in stores
# built before that rule; either way a statement is one node, counted once.  Their
# properties are read one row per value, so a sentence with three actions and two projects
# is five rows, not six.
Q_STATEMENTS = PREFIXES + """
SELECT DISTINCT ?c ?cls WHERE {
  VALUES ?cls { kg:Commitment kg:Directive }
  GRAPH ?g { ?c a ?cls }
}
"""

Q_STATEMENT_LINKS = PREFIXES + """
SELECT DISTINCT ?c ?p ?o WHERE {
  VALUES ?cls { kg:Commitment kg:Directive }
  VALUES ?p { kg:committedBy kg:issuedBy kg:addressedTo kg:concerns kg:madeAt kg:action kg:speaker
              prov:wasDerivedFrom }
  GRAPH ?g { ?c a ?cls ; ?p ?o }
}
"""

# Chinese labels of roles and event classes (ontology and reference graphs), read once and
# looked up in Python: an OPTIONAL label join on a variable that is sometimes unbound would
# match every label in the store.
Q_VOCAB_LABELS = PREFIXES + """
SELECT DISTINCT ?x ?label WHERE {
  ?x rdfs:label ?label FILTER(STRSTARTS(STR(?x), STR(kg:)) && LANGMATCHES(LANG(?label), "zh"))
}
"""

Q_STRUCTURE = PREFIXES + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { kg:jurisdiction schema:containedInPlace kg:includes kg:locatedIn }
  ?s ?p ?o .
}
"""

#: Edge kinds → the label a reader of the news uses (posts take theirs from the title).
EDGE_LABELS: dict[str, str] = {
    "post": "任职",
    "participation": "出席",
    "location": "举办于",
    "sub_event": "属于",
    "reviewed": "审议",
    "decided": "决定",
    "commitment": "承诺",
    "directive": "部署",
    "concerns": "涉及",
    "jurisdiction": "管辖",
    "contained_in": "位于",
    "includes": "包括",
    "located_in": "位于",
}

#: Which edge kinds each view draws.
VIEWS: dict[str, frozenset[str]] = {
    "posts": frozenset({"post", "jurisdiction"}),
    "events": frozenset({"participation", "location", "sub_event", "reviewed", "decided"}),
    "commitments": frozenset({"commitment", "directive", "concerns", "located_in"}),
}
VIEWS["all"] = frozenset(EDGE_LABELS)
# The matrix page: the commitments graph is its second tab.
VIEWS["matrix"] = VIEWS["commitments"]

#: Panel group of statements that name no project (commitments) or no one (directives).
UNTARGETED: dict[str, str] = {"commitment": "承诺（未列项目）", "directive": "部署（未列对象）"}

# Reference-data relations: undated, drawn only from a node some fact already brought in,
# so that 34 provinces and every city do not flood a picture about one meeting.
STRUCTURAL: dict[str, str] = {
    KG + "jurisdiction": "jurisdiction",
    SCHEMA + "containedInPlace": "contained_in",
    KG + "includes": "includes",
    KG + "locatedIn": "located_in",
}

PARTICIPATION_LABELS: dict[str, str] = {
    SCHEMA + "attendee": "出席",
    KG + "chair": "主持",
    KG + "speaker": "讲话",
}

# A title as written ("上海市委书记", "国务院副总理") ends in the post a reader names it by.
_TITLE_SUFFIX = re.compile(
    r"(总书记|副书记|书记|常委|副省长|省长|副市长|市长|副主席|主席|副总理|总理|副部长|部长|副主任|主任|区长|县长)$"
)

_TYPE_PRIORITY = {t: i for i, (_, t) in enumerate(CLASS_TYPES)}
_FOCUS_PRIORITY = ("province", "person", "region", "city", "organization", "project", "event", "document")


class SparqlSource(Protocol):
    """The one thing the viewer needs from :class:`kg.store.Store`."""

    def select(self, sparql: str) -> list[dict[str, str]]: ...


class ViewError(KgError):
    """The view asked for cannot be drawn (unknown view or type, focus not found)."""


@dataclass(frozen=True, order=True)
class Source:
    """One sentence behind a fact and the article it was read in."""

    evidence: str
    headline: str = ""
    article: str = ""
    published: str = ""


@dataclass
class Instance:
    """One fact read as a binary relation, before instances are collapsed into edges."""

    source: str
    target: str
    kind: str
    label: str
    date: str = ""
    fact: str = ""
    event: str = ""
    action: str = ""
    title: str = ""
    sources: tuple[Source, ...] = ()
    speaker: str = ""


@dataclass
class Statement:
    """One kg:Commitment or kg:Directive node with everything the matrix and panels show."""

    iri: str
    kind: str  # "commitment" | "directive"
    date: str = ""
    event: str = ""
    actions: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass
class _NodeInfo:
    type: str
    label: str = ""
    alt: set[str] = field(default_factory=set)
    facts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: set[str] = field(default_factory=set)


def fact_rows(reader_label: Callable[[str], str], inst: Instance, other: str = "") -> list[dict[str, str]]:
    """One panel row per sentence behind a fact: date, event, action or title, sentence, article.

    ``other`` names the far end of the edge, so that a node's panel can say "→ G60科创走廊".
    """
    base = {
        "kind": inst.kind,
        "fact": inst.fact,
        "date": inst.date,
        "event": reader_label(inst.event) if inst.event else "",
        "what": inst.title or inst.action or inst.label,
        "speaker": inst.speaker,
        "other": other,
    }
    srcs = inst.sources or (Source(""),)
    return [{**base, "evidence": s.evidence, "headline": s.headline, "published": s.published,
             "article": s.article} for s in srcs]


def newest_first(rows: Iterable[dict[str, str]]) -> list[dict[str, str]]:
    """Dated rows newest first, undated last; ties in a stable, content-based order."""
    rows = list(rows)
    rows.sort(key=lambda r: (r.get("evidence", ""), r.get("fact", ""), r.get("other", "")))
    rows.sort(key=lambda r: r.get("date", ""), reverse=True)
    rows.sort(key=lambda r: not r.get("date"))
    return rows


def date_interval(value: str) -> tuple[date, date] | None:
    """The days an ``xsd:date``/``gYearMonth``/``gYear`` lexical value covers (None if unreadable)."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            month = int(m.group(2))
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _in_range(value: str, date_from: date | None, date_to: date | None) -> bool:
    if date_from is None and date_to is None:
        return True
    span = date_interval(value) if value else None
    if span is None:
        return False  # an undated fact cannot be placed inside a range the user asked for
    return (date_from is None or span[1] >= date_from) and (date_to is None or span[0] <= date_to)


def short_title(title: str, org_names: Iterable[str], role_label: str = "") -> str:
    """The post as a reader names it: "上海市委书记" at 上海市委 → "书记"."""
    for prefix in sorted(org_names, key=len, reverse=True):
        if prefix and title.startswith(prefix) and len(title) > len(prefix):
            return title[len(prefix):]
    m = _TITLE_SUFFIX.search(title)
    if m:
        return m.group(1)
    if title:
        return title
    m = _TITLE_SUFFIX.search(role_label)
    return m.group(1) if m else (role_label or EDGE_LABELS["post"])


class _Reader:
    """Runs the queries once and keeps what several views share."""

    def __init__(self, store: SparqlSource) -> None:
        self.store = store
        self.nodes: dict[str, _NodeInfo] = {}
        self.labels: dict[str, str] = {}
        self.sources: dict[str, list[Source]] = defaultdict(list)
        self.event_dates: dict[str, str] = {}
        self.vocab = {r["x"]: r["label"] for r in store.select(Q_VOCAB_LABELS)}
        self._posts: list[Instance] | None = None
        self._events: list[Instance] | None = None
        self._read_nodes()
        self._read_sources()
        self._read_events()

    def _read_nodes(self) -> None:
        for row in self.store.select(Q_NODES):
            s, typ = row["s"], dict(CLASS_TYPES)[row["cls"]]
            info = self.nodes.get(s)
            if info is None or _TYPE_PRIORITY[typ] < _TYPE_PRIORITY[info.type]:
                self.nodes[s] = _NodeInfo(typ) if info is None else _NodeInfo(typ, alt=info.alt)
        best: dict[str, tuple[int, str]] = {}
        for row in self.store.select(Q_LABELS):
            s, label, lang = row["s"], row["label"], row.get("lang", "").lower()
            rank = 0 if lang == "zh" else 1 if lang.startswith("zh") and "latn" not in lang else 2 if not lang else 3
            if s not in best or (rank, label) < best[s]:
                best[s] = (rank, label)
        self.labels = {s: label for s, (_, label) in best.items()}
        for row in self.store.select(Q_ALT_LABELS):
            if row["s"] in self.nodes:
                self.nodes[row["s"]].alt.add(row["alt"])
        for s, info in self.nodes.items():
            info.label = self.labels.get(s) or _iri_tail(s)
            if info.alt - {info.label}:
                info.facts["别名"].update(info.alt - {info.label})

    def _read_sources(self) -> None:
        seen: dict[str, set[Source]] = defaultdict(set)
        for row in self.store.select(Q_SOURCES):
            src = Source(row["evidence"], row.get("headline", ""), row["article"], row.get("published", ""))
            seen[row["s"]].add(src)
        for s, srcs in seen.items():
            self.sources[s] = sorted(srcs)

    def node(self, iri: str, typ: str = "organization") -> _NodeInfo:
        """The node for ``iri``, created from its IRI when the store has no class for it."""
        if iri not in self.nodes:
            self.nodes[iri] = _NodeInfo(typ, label=self.labels.get(iri) or _iri_tail(iri))
        return self.nodes[iri]

    def label(self, iri: str) -> str:
        return self.node(iri).label

    def earliest_published(self, fact: str) -> str:
        dates = [s.published for s in self.sources.get(fact, []) if s.published]
        return min(dates) if dates else ""

    def is_event(self, iri: str) -> bool:
        info = self.nodes.get(iri)
        return info is not None and info.type == "event"

    # -- fact instances per kind -------------------------------------------------
    def posts(self) -> list[Instance]:
        if self._posts is not None:
            return self._posts
        out = []
        for row in self.store.select(Q_POSTS):
            person, org_ = row["person"], row["org"]
            self.node(person, "person")
            org_info = self.node(org_, "organization")
            title = row.get("title", "")
            label = short_title(title, {org_info.label, *org_info.alt}, self.vocab.get(row.get("role", ""), ""))
            self.nodes[person].facts["职务"].add(title or label)
            out.append(Instance(
                person, org_, "post", label,
                date=row.get("attested", "") or self.earliest_published(row["m"]),
                fact=row["m"], title=title, sources=tuple(self.sources.get(row["m"], ())),
            ))
        self._posts = out
        return out

    def _read_events(self) -> None:
        for row in self.store.select(Q_KG_CLASSES):
            e = row["e"]
            if self.is_event(e):
                kind = row["kind"]
                self.nodes[e].facts["类型"].add(self.vocab.get(kind) or kind.rsplit("#", 1)[-1])
        for row in self.store.select(Q_EVENTS):
            e, p, o = row["e"], row["p"], row["o"]
            if not self.is_event(e):
                continue
            info = self.nodes[e]
            if p == SCHEMA + "startDate":
                self.event_dates[e] = min(o, self.event_dates.get(e, o))
                info.dates.add(o)
                info.facts["日期"].add(o)
            elif p == KG + "theme":
                info.facts["主题"].add(o)
            elif p == SCHEMA + "eventStatus":
                if o.endswith("EventScheduled"):
                    info.facts["状态"].add("预定")
            else:
                info.facts["地点"].add(self.node(o, "province").label)

    def events(self) -> list[Instance]:
        if self._events is not None:
            return self._events
        out = []
        roles: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in self.store.select(Q_EVENT_LINKS):
            e, p, o = row["e"], row["p"], row["o"]
            if not self.is_event(e):
                continue  # kg:speaker is also a statement's property
            if p in PARTICIPATION_LABELS:
                roles[(o, e)].add(PARTICIPATION_LABELS[p])
                continue
            kind = {SCHEMA + "superEvent": "sub_event", KG + "reviewed": "reviewed", KG + "decided": "decided"}[p]
            self.node(o, "document" if kind == "reviewed" else "event")
            out.append(Instance(e, o, kind, EDGE_LABELS[kind], date=self._event_date(e), fact=e, event=e,
                                sources=tuple(self.sources.get(e, ()))))
        for row in self.store.select(Q_EVENTS):
            e = row["e"]
            if row["p"] == SCHEMA + "location" and self.is_event(e):
                out.append(Instance(e, row["o"], "location", EDGE_LABELS["location"], date=self._event_date(e),
                                    fact=e, sources=tuple(self.sources.get(e, ()))))
        order = ("主持", "讲话", "出席")
        for (who, e), rs in sorted(roles.items()):
            shown = [r for r in order if r in rs and (r != "出席" or rs == {"出席"})]
            out.append(Instance(who, e, "participation", "·".join(shown), date=self._event_date(e), fact=e,
                                event=e, sources=tuple(self.sources.get(e, ()))))
        self._events = out
        return out

    def _event_date(self, e: str) -> str:
        return self.event_dates.get(e, "") or self.earliest_published(e)

    def statements(self) -> list[Statement]:
        """Every kg:Commitment and kg:Directive node once, with its links read as sets."""
        classes: dict[str, set[str]] = defaultdict(set)
        for row in self.store.select(Q_STATEMENTS):
            classes[row["c"]].add(row["cls"])
        links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in self.store.select(Q_STATEMENT_LINKS):
            links[row["c"]][row["p"].rsplit("#", 1)[-1]].add(row["o"])
        out = []
        for c in sorted(classes):
            f = links[c]
            event = min(f["madeAt"]) if f["madeAt"] else ""
            srcs = tuple(self.sources.get(c, ()))
            published = min((s.published for s in srcs if s.published), default="")
            when = (self._event_date(event) if event else "") or published
            for a in f["committedBy"] | f["issuedBy"] | f["addressedTo"] | f["speaker"]:
                self.node(a)
            for p in f["concerns"]:
                self.node(p, "project")
            if event:
                self.node(event, "event")
            out.append(Statement(
                c, "directive" if KG + "Directive" in classes[c] else "commitment", date=when, event=event,
                actions=tuple(sorted(f["action"])), agents=tuple(sorted(f["committedBy"] | f["issuedBy"])),
                addressees=tuple(sorted(f["addressedTo"])), projects=tuple(sorted(f["concerns"])),
                speakers=tuple(sorted(f["speaker"])), sources=srcs,
            ))
        return out

    def plan_actions(self, statements: Iterable[Statement]) -> tuple[list[Instance], dict[str, list[Instance]]]:
        """Statements as binary instances (agent → project/addressee, event → project), and the
        statements that name no target, per agent: a pledge naming no project is still a fact
        about its maker, shown in its panel."""
        out: list[Instance] = []
        untargeted: dict[str, list[Instance]] = defaultdict(list)
        for st in statements:
            speaker = "、".join(self.label(p) for p in st.speakers)
            common = {"date": st.date, "fact": st.iri, "event": st.event, "action": "；".join(st.actions),
                      "sources": st.sources, "speaker": speaker}
            kind = st.kind
            targets = [*st.addressees, *st.projects] if kind == "directive" else list(st.projects)
            for a in st.agents:
                for t in targets:
                    out.append(Instance(a, t, kind, EDGE_LABELS[kind], **common))  # type: ignore[arg-type]
                if not targets:
                    self.nodes[a].facts[UNTARGETED[kind]].add(common["action"] or "—")  # type: ignore[arg-type]
                    untargeted[a].append(Instance(a, "", kind, UNTARGETED[kind], **common))  # type: ignore[arg-type]
            if st.event:
                for p in st.projects:
                    out.append(Instance(st.event, p, "concerns", EDGE_LABELS["concerns"], **common))  # type: ignore[arg-type]
        return out, untargeted

    def structure(self) -> list[tuple[str, str, str]]:
        return [(r["s"], r["o"], STRUCTURAL[r["p"]]) for r in self.store.select(Q_STRUCTURE)]


def _iri_tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _collapse(instances: Iterable[Instance]) -> dict[tuple[str, str, str, str], list[Instance]]:
    groups: dict[tuple[str, str, str, str], list[Instance]] = defaultdict(list)
    for inst in instances:
        groups[(inst.source, inst.target, inst.kind, inst.label)].append(inst)
    return groups


def _edge_attrs(reader: _Reader, insts: list[Instance]) -> dict[str, object]:
    first = insts[0]
    facts = sorted({i.fact for i in insts if i.fact})
    sources = sorted({s for i in insts for s in i.sources})
    dates = sorted({i.date for i in insts if i.date})
    events = sorted({i.event for i in insts if i.event})
    count = len(facts) or len(insts)
    label = first.label
    if first.kind in ("commitment", "directive") and count > 1:
        label = f"{label} ({count})"
    seen: set[tuple[str, ...]] = set()
    rows = []
    for inst in insts:
        for row in fact_rows(reader.label, inst):
            key = (row["fact"], row["evidence"], row["article"])
            if key not in seen:
                seen.add(key)
                rows.append(row)
    return {
        "kind": first.kind,
        "label": label,
        "count": count,
        "dates": dates,
        "events": [reader.label(e) for e in events],
        "actions": sorted({i.action for i in insts if i.action}),
        "titles": sorted({i.title for i in insts if i.title}),
        "evidence": [s.evidence for s in sources],
        "headlines": sorted({s.headline for s in sources if s.headline}),
        "sources": [{"evidence": s.evidence, "headline": s.headline, "published": s.published} for s in sources],
        "rows": newest_first(rows),
    }


def careers(reader: _Reader, posts: Iterable[Instance], participations: Iterable[Instance]) -> dict[str, dict[str, list]]:
    """Per person: each post (title, organisation, first and last attested date, how often),
    earliest first, then the events attended, by date."""
    spans: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for inst in posts:
        spans[(inst.source, inst.target, inst.title or inst.label)].append(inst.date)
    out: dict[str, dict[str, list]] = defaultdict(lambda: {"posts": [], "events": []})
    for (person, org_, title), dates in spans.items():
        dated = sorted(d for d in dates if d)
        out[person]["posts"].append({
            "title": title, "org": reader.label(org_), "first": dated[0] if dated else "",
            "last": dated[-1] if dated else "", "count": len(dates),
        })
    for inst in participations:
        if reader.node(inst.source).type == "person":
            out[inst.source]["events"].append({"date": inst.date, "event": reader.label(inst.target), "role": inst.label})
    for c in out.values():
        c["posts"].sort(key=lambda p: (not p["first"], p["first"], p["last"], p["title"], p["org"]))
        c["events"].sort(key=lambda e: (not e["date"], e["date"], e["event"]))
    return dict(out)


def resolve_focus(graph: nx.MultiDiGraph, candidates: Mapping[str, Mapping[str, object]], focus: str) -> str:
    """The node a user means by ``focus``: an IRI, a label, an alias, or a unique part of a label."""
    if focus in candidates:
        return focus

    def rank(n: str) -> tuple[int, int, str]:
        typ = str(candidates[n]["type"])
        return (_FOCUS_PRIORITY.index(typ), -(graph.degree(n) if n in graph else 0), n)

    for key in ("label", "alt"):
        hits = [n for n, a in candidates.items()
                if (a.get(key) == focus if key == "label" else focus in a.get(key, ()))]  # type: ignore[operator]
        if hits:
            return min(hits, key=rank)
    hits = [n for n, a in candidates.items() if focus in str(a.get("label", ""))]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ViewError(f"focus {focus!r}: no node has that IRI, label or alias")
    names = "、".join(sorted(str(candidates[n]["label"]) for n in hits)[:10])
    raise ViewError(f"focus {focus!r} matches {len(hits)} nodes ({names}…); give the full label or the IRI")


def build_graph(
    store: SparqlSource,
    *,
    view: str = "all",
    focus: str | None = None,
    depth: int = 2,
    types: Iterable[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> nx.MultiDiGraph:
    """The graph of one view, filtered: what :func:`kg.apps.viz.write_view` draws.

    Node attributes: ``type``, ``label``, ``iri``, ``alt``, ``dates``, ``facts`` (name → values),
    ``headlines``, ``evidence``, ``rows`` (statements naming no target, as panel rows) and, for
    people, ``career`` (posts with first/last dates, events attended).  Edge attributes:
    ``kind``, ``label``, ``count``, ``dates``, ``events``, ``actions``, ``titles``,
    ``evidence``, ``headlines``, ``sources``, ``rows`` (one per fact and sentence, newest
    first).  ``graph.graph["statements"]`` holds the :class:`Statement`\\ s in range (those
    touching the focus, with one) for the commitments matrix; views without commitments have
    none.
    """
    if view not in VIEWS:
        raise ViewError(f"unknown view {view!r}; choose one of {', '.join(sorted(VIEWS))}")
    wanted_types = None if types is None else set(types)
    if wanted_types is not None and wanted_types - set(NODE_TYPES):
        bad = ", ".join(sorted(wanted_types - set(NODE_TYPES)))
        raise ViewError(f"unknown node type {bad}; choose from {', '.join(NODE_TYPES)}")
    if depth < 0:
        raise ViewError("depth must be 0 or more")
    kinds = VIEWS[view]
    reader = _Reader(store)

    def in_range(items: Iterable[Any]) -> list[Any]:
        return [i for i in items if _in_range(i.date, date_from, date_to)]

    posts, events = in_range(reader.posts()), in_range(reader.events())
    statements = in_range(reader.statements()) if kinds & VIEWS["commitments"] else []
    planned, untargeted = reader.plan_actions(statements)
    instances = [i for i in [*posts, *events, *planned] if i.kind in kinds]

    graph = nx.MultiDiGraph()
    groups = _collapse(instances)
    for key in sorted(groups):
        src, dst, _, _ = key
        graph.add_edge(src, dst, key=f"{key[2]}:{key[3]}", **_edge_attrs(reader, groups[key]))
    for agent in sorted(untargeted):
        graph.add_node(agent)
    present = set(graph.nodes)
    for s, o, kind in sorted(reader.structure()):
        if kind in kinds and s in present:
            reader.node(o, "province")
            graph.add_edge(s, o, key=f"{kind}:{EDGE_LABELS[kind]}", kind=kind, label=EDGE_LABELS[kind], count=1,
                           dates=[], events=[], actions=[], titles=[], evidence=[], headlines=[], sources=[], rows=[])
    career = careers(reader, posts, [i for i in events if i.kind == "participation"])

    def node_attrs(n: str) -> dict[str, object]:
        info = reader.node(n)
        srcs = reader.sources.get(n, []) if info.type == "event" else []
        attrs: dict[str, object] = {
            "type": info.type,
            "label": info.label,
            "iri": n,
            "alt": sorted(info.alt),
            "dates": sorted(info.dates),
            "facts": {k: sorted(v) for k, v in sorted(info.facts.items())},
            "evidence": [s.evidence for s in srcs],
            "headlines": sorted({s.headline for s in srcs if s.headline}),
            "rows": newest_first(r for inst in untargeted.get(n, []) for r in fact_rows(reader.label, inst)),
        }
        if n in career:
            attrs["career"] = career[n]
        return attrs

    for n in list(graph.nodes):
        graph.nodes[n].update(node_attrs(n))

    if focus is not None:
        candidates = {n: node_attrs(n) for n in reader.nodes}
        centre = resolve_focus(graph, candidates, focus)
        if centre not in graph:
            graph.add_node(centre, **candidates[centre])
        graph = nx.ego_graph(graph, centre, radius=depth, undirected=True)
        graph.graph["focus"] = centre
        statements = [st for st in statements if centre in _touches(st)]
    if wanted_types is not None:
        drop = [n for n, t in graph.nodes(data="type") if t not in wanted_types and n != graph.graph.get("focus")]
        graph.remove_nodes_from(drop)
    graph.graph["view"] = view
    graph.graph["statements"] = statements
    graph.graph["names"] = {
        e: {"label": reader.label(e), "type": reader.node(e).type}
        for st in statements for e in (*st.agents, *st.addressees, *st.projects, *st.speakers, st.event) if e
    }
    return graph


def _touches(st: Statement) -> set[str]:
    return {*st.agents, *st.addressees, *st.projects, *st.speakers, st.event}
