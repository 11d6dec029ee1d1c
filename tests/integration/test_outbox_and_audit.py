"""Every write leaves exactly one outbox event and one audit entry per tracked row change,
in the same transaction: gap-free device sequence, right base versions and field-level patches,
nothing at all from a rolled-back unit of work."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import text

from integration_helpers import child_intake, make_intake, rows, scalar
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.ids import Hlc
from ppt_desk.domain.institutions import Institution
from ppt_desk.domain.tracks import GroupParticipantInput, GroupSessionInput
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput
from ppt_desk.services.dto import CaseQuery, ConsentInput

TRACKED = ("office", "app_user", "person", "case_file", "case_record", "stage_change", "consent",
           "case_share", "institution", "group_session", "group_participant", "office_setting",
           "conference", "conference_case", "conference_participant", "conference_decision",
           "rad_entry")


def _counts(backend) -> dict[str, int]:
    return {t: scalar(backend, f"SELECT count(*) FROM {t}")
            for t in (*TRACKED, "outbox_event", "audit_entry", "search_token", "case_modus")}


def _derived():
    return {"age_at_intake": 24, "age_band": "DEWASA", "is_child": False}


def _rolled_back_add(backend, name: str, *, raise_inside: bool) -> None:
    """Add a case in a unit of work that never commits (flushed rows included)."""
    uow = backend.session.db.uow()
    if raise_inside:
        with pytest.raises(RuntimeError):
            with uow:
                uow.cases.add(make_intake(name), uow.office.get(), _derived())
                assert scalar_in(uow, "SELECT count(*) FROM outbox_event") > 0  # flushed
                raise RuntimeError("cancelled")
    else:
        with uow:
            uow.cases.add(make_intake(name), uow.office.get(), _derived())
            # leaving without commit() rolls back


def scalar_in(uow, sql):
    return uow.session.execute(text(sql)).scalar()


def test_many_writes_give_a_gap_free_outbox_and_nothing_from_rollbacks(backend):
    start = _counts(backend)
    expected_events = start["outbox_event"]
    _, maria = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                                "kata-sandi-maria-1")
    expected_events += 1
    for i in range(300):
        backend.cases.register(make_intake(f"Korban Uji {i}") if i % 7 else child_intake(f"Anak Uji {i}"))
        expected_events += 2  # person + case_file
        if i % 50 == 0:
            backend.users.update(maria.id, f"Maria Seran {i}", frozenset({"PENDAMPING"}), True)
            expected_events += 1
        if i % 60 == 30:
            _rolled_back_add(backend, f"Batal Dengan Galat {i}", raise_inside=True)
            _rolled_back_add(backend, f"Batal Tanpa Commit {i}", raise_inside=False)
            with pytest.raises(DomainError, match="unknown_user"):
                backend.cases.register(make_intake(f"Batal Penugasan {i}", assigned_user_id="nobody"))
    # Several cases in one unit of work, committed together.
    uow = backend.session.db.uow()
    with uow:
        for j in range(3):
            uow.cases.add(make_intake(f"Satu Transaksi {j}"), uow.office.get(), _derived())
        uow.commit()
    expected_events += 6

    seqs = [r[0] for r in rows(backend, "SELECT device_seq FROM outbox_event ORDER BY device_seq")]
    assert seqs == list(range(1, expected_events + 1))
    assert scalar(backend, "SELECT next_seq FROM device_state") == expected_events + 1
    end = _counts(backend)
    assert end["case_file"] - start["case_file"] == 303
    assert end["person"] - start["person"] == 303
    assert end["audit_entry"] == end["outbox_event"]  # no audit-only actions were taken
    # Nothing from the rolled-back units of work.
    assert backend.cases.search(CaseQuery(text="batal")).total == 0
    assert scalar(backend, "SELECT count(*) FROM person WHERE full_name LIKE 'Batal%'") == 0
    assert scalar(backend, "SELECT count(*) FROM person p WHERE NOT EXISTS "
                           "(SELECT 1 FROM case_file c WHERE c.person_id = p.id)") == 0
    # One create event per stored row, and no event without its row.
    for table in TRACKED:
        stored = {r[0] for r in rows(backend, f"SELECT id FROM {table}")}
        created = {r[0] for r in rows(backend, "SELECT entity_id FROM outbox_event "
                                               "WHERE entity = :e AND op = 'create'", e=table)}
        assert created == stored, table
    # The hybrid clock grows with the sequence.
    clocks = [Hlc.decode(r[0]) for r in rows(backend, "SELECT hlc FROM outbox_event ORDER BY device_seq")]
    assert all(a < b for a, b in zip(clocks, clocks[1:]))
    report = backend.session.verify()
    assert report.ok, report.problems
    assert (report.audit_entries, report.outbox_events) == (end["audit_entry"], expected_events)


def test_a_rolled_back_unit_of_work_leaves_no_event_and_no_audit_entry(backend):
    before = _counts(backend)
    head = rows(backend, "SELECT next_seq, audit_seq, audit_hash FROM device_state")
    _rolled_back_add(backend, "Hilang Sama Sekali", raise_inside=True)
    _rolled_back_add(backend, "Hilang Juga", raise_inside=False)
    assert _counts(backend) == before
    assert rows(backend, "SELECT next_seq, audit_seq, audit_hash FROM device_state") == head
    assert backend.cases.search(CaseQuery(text="hilang")).total == 0
    backend.cases.register(make_intake("Setelah Batal"))
    assert rows(backend, "SELECT max(device_seq) FROM outbox_event")[0][0] == head[0][0] + 1
    assert backend.session.verify().ok


def _events(backend, entity: str, entity_id: str) -> list[tuple]:
    return [(op, base, json.loads(patch)) for op, base, patch in rows(
        backend, "SELECT op, base_version, patch FROM outbox_event WHERE entity = :e AND "
                 "entity_id = :i ORDER BY device_seq", e=entity, i=entity_id)]


def test_an_update_carries_only_the_changed_field_and_its_base_version(backend):
    _, maria = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                                "kata-sandi-maria-1")
    assert scalar(backend, "SELECT version FROM app_user WHERE id = :i", i=maria.id) == 1
    backend.users.update(maria.id, "Maria Goreti Seran", frozenset({"PENDAMPING"}), True)
    backend.users.update(maria.id, "Maria Goreti Seran", frozenset({"PENDAMPING"}), True)  # no change
    backend.users.update(maria.id, "Maria Goreti Seran", frozenset({"PENDAMPING", "SUPERVISOR"}),
                        False)
    events = _events(backend, "app_user", maria.id)
    assert [e[0] for e in events] == ["create", "update", "update"]
    assert events[0][1] == 0
    assert events[1][1:] == (1, {"display_name": "Maria Goreti Seran"})
    assert events[2][1:] == (2, {"roles": ["PENDAMPING", "SUPERVISOR"], "active": False})
    assert scalar(backend, "SELECT version FROM app_user WHERE id = :i", i=maria.id) == 3
    audit = rows(backend, "SELECT action, fields FROM audit_entry WHERE entity_id = :i "
                          "ORDER BY seq", i=maria.id)
    assert [(a, json.loads(f)) for a, f in audit] == [
        ("create", sorted(events[0][2])), ("update", ["display_name"]),
        ("update", ["active", "roles"]),
    ]


def _stored(backend, table: str, row_id: str) -> dict:
    with backend.session.db.engine.connect() as conn:
        row = conn.execute(text(f"SELECT * FROM {table} WHERE id = :i"), {"i": row_id}).mappings().one()
    return dict(row)


def _normalise(value):
    """Stored SQLite text and patch JSON side by side: JSON columns and timestamps parsed."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        return json.loads(value)
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T":
        return datetime.fromisoformat(value)
    return value


