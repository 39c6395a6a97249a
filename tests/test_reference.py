"""Reference data under ontology/ and its loader kg.reference.

The data is checked against facts a reader can verify (ISO codes, Wikidata
ids, which province a city is in) and the loader against the lookups the
extraction and the RDF mapping rely on.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from helpers import ROOT, SHARED
from rdflib.namespace import OWL, RDF, RDFS

from kg.records import PlaceRef
from kg.reference import (
    Reference,
    ReferenceDataError,
    clear_cache,
    get_reference,
    ontology_dir,
)

ONTOLOGY = ROOT / "ontology"
CONTRACT = SHARED / "ontology-contract.md"
KG = rdflib.Namespace("https://w3id.org/cpkg/ontology#")
SCHEMA = rdflib.Namespace("https://schema.org/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")

ISO_CODES = {
    "CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX", "CN-GZ", "CN-HA", "CN-HB", "CN-HE",
    "CN-HI", "CN-HK", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX", "CN-LN", "CN-MO", "CN-NM", "CN-NX",
    "CN-QH", "CN-SC", "CN-SD", "CN-SH", "CN-SN", "CN-SX", "CN-TJ", "CN-TW", "CN-XJ", "CN-XZ", "CN-YN",
    "CN-ZJ",
}  # fmt: skip

CAPITALS = {
    "石家庄": "河北", "太原": "山西", "呼和浩特": "内蒙古", "沈阳": "辽宁", "长春": "吉林",
    "哈尔滨": "黑龙江", "南京": "江苏", "杭州": "浙江", "合肥": "安徽", "福州": "福建", "南昌": "江西",
    "济南": "山东", "郑州": "河南", "武汉": "湖北", "长沙": "湖南", "广州": "广东", "南宁": "广西",
    "海口": "海南", "成都": "四川", "贵阳": "贵州", "昆明": "云南", "拉萨": "西藏", "西安": "陕西",
    "兰州": "甘肃", "西宁": "青海", "银川": "宁夏", "乌鲁木齐": "新疆",
}  # fmt: skip

SUB_PROVINCIAL = {"哈尔滨", "长春", "沈阳", "大连", "南京", "杭州", "宁波", "济南", "青岛", "武汉",
                  "广州", "深圳", "成都", "西安", "厦门"}  # fmt: skip

# Every kg: term ontology-contract.md names, kept here too so the test runs
# without ../shared.
CONTRACT_TERMS = {
    "Province", "Region", "City", "Meeting", "Forum", "PressConference", "Conference", "Inspection",
    "Ceremony", "Project", "Commitment", "Directive", "jurisdiction", "attestedOn", "evidence",
    "contentHash", "sourcePath", "includes", "theme", "chair", "speaker", "reviewed", "decided",
    "locatedIn", "committedBy", "madeAt", "concerns", "action", "issuedBy", "addressedTo",
    "PartySecretary", "DeputyPartySecretary", "Governor", "ViceGovernor", "Mayor", "GeneralSecretary",
    "Premier", "VicePremier", "Minister",
}  # fmt: skip


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference.load(ONTOLOGY)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ONTOLOGY / "kg.ttl", format="turtle")
    return g


# ---------------------------------------------------------------- provinces


def test_34_provinces_with_unique_iso_codes_and_wikidata_ids(ref: Reference) -> None:
    assert len(ref.provinces) == 34
    codes = [p.code for p in ref.provinces]
    assert set(codes) == ISO_CODES and len(codes) == len(set(codes))
    qids = [p.wikidata for p in ref.provinces]
    assert len(set(qids)) == 34, [q for q, n in Counter(qids).items() if n > 1]
    assert len({p.short for p in ref.provinces}) == 34
    assert len({p.abbr for p in ref.provinces}) == 34


@pytest.mark.parametrize(
    ("short", "code", "qid"),
    [
        ("上海", "CN-SH", "Q8686"),
        ("北京", "CN-BJ", "Q956"),
        ("江苏", "CN-JS", "Q16963"),
        ("浙江", "CN-ZJ", "Q16967"),
        ("安徽", "CN-AH", "Q40956"),
        ("内蒙古", "CN-NM", "Q41079"),
        ("陕西", "CN-SN", "Q47974"),
        ("山西", "CN-SX", "Q46913"),
        ("香港", "CN-HK", "Q8646"),
        ("台湾", "CN-TW", "Q57251"),
    ],
)
def test_province_code_and_wikidata(ref: Reference, short: str, code: str, qid: str) -> None:
    p = ref.province(short)
    assert p is not None and (p.code, p.wikidata) == (code, qid)


def test_province_kinds(ref: Reference) -> None:
    kinds = Counter(p.kind for p in ref.provinces)
    assert kinds == {
        "province": 22,
        "autonomous_region": 5,
        "municipality": 4,
        "sar": 2,
        "province_claimed": 1,
    }
    assert {p.short for p in ref.provinces if p.kind == "municipality"} == {"北京", "天津", "上海", "重庆"}


@pytest.mark.parametrize(
    "forms",
    [
        ("上海市", "上海", "沪"),
        ("江苏省", "江苏", "苏"),
        ("内蒙古自治区", "内蒙古", "蒙", "内蒙"),
        ("广西壮族自治区", "广西", "桂"),
        ("四川省", "四川", "川", "蜀"),
        ("香港特别行政区", "香港", "港"),
    ],
)
def test_every_surface_form_finds_the_same_province(ref: Reference, forms: tuple[str, ...]) -> None:
    found = {f: ref.province(f) for f in forms}
    assert None not in found.values(), found
    assert len({p.code for p in found.values() if p}) == 1


def test_party_and_government_organisations(ref: Reference) -> None:
    sh, nm = ref.province("上海"), ref.province("内蒙古")
    assert sh is not None and (sh.party_org, sh.gov_org, sh.head_title) == (
        "上海市委",
        "上海市人民政府",
        "市长",
    )
    assert nm is not None and (nm.party_org, nm.gov_org, nm.head_title) == (
        "内蒙古自治区党委",
        "内蒙古自治区人民政府",
        "主席",
    )


def test_every_province_head_title_maps_to_governor(ref: Reference) -> None:
    for p in ref.provinces:
        if p.head_title:
            rule = ref.role_for(p.head_title, p.kind)
            assert rule is not None and rule.role == "Governor", (p.name, p.head_title, rule)


# ---------------------------------------------------------------- cities


@pytest.mark.parametrize(
    ("city", "province"),
    [
        ("合肥", "安徽"),
        ("合肥市", "安徽"),
        ("湖州", "浙江"),
        ("长沙", "湖南"),
        ("哈尔滨", "黑龙江"),
        ("南昌", "江西"),
    ],
)
def test_city_province(ref: Reference, city: str, province: str) -> None:
    c = ref.city(city)
    assert c is not None and c.province == province


def test_every_provincial_capital_is_a_city_of_its_province(ref: Reference) -> None:
    for capital, province in CAPITALS.items():
        c = ref.city(capital)
        assert c is not None, capital
        assert c.province == province, (capital, c.province)


def test_all_333_prefecture_level_divisions(ref: Reference) -> None:
    kinds = Counter(c.kind for c in ref.cities)
    assert kinds["prefecture_city"] + kinds["sub_provincial"] == 293
    assert (kinds["prefecture"], kinds["autonomous_prefecture"], kinds["league"]) == (7, 30, 3)
    assert sum(n for k, n in kinds.items() if k != "new_area") == 333
    assert {c.short for c in ref.cities if c.kind == "sub_provincial"} == SUB_PROVINCIAL
    new_areas = {c.name: c.province for c in ref.cities if c.kind == "new_area"}
    assert new_areas == {"浦东新区": "上海", "雄安新区": "河北", "滨海新区": "天津"}


def test_city_short_names_are_unique_iri_keys(ref: Reference) -> None:
    shorts = [c.short for c in ref.cities]
    assert len(shorts) == len(set(shorts))


def test_autonomous_prefecture_forms(ref: Reference) -> None:
    for form in ("延边朝鲜族自治州", "延边州", "延边"):
        c = ref.city(form)
        assert c is not None and (c.short, c.province) == ("延边州", "吉林"), form
    # 海南藏族自治州 must never capture the province 海南.
    assert ref.place("海南") == PlaceRef("province", "海南")
    assert ref.place("海南州") == PlaceRef("city", "海南州")


def test_place_prefers_province_over_city(ref: Reference) -> None:
    assert ref.place("吉林") == PlaceRef("province", "吉林")
    assert ref.place("吉林市") == PlaceRef("city", "吉林")
    assert ref.place("合肥市") == PlaceRef("city", "合肥")
    assert ref.place("沪") == PlaceRef("province", "上海")
    assert ref.place("不存在的地方") is None
    assert ref.place_kind(PlaceRef("city", "合肥")) == "prefecture_city"
    assert ref.place_kind(PlaceRef("province", "上海")) == "municipality"


# ---------------------------------------------------------------- regions and collectives

FOUR = ["上海", "江苏", "浙江", "安徽"]


@pytest.mark.parametrize("name", ["三省一市", "沪苏浙皖", "长三角", "长三角地区", "长江三角洲"])
def test_yangtze_delta_collectives_expand_to_the_four(ref: Reference, name: str) -> None:
    assert ref.expand_collective(name) == FOUR


@pytest.mark.parametrize(
    ("name", "members"),
    [
        ("苏浙皖", ["江苏", "浙江", "安徽"]),
        ("苏浙沪", ["上海", "江苏", "浙江"]),
        ("京津冀", ["北京", "天津", "河北"]),
        ("粤港澳大湾区", ["广东", "香港", "澳门"]),
        ("东北三省", ["辽宁", "吉林", "黑龙江"]),
        ("成渝地区双城经济圈", ["四川", "重庆"]),
        ("川渝", ["四川", "重庆"]),  # compound of abbreviations, not a regions.csv row
        ("湘鄂赣", ["湖南", "湖北", "江西"]),
        ("浙江省", ["浙江"]),
        ("沪宁", []),  # 宁 is Nanjing here, not Ningxia
        ("合肥", []),
        ("火星", []),
    ],
)
def test_expand_collective(ref: Reference, name: str, members: list[str]) -> None:
    assert ref.expand_collective(name) == members


def test_region_sizes(ref: Reference) -> None:
    sizes = {"长江经济带": 11, "黄河流域": 9, "中部地区": 6, "西部地区": 12, "东部地区": 10, "泛珠三角": 11}
    for name, n in sizes.items():
        r = ref.region(name)
        assert r is not None and len(r.members) == n, (name, r)


# ---------------------------------------------------------------- national bodies


@pytest.mark.parametrize(
    ("form", "label"),
    [
        ("国家发改委", "国家发展改革委"),
        ("国家发展和改革委员会", "国家发展改革委"),
        ("党中央", "中共中央"),
        ("工信部", "工业和信息化部"),
        ("人社部", "人力资源社会保障部"),
        ("央行", "中国人民银行"),
        ('推进"一带一路"建设工作领导小组', "推进“一带一路”建设工作领导小组"),
        ("推动长三角一体化发展领导小组", "推动长三角一体化发展领导小组"),
    ],
)
def test_national_body_by_alias(ref: Reference, form: str, label: str) -> None:
    body = ref.national_body(form)
    assert body is not None and body.label == label


def test_every_constituent_department_heads_are_ministers(ref: Reference) -> None:
    ministries = [b for b in ref.national_bodies if b.kind == "ministry"]
    assert len(ministries) == 26  # the State Council's constituent departments
    for b in ministries:
        rule = ref.role_for(b.label + b.head_title)
        assert rule is not None and (rule.role, rule.org) == ("Minister", b.label), b.label


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("title", "place_kind", "role", "org"),
    [
        ("市长", "municipality", "Governor", None),
        ("市长", "prefecture", "Mayor", None),
        ("市长", "prefecture_city", "Mayor", None),
        ("市长", None, "Mayor", None),
        ("省长", "province", "Governor", None),
        ("主席", "autonomous_region", "Governor", None),
        ("副市长", "municipality", "ViceGovernor", None),
        ("副市长", "city", "DeputyMayor", None),
        ("书记", "province", "PartySecretary", None),
        ("副书记", "municipality", "DeputyPartySecretary", None),
        ("上海市委书记", None, "PartySecretary", None),
        ("中共上海市委书记", None, "PartySecretary", None),
        ("上海市长", None, "Governor", None),
        ("合肥市长", None, "Mayor", None),
        ("总书记", None, "GeneralSecretary", "中共中央"),
        ("中共中央总书记", None, "GeneralSecretary", "中共中央"),
        ("国家主席", None, "President", "中华人民共和国"),
        ("国务院总理", None, "Premier", "国务院"),
        ("国务院副总理", None, "VicePremier", "国务院"),
        ("中共中央政治局常委", None, "PolitburoStandingCommitteeMember", "中共中央政治局常务委员会"),
        ("国家发展改革委主任", None, "Minister", "国家发展改革委"),
        ("国家发改委副主任", None, "ViceMinister", "国家发展改革委"),
        ("财政部部长", None, "Minister", "财政部"),
        ("外交部长", None, "Minister", "外交部"),  # 部 shared by body and title
        ("外交部副部长", None, "ViceMinister", "外交部"),
        ("民盟中央主席", None, "Chairman", "民盟中央"),
        ("中央军委委员", None, "CMCMember", "中央军委"),
        ("审计长", None, "Minister", "审计署"),
        ("海关总署署长", None, "AgencyHead", "海关总署"),
        ("推动长三角一体化发展领导小组组长", None, "LeadingGroupHead", "推动长三角一体化发展领导小组"),
    ],
)
def test_role_for(ref: Reference, title: str, place_kind: str | None, role: str, org: str | None) -> None:
    rule = ref.role_for(title, place_kind)
    assert rule is not None, title
    assert (rule.role, rule.org) == (role, org)


def test_titles_without_a_rule(ref: Reference) -> None:
    assert ref.role_for("主席") is None  # which 主席? needs an autonomous region
    assert ref.role_for("有关负责人") is None
    assert ref.role_for("美国国防部长") is None  # a foreign minister is no post in a Chinese body
    assert ref.role_for("") is None


def test_organization_for_local_and_national_posts(ref: Reference) -> None:
    sh = PlaceRef("province", "上海")
    secretary = ref.role_for("书记", "municipality")
    mayor = ref.role_for("市长", "municipality")
    assert secretary is not None and mayor is not None
    party = ref.organization_for(secretary, sh)
    gov = ref.organization_for(mayor, sh)
    assert party is not None and (party.label, party.jurisdiction) == ("上海市委", sh)
    assert gov is not None and (gov.label, gov.jurisdiction) == ("上海市人民政府", sh)
    hf = ref.organization_for(secretary, PlaceRef("city", "合肥"))
    assert hf is not None and hf.label == "合肥市委"
    assert ref.organization_for(secretary, PlaceRef("province", "香港")) is None
    assert ref.organization_for(secretary, None) is None
    gs = ref.role_for("总书记")
    assert gs is not None
    central = ref.organization_for(gs)
    assert central is not None and (central.label, central.jurisdiction) == ("中共中央", None)


def test_gold_posts_use_known_places_and_roles(ref: Reference) -> None:
    gold = SHARED / "gold" / "000_aed75dd07c0e9222.json"
    if not gold.is_file():
        pytest.skip("../shared/gold is not present")
    roles = {r.role for r in ref.roles}
    for person, province, role in json.loads(gold.read_text(encoding="utf-8"))["posts"]:
        assert role in roles, (person, role)
        if province:
            p = ref.province(province)
            assert p is not None and p.short == province, (person, province)


# ---------------------------------------------------------------- gazetteer forms


def test_place_and_org_names_longest_first(ref: Reference) -> None:
    places = ref.place_names()
    assert {"合肥", "合肥市", "上海", "沪", "长三角", "三省一市"} <= set(places)
    assert [len(n) for n in places] == sorted((len(n) for n in places), reverse=True)
    assert "沪" not in ref.place_names(min_length=2)
    assert "长三角" not in ref.place_names(include_regions=False)
    orgs = ref.org_names()
    assert {"上海市委", "上海市人民政府", "国家发展改革委", "国家发改委", "中共中央", "合肥市委"} <= set(orgs)
    assert [len(n) for n in orgs] == sorted((len(n) for n in orgs), reverse=True)


# ---------------------------------------------------------------- kg.ttl


def _contract_terms() -> set[str]:
    terms = set(CONTRACT_TERMS)
    if CONTRACT.is_file():
        terms |= set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", CONTRACT.read_text(encoding="utf-8")))
    return terms


def test_contract_file_terms_are_in_the_explicit_list() -> None:
    if not CONTRACT.is_file():
        pytest.skip("../shared/ontology-contract.md is not present")
    found = set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", CONTRACT.read_text(encoding="utf-8")))
    assert found <= CONTRACT_TERMS, found - CONTRACT_TERMS


def test_kg_ttl_defines_every_contract_term_with_labels_and_comment(ontology: rdflib.Graph) -> None:
    for term in sorted(_contract_terms()):
        node = KG[term]
        assert (node, RDF.type, None) in ontology, f"kg:{term} is not defined"
        langs = {
            lit.language for lit in ontology.objects(node, RDFS.label) if isinstance(lit, rdflib.Literal)
        }
        assert {"zh", "en"} <= langs, f"kg:{term} labels: {langs}"
        assert any(True for _ in ontology.objects(node, RDFS.comment)), f"kg:{term} has no rdfs:comment"


def test_kg_ttl_class_hierarchy(ontology: rdflib.Graph) -> None:
    assert (rdflib.URIRef("https://w3id.org/cpkg/ontology"), RDF.type, OWL.Ontology) in ontology
    expected = {
        "Province": SCHEMA.AdministrativeArea,
        "City": SCHEMA.City,
        "Project": SCHEMA.Project,
        "Commitment": SCHEMA.PlanAction,
        "Directive": SCHEMA.PlanAction,
        "Meeting": SCHEMA.Event,
        "Forum": SCHEMA.Event,
        "PressConference": SCHEMA.Event,
        "Conference": SCHEMA.Event,
        "Inspection": SCHEMA.Event,
        "Ceremony": SCHEMA.Event,
    }
    for cls, parent in expected.items():
        assert (KG[cls], RDFS.subClassOf, parent) in ontology, cls
    assert (KG.includes, RDFS.domain, KG.Region) in ontology
    assert (KG.includes, RDFS.range, KG.Province) in ontology
    assert (KG.attestedOn, RDFS.range, rdflib.XSD.date) in ontology
    assert (KG.evidenceStart, RDFS.range, rdflib.XSD.integer) in ontology


def test_kg_ttl_roles_match_roles_csv(ref: Reference, ontology: rdflib.Graph) -> None:
    in_ttl = {str(s)[len(str(KG)) :] for s in ontology.subjects(RDF.type, ORG.Role)}
    assert in_ttl == {r.role for r in ref.roles}
    for r in ref.roles:
        labels = {
            (str(lit), lit.language)
            for lit in ontology.objects(KG[r.role], RDFS.label)
            if isinstance(lit, rdflib.Literal)
        }
        assert {(r.label_zh, "zh"), (r.label_en, "en")} <= labels, r.role


# ---------------------------------------------------------------- loading and validation


def test_load_is_cached_and_env_overrides_the_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Reference.load() is Reference.load()
    assert get_reference() is Reference.load()
    copy = tmp_path / "onto"
    shutil.copytree(ONTOLOGY, copy)
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(copy))
    assert ontology_dir() == copy
    try:
        assert Reference.load().directory == copy
    finally:
        clear_cache()


def _broken(tmp_path: Path, file: str, old: str, new: str) -> Path:
    copy = tmp_path / "onto"
    shutil.copytree(ONTOLOGY, copy)
    path = copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return copy


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_province_in_cities_names_file_and_line(tmp_path: Path) -> None:
    d = _broken(tmp_path, "cities.csv", "合肥市,合肥,安徽,", "合肥市,合肥,安微,")
    with pytest.raises(ReferenceDataError, match=r"cities\.csv:(\d+): unknown province '安微'") as info:
        Reference.load(d)
    assert info.value.line == _line_of(d / "cities.csv", "合肥市,")


def test_unknown_member_in_regions_is_rejected(tmp_path: Path) -> None:
    d = _broken(tmp_path, "regions.csv", "上海|江苏|浙江|安徽", "上海|江苏|浙江|安徽省会")
    with pytest.raises(ReferenceDataError, match=r"regions\.csv:\d+: unknown province '安徽省会'"):
        Reference.load(d)


def test_duplicate_province_code_is_rejected(tmp_path: Path) -> None:
    d = _broken(tmp_path, "provinces.csv", "CN-JS,江苏省", "CN-SH,江苏省")
    with pytest.raises(ReferenceDataError, match=r"provinces\.csv:\d+: duplicate code 'CN-SH'"):
        Reference.load(d)


def test_alias_shared_by_two_cities_is_rejected(tmp_path: Path) -> None:
    d = _broken(
        tmp_path,
        "cities.csv",
        "湖州市,湖州,浙江,prefecture_city,湖州市委,湖州市人民政府,,",
        "湖州市,湖州,浙江,prefecture_city,湖州市委,湖州市人民政府,合肥,",
    )
    with pytest.raises(
        ReferenceDataError, match=r"cities\.csv:\d+: city name '合肥' of '合肥市' is already used by '湖州市'"
    ):
        Reference.load(d)


def test_title_with_unknown_role_is_rejected(tmp_path: Path) -> None:
    d = _broken(tmp_path, "titles.csv", "省长,Governor,", "省长,Govenor,")
    with pytest.raises(ReferenceDataError, match=r"titles\.csv:\d+: role 'Govenor'"):
        Reference.load(d)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "onto"
    shutil.copytree(ONTOLOGY, copy)
    (copy / "regions.csv").unlink()
    with pytest.raises(ReferenceDataError, match=r"regions\.csv: file is missing"):
        Reference.load(copy)
