"""Case transfer between PPTs on real data folders: a repatriated victim's case goes from Kota
Kupang to Kabupaten Belu through a stick folder with its records and history; Kupang keeps a
read-only copy; both report to the province, which sees Belu as the owner without a conflict;
and every refusal has its own reason."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from integration_helpers import rows, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.ids import uuid7
from ppt_desk.security import envelope, signing
from ppt_desk.services.dto import CaseQuery, OfficeProfile
from ppt_desk.sync.reader import iter_events, verify_bundle
from ppt_desk.sync.writer import recipient_key_id, write_bundle
from sync_helpers import device_id, enrol_both, new_office, ownership
from transfer_helpers import ANI, BELU, P, VICTIM, consent, login, make_world, transfer

KUPANG = "P2TP2A Kota Kupang"
REASON = "Korban dipulangkan ke daerah asal"
THIRD_PPT = OfficeProfile("UPTD PPA Kabupaten Malaka", "UPTD_PPA", "53", "53.21", "MLK")


@pytest.fixture
def world(backend, tmp_path):
    w = make_world(backend, tmp_path)
    yield w
    w.lock()


def _refused(call, *args) -> DomainError:
    with pytest.raises(DomainError) as err:
        call(*args)
    return err.value


def test_a_case_moves_to_another_ppt_with_its_records_and_history(world):
    a, b, case_id = world.a, world.b, world.case_id
    before = a.cases.open(case_id)
    a.deps.clock.advance(30)   # both of Ani's cases are overdue in their first stage
    today = a.casework.today()
    assert world.pending in [p.id for p in today.pending_approvals]
    assert case_id in [m.case_id for m in today.missing]
    assert [(c.active_cases, c.overdue) for c in today.caseload
            if c.user_id == world.ani_id] == [(2, 2)]
    bundle = transfer(world)
    assert VICTIM.encode() not in bundle.read_bytes()   # encrypted, and a random name
    _, result = b.sync.import_bundle(bundle)
    assert (result.outcome, result.kind, result.sender_office) == ("applied", "transfer", KUPANG)

    # Belu holds the whole case: identity, records, consents, the pending stage change, its
    # part of the group session, and finds it by the victim's name.
    there = b.cases.open(case_id)
    assert there.intake == dataclasses.replace(before.intake, assigned_user_id=None)
    assert sorted(r.kind for r in there.work.records) == \
        sorted(r.kind for r in before.work.records)
    assert [c.purpose for c in there.work.consents] == [c.purpose for c in before.work.consents]
    assert [(c.id, c.status) for c in there.work.stage_changes] == [(world.pending, "PENDING")]
    assert [s.topic for s in there.work.group_sessions] == ["Berbagi pengalaman"]
    assert [r.id for r in b.cases.search(CaseQuery(text=VICTIM)).rows] == [case_id]
    assert not there.read_only and there.transferred_to == ""
    # ...and its history: every line Kupang had, written there, then the transfer with its
    # reason, then Belu taking it.
    brought = [e for e in there.timeline if e.office == KUPANG]
    assert [(e.at, e.entity, e.op, e.fields, e.subject) for e in brought[:-1]] == \
        [(e.at, e.entity, e.op, e.fields, e.subject) for e in before.timeline]
    assert (brought[-1].op, brought[-1].subject, brought[-1].note) == ("transfer", BELU, REASON)
    taken = there.timeline[-1]
    assert (taken.entity, taken.op, taken.office) == ("case_file", "update", "")
    assert set(taken.fields) == {"owner_device_id", "ownership_epoch"}
    assert ownership(b, case_id) == (device_id(b), 1, "")
    assert b.session.verify().ok

    # Kupang's copy is read-only and says where the case went; reads still work.
    here = a.cases.open(case_id)
    assert (here.read_only, here.transferred_to) == (True, BELU)
    (line,) = [e for e in here.timeline if e.op == "transfer"]
    assert (line.at, line.subject, line.note) == (here.transferred_at, BELU, REASON)
    assert ownership(a, case_id) == (device_id(b), 1, BELU)
    # Hari ini here no longer asks for anything on it: it is worked on in Belu.
    today = a.casework.today()
    assert world.pending not in [p.id for p in today.pending_approvals]
    assert case_id not in [m.case_id for m in today.missing]
    assert today.missing_total == len(today.missing)
    assert [(c.active_cases, c.overdue) for c in today.caseload
            if c.user_id == world.ani_id] == [(1, 1)]
    login(a, *ANI)
    assert {d.case_id for d in a.casework.today().due} == {world.other_case}
    login(a, "admin", "kata-sandi-uji-1")
    assert a.consent.allows(case_id, "PEMULANGAN").allowed
    assert a.groups.get(world.session_id)[1][case_id].startswith(here.case_number)
    a.documents.print_referral_letter(case_id, world.referral, bundle.parent / "lagi.pdf")
    error = _refused(a.casework.save_record, case_id, "konseling", P["konseling"])
    assert (error.code, error.params) == ("case_transferred", {"to": BELU})
    assert a.session.verify().ok
    # ...and cannot be transferred again.
    assert _refused(a.sync.transfer_case, case_id, device_id(b), REASON,
                    world.stick).code == "case_transferred"

    # Belu edits the case: a new record, a consent, the supervisor's decision.
    b.casework.save_record(case_id, "konseling", P["konseling"])
    consent(b, case_id, "RUJUKAN", "LPSK")
    b.casework.review_stage_change(world.pending, True)
    assert b.cases.open(case_id).work.stage == "TERMINASI"
    assert b.session.verify().ok

    # The same bundle again is a replay: nothing changes.
    count = scalar(b, "SELECT count(*) FROM audit_entry")
    _, again = b.sync.import_bundle(bundle)
    assert again.outcome == "replay"
    assert scalar(b, "SELECT count(*) FROM audit_entry") == count


def _report(ppt, stick: Path, province):
    before = set(stick.glob("*.ppt-bundle"))
    ppt.sync.export(stick)
    (new,) = set(stick.glob("*.ppt-bundle")) - before
    _, result = province.sync.import_bundle(new)
    assert (result.outcome, result.conflicts, result.events_held) == ("applied", 0, 0)


@pytest.mark.parametrize("first", ["sender", "receiver"])
def test_both_ppts_report_to_the_province_which_sees_the_new_owner(world, first):
    """Kupang then Belu; or, when the province already holds the case, Belu first: the two
    changes of ownership agree, so neither order makes a conflict."""
    a, b, province, case_id = world.a, world.b, world.province.backend, world.case_id
    if first == "receiver":
        _report(a, world.stick, province)
    b.sync.import_bundle(transfer(world))
    b.casework.save_record(case_id, "konseling", {**P["konseling"], "catatan": "Di Belu"})
    for ppt in ((a, b) if first == "sender" else (b, a)):
        _report(ppt, world.stick, province)
    assert ownership(province, case_id)[:2] == (device_id(b), 1)
    assert scalar(province, "SELECT count(*) FROM sync_conflict") == 0
    # Belu's record is there too (its notes blanked: no consent to share the identity).
    assert scalar(province, "SELECT count(*) FROM case_record WHERE case_id = :c "
                            "AND kind = 'konseling'", c=case_id) == 2
    # Kupang's events arrive gap-free: the transfer took no number of its event sequence.
    applied = scalar(province, "SELECT max(device_seq) FROM received_event "
                               "WHERE origin_device_id = :d AND status = 'APPLIED'",
                     d=device_id(a))
    assert applied == scalar(a, "SELECT max(device_seq) FROM outbox_event "
                                "WHERE device_id = :d", d=device_id(a))


def test_a_case_can_come_back(world):
    """Belu sends the case back: Kupang takes it at the next epoch and may edit it again;
    its own earlier history is shown once."""
    a, b, case_id = world.a, world.b, world.case_id
    b.sync.import_bundle(transfer(world))
    b.casework.save_record(case_id, "konseling", {**P["konseling"], "catatan": "Di Belu"})
    b.groups.delete(world.session_id)   # at Belu the session had this case alone
    consent(b, case_id, "RUJUKAN", KUPANG)
    _, name = b.sync.transfer_case(case_id, device_id(a), "Korban kembali ke Kupang",
                                   world.stick)
    _, result = a.sync.import_bundle(world.stick / name)
    assert result.outcome == "applied", result
    assert ownership(a, case_id) == (device_id(a), 2, "")
    assert ownership(b, case_id) == (device_id(a), 2, KUPANG)
    back = a.cases.open(case_id)
    assert not back.read_only
    assert sum(1 for r in back.work.records if r.kind == "konseling") == 2
    konseling = [e for e in back.timeline if e.subject == "konseling" and e.op == "create"]
    assert len(konseling) == 2   # Kupang's own line once, Belu's once
    # The case's rows are Belu's: taking it back changes only owner and epoch here...
    assert set(back.timeline[-1].fields) == {"owner_device_id", "ownership_epoch"}
    # ...and its part of the group session, removed at Belu, is gone; the other case stays.
    assert back.work.group_sessions == ()
    assert [r[0] for r in rows(a, "SELECT case_id FROM group_participant WHERE session_id = :s",
                               s=world.session_id)] == [world.other_case]
    a.casework.save_record(case_id, "konseling", P["konseling"])
    assert a.session.verify().ok
    assert _refused(b.casework.save_record, case_id, "konseling",
                    P["konseling"]).params == {"to": KUPANG}


def test_refusals_before_anything_is_written(world, backend):
    a, b, case_id, stick = world.a, world.b, world.case_id, world.stick
    target = device_id(b)
    cases = [
        ((case_id, str(uuid7()), REASON, stick), "peer_unknown"),
        ((case_id, device_id(world.province.backend), REASON, stick), "peer_not_ppt"),
        ((case_id, target, "  ", stick), "reason_required"),
        ((case_id, target, REASON, stick / "dicabut"), "stick_missing"),
    ]
    for args, code in cases:
        assert _refused(a.sync.transfer_case, *args).code == code, code
    login(a, *ANI)
    assert _refused(a.sync.transfer_case, case_id, target, REASON,
                    stick).code == "needs_supervisor_role"
    login(a, "admin", "kata-sandi-uji-1")
    a.sync.revoke(target, "Laptop hilang")
    assert _refused(a.sync.transfer_case, case_id, target, REASON, stick).code == "peer_revoked"
    assert list(stick.iterdir()) == []
    assert ownership(a, case_id) == (device_id(a), 0, "")
    assert not [x for x in a.sync.bundles() if x.kind == "transfer"]


def test_no_transfer_without_the_victims_consent(backend, tmp_path):
    w = make_world(backend, tmp_path, transfer_consent=False)
    try:
        error = _refused(w.a.sync.transfer_case, w.case_id, device_id(w.b), REASON, w.stick)
        assert (error.code, error.params["reason"]) == ("transfer_needs_consent",
                                                        "agency_not_covered")
        (target,) = w.a.sync.transfer_targets(w.case_id)
        assert (target.office_name, target.allowed) == (BELU, False)
        consent(w.a, w.case_id, "RUJUKAN", BELU)
        (target,) = w.a.sync.transfer_targets(w.case_id)
        assert target.allowed
        assert list(w.stick.iterdir()) == []
    finally:
        w.lock()


def _resign(sender, bundle: Path, recipients: list[str], out: Path, **changes) -> Path:
    """What a faulty sender could write: the same transfer, signed again by the sender's key,
    for other recipients or with another manifest."""
    signing_key, identity = rows(sender, "SELECT signing_key, age_identity FROM device_state")[0]
    own = envelope.recipient_of(identity)
    verified = verify_bundle(bundle, [identity], {recipient_key_id(own)},
                             lambda *_: signing.public_key(bytes(signing_key)))
    items = list(iter_events(verified, [identity]))
    recipients = [*recipients, own]
    manifest = dataclasses.replace(verified.manifest, bundle_id=uuid7(),
                                   recipients=tuple(recipient_key_id(r) for r in recipients),
                                   **changes)
    with open(out, "wb") as dest:
        write_bundle(dest, manifest, items, (), verified.checkpoint, bytes(signing_key),
                     recipients)
    return out


def _recipient(backend) -> str:
    return envelope.recipient_of(rows(backend, "SELECT age_identity FROM device_state")[0][0])


def test_a_transfer_is_only_for_the_ppt_it_names(world, tmp_path):
    a, b, case_id = world.a, world.b, world.case_id
    third = new_office(tmp_path / "malaka", THIRD_PPT)
    try:
        enrol_both(third, a, tmp_path / "cards-third")
        bundle = transfer(world)
        # Encrypted to Belu (and Kupang): a third PPT cannot open it.
        _, result = third.sync.import_bundle(bundle)
        assert (result.outcome, result.reason) == ("rejected", "no_match")
        # Encrypted to the third PPT by mistake, it still names Belu.
        wrong = _resign(a, bundle, [_recipient(third)], tmp_path / "salah.ppt-bundle")
        _, result = third.sync.import_bundle(wrong)
        assert (result.outcome, result.reason) == ("rejected", "transfer_not_for_us")
        assert scalar(third, "SELECT count(*) FROM case_file") == 0
    finally:
        third.session.lock()
    # At Belu: taken once; the same transfer signed again (another bundle) is stale.
    assert b.sync.import_bundle(bundle)[1].outcome == "applied"
    last = rows(b, "SELECT bundle_seq, bundle_hash FROM bundle_log WHERE direction = 'IN' "
                   "AND status = 'APPLIED' ORDER BY id DESC")[0]
    again = _resign(a, bundle, [_recipient(b)], tmp_path / "lagi.ppt-bundle",
                    bundle_seq=last[0] + 1, prev_bundle_hash=last[1])
    _, result = b.sync.import_bundle(again)
    assert (result.outcome, result.reason) == ("rejected", "transfer_stale_epoch")
    assert ownership(b, case_id) == (device_id(b), 1, "")
