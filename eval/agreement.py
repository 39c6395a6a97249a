"""How far two annotators agree: ``python eval/agreement.py DIR_A DIR_B``.

Two people annotating the same items blind under the same brief disagree; that disagreement
is the ceiling a scorer can reach against either of them.  This compares two folders of gold
files item by item with the facts ``kg eval`` scores, taking A as "gold" and B as "system"
(F1 is symmetric): persons, posts, events (aligned as kg eval aligns a system's events: two
of type/date/location/label agreeing, one of them type or label — a label agrees when one
``label_has`` contains the other), participation under the aligned ids, and the statement
aspects per sentence fingerprint (committers, issuers, named addressees, speakers, kind).
Agent names are canonicalised with the reference data as kg eval does (上海市 = 上海).
It reads gold files only: it never runs kg.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.apps.evaluate import Score, set_score  # noqa: E402
from kg.reference import get_reference  # noqa: E402


def canon(name: str) -> str:
    """A name in the form both sides are compared in (province/city short names, body labels)."""
    ref = get_reference()
    for found in (ref.province(name), ref.city(name)):
        if found is not None:
            return str(found.short)
    body = ref.national_body(name)
    return str(body.label) if body is not None else name


def _event_match(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, bool]:
    la, lb = str(a.get("label_has") or ""), str(b.get("label_has") or "")
    type_ok = a.get("type") == b.get("type")
    label_ok = bool(la and lb) and (la in lb or lb in la)
    date_ok = bool(a.get("date")) and str(a.get("date")) == str(b.get("date"))
    loc_ok = bool(a.get("location")) and canon(str(a["location"])) == canon(str(b.get("location") or ""))
    return type_ok + label_ok + date_ok + loc_ok, type_ok or label_ok


def align(events_a: list[dict[str, Any]], events_b: list[dict[str, Any]]) -> dict[str, str]:
    """B's event id → A's, best matches first, one to one."""
    pairs = []
    for i, a in enumerate(events_a):
        for j, b in enumerate(events_b):
            n, anchored = _event_match(a, b)
            if n >= 2 and anchored:
                pairs.append((-n, i, j))
    out: dict[str, str] = {}
    used: set[int] = set()
    for _, i, j in sorted(pairs):
        bid = str(events_b[j]["id"])
        if bid not in out and i not in used:
            out[bid] = str(events_a[i]["id"])
            used.add(i)
    return out


def _event_tuples(events: Iterable[dict[str, Any]], ids: dict[str, str]) -> set[tuple[Any, ...]]:
    def eid(x: Any) -> Any:
        return ids.get(str(x), f"B:{x}") if x is not None else None

    return {(eid(e["id"]), e.get("type"), str(e.get("date") or ""), canon(str(e.get("location") or "")),
             eid(e.get("super")), bool(e.get("scheduled"))) for e in events}


def _participation(rows: Iterable[list[Any]], ids: dict[str, str]) -> set[tuple[str, str, str]]:
    out = set()
    for event_id, role, persons in rows:
        eid = ids.get(str(event_id), f"B:{event_id}")
        for person in persons:
            out.add((eid, role, person))
            if role in ("chair", "speaker"):
                out.add((eid, "attendee", person))
    return out


def _statements(entries: Iterable[dict[str, Any]]) -> dict[str, set[tuple[str, str]]]:
    """Per statement aspect, (sentence, value) pairs; a sentence is its report and fingerprint."""
    out: dict[str, set[tuple[str, str]]] = {aspect: set() for aspect in (
        "statement_committers", "statement_issuers", "statement_addressees", "statement_speakers", "statement_kind")}
    for e in entries:
        k, kind = f"{e.get('report', '')}/{e['sent']}", str(e.get("kind"))
        out["statement_kind"].add((k, kind))
        if e.get("speaker"):
            out["statement_speakers"].add((k, str(e["speaker"])))
        if kind == "commitment":
            out["statement_committers"] |= {(k, canon(c)) for c in e.get("committers") or []}
        elif kind == "directive":
            if e.get("issuer"):
                out["statement_issuers"].add((k, canon(str(e["issuer"]))))
            out["statement_addressees"] |= {(k, canon(x)) for x in e.get("addressees") or []}
    return out


def compare(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Score]:
    """Scores of B against A for one item."""
    own = {str(e["id"]): str(e["id"]) for e in a.get("events", [])}
    ids = align(a.get("events", []), b.get("events", []))
    scores = {
        "persons": set_score(set(a.get("persons", [])), set(b.get("persons", []))),
        "posts": set_score({(p, canon(pl) if pl else "", r) for p, pl, r in a.get("posts", [])},
                           {(p, canon(pl) if pl else "", r) for p, pl, r in b.get("posts", [])}),
        "events": set_score(_event_tuples(a.get("events", []), own), _event_tuples(b.get("events", []), ids)),
        "participation": set_score(_participation(a.get("participation", []), own),
                                   _participation(b.get("participation", []), ids)),
    }
    sa, sb = _statements(a.get("statements", [])), _statements(b.get("statements", []))
    for aspect in sa:
        scores[aspect] = set_score(sa[aspect], sb[aspect])
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--per-item", action="store_true", help="print each item's events and statement F1")
    args = parser.parse_args(argv)
    total: dict[str, Score] = {}
    common = sorted({p.name for p in args.a.glob("VIDE*.json")} & {p.name for p in args.b.glob("VIDE*.json")})
    if not common:
        print("agreement: no item annotated in both folders", file=sys.stderr)
        return 2
    for name in common:
        a = json.loads((args.a / name).read_text(encoding="utf-8"))
        b = json.loads((args.b / name).read_text(encoding="utf-8"))
        scores = compare(a, b)
        if args.per_item:
            f1 = {k: scores[k].f1 for k in ("events", "participation", "statement_kind")}
            print(name, {k: (None if v is None else round(v, 3)) for k, v in f1.items()})
        for aspect, score in scores.items():
            total[aspect] = total[aspect] + score if aspect in total else score
    print(f"{len(common)} items annotated by both")
    print(f"{'aspect':24} {'P':>6} {'R':>6} {'F1':>6} {'A':>5} {'B':>5}")
    for aspect, s in total.items():
        cells = ["–" if v is None else f"{v:.3f}" for v in (s.precision, s.recall, s.f1)]
        print(f"{aspect:24} {cells[0]:>6} {cells[1]:>6} {cells[2]:>6} {s.gold:>5} {s.system:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
