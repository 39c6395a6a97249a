"""One identity per person: when one name is one person, and when it is two.

Person IRIs are minted from the name (``kgr:person/袁家军``), so every article
that names 袁家军 lands on the same node, and titles are never part of the
name (``浙江省长袁家军`` is a membership with the label ``浙江省长``).  That
merges what should be merged.  The opposite error, two people sharing a name
(there are several 王伟 and 刘伟 in Chinese officialdom), cannot be seen from
the name; it shows in the posts.

The rule (deterministic, and deliberately narrow so that it does not fire on
ordinary careers):

* A *head post* is a :data:`HEAD_ROLES` membership of an organisation with a
  jurisdiction: the party secretary, governor or mayor of a province or city.
  Nobody heads two different places at once.
* Two head posts of a name *conflict* when their jurisdictions differ and
  their attested spans ``[first, last]`` intersect (the same day included):
  one person's career passes from one place to the next, so a name attested
  in place A, then B, then A again, or in A and B on one day, is two people,
  or an extraction error worth a look.
* The posts of a conflicting name are split into *personas* greedily in
  order of first attestation: each head post joins the first persona it does
  not conflict with; every other post joins the persona that already holds a
  post in the same place, else the first.

Nothing is merged or split in the store: :func:`find_homonyms` reports, and
``kg timeline`` shows each persona separately with a warning.  Splitting the
node itself would need evidence beyond the posts (a birth year, a photo).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.apps.timeline import PostSpan, all_spans
from kg.store import GraphStore

#: Roles whose holder heads the place of the organisation: one place at a time.
HEAD_ROLES = frozenset({"PartySecretary", "Governor", "Mayor"})


def is_head_post(span: PostSpan) -> bool:
    return span.role in HEAD_ROLES and span.jurisdiction is not None


def conflict(a: PostSpan, b: PostSpan) -> bool:
    """Whether one person cannot have held both posts: heads of two places at the same time."""
    if not (is_head_post(a) and is_head_post(b)) or a.jurisdiction == b.jurisdiction:
        return False
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return False
    return a.first <= b.last and b.first <= a.last


@dataclass
class Homonym:
    """A name whose posts need more than one person: the posts split into personas."""

    person: str
    personas: list[list[PostSpan]]
    conflicts: list[tuple[PostSpan, PostSpan]]


def personas(spans: list[PostSpan]) -> list[list[PostSpan]]:
    """The posts of one name split into the fewest personas the greedy rule gives (usually one)."""
    ordered = sorted(spans, key=PostSpan.sort_key)
    groups: list[list[PostSpan]] = []
    for span in (s for s in ordered if is_head_post(s)):
        for group in groups:
            if not any(conflict(span, other) for other in group):
                group.append(span)
                break
        else:
            groups.append([span])
    if not groups:
        return [ordered] if ordered else []
    for span in (s for s in ordered if not is_head_post(s)):
        home = next(
            (g for g in groups if span.jurisdiction and any(o.jurisdiction == span.jurisdiction for o in g)),
            groups[0],
        )
        home.append(span)
    for group in groups:
        group.sort(key=PostSpan.sort_key)
    return groups


def check(person: str, spans: list[PostSpan]) -> Homonym | None:
    """A :class:`Homonym` if ``spans`` (one name's posts) cannot be one person's, else ``None``."""
    heads = [s for s in spans if is_head_post(s)]
    clashes = [(a, b) for i, a in enumerate(heads) for b in heads[i + 1 :] if conflict(a, b)]
    if not clashes:
        return None
    return Homonym(person, personas(spans), clashes)


def find_homonyms(store: GraphStore) -> list[Homonym]:
    """Every name in the store whose posts conflict, sorted by person IRI."""
    found = []
    for person, spans in sorted(all_spans(store).items()):
        homonym = check(person, spans)
        if homonym is not None:
            found.append(homonym)
    return found
