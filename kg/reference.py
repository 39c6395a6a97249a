"""Reference data: provinces, cities, regions, roles, title rules, national bodies.

The gazetteers and rules live as CSV files under ``ontology/`` so that a person
can fix a wrong alias or add a missing ministry without touching code; this
module reads them once, checks them (a broken row must fail loudly with its
file and line, not silently drop a province from the graph), and answers the
lookups the extraction and the RDF mapping need.

Lookups accept every surface form the news uses (``上海市``/``上海``/``沪``,
``合肥``/``合肥市``, ``国家发改委``) and answer with canonical names: the
province short name and the city short name are what :mod:`kg.records` carries.
"""

from __future__ import annotations

import csv
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import KgError
from kg.records import Organization, PlaceRef

__all__ = [
    "City",
    "NationalBody",
    "Province",
    "Reference",
    "ReferenceDataError",
    "Region",
    "Role",
    "TitleRule",
    "clear_cache",
    "default_ontology_dir",
    "get_reference",
    "on_clear",
    "ontology_dir",
]

ENV_VAR = "KG_ONTOLOGY_DIR"

PROVINCE_KINDS = frozenset({"municipality", "province", "autonomous_region", "sar", "province_claimed"})
CITY_KINDS = frozenset(
    {"prefecture_city", "sub_provincial", "prefecture", "autonomous_prefecture", "league", "new_area"}
)
ORG_KINDS = frozenset({"party", "government", "congress", "cppcc", "discipline", "national", "leading_group"})
BODY_KINDS = frozenset(
    {
        "party_central",
        "party_organ",
        "party_department",
        "discipline",
        "supervisory",
        "military",
        "state",
        "congress",
        "cppcc",
        "state_council",
        "state_council_office",
        "judiciary",
        "ministry",
        "special_organ",
        "agency",
        "administration",
        "institution",
        "democratic_party",
        "people_organization",
        "leading_group",
    }
)
# Provinces that must name their party committee, government and head
# (香港/澳门 have no party committee; 台湾 none of the three).
_GOVERNED_KINDS = frozenset({"municipality", "province", "autonomous_region"})
#: Place kinds a title rule may be restricted to.  ``city`` matches any city kind.
RULE_PLACE_KINDS = PROVINCE_KINDS | CITY_KINDS | {"city"}

# Abbreviations that also stand for a city inside multi-place compounds
# (沪宁 is Shanghai–Nanjing, not Shanghai–Ningxia), so a run of one-character
# abbreviations containing them is not read as a list of provinces.
_AMBIGUOUS_IN_COMPOUNDS = frozenset({"宁"})

_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』《》")
_ROLE_NAME = re.compile(r"^[A-Z][A-Za-z]*$")
_ISO_CODE = re.compile(r"^CN-[A-Z]{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


class ReferenceDataError(KgError):
    """A reference-data file under ``ontology/`` is malformed or inconsistent."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason

    def __reduce__(self) -> tuple[type[ReferenceDataError], tuple[str, int | None, str]]:
        return (ReferenceDataError, (self.path, self.line, self.reason))


def _key(text: str) -> str:
    """The form names are compared in: NFKC, no whitespace, no quotation marks.

    NFKC folds full-width Latin and digits (Ｇ６０ → G60) that HTML news mixes in;
    quotes are dropped because labels such as 推进“一带一路”建设工作领导小组
    are written with straight, curly or no quotes.
    """
    return "".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    short: str
    abbr: str
    kind: str
    wikidata: str
    party_org: str
    gov_org: str
    head_title: str
    aliases: tuple[str, ...]
    en: str = ""  # the official English name (optional column)

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: full name, short name, abbreviation, aliases."""
        return tuple(dict.fromkeys((self.name, self.short, self.abbr, *self.aliases)))

    @property
    def ref(self) -> PlaceRef:
        return PlaceRef("province", self.short)


@dataclass(frozen=True)
class City:
    name: str
    short: str
    province: str  # province short name
    kind: str
    party_org: str
    gov_org: str
    aliases: tuple[str, ...]
    adcode: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, self.short, *self.aliases)))

    @property
    def ref(self) -> PlaceRef:
        return PlaceRef("city", self.short)


