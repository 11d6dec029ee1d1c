"""Applying another device's events (storage/apply.py through ``uow.sync.apply_events``).

Two real SQLCipher stores of one office: the *origin*, a copy of the template whose device is
given a new id and an empty outbox (its events start at 1), and the *receiver*, a plain copy.
Events travel as the origin's ``uow.sync.unacked_events()`` yields them.
"""
from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from sqlalchemy import text

from integration_helpers import data_key, make_intake
from ppt_desk.services.sync.ports import INCOMING, LOCAL, WHOLE_ROW
from ppt_desk.storage.database import DataFolder, unlock_with_password
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.verify import verify

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
ORIGIN = "0190aaaa-0000-7000-8000-0000000000a1"
THIRD = "0190cccc-0000-7000-8000-0000000000c1"
DERIVED = {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False}


@pytest.fixture
def pair(template_folder, tmp_path):
    src, _ = template_folder
    origin_dir, receiver_dir = tmp_path / "origin", tmp_path / "receiver"
    shutil.copytree(src, origin_dir)
    shutil.copytree(src, receiver_dir)
    engine = open_engine(origin_dir / "ppt-desk.db", data_key(origin_dir, ADMIN, PASSWORD))
    with engine.begin() as conn:
        conn.execute(text("UPDATE device_state SET device_id = :d, next_seq = 1, device_code = 'B'"),
                     {"d": ORIGIN})
        conn.execute(text("DELETE FROM outbox_event"))
    engine.dispose()
    origin = unlock_with_password(DataFolder(origin_dir), ADMIN, PASSWORD)
    receiver = unlock_with_password(DataFolder(receiver_dir), ADMIN, PASSWORD)
    yield origin, receiver
    origin.close()
    receiver.close()


def rows(db, sql: str, **params) -> list:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def one(db, sql: str, **params):
    return rows(db, sql, **params)[0][0]


def events(db, after: int = 0) -> list[dict]:
    with db.uow() as uow:
        return [e for e in uow.sync.unacked_events() if e["device_seq"] > after]


def apply(db, evs, bundle_id="b-1", commit=True):
    with db.uow() as uow:
        outcome = uow.sync.apply_events(iter(evs), bundle_id)
        if commit and not outcome.forks and not outcome.malformed:
            uow.commit()
    return outcome


def add_case(db, name="Maria Seran", **changes) -> str:
    with db.uow() as uow:
        case_id, _ = uow.cases.add(make_intake(name, **changes), uow.office.get(), DERIVED)
        uow.commit()
    return case_id


def update_case(db, case_id: str, **values) -> None:
    with db.uow() as uow:
        uow.casework.update_case(case_id, **values)
        uow.commit()


def snapshot(db) -> dict:
    """Every table's rows, to compare a store before and after."""
    names = [r[0] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: sorted(map(repr, rows(db, f"SELECT * FROM {n}"))) for n in names}