def test_create_events_carry_exactly_what_was_stored(backend):
    _, case_id, _ = backend.cases.register(child_intake(
        "Yosefina Kolo", aliases=("Yosi",), nik="5371014204990001", birth_date=date(2011, 4, 2),
        estimated_age=None, intake_date=date(2025, 5, 2)))
    _, maria = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                                "kata-sandi-maria-1")
    person_id = scalar(backend, "SELECT person_id FROM case_file WHERE id = :i", i=case_id)
    office_id = scalar(backend, "SELECT id FROM office")
    for table, row_id in (("case_file", case_id), ("person", person_id),
                          ("app_user", maria.id), ("office", office_id)):
        (op, base, patch), = [e for e in _events(backend, table, row_id) if e[0] == "create"]
        stored = _stored(backend, table, row_id)
        assert base == 0 and stored.pop("version") == 1
        for column, value in stored.items():
            got = patch[column]
            if isinstance(got, bool):
                value = bool(value)
            assert _normalise(value) == _normalise(got), (table, column)
        assert set(patch) == set(stored), table
    case_events = rows(backend, "SELECT case_id FROM outbox_event WHERE entity = 'case_file'"
                                " AND entity_id = :i", i=case_id)
    assert case_events == [(case_id,)]


def _case_events(backend, entity: str, entity_id: str) -> list[tuple]:
    """(op, base_version, patch keys, case_id, author) of one row's events, with a check that
    each has its audit entry (same op, row, author and fields)."""
    out = []
    for op, base, patch, case_id, author in rows(
            backend, "SELECT op, base_version, patch, case_id, author_id FROM outbox_event "
                     "WHERE entity = :e AND entity_id = :i ORDER BY device_seq",
            e=entity, i=entity_id):
        out.append((op, base, set(json.loads(patch)), case_id, author))
    audit = rows(backend, "SELECT action, fields, user_id FROM audit_entry WHERE entity = :e "
                          "AND entity_id = :i ORDER BY seq", e=entity, i=entity_id)
    assert [(a, set(json.loads(f)), u) for a, f, u in audit] == \
        [(op, keys, author) for op, _, keys, _, author in out], (entity, entity_id)
    return out


