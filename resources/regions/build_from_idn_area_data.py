#!/usr/bin/env python3
"""Build the region CSVs of ppt-desk from an unpacked ``idn-area-data`` npm package.

Usage::

    python build_from_idn_area_data.py PATH/TO/UNPACKED/package [OUT_DIR]

``PATH/TO/UNPACKED/package`` is the folder that holds ``package.json`` and
``data/`` (what ``npm pack idn-area-data`` + ``tar xzf`` gives).  OUT_DIR
defaults to the folder of this script.

Standard library only.  The script:

* reads ``data/provinces.csv``, ``regencies.csv``, ``districts.csv``,
  ``villages.csv`` (islands are not used);
* checks the code format of every level (``NN``, ``NN.NN``, ``NN.NN.NN``,
  ``NN.NN.NN.NNNN``), uniqueness, and that every parent code exists and is
  the prefix of the child code;
* writes ``provinces.csv`` (code,name), ``regencies.csv``
  (code,province_code,name), ``districts.csv`` (code,regency_code,name),
  ``villages.csv`` (code,district_code,name): UTF-8, no BOM, ``\\n`` line
  ends, header row, sorted by code.  Codes and names are copied verbatim.
  If villages.csv would exceed 8 MB it is written as ``villages.csv.gz``;
* prints the package name/version and the row count and SHA-256 of each file.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sys
from pathlib import Path

LEVELS = [
    # (file stem, header, code pattern, parent column or None, parent stem)
    ("provinces", ["code", "name"], r"\d{2}", None, None),
    ("regencies", ["code", "province_code", "name"], r"\d{2}\.\d{2}", "province_code", "provinces"),
    ("districts", ["code", "regency_code", "name"], r"\d{2}\.\d{2}\.\d{2}", "regency_code", "regencies"),
    ("villages", ["code", "district_code", "name"], r"\d{2}\.\d{2}\.\d{2}\.\d{4}", "district_code", "districts"),
]
GZIP_THRESHOLD = 8 * 1024 * 1024


def read_level(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in header if c not in (reader.fieldnames or [])]
        if missing:
            raise SystemExit(f"{path.name}: missing columns {missing}")
        return [{c: (row[c] or "").strip() for c in header} for row in reader]


def to_csv_bytes(header: list[str], rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[c] for c in header])
    return buf.getvalue().encode("utf-8")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    pkg = Path(argv[1])
    out_dir = Path(argv[2]) if len(argv) == 3 else Path(__file__).resolve().parent
    meta = json.loads((pkg / "package.json").read_text(encoding="utf-8"))
    print(f"package: {meta.get('name')} {meta.get('version')} (licence field: {meta.get('license')})")

    seen: dict[str, set[str]] = {}
    for stem, header, pattern, parent_col, parent_stem in LEVELS:
        rows = read_level(pkg / "data" / f"{stem}.csv", header)
        rx = re.compile(pattern + r"\Z")
        codes: set[str] = set()
        for row in rows:
            code = row["code"]
            if not rx.match(code):
                raise SystemExit(f"{stem}: bad code format {code!r}")
            if code in codes:
                raise SystemExit(f"{stem}: duplicate code {code!r}")
            if not row["name"]:
                raise SystemExit(f"{stem}: empty name for {code!r}")
            if parent_col:
                parent = row[parent_col]
                if parent not in seen[parent_stem]:
                    raise SystemExit(f"{stem}: {code} has unknown parent {parent!r}")
                if not code.startswith(parent + "."):
                    raise SystemExit(f"{stem}: {code} is not under its parent {parent!r}")
            codes.add(code)
        seen[stem] = codes
        rows.sort(key=lambda r: r["code"])
        data = to_csv_bytes(header, rows)
        target = out_dir / f"{stem}.csv"
        if stem == "villages" and len(data) > GZIP_THRESHOLD:
            target = out_dir / "villages.csv.gz"
            with target.open("wb") as fh:
                # mtime=0 keeps the output reproducible
                with gzip.GzipFile(filename="villages.csv", mode="wb", fileobj=fh, mtime=0) as gz:
                    gz.write(data)
        else:
            target.write_bytes(data)
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        print(f"{target.name}: {len(rows)} rows, {target.stat().st_size} bytes, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
