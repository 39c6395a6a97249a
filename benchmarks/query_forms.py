"""The user queries as kg ships them (``queries/*.rq``, ``kg timeline``) against hand-written
naive forms of the same questions.

Until issue 14 every article graph restated the labels of what it mentioned, the union default
graph held one copy per article, and the shipped queries matched inside one article graph
(``GRAPH ?article { … }``) to avoid multiplying rows.  Now descriptions are stored once (the
entities graph, ``kg/store/entities.py``) and both forms are plain union-graph queries; the
comparison still guards that the shipped text answers what the naive one does.

This module holds both forms and checks, on a built store, that they return the same
DISTINCT answers::

    python benchmarks/query_forms.py --store /tmp/kgfull 袁家军 陈吉宁

Exit status 1 if any pair differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
sys.path.insert(0, str(ROOT))

POSTS_PERSON = "<https://w3id.org/cpkg/id/person/袁家军>"  # the person written in the .rq file


def _person(name: str) -> str:
    from kg.apps.timeline import person_iri

    return f"<{person_iri(name)}>"


def commitments_query() -> str:
    """``queries/who-committed-to-what.rq`` as shipped."""
    return (QUERIES / "who-committed-to-what.rq").read_text(encoding="utf-8")


def all_commitments_query() -> str:
    """``queries/commitments.rq`` as shipped: every commitment, with or without a project."""
    return (QUERIES / "commitments.rq").read_text(encoding="utf-8")


def posts_query(name: str) -> str:
    """``queries/person-posts-over-time.rq`` with its person replaced by ``name``."""
    text = (QUERIES / "person-posts-over-time.rq").read_text(encoding="utf-8")
    if POSTS_PERSON not in text:
        raise ValueError(f"person-posts-over-time.rq no longer names {POSTS_PERSON}")
    return text.replace(POSTS_PERSON, _person(name))


def timeline_query(name: str) -> str:
    """What ``kg timeline NAME`` sends to the store."""
    from kg.apps.timeline import _memberships_query

    return _memberships_query(f"VALUES ?person {{ {_person(name)} }}")


# The naive forms: what one writes first, over the union of all graphs.
NAIVE_COMMITMENTS = """
SELECT DISTINCT ?who ?what ?action ?event ?date ?article WHERE {
  ?c a kg:Commitment ; kg:committedBy ?agent ; kg:concerns/rdfs:label ?what ; prov:wasDerivedFrom ?article .
  ?agent rdfs:label ?who . FILTER(LANG(?who) = "zh")
  OPTIONAL { ?c kg:action ?action }
  OPTIONAL { ?c kg:madeAt/rdfs:label ?event }
  OPTIONAL { ?article schema:datePublished ?date }
}"""

NAIVE_ALL_COMMITMENTS = """
SELECT DISTINCT ?who ?action ?project ?event ?date ?article WHERE {
  ?c a kg:Commitment ; kg:committedBy ?agent ; prov:wasDerivedFrom ?article .
  ?agent rdfs:label ?who . FILTER(LANG(?who) = "zh")
  OPTIONAL { ?c kg:action ?action }
  OPTIONAL { ?c kg:concerns/rdfs:label ?project }
  OPTIONAL { ?c kg:madeAt/rdfs:label ?event }
  OPTIONAL { ?article schema:datePublished ?date }
}"""


def naive_posts_query(name: str) -> str:
    return f"""
SELECT DISTINCT ?date ?title ?organization ?role ?headline ?article WHERE {{
  VALUES ?person {{ {_person(name)} }}
  ?m org:member ?person ; org:organization ?org ; org:role ?r ; prov:wasDerivedFrom ?article .
  OPTIONAL {{ ?m rdfs:label ?title }}
  OPTIONAL {{ ?m kg:attestedOn ?date }}
  OPTIONAL {{ ?org rdfs:label ?organization FILTER(LANG(?organization) = "zh") }}
  OPTIONAL {{ ?article schema:headline ?headline }}
  BIND(STRAFTER(STR(?r), "#") AS ?role)
}}"""


def naive_timeline_query(name: str) -> str:
    return f"""
SELECT DISTINCT ?person ?org ?role ?title ?date ?a ?headline ?orgLabel ?j WHERE {{
  VALUES ?person {{ {_person(name)} }}
  ?m org:member ?person ; org:organization ?org ; org:role ?role ; prov:wasDerivedFrom ?a .
  OPTIONAL {{ ?m rdfs:label ?title }}
  OPTIONAL {{ ?m kg:attestedOn ?date }}
  OPTIONAL {{ ?a schema:headline ?headline }}
  OPTIONAL {{ ?org rdfs:label ?orgLabel FILTER(LANG(?orgLabel) = "zh") }}
  OPTIONAL {{ ?org kg:jurisdiction ?j }}
}}"""


def pairs(names: list[str]) -> dict[str, tuple[str, str]]:
    """Query name → (shipped form, naive form)."""
    out = {
        "who committed to what": (commitments_query(), NAIVE_COMMITMENTS),
        "every commitment": (all_commitments_query(), NAIVE_ALL_COMMITMENTS),
    }
    for name in names:
        out[f"posts of {name} over time"] = (posts_query(name), naive_posts_query(name))
        out[f"kg timeline {name}"] = (timeline_query(name), naive_timeline_query(name))
    return out


def answers(rows: list[dict[str, str]]) -> set[tuple[tuple[str, str], ...]]:
    return {tuple(sorted(r.items())) for r in rows}


def compare(store: Any, names: list[str], skip: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """Run both forms of each query (except those named in ``skip``): their DISTINCT answers,
    sizes and times, one query at a time."""
    for label, (shipped, naive) in pairs(names).items():
        if label in skip:
            continue
        start = time.perf_counter()
        ours = answers(store.select(shipped))
        ours_s = time.perf_counter() - start
        start = time.perf_counter()
        theirs = answers(store.select(naive))
        naive_s = time.perf_counter() - start
        yield (
            {
                "query": label,
                "rows": len(ours),
                "naive_rows": len(theirs),
                "equal": ours == theirs,
                "only_shipped": sorted(ours - theirs)[:3],
                "only_naive": sorted(theirs - ours)[:3],
                "shipped_ms": ours_s * 1000,
                "naive_ms": naive_s * 1000,
            }
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True)
    parser.add_argument("--skip", action="append", default=[], help="a query label to leave out (slow naive form)")
    parser.add_argument("names", nargs="*", default=["袁家军", "陈吉宁", "郑栅洁", "吴政隆"])
    args = parser.parse_args()
    from kg.store import open_store

    ok = True
    with open_store(args.store, create=False) as store:
        for r in compare(store, args.names, tuple(args.skip)):
            ok &= r["equal"]
            print(
                f"{'same' if r['equal'] else 'DIFFERENT'}  {r['query']}: {r['rows']} rows "
                f"(naive {r['naive_rows']}); GRAPH form {r['shipped_ms']:.1f} ms, naive {r['naive_ms']:,.1f} ms",
                flush=True,
            )
            if not r["equal"]:
                print(f"    only in GRAPH form: {r['only_shipped']}\n    only in naive form: {r['only_naive']}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