# -- create, replay, fork --------------------------------------------------------------------
def test_a_case_made_on_the_origin_arrives_whole_searchable_audited_and_not_in_our_outbox(pair):
    origin, receiver = pair
    case_id = add_case(origin, "Yuliana Bria", nik="5371010101900001")
    evs = events(origin)
    assert [e["entity"] for e in evs] == ["person", "case_file"]
    outbox_before = one(receiver, "SELECT count(*) FROM outbox_event")
    audit_before = one(receiver, "SELECT audit_seq FROM device_state")

    outcome = apply(receiver, evs)

    assert (outcome.applied, outcome.held, outcome.replayed, outcome.conflicts) == (2, 0, 0, 0)
    assert outcome.cases == {case_id}
    mine, theirs = (rows(db, "SELECT case_number, intake_date, modus, owner_device_id "
                            "FROM case_file WHERE id = :c", c=case_id) for db in (receiver, origin))
    assert mine == theirs and mine[0].owner_device_id == ORIGIN
    assert rows(receiver, "SELECT full_name, nik FROM person p JOIN case_file c "
                          "ON c.person_id = p.id WHERE c.id = :c", c=case_id) == [
        ("Yuliana Bria", "5371010101900001")]
    assert one(receiver, "SELECT count(*) FROM outbox_event") == outbox_before
    entries = rows(receiver, "SELECT action, entity, entity_id, row_digest FROM audit_entry "
                             "WHERE seq > :s ORDER BY seq", s=audit_before)
    assert [(a, e) for a, e, _, _ in entries] == [("sync_create", "person"),
                                                 ("sync_create", "case_file")]
    assert all(len(d) == 64 for *_, d in entries)
    # derived data rebuilt: found by name and NIK, filtered by modus
    with receiver.uow() as uow:
        from ppt_desk.services.dto import CaseQuery
        assert [r.id for r in uow.cases.search(CaseQuery(text="Yuliana")).rows] == [case_id]
        assert [r.id for r in uow.cases.search(CaseQuery(text="5371010101900001")).rows] == [
            case_id]
    assert rows(receiver, "SELECT code FROM case_modus WHERE case_id = :c", c=case_id) == [
        ("KRJ-PRT",)]
    report = verify(receiver.engine)
    assert report.ok, report


def test_a_second_import_of_the_same_events_changes_nothing(pair):
    origin, receiver = pair
    add_case(origin)
    evs = events(origin)
    apply(receiver, evs)
    before = snapshot(receiver)
    outcome = apply(receiver, evs)
    assert (outcome.applied, outcome.replayed) == (0, len(evs))
    assert snapshot(receiver) == before


def test_the_same_sequence_with_other_content_is_a_fork_and_the_caller_keeps_nothing(pair):
    origin, receiver = pair
    add_case(origin)
    evs = events(origin)
    apply(receiver, evs[:1])
    before = snapshot(receiver)
    forged = [dict(evs[0], patch={**evs[0]["patch"], "full_name": "Orang Lain"}), evs[1]]
    outcome = apply(receiver, forged, commit=False)
    assert [(f.device_id, f.device_seq) for f in outcome.forks] == [(ORIGIN, 1)]
    assert outcome.forks[0].known_hash != outcome.forks[0].incoming_hash
    assert outcome.applied == 0  # nothing after the fork is applied
    assert snapshot(receiver) == before


def test_an_event_twice_in_one_bundle_is_applied_once_and_other_content_is_a_fork(pair):
    origin, receiver = pair
    add_case(origin)
    first, second = events(origin)
    outcome = apply(receiver, [first, second, first, second])
    assert (outcome.applied, outcome.replayed, outcome.forks) == (2, 2, ())
    twin = dict(second, patch={**second["patch"], "notes": "lain"})
    outcome = apply(receiver, [first, twin], commit=False)
    assert [(f.device_seq) for f in outcome.forks] == [2]
    fresh = add_case(origin)
    third, fourth = events(origin)[2:]
    outcome = apply(receiver, [third, fourth, dict(fourth, patch={**fourth["patch"], "notes": "x"})],
                    commit=False)
    assert [f.device_seq for f in outcome.forks] == [4] and fresh


def test_our_own_events_coming_back_are_a_replay_or_a_fork(pair):
    origin, receiver = pair
    add_case(receiver)
    own = events(receiver)[-2:]
    assert apply(receiver, own).replayed == 2
    cloned = dict(own[0], patch={**own[0]["patch"], "full_name": "Klon"})
    assert len(apply(receiver, [cloned], commit=False).forks) == 1
    unknown = dict(own[0], device_seq=own[-1]["device_seq"] + 50)
    assert len(apply(receiver, [unknown], commit=False).forks) == 1


