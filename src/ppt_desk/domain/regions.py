"""Official province/regency/district/village codes from resources/regions (read-only data).

Provinces, regencies and districts are small and loaded on first use. villages.csv is large,
so only a byte-offset index per district is built, and a district's villages are read when
that district is chosen.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path


class Regions:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._village_index: dict[str, tuple[int, int]] | None = None
        self._names: dict[str, str] = {}
        self._children: dict[str, list[tuple[str, str]]] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        for file, parent_col in (("provinces.csv", None), ("regencies.csv", "province_code"),
                                 ("districts.csv", "regency_code")):
            with open(self._folder / file, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    self._names[row["code"]] = row["name"]
                    parent = row[parent_col] if parent_col else ""
                    self._children.setdefault(parent, []).append((row["code"], row["name"]))
        self._loaded = True

    def provinces(self) -> list[tuple[str, str]]:
        self._load()
        return list(self._children.get("", []))

    def regencies(self, province_code: str) -> list[tuple[str, str]]:
        self._load()
        return list(self._children.get(province_code, [])) if province_code else []

    def districts(self, regency_code: str) -> list[tuple[str, str]]:
        self._load()
        return list(self._children.get(regency_code, [])) if regency_code else []

    def _index_villages(self) -> dict[str, tuple[int, int]]:
        index: dict[str, tuple[int, int]] = {}
        with open(self._folder / "villages.csv", "rb") as fh:
            fh.readline()
            pos = fh.tell()
            for line in fh:
                parts = line.split(b",", 2)
                if len(parts) == 3:
                    district = parts[1].decode("ascii", "replace")
                    start, _ = index.get(district, (pos, pos))
                    index[district] = (start, pos + len(line))
                pos += len(line)
        return index

    def villages(self, district_code: str) -> list[tuple[str, str]]:
        if not district_code:
            return []
        if self._village_index is None:
            self._village_index = self._index_villages()
        span = self._village_index.get(district_code)
        if span is None:
            return []
        with open(self._folder / "villages.csv", "rb") as fh:
            fh.seek(span[0])
            chunk = fh.read(span[1] - span[0]).decode("utf-8")
        rows = csv.reader(io.StringIO(chunk))
        result = [(r[0], r[2]) for r in rows if len(r) == 3 and r[1] == district_code]
        for code, name in result:
            self._names[code] = name
        return result

    def name(self, code: str) -> str:
        """Name of any loaded code ('' when unknown); villages need their district loaded."""
        if not code:
            return ""
        self._load()
        if code not in self._names and code.count(".") == 3:
            self.villages(code.rsplit(".", 1)[0])
        return self._names.get(code, code)

