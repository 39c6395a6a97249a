"""Structure checks for the hand-checked gold sets under ``eval/dev/``, ``eval/heldout/``, ``eval/test/``, ``eval/test2/``, ``eval/test3/``, ``eval/test4/``, ``eval/test5/``, ``eval/test6/``, ``eval/test7/``, ``eval/test8/`` and ``eval/test9/``.

The gold sets are how the project measures its extraction on unseen 新闻联播
items (dev for tuning, held-out and test for measuring only), so a malformed
gold file silently skews every figure.  All three follow one format and one
set of guidelines, so the same checks run over each.  These tests
check the gold itself -- never the extraction: every file parses, uses only
the agreed keys and vocabularies, and is internally consistent (every person
in a post or a participation is listed, every event id referenced exists,
chairs and speakers are also attendees).  When the shared corpus is present
next to the repository, they also check that each gold file points at a real
item and that its names and labels occur in that item's text.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from helpers import CORPUS, ROOT, eval_script

DEV_DIR = ROOT / "eval" / "dev"
HELDOUT_DIR = ROOT / "eval" / "heldout"
TEST_DIR = ROOT / "eval" / "test"
TEST2_DIR = ROOT / "eval" / "test2"
TEST3_DIR = ROOT / "eval" / "test3"
TEST4_DIR = ROOT / "eval" / "test4"
TEST5_DIR = ROOT / "eval" / "test5"
TEST6_DIR = ROOT / "eval" / "test6"
TEST7_DIR = ROOT / "eval" / "test7"
TEST8_DIR = ROOT / "eval" / "test8"
TEST9_DIR = ROOT / "eval" / "test9"
GOLD_DIRS = (DEV_DIR, HELDOUT_DIR, TEST_DIR, TEST2_DIR, TEST3_DIR, TEST4_DIR, TEST5_DIR, TEST6_DIR, TEST7_DIR, TEST8_DIR, TEST9_DIR)

ROLES = {row["role"] for row in csv.DictReader((ROOT / "ontology" / "roles.csv").open(encoding="utf-8"))}
EVENT_TYPES = {"Meeting", "Forum", "PressConference", "Conference", "Inspection", "Ceremony"}
PART_ROLES = {"attendee", "chair", "speaker"}
CATEGORIES = {
    "symposium", "leading_group", "yrd", "ordinary",
    # genres added with the statement gold (eval/README.md)
    "inspection", "state_council", "politburo", "work_report", "history", "bundle", "appointment",
    "npc_delegation", "reaction", "yrd_jjj_gba", "forum_ceremony", "speech",
    # genres named by the eval/test2 annotators
    "feature", "npc_cppcc", "diplomacy",
}
REQUIRED = {
    "document": str, "date": str, "category": str, "note": str,
    "persons": list, "posts": list, "events": list, "participation": list,
    "reviewed": list, "decided": list, "projects": list, "projects_also_fine": list,
}
# A gold file describes its commitments and directives either the old way (per fact, no sentence)
# or, since the statements guide, one entry per sentence (``statements``).
STATEMENT_FORMATS = ({"commitment_facts", "directives"}, {"statements"})
STATEMENT_KEYS = {
    "commitment": {"n", "sent", "kind", "speaker", "committers", "action_has"},
    "directive": {"n", "sent", "kind", "speaker", "issuer", "addressees", "action_has"},
}
STATEMENT_OPTIONAL = {"projects", "report"}
FINGERPRINT = re.compile(r"^[0-9a-f]{8}$")
EVENT_KEYS = {"id", "type", "date", "location", "label_has", "super", "scheduled"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAY_OR_YEAR = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
# Gold strings this long that occur verbatim in the article would be copied prose.
MAX_QUOTED = 40

DEV_FILES = sorted(DEV_DIR.glob("*.json"))
# Every gold file of every set; ids are "<set>/<item id>" so a failure names its set.
FILES = sorted(p for d in GOLD_DIRS for p in d.glob("*.json"))
FILE_IDS = [f"{p.parent.name}/{p.stem}" for p in FILES]


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _places() -> frozenset[str]:
    """Province and city short names: every gold location must resolve to one."""
    names: set[str] = set()
    for name in ("provinces.csv", "cities.csv"):
        with (ROOT / "ontology" / name).open(encoding="utf-8") as fh:
            names.update(row["short"] for row in csv.DictReader(fh))
    return frozenset(names)


@cache
def _corpus() -> dict[str, tuple[str, str, str]]:
    """id -> (title, date, text with tags removed), only for the ids the gold sets use."""
    wanted = {_load(p)["document"].removeprefix("xwlb:") for p in FILES}
    found: dict[str, tuple[str, str, str]] = {}
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                found[row["id"]] = (row["title"], row["date"], re.sub(r"<[^>]+>", "", row["html"]))
    return found


def test_dev_set_is_large_and_diverse_enough() -> None:
    golds = [_load(p) for p in DEV_FILES]
    assert len(golds) >= 16, f"only {len(golds)} dev items"
    cats = Counter(g["category"] for g in golds)
    assert cats["symposium"] >= 5, cats
    assert cats["leading_group"] >= 3, cats
    assert cats["ordinary"] >= 4, cats
    with_tasks = [g for g in golds if g.get("commitment_facts") or g.get("directives") or g.get("statements")]
    assert len(with_tasks) >= 6, f"only {len(with_tasks)} items carry commitments or directives"
    years = {g["date"][:4] for g in golds}
    assert {"2019", "2022", "2025"} <= years, years


def test_dev_set_has_statement_gold_across_genres() -> None:
    golds = [_load(p) for p in DEV_FILES]
    assert len(golds) >= 80, f"only {len(golds)} dev items"
    with_statements = [g for g in golds if "statements" in g]
    assert len(with_statements) >= 40, f"only {len(with_statements)} dev items carry statement gold"
    assert len({g["category"] for g in with_statements}) >= 10


def test_test_set_has_forty_items_across_three_years() -> None:
    golds = [_load(p) for p in sorted(TEST_DIR.glob("*.json"))]
    assert len(golds) == 40, f"eval/test has {len(golds)} items, expected 40"
    years = Counter(g["date"][:4] for g in golds)
    assert set(years) == {"2019", "2022", "2025"}, years
    assert sum("statements" in g for g in golds) >= 30


def test_second_test_set_is_a_random_draw_with_statement_gold() -> None:
    """eval/test2: 24 items drawn at random (seed in eval/README.md) and annotated blind."""
    golds = [_load(p) for p in sorted(TEST2_DIR.glob("*.json"))]
    assert len(golds) == 24, f"eval/test2 has {len(golds)} items, expected 24"
    years = Counter(g["date"][:4] for g in golds)
    assert set(years) == {"2019", "2022", "2025"}, years
    assert all("statements" in g for g in golds)


@pytest.mark.parametrize(
    ("folder", "per_year"), [(TEST3_DIR, 12), (TEST4_DIR, 12), (TEST5_DIR, 16), (TEST6_DIR, 8), (TEST7_DIR, 8), (TEST8_DIR, 8), (TEST9_DIR, 8)],
    ids=["test3", "test4", "test5", "test6", "test7", "test8", "test9"],
)
def test_random_test_sets_are_drawn_evenly_by_year_with_statement_gold(folder: Path, per_year: int) -> None:
    """eval/test3 (seed 2026113008, session 5), eval/test4 (seed 2026113010, session 6): 12 items a year;
    eval/test5 (seeds 2026113013 and 2026113015, session 7): 16 a year; eval/test6 (seed 2026120101, session 8)
    eval/test7 (seed 2026120104, session 9) and eval/test8 (seed 2026120106, session 10) and eval/test9
    (seed 2026120111, session 11): 8 a year. All drawn at random, annotated blind."""
    golds = [_load(p) for p in sorted(folder.glob("*.json"))]
    assert len(golds) == 3 * per_year, f"eval/{folder.name} has {len(golds)} items, expected {3 * per_year}"
    years = Counter(g["date"][:4] for g in golds)
    assert years == {"2019": per_year, "2022": per_year, "2025": per_year}, years
    assert all("statements" in g for g in golds)


def test_gold_sets_do_not_overlap() -> None:
    """An item in two sets would leak tuning data into a measurement."""
    owner: dict[str, str] = {}
    for path in FILES:
        item = _load(path)["document"]
        assert item not in owner, f"{item} is in both eval/{owner[item]} and eval/{path.parent.name}"
        owner[item] = path.parent.name
    assert all(list(d.glob("*.json")) for d in GOLD_DIRS), "a gold set folder is empty"


@pytest.mark.parametrize("path", FILES, ids=FILE_IDS)
def test_gold_file_structure(path: Path) -> None:
    g = _load(path)
    for key, typ in REQUIRED.items():
        assert isinstance(g.get(key), typ), f"{path.name}: key {key!r} missing or not {typ.__name__}"
    assert g["document"] == f"xwlb:{path.stem}", f"{path.name}: document {g['document']!r} does not match the file name"
    assert DAY.match(g["date"]), f"{path.name}: broadcast date {g['date']!r}"
    assert g["category"] in CATEGORIES, f"{path.name}: category {g['category']!r}"

    persons = g["persons"]
    assert len(persons) == len(set(persons)), f"{path.name}: duplicate persons {persons}"
    places = _places()

    seen_posts: set[tuple[str, str, str]] = set()
    for post in g["posts"]:
        assert isinstance(post, list) and len(post) == 3, f"{path.name}: post {post!r} is not [person, place, role]"
        person, place, role = post
        assert person in persons, f"{path.name}: post holder {person} not in persons"
        assert role in ROLES, f"{path.name}: unknown role {role!r} for {person}"
        assert place == "" or place in places, f"{path.name}: post place {place!r} of {person} is no province/city"
        assert (person, place, role) not in seen_posts, f"{path.name}: duplicate post {post}"
        seen_posts.add((person, place, role))

    events = {e["id"]: e for e in g["events"]}
    assert len(events) == len(g["events"]), f"{path.name}: duplicate event ids"
    for e in g["events"]:
        assert set(e) <= EVENT_KEYS, f"{path.name}: unknown event keys {set(e) - EVENT_KEYS}"
        assert e["type"] in EVENT_TYPES, f"{path.name}: event {e['id']} type {e['type']!r}"
        assert isinstance(e["date"], str) and DAY_OR_YEAR.match(e["date"]), f"{path.name}: event {e['id']} date {e['date']!r}"
        assert e["location"] is None or e["location"] in places, f"{path.name}: event {e['id']} location {e['location']!r}"
        assert isinstance(e["label_has"], str) and e["label_has"], f"{path.name}: event {e['id']} label_has empty"
        if "super" in e:
            assert e["super"] in events and e["super"] != e["id"], f"{path.name}: event {e['id']} super {e['super']!r}"
        if "scheduled" in e:
            assert isinstance(e["scheduled"], bool), f"{path.name}: event {e['id']} scheduled not bool"

    roles_of: dict[str, dict[str, set[str]]] = {}
    for entry in g["participation"]:
        event, role, names = entry
        assert event in events, f"{path.name}: participation refers to unknown event {event!r}"
        assert role in PART_ROLES, f"{path.name}: participation role {role!r}"
        assert names, f"{path.name}: empty participation list for {event}/{role}"
        for name in names:
            assert name in persons, f"{path.name}: participant {name} of {event} not in persons"
        roles_of.setdefault(event, {}).setdefault(role, set()).update(names)
    for event, by_role in roles_of.items():
        attendees = by_role.get("attendee", set())
        for role in ("chair", "speaker"):
            missing = by_role.get(role, set()) - attendees
            assert not missing, f"{path.name}: {role}s {sorted(missing)} of {event} are not listed as attendees"

    for event, title in g["reviewed"]:
        assert event in events, f"{path.name}: reviewed refers to unknown event {event!r}"
        assert title and "《" not in title, f"{path.name}: reviewed title {title!r} must be given without 《》"
    for event, decided in g["decided"]:
        assert event in events and decided in events, f"{path.name}: decided [{event}, {decided}] names an unknown event"

    projects = g["projects"]
    assert len(projects) == len(set(projects)), f"{path.name}: duplicate projects"
    for label in projects + g["projects_also_fine"]:
        assert isinstance(label, str) and label and not re.search("[“”\"《》]", label), (
            f"{path.name}: project label {label!r} must be non-empty and unquoted"
        )
    allowed = set(projects) | set(g["projects_also_fine"])

    formats = [f for f in STATEMENT_FORMATS if f <= set(g)]
    assert len(formats) == 1, f"{path.name}: give either commitment_facts+directives or statements"
    _check_statements(path, g, allowed)
    for c in g.get("commitment_facts", []):
        assert set(c) == {"event", "committers", "projects", "action_has"}, f"{path.name}: commitment keys {sorted(c)}"
        assert c["event"] is None or c["event"] in events, f"{path.name}: commitment at unknown event {c['event']!r}"
        assert c["committers"], f"{path.name}: commitment without committers"
        assert set(c["projects"]) <= allowed, f"{path.name}: commitment projects {set(c['projects']) - allowed} not listed"
        assert c["action_has"], f"{path.name}: commitment without action"
    for d in g.get("directives", []):
        assert set(d) == {"event", "issuer", "addressees", "projects", "action_has"}, f"{path.name}: directive keys {sorted(d)}"
        assert d["event"] is None or d["event"] in events, f"{path.name}: directive at unknown event {d['event']!r}"
        assert d["issuer"] in persons, f"{path.name}: directive issuer {d['issuer']} not in persons"
        assert d["addressees"], f"{path.name}: directive without addressees"
        assert set(d["projects"]) <= allowed, f"{path.name}: directive projects {set(d['projects']) - allowed} not listed"
        assert d["action_has"], f"{path.name}: directive without action"


def _check_statements(path: Path, g: dict[str, Any], allowed: set[str]) -> None:
    seen: set[tuple[str, int, str]] = set()
    for st in g.get("statements", []):
        kind = st.get("kind")
        assert kind in STATEMENT_KEYS, f"{path.name}: statement kind {kind!r}"
        keys = set(st)
        assert STATEMENT_KEYS[kind] <= keys <= STATEMENT_KEYS[kind] | STATEMENT_OPTIONAL, (
            f"{path.name}: statement {st.get('n')} keys {sorted(keys)}"
        )
        assert isinstance(st["n"], int) and st["n"] >= 0 and FINGERPRINT.match(st["sent"]), f"{path.name}: {st}"
        assert (st.get("report", ""), st["n"], kind) not in seen, f"{path.name}: sentence {st['n']} listed twice as {kind}"
        seen.add((st.get("report", ""), st["n"], kind))
        assert st["speaker"] is None or st["speaker"] in g["persons"], f"{path.name}: speaker {st['speaker']} not a person"
        if kind == "commitment":
            assert st["committers"], f"{path.name}: commitment {st['n']} without committers"
        else:
            assert isinstance(st["issuer"], str) and st["issuer"], f"{path.name}: directive {st['n']} without issuer"
            assert isinstance(st["addressees"], list)
        assert set(st.get("projects", [])) <= allowed, f"{path.name}: statement projects not listed"
        assert st["action_has"], f"{path.name}: statement {st['n']} without action"


def _sentence_fingerprints(item_id: str) -> dict[str, list[str]]:
    """report key -> fingerprints of its sentences, cut by eval/sentences.py."""
    module = eval_script("sentences")
    return {a.key: [module.fingerprint(s) for s in module.sentences(a.text)] for a in module.articles([item_id], CORPUS)}


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="shared corpus ../shared/corpus/xwlb.jsonl not present")
@pytest.mark.parametrize("path", [p for p in FILES if "statements" in _load(p)], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_statement_sentences_match_their_fingerprints(path: Path) -> None:
    g = _load(path)
    item_id = g["document"].removeprefix("xwlb:")
    reports = _sentence_fingerprints(item_id)
    for st in g["statements"]:
        key = st.get("report", item_id if item_id in reports else next(iter(reports)))
        prints = reports[key]
        assert st["n"] < len(prints) and prints[st["n"]] == st["sent"], f"{path.name}: sentence {st['n']} of {key}"


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="shared corpus ../shared/corpus/xwlb.jsonl not present")
@pytest.mark.parametrize("path", FILES, ids=FILE_IDS)
def test_gold_matches_corpus_item(path: Path) -> None:
    g = _load(path)
    item_id = g["document"].removeprefix("xwlb:")
    corpus = _corpus()
    assert item_id in corpus, f"{path.name}: {item_id} is not an id in xwlb.jsonl"
    _title, date, text = corpus[item_id]
    assert "title" not in g, f"{path.name}: the corpus headline is corpus text; keep it out of the gold"
    assert g["date"] == date, f"{path.name}: date {g['date']} differs from the broadcast date {date}"
    for person in g["persons"]:
        assert person in text, f"{path.name}: person {person} does not occur in the item"
    for e in g["events"]:
        assert e["label_has"] in text, f"{path.name}: event {e['id']} label_has {e['label_has']!r} not in the item"
    # Gold holds names and short labels only: no long stretch of the article is copied.
    strings = [g["note"], *g["projects"], *g["projects_also_fine"]]
    strings += [x["action_has"] for x in g.get("commitment_facts", []) + g.get("directives", []) + g.get("statements", [])]
    for s in strings:
        for i in range(0, max(0, len(s) - MAX_QUOTED) + 1):
            chunk = s[i : i + MAX_QUOTED]
            assert len(chunk) < MAX_QUOTED or chunk not in text, f"{path.name}: gold copies article text: {chunk!r}"