# -- gaps ------------------------------------------------------------------------------------
def test_a_gap_holds_later_events_back_until_it_fills(pair):
    origin, receiver = pair
    first = add_case(origin, "Satu")
    second = add_case(origin, "Dua")
    evs = events(origin)          # person 1, case 1, person 2, case 2
    outcome = apply(receiver, [evs[0], evs[2], evs[3]])
    assert (outcome.applied, outcome.held) == (1, 2)
    assert outcome.gaps == {ORIGIN: 2}
    assert rows(receiver, "SELECT id FROM case_file WHERE id IN (:a, :b)", a=first, b=second) == []
    with receiver.uow() as uow:
        summary = {s.device_id: s for s in uow.sync.received_summary()}
    assert (summary[ORIGIN].applied_upto, summary[ORIGIN].held,
            summary[ORIGIN].first_held_seq) == (1, 2, 3)

    again = apply(receiver, [evs[2]])   # a held event sent again: known, nothing new
    assert (again.replayed, again.held, again.applied) == (1, 0, 0)

    filled = apply(receiver, [evs[1]], bundle_id="b-2")
    assert (filled.applied, filled.released, filled.gaps) == (3, 2, {})
    assert {r[0] for r in rows(receiver, "SELECT id FROM case_file")} >= {first, second}
    assert rows(receiver, "SELECT count(*) FROM received_event WHERE event IS NOT NULL") == [(0,)]
    report = verify(receiver.engine)
    assert report.ok, report


# -- merging and conflicts -------------------------------------------------------------------
def _shared_case(origin, receiver) -> str:
    """A case made on the origin and applied on the receiver (both at version 1)."""
    case_id = add_case(origin)
    apply(receiver, events(origin))
    return case_id


def test_an_older_base_touching_other_fields_merges(pair):
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(receiver, case_id, referrer_name="Polsek Oebobo")   # here: v2
    update_case(origin, case_id, notes="Sudah dijemput")             # there: base 1
    outcome = apply(receiver, events(origin, after=seen))
    assert (outcome.applied, outcome.merged, outcome.conflicts) == (1, 1, 0)
    assert rows(receiver, "SELECT referrer_name, notes, version FROM case_file WHERE id = :c",
                c=case_id) == [("Polsek Oebobo", "Sudah dijemput", 3)]
    assert "sync_merge" in {r[0] for r in rows(receiver, "SELECT action FROM audit_entry")}
    assert verify(receiver.engine).ok


def test_the_same_field_with_another_value_keeps_ours_and_opens_a_conflict(pair):
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(receiver, case_id, notes="versi kantor")
    update_case(origin, case_id, notes="versi lapangan", referrer_name="Dinsos")
    outcome = apply(receiver, events(origin, after=seen))
    assert (outcome.applied, outcome.conflicts) == (1, 1)
    assert rows(receiver, "SELECT notes, referrer_name FROM case_file WHERE id = :c",
                c=case_id) == [("versi kantor", "Dinsos")]   # ours stays; the other field merges
    with receiver.uow() as uow:
        (item,) = uow.sync.open_conflicts()
    assert (item.entity, item.entity_id, item.case_id, item.field) == (
        "case_file", case_id, case_id, "notes")
    assert (item.local_value, item.incoming_value, item.origin_device_id) == (
        "versi kantor", "versi lapangan", ORIGIN)
    assert verify(receiver.engine).ok


def test_an_edit_from_a_third_device_counts_as_changed_here(pair):
    """C's edit, applied here, and then B's edit of the same field on the older base: a
    conflict, although this device itself never touched the field."""
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(origin, case_id, notes="dari B")
    (from_b,) = events(origin, after=seen)
    from_c = dict(from_b, device_id=THIRD, device_seq=1, event_id="0190cccc-c1",
                  patch={"notes": "dari C"})
    assert apply(receiver, [from_c], bundle_id="c-1").applied == 1
    outcome = apply(receiver, [from_b], bundle_id="b-2")
    assert (outcome.applied, outcome.conflicts) == (1, 1)
    assert rows(receiver, "SELECT notes FROM case_file WHERE id = :c", c=case_id) == [
        ("dari C",)]


