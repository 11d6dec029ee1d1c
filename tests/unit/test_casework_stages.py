"""Stage changes and their gates, read from the shipped resources/casework/stages.json.

Every change the issue allows is listed here by hand (the data must agree), opened with
its required record and refused without it; every other change is refused outright.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

import ppt_desk.paths
from ppt_desk.domain.casework import (
    CaseworkRules, Rec, allowed_targets, check_gate, load_config, needs_approval,
)
from ppt_desk.domain.errors import DomainError

CONFIG = load_config(ppt_desk.paths.CASEWORK)

P, PA, PN, R, PL, PM, BL, T = ("PERLINDUNGAN", "PENDEKATAN_AWAL", "PENELUSURAN", "RENCANA",
                               "PELAKSANAAN", "PENYALURAN_MINAT", "BANTUAN_LANJUT", "TERMINASI")
STAGES = (P, PA, PN, R, PL, PM, BL, T)
OPEN = STAGES[:-1]
DAY = date(2025, 6, 1)


def rec(kind: str, payload: dict, day: int = 0, seq: int = 0) -> Rec:
    when = DAY + timedelta(days=day)
    return Rec(f"{kind}-{day}-{seq}", kind, payload, when, datetime(2025, 6, 1, 8) +
               timedelta(days=day, minutes=seq))


# The complete record each gate asks for (only the gating fields are filled in).
GATE_RECORDS = {
    "asesmen": {"masalah_kebutuhan": "Trauma", "konstelasi": "Dokumen ditahan",
                "akar_masalah": "Utang", "prioritas": "Pemulihan"},
    "bebas_kritis": {"tanggal": "2025-06-01", "dinyatakan_oleh": "dr. Yohana"},
    "tahap_1": {"kebutuhan_layanan": "Konseling", "kesepakatan_kerja": True,
                "tanggal_kesepakatan": "2025-06-01"},
    "tahap_2": {"akar_masalah": "Utang", "pembahasan_kasus": True},
    "tahap_3": {"sidang_kasus": True, "tanggal_sidang": "2025-06-01", "kebutuhan": ["EKONOMI"],
                "tujuan": [{"tujuan": "Mandiri"}], "kesepakatan_pemberdayaan": True},
    "kegiatan_pelaksanaan": {"uraian": "Kursus menjahit"},
    "tahap_6": {"rencana": "Kunjungan bulanan"},
    "kunjungan_rumah": {"tanggal_kunjungan": "2025-06-01"},
}
SIAP = {"keputusan": "SIAP"}
BACK_TO_PL = {"keputusan": "BELUM_SIAP", "kembali_ke": PL}
BACK_TO_R = {"keputusan": "BELUM_SIAP", "kembali_ke": R}
GOALS_MET = {"alasan": "TUJUAN_TERCAPAI", "penilaian_akhir": "Mandiri"}
LOST = {"alasan": "HILANG_KONTAK", "penilaian_akhir": "Tidak dapat dihubungi"}

# (from, to) -> {kind: (payload that opens the gate, fields the gate names)}
FORWARD = {
    (P, PA): {"asesmen": (GATE_RECORDS["asesmen"],
                          ("masalah_kebutuhan", "konstelasi", "akar_masalah", "prioritas")),
              "bebas_kritis": (GATE_RECORDS["bebas_kritis"], ("tanggal", "dinyatakan_oleh"))},
    (PA, PN): {"tahap_1": (GATE_RECORDS["tahap_1"],
                           ("kebutuhan_layanan", "kesepakatan_kerja", "tanggal_kesepakatan"))},
    (PN, R): {"tahap_2": (GATE_RECORDS["tahap_2"], ("akar_masalah", "pembahasan_kasus"))},
    (R, PL): {"tahap_3": (GATE_RECORDS["tahap_3"],
                          ("sidang_kasus", "tanggal_sidang", "kebutuhan", "tujuan",
                           "kesepakatan_pemberdayaan"))},
    (PL, PM): {"kegiatan_pelaksanaan": (GATE_RECORDS["kegiatan_pelaksanaan"], ("uraian",))},
    (PM, BL): {"tahap_5": (SIAP, ())},
    (PM, PL): {"tahap_5": (BACK_TO_PL, ())},
    (PM, R): {"tahap_5": (BACK_TO_R, ())},
    (BL, T): {"tahap_6": (GATE_RECORDS["tahap_6"], ("rencana",)),
              "kunjungan_rumah": (GATE_RECORDS["kunjungan_rumah"], ("tanggal_kunjungan",)),
              "terminasi": (GOALS_MET, ("alasan", "penilaian_akhir"))},
}
EARLY_END = {(s, T): {"terminasi": (LOST, ("alasan", "penilaian_akhir"))}
             for s in OPEN if s != BL}
REOPEN = {(T, s): {} for s in OPEN}
ALLOWED = {**FORWARD, **EARLY_END, **REOPEN}
NOT_ALLOWED = [(a, b) for a in STAGES for b in STAGES if a != b and (a, b) not in ALLOWED]


def records_for(needs: dict) -> list[Rec]:
    return [rec(kind, dict(payload), i) for i, (kind, (payload, _)) in enumerate(needs.items())]


def blank(value):
    return False if value is True else ([] if isinstance(value, list) else "")


def test_the_data_allows_exactly_the_listed_changes():
    assert CONFIG.stage_codes() == list(STAGES)
    for current in STAGES:
        expected = [s for s in STAGES if (current, s) in ALLOWED]
        assert allowed_targets(CONFIG, current) == expected, current


@pytest.mark.parametrize("pair", sorted(ALLOWED), ids="{0[0]}>{0[1]}".format)
def test_an_allowed_change_opens_with_its_record(pair):
    current, target = pair
    needs = ALLOWED[pair]
    gate = check_gate(CONFIG, current, target, records_for(needs))
    assert gate.ok, gate.missing
    if current == T:
        assert gate.transition.reopen and gate.transition.requires == ()
    elif (current, target) in EARLY_END:
        assert gate.transition.source == "*"
    else:
        assert (gate.transition.source, gate.transition.target) == pair
    if needs:
        # The record justifying the change is one the gate asked for.
        assert gate.justification is not None and gate.justification.kind in needs


@pytest.mark.parametrize("pair", sorted(p for p in ALLOWED if ALLOWED[p]),
                         ids="{0[0]}>{0[1]}".format)
def test_an_allowed_change_is_refused_without_its_records(pair):
    current, target = pair
    needs = ALLOWED[pair]
    gate = check_gate(CONFIG, current, target, [])
    assert not gate.ok
    assert {m.kind for m in gate.missing} == set(needs)
    for m in gate.missing:
        assert m.no_record
        assert m.fields == needs[m.kind][1]
    # Each other kind alone leaves exactly the missing one named.
    for kind in needs:
        others = records_for({k: v for k, v in needs.items() if k != kind})
        gate = check_gate(CONFIG, current, target, others)
        assert [(m.kind, m.no_record) for m in gate.missing] == [(kind, True)]


@pytest.mark.parametrize("pair", sorted(p for p in ALLOWED if ALLOWED[p]),
                         ids="{0[0]}>{0[1]}".format)
def test_each_gating_field_left_empty_is_named(pair):
    current, target = pair
    needs = ALLOWED[pair]
    for kind, (payload, fields) in needs.items():
        for key in fields:
            changed = {**needs, kind: ({**payload, key: blank(payload[key])}, fields)}
            gate = check_gate(CONFIG, current, target, records_for(changed))
            assert not gate.ok, (kind, key)
            (missing,) = gate.missing
            assert (missing.kind, missing.fields, missing.no_record) == (kind, (key,), False)
            # A field not given at all counts the same as an empty one.
            removed = {k: v for k, v in payload.items() if k != key}
            gate = check_gate(CONFIG, current, target,
                              records_for({**needs, kind: (removed, fields)}))
            assert [m.fields for m in gate.missing] == [(key,)]


@pytest.mark.parametrize("pair", NOT_ALLOWED, ids="{0[0]}>{0[1]}".format)
def test_a_change_the_rules_do_not_know_is_refused(pair):
    current, target = pair
    everything = [rec(k, dict(p), i) for i, (k, p) in enumerate(GATE_RECORDS.items())]
    everything += [rec("tahap_5", SIAP, 20), rec("terminasi", GOALS_MET, 21)]
    with pytest.raises(DomainError) as refused:
        check_gate(CONFIG, current, target, everything)
    assert refused.value.code == "stage_not_allowed"
    assert refused.value.params == {"current": current, "target": target,
                                    "allowed": allowed_targets(CONFIG, current)}
    assert target not in refused.value.params["allowed"]


def test_skips_and_backward_moves_are_among_the_refused():
    for pair in [(P, R), (P, PN), (PA, PL), (PN, PA), (PL, R), (BL, PM), (P, BL), (R, PN)]:
        assert pair in NOT_ALLOWED
    with pytest.raises(DomainError) as refused:
        check_gate(CONFIG, P, R, [])
    assert refused.value.params["allowed"] == [PA, T]


@pytest.mark.parametrize("stage", STAGES)
def test_the_same_stage_is_refused(stage):
    with pytest.raises(DomainError) as refused:
        check_gate(CONFIG, stage, stage, [])
    assert refused.value.code == "stage_same"
    assert refused.value.params == {"stage": stage}


def test_an_unknown_stage_is_refused():
    with pytest.raises(DomainError) as refused:
        check_gate(CONFIG, P, "TIDAK_ADA", [])
    assert refused.value.code == "unknown_stage"


def test_only_the_latest_placement_decision_counts():
    ready_then_not = [rec("tahap_5", SIAP, 1), rec("tahap_5", BACK_TO_PL, 5)]
    gate = check_gate(CONFIG, PM, BL, ready_then_not)
    assert not gate.ok
    (missing,) = gate.missing
    assert missing.kind == "tahap_5" and missing.values == {"keputusan": "SIAP"}
    assert not missing.no_record
    back = check_gate(CONFIG, PM, PL, ready_then_not)
    assert back.ok and back.justification.id == ready_then_not[1].id
    # Going back to the plan needs the newest decision to say so.
    assert check_gate(CONFIG, PM, R, ready_then_not).missing[0].values == {"kembali_ke": R}
    # The other way round.
    not_then_ready = [rec("tahap_5", BACK_TO_PL, 1), rec("tahap_5", SIAP, 5)]
    gate = check_gate(CONFIG, PM, BL, not_then_ready)
    assert gate.ok and gate.justification.id == not_then_ready[1].id
    assert not check_gate(CONFIG, PM, PL, not_then_ready).ok
    # Same record date: the one entered later is the newer.
    same_day = [rec("tahap_5", SIAP, 3, seq=2), rec("tahap_5", BACK_TO_R, 3, seq=1)]
    assert check_gate(CONFIG, PM, BL, same_day).ok
    assert not check_gate(CONFIG, PM, R, same_day).ok


def test_a_latest_termination_record_decides_the_reason():
    goals_then_lost = [rec("terminasi", GOALS_MET, 1), rec("terminasi", LOST, 2)]
    assert check_gate(CONFIG, PL, T, goals_then_lost).ok
    lost_then_goals = [rec("terminasi", LOST, 1), rec("terminasi", GOALS_MET, 2)]
    gate = check_gate(CONFIG, PL, T, lost_then_goals)
    assert not gate.ok and gate.missing[0].values == {"alasan": "!TUJUAN_TERCAPAI"}


@pytest.mark.parametrize("stage", [s for s in OPEN if s != BL])
def test_goals_met_ends_a_case_only_after_follow_up(stage):
    gate = check_gate(CONFIG, stage, T, [rec("terminasi", GOALS_MET)])
    assert not gate.ok
    (missing,) = gate.missing
    assert missing.kind == "terminasi" and missing.values == {"alasan": "!TUJUAN_TERCAPAI"}
    assert gate.transition.key == "*>TERMINASI"


def test_goals_met_from_follow_up_needs_the_follow_up_records():
    gate = check_gate(CONFIG, BL, T, [rec("terminasi", GOALS_MET)])
    assert not gate.ok
    assert {m.kind for m in gate.missing} == {"tahap_6", "kunjungan_rumah"}
    assert gate.transition.key == "BANTUAN_LANJUT>TERMINASI"
    full = records_for(FORWARD[(BL, T)])
    gate = check_gate(CONFIG, BL, T, full)
    assert gate.ok and gate.justification.kind == "terminasi"


def test_a_case_in_follow_up_may_still_end_early():
    """'from': '*' is any stage but TERMINASI: a death or lost contact during follow-up
    ends the case without a follow-up plan or a home visit done."""
    gate = check_gate(CONFIG, BL, T, [rec("terminasi", LOST)])
    assert gate.ok, gate.missing
    assert gate.transition.key == "*>TERMINASI"
    # A planned visit not yet done does not block it either.
    gate = check_gate(CONFIG, BL, T, [rec("kunjungan_rumah", {"jadwal": "2025-07-01"}),
                                      rec("terminasi", LOST, 1)])
    assert gate.ok


def test_a_planned_home_visit_does_not_open_termination():
    needs = dict(FORWARD[(BL, T)])
    needs["kunjungan_rumah"] = ({"jadwal": "2025-06-10"}, ("tanggal_kunjungan",))
    gate = check_gate(CONFIG, BL, T, records_for(needs))
    assert [(m.kind, m.fields) for m in gate.missing] == [("kunjungan_rumah",
                                                           ("tanggal_kunjungan",))]


def test_approval_follows_the_rules_and_their_overrides():
    defaults = CONFIG.defaults
    needs = {key for key, on in defaults.approval.items() if on}
    assert needs == {"PENYALURAN_MINAT>BANTUAN_LANJUT", "*>TERMINASI",
                     "BANTUAN_LANJUT>TERMINASI", "TERMINASI>*"}

    def transition(current, target):
        return check_gate(CONFIG, current, target, []).transition

    assert needs_approval(defaults, transition(PM, BL))
    assert needs_approval(defaults, transition(PL, T))
    assert needs_approval(defaults, transition(BL, T))
    assert needs_approval(defaults, transition(T, PL))
    assert not needs_approval(defaults, transition(P, PA))
    assert not needs_approval(defaults, transition(PM, PL))
    office = CaseworkRules.from_dict({"approval": {"PENYALURAN_MINAT>BANTUAN_LANJUT": False,
                                                   "PERLINDUNGAN>PENDEKATAN_AWAL": True}},
                                     defaults)
    assert not needs_approval(office, transition(PM, BL))
    assert needs_approval(office, transition(P, PA))
    assert needs_approval(office, transition(PL, T))  # untouched keys keep the default
    assert not needs_approval(CaseworkRules(), transition(T, PL))
