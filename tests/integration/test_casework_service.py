"""Casework through the backend, as caseworkers and supervisors use it: what is due today as
the clock moves, supervisor approval, who sees which case, handover, consent, office rules,
and failed saves that leave nothing behind."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from casework_helpers import MovableClock, payloads
from integration_helpers import child_intake, make_intake, rows, scalar
from ppt_desk.domain.errors import DomainError, ValidationFailed
from ppt_desk.services.dto import CaseQuery, ConsentInput

D0 = date(2025, 5, 2)  # make_intake's intake date
PASSWORDS = {"ani": "kata-sandi-ani-1", "budi": "kata-sandi-budi-1",
             "sari": "kata-sandi-sari-1", "adi": "kata-sandi-adi-1"}
# The records that open each forward gate, and the stage they lead to.
WALK = [("PERLINDUNGAN", ("asesmen", "bebas_kritis"), "PENDEKATAN_AWAL"),
        ("PENDEKATAN_AWAL", ("tahap_1",), "PENELUSURAN"),
        ("PENELUSURAN", ("tahap_2",), "RENCANA"),
        ("RENCANA", ("tahap_3",), "PELAKSANAAN"),
        ("PELAKSANAAN", ("kegiatan_pelaksanaan",), "PENYALURAN_MINAT")]


@pytest.fixture
def office(backend, root):
    """Caseworkers Ani and Budi, supervisor Sari and admin-only Adi; a clock at D0."""
    backend.deps.clock = MovableClock(D0)
    users = {}
    for username, name, roles in (("ani", "Ani Pendamping", {"PENDAMPING"}),
                                  ("budi", "Budi Pendamping", {"PENDAMPING"}),
                                  ("sari", "Sari Supervisor", {"SUPERVISOR"}),
                                  ("adi", "Adi Admin", {"ADMIN"})):
        _, users[username] = backend.users.add(username, name, frozenset(roles),
                                              PASSWORDS[username])
    PASSWORDS["admin"] = root.PASSWORD
    return SimpleNamespace(backend=backend, clock=backend.deps.clock, **users)


def login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def new_case(backend, assigned, name: str | None = None, **changes) -> str:
    _, case_id, _ = backend.cases.register(make_intake(name, assigned_user_id=assigned.id,
                                                      **changes))
    return case_id


def walk_to_placement(backend, clock, case_id: str) -> None:
    """Take a case to Penyaluran Minat (as a supervisor: changes apply at once)."""
    for stage, kinds, target in WALK:
        forms = payloads(clock.today())
        for kind in kinds:
            backend.casework.save_record(case_id, kind, forms[kind])
        _, change = backend.casework.request_stage_change(case_id, target)
        assert change.status == "APPLIED" and change.from_stage == stage


def due(backend, case_id: str) -> list[tuple[str, bool]]:
    return [(d.kind, d.overdue) for d in backend.casework.today().due if d.case_id == case_id]


def due_kinds(backend, case_id: str) -> set[str]:
    return {kind for kind, _ in due(backend, case_id)}


def outbox_count(backend) -> int:
    return scalar(backend, "SELECT count(*) FROM outbox_event")


# -- (a) what is due as the clock moves ----------------------------------------------------
def test_a_stage_without_progress_becomes_due_then_overdue(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    clock.day = D0 + timedelta(days=13)
    assert due(b, case_id) == []
    clock.day = D0 + timedelta(days=14)
    (item,) = [d for d in b.casework.today().due if d.case_id == case_id]
    assert (item.kind, item.overdue, item.due) == ("stage_stale", False, D0 + timedelta(days=14))
    assert item.params == {"stage": "PERLINDUNGAN", "days": 14}
    clock.advance(1)
    assert due(b, case_id) == [("stage_stale", True)]
    # Recording progress restarts the count.
    b.casework.save_record(case_id, "hambatan", payloads(clock.today())["hambatan"])
    assert due(b, case_id) == []
    clock.advance(14)
    assert due(b, case_id) == [("stage_stale", False)]


def test_the_allowance_alerts_follow_its_phases(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    start = D0 + timedelta(days=1)
    clock.day = start
    b.casework.save_record(case_id, "jaminan_hidup", payloads(start)["jaminan_hidup"])
    steps = [(4, set()), (5, {"allowance_phase1_ending"}), (6, {"allowance_phase1_ending"}),
             (7, set()), (12, {"allowance_phase2_ending"}), (13, {"allowance_phase2_ending"}),
             (14, {"allowance_over"})]
    for offset, expected in steps:
        clock.day = start + timedelta(days=offset)
        allowance = {k for k in due_kinds(b, case_id) if k.startswith("allowance")}
        assert allowance == expected, offset
        work = b.cases.open(case_id).work
        assert work.allowance.day == offset + 1
        assert work.allowance.alert == (next(iter(expected)) if expected else None)
    over = [d for d in b.casework.today().due if d.kind == "allowance_over"]
    assert [(d.case_id, d.overdue) for d in over] == [(case_id, True)]
    # A late entry needs a reason; an entry marking the end stops the alerts.
    late = {**payloads(clock.today())["jaminan_hidup"], "selesai": True}
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "jaminan_hidup", late)
    assert refused.value.code == "allowance_over_limit"
    b.casework.save_record(case_id, "jaminan_hidup", {**late, "alasan_lewat_batas": "Menunggu pemulangan"})
    assert not {k for k in due_kinds(b, case_id) if k.startswith("allowance")}
    assert not b.cases.open(case_id).work.allowance.open


def test_leaving_protection_ends_the_allowance_alerts(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    b.casework.save_record(case_id, "jaminan_hidup", payloads(D0)["jaminan_hidup"])
    clock.day = D0 + timedelta(days=5)
    login(b, "ani")
    assert "allowance_phase1_ending" in due_kinds(b, case_id)
    for kind in ("asesmen", "bebas_kritis"):
        b.casework.save_record(case_id, kind, payloads(clock.today())[kind])
    b.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    for later in (0, 10, 20):
        clock.day = D0 + timedelta(days=5 + later)
        assert not {k for k in due_kinds(b, case_id) if k.startswith("allowance")}


def test_a_home_visit_becomes_due_then_overdue(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    visit = D0 + timedelta(days=10)
    b.casework.save_record(case_id, "kunjungan_rumah", {"jadwal": visit.isoformat(), "petugas": "Ani"})
    clock.day = visit - timedelta(days=4)
    assert due(b, case_id) == []
    clock.day = visit - timedelta(days=3)
    assert due(b, case_id) == [("visit_due", False)]
    clock.day = visit
    assert due(b, case_id) == [("visit_due", False)]
    clock.day = visit + timedelta(days=1)
    assert due(b, case_id) == [("visit_overdue", True)]
    # Recording the visit as done clears it.
    (record,) = [r for r in b.cases.open(case_id).work.records if r.kind == "kunjungan_rumah"]
    done = payloads(clock.today())["kunjungan_rumah"]
    b.casework.save_record(case_id, "kunjungan_rumah", {**done, "jadwal": visit.isoformat()}, record.id)
    assert "visit_overdue" not in due_kinds(b, case_id)


def test_each_caseworker_sees_only_their_own_due_items(office):
    b, clock = office.backend, office.clock
    mine = new_case(b, office.ani)
    theirs = new_case(b, office.budi)
    clock.day = D0 + timedelta(days=20)
    login(b, "ani")
    cases = {d.case_id for d in b.casework.today().due}
    assert mine in cases and theirs not in cases
    login(b, "budi")
    cases = {d.case_id for d in b.casework.today().due}
    assert theirs in cases and mine not in cases


# -- (b) approvals ---------------------------------------------------------------------------
def test_a_placement_needs_a_supervisors_approval(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani, "Yuliana Approval")
    walk_to_placement(b, clock, case_id)
    login(b, "ani")
    clock.advance(2)
    b.casework.save_record(case_id, "tahap_5", payloads(clock.today())["tahap_5"])
    _, change = b.casework.request_stage_change(case_id, "BANTUAN_LANJUT", "Siap disalurkan")
    assert (change.status, change.from_stage, change.to_stage) == \
        ("PENDING", "PENYALURAN_MINAT", "BANTUAN_LANJUT")
    assert change.record_kind == "tahap_5" and change.requested_by == office.ani.id
    assert b.cases.open(case_id).work.stage == "PENYALURAN_MINAT"
    with pytest.raises(DomainError) as refused:
        b.casework.request_stage_change(case_id, "BANTUAN_LANJUT")
    assert refused.value.code == "stage_change_pending"
    with pytest.raises(DomainError) as refused:
        b.casework.review_stage_change(change.id, True, "boleh")
    assert refused.value.code == "needs_supervisor_role"
    assert b.casework.today().pending_approvals == ()  # a caseworker has no review queue

    login(b, "sari")
    today = b.casework.today()
    assert today.is_supervisor
    assert [(p.id, p.case_id, p.requested_by_name) for p in today.pending_approvals] == \
        [(change.id, case_id, "Ani Pendamping")]
    with pytest.raises(DomainError) as refused:
        b.casework.review_stage_change(change.id, False, "   ")
    assert refused.value.code == "return_needs_comment"
    b.casework.review_stage_change(change.id, False, "Lengkapi bukti sertifikat")
    assert b.casework.today().pending_approvals == ()
    assert b.cases.open(case_id).work.stage == "PENYALURAN_MINAT"
    with pytest.raises(DomainError) as refused:
        b.casework.review_stage_change(change.id, True)
    assert refused.value.code == "stage_change_not_pending"

    login(b, "ani")
    (returned,) = [d for d in b.casework.today().due if d.kind == "approval_returned"]
    # Dated by the office calendar day of the return, like every other due item.
    assert (returned.case_id, returned.overdue, returned.due) == (case_id, False, clock.today())
    assert returned.params == {"to_stage": "BANTUAN_LANJUT",
                               "comment": "Lengkapi bukti sertifikat"}
    (on_case,) = [d for d in b.cases.open(case_id).work.due if d.kind == "approval_returned"]
    assert on_case.due == clock.today()
    _, again = b.casework.request_stage_change(case_id, "BANTUAN_LANJUT", "Sertifikat dilampirkan")
    assert again.status == "PENDING"
    assert "approval_returned" not in {d.kind for d in b.casework.today().due}

    login(b, "sari")
    b.casework.review_stage_change(again.id, True, "")
    work = b.cases.open(case_id).work
    assert work.stage == "BANTUAN_LANJUT" and work.stage_since == clock.today()
    decided = [c for c in work.stage_changes if c.id == again.id][0]
    assert (decided.status, decided.decided_by_name) == ("APPLIED", "Sari Supervisor")
    assert rows(b, "SELECT status, requested_by, decided_by FROM stage_change WHERE id = :i",
                i=again.id) == [("APPLIED", office.ani.id, office.sari.id)]
    assert rows(b, "SELECT status, decided_by, review_comment FROM stage_change WHERE id = :i",
                i=change.id) == [("RETURNED", office.sari.id, "Lengkapi bukti sertifikat")]
    assert b.session.verify().ok


def test_a_change_without_approval_applies_at_once_for_a_caseworker(office):
    b = office.backend
    case_id = new_case(b, office.ani)
    login(b, "ani")
    for kind in ("asesmen", "bebas_kritis"):
        b.casework.save_record(case_id, kind, payloads(D0)[kind])
    _, change = b.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    assert change.status == "APPLIED"
    assert b.cases.open(case_id).work.stage == "PENDEKATAN_AWAL"


def test_an_approved_early_end_and_reopening_restore_the_case(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    lost = {**payloads(D0)["terminasi"], "alasan": "HILANG_KONTAK"}
    b.casework.save_record(case_id, "terminasi", lost)
    _, end = b.casework.request_stage_change(case_id, "TERMINASI")
    assert end.status == "PENDING"
    login(b, "sari")
    clock.advance(1)
    b.casework.review_stage_change(end.id, True)
    detail = b.cases.open(case_id)
    assert (detail.work.stage, detail.status, detail.intake.victim_status) == \
        ("TERMINASI", "SELESAI", "EKS")
    assert detail.work.due == ()
    login(b, "ani")
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "hambatan", payloads(clock.today())["hambatan"])
    assert refused.value.code == "case_closed"
    with pytest.raises(DomainError) as refused:
        b.casework.request_stage_change(case_id, "PERLINDUNGAN")
    assert refused.value.code == "reopen_needs_reason"
    clock.advance(5)
    _, reopen = b.casework.request_stage_change(case_id, "PERLINDUNGAN", "Korban kembali dihubungi")
    assert reopen.status == "PENDING"
    assert b.cases.open(case_id).status == "SELESAI"
    login(b, "sari")
    b.casework.review_stage_change(reopen.id, True, "Buka kembali")
    detail = b.cases.open(case_id)
    assert (detail.work.stage, detail.work.stage_since, detail.status,
            detail.intake.victim_status) == ("PERLINDUNGAN", clock.today(), "AKTIF", "DIDUGA")
    login(b, "ani")
    b.casework.save_record(case_id, "hambatan", payloads(clock.today())["hambatan"])
    assert b.session.verify().ok


def test_a_supervisor_sees_pending_approvals_caseload_and_missing_items(office):
    b, clock = office.backend, office.clock
    ani_cases = [new_case(b, office.ani) for _ in range(3)]
    budi_cases = [new_case(b, office.budi) for _ in range(2)]
    clock.day = D0 + timedelta(days=20)  # every case is past the protection limit
    login(b, "sari")
    today = b.casework.today()
    load = {c.display_name: (c.active_cases, c.overdue) for c in today.caseload}
    assert load["Ani Pendamping"] == (3, 3)
    assert load["Budi Pendamping"] == (2, 2)
    missing = {m.case_id: m for m in today.missing}
    assert set(missing) == set(ani_cases + budi_cases)
    assert missing[ani_cases[0]].assigned_name == "Ani Pendamping"
    assert set(missing[ani_cases[0]].missing) >= set("cdfgh")
    assert today.missing_total == 5
    assert today.pending_approvals == ()
    # A caseworker's today has none of the supervisor's lists.
    login(b, "ani")
    today = b.casework.today()
    assert not today.is_supervisor and today.caseload == () and today.missing == ()
    assert {d.case_id for d in today.due} == set(ani_cases)


# -- (c) access ------------------------------------------------------------------------------
def _views(backend, case_id: str, user_id: str) -> int:
    return scalar(backend, "SELECT count(*) FROM audit_entry WHERE action = 'view' AND "
                           "entity = 'case_file' AND entity_id = :c AND user_id = :u",
                  c=case_id, u=user_id)


def test_caseworkers_see_their_own_and_shared_cases(office):
    b = office.backend
    ani_case = new_case(b, office.ani, "Agustina Milik Ani")
    budi_case = new_case(b, office.budi, "Bernadeta Milik Budi")
    login(b, "ani")
    assert {r.id for r in b.cases.search(CaseQuery()).rows} == {ani_case}
    assert b.cases.search(CaseQuery(text="Bernadeta")).total == 0
    for attempt in (lambda: b.cases.open(budi_case),
                    lambda: b.casework.save_record(budi_case, "hambatan", payloads(D0)["hambatan"]),
                    lambda: b.casework.request_stage_change(budi_case, "TERMINASI"),
                    lambda: b.consent.allows(budi_case, "LAYANAN"),
                    lambda: b.casework.share(budi_case, office.ani.id)):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "case_not_visible"
    assert _views(b, budi_case, office.ani.id) == 0

    login(b, "budi")
    b.casework.share(budi_case, office.ani.id)
    login(b, "ani")
    assert {r.id for r in b.cases.search(CaseQuery()).rows} == {ani_case, budi_case}
    detail = b.cases.open(budi_case)
    assert [u.username for u in detail.work.shared_with] == ["ani"]
    b.casework.save_record(budi_case, "hambatan", payloads(D0)["hambatan"])  # may edit, too
    with pytest.raises(DomainError) as refused:
        b.casework.hand_over(budi_case, office.ani.id, "Saya ambil")
    assert refused.value.code == "handover_not_yours"

    login(b, "budi")
    b.casework.share(budi_case, office.ani.id, shared=False)
    login(b, "ani")
    assert {r.id for r in b.cases.search(CaseQuery()).rows} == {ani_case}
    with pytest.raises(DomainError) as refused:
        b.cases.open(budi_case)
    assert refused.value.code == "case_not_visible"
    assert _views(b, budi_case, office.ani.id) == 1


def test_a_caseworker_registering_for_a_colleague_keeps_access(office):
    b = office.backend
    login(b, "ani")
    case_id = new_case(b, office.budi)
    assert b.cases.open(case_id).work.assigned_user_id == office.budi.id
    login(b, "budi")
    assert b.cases.open(case_id).id == case_id


def test_a_supervisor_sees_every_case_and_an_admin_only_user_none(office):
    b = office.backend
    cases = {new_case(b, office.ani), new_case(b, office.budi), new_case(b, office.budi)}
    login(b, "sari")
    assert cases <= {r.id for r in b.cases.search(CaseQuery()).rows}
    for case_id in cases:
        assert b.cases.open(case_id).id == case_id
        assert _views(b, case_id, office.sari.id) == 1
    login(b, "adi")
    some = next(iter(cases))
    for attempt in (lambda: b.cases.search(CaseQuery()), lambda: b.cases.open(some),
                    lambda: b.casework.today(), lambda: b.casework.save_record(some, "hambatan",
                                                             payloads(D0)["hambatan"]),
                    lambda: b.casework.request_stage_change(some, "TERMINASI"),
                    lambda: b.consent.allows(some, "LAYANAN"),
                    lambda: b.casework.share(some, office.ani.id),
                    lambda: b.casework.hand_over(some, office.ani.id, "x")):
        with pytest.raises(DomainError) as refused:
            attempt()
        assert refused.value.code == "needs_casework_role"
    assert scalar(b, "SELECT count(*) FROM audit_entry WHERE action = 'view' AND user_id = :u",
                  u=office.adi.id) == 0


def test_every_opening_of_a_case_is_audited(office):
    b = office.backend
    case_id = new_case(b, office.ani)
    login(b, "ani")
    events = outbox_count(b)
    for _ in range(3):
        b.cases.open(case_id)
    assert _views(b, case_id, office.ani.id) == 3
    assert outbox_count(b) == events
    assert b.session.verify().ok


# -- (d) handover ----------------------------------------------------------------------------
def test_a_handover_moves_the_case_with_a_note(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    clock.advance(3)
    login(b, "ani")
    for note in ("", "   "):
        with pytest.raises(DomainError) as refused:
            b.casework.hand_over(case_id, office.budi.id, note)
        assert refused.value.code == "handover_needs_note"
    with pytest.raises(DomainError) as refused:
        b.casework.hand_over(case_id, office.adi.id, "Ke admin")
    assert refused.value.code == "user_not_caseworker"
    with pytest.raises(DomainError) as refused:
        b.casework.hand_over(case_id, office.ani.id, "Ke diri sendiri")
    assert refused.value.code == "handover_same_user"
    b.casework.hand_over(case_id, office.budi.id, "  Ani cuti melahirkan; korban takut gelap  ")
    assert scalar(b, "SELECT assigned_user_id FROM case_file WHERE id = :i", i=case_id) == \
        office.budi.id
    with pytest.raises(DomainError) as refused:
        b.cases.open(case_id)
    assert refused.value.code == "case_not_visible"
    assert case_id not in {r.id for r in b.cases.search(CaseQuery()).rows}

    login(b, "budi")
    work = b.cases.open(case_id).work
    assert work.assigned_user_id == office.budi.id
    (handover,) = [r for r in work.records if r.kind == "serah_terima"]
    assert handover.payload == {"tanggal": clock.today().isoformat(), "dari": office.ani.id,
                                "ke": office.budi.id,
                                "catatan": "Ani cuti melahirkan; korban takut gelap"}
    assert handover.created_by_name == "Ani Pendamping"
    # The handover record is the system's: nobody writes one through the forms.
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "serah_terima", handover.payload)
    assert refused.value.code == "unknown_form"

    # The old caseworker keeps access only when the case is shared with her.
    login(b, "sari")
    b.casework.share(case_id, office.ani.id)
    login(b, "ani")
    assert b.cases.open(case_id).id == case_id
    assert b.session.verify().ok


def test_a_handover_to_someone_it_was_shared_with_ends_the_share(office):
    b = office.backend
    case_id = new_case(b, office.ani)
    login(b, "sari")
    b.casework.share(case_id, office.budi.id)
    b.casework.hand_over(case_id, office.budi.id, "Budi sudah mendampingi")
    work = b.cases.open(case_id).work
    assert work.assigned_user_id == office.budi.id and work.shared_with == ()
    login(b, "ani")
    with pytest.raises(DomainError):
        b.cases.open(case_id)


# -- (e) consent -----------------------------------------------------------------------------
def test_consent_is_recorded_asked_and_withdrawn(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    given = clock.today()
    assert b.consent.allows(case_id, "SEKRETARIAT").reason == "no_consent"
    _, consent_id = b.consent.record(case_id, ConsentInput("SEKRETARIAT", "KORBAN", given,
                                                           "TERTULIS"))
    decision = b.consent.allows(case_id, "SEKRETARIAT")
    assert (decision.allowed, decision.reason, decision.consent_id) == \
        (True, "granted", consent_id)
    assert b.consent.allows(case_id, "APH").reason == "no_consent"
    clock.advance(10)
    withdrawn_on = clock.today() - timedelta(days=2)
    b.consent.withdraw(consent_id, withdrawn_on, "Korban berubah pikiran")
    decision = b.consent.allows(case_id, "SEKRETARIAT")
    assert (decision.allowed, decision.reason) == (False, "withdrawn")
    assert b.consent.allows(case_id, "SEKRETARIAT", on=withdrawn_on).reason == "withdrawn"
    assert b.consent.allows(case_id, "SEKRETARIAT",
                            on=withdrawn_on - timedelta(days=1)).allowed
    with pytest.raises(DomainError) as refused:
        b.consent.withdraw(consent_id, clock.today(), "lagi")
    assert refused.value.code == "consent_already_withdrawn"
    (info,) = b.cases.open(case_id).work.consents
    assert (info.withdrawn_on, info.withdrawal_note, info.active_today, info.recorded_by_name) \
        == (withdrawn_on, "Korban berubah pikiran", False, "Ani Pendamping")
    assert rows(b, "SELECT withdrawn_on, recorded_by FROM consent WHERE id = :i",
                i=consent_id) == [(withdrawn_on.isoformat(), office.ani.id)]


def test_a_referral_consent_covers_its_agency_only(office):
    b = office.backend
    case_id = new_case(b, office.ani)
    login(b, "ani")
    with pytest.raises(ValidationFailed) as refused:
        b.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", D0, "LISAN_DISAKSIKAN"))
    assert refused.value.problems == {"agency": "required"}
    b.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", D0, "LISAN_DISAKSIKAN",
                                           agency="RSUD Prof. W. Z. Johannes"))
    assert b.consent.allows(case_id, "RUJUKAN", agency="rsud prof. w. z.  johannes").allowed
    assert b.consent.allows(case_id, "RUJUKAN", agency="LBH APIK").reason == \
        "agency_not_covered"


def test_a_childs_consent_comes_from_the_guardian(office):
    b = office.backend
    _, case_id, _ = b.cases.register(child_intake("Anak Konsen", assigned_user_id=office.ani.id))
    login(b, "ani")
    with pytest.raises(ValidationFailed) as refused:
        b.consent.record(case_id, ConsentInput("LAYANAN", "KORBAN", D0, "TERTULIS"))
    assert refused.value.problems == {"legal_basis": "consent_needs_legal_basis_child"}
    decision = b.consent.allows(case_id, "LAYANAN")
    assert (decision.allowed, decision.reason) == (False, "no_consent")
    b.consent.record(case_id, ConsentInput("LAYANAN", "WALI", D0, "TERTULIS",
                                           giver_name="Yosefina (ibu)"))
    assert b.consent.allows(case_id, "LAYANAN").allowed
    assert b.cases.open(case_id).work.is_child_today is True


def test_an_adults_consent_given_by_another_needs_a_legal_basis(office):
    b = office.backend
    case_id = new_case(b, office.ani)
    login(b, "ani")
    with pytest.raises(ValidationFailed) as refused:
        b.consent.record(case_id, ConsentInput("LAYANAN", "WALI", D0, "TERTULIS",
                                               giver_name="Suami"))
    assert refused.value.problems == {"legal_basis": "consent_needs_legal_basis_adult"}
    with pytest.raises(ValidationFailed) as refused:
        b.consent.record(case_id, ConsentInput("LAYANAN", "KORBAN", D0 + timedelta(days=1),
                                               "TERTULIS"))
    assert refused.value.problems == {"given_on": "date_in_future"}
    assert scalar(b, "SELECT count(*) FROM consent WHERE case_id = :c", c=case_id) == 0


# -- (f) office rules --------------------------------------------------------------------------
def test_office_rules_change_what_is_due_and_are_audited(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    clock.day = D0 + timedelta(days=5)
    login(b, "ani")
    assert due(b, case_id) == []
    with pytest.raises(DomainError) as refused:
        b.office.save_casework_rules(b.office.casework_rules())
    assert refused.value.code == "needs_supervisor_role"

    login(b, "sari")
    rules = b.office.casework_rules()
    assert rules == b.deps.config.defaults
    events = outbox_count(b)
    bad = replace(rules, allowance=replace(rules.allowance, phase1_days=20))
    with pytest.raises(ValidationFailed):
        b.office.save_casework_rules(bad)
    shorter = replace(rules, stage_max_days={**rules.stage_max_days, "PERLINDUNGAN": 5},
                      approval={**rules.approval, "PERLINDUNGAN>PENDEKATAN_AWAL": True})
    b.office.save_casework_rules(shorter)
    assert b.office.casework_rules() == shorter
    # Office-wide settings travel: one event and one audit entry per rule field (ADR 0011).
    assert outbox_count(b) == events + 4
    audit = rows(b, "SELECT action, entity, entity_id, user_id FROM audit_entry "
                    "WHERE entity = 'office_setting' ORDER BY seq")
    assert sorted(audit) == [("create", "office_setting", f"casework_rules.{field}",
                              office.sari.id)
                             for field in ("allowance", "approval", "home_visit_warn_days",
                                           "stage_max_days")]
    assert b.session.verify().ok

    login(b, "ani")
    assert due(b, case_id) == [("stage_stale", False)]
    for kind in ("asesmen", "bebas_kritis"):
        b.casework.save_record(case_id, kind, payloads(clock.today())[kind])
    _, change = b.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    assert change.status == "PENDING"  # the office now wants approval for this one
    option = [o for o in b.cases.open(case_id).work.options if o.target == "PENDEKATAN_AWAL"]
    assert option and option[0].needs_approval


# -- (g) failed saves write nothing --------------------------------------------------------------
def test_a_refused_save_writes_nothing(office):
    b, clock = office.backend, office.clock
    case_id = new_case(b, office.ani)
    login(b, "ani")
    b.casework.save_record(case_id, "jaminan_hidup", payloads(D0)["jaminan_hidup"])

    def state():
        return (outbox_count(b), scalar(b, "SELECT count(*) FROM audit_entry"),
                scalar(b, "SELECT count(*) FROM case_record"),
                rows(b, "SELECT * FROM case_summary WHERE case_id = :c", c=case_id),
                rows(b, "SELECT next_seq, audit_seq, audit_hash FROM device_state"))

    before = state()
    bad = {**payloads(D0)["evakuasi"], "dari": "", "jam": "25:00"}
    with pytest.raises(ValidationFailed) as refused:
        b.casework.save_record(case_id, "evakuasi", bad)
    assert refused.value.problems == {"dari": "required", "jam": "invalid_time"}
    # Refused inside the unit of work, after validation: rolled back as a whole.
    clock.day = D0 + timedelta(days=30)
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "jaminan_hidup", payloads(clock.today())["jaminan_hidup"])
    assert refused.value.code == "allowance_over_limit"
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "asesmen", {**payloads(D0)["asesmen"], "tanggal": "2030-01-01"})
    assert refused.value.code == "validation_failed"
    b.casework.save_record(case_id, "asesmen", payloads(D0)["asesmen"])
    after_one = state()
    with pytest.raises(DomainError) as refused:
        b.casework.save_record(case_id, "asesmen", payloads(D0)["asesmen"])  # only one allowed
    assert refused.value.code == "record_exists"
    with pytest.raises(DomainError) as refused:
        b.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")  # no bebas_kritis yet
    assert refused.value.code == "stage_requirements_missing"
    with pytest.raises(DomainError) as refused:
        b.casework.request_stage_change(case_id, "RENCANA")
    assert refused.value.code == "stage_not_allowed"
    assert state() == after_one
    assert after_one[0] == before[0] + 1 and after_one[2] == before[2] + 1
    assert b.session.verify().ok
