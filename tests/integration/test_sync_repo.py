"""``uow.sync`` on a real SQLCipher store: this device's keys and bundle chain, peers, the
outbox's shipping marks, export's inputs, the bundle log, identities per bundle, checkpoints,
case ownership, and migration 0008 on a database with cases."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import text

from integration_helpers import data_key, make_intake
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import ConsentInput
from ppt_desk.services.sync.ports import (
    EVENT_KEYS, IDENTITAS, PSEUDONIM, BundleEntry, PeerCheckpoint, PeerDevice,
)
from ppt_desk.storage.database import DataFolder, unlock_with_password
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.migrator import _config, current_revision, head_revision
from ppt_desk.storage.verify import verify

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
AT = datetime(2026, 12, 3, 9, 30)
DERIVED = {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False}
PROVINCE = PeerDevice(
    device_id="0190bbbb-0000-7000-8000-0000000000b1", role="SEKRETARIAT",
    office_id="0190bbbb-0000-7000-8000-0000000000c1", office_name="Sekretariat GT PP-TPPO NTT",
    province_code="53", regency_code="", device_code="", signing_key=b"\x01" * 32,
    age_recipients=("age1qqqq", "age1rrrr"), fingerprint="7KQF-2M9X-4TRA-8WZC",
    enrolled_at=AT, enrolled_by=None)


@pytest.fixture
def db(data_dir):
    opened = unlock_with_password(DataFolder(data_dir), ADMIN, PASSWORD)
    yield opened
    opened.close()


def rows(db, sql: str, **params) -> list:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def actions_since(db, seq: int) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in rows(db, "SELECT action, entity, entity_id FROM audit_entry "
                                       "WHERE seq > :s ORDER BY seq", s=seq)]


def audit_head(db) -> int:
    return rows(db, "SELECT audit_seq FROM device_state")[0][0]


def add_case(db, **changes) -> str:
    with db.uow() as uow:
        case_id, _ = uow.cases.add(make_intake(**changes), uow.office.get(), DERIVED)
        uow.commit()
    return case_id


# -- this device -----------------------------------------------------------------------------
def test_own_device_and_its_age_identity_kept_inside_the_database(db):
    with db.uow() as uow:
        device = uow.sync.own_device()
    assert (device.device_id, device.age_identity, device.bundle_seq) == (db.device_id, None, 0)
    assert device.last_bundle_hash == "0" * 64 and len(device.signing_key) == 32
    assert device.event_seq == rows(db, "SELECT max(device_seq) FROM outbox_event")[0][0]
    head = audit_head(db)
    with db.uow() as uow:
        uow.sync.set_age_identity("AGE-SECRET-KEY-1TEST")
        uow.commit()
    with db.uow() as uow:
        assert uow.sync.own_device().age_identity == "AGE-SECRET-KEY-1TEST"
    assert actions_since(db, head) == [("age_identity", "device_state", db.device_id)]
    raw = (db.folder.path / "ppt-desk.db").read_bytes()
    assert b"AGE-SECRET-KEY" not in raw


def test_the_bundle_chain_advances_one_step_at_a_time(db):
    with db.uow() as uow:
        uow.sync.advance_bundle_chain(1, "a" * 64)
        with pytest.raises(DomainError, match="bundle_chain_out_of_order"):
            uow.sync.advance_bundle_chain(3, "b" * 64)
        uow.commit()
    with db.uow() as uow:
        device = uow.sync.own_device()
    assert (device.bundle_seq, device.last_bundle_hash) == (1, "a" * 64)


# -- peers -----------------------------------------------------------------------------------
def test_peers_are_enrolled_once_listed_and_revoked_with_audit(db):
    head = audit_head(db)
    with db.uow() as uow:
        uow.sync.add_peer(PROVINCE)
        uow.commit()
    with db.uow() as uow:
        assert uow.sync.peer(PROVINCE.device_id) == PROVINCE
        assert uow.sync.peers() == [PROVINCE]
        assert uow.sync.peer("nobody") is None
        with pytest.raises(DomainError, match="peer_exists"):
            uow.sync.add_peer(replace(PROVINCE, office_name="lain"))
    with db.uow() as uow:
        uow.sync.revoke_peer(PROVINCE.device_id, db.user.id, AT, "laptop hilang")
        uow.commit()
    with db.uow() as uow:
        peer = uow.sync.peer(PROVINCE.device_id)
        with pytest.raises(DomainError, match="peer_not_found"):
            uow.sync.revoke_peer("nobody", None, AT, "")
    assert peer.revoked and (peer.revoked_by, peer.revoke_reason) == (db.user.id, "laptop hilang")
    assert actions_since(db, head) == [("peer_enrol", "peer_device", PROVINCE.device_id),
                                       ("peer_revoke", "peer_device", PROVINCE.device_id)]


# -- outbox ----------------------------------------------------------------------------------
def test_unacked_events_stream_in_sequence_as_they_travel(db):
    add_case(db)
    with db.uow() as uow:
        stream = uow.sync.unacked_events()
        first = next(stream)
        rest = list(stream)
        count = uow.sync.count_unacked()
    events = [first, *rest]
    assert len(events) == count == rows(db, "SELECT count(*) FROM outbox_event")[0][0]
    assert [e["device_seq"] for e in events] == sorted(e["device_seq"] for e in events)
    assert all(tuple(e) == EVENT_KEYS for e in events)
    assert isinstance(events[-1]["created_at"], str)
    json.dumps(events)  # ready to travel as they are


def test_shipping_and_acknowledging(db):
    add_case(db)
    with db.uow() as uow:
        seqs = [e["device_seq"] for e in uow.sync.unacked_events()]
        assert uow.sync.mark_shipped(seqs[0], seqs[-1], AT) == len(seqs)
        assert uow.sync.mark_acked(seqs[1], AT) == 2
        uow.commit()
    with db.uow() as uow:
        assert [e["device_seq"] for e in uow.sync.unacked_events()] == seqs[2:]
        assert uow.sync.count_unacked() == len(seqs) - 2
        # again, or an older receipt: nothing changes, nothing is un-acknowledged
        assert uow.sync.mark_acked(seqs[1], datetime(2027, 1, 1)) == 0
        assert uow.sync.mark_acked(seqs[0], datetime(2027, 1, 1)) == 0
        assert uow.sync.mark_acked(seqs[-1], AT) == len(seqs) - 2
        uow.commit()
    acked = rows(db, "SELECT acked_at, shipped_at FROM outbox_event")
    stored = "2026-12-03 09:30:00.000000"
    assert {a for a, _ in acked} == {stored} and {s for _, s in acked} == {stored}


# -- export's inputs -------------------------------------------------------------------------
def test_case_people_and_consents_for_a_purpose(db):
    case_id = add_case(db, birth_date=date(2000, 1, 2), estimated_age=None)
    with db.uow() as uow:
        uow.casework.add_consent(case_id, ConsentInput(
            purpose="SEKRETARIAT", given_by="KORBAN", given_on=date(2025, 5, 3),
            method="TERTULIS"), db.user.id)
        uow.casework.add_consent(case_id, ConsentInput(
            purpose="LAYANAN", given_by="KORBAN", given_on=date(2025, 5, 3),
            method="TERTULIS"), db.user.id)
        record_id = uow.casework.add_record(case_id, "rujukan", "PERLINDUNGAN", {},
                                            date(2025, 5, 4), None, db.user.id, date(2025, 5, 4))
        uow.commit()
    with db.uow() as uow:
        (person,) = [p for p in uow.identities.case_people() if p.case_id == case_id]
        consents = [(c.case_id, c.purpose, c.given_by)
                    for c in uow.identities.consents_for_purpose("SEKRETARIAT")]
        kinds = uow.identities.record_kinds()
    assert (person.birth_date, person.owner_device_id, person.transferred_to) == (
        date(2000, 1, 2), db.device_id, "")
    assert consents == [(case_id, "SEKRETARIAT", "KORBAN")]
    assert kinds == {record_id: "rujukan"}


# -- bundle log and identities ---------------------------------------------------------------
def entry(**changes) -> BundleEntry:
    base = dict(direction="IN", kind="receipt", status="APPLIED", at=AT, bundle_id="b-1",
                peer_device_id=PROVINCE.device_id, bundle_seq=1, bundle_hash="1" * 64)
    base.update(changes)
    return BundleEntry(**base)


def test_the_bundle_log(db):
    head = audit_head(db)
    with db.uow() as uow:
        first = uow.sync.record_bundle(entry())
        uow.sync.record_bundle(entry(status="REPLAY"))
        uow.sync.record_bundle(entry(bundle_id="b-2", bundle_seq=2, bundle_hash="2" * 64))
        uow.sync.record_bundle(entry(bundle_id="b-3", bundle_seq=9, bundle_hash="9" * 64,
                                     status="QUARANTINED", reason="bad_signature"))
        uow.sync.record_bundle(entry(bundle_id="", status="QUARANTINED", reason="not_age",
                                     bundle_seq=0, bundle_hash=""))
        uow.sync.record_bundle(entry(direction="OUT", kind="events", status="SENT",
                                     bundle_id="o-1", bundle_hash="o" * 64))
        uow.commit()
    with db.uow() as uow:
        assert [b.bundle_id for b in uow.sync.bundles()] == ["o-1", "", "b-3", "b-2", "b-1",
                                                            "b-1"]
        assert [b.bundle_id for b in uow.sync.bundles("OUT")] == ["o-1"]
        assert uow.sync.bundles("IN")[-1].id == first
        assert uow.sync.last_bundle_from(PROVINCE.device_id) == (2, "2" * 64)
        assert uow.sync.last_bundle_from("other") is None
        assert uow.sync.bundle_by_hash("2" * 64).bundle_id == "b-2"
        assert uow.sync.bundle_by_hash("9" * 64) is None   # a refused bundle is no re-import
    assert [a for a, _, _ in actions_since(db, head)] == [
        "bundle_applied", "bundle_replay", "bundle_applied", "bundle_quarantined",
        "bundle_quarantined", "bundle_sent"]
    assert actions_since(db, head)[4][2].startswith("#")


def test_which_cases_left_in_which_bundle(db):
    with db.uow() as uow:
        uow.sync.record_bundle(entry(direction="OUT", kind="events", status="SENT",
                                     bundle_id="o-1"))
        uow.sync.record_bundle(entry(direction="OUT", kind="events", status="SENT",
                                     bundle_id="o-2", bundle_seq=2))
        uow.identities.record_identities("o-1", [("c-1", IDENTITAS), ("c-2", PSEUDONIM)])
        uow.identities.record_identities("o-2", iter([("c-2", PSEUDONIM)]))
        with pytest.raises(ValueError):
            uow.identities.record_identities("o-3", [("c-1", "NAMA")])
        uow.commit()
    with db.uow() as uow:
        assert uow.identities.identities_in("o-1") == [("c-1", IDENTITAS), ("c-2", PSEUDONIM)]
        assert [b.bundle_id for b in uow.identities.bundles_with_case("c-2")] == ["o-2", "o-1"]
        assert [b.bundle_id for b in uow.identities.bundles_with_case("c-1")] == ["o-1"]
        assert uow.identities.bundles_with_case("c-9") == []


def test_a_peers_checkpoint_is_kept_and_replaced(db):
    with db.uow() as uow:
        assert uow.sync.peer_checkpoint(PROVINCE.device_id) is None
        uow.sync.store_peer_checkpoint(PeerCheckpoint(PROVINCE.device_id, 5, "5" * 64,
                                                      b"s" * 64, AT))
        uow.commit()
    later = PeerCheckpoint(PROVINCE.device_id, 9, "9" * 64, b"t" * 64, datetime(2026, 12, 4))
    with db.uow() as uow:
        uow.sync.store_peer_checkpoint(later)
        uow.commit()
    with db.uow() as uow:
        assert uow.sync.peer_checkpoint(PROVINCE.device_id) == later


# -- ownership -------------------------------------------------------------------------------
def test_a_new_case_is_owned_here_and_a_transfer_is_a_tracked_change(db):
    case_id = add_case(db)
    with db.uow() as uow:
        assert uow.sync.owner(case_id) == (db.device_id, 0, "")
        assert uow.sync.owner("nope") is None
        seq = uow.sync.own_device().event_seq
        uow.sync.set_owner(case_id, "0190cccc-0000-7000-8000-0000000000d1", 1, "PPT Kab. TTS")
        with pytest.raises(DomainError, match="case_not_found"):
            uow.sync.set_owner("nope", "x", 1, "")
        uow.commit()
    with db.uow() as uow:
        assert uow.sync.owner(case_id) == ("0190cccc-0000-7000-8000-0000000000d1", 1,
                                           "PPT Kab. TTS")
    (event,) = rows(db, "SELECT entity, op, patch FROM outbox_event WHERE device_seq > :s",
                    s=seq)
    assert (event.entity, event.op) == ("case_file", "update")
    assert json.loads(event.patch) == {"owner_device_id": "0190cccc-0000-7000-8000-0000000000d1",
                                       "ownership_epoch": 1, "transferred_to": "PPT Kab. TTS"}
    assert verify(db.engine).ok


# -- migration 0008 --------------------------------------------------------------------------
def test_upgrading_to_0008_gives_existing_cases_this_device_and_verify_stays_ok(data_dir):
    db = unlock_with_password(DataFolder(data_dir), ADMIN, PASSWORD)
    case_id = add_case(db)
    device_id = db.device_id
    db.close()
    engine = open_engine(data_dir / "ppt-desk.db", data_key(data_dir, ADMIN, PASSWORD))
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0007")
    with engine.connect() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(case_file)"))}
    assert "owner_device_id" not in columns
    engine.dispose()

    db = unlock_with_password(DataFolder(data_dir), ADMIN, PASSWORD)
    try:
        assert current_revision(db.engine) == head_revision()
        assert rows(db, "SELECT owner_device_id, ownership_epoch, transferred_to FROM case_file "
                        "WHERE id = :c", c=case_id) == [(device_id, 0, "")]
        report = verify(db.engine)
        assert report.ok, report
    finally:
        db.close()
