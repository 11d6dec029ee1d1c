"""Konflik data (services/sync/conflicts.py): conflict items opened by a real import engine
(``uow.sync.apply_events`` on real SQLCipher stores), listed as a person reads them, decided by
a supervisor as a tracked change; refusals by code; restricted values hidden.

Two stores of one office: the *origin*, a copy of the template whose device is given a new id
and an empty outbox (as in test_apply_events.py), enrolled at the *receiver*, which is the
real backend (facade, sign-in) over another copy.
"""
from __future__ import annotations

import json
import shutil
from datetime import date, datetime

import pytest
from sqlalchemy import text

from integration_helpers import data_key, make_intake, rows, scalar
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.change_set import ChangeSet
from ppt_desk.services.context import Actor
from ppt_desk.services.dto import UserInfo
from ppt_desk.services.sync import conflicts as svc
from ppt_desk.services.sync.ports import INCOMING, LOCAL, PeerDevice
from ppt_desk.storage.database import DataFolder, unlock_with_password
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.verify import verify

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
ORIGIN = "0190bbbb-0000-7000-8000-0000000000b1"
BELU = "UPTD PPA Kabupaten Belu"
DERIVED = {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False}
TODAY = date(2026, 3, 2)


@pytest.fixture
def offices(template_folder, tmp_path):
    src, _ = template_folder
    origin_dir, receiver_dir = tmp_path / "origin", tmp_path / "receiver"
    shutil.copytree(src, origin_dir)
    shutil.copytree(src, receiver_dir)
    engine = open_engine(origin_dir / "ppt-desk.db", data_key(origin_dir, ADMIN, PASSWORD))
    with engine.begin() as conn:
        conn.execute(text("UPDATE device_state SET device_id = :d, next_seq = 1, "
                          "device_code = 'B'"), {"d": ORIGIN})
        conn.execute(text("DELETE FROM outbox_event"))
    engine.dispose()
    origin = unlock_with_password(DataFolder(origin_dir), ADMIN, PASSWORD)
    receiver = make_backend(receiver_dir, TEST_PARAMS)
    receiver.session.unlock(ADMIN, PASSWORD)
    with receiver.session.db.uow() as uow:   # the origin's card was enrolled here
        uow.sync.add_peer(PeerDevice(
            ORIGIN, "PPT", "office-belu", BELU, "53", "53.04", "B", bytes(32), ("age1x",),
            "AAAA-BBBB-CCCC-DDDD", datetime(2026, 3, 1), None))
        uow.commit()
    yield origin, receiver
    origin.close()
    receiver.session.lock()


# -- moving edits between the two stores -------------------------------------------------------
def send(origin, receiver) -> None:
    """Every origin event the receiver has not seen, through the import engine."""
    db = receiver.session.db
    with origin.uow() as uow:
        evs = list(uow.sync.unacked_events())
    with db.uow() as uow:
        outcome = uow.sync.apply_events(iter(evs), f"b-{len(evs)}")
        assert not outcome.forks and not outcome.malformed
        uow.commit()


def edit_case(db, case_id: str, **values) -> None:
    with db.uow() as uow:
        uow.casework.update_case(case_id, **values)
        uow.commit()


def shared_case(origin, receiver, owned_here: bool = True) -> tuple[str, str]:
    """A case made at the origin and imported here, then owned here (as after a transfer:
    only the owner decides its conflicts); (case id, case number)."""
    with origin.uow() as uow:
        case_id, number = uow.cases.add(make_intake("Maria Seran"), uow.office.get(), DERIVED)
        uow.commit()
    send(origin, receiver)
    if owned_here:
        with receiver.session.db.uow() as uow:
            uow.sync.set_owner(case_id, uow.sync.own_device().device_id, 1, "")
            uow.commit()
    return case_id, number


def case_conflict(origin, receiver, owned_here: bool = True, **both) -> tuple[str, str]:
    """Each side sets the fields of ``both`` to its own value: {field: (here, there)}."""
    case_id, number = shared_case(origin, receiver, owned_here)
    edit_case(receiver.session.db, case_id, **{k: here for k, (here, _) in both.items()})
    edit_case(origin, case_id, **{k: there for k, (_, there) in both.items()})
    send(origin, receiver)
    return case_id, number


