"""A case from intake through protection, every stage and termination, through the backend."""
from __future__ import annotations

from datetime import date

import pytest

from casework_helpers import MovableClock, payloads
from integration_helpers import make_intake
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import Address

STAGE_PATH = [
    ("PERLINDUNGAN", ["evakuasi", "penampungan", "asesmen", "jaminan_hidup",
                      "pendampingan_khusus", "bebas_kritis"], "PENDEKATAN_AWAL"),
    ("PENDEKATAN_AWAL", ["tahap_1"], "PENELUSURAN"),
    ("PENELUSURAN", ["tahap_2"], "RENCANA"),
    ("RENCANA", ["tahap_3"], "PELAKSANAAN"),
    ("PELAKSANAAN", ["kegiatan_pelaksanaan"], "PENYALURAN_MINAT"),
    ("PENYALURAN_MINAT", ["tahap_5"], "BANTUAN_LANJUT"),
    ("BANTUAN_LANJUT", ["tahap_6", "kunjungan_rumah", "hambatan", "terminasi"], "TERMINASI"),
]


def test_a_case_walks_from_protection_to_termination(backend):
    clock = MovableClock(date(2025, 5, 2))
    backend.deps.clock = clock
    origin = Address("Desa Oelnasi", "53", "53.01")
    _, case_id, _ = backend.cases.register(make_intake("Walk Seluruh", origin=origin))
    work = backend.cases.open(case_id).work
    assert work.stage == "PERLINDUNGAN"
    assert set(work.missing_items) >= {"c", "d", "f", "g", "h"}
    for stage, kinds, target in STAGE_PATH:
        clock.advance(3)
        forms = payloads(clock.today())
        # Before the stage's record exists, the gate names what is missing.
        with pytest.raises(DomainError) as refused:
            backend.casework.request_stage_change(case_id, target)
        assert refused.value.code == "stage_requirements_missing"
        for kind in kinds:
            backend.casework.save_record(case_id, kind, forms[kind])
        _, change = backend.casework.request_stage_change(case_id, target)
        # The admin fixture is also a supervisor: approval-needing changes apply at once.
        assert change.status == "APPLIED" and change.from_stage == stage
        assert backend.cases.open(case_id).work.stage == target
    detail = backend.cases.open(case_id)
    assert detail.work.missing_items == ()
    assert detail.status == "SELESAI" and detail.intake.victim_status == "EKS"
    assert [c.to_stage for c in detail.work.stage_changes] == [t for _, _, t in STAGE_PATH]
    subjects = {e.subject for e in detail.timeline}
    assert {"evakuasi", "tahap_5", "BANTUAN_LANJUT>TERMINASI"} <= subjects
    # Reopening needs a reason and restores the status.
    with pytest.raises(DomainError) as refused:
        backend.casework.request_stage_change(case_id, "BANTUAN_LANJUT")
    assert refused.value.code == "reopen_needs_reason"
    backend.casework.request_stage_change(case_id, "BANTUAN_LANJUT", "Korban kembali mengalami ancaman")
    detail = backend.cases.open(case_id)
    assert (detail.work.stage, detail.status, detail.intake.victim_status) == \
        ("BANTUAN_LANJUT", "AKTIF", "DIDUGA")
    with pytest.raises(DomainError) as refused:
        backend.casework.request_stage_change(case_id, "PELAKSANAAN")
    assert refused.value.code == "stage_not_allowed"
    assert backend.session.verify().ok
