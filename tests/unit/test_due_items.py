"""What is due for a case ("Hari ini"): a stage without progress, the living allowance's
limits and planned home visits, derived from the case summary and today's date."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import (
    CaseSummary, CaseworkRules, Rec, due_items, load_config, summarise,
)

CONFIG = load_config(ppt_desk.paths.CASEWORK)
RULES = CONFIG.defaults
SINCE = date(2025, 3, 3)
FACTS = {"full_name": "Maria", "sex": "P", "age": 24, "province_code": "53", "modus": ["X"]}


def rec(kind: str, payload: dict, day: date, touched: date | None = None,
        due: date | None = None) -> Rec:
    return Rec(f"{kind}-{day}", kind, payload, day, datetime.combine(day, datetime.min.time()),
               due, touched or day)


def kinds(items) -> list[tuple[str, bool]]:
    return [(i.kind, i.overdue) for i in items]


def summary(stage="PERLINDUNGAN", last=SINCE, **more) -> CaseSummary:
    return CaseSummary(stage=stage, stage_since=SINCE, last_progress=last, **more)


def test_the_shipped_stage_limits():
    assert RULES.stage_max_days == {"PERLINDUNGAN": 14, "PENDEKATAN_AWAL": 14,
                                    "PENELUSURAN": 21, "RENCANA": 14, "PELAKSANAAN": 90,
                                    "PENYALURAN_MINAT": 30, "BANTUAN_LANJUT": 180}
    assert RULES.home_visit_warn_days == 3


@pytest.mark.parametrize("stage", sorted(RULES.stage_max_days))
def test_a_stage_without_progress_becomes_due_on_its_limit(stage):
    limit = RULES.stage_max_days[stage]
    s = summary(stage)
    assert due_items("c", s, SINCE + timedelta(days=limit - 1), RULES) == []
    (item,) = due_items("c", s, SINCE + timedelta(days=limit), RULES)
    assert (item.case_id, item.kind, item.due, item.overdue) == \
        ("c", "stage_stale", SINCE + timedelta(days=limit), False)
    assert item.params == {"stage": stage, "days": limit}
    (item,) = due_items("c", s, SINCE + timedelta(days=limit + 1), RULES)
    assert (item.kind, item.overdue, item.params["days"]) == ("stage_stale", True, limit + 1)


def test_the_office_limit_is_used():
    rules = CaseworkRules.from_dict({"stage_max_days": {"RENCANA": 5}}, RULES)
    s = summary("RENCANA")
    assert due_items("c", s, SINCE + timedelta(days=4), rules) == []
    assert kinds(due_items("c", s, SINCE + timedelta(days=5), rules)) == [("stage_stale", False)]
    # A stage the rules give no limit is never stale.
    rules = CaseworkRules(stage_max_days={})
    assert due_items("c", s, SINCE + timedelta(days=500), rules) == []


def test_progress_is_the_latest_of_the_stage_change_and_any_record_saved():
    s = summarise(CONFIG, "PENELUSURAN", SINCE, FACTS, [])
    assert s.last_progress == SINCE
    saved = SINCE + timedelta(days=10)
    records = [rec("tahap_2", {"pengalaman": "x"}, SINCE - timedelta(days=30), touched=saved),
               rec("hambatan", {"kategori": "DANA"}, SINCE - timedelta(days=40))]
    s = summarise(CONFIG, "PENELUSURAN", SINCE, FACTS, records)
    assert s.last_progress == saved
    limit = RULES.stage_max_days["PENELUSURAN"]
    assert due_items("c", s, SINCE + timedelta(days=limit), RULES) == []
    assert kinds(due_items("c", s, saved + timedelta(days=limit), RULES)) == \
        [("stage_stale", False)]
    # A record saved before the stage began does not move the clock back.
    old = [rec("tahap_2", {}, SINCE - timedelta(days=30))]
    assert summarise(CONFIG, "PENELUSURAN", SINCE, FACTS, old).last_progress == SINCE


def test_a_planned_home_visit_is_due_within_the_warning_days_and_overdue_after():
    visit = date(2025, 5, 20)
    records = [rec("kunjungan_rumah", {"jadwal": visit.isoformat()}, visit,
                   touched=visit - timedelta(days=20), due=visit)]
    s = summarise(CONFIG, "BANTUAN_LANJUT", visit - timedelta(days=30), FACTS, records)
    assert s.next_visit == visit
    assert due_items("c", s, visit - timedelta(days=4), RULES) == []
    for before in (3, 1, 0):
        (item,) = due_items("c", s, visit - timedelta(days=before), RULES)
        assert (item.kind, item.due, item.overdue) == ("visit_due", visit, False)
    (item,) = due_items("c", s, visit + timedelta(days=1), RULES)
    assert (item.kind, item.due, item.overdue) == ("visit_overdue", visit, True)
    rules = CaseworkRules.from_dict({"home_visit_warn_days": 0}, RULES)
    assert due_items("c", s, visit - timedelta(days=1), rules) == []
    assert kinds(due_items("c", s, visit, rules)) == [("visit_due", False)]


def test_the_next_visit_is_the_earliest_not_yet_done():
    first, second, third = date(2025, 5, 1), date(2025, 5, 15), date(2025, 6, 1)
    records = [
        rec("kunjungan_rumah", {"jadwal": "x", "tanggal_kunjungan": "2025-05-01"}, first,
            due=first),
        rec("kunjungan_rumah", {"jadwal": "x"}, third, due=third),
        rec("kunjungan_rumah", {"jadwal": "x"}, second, due=second),
        rec("tahap_6", {"rencana": "x"}, first, due=date(2025, 4, 1)),  # not a visit
    ]
    assert summarise(CONFIG, "BANTUAN_LANJUT", first, FACTS, records).next_visit == second
    done = [replace(r, payload={**r.payload, "tanggal_kunjungan": "2025-05-20"})
            for r in records if r.kind == "kunjungan_rumah"]
    assert summarise(CONFIG, "BANTUAN_LANJUT", first, FACTS, done).next_visit is None


@pytest.mark.parametrize("day, expected", [
    (5, []), (6, [("allowance_phase1_ending", False)]), (7, [("allowance_phase1_ending", False)]),
    (8, []), (13, [("allowance_phase2_ending", False)]), (15, [("allowance_over", True)]),
])
def test_allowance_alerts_are_due_items(day, expected):
    start = date(2025, 3, 10)
    records = [rec("jaminan_hidup", {"jenis": "PERMAKANAN"}, start)]
    s = summarise(CONFIG, "PERLINDUNGAN", start, FACTS, records)
    assert (s.allowance_start, s.allowance_open) == (start, True)
    today = start + timedelta(days=day - 1)
    items = [i for i in due_items("c", replace(s, last_progress=today), today, RULES)]
    assert kinds(items) == expected
    for item in items:
        assert item.params["day"] == day
        assert item.due == start + timedelta(days=6 if day <= 7 else 13)


def test_allowance_alerts_stop_when_it_ends_or_the_case_leaves_protection():
    start = date(2025, 3, 10)
    today = start + timedelta(days=20)
    entries = [rec("jaminan_hidup", {"jenis": "PERMAKANAN"}, start)]
    ended = entries + [rec("jaminan_hidup", {"selesai": True}, start + timedelta(days=3))]
    s = summarise(CONFIG, "PERLINDUNGAN", start, FACTS, ended)
    assert not s.allowance_open
    assert due_items("c", replace(s, last_progress=today), today, RULES) == []
    s = summarise(CONFIG, "PENDEKATAN_AWAL", start, FACTS, entries)
    assert due_items("c", replace(s, last_progress=today), today, RULES) == []


def test_several_items_for_one_case():
    s = summary("PERLINDUNGAN", allowance_start=SINCE, allowance_open=True,
                next_visit=SINCE + timedelta(days=20))
    today = SINCE + timedelta(days=30)
    assert kinds(due_items("c", s, today, RULES)) == [
        ("stage_stale", True), ("allowance_over", True), ("visit_overdue", True)]


def test_nothing_is_due_for_a_closed_case():
    records = [rec("jaminan_hidup", {}, SINCE),
               rec("kunjungan_rumah", {"jadwal": "x"}, SINCE, due=SINCE)]
    s = summarise(CONFIG, "TERMINASI", SINCE, FACTS, records)
    assert s.closed
    for later in (0, 10, 400):
        assert due_items("c", s, SINCE + timedelta(days=later), RULES) == []
    assert due_items("c", replace(summary("PERLINDUNGAN", allowance_start=SINCE,
                                          allowance_open=True, next_visit=SINCE), closed=True),
                     SINCE + timedelta(days=400), RULES) == []


def test_the_summary_lists_the_missing_items():
    s = summarise(CONFIG, "PERLINDUNGAN", SINCE, FACTS, [])
    assert s.missing == tuple("bcdefgh") and not s.closed
    s = summarise(CONFIG, "PERLINDUNGAN", SINCE, FACTS,
                  [rec("hambatan", {"kategori": "TIDAK_ADA"}, SINCE)])
    assert "g" not in s.missing