def test_edits_from_two_devices_in_one_bundle_count_in_their_order(pair):
    """B's and C's edits of one field on the same base arrive together: B's merges (C's is
    not written yet when B's lands), C's then conflicts with B's."""
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(receiver, case_id, referrer_name="Polsek")      # here: v2, another field
    update_case(origin, case_id, notes="dari B")
    (from_b,) = events(origin, after=seen)
    from_c = dict(from_b, device_id=THIRD, device_seq=1, event_id="0190cccc-c1",
                  patch={"notes": "dari C"})
    outcome = apply(receiver, [from_b, from_c])
    assert (outcome.applied, outcome.merged, outcome.conflicts) == (2, 1, 1)
    assert one(receiver, "SELECT notes FROM case_file WHERE id = :c", c=case_id) == "dari B"


def test_a_new_name_is_found_by_search_after_the_update_arrives(pair):
    from ppt_desk.services.dto import CaseQuery
    from ppt_desk.storage.schema import Case, Person
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    with origin.uow() as uow:
        person = uow.session.get(Person, uow.session.get(Case, case_id).person_id)
        person.full_name = "Kornelia Tefa"
        uow.commit()
    apply(receiver, events(origin, after=seen), bundle_id="b-2")
    with receiver.uow() as uow:
        assert [r.id for r in uow.cases.search(CaseQuery(text="Kornelia")).rows] == [case_id]


def test_a_row_made_and_removed_in_one_bundle_is_not_here(pair):
    origin, receiver = pair
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "1", "city": "Kupang"})
        uow.commit()
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"city": "Kupang"})
        uow.commit()
    assert [e["op"] for e in events(origin)] == ["create", "create", "delete"]
    assert apply(receiver, events(origin)).applied == 3
    with receiver.uow() as uow:
        assert uow.settings.office_setting("letterhead") == {"city": "Kupang"}
    assert verify(receiver.engine).ok


def test_the_same_value_on_both_sides_is_no_conflict(pair):
    origin, receiver = pair
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(receiver, case_id, notes="sama")
    update_case(origin, case_id, notes="sama")
    outcome = apply(receiver, events(origin, after=seen))
    assert (outcome.applied, outcome.conflicts) == (1, 0)
    with receiver.uow() as uow:
        assert uow.sync.open_conflicts() == []


def _conflict(origin, receiver) -> tuple[str, int]:
    case_id = _shared_case(origin, receiver)
    seen = len(events(origin))
    update_case(receiver, case_id, notes="versi kantor")
    update_case(origin, case_id, notes="versi lapangan")
    apply(receiver, events(origin, after=seen))
    with receiver.uow() as uow:
        (item,) = uow.sync.open_conflicts()
    return case_id, item.id


def test_deciding_for_the_incoming_value_writes_it_as_a_tracked_edit_that_travels(pair):
    origin, receiver = pair
    case_id, conflict_id = _conflict(origin, receiver)
    seq = one(receiver, "SELECT next_seq FROM device_state")
    with receiver.uow() as uow:
        assert uow.sync.decide_conflict(conflict_id, INCOMING, receiver.user.id,
                                        receiver_now()) == case_id
        uow.commit()
    assert one(receiver, "SELECT notes FROM case_file WHERE id = :c", c=case_id) == \
        "versi lapangan"
    (event,) = rows(receiver, "SELECT entity, op, patch FROM outbox_event WHERE device_seq >= :s",
                    s=seq)
    assert (event.entity, event.op, json.loads(event.patch)["notes"]) == (
        "case_file", "update", "versi lapangan")
    with receiver.uow() as uow:
        assert uow.sync.open_conflicts() == []
        decided = uow.sync.conflict(conflict_id)
    assert (decided.status, decided.chosen, decided.decided_by) == (
        "DECIDED", INCOMING, receiver.user.id)
    assert "conflict_decide" in {r[0] for r in rows(receiver, "SELECT action FROM audit_entry")}
    assert verify(receiver.engine).ok