def record_conflict(origin, receiver, kind: str, first: dict, here: dict,
                    there: dict) -> tuple[str, str]:
    """A record of ``kind`` made at the origin, then changed on both sides; (case, record)."""
    case_id, _ = shared_case(origin, receiver)
    with origin.uow() as uow:
        record_id = uow.casework.add_record(case_id, kind, "PERLINDUNGAN", first, TODAY, None,
                                            None, TODAY)
        uow.commit()
    send(origin, receiver)
    for db, changes in ((receiver.session.db, here), (origin, there)):
        with db.uow() as uow:
            row = uow.casework.record(record_id)
            uow.casework.update_record(row, {**first, **changes}, TODAY, None, TODAY)
            uow.commit()
    send(origin, receiver)
    return case_id, record_id


def user(backend, username: str, roles: set[str], grants: set[str] = frozenset()) -> Actor:
    _, info = backend.users.add(username, username.title(), frozenset(roles),
                                "kata-sandi-uji-2", frozenset(grants))
    return Actor(info)


def listed(receiver, actor: Actor) -> list:
    return svc.conflicts(receiver.session.db.uow(), actor, receiver.deps)


# -- the list ---------------------------------------------------------------------------------
def test_a_conflict_reads_with_its_case_labels_both_values_and_the_office_it_came_from(offices):
    origin, receiver = offices
    case_id, number = case_conflict(origin, receiver, victim_status=("KORBAN", "BUKAN"))

    (item,) = receiver.sync.conflicts()

    assert (item.case_id, item.case_number, item.entity, item.field) == (
        case_id, number, "case_file", "victim_status")
    assert (item.subject, item.field_label, item.what) == (
        "Berkas kasus", "Status korban", "Berkas kasus · Status korban")
    assert (item.local_text, item.incoming_text) == ("Korban", "Bukan korban")
    assert (item.origin_office, item.origin_device, item.status) == (BELU, "B", "OPEN")
    assert item.opened_at is not None and not item.restricted and not item.whole_row
    assert item.held_by == ""   # this office owns the case: it decides
    assert receiver.sync.open_conflicts() == 1
    english = receiver.sync.conflicts("en")[0]
    assert (english.field_label, english.local_text, english.incoming_text) == (
        "Victim status", "Confirmed victim", "Not a victim")


def test_a_record_field_is_named_by_its_form_label_and_a_choice_by_its_option(offices):
    origin, receiver = offices
    first = {"jenis_fasilitas": "RUMAH_AMAN", "tingkat_ancaman": "RENDAH", "catatan": ""}
    record_conflict(origin, receiver, "penampungan", first,
                    here={"tingkat_ancaman": "TINGGI"}, there={"tingkat_ancaman": "SEDANG"})
    (item,) = receiver.sync.conflicts()
    form = receiver.deps.config.forms["penampungan"]
    assert (item.entity, item.field) == ("case_record", "payload")
    assert (item.subject, item.field_label) == (form.label_id, "Tingkat ancaman")
    options = {o.code: o.label_id for o in form.field("tingkat_ancaman").options}
    assert (item.local_text, item.incoming_text) == (options["TINGGI"], options["SEDANG"])


def test_several_record_fields_that_differ_are_listed_line_by_line(offices):
    origin, receiver = offices
    first = {"jenis_fasilitas": "RUMAH_AMAN", "tingkat_ancaman": "RENDAH", "catatan": "a"}
    record_conflict(origin, receiver, "penampungan", first,
                    here={"tingkat_ancaman": "TINGGI", "catatan": "di sini"},
                    there={"catatan": "di sana"})
    (item,) = receiver.sync.conflicts()
    assert item.field_label == "Tingkat ancaman, Catatan"
    assert item.local_text.splitlines() == ["Tingkat ancaman: Tinggi", "Catatan: di sini"]
    assert item.incoming_text.splitlines() == ["Tingkat ancaman: Rendah", "Catatan: di sana"]


def test_a_caseworker_sees_the_conflicts_of_her_cases_only_and_an_admin_none(offices):
    origin, receiver = offices
    mine, _ = case_conflict(origin, receiver, notes=("kantor", "lapangan"))
    case_conflict(origin, receiver, notes=("kantor 2", "lapangan 2"))
    worker = user(receiver, "pendamping", {"PENDAMPING"})
    edit_case(receiver.session.db, mine, assigned_user_id=worker.id)
    admin_only = user(receiver, "admin2", {"ADMIN"})
    supervisor = user(receiver, "supervisor", {"SUPERVISOR"})

    assert [c.case_id for c in listed(receiver, worker)] == [mine]
    assert listed(receiver, admin_only) == []
    assert len(listed(receiver, supervisor)) == 2
    assert svc.open_count(receiver.session.db.uow(), worker) == 1


