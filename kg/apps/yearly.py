"""``kg stats --by year``: how much the store holds for each year.

Articles and the facts read from them (posts, commitments, directives) count in the year the
article was published; events in the year they started; persons in the years their posts are
attested.  One aggregate query per measure, so it stays fast on a whole corpus.
"""

from __future__ import annotations

from typing import Any

#: measure → a query returning ?y (the year, as text) and ?n.
QUERIES: dict[str, str] = {
    "articles": """SELECT ?y (COUNT(?a) AS ?n) WHERE {
  ?a a schema:NewsArticle . OPTIONAL { ?a schema:datePublished ?d } BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "") AS ?y)
} GROUP BY ?y""",
    "posts": """SELECT ?y (COUNT(?m) AS ?n) WHERE {
  ?m a org:Membership ; prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?d }
  BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "") AS ?y)
} GROUP BY ?y""",
    "persons": """SELECT ?y (COUNT(DISTINCT ?p) AS ?n) WHERE {
  ?m a org:Membership ; org:member ?p ; kg:attestedOn ?d . BIND(SUBSTR(STR(?d), 1, 4) AS ?y)
} GROUP BY ?y""",
    "events": """SELECT ?y (COUNT(?e) AS ?n) WHERE {
  ?e a schema:Event . OPTIONAL { ?e schema:startDate ?d } BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "") AS ?y)
} GROUP BY ?y""",
    "commitments": """SELECT ?y (COUNT(?c) AS ?n) WHERE {
  ?c a kg:Commitment ; prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?d }
  BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "") AS ?y)
} GROUP BY ?y""",
    "directives": """SELECT ?y (COUNT(?c) AS ?n) WHERE {
  ?c a kg:Directive ; prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?d }
  BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "") AS ?y)
} GROUP BY ?y""",
}

UNKNOWN = "unknown"


def by_year(store: Any) -> list[dict[str, Any]]:
    """One row per year (oldest first, "unknown" last): the year and a count per measure."""
    table: dict[str, dict[str, Any]] = {}
    for measure, sparql in QUERIES.items():
        for row in store.select(sparql):
            year = row.get("y") or UNKNOWN
            entry = table.setdefault(year, {"year": year, **{m: 0 for m in QUERIES}})
            entry[measure] += int(row.get("n", "0"))
    return sorted(table.values(), key=lambda r: (r["year"] == UNKNOWN, r["year"]))
