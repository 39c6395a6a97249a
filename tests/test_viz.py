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

from kg.apps.viz import ViewError, build_graph, layout, render_html, write_view
from kg.apps.viz.graph import date_interval, short_title
from kg.apps.viz.render import json_for_script

KGR = "https://w3id.org/cpkg/id/"

# A small dataset written to the ontology contract: reference graph, ontology labels and two
# articles, each article's facts in its own named graph.
FIXTURE_TRIG = """
@prefix kg: <https://w3id.org/cpkg/ontology#> .
@prefix kgr: <https://w3id.org/cpkg/id/> .
@prefix schema: <https://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

kgr:graph\\/reference {
  kgr:province\\/SH a kg:Province ; rdfs:label "上海市"@zh, "Shanghai"@en ; skos:altLabel "上海"@zh, "沪"@zh .
  kgr:province\\/JS a kg:Province ; rdfs:label "江苏省"@zh ; skos:altLabel "江苏"@zh .
  kgr:province\\/AH a kg:Province ; rdfs:label "安徽省"@zh ; skos:altLabel "安徽"@zh .
  kgr:region\\/YRD a kg:Region ; rdfs:label "长三角"@zh ; kg:includes kgr:province\\/SH, kgr:province\\/JS, kgr:province\\/AH .
  kgr:city\\/HF a kg:City ; rdfs:label "合肥市"@zh ; schema:containedInPlace kgr:province\\/AH .
}

<https://w3id.org/cpkg/ontology> {
  kg:PartySecretary rdfs:label "党委书记"@zh . kg:DeputyPartySecretary rdfs:label "党委副书记"@zh .
  kg:Governor rdfs:label "省长"@zh . kg:Premier rdfs:label "国务院总理"@zh .
  kg:Meeting rdfs:label "会议"@zh . kg:Forum rdfs:label "论坛"@zh . kg:PressConference rdfs:label "发布会"@zh .
}

kgr:article\\/a1 {
  kgr:article\\/a1 a schema:NewsArticle ; schema:headline "长三角座谈会在沪召开"@zh ; schema:datePublished "2022-08-16"^^xsd:date .
  kgr:person\\/李强 a schema:Person ; rdfs:label "李强"@zh .
  kgr:person\\/龚正 a schema:Person ; rdfs:label "龚正"@zh .
  kgr:person\\/吴政隆 a schema:Person ; rdfs:label "吴政隆"@zh .
  kgr:org\\/上海市委 a org:Organization ; rdfs:label "上海市委"@zh ; kg:jurisdiction kgr:province\\/SH .
  kgr:org\\/上海市人民政府 a org:Organization ; rdfs:label "上海市人民政府"@zh ; kg:jurisdiction kgr:province\\/SH .
  kgr:org\\/江苏省委 a org:Organization ; rdfs:label "江苏省委"@zh ; kg:jurisdiction kgr:province\\/JS .
  kgr:m1 a org:Membership ; org:member kgr:person\\/李强 ; org:organization kgr:org\\/上海市委 ; org:role kg:PartySecretary ;
    rdfs:label "上海市委书记"@zh ; kg:attestedOn "2022-08-16"^^xsd:date ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "上海市委书记李强出席座谈会。"@zh .
  kgr:m2 a org:Membership ; org:member kgr:person\\/龚正 ; org:organization kgr:org\\/上海市委 ; org:role kg:DeputyPartySecretary ;
    rdfs:label "上海市委副书记"@zh ; kg:attestedOn "2022-08-16"^^xsd:date ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "上海市委副书记、市长龚正主持。"@zh .
  kgr:m3 a org:Membership ; org:member kgr:person\\/龚正 ; org:organization kgr:org\\/上海市人民政府 ; org:role kg:Governor ;
    rdfs:label "市长"@zh ; kg:attestedOn "2022-08-16"^^xsd:date ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "上海市委副书记、市长龚正主持。"@zh .
  kgr:m4 a org:Membership ; org:member kgr:person\\/吴政隆 ; org:organization kgr:org\\/江苏省委 ; org:role kg:PartySecretary ;
    rdfs:label "江苏省委书记"@zh ; kg:attestedOn "2022-08-16"^^xsd:date ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "江苏省委书记吴政隆讲话。"@zh .
  kgr:event\\/sym a schema:Event, kg:Meeting ; rdfs:label "长三角地区主要领导座谈会"@zh ; schema:startDate "2022-08-16"^^xsd:date ;
    schema:location kgr:province\\/SH ; kg:theme "科技创新"@zh ;
    schema:attendee kgr:person\\/李强, kgr:person\\/龚正, kgr:person\\/吴政隆 ; kg:chair kgr:person\\/李强 ; kg:speaker kgr:person\\/吴政隆 ;
    kg:reviewed kgr:work\\/plan ; kg:decided kgr:event\\/next ;
    prov:wasDerivedFrom kgr:article\\/a1 ; kg:evidence "长三角地区主要领导座谈会16日在上海召开。"@zh .
  kgr:event\\/press a schema:Event, kg:PressConference ; rdfs:label "合作事项签约发布会"@zh ; schema:startDate "2022-08-16"^^xsd:date ;
    schema:superEvent kgr:event\\/sym ; schema:attendee kgr:person\\/李强 ; kg:chair kgr:person\\/李强 ;
    prov:wasDerivedFrom kgr:article\\/a1 ; kg:evidence "会前举行了合作事项签约发布会。"@zh .
  kgr:event\\/next a schema:Event, kg:Meeting ; rdfs:label "下一次座谈会"@zh ; schema:startDate "2023"^^xsd:gYear ;
    schema:location kgr:province\\/AH ; schema:eventStatus schema:EventScheduled ;
    prov:wasDerivedFrom kgr:article\\/a1 ; kg:evidence "明年座谈会将在安徽举行。"@zh .
  kgr:work\\/plan a schema:CreativeWork ; rdfs:label "2022年度工作计划"@zh .
  kgr:project\\/G60 a kg:Project, schema:Project ; rdfs:label "G60科创走廊"@zh ; kg:locatedIn kgr:province\\/SH .
  kgr:project\\/HQ a kg:Project, schema:Project ; rdfs:label "虹桥国际开放枢纽"@zh .
  kgr:c1 a kg:Commitment, schema:PlanAction ; kg:committedBy kgr:province\\/SH, kgr:province\\/JS ; kg:concerns kgr:project\\/G60 ;
    kg:madeAt kgr:event\\/sym ; kg:action "加快建设"@zh ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "沪苏两地将加快建设G60科创走廊。"@zh .
  kgr:c2 a kg:Commitment, schema:PlanAction ; kg:committedBy kgr:province\\/SH ; kg:concerns kgr:project\\/G60, kgr:project\\/HQ ;
    kg:madeAt kgr:event\\/sym ; kg:action "推动"@zh ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "上海将推动G60科创走廊和虹桥国际开放枢纽建设。"@zh .
  kgr:c3 a kg:Commitment, schema:PlanAction ; kg:committedBy kgr:province\\/SH ; kg:madeAt kgr:event\\/sym ;
    kg:action "深化合作"@zh ; prov:wasDerivedFrom kgr:article\\/a1 ; kg:evidence "上海将深化合作。"@zh .
  kgr:d1 a kg:Directive, schema:PlanAction ; kg:issuedBy kgr:person\\/李强 ; kg:addressedTo kgr:province\\/JS ;
    kg:concerns kgr:project\\/HQ ; kg:madeAt kgr:event\\/sym ; kg:action "支持"@zh ; prov:wasDerivedFrom kgr:article\\/a1 ;
    kg:evidence "李强要求江苏支持虹桥国际开放枢纽建设。"@zh .
}

kgr:article\\/b1 {
  kgr:article\\/b1 a schema:NewsArticle ; schema:headline "G60科创走廊论坛举行"@zh ; schema:datePublished "2023-03-01"^^xsd:date .
  kgr:person\\/李强 a schema:Person ; rdfs:label "李强"@zh .
  kgr:org\\/国务院 a org:Organization ; rdfs:label "国务院"@zh .
  kgr:m5 a org:Membership ; org:member kgr:person\\/李强 ; org:organization kgr:org\\/国务院 ; org:role kg:Premier ;
    rdfs:label "国务院总理"@zh ; kg:attestedOn "2023-03-01"^^xsd:date ; prov:wasDerivedFrom kgr:article\\/b1 ;
    kg:evidence "国务院总理李强致信祝贺。"@zh .
  kgr:event\\/forum a schema:Event, kg:Forum ; rdfs:label "G60科创走廊论坛"@zh ; schema:startDate "2023-03-01"^^xsd:date ;
    schema:location kgr:province\\/SH ; prov:wasDerivedFrom kgr:article\\/b1 ; kg:evidence "G60科创走廊论坛1日举行。"@zh .
  kgr:event\\/sym prov:wasDerivedFrom kgr:article\\/b1 ; kg:evidence "去年的座谈会上，三省一市达成共识。"@zh .
  kgr:project\\/G60 a kg:Project ; rdfs:label "G60科创走廊"@zh .
  kgr:c4 a kg:Commitment, schema:PlanAction ; kg:committedBy kgr:province\\/SH ; kg:concerns kgr:project\\/G60 ;
    kg:madeAt kgr:event\\/forum ; kg:action "共建"@zh ; prov:wasDerivedFrom kgr:article\\/b1 ;
    kg:evidence "上海表示将共建G60科创走廊。"@zh .
}
"""

