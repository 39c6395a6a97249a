"""Score what the store holds for an article against hand-made gold facts.

The gold format and every scoring rule are described in
``docs/gold-format.md``; this module implements exactly that page.  Only facts
in the named graph(s) of the gold file's article are scored, read back from
the store with SPARQL: the evaluation sees the graph a user sees, not the
extractor's internal records.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.graph import iri
from kg.store import GraphStore

_QUOTES = re.compile(r"[“”‘’\"'《》「」『』\s]")
ROLE_ORDER = ("attendee", "chair", "speaker")


def norm_label(text: str) -> str:
    """Project/title labels compare without quotes, 《》 and spaces."""
    return _QUOTES.sub("", text)


# -- statement sentences ------------------------------------------------------------
# The frozen sentence rule of eval/sentences.py (statements-guide.md: up to 。！？ with closing
# quotes, or a paragraph end), copied here so that the installed package can score statements;
# tests/test_evaluate.py checks that both give the same sentences.
_FROZEN_END = re.compile(r"[。！？!?]+[”’」』）)]*|…{2}[”’」』]*")


def frozen_sentences(text: str) -> list[str]:
    """The sentences of ``text`` cut by the frozen rule gold fingerprints are made with."""
    out: list[str] = []
    for para in text.split("\n"):
        start = 0
        for cut in [*(m.end() for m in _FROZEN_END.finditer(para)), len(para)]:
            if para[start:cut].strip():
                out.append(para[start:cut].strip())
            start = cut
    return out


def fingerprint(sentence: str) -> str:
    """The first 8 hex digits of the sha1 of the (whitespace-stripped) sentence."""
    return hashlib.sha1(sentence.strip().encode("utf-8")).hexdigest()[:8]


def statement_sentences(evidence: str, gold: set[str]) -> list[str]:
    """The gold sentences a system statement's evidence holds: the fingerprints of the frozen
    sentences inside it that the gold lists, else the fingerprint of its first frozen sentence
    (so a statement on a sentence the gold calls "neither" still counts, once)."""
    fps = [fingerprint(s) for s in frozen_sentences(evidence)] or [fingerprint(evidence)]
    hits = [f for f in fps if f in gold]
    return hits or fps[:1]


# -- scores -------------------------------------------------------------------


@dataclass
class Score:
    """Counts behind one aspect's P/R/F1, kept so that files can be micro-averaged.

    Precision and recall may have different numerators (a system project can
    be right because it is in ``projects_also_fine`` without being a gold
    project).  ``recall_only`` aspects are fractions with no precision.
    """

    correct_system: int = 0
    system: int = 0
    found_gold: int = 0
    gold: int = 0
    recall_only: bool = False

    @property
    def precision(self) -> float | None:
        if self.recall_only or self.system == 0:
            return None
        return self.correct_system / self.system

    @property
    def recall(self) -> float | None:
        return self.found_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.correct_system + other.correct_system,
            self.system + other.system,
            self.found_gold + other.found_gold,
            self.gold + other.gold,
            self.recall_only or other.recall_only,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "system": None if self.recall_only else self.system,
            "correct_system": None if self.recall_only else self.correct_system,
            "found_gold": self.found_gold,
        }


def set_score(gold: Iterable[Any], system: Iterable[Any], acceptable: Iterable[Any] = ()) -> Score:
    """Precision against ``gold ∪ acceptable``, recall against ``gold``."""
    g, s = set(gold), set(system)
    ok = g | set(acceptable)
    return Score(len(s & ok), len(s), len(g & s), len(g))


def set_errors(
    gold: Iterable[Any], system: Iterable[Any], acceptable: Iterable[Any] = (),
    evidence: dict[Any, list[str]] | None = None,
) -> dict[str, list[Any]]:
    """What :func:`set_score` counted against the system: gold facts missed, system facts wrong.

    Facts are listed as JSON-friendly lists; a spurious fact is followed by the
    sentences it was read from when ``evidence`` knows them.
    """
    g, s = set(gold), set(system)
    ok = g | set(acceptable)

    def row(fact: Any, with_evidence: bool) -> Any:
        items = list(fact) if isinstance(fact, tuple) else [fact]
        if with_evidence and evidence and evidence.get(fact):
            return [*items, sorted(set(evidence[fact]))]
        return items if isinstance(fact, tuple) else fact

    return {
        "missed": [row(f, False) for f in sorted(g - s, key=str)],
        "spurious": [row(f, True) for f in sorted(s - ok, key=str)],
    }


@dataclass
class EvalReport:
    gold_path: str
    document: str
    articles: list[str]
    scores: dict[str, Score] = field(default_factory=dict)
    alignment: dict[str, str] = field(default_factory=dict)  # gold event id → system event IRI
    # per aspect: the gold facts the system missed and the system facts that are wrong, for error
    # analysis (``kg eval --json``); never used in the scores themselves
    errors: dict[str, dict[str, list[Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_path,
            "document": self.document,
            "articles": self.articles,
            "alignment": self.alignment,
            "scores": {k: v.to_dict() for k, v in self.scores.items()},
            "errors": self.errors,
        }


def micro_average(reports: Iterable[EvalReport]) -> dict[str, Score]:
    total: dict[str, Score] = {}
    for report in reports:
        for aspect, score in report.scores.items():
            total[aspect] = total[aspect] + score if aspect in total else score
    return total


# -- reading the system's facts -----------------------------------------------------


def _local(value: str) -> str:
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Names:
    """Map IRIs to the names gold files use: province short names, city names, labels."""

    def __init__(self, store: GraphStore, graphs: list[str]) -> None:
        from kg.reference import get_reference

        self.ref = get_reference()
        self.places: dict[str, str] = {}
        for prov in _values(self.ref.provinces):
            self.places[iri.province(prov.code)] = prov.short
        for city in _values(self.ref.cities):
            self.places[iri.city(city.short)] = city.short
        for reg in _values(self.ref.regions):
            self.places[iri.region(reg.name)] = reg.name
        self.labels: dict[str, str] = {}
        values = " ".join(iri.sparql_iri(g) for g in graphs)
        rows = store.select(
            f"SELECT ?x ?l WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?x rdfs:label ?l }} "
            "FILTER(lang(?l) = 'zh' || lang(?l) = '') }"
        )
        for row in sorted(rows, key=lambda r: r["l"]):
            self.labels.setdefault(row["x"], row["l"])

    def name(self, node: str) -> str:
        if node in self.places:
            return self.places[node]
        if node in self.labels:
            return self.labels[node]
        return _local(node)

    def canon(self, name: str) -> str:
        """A gold-side name in the same canonical form as :meth:`name` gives."""
        prov = self.ref.province(name)
        if prov is not None:
            return str(prov.short)
        city = self.ref.city(name)
        if city is not None:
            return str(city.short)
        body = self.ref.national_body(name)
        if body is not None:
            return str(body.label)
        # 中国 = 中华人民共和国: a state by any of its names (ontology/countries.csv)
        name = _country_labels().get(name, name)
        # 各地各部门 = 各地区各部门: surfaces of one addressee (ontology/commitment_cues.csv)
        name = _addressee_aliases().get(name, name)
        # "各有关部门" and "有关部门" are the same addressee: the distributive 各 is not part of the name
        if name.startswith("各") and len(name) > 2:
            return name[1:]
        return name


def _ontology_rows(name: str) -> list[dict[str, str]]:
    """The rows of one ontology table ([] when the file is absent): the evaluator's aliases come
    from the tables the extraction reads, so gold and system spell a name the same way."""
    import csv

    from kg.reference import default_ontology_dir

    path = default_ontology_dir() / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _addressee_aliases() -> dict[str, str]:
    """Surface → canonical value of the addressees the extraction knows (各地各部门 → 各地区各部门)."""
    return {r["cue"].strip(): (r.get("value") or "").strip() or r["cue"].strip()
            for r in _ontology_rows("commitment_cues.csv") if (r.get("kind") or "").strip() == "addressee"}


@lru_cache(maxsize=1)
def _country_labels() -> dict[str, str]:
    """Written form → label of the states the extraction names as parties to talks (中国 → 中华人民共和国)."""
    return {alias: r["label"].strip() for r in _ontology_rows("countries.csv") if (r.get("label") or "").strip()
            for alias in (r.get("aliases") or "").split("|") if alias}


def _values(collection: Any) -> list[Any]:
    if isinstance(collection, dict):
        return list(collection.values())
    return list(collection or [])


@dataclass
class _SysEvent:
    iri: str
    types: set[str] = field(default_factory=set)
    label: str = ""
    date: str = ""
    location: str = ""
    scheduled: bool = False
    supers: set[str] = field(default_factory=set)


def find_articles(store: GraphStore, document: str) -> list[str]:
    """The article graph(s) a gold ``document`` names.

    ``corpus/sample/x.txt`` matches the article whose ``kg:sourcePath`` ends
    with ``x.txt`` or whose key is ``x``; ``xwlb:123`` matches key ``123``, or
    the reports ``123-1``, ``123-2`` … a bundle was split into.
    """
    name = document.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    ident = document.split(":", 1)[1] if re.match(r"^[A-Za-z][\w-]*:(?!//)[^/]", document) else None
    keys = {document, name, stem} | ({ident} if ident else set())
    rows = store.select(
        "SELECT ?a ?key ?src WHERE { GRAPH ?a { ?a a schema:NewsArticle . "
        "OPTIONAL { ?a schema:identifier ?key } OPTIONAL { ?a kg:sourcePath ?src } } }"
    )
    by_source = sorted(
        {
            r["a"]
            for r in rows
            if "src" in r and (r["src"] == name or r["src"].replace("\\", "/").endswith("/" + name))
        }
    )
    if "." in name and by_source:
        return by_source
    by_key = sorted({r["a"] for r in rows if r.get("key") in keys})
    if by_key:
        return by_key
    base = ident or stem
    parts = sorted({r["a"] for r in rows if re.fullmatch(re.escape(base) + r"-\d+", r.get("key", ""))})
    return parts or by_source


class _System:
    """The facts of the article graphs, read back with SPARQL."""

    def __init__(self, store: GraphStore, graphs: list[str]) -> None:
        self.store = store
        self.values = "VALUES ?g { " + " ".join(iri.sparql_iri(g) for g in graphs) + " }"
        self.names = _Names(store, graphs)

    def rows(self, pattern: str, select: str = "*") -> list[dict[str, str]]:
        return self.store.select(
            f"SELECT DISTINCT {select} WHERE {{ {self.values} GRAPH ?g {{ {pattern} }} }}"
        )

    def persons(self) -> set[str]:
        return {r["l"] for r in self.rows("?p a schema:Person ; rdfs:label ?l FILTER(LANG(?l) = 'zh')")}

    def posts(self) -> set[tuple[str, str, str]]:
        rows = self.store.select(
            f"SELECT DISTINCT ?p ?role ?o ?jur WHERE {{ {self.values} "
            "GRAPH ?g { ?m a org:Membership ; org:member ?p ; org:role ?role ; org:organization ?o } "
            "OPTIONAL { ?o kg:jurisdiction ?jur } }"
        )
        out = set()
        for r in rows:
            place = self.names.name(r["jur"]) if "jur" in r else ""
            out.add((self.names.name(r["p"]), place, _local(r["role"])))
        return out

    def events(self) -> dict[str, _SysEvent]:
        events: dict[str, _SysEvent] = {}
        for r in self.rows("?e a schema:Event ; a ?t"):
            ev = events.setdefault(r["e"], _SysEvent(r["e"]))
            if r["t"].startswith(iri.KG):
                ev.types.add(_local(r["t"]))
        for r in self.rows(
            "?e a schema:Event . OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e schema:startDate ?d } "
            "OPTIONAL { ?e schema:location ?loc } OPTIONAL { ?e schema:eventStatus ?st } "
            "OPTIONAL { ?e schema:superEvent ?sup }"
        ):
            ev = events[r["e"]]
            ev.label = ev.label or r.get("l", "")
            ev.date = ev.date or r.get("d", "")
            ev.location = ev.location or (self.names.name(r["loc"]) if "loc" in r else "")
            ev.scheduled = ev.scheduled or r.get("st") == iri.SCHEMA + "EventScheduled"
            if "sup" in r:
                ev.supers.add(r["sup"])
        return events

    def participation(self) -> set[tuple[str, str, str]]:
        out = set()
        for r in self.rows(
            "VALUES ?role { schema:attendee kg:chair kg:speaker } ?e ?role ?a ; a schema:Event . ?a a schema:Person"
        ):
            out.add((r["e"], _local(r["role"]), self.names.name(r["a"])))
        return out

    def reviewed(self) -> set[tuple[str, str]]:
        return {(r["e"], norm_label(r["t"])) for r in self.rows("?e kg:reviewed ?w . ?w rdfs:label ?t")}

    def decided(self) -> set[tuple[str, str]]:
        return {(r["e"], r["d"]) for r in self.rows("?e kg:decided ?d")}

    def projects(self) -> set[str]:
        return {norm_label(r["l"]) for r in self.rows("?p a kg:Project ; rdfs:label ?l")}

    def plan_actions(self, cls: str, agent_props: dict[str, str]) -> list[dict[str, Any]]:
        """Commitments or directives: per node, the agents per property, events and project labels."""
        nodes: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": set(), "projects": set(), "evidence": set()})
        for r in self.rows(f"?c a kg:{cls}"):
            nodes[r["c"]]
        for r in self.rows(f"?c a kg:{cls} ; kg:evidence ?ev"):
            nodes[r["c"]]["evidence"].add(r["ev"])
        for r in self.rows("?c kg:madeAt ?e"):
            if r["c"] in nodes:
                nodes[r["c"]]["events"].add(r["e"])
        for r in self.rows("?c kg:concerns ?p . ?p rdfs:label ?l"):
            if r["c"] in nodes:
                nodes[r["c"]]["projects"].add(norm_label(r["l"]))
        for key, prop in agent_props.items():
            for node in nodes.values():
                node.setdefault(key, set())
            for r in self.rows(f"?c kg:{prop} ?a"):
                if r["c"] in nodes:
                    nodes[r["c"]][key].add(self.names.name(r["a"]))
        return [nodes[k] for k in sorted(nodes)]


# -- event alignment --------------------------------------------------------------


def _match_count(gold: dict[str, Any], ev: _SysEvent) -> tuple[int, bool]:
    """How many of type/date/location/label_has agree, and whether type or label does."""
    type_ok = gold.get("type") in ev.types
    label_ok = bool(gold.get("label_has")) and str(gold["label_has"]) in ev.label
    date_ok = bool(gold.get("date")) and str(gold["date"]) == ev.date
    loc_ok = bool(gold.get("location")) and gold["location"] == ev.location
    return type_ok + label_ok + date_ok + loc_ok, type_ok or label_ok


def align_events(gold_events: list[dict[str, Any]], system: dict[str, _SysEvent]) -> dict[str, str]:
    """One-to-one gold id → system event IRI, best matches first.

    A pair is eligible when at least two of type, date, location and
    ``label_has`` agree and one of them is the type or the label: date and
    place alone do not make two meetings the same one.
    """
    pairs = []
    for gi, gold in enumerate(gold_events):
        for ev in system.values():
            n, anchored = _match_count(gold, ev)
            if n >= 2 and anchored:
                pairs.append((-n, gi, ev.iri))
    alignment: dict[str, str] = {}
    used: set[str] = set()
    for _, gi, e in sorted(pairs):
        gid = str(gold_events[gi]["id"])
        if gid not in alignment and e not in used:
            alignment[gid] = e
            used.add(e)
    return alignment


# -- evaluation ---------------------------------------------------------------------


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise KgError(f"cannot read the gold file {path}: {exc.strerror or exc}") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise KgError(f"the gold file {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("document"), str):
        raise KgError(f'the gold file {path} has no "document" naming its article (see docs/gold-format.md)')
    return data


def _article_store(store: GraphStore, graphs: list[str]) -> GraphStore:
    """The articles as self-contained graphs, in memory: their facts and the descriptions of
    what they mention (kept once, in the entities graph, in the store; see kg.store.entities)."""
    from kg.store import memory_store
    from kg.store.entities import article_view

    view = memory_store()
    view.db.extend(article_view(store, graphs))
    return view


def evaluate(gold_path: str | Path, store: GraphStore) -> EvalReport:
    """Score the article the gold file names; aspects absent from the gold file are not scored."""
    gold = load_gold(gold_path)
    document = gold["document"]
    graphs = find_articles(store, document)
    if not graphs:
        raise KgError(f"no article in the store matches the gold document {document!r}; build it first")
    run = _Evaluation(gold, _System(_article_store(store, graphs), graphs), EvalReport(str(gold_path), document, graphs))
    run.persons_and_posts()
    run.events()
    run.event_relations()
    run.projects_and_commitments()
    run.directives()
    if isinstance(gold.get("statements"), list):
        _score_statements(gold["statements"], run.sys, run.names, run.score)
    return run.report


class _Evaluation:
    """One gold file against the system's graphs: each method scores one or a few aspects, in
    the order the report lists them."""

    def __init__(self, gold: dict[str, Any], system: _System, report: EvalReport) -> None:
        self.gold = gold
        self.sys = system
        self.names = system.names
        self.report = report
        self.gold_events: list[dict[str, Any]] = list(gold.get("events", []))
        self.system_events = system.events()
        self.alignment = align_events(self.gold_events, self.system_events)
        report.alignment = dict(sorted(self.alignment.items()))
        self._to_gold = {e: g for g, e in self.alignment.items()}

    def score(self, aspect: str, gold_facts: Iterable[Any], system_facts: Iterable[Any], acceptable: Iterable[Any] = (),
              evidence: dict[Any, list[str]] | None = None) -> None:
        g, s, a = set(gold_facts), set(system_facts), set(acceptable)
        self.report.scores[aspect] = set_score(g, s, a)
        self.report.errors[aspect] = set_errors(g, s, a, evidence)

    def ev_id(self, event_iri: str) -> str:
        """The gold id of a system event it is aligned with, else its IRI."""
        return self._to_gold.get(event_iri, event_iri)

    def persons_and_posts(self) -> None:
        gold, names = self.gold, self.names
        if "persons" in gold:
            self.score("persons", gold["persons"], self.sys.persons())
        if "posts" in gold:
            gold_posts = {(p, names.canon(place) if place else "", role) for p, place, role in gold["posts"]}
            self.score("posts", gold_posts, self.sys.posts())

    def events(self) -> None:
        if "events" not in self.gold:
            return
        gold_tuples = set()
        for g in self.gold_events:
            g_loc = self.names.canon(g["location"]) if g.get("location") else ""
            gold_tuples.add(
                (str(g["id"]), g.get("type"), str(g.get("date") or ""), g_loc, g.get("super"), bool(g.get("scheduled")))
            )
        gold_types = {str(g["id"]): g.get("type") for g in reversed(self.gold_events)}
        sys_tuples = set()
        for ev in self.system_events.values():
            event_supers = sorted(self.ev_id(s) for s in ev.supers if s in self.system_events)
            gid = self.ev_id(ev.iri)
            g_type = gold_types.get(gid)
            etype = g_type if g_type in ev.types else ",".join(sorted(ev.types))
            sup = event_supers[0] if len(event_supers) == 1 else (",".join(event_supers) or None)
            sys_tuples.add((gid, etype, ev.date, ev.location, sup, ev.scheduled))
        self.score("events", gold_tuples, sys_tuples)

    def event_relations(self) -> None:
        """Participation, reviewed documents and decided events, with system events under gold ids."""
        gold, ev_id = self.gold, self.ev_id
        if "participation" in gold:
            gold_part = set()
            for event_id, role, persons in gold["participation"]:
                for person in persons:
                    gold_part.add((event_id, role, person))
                    if role in ("chair", "speaker"):  # the gold convention: chairs and speakers attend
                        gold_part.add((event_id, "attendee", person))
            self.score("participation", gold_part, {(ev_id(e), role, p) for e, role, p in self.sys.participation()})
        if "reviewed" in gold:
            gold_rev = {(e, norm_label(t)) for e, t in gold["reviewed"]}
            self.score("reviewed", gold_rev, {(ev_id(e), t) for e, t in self.sys.reviewed()})
        if "decided" in gold:
            gold_dec = {(a, b) for a, b in gold["decided"]}
            self.score("decided", gold_dec, {(ev_id(a), ev_id(b)) for a, b in self.sys.decided()})

    def projects_and_commitments(self) -> None:
        gold, names = self.gold, self.names
        gold_projects = {norm_label(p) for p in gold.get("projects", [])}
        fine = {norm_label(p) for p in gold.get("projects_also_fine", [])}
        if "projects" in gold:
            self.score("projects", gold_projects, self.sys.projects(), fine)
        if not ("commitments" in gold or "commitment_facts" in gold):
            return
        commitments = self.sys.plan_actions("Commitment", {"committers": "committedBy"})
        if isinstance(gold.get("commitments"), dict):
            _score_commitments(gold["commitments"], commitments, self.alignment, gold_projects | fine, names,
                               self.report.scores)
        if "commitment_facts" in gold:
            gold_pairs = set()
            for fact in gold["commitment_facts"]:
                projects = [norm_label(p) for p in fact.get("projects", [])] or [""]
                gold_pairs |= {(names.canon(c), p) for c in fact.get("committers", []) for p in projects}
            pair_evidence: dict[Any, list[str]] = defaultdict(list)
            for com in commitments:
                for c in com["committers"]:
                    for p in com["projects"] or {""}:
                        pair_evidence[(names.canon(c), p)].extend(com["evidence"])
            self.score("commitment_pairs", gold_pairs, set(pair_evidence), evidence=pair_evidence)

    def directives(self) -> None:
        if "directives" not in self.gold:
            return
        names = self.names
        directives = self.sys.plan_actions("Directive", {"issuers": "issuedBy", "addressees": "addressedTo"})
        gold_addr, gold_proj = set(), set()
        for d in self.gold["directives"]:
            issuer = names.canon(d.get("issuer", ""))
            gold_addr |= {(issuer, names.canon(a)) for a in d.get("addressees", [])}
            gold_proj |= {(issuer, norm_label(p)) for p in d.get("projects", [])}
        addr_evidence: dict[Any, list[str]] = defaultdict(list)
        proj_evidence: dict[Any, list[str]] = defaultdict(list)
        for d in directives:
            for i in d["issuers"]:
                for a in d["addressees"]:
                    addr_evidence[(names.canon(i), names.canon(a))].extend(d["evidence"])
                for p in d["projects"]:
                    proj_evidence[(i, p)].extend(d["evidence"])
        self.score("directive_addressees", gold_addr, set(addr_evidence), evidence=addr_evidence)
        self.score("directive_projects", gold_proj, set(proj_evidence), evidence=proj_evidence)


def _gold_statements(entries: list[dict[str, Any]], names: _Names) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("sent"), str):
            raise KgError(f"a statement entry needs a fingerprint 'sent': {e!r}")
        kind = e.get("kind")
        if kind not in ("commitment", "directive"):
            raise KgError(f"statement {e.get('sent')}: kind must be commitment or directive, not {kind!r}")
        agents = e.get("committers", []) if kind == "commitment" else [e.get("issuer") or ""]
        out[e["sent"]] = {
            "kind": kind,
            "agents": {names.canon(a) for a in agents if a},
            "addressees": {names.canon(a) for a in e.get("addressees", []) or []},
            "speaker": e.get("speaker") or None,
        }
    return out


def _system_statements(sys_: _System, gold: set[str]) -> dict[str, dict[str, Any]]:
    """System statements by gold sentence fingerprint (see :func:`statement_sentences`)."""
    out: dict[str, dict[str, Any]] = {}
    for cls, props in (("Commitment", {"agents": "committedBy"}),
                       ("Directive", {"agents": "issuedBy", "addressees": "addressedTo"})):
        for node in sys_.plan_actions(cls, {**props, "speakers": "speaker"}):
            for ev in node["evidence"]:
                for fp in statement_sentences(ev, gold):
                    entry = out.setdefault(fp, {"kinds": set(), "agents": set(), "addressees": set(),
                                                "speakers": set(), "evidence": ev})
                    entry["kinds"].add(cls.lower())
                    entry["agents"] |= {(cls.lower(), sys_.names.canon(a)) for a in node["agents"]}
                    entry["addressees"] |= {sys_.names.canon(a) for a in node.get("addressees", set())}
                    entry["speakers"] |= set(node["speakers"])
    return out


def _score_statements(entries: list[dict[str, Any]], sys_: _System, names: _Names, score: Any) -> None:
    """The ``statements`` block: one entry per sentence holding a commitment or a directive
    (docs/gold-format.md).  Sentences are compared by fingerprint; a sentence not listed is
    "neither"."""
    gold = _gold_statements(entries, names)
    system = _system_statements(sys_, set(gold))
    evidence = {fp: [e["evidence"]] for fp, e in system.items()}

    def pairs(side: str, kind: str) -> tuple[set[Any], set[Any], dict[Any, list[str]]]:
        g = {(fp, a) for fp, e in gold.items() if e["kind"] == kind for a in e[side]}
        s = {(fp, a) for fp, e in system.items() for k, a in e["agents"] if k == kind} if side == "agents" else \
            {(fp, a) for fp, e in system.items() if kind in e["kinds"] for a in e[side]}
        return g, s, {f: evidence[f[0]] for f in s}

    g, s, ev = pairs("agents", "commitment")
    score("statement_committers", g, s, evidence=ev)
    g, s, ev = pairs("agents", "directive")
    score("statement_issuers", g, s, evidence=ev)
    g, s, ev = pairs("addressees", "directive")
    score("statement_addressees", g, s, evidence=ev)
    g_sp = {(fp, e["speaker"]) for fp, e in gold.items() if e["speaker"]}
    s_sp = {(fp, p) for fp, e in system.items() for p in e["speakers"]}
    score("statement_speakers", g_sp, s_sp, evidence={f: evidence[f[0]] for f in s_sp})
    # kind: over the sentences either side calls a statement (all others are "neither" on both sides)
    union = set(gold) | set(system)
    g_kind = {(fp, gold[fp]["kind"] if fp in gold else "neither") for fp in union}
    s_kind = {(fp, "+".join(sorted(system[fp]["kinds"])) if fp in system else "neither") for fp in union}
    score("statement_kind", g_kind, s_kind, evidence={f: evidence.get(f[0], []) for f in s_kind})


def _score_commitments(
    spec: dict[str, Any],
    commitments: list[dict[str, Any]],
    alignment: dict[str, str],
    acceptable: set[str],
    names: _Names,
    scores: dict[str, Score],
) -> None:
    """The sample gold's ``commitments`` block (see its note and docs/gold-format.md)."""
    committers = {names.canon(c) for c in spec.get("committers", [])}
    for key, value in spec.items():
        if key in ("note", "committers") or not isinstance(value, list):
            continue
        if key.startswith("by_province_at_"):
            event_id = key.removeprefix("by_province_at_")
            event = alignment.get(event_id)
            provinces = {c for com in commitments if event in com["events"] for c in com["committers"]}
            provinces = {p for p in provinces if names.ref.province(p) is not None}
            scores[f"commitments.{key}"] = set_score({names.canon(p) for p in value}, provinces)
            continue
        # key is an event id: the projects committed to at that event
        event = alignment.get(key)
        at_event = [com for com in commitments if event is not None and event in com["events"]]
        wanted = {norm_label(p) for p in value}
        concerned = {p for com in at_event for p in com["projects"]}
        scores[f"commitments.{key}.projects"] = set_score(wanted, concerned, acceptable)
        relevant = [com for com in at_event if com["projects"] & wanted]
        full = sum(1 for com in relevant if committers <= com["committers"])
        scores[f"commitments.{key}.committers"] = Score(0, 0, full, len(relevant), recall_only=True)


# -- printing -------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def score_rows(scores: dict[str, Score]) -> list[list[str]]:
    return [
        [
            aspect,
            _fmt(s.precision),
            _fmt(s.recall),
            _fmt(s.f1),
            str(s.gold),
            "–" if s.recall_only else str(s.system),
        ]
        for aspect, s in scores.items()
    ]


def format_reports(reports: list[EvalReport]) -> str:
    from kg.apps.tables import format_table

    columns = ["aspect", "P", "R", "F1", "gold", "system"]
    blocks = []
    for report in reports:
        head = f"{report.gold_path} → {', '.join(iri.compact(a) for a in report.articles)}"
        blocks.append(head + "\n" + format_table(columns, score_rows(report.scores)))
    if len(reports) > 1:
        blocks.append(
            f"micro-average over {len(reports)} files\n"
            + format_table(columns, score_rows(micro_average(reports)))
        )
    return "\n\n".join(blocks)