@dataclass(frozen=True)
class Region:
    name: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]  # province short names
    en: str = ""  # the English name (optional column)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Role:
    role: str
    label_zh: str
    label_en: str
    comment_en: str


@dataclass(frozen=True)
class TitleRule:
    """How a title as written becomes a post.

    ``org`` names the national body for national titles; for local titles it is
    ``None`` and the organisation comes from the place (see
    :meth:`Reference.organization_for`).  ``place_kinds`` restricts the rule to
    places of those kinds; empty means any place, or none.
    """

    title: str
    role: str
    org_kind: str
    org: str | None
    place_kinds: tuple[str, ...]
    comment: str = ""


@dataclass(frozen=True)
class NationalBody:
    label: str
    aliases: tuple[str, ...]
    kind: str
    head_title: str
    en: str
    head_role: str
    deputy_role: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)

    @property
    def org_kind(self) -> str:
        """The :class:`TitleRule` ``org_kind`` of a post in this body."""
        return "leading_group" if self.kind == "leading_group" else "national"


def ontology_dir() -> Path:
    """Where the rule and reference data are.

    ``$KG_ONTOLOGY_DIR`` if set; else ``kg/ontology/`` inside an installed wheel (the build
    copies the top-level folder there); else the repository's ``ontology/`` beside the
    package, for a source tree or an editable install.
    """
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    package = Path(__file__).resolve().parent
    packaged = package / "ontology"
    return packaged if packaged.is_dir() else package.parent / "ontology"


default_ontology_dir = ontology_dir


class _Table:
    """One CSV file read as dicts, remembering each row's line for error messages."""

    def __init__(self, directory: Path, name: str, required: Sequence[str]) -> None:
        self.path = directory / name
        if not self.path.is_file():
            raise ReferenceDataError(self.path, None, "file is missing")
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReferenceDataError(self.path, None, f"not UTF-8 ({exc.reason})") from exc
        reader = csv.DictReader(text.splitlines())
        header = reader.fieldnames or []
        missing = [c for c in required if c not in header]
        if missing:
            raise ReferenceDataError(self.path, 1, f"missing column(s) {', '.join(missing)}")
        self.rows: list[tuple[int, dict[str, str]]] = []
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ReferenceDataError(self.path, line, "more fields than the header has columns")
            values = {k: (v or "").strip() for k, v in row.items()}
            if not any(values.values()):
                continue
            self.rows.append((line, values))

    def error(self, line: int, reason: str) -> ReferenceDataError:
        return ReferenceDataError(self.path, line, reason)

    def need(self, line: int, row: dict[str, str], *columns: str) -> None:
        for column in columns:
            if not row.get(column):
                raise self.error(line, f"empty {column!r}")


class _Index:
    """Surface form → item, refusing a form claimed by two items of one table."""

    def __init__(self, table: _Table, what: str) -> None:
        self.table = table
        self.what = what
        self.items: dict[str, object] = {}
        self.owner: dict[str, str] = {}

    def add(self, line: int, forms: Iterable[str], item: object, label: str) -> None:
        for form in forms:
            key = _key(form)
            if not key:
                continue
            if key in self.items and self.items[key] is not item:
                raise self.table.error(
                    line, f"{self.what} name {form!r} of {label!r} is already used by {self.owner[key]!r}"
                )
            self.items[key] = item
            self.owner[key] = label