def test_deciding_for_the_local_value_keeps_it_and_sends_it_again(pair):
    origin, receiver = pair
    case_id, conflict_id = _conflict(origin, receiver)
    seq = one(receiver, "SELECT next_seq FROM device_state")
    with receiver.uow() as uow:
        uow.sync.decide_conflict(conflict_id, LOCAL, receiver.user.id, receiver_now())
        uow.commit()
    assert one(receiver, "SELECT notes FROM case_file WHERE id = :c", c=case_id) == "versi kantor"
    (event,) = rows(receiver, "SELECT patch FROM outbox_event WHERE device_seq >= :s", s=seq)
    assert json.loads(event.patch) == {"notes": "versi kantor"}
    with receiver.uow() as uow:
        with pytest.raises(Exception, match="conflict_already_decided"):
            uow.sync.decide_conflict(conflict_id, INCOMING, None, receiver_now())


def receiver_now():
    from datetime import datetime
    return datetime(2026, 12, 3, 10, 0)


def test_an_update_of_a_row_not_here_opens_a_conflict_about_the_whole_row(pair):
    origin, receiver = pair
    case_id = add_case(origin)
    update_case(origin, case_id, notes="catatan")
    person, case, update = events(origin)
    with receiver.uow() as uow:   # the case is gone here (by SQL, for the test)
        uow.sync.apply_events([person, case], "b-1")
        uow.session.execute(text("DELETE FROM search_token WHERE case_id = :c"), {"c": case_id})
        uow.session.execute(text("DELETE FROM case_modus WHERE case_id = :c"), {"c": case_id})
        uow.session.execute(text("DELETE FROM case_summary WHERE case_id = :c"), {"c": case_id})
        uow.session.execute(text("DELETE FROM case_file WHERE id = :c"), {"c": case_id})
        outcome = uow.sync.apply_events([update], "b-2")
        assert (outcome.applied, outcome.conflicts) == (1, 1)
        (item,) = uow.sync.open_conflicts()
        assert (item.field, item.local_value, item.incoming_value["notes"]) == (
            WHOLE_ROW, None, "catatan")


# -- office settings: same id made on two laptops, deletes -----------------------------------
def test_a_setting_field_made_on_both_laptops_is_one_row(pair):
    origin, receiver = pair
    for db, phone in ((origin, "0380 1"), (receiver, "0380 1")):
        with db.uow() as uow:
            uow.settings.save_office_setting("letterhead", {"phone": phone, "city": "Kupang"})
            uow.commit()
    assert apply(receiver, events(origin)).conflicts == 0     # equal values: no conflict
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "0380 2", "city": "Kupang"})
        uow.commit()
    with receiver.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "0380 3", "city": "Kupang"})
        uow.commit()
    outcome = apply(receiver, events(origin, after=2), bundle_id="b-2")
    assert outcome.conflicts == 1
    with receiver.uow() as uow:
        (item,) = uow.sync.open_conflicts()
        assert (item.entity_id, item.field, item.local_value, item.incoming_value) == (
            "letterhead.phone", "value", "0380 3", "0380 2")
        assert uow.settings.office_setting("letterhead")["phone"] == "0380 3"


def test_a_delete_applies_unless_the_row_changed_here_since(pair):
    origin, receiver = pair
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "1", "email": "a@b.id",
                                                        "city": "Kupang"})
        uow.commit()
    apply(receiver, events(origin))
    with receiver.uow() as uow:   # here the e-mail changes; there phone and e-mail go
        uow.settings.save_office_setting("letterhead", {"phone": "1", "email": "c@d.id",
                                                        "city": "Kupang"})
        uow.commit()
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"city": "Kupang"})
        uow.commit()
    outcome = apply(receiver, events(origin, after=3), bundle_id="b-2")
    assert (outcome.applied, outcome.conflicts) == (2, 1)
    with receiver.uow() as uow:
        assert uow.settings.office_setting("letterhead") == {"email": "c@d.id", "city": "Kupang"}
        (item,) = uow.sync.open_conflicts()
        assert (item.entity_id, item.field, item.incoming_value) == (
            "letterhead.email", WHOLE_ROW, None)
        assert item.local_value == {"value": "c@d.id"}
        uow.sync.decide_conflict(item.id, INCOMING, None, receiver_now())
        uow.commit()
    with receiver.uow() as uow:
        assert uow.settings.office_setting("letterhead") == {"city": "Kupang"}
    assert verify(receiver.engine).ok


