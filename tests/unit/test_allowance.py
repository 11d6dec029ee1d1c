"""The living allowance (jaminan hidup): two phases from the first entry, alerts before each
phase ends and once the last limit has passed, and a written reason for late entries."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import (
    AllowanceLimits, CaseworkRules, Rec, allowance_status, check_allowance_entry, load_config,
)
from ppt_desk.domain.errors import DomainError, ValidationFailed

START = date(2025, 3, 10)
DEFAULT = load_config(ppt_desk.paths.CASEWORK).defaults.allowance


def entry(day: int, **payload) -> Rec:
    when = START + timedelta(days=day - 1)
    return Rec(f"jh-{day}", "jaminan_hidup", {"jenis": "PERMAKANAN", **payload}, when,
               datetime.combine(when, datetime.min.time()))


def on(day: int) -> date:
    """The calendar date of allowance day ``day`` (1 = the first entry's day)."""
    return START + timedelta(days=day - 1)


def test_the_shipped_limits_are_the_seeds():
    assert DEFAULT == AllowanceLimits(phase1_days=7, phase2_days=14, warn_days=2)


@pytest.mark.parametrize("day, phase, ends, alert", [
    (1, 1, 7, None), (5, 1, 7, None), (6, 1, 7, "allowance_phase1_ending"),
    (7, 1, 7, "allowance_phase1_ending"),
    (8, 2, 14, None), (12, 2, 14, None), (13, 2, 14, "allowance_phase2_ending"),
    (14, 2, 14, "allowance_phase2_ending"),
    (15, 0, 14, "allowance_over"), (40, 0, 14, "allowance_over"),
])
def test_phases_and_alerts_with_the_default_limits(day, phase, ends, alert):
    status = allowance_status([entry(1)], "PERLINDUNGAN", on(day), DEFAULT)
    assert status.started == START and status.open
    assert (status.day, status.phase, status.phase_ends, status.alert) == \
        (day, phase, on(ends), alert)


@pytest.mark.parametrize("day, phase, alert", [
    (1, 1, None), (4, 1, None), (5, 1, "allowance_phase1_ending"),
    (6, 2, None), (9, 2, None), (10, 2, "allowance_phase2_ending"),
    (11, 0, "allowance_over"),
])
def test_phases_and_alerts_with_office_limits(day, phase, alert):
    limits = AllowanceLimits(phase1_days=5, phase2_days=10, warn_days=1)
    status = allowance_status([entry(1)], "PERLINDUNGAN", on(day), limits)
    assert (status.day, status.phase, status.alert) == (day, phase, alert)


def test_no_warning_days_means_only_the_over_alert():
    limits = AllowanceLimits(7, 14, 0)
    alerts = [allowance_status([entry(1)], "PERLINDUNGAN", on(d), limits).alert
              for d in range(1, 17)]
    assert alerts == [None] * 14 + ["allowance_over"] * 2


def test_the_allowance_counts_from_its_first_entry():
    # Entered out of order: a back-dated first entry moves the start.
    records = [entry(5), entry(1), entry(3)]
    status = allowance_status(records, "PERLINDUNGAN", on(7), DEFAULT)
    assert (status.started, status.day, status.alert) == (START, 7, "allowance_phase1_ending")
    # Records of other kinds do not start it.
    other = Rec("x", "penampungan", {}, START)
    assert allowance_status([other], "PERLINDUNGAN", on(20), DEFAULT).started is None


def test_no_entry_means_no_allowance():
    status = allowance_status([], "PERLINDUNGAN", on(30), DEFAULT)
    assert (status.started, status.open, status.phase, status.alert) == (None, False, 0, None)


def test_an_entry_marked_final_closes_the_allowance():
    records = [entry(1), entry(4, selesai=True)]
    for day in (6, 13, 20):
        status = allowance_status(records, "PERLINDUNGAN", on(day), DEFAULT)
        assert not status.open and status.alert is None
    # selesai=False does not close it.
    status = allowance_status([entry(1, selesai=False)], "PERLINDUNGAN", on(20), DEFAULT)
    assert status.open and status.alert == "allowance_over"


@pytest.mark.parametrize("stage", ["PENDEKATAN_AWAL", "PELAKSANAAN", "TERMINASI"])
def test_leaving_protection_closes_the_allowance(stage):
    for day in (6, 13, 20):
        status = allowance_status([entry(1)], stage, on(day), DEFAULT)
        assert not status.open and status.alert is None
        assert status.started == START  # still shown as history


def test_an_entry_up_to_the_last_day_needs_no_reason():
    records = [entry(1)]
    for day in (1, 7, 8, 14):
        check_allowance_entry(records, on(day), {"jenis": "PERMAKANAN"}, DEFAULT)
    # The very first entry never counts as late, whatever its date.
    check_allowance_entry([], on(40), {"jenis": "PERMAKANAN"}, DEFAULT)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_an_entry_after_the_last_day_needs_a_reason(reason):
    payload = {"jenis": "PERMAKANAN"}
    if reason is not None:
        payload["alasan_lewat_batas"] = reason
    with pytest.raises(DomainError) as refused:
        check_allowance_entry([entry(1)], on(15), payload, DEFAULT)
    assert refused.value.code == "allowance_over_limit"
    assert refused.value.params == {"limit": 14, "last_day": on(14).isoformat()}


def test_a_late_entry_with_a_reason_is_accepted():
    check_allowance_entry([entry(1)], on(15), {"alasan_lewat_batas": "Korban sakit, menunggu "
                                                                      "pemulangan"}, DEFAULT)


def test_the_last_day_follows_the_office_limit_and_the_earliest_entry():
    limits = AllowanceLimits(3, 5, 1)
    with pytest.raises(DomainError):
        check_allowance_entry([entry(2), entry(1)], on(6), {}, limits)
    check_allowance_entry([entry(2), entry(1)], on(5), {}, limits)
    # A back-dated entry is not late, and becomes the start later entries are measured from.
    check_allowance_entry([entry(8)], on(1), {}, limits)
    check_allowance_entry([entry(8)], on(12), {}, limits)  # day 5 counted from entry 8
    with pytest.raises(DomainError):
        check_allowance_entry([entry(8), entry(1)], on(12), {}, limits)


def test_valid_rules_pass_the_check():
    load_config(ppt_desk.paths.CASEWORK).defaults.check()
    CaseworkRules(AllowanceLimits(1, 2, 0)).check()
    CaseworkRules(AllowanceLimits(7, 365, 364), {"PELAKSANAAN": 3650}, 60).check()


@pytest.mark.parametrize("rules, field", [
    (CaseworkRules(AllowanceLimits(0, 14, 2)), "allowance"),
    (CaseworkRules(AllowanceLimits(14, 14, 2)), "allowance"),
    (CaseworkRules(AllowanceLimits(15, 14, 2)), "allowance"),
    (CaseworkRules(AllowanceLimits(7, 366, 2)), "allowance"),
    (CaseworkRules(AllowanceLimits(7, 14, -1)), "warn_days"),
    (CaseworkRules(AllowanceLimits(7, 14, 14)), "warn_days"),
    (CaseworkRules(stage_max_days={"RENCANA": 0}), "stage_max_days"),
    (CaseworkRules(stage_max_days={"RENCANA": 3651}), "stage_max_days"),
    (CaseworkRules(home_visit_warn_days=-1), "home_visit_warn_days"),
    (CaseworkRules(home_visit_warn_days=61), "home_visit_warn_days"),
])
def test_bad_limits_are_refused(rules, field):
    with pytest.raises(ValidationFailed) as refused:
        rules.check()
    assert set(refused.value.problems) == {field}


def test_rules_read_from_a_dict_keep_what_it_does_not_name():
    base = load_config(ppt_desk.paths.CASEWORK).defaults
    office = CaseworkRules.from_dict({"allowance": {"phase2_days": 21},
                                      "stage_max_days": {"RENCANA": 30}}, base)
    assert office.allowance == AllowanceLimits(7, 21, 2)
    assert office.stage_max_days == {**base.stage_max_days, "RENCANA": 30}
    assert office.home_visit_warn_days == base.home_visit_warn_days
    assert office.approval == base.approval
    assert CaseworkRules.from_dict(office.to_dict(), base) == office