class Reference:
    """The loaded reference data and the lookups over it.

    Build it with :meth:`load` (cached per directory); instances are treated as
    immutable and shared.
    """

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self.roles: tuple[Role, ...] = self._load_roles()
        role_names = {r.role for r in self.roles}
        self.provinces: tuple[Province, ...] = self._load_provinces()
        self._province_by_short = {p.short: p for p in self.provinces}
        self.cities: tuple[City, ...] = self._load_cities()
        self.regions: tuple[Region, ...] = self._load_regions()
        self.national_bodies: tuple[NationalBody, ...] = self._load_bodies(role_names)
        self.titles: tuple[TitleRule, ...] = self._load_titles(role_names)
        self._build_lookups()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, dir: Path | str | None = None) -> Reference:  # noqa: A002 - the documented name
        """The reference data in ``dir`` (default :func:`ontology_dir`), read once."""
        directory = Path(dir) if dir is not None else ontology_dir()
        key = _resolved(str(directory))
        with _LOCK:
            ref = _CACHE.get(key)
            if ref is None:
                ref = cls(directory)
                _CACHE[key] = ref
            return ref

    def _load_roles(self) -> tuple[Role, ...]:
        table = _Table(self.directory, "roles.csv", ("role", "label_zh", "label_en", "comment_en"))
        seen: dict[str, int] = {}
        roles = []
        for line, row in table.rows:
            table.need(line, row, "role", "label_zh", "label_en", "comment_en")
            if not _ROLE_NAME.match(row["role"]):
                raise table.error(line, f"role {row['role']!r} is not an UpperCamelCase local name")
            if row["role"] in seen:
                raise table.error(line, f"duplicate role {row['role']!r} (first on line {seen[row['role']]})")
            seen[row["role"]] = line
            roles.append(Role(row["role"], row["label_zh"], row["label_en"], row["comment_en"]))
        return tuple(roles)

    def _load_provinces(self) -> tuple[Province, ...]:
        columns = (
            "code",
            "name",
            "short",
            "abbr",
            "kind",
            "wikidata",
            "party_org",
            "gov_org",
            "head_title",
            "aliases",
        )
        table = _Table(self.directory, "provinces.csv", columns)
        index = _Index(table, "province")
        unique: dict[tuple[str, str], int] = {}
        provinces = []
        for line, row in table.rows:
            table.need(line, row, "code", "name", "short", "abbr", "kind", "wikidata")
            if not _ISO_CODE.match(row["code"]):
                raise table.error(line, f"code {row['code']!r} is not an ISO 3166-2:CN code like CN-SH")
            if not _QID.match(row["wikidata"]):
                raise table.error(line, f"wikidata {row['wikidata']!r} is not a Q-id")
            if row["kind"] not in PROVINCE_KINDS:
                raise table.error(
                    line, f"unknown kind {row['kind']!r}; expected one of {sorted(PROVINCE_KINDS)}"
                )
            if row["kind"] in _GOVERNED_KINDS:
                table.need(line, row, "party_org", "gov_org", "head_title")
            if len(row["abbr"]) != 1:
                raise table.error(line, f"abbr {row['abbr']!r} must be one character")
            for column in ("code", "wikidata"):
                first = unique.get((column, row[column]))
                if first is not None:
                    raise table.error(line, f"duplicate {column} {row[column]!r} (first on line {first})")
                unique[(column, row[column])] = line
            p = Province(
                code=row["code"],
                name=row["name"],
                short=row["short"],
                abbr=row["abbr"],
                kind=row["kind"],
                wikidata=row["wikidata"],
                party_org=row["party_org"],
                gov_org=row["gov_org"],
                head_title=row["head_title"],
                aliases=_split(row["aliases"]),
                en=row.get("en", ""),
            )
            index.add(line, p.names, p, p.name)
            provinces.append(p)
        return tuple(provinces)

    def _load_cities(self) -> tuple[City, ...]:
        columns = ("name", "short", "province", "kind", "party_org", "gov_org", "aliases", "adcode")
        table = _Table(self.directory, "cities.csv", columns)
        index = _Index(table, "city")
        cities = []
        for line, row in table.rows:
            table.need(line, row, "name", "short", "province", "kind", "party_org", "gov_org")
            if row["province"] not in self._province_by_short:
                raise table.error(
                    line, f"unknown province {row['province']!r} (use the short name from provinces.csv)"
                )
            if row["kind"] not in CITY_KINDS:
                raise table.error(line, f"unknown kind {row['kind']!r}; expected one of {sorted(CITY_KINDS)}")
            c = City(
                name=row["name"],
                short=row["short"],
                province=row["province"],
                kind=row["kind"],
                party_org=row["party_org"],
                gov_org=row["gov_org"],
                aliases=_split(row["aliases"]),
                adcode=row["adcode"],
            )
            index.add(line, c.names, c, c.name)
            cities.append(c)
        return tuple(cities)

    def _load_regions(self) -> tuple[Region, ...]:
        table = _Table(self.directory, "regions.csv", ("name", "aliases", "members"))
        index = _Index(table, "region")
        province_forms = {_key(n) for p in self.provinces for n in p.names}
        regions = []
        for line, row in table.rows:
            table.need(line, row, "name", "members")
            members = _split(row["members"])
            for m in members:
                if m not in self._province_by_short:
                    raise table.error(line, f"unknown province {m!r} in members of {row['name']!r}")
            if len(set(members)) != len(members):
                raise table.error(line, f"a province is listed twice in members of {row['name']!r}")
            r = Region(row["name"], _split(row["aliases"]), members, row.get("en", ""))
            for form in r.names:
                if _key(form) in province_forms:
                    raise table.error(line, f"region name {form!r} is already a province name")
            index.add(line, r.names, r, r.name)
            regions.append(r)
        return tuple(regions)

    def _load_bodies(self, role_names: set[str]) -> tuple[NationalBody, ...]:
        columns = ("label", "aliases", "kind", "head_title", "en", "head_role", "deputy_role")
        table = _Table(self.directory, "national_bodies.csv", columns)
        index = _Index(table, "national body")
        bodies = []
        for line, row in table.rows:
            table.need(line, row, "label", "kind", "en")
            if row["kind"] not in BODY_KINDS:
                raise table.error(line, f"unknown kind {row['kind']!r}; expected one of {sorted(BODY_KINDS)}")
            for column in ("head_role", "deputy_role"):
                if row[column] and row[column] not in role_names:
                    raise table.error(line, f"{column} {row[column]!r} is not a role in roles.csv")
            if row["head_role"] and not row["head_title"]:
                raise table.error(line, "head_role given without head_title")
            b = NationalBody(
                label=row["label"],
                aliases=_split(row["aliases"]),
                kind=row["kind"],
                head_title=row["head_title"],
                en=row["en"],
                head_role=row["head_role"],
                deputy_role=row["deputy_role"],
            )
            index.add(line, b.names, b, b.label)
            bodies.append(b)
        return tuple(bodies)

    def _load_titles(self, role_names: set[str]) -> tuple[TitleRule, ...]:
        columns = ("title", "role", "org_kind", "org", "place_kind", "comment")
        table = _Table(self.directory, "titles.csv", columns)
        body_labels = {b.label for b in self.national_bodies}
        seen: dict[tuple[str, str], int] = {}
        rules = []
        for line, row in table.rows:
            table.need(line, row, "title", "role", "org_kind")
            if row["role"] not in role_names:
                raise table.error(line, f"role {row['role']!r} is not a role in roles.csv")
            if row["org_kind"] not in ORG_KINDS:
                raise table.error(
                    line, f"unknown org_kind {row['org_kind']!r}; expected one of {sorted(ORG_KINDS)}"
                )
            if row["org_kind"] == "national" and row["org"] not in body_labels:
                raise table.error(
                    line, f"national title needs org = a label from national_bodies.csv, got {row['org']!r}"
                )
            if row["org_kind"] in ("party", "government", "congress", "cppcc", "discipline") and row["org"]:
                raise table.error(
                    line, "a local title takes its organisation from the place; leave org empty"
                )
            kinds = _split(row["place_kind"])
            for k in kinds:
                if k not in RULE_PLACE_KINDS:
                    raise table.error(line, f"unknown place_kind {k!r}")
            title = _key(row["title"])
            for k in kinds or ("",):
                first = seen.get((title, k))
                if first is not None:
                    where = f"place_kind {k!r}" if k else "no place_kind"
                    raise table.error(
                        line, f"duplicate rule for {row['title']!r} with {where} (first on line {first})"
                    )
                seen[(title, k)] = line
            rules.append(
                TitleRule(
                    title=row["title"],
                    role=row["role"],
                    org_kind=row["org_kind"],
                    org=row["org"] or None,
                    place_kinds=kinds,
                    comment=row["comment"],
                )
            )
        return tuple(rules)

    def _build_lookups(self) -> None:
        self._province_index = {_key(n): p for p in self.provinces for n in p.names}
        self._city_index = {_key(n): c for c in self.cities for n in c.names}
        self._region_index = {_key(n): r for r in self.regions for n in r.names}
        self._body_index = {_key(n): b for b in self.national_bodies for n in b.names}
        self._city_by_short = {c.short: c for c in self.cities}
        self._rules: dict[str, list[TitleRule]] = {}
        for rule in self.titles:
            self._rules.setdefault(_key(rule.title), []).append(rule)
        # Abbreviations usable in compounds such as 川渝, 苏浙, 湘鄂赣.
        self._abbr_index = {
            form: p
            for p in self.provinces
            for form in (p.abbr, *p.aliases)
            if len(form) == 1 and form not in _AMBIGUOUS_IN_COMPOUNDS
        }
        # Place prefixes of titles (上海市委书记), longest first per first char.
        prefixes: dict[str, list[tuple[str, str]]] = {}
        for p in self.provinces:
            for n in p.names:
                if len(n) >= 2:
                    prefixes.setdefault(n[0], []).append((_key(n), p.kind))
        for c in self.cities:
            for n in c.names:
                if len(n) >= 2 and _key(n) not in self._province_index:
                    prefixes.setdefault(n[0], []).append((_key(n), c.kind))
        self._place_prefixes = {
            ch: sorted(set(v), key=lambda t: (-len(t[0]), t[0])) for ch, v in prefixes.items()
        }
        bodies = sorted(self._body_index.items(), key=lambda kv: (-len(kv[0]), kv[0]))
        self._body_prefixes: dict[str, list[tuple[str, NationalBody]]] = {}
        for form, body in bodies:
            self._body_prefixes.setdefault(form[0], []).append((form, body))

    # ------------------------------------------------------------------ places

    def province(self, name: str) -> Province | None:
        """A province by full name, short name, abbreviation or alias (上海市/上海/沪)."""
        return self._province_index.get(_key(name))

    def city(self, name: str) -> City | None:
        """A city by name, short name or alias (合肥市/合肥, 延边朝鲜族自治州/延边州/延边)."""
        return self._city_index.get(_key(name))

    def city_by_short(self, short: str) -> City | None:
        """A city by the canonical short name that :class:`~kg.records.PlaceRef` carries."""
        return self._city_by_short.get(short)

    def place(self, name: str) -> PlaceRef | None:
        """A province or, failing that, a city.

        Provinces win because a bare name shared by both (吉林) means the
        province in national news; the city is written 吉林市.
        """
        p = self.province(name)
        if p is not None:
            return p.ref
        c = self.city(name)
        return c.ref if c is not None else None

    def place_kind(self, place: PlaceRef) -> str | None:
        """The ``kind`` of the province or city a :class:`PlaceRef` points to."""
        if place.kind == "province":
            p = self._province_by_short.get(place.name)
            return p.kind if p else None
        c = self._city_by_short.get(place.name)
        return c.kind if c else None

    def region(self, name: str) -> Region | None:
        """A region or named collective by name or alias (长三角, 三省一市, 沪苏浙皖)."""
        return self._region_index.get(_key(name))

    def expand_collective(self, name: str) -> list[str]:
        """Province short names meant by a collective, a region or a single province.

        Besides the regions of ``regions.csv``, a run of two or more distinct
        one-character province abbreviations (川渝, 湘鄂赣, 苏浙) is read as the
        list of those provinces.  ``[]`` when the name is none of these.
        """
        key = _key(name)
        region = self._region_index.get(key)
        if region is not None:
            return list(region.members)
        p = self._province_index.get(key)
        if p is not None:
            return [p.short]
        if len(key) >= 2 and key not in self._city_index:
            found = [self._abbr_index.get(ch) for ch in key]
            shorts = [q.short for q in found if q is not None]
            if len(shorts) == len(key) and len(set(shorts)) == len(shorts):
                return shorts
        return []

    def place_names(self, min_length: int = 1, include_regions: bool = True) -> list[str]:
        """Every surface form of every province, city (and region), longest first.

        One-character abbreviations (沪, 苏) are included for completeness but
        match inside ordinary words; a free-text gazetteer usually wants
        ``min_length=2``.
        """
        names: set[str] = set()
        for p in self.provinces:
            names.update(p.names)
        for c in self.cities:
            names.update(c.names)
        if include_regions:
            for r in self.regions:
                names.update(r.names)
        return _longest_first(n for n in names if len(n) >= min_length)

    # ------------------------------------------------------------------ organisations

    def national_body(self, name: str) -> NationalBody | None:
        """A national body by label or alias (国家发改委 → 国家发展改革委)."""
        return self._body_index.get(_key(name))

    def organization_for(self, rule: TitleRule, place: PlaceRef | None = None) -> Organization | None:
        """The organisation a post under ``rule`` belongs to.

        National rules name their body; local rules take it from the place
        (上海 + party → 上海市委).  ``None`` when the place is needed and missing,
        or when the place has no such organisation (香港 has no party committee),
        or for a leading-group title whose group is not named.
        """
        if rule.org is not None:
            body = self.national_body(rule.org)
            if body is None:
                return None
            return Organization(label=body.label, jurisdiction=None, aliases=body.aliases)
        if place is None or rule.org_kind in ("national", "leading_group"):
            return None
        labels = self._local_orgs(place)
        if labels is None or rule.org_kind not in labels:
            return None
        label, aliases = labels[rule.org_kind]
        return Organization(label=label, jurisdiction=place, aliases=aliases)

    def _local_orgs(self, place: PlaceRef) -> dict[str, tuple[str, tuple[str, ...]]] | None:
        """Labels of a place's party committee, government, congress, CPPCC and discipline commission.

        Party committees and governments are data (``party_org``/``gov_org``);
        the other three follow the one naming pattern every place uses
        (上海市人大常委会, 上海市政协, 上海市纪委).
        """
        if place.kind == "province":
            p = self._province_by_short.get(place.name)
            if p is None:
                return None
            full, party, gov = p.name, p.party_org, p.gov_org
        else:
            c = self._city_by_short.get(place.name)
            if c is None:
                return None
            full, party, gov = c.name, c.party_org, c.gov_org
        orgs: dict[str, tuple[str, tuple[str, ...]]] = {}
        if party:
            orgs["party"] = (party, (f"中共{full}委员会",))
        if gov:
            gov_aliases = (f"{full}政府",) if gov.endswith("人民政府") else ()
            orgs["government"] = (gov, gov_aliases)
        if party:  # only places with a party committee have these three under that name
            orgs["congress"] = (f"{full}人大常委会", (f"{full}人民代表大会常务委员会",))
            orgs["cppcc"] = (f"{full}政协", (f"政协{full}委员会",))
            orgs["discipline"] = (f"{full}纪委", (f"中共{full}纪律检查委员会", f"{full}纪委监委"))
        return orgs

    def org_names(self) -> list[str]:
        """Every organisation surface form (national bodies, local committees and governments), longest first."""
        names: set[str] = set()
        for b in self.national_bodies:
            names.update(b.names)
        for place in [p.ref for p in self.provinces] + [c.ref for c in self.cities]:
            for label, aliases in (self._local_orgs(place) or {}).values():
                names.add(label)
                names.update(aliases)
        return _longest_first(names)

    # ------------------------------------------------------------------ titles

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.role == name), None)

    def role_for(self, title: str, place_kind: str | None = None) -> TitleRule | None:
        """The rule that turns ``title`` (as written) into a role and organisation kind.

        ``place_kind`` is the kind of the place the title is attached to (a
        provinces.csv or cities.csv kind); it decides 市长 (Governor of a
        municipality, Mayor elsewhere) and 主席 (Governor only after an
        autonomous region).  In order, the lookup tries:

        1. a row of titles.csv for the whole title, the row for this place kind
           before the row for any place;
        2. the generic national rule: 〈national body〉〈head_title〉 is that
           body's head_role, 〈body〉副〈head_title〉 its deputy_role
           (财政部部长 → Minister, 国家发展改革委副主任 → ViceMinister);
        3. the same after a leading 中共 (中共上海市委书记);
        4. a row for what follows a leading place name, with that place's kind
           (上海市长 → 市长 in a municipality → Governor).
        """
        key = _key(title)
        if not key:
            return None
        rule = self._match(key, place_kind) or self._national_rule(key)
        if rule is not None:
            return rule
        if key.startswith("中共") and len(key) > 2:
            return self.role_for(key[2:], place_kind)
        for form, kind in self._place_prefixes.get(key[0], ()):
            if len(key) > len(form) and key.startswith(form):
                rule = self._match(key[len(form) :], kind)
                if rule is not None:
                    return rule
        return None

    def _match(self, key: str, place_kind: str | None) -> TitleRule | None:
        rules = self._rules.get(key)
        if not rules:
            return None
        if place_kind:
            wanted = {place_kind, "city"} if place_kind in CITY_KINDS else {place_kind}
            for rule in rules:
                if wanted.intersection(rule.place_kinds):
                    return rule
        return next((rule for rule in rules if not rule.place_kinds), None)

    def _national_rule(self, key: str) -> TitleRule | None:
        for form, body in self._body_prefixes.get(key[0], ()):
            if not key.startswith(form) or len(key) == len(form) or not body.head_title:
                continue
            rest = key[len(form) :]
            if len(body.head_title) > 1 and form[-1] == body.head_title[0] and rest == body.head_title[1:]:
                rest = body.head_title  # 外交部长: the 部 of the body doubles as the 部 of 部长
            if rest == body.head_title and body.head_role:
                role = body.head_role
            elif rest in ("副" + body.head_title, "常务副" + body.head_title) and body.deputy_role:
                role = body.deputy_role
            else:
                continue
            return TitleRule(
                title=key,
                role=role,
                org_kind=body.org_kind,
                org=body.label,
                place_kinds=(),
                comment="generic rule: national body + head title (national_bodies.csv)",
            )
        return None


