"""Setting up a Gugus Tugas secretariat (issue 11, ADR 0015), at the service level, on the
embedded store: the office of a province, its first administrator, and the offline backup key
that is handed out once and kept nowhere, while its recipient goes onto the secretariat's card
by itself. Then the roles: an officer imports and reads the register but writes no case and
keeps no keys; an administrator enrols and revokes."""
from __future__ import annotations

import json
from dataclasses import asdict

import pyrage
import pytest
from sqlalchemy import inspect, text

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import Address
from ppt_desk.domain.roles import Role
from ppt_desk.security import signing
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery, OfficeProfile
from ppt_desk.services.secretariat.backup_key import store_recipient
from secretariat_helpers import OFFICER, OFFICER_PASSWORD, enrol_with, new_secretariat
from sync_helpers import ADMIN, PASSWORD, give_secretariat_consent, only_bundle

NAME, NIK = "Yuliana Kase", "5371014107990021"


@pytest.fixture
def secretariat(tmp_path):
    backend, result = new_secretariat(tmp_path / "sekretariat")
    yield backend, result
    backend.session.lock()


def _all_text_in_database(backend) -> str:
    """Every value of every table of the decrypted database, as text."""
    engine = backend.session.open_store().engine
    out = []
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                out.extend(str(v) for v in row)
    return "\n".join(out)


def test_setup_makes_a_provincial_office_and_leaves_the_folder_locked(tmp_path):
    backend = make_backend(tmp_path / "s", TEST_PARAMS)
    result = backend.secretariat.setup("53", ADMIN, "Admin Sekretariat", PASSWORD, PASSWORD)
    assert not backend.session.is_unlocked
    assert result.office.name == "Sekretariat Gugus Tugas PP-TPPO Provinsi Nusa Tenggara Timur"
    assert (result.office.kind, result.office.province_code, result.office.regency_code) == (
        "SEKRETARIAT", "53", "")
    assert result.admin.roles == {Role.ADMIN.value, Role.SECRETARIAT_OFFICER.value}
    assert result.backup_identity.startswith("AGE-SECRET-KEY-1")
    assert result.backup_recipient == str(
        pyrage.x25519.Identity.from_str(result.backup_identity).to_public())
    assert result.backup_fingerprint == signing.fingerprint(result.backup_recipient.encode())
    assert result.backup_identity not in repr(result)
    backend.session.unlock(ADMIN, PASSWORD)
    status = backend.secretariat.status()
    assert (status.is_secretariat, status.province_code, status.province_name) == (
        True, "53", "Nusa Tenggara Timur")
    assert (status.backup_recipient, status.backup_fingerprint) == (
        result.backup_recipient, result.backup_fingerprint)
    assert (status.ppt_devices, status.revoked_devices) == (0, 0)
    backend.session.lock()


def test_a_given_office_name_and_an_unknown_province(tmp_path):
    named = make_backend(tmp_path / "named", TEST_PARAMS)
    result = named.secretariat.setup("52", ADMIN, "A", PASSWORD, PASSWORD,
                                     office_name="  Sekretariat  GT NTB ")
    assert result.office.name == "Sekretariat GT NTB"
    for province in ("99", "53.71", ""):
        folder = make_backend(tmp_path / f"bad{province}", TEST_PARAMS)
        with pytest.raises(DomainError) as err:
            folder.secretariat.setup(province, ADMIN, "A", PASSWORD, PASSWORD)
        assert err.value.code == "province_unknown"
        assert not folder.session.is_set_up()
    short = make_backend(tmp_path / "short", TEST_PARAMS)
    with pytest.raises(DomainError) as err:
        short.secretariat.setup("53", ADMIN, "A", "pendek", "pendek")
    assert err.value.code == "password_too_short" and not short.session.is_set_up()


def test_the_backup_key_is_returned_once_and_stored_nowhere(secretariat, tmp_path):
    backend, result = secretariat
    secret = result.backup_identity
    payload = secret[len("AGE-SECRET-KEY-1"):]
    folder = tmp_path / "sekretariat"
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in (secret, secret.lower(), payload, payload.lower()):
                assert needle.encode() not in data, path.name
    everything = _all_text_in_database(backend)
    assert result.backup_recipient in everything     # the public half is kept
    for needle in (secret, secret.lower(), payload, payload.lower()):
        assert needle not in everything
    # The store keeps one recipient, and a second one is refused, never silently replaced.
    with pytest.raises(DomainError) as err:
        store_recipient(backend.session.open_store().uow(),
                        str(pyrage.x25519.Identity.generate().to_public()))
    assert err.value.code == "backup_key_exists"