def test_every_tracked_entity_type_gets_events(backend, creds):
    from casework_helpers import MovableClock, payloads

    backend.deps.clock = MovableClock(date(2025, 5, 10))
    _, case_id, _ = backend.cases.register(make_intake("Semua Jenis"))
    _, maria = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                                "kata-sandi-maria-1")
    admin = backend.session.current_user.id
    backend.casework.hand_over(case_id, maria.id, "Untuk Maria")
    backend.session.lock()
    backend.session.unlock("maria.seran", "kata-sandi-maria-1")
    # institution: a local directory entry, created then changed (no case).
    _, clinic = backend.directory.save(Institution(
        "", "Puskesmas Oebobo", "KESEHATAN", "KABUPATEN_KOTA", province_code="53",
        regency_code="53.71"))
    backend.directory.save(Institution(clinic.id, "Puskesmas Oebobo", "KESEHATAN",
                                         "KABUPATEN_KOTA", phone="0380 000000"))
    # group_session + group_participant: the victim and her mother in one session.
    _, session_id = backend.groups.add(GroupSessionInput(
        date(2025, 5, 10), "KONSELING_KELUARGA", "Pemulihan bersama keluarga",
        participants=(GroupParticipantInput(case_id),
                      GroupParticipantInput(case_id, "KELUARGA", "IBU"))))
    # conference (no case) with its case, participant and decision: a gelar kasus planned,
    # held, its action item done.
    _, conference_id = backend.conferences.plan(ConferenceInput(
        "GELAR_KASUS", date(2025, 5, 10), "Kantor Gugus Tugas", (case_id,),
        (ParticipantInput("Ketua GT", None, "KETUA", date(2025, 5, 10)),)))
    backend.conferences.start(conference_id)
    _, decision_id = backend.conferences.add_decision(conference_id, DecisionInput(
        case_id, "Lacak kontak", "Hubungi keluarga", None, "Maria", date(2025, 5, 12)))
    backend.conferences.finish(conference_id, date(2025, 5, 10))
    backend.conferences.action_done(decision_id, date(2025, 5, 10))
    # case_record: created, then changed.
    forms = payloads(date(2025, 5, 10))
    _, record_id = backend.casework.save_record(case_id, "terminasi",
                                       {**forms["terminasi"], "alasan": "HILANG_KONTAK"})
    backend.casework.save_record(case_id, "terminasi", {**forms["terminasi"], "alasan": "HILANG_KONTAK",
                                                "penilaian_akhir": "Nomor tidak aktif"}, record_id)
    # stage_change: asked for by the caseworker (pending), decided by the supervisor.
    _, change = backend.casework.request_stage_change(case_id, "TERMINASI", "Hilang kontak")
    assert change.status == "PENDING"
    # consent: recorded, then withdrawn.
    _, consent_id = backend.consent.record(case_id, ConsentInput(
        "SEKRETARIAT", "KORBAN", date(2025, 5, 10), "TERTULIS"))
    backend.consent.withdraw(consent_id, date(2025, 5, 10), "Berubah pikiran")
    backend.session.lock()
    backend.session.unlock(*creds)
    backend.casework.review_stage_change(change.id, True, "Setuju")
    # case_share: shared, then unshared (the row is deleted).
    _, budi = backend.users.add("budi.lake", "Budi Lake", frozenset({"PENDAMPING"}),
                               "kata-sandi-budi-1")
    backend.casework.share(case_id, budi.id)
    share_id = scalar(backend, "SELECT id FROM case_share WHERE case_id = :c AND user_id = :u",
                      c=case_id, u=budi.id)
    backend.casework.share(case_id, budi.id, shared=False)
    # office_setting: a letterhead field saved, then changed (one row per field, ADR 0011).
    backend.office.save_letterhead({"city": "Kupang"})
    backend.office.save_letterhead({"city": "Kota Kupang"})
    # rad_entry: a RAD figure typed in (office data, no case), then corrected.
    plan = next(p.code for p in backend.stats.rad_plans() if p.code.startswith("NTT"))
    backend.stats.save_rad_entry(plan, "B.1.a", 2022, 1, 3, "")
    backend.stats.save_rad_entry(plan, "B.1.a", 2022, 1, 4, "Surat 12/2022")
    rad_id = scalar(backend, "SELECT id FROM rad_entry")

    entities = {r[0] for r in rows(backend, "SELECT DISTINCT entity FROM outbox_event")}
    assert entities >= set(TRACKED)
    handover_id = scalar(backend, "SELECT id FROM case_record WHERE kind = 'serah_terima'")
    assert _case_events(backend, "case_record", handover_id) == [
        ("create", 0, _columns("case_record"), case_id, admin)]
    assert _case_events(backend, "case_record", record_id) == [
        ("create", 0, _columns("case_record"), case_id, maria.id),
        ("update", 1, {"payload", "updated_at"}, case_id, maria.id)]
    assert _case_events(backend, "stage_change", change.id) == [
        ("create", 0, _columns("stage_change"), case_id, maria.id),
        ("update", 1, {"status", "decided_by", "decided_at", "decided_on", "review_comment",
                       "previous"}, case_id, admin)]
    assert _case_events(backend, "consent", consent_id) == [
        ("create", 0, _columns("consent"), case_id, maria.id),
        ("update", 1, {"withdrawn_on", "withdrawal_note"}, case_id, maria.id)]
    assert _case_events(backend, "case_share", share_id) == [
        ("create", 0, _columns("case_share"), case_id, admin),
        ("delete", 1, set(), case_id, admin)]
    # The case row itself changed with the handover and the termination.
    case_updates = [e[2] for e in _case_events(backend, "case_file", case_id) if e[0] == "update"]
    assert {"assigned_user_id"} <= case_updates[0]
    assert {"stage", "stage_since", "status", "victim_status"} <= case_updates[1]
    assert _case_events(backend, "institution", clinic.id) == [
        ("create", 0, _columns("institution"), None, maria.id),
        ("update", 1, {"regency_code", "province_code", "phone", "updated_at"}, None, maria.id)]
    assert _case_events(backend, "group_session", session_id) == [
        ("create", 0, _columns("group_session"), None, maria.id)]
    participants = rows(backend, "SELECT id FROM group_participant WHERE session_id = :s",
                        s=session_id)
    assert len(participants) == 2
    for (pid,) in participants:
        assert _case_events(backend, "group_participant", pid) == [
            ("create", 0, _columns("group_participant"), case_id, maria.id)]
    assert _case_events(backend, "conference", conference_id) == [
        ("create", 0, _columns("conference"), None, maria.id),
        ("update", 1, {"status"}, None, maria.id),
        ("update", 2, {"status", "held_on"}, None, maria.id)]
    for table in ("conference_case", "conference_participant"):
        (row_id,) = rows(backend, f"SELECT id FROM {table} WHERE conference_id = :c",
                         c=conference_id)[0]
        assert _case_events(backend, table, row_id) == [
            ("create", 0, _columns(table), case_id if table == "conference_case" else None,
             maria.id)]
    assert _case_events(backend, "conference_decision", decision_id) == [
        ("create", 0, _columns("conference_decision"), case_id, maria.id),
        ("update", 1, {"done_on"}, case_id, maria.id)]
    assert _case_events(backend, "office_setting", "letterhead.city") == [
        ("create", 0, _columns("office_setting"), None, admin),
        ("update", 1, {"value"}, None, admin)]
    assert _case_events(backend, "rad_entry", rad_id) == [
        ("create", 0, _columns("rad_entry"), None, admin),
        ("update", 1, {"value", "note", "entered_at"}, None, admin)]
    report = backend.session.verify()
    assert report.ok, report.problems
    from ppt_desk.storage.schema import Base, Tracked

    tracked_tables = {m.local_table.name for m in Base.registry.mappers
                      if issubclass(m.class_, Tracked)}
    assert tracked_tables == set(TRACKED), "a new tracked table needs a case in this test"


