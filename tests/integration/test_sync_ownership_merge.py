"""At the province, with real bundles: a transferred case's ownership merges by epoch, and the
receiver's events may arrive before the sender's (ADR 0014, update)."""
from __future__ import annotations


import pytest

from integration_helpers import rows, scalar
from sync_helpers import device_id, new_bundle, ownership
from transfer_helpers import P, consent, make_world, transfer

KUPANG = "P2TP2A Kota Kupang"
BELU = "UPTD PPA Kabupaten Belu"


@pytest.fixture
def world(backend, tmp_path):
    w = make_world(backend, tmp_path)
    yield w
    w.lock()


def _waiting(backend) -> int:
    return scalar(backend, "SELECT count(*) FROM received_event WHERE status <> 'APPLIED'")


def test_the_receivers_events_first_wait_for_the_senders(world):
    """Belu reports the case it took before Kupang ever reported it: Belu's changes wait
    (parked, counted as held), then land when Kupang's bundle brings the case: no conflict,
    no foreign-key refusal, nothing left waiting."""
    a, b, province, case_id = world.a, world.b, world.province.backend, world.case_id
    b.sync.import_bundle(transfer(world))
    b.casework.save_record(case_id, "konseling", {**P["konseling"], "catatan": "Di Belu"})
    _, first = province.sync.import_bundle(new_bundle(b, world.stick))
    assert (first.outcome, first.conflicts) == ("applied", 0)
    assert first.events_held > 0 and _waiting(province) == first.events_held
    assert scalar(province, "SELECT count(*) FROM case_file WHERE id = :c", c=case_id) == 0
    _, second = province.sync.import_bundle(new_bundle(a, world.stick))
    assert (second.outcome, second.conflicts, _waiting(province)) == ("applied", 0, 0)
    assert ownership(province, case_id) == (device_id(b), 1, BELU)
    assert scalar(province, "SELECT count(*) FROM case_record WHERE case_id = :c "
                            "AND kind = 'konseling'", c=case_id) == 2
    assert province.session.verify().ok


def test_an_older_epoch_arriving_late_is_dropped_not_a_conflict(world):
    """Kupang → Belu → Kupang. The province has Kupang's bundle from before the transfer,
    then all of Belu's (the case back to Kupang at epoch 2), then Kupang's later bundle, which
    still carries its epoch-1 change (owner Belu): that change is older and is dropped."""
    a, b, province, case_id = world.a, world.b, world.province.backend, world.case_id
    province.sync.import_bundle(new_bundle(a, world.stick))
    b.sync.import_bundle(transfer(world))
    b.casework.save_record(case_id, "konseling", {**P["konseling"], "catatan": "Di Belu"})
    consent(b, case_id, "RUJUKAN", KUPANG)
    _, name = b.sync.transfer_case(case_id, device_id(a), "Korban kembali", world.stick)
    assert a.sync.import_bundle(world.stick / name)[1].outcome == "applied"
    _, mid = province.sync.import_bundle(new_bundle(b, world.stick))
    assert (mid.outcome, mid.conflicts) == ("applied", 0)
    assert ownership(province, case_id) == (device_id(a), 2, KUPANG)
    _, late = province.sync.import_bundle(new_bundle(a, world.stick))
    assert (late.outcome, late.conflicts, _waiting(province)) == ("applied", 0, 0)
    assert ownership(province, case_id) == (device_id(a), 2, KUPANG)
    assert ownership(a, case_id)[:2] == (device_id(a), 2)


def test_a_shared_group_session_deleted_at_one_ppt_stays_at_the_province(world):
    """At Belu the session held only the case it took; Belu deletes it. At the province the
    session also has Kupang's other case: the delete is a conflict about the whole row (kept,
    for a supervisor), not a broken reference that would refuse Belu's bundles for good."""
    a, b, province, case_id = world.a, world.b, world.province.backend, world.case_id
    province.sync.import_bundle(new_bundle(a, world.stick))
    b.sync.import_bundle(transfer(world))
    b.groups.delete(world.session_id)
    _, result = province.sync.import_bundle(new_bundle(b, world.stick))
    assert (result.outcome, result.conflicts) == ("applied", 1), result
    (item,) = rows(province, "SELECT entity, entity_id, field FROM sync_conflict")
    assert tuple(item) == ("group_session", world.session_id, "*")
    assert [r[0] for r in rows(province, "SELECT case_id FROM group_participant "
                                         "WHERE session_id = :s", s=world.session_id)] == \
        [world.other_case]
    assert ownership(province, case_id)[:2] == (device_id(b), 1)
    assert province.session.verify().ok
