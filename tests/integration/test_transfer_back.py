"""A case transferred to a PPT whose laptop is revoked before the case reached it goes back to
its sender (``services/sync/transfer_back.py``): writable there again with a line on its
timeline, and at the secretariat (on both stores) first marked as moved to a revoked device,
then listed as taken back, not in flight. Real stores and real bundles."""
from __future__ import annotations

import pytest

from integration_helpers import make_intake, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import ConsentInput
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, device_id, enrol_both, new_bundle, new_office, new_province,
    ownership,
)
from transfer_helpers import P

LOST = "Laptop hilang di perjalanan"


@pytest.fixture
def world(backend, tmp_path, any_store):
    """Kupang (the template PPT), Belu, and the province on each store, all enrolled."""
    a = backend
    b = new_office(tmp_path / "belu", SECOND_PPT)
    province = new_province(tmp_path / "province", any_store)
    enrol_both(a, b, tmp_path / "cards-ab")
    enrol_both(a, province.backend, tmp_path / "cards-ap", province.backup)
    enrol_both(b, province.backend, tmp_path / "cards-bp", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield a, b, province.backend, stick
    b.session.lock()
    province.backend.session.lock()


def _moved(a, b, stick, province, via_secretariat=False):
    """A case of Kupang's, reported to the province, then transferred to Belu."""
    _, case_id, _ = a.cases.register(make_intake("Yuliana Bria"))
    a.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", a.deps.clock.today(),
                                           "TERTULIS", SECOND_PPT.name))
    province.sync.import_bundle(new_bundle(a, stick))
    _, name = a.sync.transfer_case(case_id, device_id(b), "Korban pulang ke Belu", stick,
                                   via_secretariat=via_secretariat)
    return case_id, name


def test_a_case_sent_to_a_laptop_revoked_on_the_way_comes_back_to_its_sender(world):
    a, b, province, stick = world
    case_id, _ = _moved(a, b, stick, province)
    province.sync.import_bundle(new_bundle(a, stick))       # the province learns of the move
    (moving,) = province.province.transfers().in_flight
    assert (moving.case_id, moving.to_revoked) == (case_id, False)
    # Belu's laptop is lost: the secretariat revokes it and tells Kupang, which does too.
    province.sync.revoke(device_id(b), LOST)
    (moving,) = province.province.transfers().in_flight
    assert moving.to_revoked and moving.to_office == SECOND_PPT.name
    # Not before Kupang itself has revoked it: the case is still Belu's to take.
    with pytest.raises(DomainError) as err:
        a.sync.take_back(case_id, LOST)
    assert (err.value.code, err.value.params) == ("case_transferred", {"to": SECOND_PPT.name})
    assert ownership(a, case_id) == (device_id(b), 1, SECOND_PPT.name)
    a.sync.revoke(device_id(b), LOST)
    with pytest.raises(DomainError) as err:
        a.sync.take_back(case_id, "  ")
    assert err.value.code == "reason_required"

    a.sync.take_back(case_id, LOST)
    assert ownership(a, case_id) == (device_id(a), 2, "")
    detail = a.cases.open(case_id)
    assert not detail.read_only and detail.transferred_to == ""
    (line,) = [e for e in detail.timeline if e.op == "transfer_back"]
    assert (line.subject, line.note) == (SECOND_PPT.name, LOST)
    a.casework.save_record(case_id, "konseling", P["konseling"])    # writable again
    with pytest.raises(DomainError) as err:                      # nothing to take back now
        a.sync.take_back(case_id, LOST)
    assert err.value.code == "case_not_transferred"

    province.sync.import_bundle(new_bundle(a, stick))
    assert ownership(province, case_id) == (device_id(a), 2, "")
    transfers = province.province.transfers()
    assert transfers.in_flight == ()
    (back,) = transfers.returned
    assert (back.case_id, back.device, back.office, back.epoch) == (
        case_id, device_id(a), a.office.profile().name, 2)
    assert back.known_since is not None
    assert province.session.verify().ok