# -- malformed -------------------------------------------------------------------------------
@pytest.mark.parametrize("change, code", [
    ({"entity": "audit_entry"}, "unknown_entity"),
    ({"patch": {"no_such_column": 1}}, "KeyError"),
    ({"op": "upsert"}, "unknown_op"),
])
def test_a_malformed_event_is_named_and_the_caller_keeps_nothing(pair, change, code):
    origin, receiver = pair
    add_case(origin)
    first, second = events(origin)
    before = snapshot(receiver)
    bad = dict(second, **change)
    if change.get("patch"):
        bad["patch"] = {**second["patch"], **change["patch"]}
    outcome = apply(receiver, [first, bad], commit=False)
    assert len(outcome.malformed) == 1 and outcome.malformed[0].endswith(code)
    assert snapshot(receiver) == before


def test_a_row_that_breaks_a_constraint_is_malformed(pair):
    origin, receiver = pair
    add_case(origin)
    person, case = events(origin)
    orphan = dict(case, patch={**case["patch"], "person_id": "no-such-person"})
    outcome = apply(receiver, [person, orphan], commit=False)
    assert outcome.malformed == ("case_file:foreign_key",)


def test_a_case_made_before_ownership_existed_is_owned_by_its_origin(pair):
    origin, receiver = pair
    case_id = add_case(origin)
    person, case = events(origin)
    old = dict(case, patch={k: v for k, v in case["patch"].items()
                            if k not in ("owner_device_id", "ownership_epoch", "transferred_to")})
    apply(receiver, [person, old])
    assert rows(receiver, "SELECT owner_device_id, ownership_epoch, transferred_to FROM case_file "
                          "WHERE id = :c", c=case_id) == [(ORIGIN, 0, "")]
    assert verify(receiver.engine).ok


def test_dates_and_lists_arrive_as_the_origin_stored_them(pair):
    origin, receiver = pair
    case_id = add_case(origin, birth_date=date(1999, 4, 1), estimated_age=None,
                       aliases=("Yuli", "Lia"))
    apply(receiver, events(origin))
    query = ("SELECT p.birth_date, p.aliases, c.created_at FROM person p JOIN case_file c "
             "ON c.person_id = p.id WHERE c.id = :c")
    assert rows(receiver, query, c=case_id) == rows(origin, query, c=case_id)


def test_a_bundle_written_in_several_batches_keeps_one_audit_chain(pair, monkeypatch):
    """Rows and their audit entries are written batch by batch (memory stays flat); the
    chain's head moves on from one batch to the next, and search keys cover every case."""
    from ppt_desk.storage import apply_rows
    origin, receiver = pair
    ids = [add_case(origin, f"Kasus Batch {n}") for n in range(4)]
    update_case(origin, ids[0], notes="diubah")
    monkeypatch.setattr(apply_rows, "BATCH", 3)
    outcome = apply(receiver, events(origin))
    assert (outcome.applied, outcome.malformed) == (9, ())
    assert {r[0] for r in rows(receiver, "SELECT id FROM case_file")} >= set(ids)
    assert one(receiver, "SELECT notes FROM case_file WHERE id = :c", c=ids[0]) == "diubah"
    assert one(receiver, "SELECT count(DISTINCT case_id) FROM search_token WHERE case_id IN "
                         "(:a, :b, :c, :d)", a=ids[0], b=ids[1], c=ids[2], d=ids[3]) == 4
    report = verify(receiver.engine)
    assert report.ok, report