# -- deciding ---------------------------------------------------------------------------------
def _decision_trail(receiver, seq: int) -> tuple[list, set]:
    events = rows(receiver, "SELECT entity, op, patch FROM outbox_event WHERE device_seq >= :s",
                  s=seq)
    actions = {r[0] for r in rows(receiver, "SELECT action FROM audit_entry")}
    return events, actions


@pytest.mark.parametrize("chosen, kept", [(INCOMING, "lapangan"), (LOCAL, "kantor")])
def test_the_chosen_value_lands_as_a_tracked_change_and_the_item_is_decided(offices, chosen,
                                                                           kept):
    origin, receiver = offices
    case_id, _ = case_conflict(origin, receiver, notes=("kantor", "lapangan"))
    (item,) = receiver.sync.conflicts()
    seq = scalar(receiver, "SELECT next_seq FROM device_state")

    changes = receiver.sync.decide_conflict(item.id, chosen)

    assert changes == ChangeSet(cases=frozenset({case_id}), bundles=True)
    assert scalar(receiver, "SELECT notes FROM case_file WHERE id = :c", c=case_id) == kept
    events, actions = _decision_trail(receiver, seq)
    assert [(e.entity, e.op, json.loads(e.patch)["notes"]) for e in events] == [
        ("case_file", "update", kept)]
    assert "conflict_decide" in actions
    assert rows(receiver, "SELECT status, chosen FROM sync_conflict WHERE id = :i",
                i=item.id) == [("DECIDED", chosen)]
    assert receiver.sync.conflicts() == [] and receiver.sync.open_conflicts() == 0
    assert verify(receiver.session.db.engine).ok


def test_a_decided_record_field_refreshes_the_case_summary(offices):
    origin, receiver = offices
    first = {"jenis_fasilitas": "RUMAH_AMAN", "tingkat_ancaman": "RENDAH", "catatan": ""}
    case_id, record_id = record_conflict(origin, receiver, "penampungan", first,
                                         here={"tingkat_ancaman": "TINGGI"},
                                         there={"tingkat_ancaman": "SEDANG"})
    (item,) = receiver.sync.conflicts()
    receiver.sync.decide_conflict(item.id, INCOMING)
    payload = json.loads(scalar(receiver, "SELECT payload FROM case_record WHERE id = :r",
                                r=record_id))
    assert payload["tingkat_ancaman"] == "SEDANG"
    assert scalar(receiver, "SELECT version FROM case_summary WHERE case_id = :c",
                  c=case_id) is not None


def test_refusals_by_code(offices):
    origin, receiver = offices
    case_conflict(origin, receiver, notes=("kantor", "lapangan"))
    (item,) = receiver.sync.conflicts()
    worker = user(receiver, "pendamping", {"PENDAMPING"})
    admin_only = user(receiver, "admin2", {"ADMIN"})
    db = receiver.session.db

    def code_of(actor, conflict_id, chosen=INCOMING) -> str:
        with pytest.raises(DomainError) as caught:
            svc.decide(db.uow(), actor, receiver.deps, conflict_id, chosen)
        return caught.value.code

    assert code_of(worker, item.id) == "needs_supervisor_role"
    assert code_of(admin_only, item.id) == "needs_casework_role"   # a case's data
    with pytest.raises(DomainError, match="conflict_unknown"):
        receiver.sync.decide_conflict(item.id + 1000, INCOMING)
    with pytest.raises(DomainError, match="conflict_choice"):
        receiver.sync.decide_conflict(item.id, "NEWER")
    receiver.sync.decide_conflict(item.id, LOCAL)
    with pytest.raises(DomainError, match="conflict_decided"):
        receiver.sync.decide_conflict(item.id, INCOMING)


def test_a_caseworker_cannot_decide_even_her_own_case(offices):
    origin, receiver = offices
    case_id, _ = case_conflict(origin, receiver, notes=("kantor", "lapangan"))
    worker = user(receiver, "pendamping", {"PENDAMPING"})
    edit_case(receiver.session.db, case_id, assigned_user_id=worker.id)
    (item,) = listed(receiver, worker)
    with pytest.raises(DomainError, match="needs_supervisor_role"):
        svc.decide(receiver.session.db.uow(), worker, receiver.deps, item.id, INCOMING)


# -- restricted data --------------------------------------------------------------------------
SCREENING = {"tanggal": "2026-03-02", "keluhan": "pusing", "hiv_ims": "", "catatan": ""}


