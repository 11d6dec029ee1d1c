"""validate_intake: every rule on its own, and all problems reported together."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ppt_desk.domain.errors import ValidationFailed
from ppt_desk.domain.intake import (
    CaseIntake, Guardian, IdentityDocument, IntakeVocabulary, validate_intake,
)

TODAY = date(2025, 6, 1)
VOCAB = IntakeVocabulary(
    sexes=frozenset({"P", "L"}),
    channels=frozenset({"HOTLINE", "POLISI"}),
    statuses=frozenset({"DIDUGA", "KORBAN"}),
    roles=frozenset({"KORBAN", "SAKSI"}),
    modus=frozenset({"KRJ-PRT", "ESK"}),
    doc_types=frozenset({"KTP", "PASPOR"}),
    languages=frozenset({"ind", "tet"}),
    countries=frozenset({"ID", "MY"}),
)
VALID = CaseIntake(
    full_name="Maria Goreti Seran", sex="P", intake_date=date(2025, 5, 30),
    intake_channel="HOTLINE", victim_status="DIDUGA", victim_role="KORBAN",
    birth_date=date(1999, 4, 2), nik="5371014204990001",
    documents=(IdentityDocument("PASPOR", "C1234567"),), languages=("ind", "tet"),
    modus=("KRJ-PRT",),
)


def problems_of(intake: CaseIntake) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as info:
        validate_intake(intake, VOCAB, TODAY)
    assert info.value.code == "validation_failed"
    assert info.value.params["fields"] == sorted(info.value.problems)
    return info.value.problems


def test_a_complete_intake_passes():
    validate_intake(VALID, VOCAB, TODAY)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"full_name": ""}, "full_name", "name_required"),
        ({"full_name": "  A  "}, "full_name", "name_required"),
        ({"sex": ""}, "sex", "sex_required"),
        ({"sex": "X"}, "sex", "sex_required"),
        ({"intake_date": date(2025, 6, 2)}, "intake_date", "date_in_future"),
        ({"intake_channel": ""}, "intake_channel", "channel_required"),
        ({"intake_channel": "FAX"}, "intake_channel", "channel_required"),
        ({"victim_status": "MAYBE"}, "victim_status", "status_required"),
        ({"victim_role": "PELAKU"}, "victim_role", "role_required"),
        ({"birth_date": date(2025, 5, 31), "guardian": Guardian("Ibu", "IBU")},
         "birth_date", "birth_after_intake"),
        ({"birth_date": None, "estimated_age": None}, "birth_date", "age_required"),
        ({"birth_date": None, "estimated_age": -1, "guardian": Guardian("Ibu", "IBU")},
         "estimated_age", "age_out_of_range"),
        ({"birth_date": None, "estimated_age": 121}, "estimated_age", "age_out_of_range"),
        ({"nik": "537101420499000"}, "nik", "nik_format"),      # 15 digits
        ({"nik": "53710142049900011"}, "nik", "nik_format"),    # 17 digits
        ({"nik": "53710142049900O1"}, "nik", "nik_format"),     # letter O
        ({"nik": "5371 0142 0499 0001"}, "nik", "nik_format"),
        ({"nik": "5371014204990001\n"}, "nik", "nik_format"),   # trailing newline
        ({"nik": "５３７１０１４２０４９９０００１"}, "nik", "nik_format"),  # full-width digits
        ({"modus": ("KRJ-PRT", "NOPE")}, "modus", "unknown_code"),
        ({"documents": (IdentityDocument("SIM", "123"),)}, "documents", "document_incomplete"),
        ({"documents": (IdentityDocument("KTP", "   "),)}, "documents", "document_incomplete"),
        ({"languages": ("ind", "xxx")}, "languages", "unknown_code"),
        ({"citizenship": "XX"}, "citizenship", "unknown_code"),
        ({"birth_date": date(2010, 1, 1)}, "guardian", "guardian_required_for_child"),
        ({"birth_date": None, "estimated_age": 15}, "guardian", "guardian_required_for_child"),
        ({"birth_date": date(2007, 5, 31)}, "guardian", "guardian_required_for_child"),  # 17 tomorrow 18
    ],
)
def test_each_rule_reports_only_its_field(changes, field, code):
    assert problems_of(dataclasses.replace(VALID, **changes)) == {field: code}


@pytest.mark.parametrize(
    "changes",
    [
        {"intake_date": TODAY},                                  # today is not the future
        {"birth_date": date(2025, 5, 30), "guardian": Guardian("Yosefina", "IBU")},
        {"birth_date": None, "estimated_age": 0, "guardian": Guardian(relation="IBU")},
        {"birth_date": None, "estimated_age": 120},
        {"birth_date": date(2007, 5, 30)},                       # 18th birthday on intake: adult
        {"nik": ""},
        {"documents": ()},
        {"birth_date": date(2012, 1, 1), "guardian": Guardian(name="Paman Yohanes")},
        {"birth_date": date(2012, 1, 1), "guardian": Guardian(relation="PAMAN")},
        {"full_name": "Ni"},
        {"citizenship": ""},                                     # not recorded
        {"citizenship": "MY"},
    ],
)
def test_boundaries_that_are_allowed(changes):
    validate_intake(dataclasses.replace(VALID, **changes), VOCAB, TODAY)


def test_every_problem_is_reported_at_once():
    bad = dataclasses.replace(
        VALID, full_name="", sex="", intake_date=date(2030, 1, 1), intake_channel="",
        victim_status="", victim_role="", birth_date=None, estimated_age=None, nik="12",
        modus=("?",), documents=(IdentityDocument("KTP", ""),), languages=("?",),
    )
    assert problems_of(bad) == {
        "full_name": "name_required", "sex": "sex_required", "intake_date": "date_in_future",
        "intake_channel": "channel_required", "victim_status": "status_required",
        "victim_role": "role_required", "birth_date": "age_required", "nik": "nik_format",
        "modus": "unknown_code", "documents": "document_incomplete", "languages": "unknown_code",
    }