def test_card_carries_both_recipients_and_the_backup_key_opens_a_ppt_bundle(
        secretariat, backend, tmp_path):
    sek, result = secretariat
    card = sek.sync.own_card()
    assert card.role == "SEKRETARIAT" and card.regency_code == ""
    path = sek.sync.write_own_card(tmp_path)
    recipients = json.loads(path.read_text())["age_recipients"]
    assert len(recipients) == 2 and recipients[1] == result.backup_recipient
    assert recipients[0] != result.backup_recipient

    enrol_with(backend, sek, tmp_path / "cards")
    _, case_id, _ = backend.cases.register(make_intake(
        NAME, nik=NIK, origin=Address("Jl. Timor Raya 12", "53", "53.71")))
    give_secretariat_consent(backend, case_id)
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    plain = pyrage.decrypt(only_bundle(stick).read_bytes(),
                           [pyrage.x25519.Identity.from_str(result.backup_identity)])
    assert NAME.encode() in plain
    # Another province's secretariat, enrolled too, is no PPT device of this one.
    other, _ = new_secretariat(tmp_path / "ntb", "52")
    other_card = other.sync.write_own_card(tmp_path / "cards")
    other.session.lock()
    sek.sync.enrol(other_card, sek.sync.read_card(other_card).fingerprint)
    status = sek.secretariat.status()
    assert (status.ppt_devices, status.revoked_devices) == (1, 0)


def test_a_secretariat_without_its_backup_key_makes_no_card(tmp_path):
    bare = make_backend(tmp_path / "bare", TEST_PARAMS)
    bare.session.setup(OfficeProfile("Sekretariat GT", "SEKRETARIAT", "53", "", ""), ADMIN,
                       "A", PASSWORD, PASSWORD)
    bare.session.unlock(ADMIN, PASSWORD)
    with pytest.raises(DomainError) as err:
        bare.sync.own_card()
    assert err.value.code == "backup_key_missing"
    assert bare.secretariat.status().backup_fingerprint == ""
    bare.session.lock()


def _as_officer(sek):
    sek.users.add(OFFICER, "Petugas Satu", frozenset({Role.SECRETARIAT_OFFICER.value}),
                  OFFICER_PASSWORD)
    sek.session.unlock(OFFICER, OFFICER_PASSWORD)


def test_officer_imports_and_reads_but_keeps_no_keys_and_writes_no_case(
        secretariat, backend, tmp_path):
    sek, _ = secretariat
    enrol_with(backend, sek, tmp_path / "cards")
    _, case_id, _ = backend.cases.register(make_intake(
        NAME, nik=NIK, origin=Address("Jl. Timor Raya 12", "53", "53.71")))
    give_secretariat_consent(backend, case_id)
    stick = tmp_path / "stick"
    stick.mkdir()
    backend.sync.export(stick)
    ppt_card = next((tmp_path / "cards" / "ppt").glob("*.ppt-card"))
    ppt_device = sek.sync.read_card(ppt_card).device_id

    _as_officer(sek)
    _, imported = sek.sync.import_bundle(only_bundle(stick))
    assert imported.outcome == "applied"
    found = sek.cases.search(CaseQuery(text="Yuliana"))
    assert [r.id for r in found.rows] == [case_id]          # the whole provincial register
    assert sek.cases.open(case_id).read_only
    for refused in (lambda: sek.cases.register(make_intake("Maria Bria")),
                    lambda: sek.casework.share(case_id, sek.session.current_user.id)):
        with pytest.raises(DomainError) as err:
            refused()
        assert err.value.code == "needs_casework_role"
    for refused in (lambda: sek.sync.write_own_card(tmp_path),
                    lambda: sek.sync.enrol(ppt_card, "X"),
                    lambda: sek.sync.revoke(ppt_device, "hilang")):
        with pytest.raises(DomainError) as err:
            refused()
        assert err.value.code == "needs_supervisor_role"
    # Officers decide conflicts: the role passes, the (unknown) item is what is refused.
    with pytest.raises(DomainError) as err:
        sek.sync.decide_conflict(424242, "LOCAL")
    assert err.value.code == "conflict_unknown"

    sek.session.unlock(ADMIN, PASSWORD)
    sek.sync.revoke(ppt_device, "laptop hilang")
    status = sek.secretariat.status()
    assert (status.ppt_devices, status.revoked_devices) == (0, 1)


