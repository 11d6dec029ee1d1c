"""Possible duplicates at the secretariat on real data folders: two PPTs send their cases to the
province, the search after import proposes the pair, an officer decides; nothing is merged."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import Address
from integration_helpers import make_intake, rows, scalar
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, enrol_both, give_secretariat_consent, new_office, new_province,
    only_bundle,
)

NIK = "5371014403900001"
OFFICER, OFFICER_PASSWORD = "petugas", "kata-sandi-petugas-1"


@pytest.fixture
def world(backend, tmp_path, any_store):
    """The template PPT, a second PPT and the province (on each store), each PPT enrolled
    with the province."""
    province = new_province(tmp_path / "province", any_store)
    second = new_office(tmp_path / "second", SECOND_PPT)
    enrol_both(backend, province.backend, tmp_path / "cards1", province.backup)
    enrol_both(second, province.backend, tmp_path / "cards2", province.backup)
    yield backend, second, province.backend
    second.session.lock()
    if province.backend.session.is_unlocked:
        province.backend.session.lock()


def _register(backend, name, consent=True, **fields):
    fields.setdefault("origin", Address("Jl. Timor Raya 12", "53", "53.71"))
    _, case_id, _ = backend.cases.register(make_intake(name, **fields))
    if consent:
        give_secretariat_consent(backend, case_id)
    return case_id


def _send(ppt, province, stick):
    stick.mkdir(exist_ok=True)
    for old in stick.glob("*.ppt-bundle"):
        old.unlink()
    ppt.sync.export(stick)
    changes, result = province.sync.import_bundle(only_bundle(stick))
    assert result.outcome == "applied", result
    return changes


def _province_case(province, name_like):
    return scalar(province, "SELECT c.id FROM case_file c JOIN person p ON p.id = c.person_id "
                            "WHERE p.full_name LIKE :n", n=name_like)


def _fill(world, tmp_path):
    ppt, second, province = world
    born = date(1990, 3, 4)
    _register(ppt, "Hj. Siti Fatimah", nik=NIK, birth_date=born, estimated_age=None)
    _register(second, "Sity Fatimha", birth_date=born, estimated_age=None)
    # The same name at two PPTs, one sent pseudonymised: never a candidate.
    _register(ppt, "Agustina Nahak", birth_date=date(1995, 1, 2), estimated_age=None)
    _register(second, "Agustina Nahak", consent=False, birth_date=date(1995, 1, 2),
              estimated_age=None)
    # One office's own double: that office's business, not the province's.
    _register(ppt, "Yuliana Kase", birth_date=date(2001, 7, 8), estimated_age=None)
    _register(ppt, "Yuliana Kase", birth_date=date(2001, 7, 8), estimated_age=None)
    touched = _send(ppt, province, tmp_path / "stick1").cases
    touched |= _send(second, province, tmp_path / "stick2").cases
    return touched


def test_the_search_after_import_proposes_only_two_ppts_identified_cases(world, tmp_path):
    ppt, second, province = world
    touched = _fill(world, tmp_path)
    persons_before = rows(province, "SELECT id, full_name, nik FROM person ORDER BY id")
    changes, scan = province.duplicates.find_for_cases(touched)
    assert scan.proposed == 1 and scan.cases == len(touched)
    (pair,) = province.duplicates.pairs()
    assert pair.status == "OPEN" and pair.score >= 60
    assert {"name_similar", "birth_date"} <= set(pair.reasons)
    assert {pair.a.office_name, pair.b.office_name} == {
        ppt.office.profile().name, second.office.profile().name}
    assert {pair.a.name, pair.b.name} == {"Hj. Siti Fatimah", "Sity Fatimha"}
    assert changes.cases == touched
    # The same import's cases again find nothing new; a full rescan agrees.
    assert province.duplicates.find_for_cases(touched)[1].proposed == 0
    assert province.duplicates.rescan()[1].proposed == 0
    assert len(province.duplicates.pairs()) == 1
    # Nothing merged, nothing written to the records.
    assert rows(province, "SELECT id, full_name, nik FROM person ORDER BY id") == persons_before


def test_confirm_shows_on_both_cases_audited_not_synced(world, tmp_path):
    ppt, second, province = world
    province.duplicates.find_for_cases(_fill(world, tmp_path))
    (pair,) = province.duplicates.pairs()
    outbox = scalar(province, "SELECT count(*) FROM outbox_event")
    changes = province.duplicates.confirm(pair.id, "NIK dicek lewat telepon")
    assert changes.cases == {pair.a.case_id, pair.b.case_id}
    (decided,) = province.duplicates.pairs()
    assert (decided.status, decided.note, decided.decided_by) == (
        "CONFIRMED", "NIK dicek lewat telepon", "Admin")
    (link,) = province.duplicates.links(pair.a.case_id)
    assert (link.other_case_number, link.other_office, link.status) == (
        pair.b.case_number, pair.b.office_name, "CONFIRMED")
    assert province.duplicates.links(pair.b.case_id)[0].other_case_id == pair.a.case_id
    # Audited like any change; province-local: no event for any PPT.
    assert rows(province, "SELECT action, entity, user_id FROM audit_entry WHERE entity_id = :i",
                i=pair.id) == [("duplicate_confirm", "duplicate_pair",
                                province.session.current_user.id)]
    assert scalar(province, "SELECT count(*) FROM outbox_event") == outbox
    assert province.session.verify().ok
    with pytest.raises(DomainError) as info:
        province.duplicates.dismiss(pair.id)
    assert info.value.code == "duplicate_already_decided"


def test_a_dismissed_pair_is_not_proposed_again(world, tmp_path):
    _, _, province = world
    touched = _fill(world, tmp_path)
    province.duplicates.find_for_cases(touched)
    (pair,) = province.duplicates.pairs()
    province.duplicates.dismiss(pair.id, "Orang berbeda, sudah dicek")
    assert province.duplicates.find_for_cases(touched)[1].proposed == 0
    assert province.duplicates.rescan()[1].proposed == 0
    assert [p.status for p in province.duplicates.pairs()] == ["DISMISSED"]
    assert province.duplicates.pairs("OPEN") == []
    assert province.duplicates.links(pair.a.case_id) == []


def test_an_open_pair_is_withdrawn_when_a_record_no_longer_matches(world, tmp_path):
    _, _, province = world
    province.duplicates.find_for_cases(_fill(world, tmp_path))
    (pair,) = province.duplicates.pairs()
    with province.session.db.engine.begin() as conn:   # as a later bundle would change it
        conn.execute(text("UPDATE person SET birth_date = :born, full_name = 'Maria Seran' "
                          "WHERE id = (SELECT person_id FROM case_file WHERE id = :c)"),
                     {"born": date(1970, 1, 1), "c": pair.b.case_id})
    _, scan = province.duplicates.find_for_cases({pair.b.case_id})
    assert scan.withdrawn == 1 and province.duplicates.pairs() == []


def test_only_an_officer_or_admin_decides_and_identity_follows_the_role(world, tmp_path):
    ppt, _, province = world
    province.duplicates.find_for_cases(_fill(world, tmp_path))
    office_id = province.office.profile().id
    with province.session.db.engine.begin() as conn:   # as set up by `ppt-desk secretariat`
        conn.execute(text("UPDATE office SET kind = 'SEKRETARIAT' WHERE id = :o"),
                     {"o": office_id})
    province.users.add("adminsaja", "Admin saja", frozenset({"ADMIN"}), OFFICER_PASSWORD)
    province.users.add(OFFICER, "Petugas", frozenset({"PETUGAS_SEKRETARIAT"}), OFFICER_PASSWORD)
    (pair,) = province.duplicates.pairs()
    # A caseworker (here at a PPT) neither sees nor decides anything of it.
    ppt.users.add("pendamping", "Pendamping", frozenset({"PENDAMPING"}), OFFICER_PASSWORD)
    ppt.session.lock()
    ppt.session.unlock("pendamping", OFFICER_PASSWORD)
    for attempt in (lambda: ppt.duplicates.confirm(pair.id),
                    lambda: ppt.duplicates.dismiss(pair.id), ppt.duplicates.pairs,
                    ppt.duplicates.rescan):
        with pytest.raises(DomainError) as info:
            attempt()
        assert info.value.code == "needs_secretariat_role"
    ppt.session.lock()
    ppt.session.unlock(ADMIN, PASSWORD)
    # An administrator who is not an officer decides, without seeing names.
    province.session.lock()
    province.session.unlock("adminsaja", OFFICER_PASSWORD)
    (masked,) = province.duplicates.pairs()
    assert (masked.a.name, masked.b.name, masked.a.nik) == ("", "", "")
    assert {masked.a.label, masked.b.label} == {pair.a.case_number, pair.b.case_number}
    province.session.lock()
    province.session.unlock(OFFICER, OFFICER_PASSWORD)
    (seen,) = province.duplicates.pairs()
    assert {seen.a.name, seen.b.name} == {pair.a.name, pair.b.name}
    province.duplicates.confirm(pair.id)
    assert province.duplicates.pairs()[0].decided_by == "Petugas"
    province.session.lock()
    province.session.unlock(ADMIN, PASSWORD)


def test_a_store_scanned_before_the_keys_existed_is_rescanned_whole(world, tmp_path):
    _, _, province = world
    touched = _fill(world, tmp_path)
    # Only one case named as touched, and no keys stored yet: the first scan builds them all.
    one = _province_case(province, "Sity%")
    assert one in touched
    _, scan = province.duplicates.find_for_cases({one})
    assert scan.proposed == 1 and scan.cases == scalar(province, "SELECT count(*) FROM case_file")
    assert scalar(province, "SELECT count(*) FROM duplicate_block") > 0
