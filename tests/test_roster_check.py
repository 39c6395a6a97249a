"""eval/roster/check.py: a province's own committee or government is told from a city's."""

from __future__ import annotations

import csv
import importlib.util
from types import ModuleType

from helpers import ROOT

PROVINCES = {"海南", "内蒙古", "北京", "浙江", "新疆"}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_roster_check", ROOT / "eval" / "roster" / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_province_level_bodies_are_their_province() -> None:
    tool = _tool()
    for org, province in (("浙江省委", "浙江"), ("内蒙古自治区党委", "内蒙古"), ("北京市人民政府", "北京"),
                          ("新疆维吾尔自治区人民政府", "新疆"), ("海南省人民政府", "海南")):
        assert tool.province_of(org, PROVINCES) == province, org


def test_a_city_committee_after_a_province_name_is_no_province() -> None:
    tool = _tool()
    for org in ("海南某沙市委", "浙江某州市人民政府", "中央外办", "北京冬奥组委"):
        assert tool.province_of(org, PROVINCES) is None, org


def test_reference_rows_are_complete_and_unique() -> None:
    rows = list(csv.DictReader((ROOT / "eval" / "roster" / "provincial_leaders.csv").open(encoding="utf-8")))
    keys = [(r["province"], r["year"], r["role"]) for r in rows]
    assert len(keys) == len(set(keys)) == 124
    assert {r["role"] for r in rows} == {"PartySecretary", "Governor"}
    assert {r["sure"] for r in rows} <= {"0", "1"}
