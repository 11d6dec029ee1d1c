"""The HTCDS de-identified case-level export (issue 13, ADR 0020): one row per case.

The columns are field names of the IOM Human Trafficking Case Data Standard v2.0 (HTCDS;
CC BY 4.0, attribution IOM, no endorsement implied; ../shared/standards/htcds): the XLSForm's
names where the XLSForm has the field (``vic_Methods_of_Control``), else the Field Standards'
(``vic_AgeWhenTrafficked``, ``vic_RelationshipToTrafficker``). The values are the standard's
choice names, read from the ``htcds`` attributes of the code lists (which field each attribute
feeds is the list's ``htcds_fields``; recruitment tactics say per item, ``htcds_list``).
Multi-select values are separated by one space, as XLSForm's ``select_multiple`` writes them.
A test reads the XLSForm and checks every column and value.

**De-identified.** No id, no name, no place finer than a country, no date finer than the year:
a row holds sex, citizenship, age at exploitation, year of intake, destination country, and
what was done to the person. The year is ``yearOfRegistration`` (``EXTENSION_COLUMNS``: the
name the CTDC global dataset uses; HTCDS itself has only full dates). ``QUASI`` names the
quasi-identifiers (what someone who knows the person could know): ``suppression.k_anonymise``
makes the rows k-anonymous on them (k = 11), writing an age as its SIMFONI band ("13-17",
``GENERALISE``) before it withholds values.

**Input.** ``rows(cases, codelists)``: each case is a Mapping with ``sex`` (L / P / ""),
``age_band`` (ANAK / DEWASA / LANSIA / ""), ``intake_date`` (a date; its year only is written)
and ``facts`` (the case's facts: ``model.Fact`` or ``(dim, code[, value])`` tuples, as
``stat_fact`` stores them). Any other key (ids) is ignored, never written.

**Rules.**

- ``prs_Gender``: sex; ``prs_Citizenship``: the ``kewarganegaraan`` fact (ISO code).
- ``vic_AgeWhenTrafficked``: the ``umur_eksploitasi`` value (age on the first day at the place of
  exploitation); empty when unknown (the age at intake is another thing).
- ``vic_TraffickingStatus``: ``status_korban``; ``cas_Status``: ``status_kasus`` (a transferred
  case is ClosedReferred).
- ``vic_TypeOfExploitation``: the modus (``htcds`` and ``htcds_also``; ``htcds_child`` replaces
  ``htcds`` for a child: under 18 at exploitation, else in the age group ANAK at intake, so a
  bogus training is child labour only for a child) and the exploitation purposes
  (``eksploitasi``); ``vic_ForcedLabourIndustry`` / ``vic_TypeOfSexExploitation``: the modus'
  ``htcds_industry`` / ``htcds_sex_exploitation``.
- ``vic_Methods_of_Control``: the means (``cara``) and the recruitment tactics (``perekrutan``)
  of the list methodsofcontrol; ``vic_MethodOfRecruitment``: the tactics of the list
  methodofrecruitment (channels).
- ``vic_LocationOfExploitation``: the destination countries (``tujuan_negara``; "ID" for a
  destination inside Indonesia, ``tujuan_provinsi``), never a place's name.
- ``vic_RelationshipToTrafficker`` (one value): the closest relation of any perpetrator
  (Familial before Acquainted before Unaquainted [sic]).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from ..codelists import Code, CodeList
from .model import Fact

HTCDS_COLUMNS: tuple[str, ...] = (
    "prs_Gender",
    "prs_Citizenship",
    "vic_AgeWhenTrafficked",
    "vic_TraffickingStatus",
    "vic_MethodOfRecruitment",
    "vic_Methods_of_Control",
    "vic_TypeOfExploitation",
    "vic_ForcedLabourIndustry",
    "vic_TypeOfSexExploitation",
    "vic_LocationOfExploitation",
    "vic_RelationshipToTrafficker",
    "cas_Status",
)
EXTENSION_COLUMNS: tuple[str, ...] = ("yearOfRegistration",)
COLUMNS: tuple[str, ...] = HTCDS_COLUMNS + EXTENSION_COLUMNS

# The quasi-identifiers, for suppression.k_anonymise.
QUASI: tuple[str, ...] = ("prs_Gender", "prs_Citizenship", "vic_AgeWhenTrafficked",
                          "vic_LocationOfExploitation", "yearOfRegistration")

# The SIMFONI-PPA age bands (resources/codelists/age_band_simfoni.json: min, max, as SIMFONI
# writes it; a test ties them): the coarser age k_anonymise may write before withholding it.
AGE_RANGES: tuple[tuple[int, int | None, str], ...] = (
    (0, 5, "0-5"), (6, 12, "6-12"), (13, 17, "13-17"), (18, 24, "18-24"), (25, 44, "25-44"),
    (45, 59, "45-59"), (60, None, "60+"))


def age_range(value: str) -> str:
    """An age in years -> its SIMFONI band ("16" -> "13-17"); "" when not an age."""
    if not value.isdigit():
        return ""
    age = int(value)
    return next((label for low, high, label in AGE_RANGES
                 if low <= age and (high is None or age <= high)), "")


# field -> its coarser value, for suppression.k_anonymise (a field missing here goes from its
# value straight to withheld).
GENERALISE: Mapping[str, Callable[[str], str]] = {"vic_AgeWhenTrafficked": age_range}

# Which code list attribute feeds which column (the lists' own ``htcds_fields`` must agree:
# tests/unit/test_htcds_xlsform.py).
FIELD_OF: Mapping[tuple[str, str], str] = {
    ("sex", "htcds"): "prs_Gender",
    ("country", "htcds"): "prs_Citizenship",
    ("victim_status", "htcds"): "vic_TraffickingStatus",
    ("modus", "htcds"): "vic_TypeOfExploitation",
    ("modus", "htcds_also"): "vic_TypeOfExploitation",
    ("modus", "htcds_child"): "vic_TypeOfExploitation",
    ("modus", "htcds_industry"): "vic_ForcedLabourIndustry",
    ("modus", "htcds_sex_exploitation"): "vic_TypeOfSexExploitation",
    ("tppo_purpose", "htcds"): "vic_TypeOfExploitation",
    ("tppo_means", "htcds"): "vic_Methods_of_Control",
    ("perpetrator_relation", "htcds"): "vic_RelationshipToTrafficker",
}
# recruitment_tactic items name their list (htcds_list): the list -> the column.
RECRUITMENT_LISTS: Mapping[str, str] = {
    "methodsofcontrol": "vic_Methods_of_Control",
    "methodofrecruitment": "vic_MethodOfRecruitment",
}
# status_kasus (dimensions.py fixed codes) -> cas_Status.
CASE_STATUS: Mapping[str, str] = {"AKTIF": "Active", "DITUTUP": "Closed",
                                  "DIPINDAHKAN": "ClosedReferred"}
RELATION_ORDER = ("Familial", "Acquainted", "Unaquainted")
CHILD_BAND = "ANAK"
ADULT_AGE = 18
HOME = "ID"


class Lists(Protocol):
    def __getitem__(self, name: str) -> CodeList: ...


def _facts(raw: Iterable[Any]) -> list[tuple[str, str, int | None]]:
    out = []
    for f in raw or ():
        if isinstance(f, Fact):
            out.append((f.dim, f.code, f.value))
        elif isinstance(f, (tuple, list)) and len(f) >= 2:
            value = f[2] if len(f) >= 3 and isinstance(f[2], int) else None
            out.append((str(f[0]), str(f[1]), value))
    return out


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v]
    return []


def exploitation_values(item: Code, child: bool) -> list[str]:
    """The vic_TypeOfExploitation values of a modus: ``htcds_child`` replaces ``htcds`` for a
    child; ``htcds_also`` always added."""
    primary = item.extra.get("htcds_child") if child and item.extra.get("htcds_child") \
        else item.htcds
    return _as_list(primary) + _as_list(item.extra.get("htcds_also"))


def _join(values: Iterable[str]) -> str:
    return " ".join(sorted(set(values)))


def _value(codes: CodeList, code: str) -> str:
    item = codes.get(code)
    return item.htcds or "" if item is not None else ""


def row(case: Mapping[str, Any], lists: Lists) -> dict[str, str]:
    """One case's row (every column of ``COLUMNS``, "" where nothing is known)."""
    facts = _facts(case.get("facts") or ())
    by_dim: dict[str, list[str]] = {}
    values: dict[str, int] = {}
    for dim, code, value in facts:
        by_dim.setdefault(dim, []).append(code)
        if value is not None:
            values[dim] = value
    age = values.get("umur_eksploitasi")
    child = age < ADULT_AGE if age is not None else case.get("age_band") == CHILD_BAND

    modus, purposes, means = lists["modus"], lists["tppo_purpose"], lists["tppo_means"]
    tactics, relations = lists["recruitment_tactic"], lists["perpetrator_relation"]
    exploitation: list[str] = []
    industry: list[str] = []
    sexual: list[str] = []
    for code in by_dim.get("modus", ()):
        item = modus.get(code)
        if item is None:
            continue
        exploitation += exploitation_values(item, child)
        industry += _as_list(item.extra.get("htcds_industry"))
        sexual += _as_list(item.extra.get("htcds_sex_exploitation"))
    exploitation += [v for c in by_dim.get("eksploitasi", ()) if (v := _value(purposes, c))]

    control = [v for c in by_dim.get("cara", ()) if (v := _value(means, c))]
    recruitment: list[str] = []
    for code in by_dim.get("perekrutan", ()):
        item = tactics.get(code)
        if item is None or not item.htcds:
            continue
        column = RECRUITMENT_LISTS.get(item.extra.get("htcds_list", ""))
        found = [item.htcds] + _as_list(item.extra.get("htcds_also"))
        if column == "vic_Methods_of_Control":
            control += found
        elif column == "vic_MethodOfRecruitment":
            recruitment += found

    countries = lists["country"]
    places = [v for c in by_dim.get("tujuan_negara", ()) if (v := _value(countries, c))]
    if not places and by_dim.get("tujuan_provinsi"):
        places = [HOME]
    found_relations = {v for c in by_dim.get("hubungan_pelaku", ()) if (v := _value(relations, c))}
    relation = next((r for r in RELATION_ORDER if r in found_relations), "")

    citizenship = next((c for c in by_dim.get("kewarganegaraan", ()) if c), "")
    status = next((c for c in by_dim.get("status_korban", ()) if c), "")
    case_status = next((c for c in by_dim.get("status_kasus", ()) if c), "")
    intake = case.get("intake_date")
    return {
        "prs_Gender": _value(lists["sex"], str(case.get("sex") or "")),
        "prs_Citizenship": _value(countries, citizenship),
        "vic_AgeWhenTrafficked": str(age) if age is not None else "",
        "vic_TraffickingStatus": _value(lists["victim_status"], status),
        "vic_MethodOfRecruitment": _join(recruitment),
        "vic_Methods_of_Control": _join(control),
        "vic_TypeOfExploitation": _join(exploitation),
        "vic_ForcedLabourIndustry": _join(industry),
        "vic_TypeOfSexExploitation": _join(sexual),
        "vic_LocationOfExploitation": _join(places),
        "vic_RelationshipToTrafficker": relation,
        "cas_Status": CASE_STATUS.get(case_status, ""),
        "yearOfRegistration": str(intake.year) if isinstance(intake, date) else "",
    }


def rows(cases: Iterable[Mapping[str, Any]], codelists: Lists) -> list[dict[str, str]]:
    """The export's rows, one per case, sorted by their values (so that the order, e.g. of
    intake, tells nothing)."""
    return sorted((row(case, codelists) for case in cases),
                  key=lambda r: tuple(r[c] for c in COLUMNS))