def _columns(table: str) -> set[str]:
    from ppt_desk.storage.schema import Base

    return {c.name for c in Base.metadata.tables[table].columns} - {"version"}


def test_a_summary_only_change_writes_no_event(backend, creds):
    """case_summary is derived data: rebuilding it changes no case data and syncs nothing."""
    from ppt_desk.services import summaries

    _, case_id, _ = backend.cases.register(make_intake("Ringkasan Saja"))
    summary = rows(backend, "SELECT * FROM case_summary WHERE case_id = :c", c=case_id)
    assert summary
    head = rows(backend, "SELECT next_seq, audit_seq, audit_hash FROM device_state")
    events = scalar(backend, "SELECT count(*) FROM outbox_event")
    with backend.session.db.engine.begin() as conn:
        conn.execute(text("UPDATE case_summary SET last_progress = '2000-01-01', missing = '[]', "
                          "missing_count = 0 WHERE case_id = :c"), {"c": case_id})
    uow = backend.session.db.uow()
    with uow:
        summaries.refresh_summary(uow, backend.deps.config, case_id)
        uow.commit()
    assert rows(backend, "SELECT * FROM case_summary WHERE case_id = :c", c=case_id) == summary
    # A summary of an older version is rebuilt on unlock, also without events.
    with backend.session.db.engine.begin() as conn:
        conn.execute(text("UPDATE case_summary SET version = 0, last_progress = '2000-01-01'"))
    backend.session.lock()
    backend.session.unlock(*creds)
    assert rows(backend, "SELECT * FROM case_summary WHERE case_id = :c", c=case_id) == summary
    assert scalar(backend, "SELECT count(*) FROM outbox_event") == events
    assert rows(backend, "SELECT next_seq, audit_seq, audit_hash FROM device_state") == head
    assert backend.session.verify().ok