def test_a_normal_return_is_no_take_back(world):
    """Kupang → Belu → Kupang with both laptops trusted: the case is Kupang's again at epoch
    2 at the province too, but Belu reported it: not listed as taken back."""
    a, b, province, stick = world
    case_id, name = _moved(a, b, stick, province)
    assert b.sync.import_bundle(stick / name)[1].outcome == "applied"
    b.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", b.deps.clock.today(),
                                           "TERTULIS", a.office.profile().name))
    _, back = b.sync.transfer_case(case_id, device_id(a), "Korban kembali", stick)
    assert a.sync.import_bundle(stick / back)[1].outcome == "applied"
    province.sync.import_bundle(new_bundle(a, stick))
    province.sync.import_bundle(new_bundle(b, stick))
    province.sync.import_bundle(new_bundle(a, stick))
    assert ownership(province, case_id)[:2] == (device_id(a), 2)
    assert province.province.transfers().returned == ()
    # Belu trusted: Kupang cannot take a case back that Belu holds.
    _, again = a.sync.transfer_case(case_id, device_id(b), "Lagi ke Belu", stick)
    with pytest.raises(DomainError) as err:
        a.sync.take_back(case_id, LOST)
    assert err.value.code == "case_transferred"


def test_a_laptop_lost_after_it_reported_the_case_is_a_take_back_too(world):
    """Belu took the case and reported it, then its laptop was lost: Kupang takes the case
    back all the same (Belu's bundles are refused from now on); the province lists it."""
    a, b, province, stick = world
    case_id, name = _moved(a, b, stick, province)
    assert b.sync.import_bundle(stick / name)[1].outcome == "applied"
    province.sync.import_bundle(new_bundle(a, stick))
    province.sync.import_bundle(new_bundle(b, stick))
    assert ownership(province, case_id)[:2] == (device_id(b), 1)
    for office in (province, a):
        office.sync.revoke(device_id(b), LOST)
    a.sync.take_back(case_id, LOST)
    province.sync.import_bundle(new_bundle(a, stick))
    assert ownership(province, case_id) == (device_id(a), 2, "")
    assert [t.case_id for t in province.province.transfers().returned] == [case_id]


def test_a_routed_transfer_for_a_revoked_device_is_marked_at_the_secretariat(world):
    a, b, province, stick = world
    case_id, _ = _moved(a, b, stick, province, via_secretariat=True)
    province.return_trip.collect_routed(stick)
    (waiting,) = province.province.transfers().waiting
    assert not waiting.to_revoked
    province.sync.revoke(device_id(b), LOST)
    (waiting,) = province.province.transfers().waiting
    assert waiting.to_revoked and waiting.to_device == device_id(b)
    a.sync.revoke(device_id(b), LOST)
    a.sync.take_back(case_id, LOST)
    province.sync.import_bundle(new_bundle(a, stick))
    assert [t.case_id for t in province.province.transfers().returned] == [case_id]
    assert scalar(province, "SELECT count(*) FROM sync_conflict") == 0


def test_only_a_supervisor_or_an_administrator_takes_a_case_back(world):
    a, b, province, stick = world
    case_id, _ = _moved(a, b, stick, province)
    a.sync.revoke(device_id(b), LOST)
    _, user = a.users.add("pendamping", "Pendamping", frozenset({"PENDAMPING"}),
                          "kata-sandi-pendamping-1")
    a.session.lock()
    a.session.unlock("pendamping", "kata-sandi-pendamping-1")
    try:
        with pytest.raises(DomainError) as err:
            a.sync.take_back(case_id, LOST)
        assert err.value.code == "needs_supervisor_role"
    finally:
        a.session.lock()
        a.session.unlock(ADMIN, PASSWORD)
    assert ownership(a, case_id)[:2] == (device_id(b), 1)
