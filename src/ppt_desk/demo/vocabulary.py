"""The synthetic vocabulary the demo generator draws from.

Names come from ``resources/demo/names.json`` (common given and family names
combined at random: no entry describes a real person); places are the official
region codes in ``resources/regions``. Only the provinces demo cases come from
are loaded.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from ..paths import REGIONS, RESOURCES

NAMES_FILE = RESOURCES / "demo" / "names.json"

# Origin provinces of demo cases: NTT, NTB, Jawa Timur, Jawa Barat, Kalimantan Timur.
ORIGIN_PROVINCES = ("53", "52", "35", "32", "64")


@dataclass(frozen=True)
class Village:
    code: str           # 53.71.01.1001
    name: str
    district_name: str
    regency_name: str

    @property
    def district_code(self) -> str:
        return self.code.rsplit(".", 1)[0]

    @property
    def regency_code(self) -> str:
        return self.code.rsplit(".", 2)[0]

    @property
    def province_code(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def is_kelurahan(self) -> bool:
        # Kemendagri numbering: 1xxx kelurahan (urban), 2xxx desa.
        return self.code.rsplit(".", 1)[1].startswith("1")


@dataclass(frozen=True)
class Vocabulary:
    given: dict[str, dict[str, list[str]]]       # sex ("female"/"male") -> group -> names
    family: dict[str, list[str]]                  # group -> family names
    prefixes: dict[str, dict[str, list[str]]]     # group -> sex -> prefixes
    patterns: dict[str, list[str]]                # group -> name patterns
    variants: dict[str, list[str]]                # canonical -> other spellings
    destinations: list[dict]
    villages: dict[str, list[Village]]            # regency code -> villages

    def regencies(self, province: str) -> list[str]:
        return sorted(code for code in self.villages if code.startswith(province + "."))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_villages(provinces: tuple[str, ...] = ORIGIN_PROVINCES,
                  folder: Path = REGIONS) -> dict[str, list[Village]]:
    wanted = tuple(p + "." for p in provinces)
    regencies = {r["code"]: r["name"] for r in _read_csv(folder / "regencies.csv")
                 if r["code"].startswith(wanted)}
    districts = {d["code"]: d["name"] for d in _read_csv(folder / "districts.csv")
                 if d["code"].startswith(wanted)}
    out: dict[str, list[Village]] = {}
    with (folder / "villages.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["code"]
            if not code.startswith(wanted):
                continue
            district = row["district_code"]
            regency = district.rsplit(".", 1)[0]
            if district not in districts or regency not in regencies:
                continue
            out.setdefault(regency, []).append(
                Village(code, row["name"], districts[district], regencies[regency]))
    return out


def load_vocabulary(names_file: Path = NAMES_FILE) -> Vocabulary:
    data = json.loads(names_file.read_text(encoding="utf-8"))
    return Vocabulary(
        given=data["given_names"],
        family=data["family_names"],
        prefixes=data["prefixes"],
        patterns=data["name_patterns"],
        variants=data["variants"],
        destinations=data["employers_destinations"]["destinations"],
        villages=load_villages(),
    )
