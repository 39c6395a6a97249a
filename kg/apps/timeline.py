"""Careers: the posts a person is attested in, aggregated across articles.

Each article restates the posts it shows (one ``org:Membership`` per post and
article, with ``kg:attestedOn``).  A career is those memberships grouped by
post, i.e. by (organisation, role): titles as written (``浙江省长``,
``浙江省省长``) are merged because they resolve to the same organisation and
role, and each post gets its first and last attested date and the articles
behind them.  Whether one name is one person is :mod:`kg.apps.identity`'s call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.errors import KgError
from kg.graph import iri
from kg.store import GraphStore


@dataclass(frozen=True)
class Attestation:
    """One article showing the post held."""

    article: str  # article IRI
    headline: str
    date: date | None
    title: str  # the title as written in that article


@dataclass
class PostSpan:
    """One post of a person: every attestation of (organisation, role)."""

    person: str  # person IRI
    organization: str  # organisation IRI
    organization_label: str
    role: str  # kg: role local name, e.g. PartySecretary
    jurisdiction: str | None  # place IRI, None for national bodies
    attestations: list[Attestation] = field(default_factory=list)

    @property
    def dates(self) -> list[date]:
        return sorted(a.date for a in self.attestations if a.date is not None)

    @property
    def first(self) -> date | None:
        return self.dates[0] if self.dates else None

    @property
    def last(self) -> date | None:
        return self.dates[-1] if self.dates else None

    @property
    def titles(self) -> list[str]:
        """Titles as written, most frequent first."""
        counts: dict[str, int] = {}
        for a in self.attestations:
            counts[a.title] = counts.get(a.title, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))

    @property
    def articles(self) -> list[str]:
        return sorted({a.article for a in self.attestations})

    def sort_key(self) -> tuple[date, date, str, str]:
        return (self.first or date.max, self.last or date.max, self.organization_label, self.role)

    def to_dict(self) -> dict[str, Any]:
        return {
            "organization": self.organization_label,
            "organization_iri": self.organization,
            "role": self.role,
            "titles": self.titles,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "attestations": len(self.articles),
            "articles": [
                {"iri": a.article, "headline": a.headline, "date": a.date.isoformat() if a.date else None}
                for a in sorted(
                    {a.article: a for a in self.attestations}.values(),
                    key=lambda a: (a.date or date.max, a.article),
                )
            ],
        }


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _memberships_query(person_filter: str) -> str:
    return f"""
SELECT ?person ?org ?role ?title ?date ?a ?headline ?orgLabel ?j WHERE {{
  {person_filter}
  GRAPH ?a {{
    ?m org:member ?person ; org:organization ?org ; org:role ?role .
    OPTIONAL {{ ?m rdfs:label ?title }}
    OPTIONAL {{ ?m kg:attestedOn ?date }}
    OPTIONAL {{ ?a schema:headline ?headline }}
  }}
  OPTIONAL {{ ?org rdfs:label ?orgLabel FILTER(LANG(?orgLabel) = "zh") }}
  OPTIONAL {{ ?org kg:jurisdiction ?j }}
}}"""


def spans_from_rows(rows: list[dict[str, str]]) -> dict[str, list[PostSpan]]:
    """Membership rows (see :func:`_memberships_query`) → each person's posts, sorted by first date."""
    spans: dict[tuple[str, str, str], PostSpan] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for row in rows:
        role = row["role"].rsplit("#", 1)[-1]
        key = (row["person"], row["org"], role)
        span = spans.get(key)
        if span is None:
            span = spans[key] = PostSpan(
                person=row["person"],
                organization=row["org"],
                organization_label=row.get("orgLabel") or iri.compact(row["org"]),
                role=role,
                jurisdiction=row.get("j"),
            )
        if row.get("j") and not span.jurisdiction:
            span.jurisdiction = row["j"]
        if (*key, row["a"]) in seen:
            continue
        seen.add((*key, row["a"]))
        span.attestations.append(
            Attestation(row["a"], row.get("headline", ""), _date(row.get("date")), row.get("title", ""))
        )
    by_person: dict[str, list[PostSpan]] = {}
    for span in spans.values():
        by_person.setdefault(span.person, []).append(span)
    for posts in by_person.values():
        posts.sort(key=PostSpan.sort_key)
    return by_person


def person_iri(name_or_iri: str) -> str:
    return name_or_iri if name_or_iri.startswith(("http://", "https://")) else iri.person(name_or_iri)


def timeline(store: GraphStore, name: str) -> list[PostSpan]:
    """The posts of the person called ``name`` (or with that IRI), sorted by first attested date.

    Raises :class:`KgError` when the store knows no such person.
    """
    person = person_iri(name)
    term = iri.sparql_iri(person)  # a user's value: checked, never pasted raw
    rows = store.select(_memberships_query(f"VALUES ?person {{ {term} }}"))
    if not rows:
        known = store.select(f"SELECT ?x WHERE {{ {term} a schema:Person BIND(1 AS ?x) }} LIMIT 1")
        if not known:
            raise KgError(f"no person called {name!r} in the store (names are matched exactly, e.g. 袁家军)")
        return []
    return spans_from_rows(rows).get(person, [])


def all_spans(store: GraphStore) -> dict[str, list[PostSpan]]:
    """Every person's posts: one query over the whole store."""
    return spans_from_rows(store.select(_memberships_query("")))


def format_table(spans: list[PostSpan], *, max_articles: int = 3) -> str:
    """One line per post: dates, count, title and the first articles behind it."""
    from kg.apps.tables import format_table as table

    rows = []
    for span in spans:
        shown = sorted(
            {a.article: a for a in span.attestations}.values(), key=lambda a: (a.date or date.max, a.article)
        )
        sources = "; ".join(
            f"{a.date.isoformat() if a.date else '?'} {a.headline or iri.compact(a.article)}"
            for a in shown[:max_articles]
        )
        if len(shown) > max_articles:
            sources += f"; … {len(shown) - max_articles} more"
        rows.append(
            [
                span.first.isoformat() if span.first else "?",
                span.last.isoformat() if span.last else "?",
                str(len(span.articles)),
                " / ".join(span.titles[:2]),
                span.organization_label,
                span.role,
                sources,
            ]
        )
    return table(["first", "last", "n", "title", "organisation", "role", "articles"], rows)


def to_json(name: str, personas: list[list[PostSpan]]) -> str:
    return json.dumps(
        {"name": name, "personas": [[s.to_dict() for s in persona] for persona in personas]},
        ensure_ascii=False,
        indent=2,
    )


def within(spans: list[PostSpan], date_from: date | None, date_to: date | None) -> list[PostSpan]:
    """The posts as attested between ``date_from`` and ``date_to`` (inclusive; either may be open).

    Only dated attestations in the range are kept, and a post with none left is dropped, so
    first and last dates describe the range asked for.
    """
    if date_from is None and date_to is None:
        return spans
    lo, hi = date_from or date.min, date_to or date.max
    out = []
    for span in spans:
        kept = [a for a in span.attestations if a.date is not None and lo <= a.date <= hi]
        if kept:
            out.append(PostSpan(span.person, span.organization, span.organization_label, span.role,
                                span.jurisdiction, kept))
    return sorted(out, key=PostSpan.sort_key)
