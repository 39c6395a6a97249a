"""A small graph written to the ontology contract, and a store stand-in, for the viewer tests."""

from __future__ import annotations

import pyoxigraph as ox

KGR = "https://w3id.org/cpkg/id/"

# A small dataset written to the ontology contract: reference graph, ontology labels and three
# articles, each article's facts in its own named graph; the third uses the newer layout
# (one statement node per sentence with several actions and a speaker, a project described
# only in an entities graph).
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

kgr:graph\\/entities {
  kgr:project\\/ECO a kg:Project ; rdfs:label "生态绿色示范区"@zh , "Shengtai Lüse"@zh-Latn-pinyin .
}

kgr:article\\/c1 {
  kgr:article\\/c1 a schema:NewsArticle ; schema:headline "安徽推进两个项目"@zh ; schema:datePublished "2024-05-10"^^xsd:date ;
    schema:mentions kgr:project\\/ECO .
  kgr:s1 a kg:Commitment ; kg:committedBy kgr:province\\/AH ; kg:speaker kgr:person\\/吴政隆 ;
    kg:concerns kgr:project\\/G60, kgr:project\\/ECO ; kg:action "推进"@zh, "深化"@zh ; prov:wasDerivedFrom kgr:article\\/c1 ;
    kg:evidence "安徽将推进G60科创走廊建设，深化生态绿色示范区合作。"@zh .
  kgr:d2 a kg:Directive ; kg:issuedBy kgr:person\\/李强 ; kg:action "抓好"@zh ; prov:wasDerivedFrom kgr:article\\/c1 ;
    kg:evidence "李强要求抓好落实。"@zh .
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