def test_audit_only_actions_extend_the_chain_without_outbox_events(backend):
    _, case_id, _ = backend.cases.register(make_intake("Dilihat Saja"))
    events = scalar(backend, "SELECT count(*) FROM outbox_event")
    backend.cases.open(case_id)
    backend.users.reset_password(backend.session.current_user.id, "sandi-admin-baru-1")
    assert scalar(backend, "SELECT count(*) FROM outbox_event") == events
    tail = rows(backend, "SELECT action, entity, entity_id, user_id FROM audit_entry "
                         "ORDER BY seq DESC LIMIT 2")
    me = backend.session.current_user.id
    assert tail == [("set_password", "app_user", me, me), ("view", "case_file", case_id, me)]
    assert backend.session.verify().ok


def test_outbox_clock_never_goes_back_when_the_wall_clock_does(backend, monkeypatch):
    from ppt_desk.storage.changes import ChangeRecorder
    from ppt_desk.storage.database import UnlockedDatabase
    from ppt_desk.storage.uow import SqlUnitOfWork

    walls = iter([2_000_000_000.0, 2_000_000_000.0, 1_999_996_400.0, 1_000_000_000.0,
                  2_000_000_001.0, 1_999_000_000.0] * 10)

    def uow(self):
        recorder = ChangeRecorder(self.device_id, wall_clock=lambda: next(walls))
        return SqlUnitOfWork(self.engine, recorder, self.index, self.user.id)

    monkeypatch.setattr(UnlockedDatabase, "uow", uow)
    start = scalar(backend, "SELECT max(device_seq) FROM outbox_event")
    for i in range(6):
        backend.cases.register(make_intake(f"Jam Mundur {i}"))
    clocks = [Hlc.decode(r[0]) for r in rows(
        backend, "SELECT hlc FROM outbox_event WHERE device_seq > :s ORDER BY device_seq", s=start)]
    assert len(clocks) == 12
    assert all(a < b for a, b in zip(clocks, clocks[1:]))
    assert clocks[-1].wall_ms == 2_000_000_001_000
    assert backend.session.verify().ok
