"""Careers (kg timeline) and the homonym rule, on hand-made graphs."""

from __future__ import annotations

from datetime import date

import pytest

from kg.apps.identity import check, conflict, find_homonyms, personas
from kg.apps.timeline import PostSpan, timeline
from kg.cli import main
from kg.errors import KgError
from kg.graph import iri
from kg.graph.rdf import article_quads
from kg.records import Article, Evidence, Extraction, Organization, PlaceRef, Post
from kg.store import Store, memory_store, open_store

ORGS = {
    "浙江省委": ("province", "浙江"),
    "浙江省政府": ("province", "浙江"),
    "重庆市委": ("province", "重庆"),
    "安徽省委": ("province", "安徽"),
    "国家发展改革委": None,
}


def post(person: str, org: str, role: str, title: str) -> Post:
    place = ORGS[org]
    jurisdiction = PlaceRef(place[0], place[1]) if place else None  # type: ignore[arg-type]
    return Post(person, Organization(org, jurisdiction), role, title, None, Evidence(title + person, 0, 5))


def add_article(store: Store, key: str, day: str, *posts: Post) -> None:
    article = Article(key, key, "…", f"{key} headline", date.fromisoformat(day), f"hash-{key}")
    extraction = Extraction(article=article, persons=sorted({p.person for p in posts}), posts=list(posts))
    store.replace_article(iri.article(key), article_quads(extraction))


@pytest.fixture
def careers() -> Store:
    store = memory_store()
    add_article(store, "a2019", "2019-03-01", post("袁家军", "浙江省政府", "Governor", "浙江省长"))
    add_article(store, "b2019", "2019-07-09", post("袁家军", "浙江省政府", "Governor", "浙江省省长"))
    add_article(store, "a2022", "2022-05-10", post("袁家军", "浙江省委", "PartySecretary", "浙江省委书记"))
    add_article(store, "a2025", "2025-01-20", post("袁家军", "重庆市委", "PartySecretary", "重庆市委书记"))
    add_article(store, "z2019", "2019-04-02", post("郑栅洁", "安徽省委", "PartySecretary", "安徽省委书记"))
    add_article(
        store, "z2025", "2025-02-02", post("郑栅洁", "国家发展改革委", "Minister", "国家发展改革委主任")
    )
    return store


def test_timeline_orders_posts_with_first_and_last_dates(careers: Store) -> None:
    spans = timeline(careers, "袁家军")
    assert [(s.organization_label, s.role) for s in spans] == [
        ("浙江省政府", "Governor"),
        ("浙江省委", "PartySecretary"),
        ("重庆市委", "PartySecretary"),
    ]
    governor = spans[0]
    assert (governor.first, governor.last) == (date(2019, 3, 1), date(2019, 7, 9))
    assert governor.articles == [iri.article("a2019"), iri.article("b2019")]
    assert set(governor.titles) == {"浙江省长", "浙江省省长"}  # titles as written, merged into one post
    assert spans[2].first == spans[2].last == date(2025, 1, 20)


def test_timeline_of_unknown_person_is_an_error(careers: Store) -> None:
    with pytest.raises(KgError, match="no person called '王某某'"):
        timeline(careers, "王某某")


def test_a_career_across_places_is_one_person(careers: Store) -> None:
    assert find_homonyms(careers) == []
    assert len(personas(timeline(careers, "袁家军"))) == 1


def span(org: str, role: str, first: str, last: str, place: str | None) -> PostSpan:
    from kg.apps.timeline import Attestation

    s = PostSpan(iri.person("王伟"), iri.org(org), org, role, place)
    s.attestations = [
        Attestation(iri.article(org + first), "", date.fromisoformat(first), org),
        Attestation(iri.article(org + last), "", date.fromisoformat(last), org),
    ]
    return s


def test_conflict_needs_two_head_posts_of_different_places_at_once() -> None:
    zj = span("浙江省委", "PartySecretary", "2019-01-01", "2019-12-31", "zj")
    ah = span("安徽省委", "PartySecretary", "2019-06-01", "2020-06-01", "ah")
    later = span("安徽省委", "PartySecretary", "2020-01-01", "2020-06-01", "ah")
    same_place = span("浙江省政府", "Governor", "2019-03-01", "2019-04-01", "zj")
    minister = span("国家发展改革委", "Minister", "2019-03-01", "2019-04-01", None)
    assert conflict(zj, ah) and conflict(ah, zj)
    assert not conflict(zj, later)  # moved on: spans do not intersect
    assert not conflict(zj, same_place)  # same province
    assert not conflict(zj, minister)  # not a head post of a place


def test_homonyms_are_split_into_personas_not_merged() -> None:
    store = memory_store()
    add_article(store, "w1", "2022-01-05", post("王伟", "浙江省委", "PartySecretary", "浙江省委书记"))
    add_article(store, "w2", "2022-01-05", post("王伟", "安徽省委", "PartySecretary", "安徽省委书记"))
    add_article(store, "w3", "2022-03-01", post("王伟", "浙江省委", "PartySecretary", "浙江省委书记"))
    add_article(store, "w4", "2022-03-02", post("王伟", "国家发展改革委", "Minister", "国家发展改革委主任"))
    found = find_homonyms(store)
    assert [h.person for h in found] == [iri.person("王伟")]
    groups = [[(s.organization_label, s.role) for s in p] for p in found[0].personas]
    # both start on 2022-01-05; the span that ends first opens persona 1, a post
    # without a place joins persona 1
    assert groups == [
        [("安徽省委", "PartySecretary"), ("国家发展改革委", "Minister")],
        [("浙江省委", "PartySecretary")],
    ]
    assert check(iri.person("王伟"), timeline(store, "王伟")) is not None


def test_cli_timeline_table_json_and_homonyms(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "store"
    with open_store(location) as store:
        add_article(
            store, "z2019", "2019-04-02", post("郑栅洁", "安徽省委", "PartySecretary", "安徽省委书记")
        )
        add_article(
            store, "z2025", "2025-02-02", post("郑栅洁", "国家发展改革委", "Minister", "国家发展改革委主任")
        )
        add_article(store, "w1", "2022-01-05", post("王伟", "浙江省委", "PartySecretary", "浙江省委书记"))
        add_article(store, "w2", "2022-01-05", post("王伟", "安徽省委", "PartySecretary", "安徽省委书记"))
    assert main(["timeline", "郑栅洁", "--store", str(location)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["first", "last", "n"]
    assert out[2].startswith("2019-04-02  2019-04-02  1") and "安徽省委书记" in out[2]
    assert out[3].startswith("2025-02-02  2025-02-02  1") and "国家发展改革委主任" in out[3]

    assert main(["timeline", "郑栅洁", "--format", "json", "--store", str(location)]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert [p["role"] for p in data["personas"][0]] == ["PartySecretary", "Minister"]
    assert data["personas"][0][0]["articles"][0]["headline"] == "z2019 headline"

    assert main(["timeline", "王伟", "--store", str(location)]) == 0
    captured = capsys.readouterr()
    assert "cannot all be one person" in captured.err and "王伟 (2/2)" in captured.out

    assert main(["timeline", "--homonyms", "--store", str(location)]) == 0
    assert capsys.readouterr().out.startswith(f"<{iri.person('王伟')}>: 2 people?")

    assert main(["timeline", "无此人", "--store", str(location)]) == 2
