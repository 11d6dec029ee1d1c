"""Reading the HTCDS standard (../shared/standards/htcds): the XLSForm's fields and choice lists
and the Field Standards' picklists. Shared by the tests that check HTCDS values
(tests/unit/test_htcds_xlsform.py, tests/integration/test_stats_known_register.py)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from functools import cache
from pathlib import Path

STANDARD = Path(__file__).resolve().parents[1].parent / "shared" / "standards" / "htcds"
XLSFORM = STANDARD / "htcds_xlsform.xlsx"
FIELD_STANDARDS = STANDARD / "HTCDS Field Standards 2.0.ods"


def available() -> bool:
    return XLSFORM.is_file() and FIELD_STANDARDS.is_file()


class Standard:
    """The fields of the standard and the choices each accepts."""

    def __init__(self) -> None:
        import openpyxl

        book = openpyxl.load_workbook(XLSFORM, read_only=True)
        survey = list(book["survey"].iter_rows(values_only=True))
        head = survey[0]
        self.form_list: dict[str, str | None] = {}       # XLSForm field -> its choice list
        for r in survey[1:]:
            kind, name = r[head.index("type")], r[head.index("name")]
            if not name:
                continue
            parts = str(kind).split()
            self.form_list[name] = parts[1] if parts[0].startswith("select_") else None
        self.choices: dict[str, set[str]] = {}
        choices = list(book["choices"].iter_rows(values_only=True))
        for r in choices[1:]:
            if r[0] and r[1] is not None:
                # One XLSForm name has a trailing space ("DebtBondage "): a select_multiple
                # value cannot hold a space, so the name is the stripped one (as in the
                # Field Standards).
                self.choices.setdefault(str(r[0]), set()).add(str(r[1]).strip())
        self.defined: dict[str, set[str] | None] = {}     # Field Standards field -> picklist
        for field, kind, status, values in _field_standards():
            if status == "DEPRECATED":
                continue
            self.defined[field] = (set(values.split()) if "Picklist" in kind and values
                                   and not values.startswith("Use ") else None)

    def fields(self) -> set[str]:
        return set(self.form_list) | set(self.defined)

    def allowed(self, field: str) -> set[str] | None:
        """The choice names of a field (None: not a picklist, or unknown field)."""
        if field in self.form_list:
            listed = self.form_list[field]
            return self.choices.get(listed) if listed else None
        return self.defined.get(field)


def _field_standards() -> list[tuple[str, str, str, str]]:
    """(field, type, status, value names) of every row of the Field Standards sheet."""
    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    with zipfile.ZipFile(FIELD_STANDARDS) as z:
        root = ET.fromstring(z.read("content.xml"))
    rows = []
    for tr in root.iter(table + "table-row"):
        cells: list[str] = []
        for tc in tr.iter(table + "table-cell"):
            repeat = min(int(tc.get(table + "number-columns-repeated", "1")), 20)
            cells += [" ".join("".join(p.itertext()) for p in tc)] * repeat
        rows.append(cells)
    head = rows[0]
    at = {name: head.index(name) for name in ("Status", "Field Name including Prefix",
                                              "Field Type", "Value Names (if picklist)")}
    out = []
    for r in rows[1:]:
        r = r + [""] * (len(head) - len(r))
        field = r[at["Field Name including Prefix"]].strip()
        if field and field != "N/A":
            out.append((field, r[at["Field Type"]], r[at["Status"]].strip(),
                        r[at["Value Names (if picklist)"]]))
    return out


@cache
def standard() -> Standard:
    return Standard()