def test_a_health_field_is_hidden_and_cannot_be_decided_without_the_grant(offices):
    origin, receiver = offices
    record_conflict(origin, receiver, "skrining_kesehatan", SCREENING,
                    here={"hiv_ims": "hasil A"}, there={"hiv_ims": "hasil B"})
    plain = user(receiver, "supervisor", {"SUPERVISOR"})
    granted = user(receiver, "dokter", {"SUPERVISOR"}, {"KESEHATAN"})

    (hidden,) = listed(receiver, plain)
    assert hidden.restricted
    assert (hidden.field_label, hidden.local_text, hidden.incoming_text) == (
        "(dibatasi)", "(dibatasi)", "(dibatasi)")
    assert "hasil" not in repr(hidden)
    with pytest.raises(DomainError, match="needs_grant") as caught:
        svc.decide(receiver.session.db.uow(), plain, receiver.deps, hidden.id, INCOMING)
    assert caught.value.params == {"grant": "KESEHATAN"}

    (shown,) = listed(receiver, granted)
    assert not shown.restricted
    assert (shown.local_text, shown.incoming_text) == ("hasil A", "hasil B")
    svc.decide(receiver.session.db.uow(), granted, receiver.deps, shown.id, INCOMING)
    assert listed(receiver, granted) == []


def test_an_open_field_beside_a_hidden_one_shows_and_the_hidden_one_does_not(offices):
    origin, receiver = offices
    record_conflict(origin, receiver, "skrining_kesehatan", SCREENING,
                    here={"hiv_ims": "hasil A", "keluhan": "mual"},
                    there={"hiv_ims": "hasil B", "keluhan": "demam"})
    (item,) = listed(receiver, user(receiver, "supervisor", {"SUPERVISOR"}))
    assert item.restricted
    assert item.field_label == "Keluhan korban, (dibatasi)"
    assert item.local_text.splitlines() == ["Keluhan korban: mual", "(dibatasi)"]
    assert item.incoming_text.splitlines() == ["Keluhan korban: demam", "(dibatasi)"]


def test_a_perpetrator_record_is_hidden_whole_without_the_grant(offices):
    origin, receiver = offices
    first = {"tanggal": "2026-03-02", "peran": "", "nama": "Pelaku Satu", "catatan": ""}
    record_conflict(origin, receiver, "pelaku", first, here={"nama": "Pelaku Dua"},
                    there={"nama": "Pelaku Tiga"})
    (item,) = listed(receiver, user(receiver, "supervisor", {"SUPERVISOR"}))
    assert item.restricted and item.subject == receiver.deps.config.forms["pelaku"].label_id
    assert (item.field_label, item.local_text, item.incoming_text) == (
        "(dibatasi)", "(dibatasi)", "(dibatasi)")
    assert "Pelaku Dua" not in repr(item) and "Pelaku Tiga" not in repr(item)
    (seen,) = listed(receiver, user(receiver, "penyidik", {"SUPERVISOR"}, {"PELAKU"}))
    assert (seen.field_label, seen.local_text, seen.incoming_text) == (
        "Nama", "Pelaku Dua", "Pelaku Tiga")


# -- whom an item concerns --------------------------------------------------------------------
def test_a_case_shared_with_a_caseworker_shows_her_its_conflicts(offices):
    origin, receiver = offices
    case_id, _ = case_conflict(origin, receiver, notes=("kantor", "lapangan"))
    worker = user(receiver, "pendamping", {"PENDAMPING"})
    assert listed(receiver, worker) == []
    with receiver.session.db.uow() as uow:
        uow.casework.share(case_id, worker.id, None)
        uow.commit()
    assert [c.case_id for c in listed(receiver, worker)] == [case_id]


def test_a_conflict_about_the_victim_names_her_case_and_reaches_its_caseworker(offices):
    from ppt_desk.storage.schema import Case, Person

    origin, receiver = offices
    case_id, number = shared_case(origin, receiver)
    for db, name in ((receiver.session.db, "Maria Seran Bria"), (origin, "Maria Sera")):
        with db.uow() as uow:   # no screen edits a person yet: the ORM, as a screen would
            person = uow.session.get(Person, uow.session.get(Case, case_id).person_id)
            person.full_name = name
            uow.commit()
    send(origin, receiver)
    worker = user(receiver, "pendamping", {"PENDAMPING"})
    edit_case(receiver.session.db, case_id, assigned_user_id=worker.id)

    items = listed(receiver, worker)
    assert {(c.entity, c.case_number, c.subject, c.field_label) for c in items} == {
        ("person", number, "Data pribadi", "Nama lengkap")}
    assert [(c.local_text, c.incoming_text) for c in items] == [("Maria Seran Bria",
                                                                 "Maria Sera")]
    assert listed(receiver, user(receiver, "lain", {"PENDAMPING"})) == []


