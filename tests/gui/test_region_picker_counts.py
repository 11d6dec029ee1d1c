"""The region pickers offer every province, regency, district and village of Indonesia from
the shipped data, and the shipped files are the data package's own (idn-area-data 4.0.1,
resources/regions/SOURCE.md: row counts and SHA-256 sums of the package's CSVs)."""
from __future__ import annotations

import csv
import hashlib
import re

import pytest

from ppt_desk.domain.regions import Regions
from ppt_desk.gui.widgets.region_picker import RegionPicker
from ppt_desk.paths import REGIONS

FILES = ("provinces", "regencies", "districts", "villages")


def _package_figures() -> tuple[dict[str, int], dict[str, str]]:
    """Row counts and SHA-256 sums as SOURCE.md records them for the package's files."""
    text = (REGIONS / "SOURCE.md").read_text(encoding="utf-8")
    counts = {name: int(m.group(1).replace(",", "")) for name in FILES
              for m in [re.search(rf"`{name}\.csv` \|[^|]*\| \*\*([\d,]+)\*\*", text)]}
    sums = {name: m.group(1) for name in FILES
            for m in [re.search(rf"\| {name}\.csv \| `([0-9a-f]{{64}})` \|", text)]}
    return counts, sums


def _rows(name: str) -> int:
    with open(REGIONS / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def test_the_shipped_files_are_the_packages_own():
    counts, sums = _package_figures()
    assert counts == {"provinces": 38, "regencies": 514, "districts": 7285, "villages": 83762}
    for name in FILES:
        digest = hashlib.sha256((REGIONS / f"{name}.csv").read_bytes()).hexdigest()
        assert digest == sums[name], name
        assert _rows(name) == counts[name], name


def _codes(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def test_the_pickers_offer_every_province_and_regency(qtbot):
    counts, _ = _package_figures()
    picker = RegionPicker(levels=2)
    qtbot.addWidget(picker)
    province, regency = picker.combos
    provinces = _codes(province)
    assert len(provinces) == counts["provinces"] == len(set(provinces))
    regencies: list[str] = []
    for code in provinces:
        province.set_code(code)
        offered = _codes(regency)
        assert offered and all(r.startswith(code + ".") for r in offered), code
        regencies += offered
    assert len(regencies) == counts["regencies"] == len(set(regencies))


@pytest.mark.parametrize("level", ["districts", "villages"])
def test_every_district_and_village_can_be_reached(level):
    counts, _ = _package_figures()
    data = Regions(REGIONS)
    districts = [d for p, _ in data.provinces() for r, _ in data.regencies(p)
                 for d, _ in data.districts(r)]
    if level == "districts":
        assert len(districts) == counts["districts"]
    else:
        assert sum(len(data.villages(d)) for d in districts) == counts["villages"]