def test_a_caseworker_may_not_decide_conflicts(backend):
    backend.users.add("pendamping9", "P", frozenset({Role.CASEWORKER.value}), OFFICER_PASSWORD)
    backend.session.unlock("pendamping9", OFFICER_PASSWORD)
    with pytest.raises(DomainError) as err:
        backend.sync.decide_conflict(424242, "LOCAL")
    assert err.value.code == "needs_supervisor_role"


def test_each_kind_of_office_has_its_own_roles(secretariat, backend):
    sek, _ = secretariat
    for office, roles in ((sek, {Role.CASEWORKER.value}), (sek, {Role.SUPERVISOR.value}),
                          (backend, {Role.SECRETARIAT_OFFICER.value})):
        with pytest.raises(DomainError) as err:
            office.users.add("orang", "Orang", frozenset(roles), OFFICER_PASSWORD)
        assert err.value.code == "role_not_for_office"
    _, officer = sek.users.add(OFFICER, "Petugas", frozenset({Role.SECRETARIAT_OFFICER.value}),
                               OFFICER_PASSWORD)
    with pytest.raises(DomainError) as err:     # nor by a later change of roles
        sek.users.update(officer.id, "Petugas", frozenset({Role.SUPERVISOR.value}), True)
    assert err.value.code == "role_not_for_office"
    sek.users.update(officer.id, "Petugas", frozenset({Role.SECRETARIAT_OFFICER.value,
                                                       Role.ADMIN.value}), True)


def test_setup_on_each_store_keeps_the_backup_key_nowhere(any_store, tmp_path):
    """The embedded file and a PostgreSQL server: the same setup, the same promises."""
    on_server = any_store.setup_kwargs()
    store = {"store": asdict(on_server["store"]),
             "store_password": on_server["store_password"]} if on_server else {}
    folder = tmp_path / "s"
    backend = make_backend(folder, TEST_PARAMS)
    result = backend.secretariat.setup("53", ADMIN, "A", PASSWORD, PASSWORD, **store)
    assert (folder / "store.json").exists() == bool(on_server)
    backend.session.unlock(ADMIN, PASSWORD)
    try:
        assert backend.secretariat.status().backup_recipient == result.backup_recipient
        card = json.loads(backend.sync.write_own_card(tmp_path).read_text())
        assert card["role"] == "SEKRETARIAT" and card["regency_code"] == ""
        assert card["age_recipients"][1] == result.backup_recipient
        everything = _all_text_in_database(backend)
        assert result.backup_recipient in everything
        assert result.backup_identity not in everything
        for path in folder.rglob("*"):
            if path.is_file():
                assert result.backup_identity.encode() not in path.read_bytes(), path.name
    finally:
        backend.session.lock()


def test_store_settings_are_checked_before_anything_is_made(tmp_path):
    backend = make_backend(tmp_path / "s", TEST_PARAMS)
    for store in ({"host": "db.kantor", "dbname": "ppt", "user": "ppt", "sslmode": "kadang"},
                  {"host": "db.kantor", "dbname": "ppt", "user": "ppt", "colour": "biru"},
                  {"host": "", "dbname": "ppt", "user": "ppt"}):
        with pytest.raises(DomainError) as err:
            backend.secretariat.setup("53", ADMIN, "A", PASSWORD, PASSWORD, store=store,
                                      store_password="x")
        assert err.value.code == "store_settings_invalid"
        assert not backend.session.is_set_up()


def test_a_secretariat_signs_in_without_rebuilding_the_summaries_of_imported_cases(
        backend, tmp_path):
    """A secretariat does no casework: the summaries an import drops are not rebuilt at its
    next sign-in (at 100,000 cases that took minutes); a PPT's are (test_outbox_and_audit)."""
    from integration_helpers import make_intake, scalar
    from secretariat_helpers import enrol_with, new_secretariat
    from sync_helpers import ADMIN, PASSWORD, new_bundle

    secretariat, _ = new_secretariat(tmp_path / "province")
    enrol_with(backend, secretariat, tmp_path / "cards")
    for name in ("Korban Satu", "Korban Dua"):
        backend.cases.register(make_intake(name))
    stick = tmp_path / "stick"
    stick.mkdir()
    _, result = secretariat.sync.import_bundle(new_bundle(backend, stick))
    assert result.outcome == "applied"
    assert scalar(secretariat, "SELECT count(*) FROM case_file") == 2
    secretariat.session.lock()
    secretariat.session.unlock(ADMIN, PASSWORD)
    assert scalar(secretariat, "SELECT count(*) FROM case_summary") == 0
    secretariat.session.lock()
