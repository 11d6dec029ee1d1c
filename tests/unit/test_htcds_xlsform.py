"""Every HTCDS value the app ships is a valid choice of the field it claims (issue 13).

The standard (../shared/standards/htcds, IOM HTCDS v2.0, CC BY 4.0) comes as an XLSForm (a
subset of the fields, with machine-readable choice lists) and as the Field Standards
spreadsheet (every field, picklist values as text). A field the XLSForm has is checked against
its choice list; a field it lacks (vic_AgeWhenTrafficked, vic_RelationshipToTrafficker,
hte_Type) against the Field Standards' picklist.

Which field a code-list value claims: the list's ``htcds_fields`` ({attribute: field}), or an
item's ``htcds_list`` (the XLSForm list itself, recruitment_tactic). ``problems`` collects
every wrong claim; the shipped lists have none, and a mutated copy has exactly the planted one.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import ppt_desk.paths
from htcds_form import FIELD_STANDARDS, STANDARD, XLSFORM, standard
from ppt_desk.domain.stats import htcds

openpyxl = pytest.importorskip("openpyxl")

CODELISTS = Path(ppt_desk.paths.CODELISTS)

pytestmark = pytest.mark.skipif(not XLSFORM.is_file() or not FIELD_STANDARDS.is_file(),
                                reason=f"HTCDS standard not found in {STANDARD}")

# Attributes of an item that carry HTCDS values (htcds_list / htcds_fields name, not values).
NOT_VALUES = {"htcds_list", "htcds_fields"}


def _values(raw) -> list[str]:
    if raw is None:
        return []
    return [raw] if isinstance(raw, str) else list(raw)


def problems(folder: Path) -> list[str]:
    """Every HTCDS claim of the code lists in ``folder`` that the standard refuses."""
    std = standard()
    found = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        fields = data.get("htcds_fields", {})
        for field in fields.values():
            if field not in std.fields():
                found.append(f"{path.stem}: no HTCDS field {field!r}")
        for item in data["items"]:
            for attr, raw in item.items():
                if not attr.startswith("htcds") or attr in NOT_VALUES:
                    continue
                for value in _values(raw):
                    where = f"{path.stem}.{item['code']}.{attr}={value!r}"
                    if "htcds_list" in item:
                        allowed = std.choices.get(item["htcds_list"])
                    elif attr in fields:
                        allowed = std.allowed(fields[attr])
                    else:
                        found.append(f"{where}: the list names no HTCDS field for {attr}")
                        continue
                    if allowed is None:
                        found.append(f"{where}: the field has no choices")
                    elif value not in allowed:
                        found.append(f"{where}: not a choice")
    return found


def test_every_shipped_htcds_value_is_a_choice_of_its_field():
    assert problems(CODELISTS) == []


def test_the_check_sees_checked_lists():
    """The check reads the lists the export reads (not an empty folder)."""
    claimed = [p.stem for p in CODELISTS.glob("*.json")
               if any(k.startswith("htcds") and v for it in json.loads(p.read_text())["items"]
                      for k, v in it.items() if k not in NOT_VALUES)]
    assert {"modus", "tppo_means", "tppo_purpose", "recruitment_tactic", "country", "sex",
            "victim_status", "perpetrator_relation", "journey_phase"} <= set(claimed)


@pytest.mark.parametrize("name, code, attr, bad", [
    ("tppo_means", "PENJERATAN_UTANG", "htcds", "DebtBondages"),
    ("modus", "TRN", "htcds_child", "ChildLabor"),
    ("modus", "KRJ-PRT", "htcds_industry", "T_Households"),
    ("recruitment_tactic", "S_AGENSI", "htcds", "AtAnAgency"),
    ("recruitment_tactic", "KEKERASAN", "htcds_also", "Violence"),
    ("perpetrator_relation", "GURU", "htcds", "Teacher"),
    ("journey_phase", "TRANSIT", "htcds", "Transport"),
    ("country", "MY", "htcds", "MYS"),
    # a valid value of another field: right name, wrong list
    ("tppo_purpose", "KERJA_PAKSA", "htcds", "DebtBondage"),
])
def test_a_planted_invalid_value_is_found(tmp_path, name, code, attr, bad):
    folder = tmp_path / "codelists"
    shutil.copytree(CODELISTS, folder)
    path = folder / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    item = next(i for i in data["items"] if i["code"] == code)
    item[attr] = [bad] if isinstance(item.get(attr), list) else bad
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    found = problems(folder)
    assert len(found) == 1 and f"{name}.{code}.{attr}={bad!r}" in found[0]


def test_a_value_without_a_named_field_is_found(tmp_path):
    folder = tmp_path / "codelists"
    shutil.copytree(CODELISTS, folder)
    path = folder / "intake_channel.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][0]["htcds"] = "Police"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert problems(folder) == [
        "intake_channel.HOTLINE.htcds='Police': the list names no HTCDS field for htcds"]


def test_export_columns_are_htcds_fields():
    std = standard()
    assert [c for c in htcds.HTCDS_COLUMNS if c not in std.fields()] == []
    assert set(htcds.QUASI) <= set(htcds.COLUMNS)
    assert not set(htcds.EXTENSION_COLUMNS) & std.fields()


def test_the_export_reads_each_list_into_the_field_the_list_claims():
    for (name, attr), column in htcds.FIELD_OF.items():
        data = json.loads((CODELISTS / f"{name}.json").read_text(encoding="utf-8"))
        assert data.get("htcds_fields", {}).get(attr) == column, (name, attr)
    std = standard()
    for listed, column in htcds.RECRUITMENT_LISTS.items():
        assert std.form_list[column] == listed


def test_fixed_mappings_of_the_export_are_choices():
    std = standard()
    assert set(htcds.CASE_STATUS.values()) <= std.allowed("cas_Status")
    assert set(htcds.RELATION_ORDER) == std.allowed("vic_RelationshipToTrafficker")
    assert htcds.HOME in std.allowed("prs_Citizenship")


def test_journey_phase_list_matches_the_journey_form():
    """The form keeps its inline options (the conference view reads them); the code list
    carrying the HTCDS phase has the same codes and labels."""
    forms = json.loads((CODELISTS.parent / "casework" / "service_forms.json").read_text())
    fase = next(f for form in forms["forms"] if form["kind"] == "perjalanan"
                for f in form["fields"] if f["key"] == "fase")
    phases = json.loads((CODELISTS / "journey_phase.json").read_text())["items"]
    assert [(o["code"], o["label_id"], o["label_en"]) for o in fase["options"]] == \
        [(i["code"], i["label_id"], i["label_en"]) for i in phases]
    assert {i["code"]: i["htcds"] for i in phases} == {
        "PRA_KEBERANGKATAN": "Recruitment", "TRANSIT": "Transit", "TUJUAN": "Exploitation",
        "KEPULANGAN": None}
