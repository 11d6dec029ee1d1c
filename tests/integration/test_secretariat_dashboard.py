"""The secretariat's "Perangkat" dashboard and its transfers in flight, on both stores: real
PPT folders export bundles, the province imports them, and each figure of the dashboard is
checked against what happened (bundles, sequence, gap, fork, quarantine, identities, conflicts,
next receipt)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from integration_helpers import make_intake, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import ConsentInput
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, device_id, enrol_both, give_secretariat_consent, new_bundle,
    new_office, new_province,
)


@pytest.fixture
def world(backend, tmp_path, any_store):
    """The template PPT (Kota Kupang, SQLCipher) and the province on each store."""
    province = new_province(tmp_path / "province", any_store)
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.province_backup = province.backup    # for a second PPT's enrolment
    yield backend, province.backend, stick
    province.backend.session.lock()


def _row(province, ppt):
    (row,) = [d for d in province.province.dashboard().devices
              if d.device_id == device_id(ppt)]
    return row


def _events_of(ppt) -> int:
    return scalar(ppt, "SELECT max(device_seq) FROM outbox_event WHERE device_id = :d",
                  d=device_id(ppt))


def test_a_device_before_and_after_its_first_bundle(world):
    ppt, province, stick = world
    row = _row(province, ppt)
    assert (row.office_name, row.device_code, row.revoked) == (
        ppt.office.profile().name, ppt.sync.own_card().device_code, False)
    assert row.office_code == ""          # its office row comes with its first bundle
    assert row.region_name   # the regency's name from the official codes
    assert (row.bundles_received, row.last_bundle_at, row.applied_upto, row.cases) == \
        (0, None, 0, 0)
    assert not row.receipt_due
    _, named, _ = ppt.cases.register(make_intake("Maria Seran"))
    give_secretariat_consent(ppt, named)
    ppt.cases.register(make_intake("Yuliana Bria"))      # no consent: a pseudonym
    assert province.sync.import_bundle(new_bundle(ppt, stick))[1].outcome == "applied"
    row = _row(province, ppt)
    assert (row.bundles_received, row.last_bundle_seq) == (1, 1)
    assert row.last_bundle_at is not None
    assert (row.applied_upto, row.held, row.gap_from, row.forks) == (_events_of(ppt), 0, 0, 0)
    assert (row.cases, row.pseudonymised, row.identities) == (2, 1, 1)
    assert row.office_code == ppt.office.profile().case_prefix    # "KPG", not the laptop's "A"
    assert row.receipt_due and row.events_since_receipt == _events_of(ppt)
    assert row.last_receipt_at is None and row.quarantined == ()


def test_a_receipt_resets_what_the_next_one_acknowledges(world):
    ppt, province, stick = world
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    province.sync.write_receipt(device_id(ppt), stick)
    row = _row(province, ppt)
    assert row.last_receipt_at is not None
    assert (row.receipt_due, row.events_since_receipt, row.bundles_since_receipt) == (False, 0, 0)
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    row = _row(province, ppt)
    assert row.receipt_due and row.bundles_since_receipt == 1
    assert 0 < row.events_since_receipt < _events_of(ppt)


def test_held_events_show_the_gap(world):
    """Events the province never received were acknowledged (a province put back to an old
    copy said so): the next bundle's events wait behind the gap."""
    ppt, province, stick = world
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    upto = _events_of(ppt)
    ppt.cases.register(make_intake())
    new_bundle(ppt, stick)                                   # lost on the way
    missing_to = _events_of(ppt)
    with ppt.session.db.engine.begin() as conn:
        conn.execute(text("UPDATE outbox_event SET acked_at = created_at"))
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    row = _row(province, ppt)
    assert row.applied_upto == upto
    assert row.held == _events_of(ppt) - missing_to
    assert (row.gap_from, row.gap_to) == (upto + 1, missing_to)


