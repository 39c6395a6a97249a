"""Who held the province's top posts on 1 July, by the whole-corpus store, against public records.

    python eval/roster/check.py --store kg-store

``provincial_leaders.csv`` lists, for 2019 and 2022, each province's party secretary and governor (省长, 直辖市
市长, 自治区主席) on 1 July, from public appointment records as the session-8 lead knew them; a cell the lead was
not sure of is marked ``sure=0`` and left out (2 of 124).  For each remaining cell kg's answer is the person whose
membership in that role, in that province's party committee or government (a city's committee is not the
province's), is attested on the latest day on or before 1 July of that year.  The script prints how many cells kg
answers, how many answers are right, and every other person attested in the role during the year (a predecessor
or successor, or a false post) for a reader to judge.  Issue 9 reported 66% answered and 85% right on the first
version; the gap was past posts stamped with the report's day.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERY = """SELECT ?person ?org ?role ?d WHERE {
 ?m a org:Membership ; org:member/rdfs:label ?person ; org:organization/rdfs:label ?org ; org:role ?r ;
    kg:attestedOn ?d .
 FILTER(?r IN (kg:PartySecretary, kg:Governor)) FILTER(LANG(?person) = "zh") FILTER(LANG(?org) = "zh")
 BIND(STRAFTER(STR(?r), "#") AS ?role) }"""
# what follows a province's short name in its own committee or government (浙江省委, 内蒙古自治区党委, 北京市人民政府)
LEVEL = re.compile(r"(?:省|市|(?:回族|维吾尔|壮族)?自治区)(?:委|党委|人民政府|政府)")

Attested = dict[tuple[str, int, str], list[tuple[date, str]]]


def province_of(org: str, provinces: set[str]) -> str | None:
    """The province whose own party committee or government ``org`` is (浙江省委, 内蒙古自治区党委, 北京市人民政府);
    None for a city's (海南某某市委: a province's name opens it, but the committee is the city's)."""
    hits = [p for p in provinces if org.startswith(p) and LEVEL.fullmatch(org[len(p):])]
    return hits[0] if len(hits) == 1 else None


def attestations(store: str, provinces: set[str]) -> Attested:
    """Every (province, year, role) → [(day, person)] of the store, from ``kg query``."""
    out = subprocess.run([sys.executable, "-m", "kg", "query", QUERY, "--store", store, "--format", "csv"],
                         capture_output=True, text=True, check=True)
    found: Attested = {}
    for row in csv.DictReader(out.stdout.splitlines()):
        province = province_of(row["org"], provinces)
        if province is not None:
            day = date.fromisoformat(row["d"][:10])
            found.setdefault((province, day.year, row["role"]), []).append((day, row["person"]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", required=True)
    args = parser.parse_args(argv)
    cells = [r for r in csv.DictReader((HERE / "provincial_leaders.csv").open(encoding="utf-8")) if r["sure"] == "1"]
    found = attestations(args.store, {r["province"] for r in cells})
    seen = answered = right = 0
    for cell in cells:
        year = int(cell["year"])
        days = found.get((cell["province"], year, cell["role"]), [])
        seen += bool(days)
        others = sorted({(person, str(day)) for day, person in days if person != cell["person"]})
        if others:
            print(f"other {cell['province']} {year} {cell['role']} (record: {cell['person']}): {others[:4]}")
        before = [d for d in days if d[0] <= date(year, 7, 1)]
        if before:
            answered += 1
            right += max(before)[1] == cell["person"]
    n = len(cells)
    print(f"{n} cells; attested that year {seen} ({seen / n:.0%}); answered for 1 July {answered} "
          f"({answered / n:.0%}); right {right} of {answered}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
