"""Case conferences in the store, on SQLCipher and PostgreSQL (``any_store``): the rows a
conference writes, their outbox events and audit entries, and a sync bundle that carries
them to the province, where they arrive as written."""
from __future__ import annotations

from datetime import timedelta

import pytest

from integration_helpers import make_intake, rows
from sync_helpers import (
    SECOND_PPT, enrol_both, give_secretariat_consent, new_office, new_province, only_bundle,
)
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput

TABLES = ("conference", "conference_case", "conference_participant", "conference_decision")


@pytest.fixture
def ppt(tmp_path, any_store):
    office = new_office(tmp_path / "ppt", SECOND_PPT, any_store)
    yield office
    office.session.lock()


def _held_conference(backend) -> tuple[str, list[str], str]:
    today = backend.deps.clock.today()
    cases = []
    for name in ("Maria Seran", "Yuliana Kase"):
        _, case_id, _ = backend.cases.register(make_intake(
            name, intake_date=today, assigned_user_id=backend.session.current_user.id))
        cases.append(case_id)
    conf = backend.conferences
    _, cid = conf.plan(ConferenceInput(
        "GELAR_KASUS", today, "Kantor Gugus Tugas", tuple(cases),
        (ParticipantInput("Ketua GT", "nas-gt-pptppo", "KETUA", today),
         ParticipantInput("Notulis", None, "NOTULIS", None))))
    conf.start(cid)
    conf.record(cid, "Pemulangan dan restitusi", "Koordinasi dengan BP2MI")
    _, did = conf.add_decision(cid, DecisionInput(cases[1], "Ajukan restitusi",
                                                  "Susun permohonan restitusi", "nas-lpsk", "",
                                                  today + timedelta(days=14)))
    conf.add_decision(cid, DecisionInput(cases[0], "Pemantauan bulanan", "Kunjungan rumah", None,
                                         "Pendamping", today + timedelta(days=30)))
    conf.finish(cid, today)
    conf.action_done(did, today)
    return cid, cases, did


def test_a_conference_is_stored_tracked_and_audited(ppt):
    cid, cases, did = _held_conference(ppt)
    got = ppt.conferences.get(cid)
    assert [c.case_id for c in got.cases] == cases
    assert [d.done_on for d in got.decisions] == [ppt.deps.clock.today(), None]
    assert got.participants[0].institution_name != ""
    # The queries behind a case's page and Hari ini, on this store.
    assert [a.what for a in ppt.conferences.open_actions(cases[0])] == ["Kunjungan rumah"]
    assert ppt.conferences.open_actions(cases[1]) == []
    assert [(s.case_count, s.open_actions) for s in ppt.conferences.for_case(cases[0])] == [
        (2, 1)]
    assert ppt.cases.open(cases[0]).work is not None     # gates read held conferences
    assert [a.what for a in ppt.casework.today().actions] == ["Kunjungan rumah"]
    # Every row has its outbox event and audit entry; the case rows name their case.
    for table in TABLES:
        stored = {r[0] for r in rows(ppt, f"SELECT id FROM {table}")}
        evented = {r[0] for r in rows(ppt, "SELECT entity_id FROM outbox_event "
                                           "WHERE entity = :t", t=table)}
        audited = {r[0] for r in rows(ppt, "SELECT entity_id FROM audit_entry "
                                           "WHERE entity = :t", t=table)}
        assert stored and stored <= evented and stored <= audited, table
    assert sorted(r[0] for r in rows(ppt, "SELECT DISTINCT case_id FROM outbox_event WHERE "
                                          "entity = 'conference_decision'")) == sorted(cases)
    assert rows(ppt, "SELECT DISTINCT case_id FROM outbox_event WHERE entity = 'conference'") \
        == [(None,)]
    assert ppt.session.verify().ok


def test_the_conference_travels_in_a_bundle_to_the_province(ppt, tmp_path, any_store):
    province = new_province(tmp_path / "province", any_store)
    try:
        enrol_both(ppt, province.backend, tmp_path / "cards", province.backup)
        cid, cases, did = _held_conference(ppt)
        for case_id in cases:
            give_secretariat_consent(ppt, case_id)
        stick = tmp_path / "stick"
        stick.mkdir()
        ppt.sync.export(stick)
        _, imported = province.backend.sync.import_bundle(only_bundle(stick))
        assert imported.outcome == "applied", imported
        for table in TABLES:
            here = sorted(tuple(r) for r in rows(ppt, f"SELECT * FROM {table}"))
            there = sorted(tuple(r) for r in rows(province.backend, f"SELECT * FROM {table}"))
            assert there == here and here, table
        status = rows(province.backend, "SELECT status, held_on FROM conference WHERE id = :i",
                      i=cid)
        assert [(s, str(d)) for s, d in status] == [("SELESAI", str(ppt.deps.clock.today()))]
        assert province.backend.session.verify().ok
    finally:
        province.backend.session.lock()