def test_a_fork_and_refused_files_with_their_reasons(world):
    ppt, province, stick = world
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    with ppt.session.db.engine.begin() as conn:   # a laptop copied: bundle 1 again
        conn.execute(text("UPDATE device_state SET bundle_seq = 0, last_bundle_hash = :z"),
                     {"z": "0" * 64})
    ppt.cases.register(make_intake())
    assert province.sync.import_bundle(new_bundle(ppt, stick))[1].reason == "fork"
    junk = stick / "foto.ppt-bundle"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    province.sync.import_bundle(junk)
    board = province.province.dashboard()
    (row,) = [d for d in board.devices if d.device_id == device_id(ppt)]
    assert row.forks == 1
    assert [(q.reason, q.bundle_seq) for q in row.quarantined] == [("fork", 1)]
    assert row.bundles_received == 1      # the refused one is no bundle received
    assert [q.reason for q in board.unknown_files] == ["not_age"]


def test_open_conflicts_count_for_the_device_that_sent_them(world, tmp_path, any_store):
    ppt, province, stick = world
    _, case_id, _ = ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    with province.session.db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_conflict (entity, entity_id, case_id, field, origin_device_id, "
            "event_id, opened_at, status) VALUES ('case_file', :c, :c, 'notes', :d, 'e', "
            "CURRENT_TIMESTAMP, 'OPEN')"), {"c": case_id, "d": device_id(ppt)})
    board = province.province.dashboard()
    assert board.conflicts_open == 1
    assert _row(province, ppt).conflicts_open == 1


def test_only_a_secretariat_officer_or_an_administrator_reads_it(world):
    _, province, _ = world
    _, user = province.users.add("supervisor", "Supervisor", frozenset({"SUPERVISOR"}),
                                 "kata-sandi-super-1")
    province.session.lock()
    province.session.unlock("supervisor", "kata-sandi-super-1")
    for call in (province.province.dashboard, province.province.transfers):
        with pytest.raises(DomainError) as err:
            call()
        assert err.value.code == "needs_secretariat_role"
    province.session.lock()
    province.session.unlock(ADMIN, PASSWORD)


# -- transfers in flight -------------------------------------------------------------------------
@pytest.fixture
def three(world, tmp_path, any_store):
    a, province, stick = world
    b = new_office(tmp_path / "belu", SECOND_PPT)
    enrol_both(a, b, tmp_path / "cards-ab")
    enrol_both(b, province, tmp_path / "cards-bp", a.province_backup)
    yield a, b, province, stick
    b.session.lock()


def _moved_case(a, stick, province):
    _, case_id, _ = a.cases.register(make_intake("Yuliana Bria"))
    a.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", a.deps.clock.today(),
                                           "TERTULIS", SECOND_PPT.name))
    province.sync.import_bundle(new_bundle(a, stick))
    return case_id


def test_a_case_moved_is_in_flight_until_the_receiver_reports_it(three):
    a, b, province, stick = three
    case_id = _moved_case(a, stick, province)
    assert province.province.transfers().in_flight == ()
    _, name = a.sync.transfer_case(case_id, device_id(b), "Korban pulang ke Belu", stick)
    province.sync.import_bundle(new_bundle(a, stick))        # Kupang reports the move
    (moving,) = province.province.transfers().in_flight
    assert (moving.case_id, moving.from_office, moving.to_office, moving.epoch) == (
        case_id, a.office.profile().name, SECOND_PPT.name, 1)
    assert moving.known_since is not None and moving.days_waiting == 0
    assert _row(province, b).transfers_waiting == 1
    assert b.sync.import_bundle(stick / name)[1].outcome == "applied"
    province.sync.import_bundle(new_bundle(b, stick))        # Belu reports it back
    assert province.province.transfers().in_flight == ()
    assert _row(province, b).transfers_waiting == 0
    assert _row(province, b).cases == 1 and _row(province, a).cases == 0


def test_the_receiver_reporting_first_leaves_nothing_in_flight(three):
    a, b, province, stick = three
    case_id = _moved_case(a, stick, province)
    _, name = a.sync.transfer_case(case_id, device_id(b), "Korban pulang ke Belu", stick)
    b.sync.import_bundle(stick / name)
    province.sync.import_bundle(new_bundle(b, stick))
    province.sync.import_bundle(new_bundle(a, stick))
    assert province.province.transfers().in_flight == ()


