"""kg.apps.viz without a browser: graph building per view, collapsing, filters, escaping, determinism."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from helpers.viz import (  # noqa: F401
    EVIL,
    FIXTURE_TRIG,
    G60,
    GZ,
    HQ,
    JS,
    KGR,
    LQ,
    SH,
    SH_PARTY,
    SYM,
    WZL,
    OxiSource,
    evil_trig,
    turtle_string,
)

from kg.apps.viz import ViewError, build_graph, layout, render_html, write_view
from kg.apps.viz.graph import date_interval, short_title
from kg.apps.viz.render import json_for_script


@pytest.fixture(scope="module")
def source() -> OxiSource:
    return OxiSource(FIXTURE_TRIG)


def edges_between(g: nx.MultiDiGraph, u: str, v: str, kind: str | None = None) -> list[dict]:
    if not g.has_edge(u, v):
        return []
    return [a for a in g.get_edge_data(u, v).values() if kind is None or a["kind"] == kind]


def one_edge(g: nx.MultiDiGraph, u: str, v: str, kind: str) -> dict:
    found = edges_between(g, u, v, kind)
    assert len(found) == 1, f"expected one {kind} edge {u} → {v}, found {len(found)}"
    return found[0]


# -- posts -------------------------------------------------------------------------------
def test_posts_view_labels_edges_with_the_post_a_reader_uses(source: OxiSource) -> None:
    g = build_graph(source, view="posts")
    assert one_edge(g, LQ, SH_PARTY, "post")["label"] == "书记"
    assert one_edge(g, GZ, SH_PARTY, "post")["label"] == "副书记"
    assert one_edge(g, GZ, KGR + "org/上海市人民政府", "post")["label"] == "市长"
    assert one_edge(g, LQ, KGR + "org/国务院", "post")["label"] == "总理"
    assert one_edge(g, SH_PARTY, SH, "jurisdiction")["label"] == "管辖"
    assert {t for _, t in g.nodes(data="type")} == {"person", "organization", "province"}


def test_post_edge_carries_its_evidence_headline_and_date(source: OxiSource) -> None:
    edge = one_edge(build_graph(source, view="posts"), LQ, SH_PARTY, "post")
    assert edge["evidence"] == ["上海市委书记李强出席座谈会。"]
    assert edge["headlines"] == ["长三角座谈会在沪召开"]
    assert edge["dates"] == ["2022-08-16"]
    assert edge["titles"] == ["上海市委书记"]


def test_short_title_strips_the_organisation_or_falls_back_to_the_title_suffix() -> None:
    assert short_title("上海市委书记", ["上海市委"]) == "书记"
    assert short_title("国家发展改革委主任", ["国家发展改革委", "国家发改委"]) == "主任"
    assert short_title("上海市市长", ["上海市人民政府"]) == "市长"
    assert short_title("", [], "党委副书记") == "副书记"


# -- events ------------------------------------------------------------------------------
def test_events_view_participation_location_and_sub_events(source: OxiSource) -> None:
    g = build_graph(source, view="events")
    assert one_edge(g, LQ, SYM, "participation")["label"] == "主持"
    assert one_edge(g, WZL, SYM, "participation")["label"] == "讲话"
    assert one_edge(g, GZ, SYM, "participation")["label"] == "出席"
    assert one_edge(g, SYM, SH, "location")["label"] == "举办于"
    assert one_edge(g, KGR + "event/press", SYM, "sub_event")["label"] == "属于"
    assert one_edge(g, SYM, KGR + "work/plan", "reviewed")["label"] == "审议"
    assert one_edge(g, SYM, KGR + "event/next", "decided")["label"] == "决定"
    assert g.nodes[KGR + "work/plan"]["type"] == "document"
    assert g.nodes[SYM]["facts"]["类型"] == ["会议"]
    assert g.nodes[KGR + "event/next"]["facts"]["状态"] == ["预定"]


def test_event_sentences_stay_paired_with_their_own_article(source: OxiSource) -> None:
    edge = one_edge(build_graph(source, view="events"), SYM, SH, "location")
    pairs = {(s["evidence"], s["headline"]) for s in edge["sources"]}
    assert pairs == {
        ("长三角地区主要领导座谈会16日在上海召开。", "长三角座谈会在沪召开"),
        ("去年的座谈会上，三省一市达成共识。", "G60科创走廊论坛举行"),
    }


# -- commitments -------------------------------------------------------------------------
def test_commitments_collapse_into_one_counted_edge_per_committer_and_project(source: OxiSource) -> None:
    g = build_graph(source, view="commitments")
    edge = one_edge(g, SH, G60, "commitment")
    assert edge["count"] == 3
    assert edge["label"] == "承诺 (3)"
    assert sorted(edge["evidence"]) == sorted([
        "沪苏两地将加快建设G60科创走廊。", "上海将推动G60科创走廊和虹桥国际开放枢纽建设。", "上海表示将共建G60科创走廊。",
    ])
    assert edge["events"] == ["G60科创走廊论坛", "长三角地区主要领导座谈会"]
    assert one_edge(g, JS, G60, "commitment")["count"] == 1
    assert one_edge(g, SH, HQ, "commitment")["label"] == "承诺"


def test_commitment_fact_nodes_never_become_graph_nodes(source: OxiSource) -> None:
    g = build_graph(source, view="all")
    facts = {KGR + f for f in ("c1", "c2", "c3", "c4", "d1", "m1", "m2", "m3", "m4", "m5")}
    assert not facts & set(g.nodes)
    assert set(dict(g.nodes(data="type")).values()) <= {
        "person", "province", "city", "organization", "event", "project", "document", "region"}


def test_commitment_without_project_is_listed_on_its_maker(source: OxiSource) -> None:
    g = build_graph(source, view="commitments")
    assert g.nodes[SH]["facts"]["承诺（未列项目）"] == ["深化合作"]


def test_directive_links_issuer_to_addressee_and_project(source: OxiSource) -> None:
    g = build_graph(source, view="commitments")
    assert one_edge(g, LQ, JS, "directive")["evidence"] == ["李强要求江苏支持虹桥国际开放枢纽建设。"]
    assert one_edge(g, LQ, HQ, "directive")["label"] == "部署"
    assert one_edge(g, SYM, HQ, "concerns")["count"] == 2  # c2 and d1 were both made there


# -- filters -----------------------------------------------------------------------------
def test_date_range_filters_facts_before_collapsing(source: OxiSource) -> None:
    g = build_graph(source, view="all", date_to=date(2022, 12, 31))
    assert one_edge(g, SH, G60, "commitment")["count"] == 2
    assert not g.has_edge(LQ, KGR + "org/国务院")
    assert KGR + "event/forum" not in g


def test_a_year_only_event_date_overlaps_a_range_inside_that_year(source: OxiSource) -> None:
    g = build_graph(source, view="events", date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))
    assert g.has_edge(KGR + "event/next", KGR + "province/AH")
    assert date_interval("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert date_interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))


def test_types_filter_keeps_only_the_asked_types(source: OxiSource) -> None:
    g = build_graph(source, view="all", types=["person", "project"])
    assert {t for _, t in g.nodes(data="type")} == {"person", "project"}
    assert g.has_edge(LQ, HQ)


def test_focus_by_alias_with_depth(source: OxiSource) -> None:
    g1 = build_graph(source, view="all", focus="上海", depth=1)
    assert g1.graph["focus"] == SH
    assert SH_PARTY in g1 and G60 in g1
    assert LQ not in g1, "李强 is two steps from 上海市 (via 上海市委)"
    g2 = build_graph(source, view="all", focus="上海", depth=2)
    assert LQ in g2


def test_focus_by_iri_and_by_unique_label_part(source: OxiSource) -> None:
    assert build_graph(source, focus=LQ, depth=1).graph["focus"] == LQ
    assert build_graph(source, focus="吴政", depth=1).graph["focus"] == WZL


def test_bad_focus_view_or_type_is_a_user_error(source: OxiSource) -> None:
    with pytest.raises(ViewError, match="no node"):
        build_graph(source, focus="不存在的人")
    with pytest.raises(ViewError, match="matches"):
        build_graph(source, focus="座谈会")
    with pytest.raises(ViewError, match="unknown view"):
        build_graph(source, view="people")
    with pytest.raises(ViewError, match="unknown node type"):
        build_graph(source, types=["persons"])


# -- layout ------------------------------------------------------------------------------
def test_layout_is_deterministic_and_separates_nodes() -> None:
    g = nx.barabasi_albert_graph(300, 1, seed=3)
    g.add_nodes_from(range(300, 320))  # isolated nodes are packed too
    p1, p2 = layout(g), layout(g)
    assert p1 == p2
    assert len(p1) == 320
    assert len(set(p1.values())) == 320, "two nodes share a position"


def test_layout_puts_the_focus_at_the_origin(source: OxiSource) -> None:
    g = build_graph(source, focus="上海", depth=2)
    assert layout(g, centre=SH)[SH] == (0.0, 0.0)


# -- HTML --------------------------------------------------------------------------------
class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.csp = ""
        self.json_blocks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            if name in a:
                self.refs.append((tag, name, a[name] or ""))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp = a.get("content") or ""
        if tag == "script" and a.get("type") == "application/json":
            self.json_blocks += 1


@pytest.fixture(scope="module")
def page(source: OxiSource, tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("viz") / "all.html"
    write_view(source, out)
    return out.read_text("utf-8")


def embedded(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no JSON data block in the page"
    return dict(json.loads(m[1]))


def test_page_references_nothing_outside_itself(page: str) -> None:
    parser = _Refs()
    parser.feed(page)
    assert parser.refs == [], f"elements pointing elsewhere: {parser.refs}"
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "@import" not in page


def test_page_has_a_strict_content_security_policy(page: str) -> None:
    parser = _Refs()
    parser.feed(page)
    directives = dict(d.strip().split(" ", 1) for d in parser.csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert "'unsafe-inline'" not in parser.csp and "http" not in parser.csp and "*" not in parser.csp
    assert directives["script-src"].count("'sha256-") == 2


def test_page_embeds_the_graph_as_one_json_block(page: str, source: OxiSource) -> None:
    parser = _Refs()
    parser.feed(page)
    assert parser.json_blocks == 1
    payload = embedded(page)
    g = build_graph(source)
    assert payload["meta"]["counts"] == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "statements": 7}
    assert all(n["physics"] is False and "x" in n for n in payload["nodes"])
    assert not any("label" in n for n in payload["nodes"]), "the viewer draws node labels itself"
    assert payload["options"]["physics"]["enabled"] is False
    assert not any("title" in n for n in payload["nodes"] + payload["edges"]), "vis renders title strings as HTML"


def test_json_for_script_escapes_markup_and_line_separators() -> None:
    value = {"a": EVIL, "b": "x\u2028y\u2029z & </script><!--"}
    text = json_for_script(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_hostile_labels_never_reach_the_page_as_markup(tmp_path: Path) -> None:
    out = tmp_path / "evil.html"
    counts = write_view(OxiSource(evil_trig()), out)
    html = out.read_text("utf-8")
    assert counts == {"nodes": 2, "edges": 1, "statements": 1}
    for attack in ("<script>window", "<img src=x", "</script>window"):
        assert attack not in html, attack
    assert '\\u003cimg src=x onerror=\\"window.__pwned=1\\"\\u003e' in html
    assert len(re.findall(r"^<script", html, re.M)) == 3  # the JSON block, vis-network, the viewer


def test_same_store_same_bytes(source: OxiSource, tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    ca = write_view(source, a, view="commitments", focus="上海", depth=2)
    cb = write_view(source, b, view="commitments", focus="上海", depth=2)
    assert ca == cb
    assert a.read_bytes() == b.read_bytes()


def test_render_html_counts_match_the_graph(source: OxiSource) -> None:
    g = build_graph(source, view="events")
    html = render_html(g, layout(g))
    meta = embedded(html)["meta"]
    assert meta["counts"] == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "statements": 0}
    assert meta["matrix"] is False


# -- the real store ----------------------------------------------------------------------
def test_real_store_gives_the_same_graph_as_the_stand_in(source: OxiSource) -> None:
    store_mod = pytest.importorskip("kg.store")
    store = store_mod.memory_store()
    store.db.load(FIXTURE_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    for view in ("posts", "events", "commitments", "all"):
        ours, real = build_graph(source, view=view), build_graph(store, view=view)
        assert sorted(ours.nodes) == sorted(real.nodes), view
        assert sorted(ours.edges(keys=True)) == sorted(real.edges(keys=True)), view


# -- statements, rows, careers, layers ------------------------------------------------------
AH = KGR + "province/AH"
ECO = KGR + "project/ECO"
STATEMENTS = {KGR + s for s in ("c1", "c2", "c3", "c4", "d1", "s1", "d2")}


def test_each_statement_node_is_one_statement_with_all_its_actions_and_speaker(source: OxiSource) -> None:
    sts = {st.iri: st for st in build_graph(source, view="matrix").graph["statements"]}
    assert set(sts) == STATEMENTS
    s1 = sts[KGR + "s1"]
    assert s1.kind == "commitment" and s1.actions == ("推进", "深化")
    assert s1.agents == (AH,) and s1.projects == (ECO, G60) and s1.speakers == (WZL,)
    assert s1.date == "2024-05-10", "no event: the article's date"
    assert sts[KGR + "d2"].kind == "directive" and sts[KGR + "d2"].agents == (LQ,)


def test_labels_held_only_outside_the_article_graph_are_found(source: OxiSource) -> None:
    g = build_graph(source, view="commitments")
    assert g.nodes[ECO]["label"] == "生态绿色示范区", "the zh label, not the pinyin one"
    assert g.graph["names"][ECO] == {"label": "生态绿色示范区", "type": "project"}


def test_statements_follow_the_date_range_and_the_focus(source: OxiSource) -> None:
    in_2022 = build_graph(source, view="matrix", date_to=date(2022, 12, 31)).graph["statements"]
    assert {st.iri for st in in_2022} == {KGR + s for s in ("c1", "c2", "c3", "d1")}
    about_ah = build_graph(source, view="matrix", focus="安徽", depth=1).graph["statements"]
    assert [st.iri for st in about_ah] == [KGR + "s1"]
    assert build_graph(source, view="posts").graph["statements"] == []


def test_edge_rows_are_dated_sourced_and_newest_first(source: OxiSource) -> None:
    rows = one_edge(build_graph(source, view="commitments"), SH, G60, "commitment")["rows"]
    assert [r["date"] for r in rows] == ["2023-03-01", "2022-08-16", "2022-08-16"]
    assert rows[0]["fact"] == KGR + "c4" and {r["fact"] for r in rows[1:]} == {KGR + "c1", KGR + "c2"}
    assert rows[0]["event"] == "G60科创走廊论坛" and rows[0]["what"] == "共建"
    assert rows[0]["headline"] == "G60科创走廊论坛举行" and rows[0]["article"] == KGR + "article/b1"
    speaker_row = one_edge(build_graph(source, view="commitments"), AH, ECO, "commitment")["rows"][0]
    assert speaker_row["speaker"] == "吴政隆" and speaker_row["what"] == "推进；深化"


def test_statements_naming_no_target_are_rows_of_their_maker(source: OxiSource) -> None:
    g = build_graph(source, view="commitments")
    assert [r["fact"] for r in g.nodes[SH]["rows"]] == [KGR + "c3"]
    assert [(r["fact"], r["what"]) for r in g.nodes[LQ]["rows"]] == [(KGR + "d2", "抓好")]
    assert g.nodes[LQ]["facts"]["部署（未列对象）"] == ["抓好"]


def test_a_persons_career_lists_posts_with_first_and_last_dates_then_events(source: OxiSource) -> None:
    career = build_graph(source, view="commitments").nodes[LQ]["career"]
    assert [(p["title"], p["first"], p["last"]) for p in career["posts"]] == [
        ("上海市委书记", "2022-08-16", "2022-08-16"), ("国务院总理", "2023-03-01", "2023-03-01")]
    assert [(e["date"], e["event"], e["role"]) for e in career["events"]] == [
        ("2022-08-16", "合作事项签约发布会", "主持"), ("2022-08-16", "长三角地区主要领导座谈会", "主持")]
    later = build_graph(source, view="commitments", date_from=date(2023, 1, 1)).nodes[LQ]["career"]
    assert [p["title"] for p in later["posts"]] == ["国务院总理"] and later["events"] == []


def test_commitments_are_laid_out_in_layers_actors_events_projects(source: OxiSource) -> None:
    from kg.apps.viz import layered_layout
    from kg.apps.viz.layout import layers_of

    g = build_graph(source, view="commitments")
    layers = layers_of(g)
    assert layers[SH] == 0 and layers[LQ] == 0 and layers[JS] == 0  # JS commits too (c1)
    assert layers[SYM] == 2 and layers[G60] == 3
    pos = layered_layout(g)
    assert pos[SH][0] < pos[SYM][0] < pos[G60][0]
    assert len(set(pos.values())) == g.number_of_nodes()
    assert layered_layout(g) == pos


def test_the_matrix_page_embeds_every_statement_once(source: OxiSource, tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    write_view(source, out, view="matrix")
    payload = embedded(out.read_text("utf-8"))
    assert payload["meta"]["matrix"] is True and payload["meta"]["view"] == "matrix"
    facts = [payload["rows"][s["r"]]["fact"] for s in payload["statements"]]
    assert sorted(facts) == sorted(STATEMENTS)
    names = {iri: label for iri, label, _ in payload["names"]}
    s1 = next(s for s in payload["statements"] if payload["rows"][s["r"]]["fact"] == KGR + "s1")
    assert sorted(names[payload["names"][i][0]] for i in s1["pr"]) == ["G60科创走廊", "生态绿色示范区"]