SH = KGR + "province/SH"
JS = KGR + "province/JS"
G60 = KGR + "project/G60"
HQ = KGR + "project/HQ"
LQ = KGR + "person/李强"
GZ = KGR + "person/龚正"
WZL = KGR + "person/吴政隆"
SYM = KGR + "event/sym"
SH_PARTY = KGR + "org/上海市委"

EVIL = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '"quotes"']


def turtle_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def evil_trig() -> str:
    """A graph whose person name, project label and evidence are script-injection attempts."""
    name, project, evidence = (EVIL[0] + " 张三", EVIL[1] + " 项目", " ".join(EVIL) + " 证据句。")
    return f"""
@prefix kg: <https://w3id.org/cpkg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/cpkg/id/article/x> {{
  <https://w3id.org/cpkg/id/article/x> a schema:NewsArticle ; schema:headline {turtle_string(EVIL[2] + " 标题")} .
  <https://w3id.org/cpkg/id/person/evil> a schema:Person ; rdfs:label {turtle_string(name)} .
  <https://w3id.org/cpkg/id/project/evil> a kg:Project ; rdfs:label {turtle_string(project)} .
  <https://w3id.org/cpkg/id/c/evil> a kg:Commitment ; kg:committedBy <https://w3id.org/cpkg/id/person/evil> ;
     kg:concerns <https://w3id.org/cpkg/id/project/evil> ; prov:wasDerivedFrom <https://w3id.org/cpkg/id/article/x> ;
     kg:evidence {turtle_string(evidence)} .
}}
"""


class OxiSource:
    """Stand-in for kg.store.Store: ``select`` over the union of the named graphs."""

    def __init__(self, trig: str) -> None:
        self.db = ox.Store()
        self.db.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)

    def select(self, sparql: str) -> list[dict[str, str]]:
        result = self.db.query(sparql, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        names = [v.value for v in result.variables]
        return [{n: str(s[n].value) for n in names if s[n] is not None} for s in result]


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
    assert payload["meta"]["counts"] == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    assert all(n["physics"] is False and "x" in n for n in payload["nodes"])
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
    assert counts == {"nodes": 2, "edges": 1}
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
    assert meta["counts"] == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}


# -- the real store ----------------------------------------------------------------------
def test_real_store_gives_the_same_graph_as_the_stand_in(source: OxiSource) -> None:
    store_mod = pytest.importorskip("kg.store")
    store = store_mod.memory_store()
    store.db.load(FIXTURE_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    for view in ("posts", "events", "commitments", "all"):
        ours, real = build_graph(source, view=view), build_graph(store, view=view)
        assert sorted(ours.nodes) == sorted(real.nodes), view
        assert sorted(ours.edges(keys=True)) == sorted(real.edges(keys=True)), view