def test_each_case_waits_for_its_own_report(three):
    """A case reported back stays reported when another case, moved later after more edits
    (its rows on a later version), still waits: the move is judged case by case."""
    a, b, province, stick = three
    first = _moved_case(a, stick, province)
    second = _moved_case(a, stick, province)
    for n in range(3):    # the second case's row moves on: three hand-overs
        _, user = a.users.add(f"pendamping{n}", f"Pendamping {n}", frozenset({"PENDAMPING"}),
                              "kata-sandi-pendamping-1")
        a.casework.hand_over(second, user.id, "Cuti")
    _, one = a.sync.transfer_case(first, device_id(b), "Korban pulang ke Belu", stick)
    a.sync.transfer_case(second, device_id(b), "Korban pulang ke Belu", stick)
    province.sync.import_bundle(new_bundle(a, stick))
    assert {t.case_id for t in province.province.transfers().in_flight} == {first, second}
    b.sync.import_bundle(stick / one)        # Belu takes the first only, and reports it
    province.sync.import_bundle(new_bundle(b, stick))
    assert [t.case_id for t in province.province.transfers().in_flight] == [second]


def test_a_receivers_parked_events_are_received_and_waiting_not_missing(three):
    """Belu takes a case and reports it before Kupang has reported the case at all: Belu's
    events about it wait here (parked, ADR 0014 update). The dashboard counts them as
    received (its sequence runs on, no gap) and as waiting for another PPT; Kupang's bundle
    lets them in."""
    a, b, province, stick = three
    _, case_id, _ = a.cases.register(make_intake("Yuliana Bria"))
    a.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", a.deps.clock.today(),
                                           "TERTULIS", SECOND_PPT.name))
    _, name = a.sync.transfer_case(case_id, device_id(b), "Korban pulang ke Belu", stick)
    b.cases.register(make_intake("Maria Seran"))          # applied at the province
    assert b.sync.import_bundle(stick / name)[1].outcome == "applied"   # Belu's last events
    _, result = province.sync.import_bundle(new_bundle(b, stick))
    parked = scalar(province, "SELECT count(*) FROM received_event WHERE status = 'PARKED'")
    assert parked > 0 and result.events_held == parked
    row = _row(province, b)
    assert (row.applied_upto, row.parked, row.held, row.gap_from, row.gap_to) == (
        _events_of(b), parked, 0, 0, 0)
    assert row.events_since_receipt == _events_of(b)
    # The receipt acknowledges the parked events too: the province keeps them, so Belu
    # need not send them again.
    _, receipt = province.sync.write_receipt(device_id(b), stick)
    _, result = b.sync.import_bundle(stick / receipt)
    assert (result.kind, result.acknowledged) == ("receipt", _events_of(b))
    province.sync.import_bundle(new_bundle(a, stick))        # Kupang's bundle brings the case
    row = _row(province, b)
    assert (row.applied_upto, row.parked, row.held) == (_events_of(b), 0, 0)
    assert _row(province, a).parked == 0


def test_transfers_routed_through_the_secretariat_wait_there(three, tmp_path):
    a, b, province, stick = three
    case_id = _moved_case(a, stick, province)
    a.sync.transfer_case(case_id, device_id(b), "Korban pulang ke Belu", stick,
                         via_secretariat=True)
    assert province.province.transfers().waiting == ()
    province.return_trip.collect_routed(stick)
    (waiting,) = province.province.transfers().waiting
    assert (waiting.to_device, waiting.to_office) == (device_id(b), SECOND_PPT.name)
    assert waiting.at is not None and waiting.file_name
    back = tmp_path / "back"
    back.mkdir()
    province.return_trip.prepare(device_id(b), back)    # carried on to Belu
    assert province.province.transfers().waiting == ()


def test_the_counts_follow_every_import_and_decision(world):
    """The cases per device are kept between two views and read again after an import or a
    conflict decision (the only writes of cases at a secretariat)."""
    ppt, province, stick = world
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    assert _row(province, ppt).cases == 1
    ppt.cases.register(make_intake())
    province.sync.import_bundle(new_bundle(ppt, stick))
    assert _row(province, ppt).cases == 2
    with province.session.db.engine.begin() as conn:   # as a decided conflict would
        conn.execute(text("UPDATE case_file SET owner_device_id = 'elsewhere'"))
    assert _row(province, ppt).cases == 2              # kept: nothing said it changed
    with province.session.db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO sync_conflict (entity, entity_id, field, origin_device_id, event_id, "
            "opened_at, status) VALUES ('office', 'x', 'name', 'd', 'e', CURRENT_TIMESTAMP, "
            "'DECIDED')"))
    assert _row(province, ppt).cases == 0