def test_an_office_setting_is_for_supervisors_and_a_delete_reads_as_one(offices):
    origin, receiver = offices
    db = receiver.session.db
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "1", "email": "a@b.id"})
        uow.commit()
    send(origin, receiver)
    with db.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "1", "email": "c@d.id"})
        uow.commit()
    with origin.uow() as uow:
        uow.settings.save_office_setting("letterhead", {"phone": "1"})
        uow.commit()
    send(origin, receiver)

    assert listed(receiver, user(receiver, "pendamping", {"PENDAMPING"})) == []
    (item,) = listed(receiver, user(receiver, "admin2", {"ADMIN"}))
    assert (item.case_id, item.case_number, item.subject, item.whole_row) == (
        "", "", "Pengaturan kantor", True)
    assert (item.field_label, item.local_text, item.incoming_text) == (
        "seluruh data", "Nilai: c@d.id", "Dihapus di kantor asal")
    changes = receiver.sync.decide_conflict(item.id, INCOMING)
    assert changes.settings and changes.letterhead and changes.bundles and not changes.cases
    with db.uow() as uow:
        assert uow.settings.office_setting("letterhead") == {"phone": "1"}


def test_a_person_without_a_case_here_is_for_supervisors_only(offices):
    from ppt_desk.storage.schema import Person

    origin, receiver = offices
    with origin.uow() as uow:   # a person row whose case never arrived here
        uow.session.add(Person(id="0190dddd-0000-7000-8000-0000000000d1",
                               full_name="Tanpa Kasus", sex="P"))
        uow.commit()
    send(origin, receiver)
    for db, name in ((receiver.session.db, "Di Sini"), (origin, "Di Sana")):
        with db.uow() as uow:
            uow.session.get(Person, "0190dddd-0000-7000-8000-0000000000d1").full_name = name
            uow.commit()
    send(origin, receiver)
    assert listed(receiver, user(receiver, "admin2", {"ADMIN"})) == []
    (item,) = listed(receiver, user(receiver, "supervisor", {"SUPERVISOR"}))
    assert (item.case_number, item.local_text) == ("", "Di Sini")


def test_a_case_another_office_owns_is_decided_there(offices):
    origin, receiver = offices
    case_conflict(origin, receiver, owned_here=False, notes=("kantor", "lapangan"))
    (item,) = receiver.sync.conflicts()
    assert item.held_by == BELU
    with pytest.raises(DomainError, match="case_transferred") as caught:
        receiver.sync.decide_conflict(item.id, INCOMING)
    assert caught.value.params == {"to": BELU}
    assert receiver.sync.open_conflicts() == 1


def test_a_secretariat_decides_a_conflict_between_two_ppts_for_its_register(offices):
    """A secretariat owns no case: its officer decides the item (the province's reading of
    the two edits), which a PPT could only do for a case it owns."""
    origin, receiver = offices
    with receiver.session.db.engine.begin() as conn:   # (a shortcut: verify would name it)
        conn.execute(text("UPDATE office SET kind = 'SEKRETARIAT', regency_code = ''"))
    officer = user(receiver, "petugas", {"PETUGAS_SEKRETARIAT"})
    case_id, _ = case_conflict(origin, receiver, owned_here=False,
                               notes=("kantor", "lapangan"))
    (item,) = listed(receiver, officer)
    assert item.held_by == ""
    svc.decide(receiver.session.db.uow(), officer, receiver.deps, item.id, INCOMING)
    assert receiver.sync.open_conflicts() == 0
    assert scalar(receiver, f"SELECT notes FROM case_file WHERE id = '{case_id}'") == "lapangan"


def test_the_incoming_name_once_chosen_is_found_by_search(offices):
    from ppt_desk.services.dto import CaseQuery
    from ppt_desk.storage.schema import Case, Person

    origin, receiver = offices
    case_id, _ = shared_case(origin, receiver)
    for db, name in ((receiver.session.db, "Maria Seran Bria"), (origin, "Yosefina Tukan")):
        with db.uow() as uow:
            uow.session.get(Person, uow.session.get(Case, case_id).person_id).full_name = name
            uow.commit()
    send(origin, receiver)
    (item,) = receiver.sync.conflicts()
    receiver.sync.decide_conflict(item.id, INCOMING)
    with receiver.session.db.uow() as uow:
        assert [r.id for r in uow.cases.search(CaseQuery(text="Yosefina")).rows] == [case_id]
        assert not uow.cases.search(CaseQuery(text="Bria")).rows
    assert verify(receiver.session.db.engine).ok