def _longest_first(names: Iterable[str]) -> list[str]:
    return sorted(set(names), key=lambda n: (-len(n), n))


_CACHE: dict[Path, Reference] = {}
_LOCK = threading.Lock()


@lru_cache(maxsize=64)
def _resolved(directory: str) -> Path:
    """``Path.resolve`` once per folder name: it asks the file system, and components call
    :func:`get_reference` per sentence (``clear_cache`` forgets it with the data)."""
    return Path(directory).resolve()


def get_reference(dir: Path | str | None = None) -> Reference:  # noqa: A002 - mirrors Reference.load
    """The shared :class:`Reference` (see :meth:`Reference.load`)."""
    return Reference.load(dir)


_CLEAR_HOOKS: list[Callable[[], None]] = []


def on_clear(hook: Callable[[], None]) -> None:
    """Have :func:`clear_cache` call ``hook`` too: the pipeline's rule object and the memos
    derived from the reference data register here, so that one call forgets them all."""
    _CLEAR_HOOKS.append(hook)


def clear_cache() -> None:
    """Forget loaded data, so that edited files or a changed ``$KG_ONTOLOGY_DIR`` are read again:
    the reference data and everything registered with :func:`on_clear`."""
    with _LOCK:
        _CACHE.clear()
    _resolved.cache_clear()
    for hook in _CLEAR_HOOKS:
        hook()
