"""The store on a real PostgreSQL server (started by the tests, tests/pg.py): the same
migrations as SQLite, setup and unlock through the keyslots, a case written, found and
verified, a server that goes away mid-transaction, and no password in the data folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.paths import MIGRATIONS
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery, OfficeProfile
from ppt_desk.storage import dialect
from ppt_desk.storage.postgres import open_pg_engine
from ppt_desk.storage.schema import Base
from ppt_desk.storage.store_config import PgSettings, read_store_config

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
OFFICE = OfficeProfile("Sekretariat Gugus Tugas PP-TPPO Provinsi NTT", "LAINNYA", "53", "53.71",
                       "GT")


def _code(call) -> str:
    with pytest.raises(DomainError) as info:
        call()
    return info.value.code


def _upgrade(engine) -> None:
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        dialect.make_foreign_keys_deferrable(conn)


def _shape(engine) -> dict[str, object]:
    """Tables, their columns (name, nullable), primary keys, indexes and unique constraints."""
    found = inspect(engine)
    shape = {}
    for table in sorted(t for t in found.get_table_names() if t != "alembic_version"):
        shape[table] = (
            sorted((c["name"], c["nullable"]) for c in found.get_columns(table)),
            sorted(found.get_pk_constraint(table)["constrained_columns"]),
            # (PostgreSQL lists a unique constraint's own index too: that one is left out)
            sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                   for i in found.get_indexes(table) if not i.get("duplicates_constraint")),
            sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
            sorted((tuple(f["constrained_columns"]), f["referred_table"])
                   for f in found.get_foreign_keys(table)),
        )
    return shape


def test_the_migrations_build_the_same_tables_and_columns_on_postgresql_as_on_sqlite(
        pg_server, tmp_path):
    pg = pg_server.new_database(migrated=False)
    engine = open_pg_engine(pg, pg_server.owner_password)
    lite = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    try:
        _upgrade(engine)
        _upgrade(lite)
        on_pg, on_sqlite = _shape(engine), _shape(lite)
        assert sorted(on_pg) == sorted(Base.metadata.tables)
        assert on_pg == on_sqlite
        with engine.connect() as conn:
            # every foreign key can be deferred (sync applies a case before its person)
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable"
            ).scalar() == 0
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM pg_constraint WHERE contype = 'f'").scalar() > 0
            # 64-bit integers (the clock's milliseconds) and code-point text order, as SQLite
            types = dict(conn.exec_driver_sql(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = 'device_state'").all())
            assert types["hlc_wall_ms"] == "bigint"
            assert conn.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'"
                " AND data_type IN ('character varying', 'text')"
                " AND coalesce(collation_name, '') <> 'C'").scalar() == 0
    finally:
        engine.dispose()
        lite.dispose()


@pytest.fixture
def pg_office(pg_settings, tmp_path):
    """A secretariat data folder set up on a fresh PostgreSQL database, locked."""
    folder = tmp_path / "data"
    backend = make_backend(folder, TEST_PARAMS)
    result = backend.session.setup(OFFICE, ADMIN, "Admin Satu", PASSWORD, PASSWORD,
                                   **pg_settings.setup_kwargs())
    return folder, result, pg_settings


def test_setup_unlock_case_search_and_verify_on_postgresql(pg_office):
    folder, result, pg = pg_office
    assert read_store_config(folder) == pg.settings
    assert not (folder / "ppt-desk.db").exists()
    backend = make_backend(folder, TEST_PARAMS)
    assert backend.session.is_set_up()
    assert _code(lambda: backend.session.unlock(ADMIN, "salah-sandi-123")) == "wrong_password"
    user = backend.session.unlock(ADMIN, PASSWORD)
    assert user.id == result.admin.id
    try:
        _, case_id, number = backend.cases.register(make_intake("Yuliana Bria",
                                                                nik="5371014405990001"))
        _, other_id, _ = backend.cases.register(make_intake("Maria Seran"))
        assert [r.id for r in backend.cases.search(CaseQuery(text="yuliana 537101")).rows] == [
            case_id]
        assert [r.id for r in backend.cases.search(CaseQuery(text="juliana")).rows] == [case_id]
        assert [r.id for r in backend.cases.search(CaseQuery(text=number.lower())).rows] == [
            case_id]
        assert {r.id for r in backend.cases.search(CaseQuery()).rows} == {case_id, other_id}
        assert backend.cases.open(case_id).case_number == number
        report = backend.session.verify()
        assert report.ok, report.problems
        assert report.rows_checked > 0 and report.audit_entries > 0
    finally:
        backend.session.lock()
    again = make_backend(folder, TEST_PARAMS)
    again.session.unlock(ADMIN, PASSWORD)
    try:
        assert again.cases.search(CaseQuery(text="yuliana")).total == 1
    finally:
        again.session.lock()
    report = make_backend(folder, TEST_PARAMS).session.verify_files(ADMIN, PASSWORD)
    assert report.ok, report.problems


def _unlocked(folder: Path):
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(ADMIN, PASSWORD)
    return backend


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("institution", "outbox_event", "audit_entry")}


def test_the_server_going_away_mid_transaction_is_unreachable_and_nothing_is_half_written(
        pg_office, pg_server):
    from ppt_desk.storage.schema import Institution
    from datetime import datetime

    folder, _, pg = pg_office
    backend = _unlocked(folder)
    try:
        db = backend.session.open_store()
        before = _counts(db.engine)
        now = datetime(2026, 12, 3, 10, 0)
        with pytest.raises(DomainError) as info:
            with db.uow() as uow:
                uow.session.add(Institution(id="inst-1", name="Rumah Aman Kupang",
                                            category="SHELTER", level="KABUPATEN",
                                            created_at=now, updated_at=now))
                uow.session.flush()   # the row, its outbox event and audit entry are sent
                assert pg_server.terminate_connections(pg.settings.dbname) >= 1
                uow.commit()
        assert info.value.code == "database_unreachable"
        # The same session goes on once the server answers again; nothing of the write is kept.
        assert _counts(db.engine) == before
        assert backend.session.verify().ok
    finally:
        backend.session.lock()


def test_a_refused_sign_in_and_an_unreachable_server_are_named_at_unlock(pg_server, tmp_path):
    from pg import new_role_database

    own = new_role_database(pg_server)
    folder = tmp_path / "data"
    make_backend(folder, TEST_PARAMS).session.setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD,
                                                    **own.setup_kwargs())
    _unlocked(folder).session.lock()
    with pg_server.admin() as conn:   # the office's administrator changes the role's password
        conn.execute(f'ALTER ROLE "{own.settings.user}" PASSWORD \'another-one-123\'')
    backend = make_backend(folder, TEST_PARAMS)
    assert _code(lambda: backend.session.unlock(ADMIN, PASSWORD)) == "database_login_failed"
    assert not backend.session.is_unlocked
    from pg import _free_port
    from ppt_desk.storage.store_config import write_store_config
    closed = PgSettings(host="127.0.0.1", port=_free_port(), dbname=own.settings.dbname,
                        user=own.settings.user, sslmode="disable")
    write_store_config(folder, closed)
    assert _code(lambda: backend.session.unlock(ADMIN, PASSWORD)) == "database_unreachable"
    # Setup names them too, before anything is written into the folder.
    other = tmp_path / "other"
    wrong = {"store": own.settings, "store_password": "not-the-password"}
    assert _code(lambda: make_backend(other, TEST_PARAMS).session.setup(
        OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD, **wrong)) == "database_login_failed"
    assert not (other / "keyslots.json").exists() and not (other / "store.json").exists()


def test_setup_refuses_a_database_holding_other_data_or_another_office(pg_server, tmp_path):
    from pg import new_role_database

    own = new_role_database(pg_server)
    engine = open_pg_engine(own.settings, own.password)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id integer primary key)"))
    engine.dispose()
    folder = tmp_path / "data"
    setup = make_backend(folder, TEST_PARAMS).session.setup
    assert _code(lambda: setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD,
                               **own.setup_kwargs())) == "store_not_empty"
    assert not (folder / "keyslots.json").exists()
    # An empty database is taken; a second data folder on the same database is refused.
    fresh = new_role_database(pg_server)
    setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD, **fresh.setup_kwargs())
    second = make_backend(tmp_path / "second", TEST_PARAMS).session.setup
    assert _code(lambda: second(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD,
                                **fresh.setup_kwargs())) == "store_not_empty"


def test_the_password_is_in_no_file_of_the_data_folder(pg_office):
    folder, result, pg = pg_office
    backend = _unlocked(folder)
    backend.cases.register(make_intake())
    backend.session.lock()   # writes the checkpoint file too
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"keyslots.json", "store.json", "checkpoint.json"}
    secret = pg.password.encode()
    for path in files:
        raw = path.read_bytes()
        assert secret not in raw and secret.hex().encode() not in raw, path.name
    stored = json.loads((folder / "store.json").read_text())
    assert set(stored) == {"format", "version", "engine", "host", "port", "dbname", "user",
                           "sslmode", "sslrootcert"}


def test_missing_server_binaries_fail_with_a_clear_message(monkeypatch):
    """The server fixture never skips: without the binaries it fails and says what to install."""
    import glob
    import shutil

    import pg

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(glob, "glob", lambda pattern: [])
    with pytest.raises(pg.PgUnavailable, match="install the Debian package 'postgresql'"):
        pg.PgServer.start()


def _sorted_names(backend, sort: str, descending: bool) -> list[str]:
    page = backend.cases.search(CaseQuery(sort=sort, descending=descending))
    return [row.full_name for row in page.rows]


def test_the_case_list_sorts_the_same_on_both_stores(pg_settings, tmp_path):
    """Text by code point (SQLite's BINARY: capitals before small letters, whatever the
    server's locale) and NULLs first when ascending (an unassigned case's caseworker)."""
    names = ["adi Seran", "Zeta Bria", "Ádám Kase", "budi Nahak", "Ani Tefa"]
    orders = {}
    for store, extra in (("sqlcipher", {}), ("postgresql", pg_settings.setup_kwargs())):
        folder = tmp_path / store
        make_backend(folder, TEST_PARAMS).session.setup(OFFICE, ADMIN, "Admin", PASSWORD,
                                                        PASSWORD, **extra)
        backend = _unlocked(folder)
        try:
            _, worker = backend.users.add("maria.seran", "maria Seran", frozenset({"PENDAMPING"}),
                                          "kata-sandi-maria-1")
            _, other = backend.users.add("yosef.bria", "Yosef Bria", frozenset({"PENDAMPING"}),
                                         "kata-sandi-yosef-1")
            for i, name in enumerate(names):
                assigned = (None, worker.id, other.id)[i % 3]
                backend.cases.register(make_intake(name, assigned_user_id=assigned))
            orders[store] = {(sort, d): _sorted_names(backend, sort, d)
                             for sort in ("full_name", "assigned", "sex") for d in (False, True)}
        finally:
            backend.session.lock()
    assert orders["postgresql"] == orders["sqlcipher"]
    assert orders["sqlcipher"][("full_name", False)] == sorted(names)   # code point order
    by_worker = orders["sqlcipher"][("assigned", False)]
    assert set(by_worker[:2]) == {names[0], names[3]}   # unassigned first when ascending


def test_one_transaction_at_a_time_across_workstations(pg_settings):
    """Two officers' programs (two engines): the second transaction waits for the first, as
    SQLite's BEGIN IMMEDIATE made one process's transactions wait."""
    import threading
    import time

    first = open_pg_engine(pg_settings.settings, pg_settings.password)
    second = open_pg_engine(pg_settings.settings, pg_settings.password)
    began = threading.Event()
    times: dict[str, float] = {}

    def other() -> None:
        began.set()
        with second.begin() as conn:
            times["second"] = time.monotonic()
            conn.execute(text("SELECT 1"))

    try:
        with first.begin() as conn:
            conn.execute(text("SELECT 1"))
            worker = threading.Thread(target=other)
            worker.start()
            began.wait()
            time.sleep(0.5)
            assert "second" not in times   # still waiting for the first to end
            times["first_done"] = time.monotonic()
        worker.join(10)
        assert times["second"] >= times["first_done"]
    finally:
        first.dispose()
        second.dispose()


def test_a_row_written_past_the_checks_is_named_by_verify(pg_office, pg_server):
    folder, _, pg = pg_office
    with pg_server.admin(pg.settings.dbname) as conn:   # a superuser, foreign keys off
        conn.execute("ALTER TABLE case_share DISABLE TRIGGER ALL")
        conn.execute("INSERT INTO case_share (id, case_id, user_id, created_at, version)"
                     " VALUES ('share-x', 'no-such-case', 'no-such-user', now(), 1)")
        conn.execute("ALTER TABLE case_share ENABLE TRIGGER ALL")
    report = make_backend(folder, TEST_PARAMS).session.verify_files(ADMIN, PASSWORD)
    codes = {(p.code, p.where) for p in report.problems}
    assert ("foreign_key_broken", "case_share") in codes
    assert ("row_added_outside_app", "case_share share-x") in codes


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_dialect_defers_and_finds_foreign_key_problems_on_both(store, pg_settings, tmp_path):
    """What the apply engine needs: a case before its person within one transaction, and an
    orphan named before commit."""
    from datetime import date, datetime

    from ppt_desk.storage.migrator import migrate
    from ppt_desk.storage.schema import Case, Office, Person

    if store == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'fk.db'}")
        from sqlalchemy import event

        event.listen(engine, "connect",
                     lambda c, _: c.execute("PRAGMA foreign_keys = ON"))
        migrate(engine, tmp_path / "fk.db", b"", tmp_path)
    else:
        engine = open_pg_engine(pg_settings.settings, pg_settings.password)
    now = datetime(2026, 12, 3, 9, 0)
    office = dict(id="o1", name="Kantor", kind="P2TP2A", province_code="53", regency_code="53.71",
                  case_prefix="KPG", device_id="d1", version=1)
    person = dict(id="p1", full_name="Maria Seran", sex="P", aliases=[], documents=[],
                  languages=[], version=1)
    case = dict(id="c1", case_number="KPG/2026/0001", office_id="o1", year=2026, number_in_year=1,
                person_id="p1", intake_date=date(2026, 12, 1), intake_channel="HOTLINE",
                victim_status="DIDUGA", victim_role="KORBAN", modus=[], created_at=now,
                updated_at=now, version=1)
    try:
        with engine.begin() as conn:
            dialect.defer_foreign_keys(conn)
            conn.execute(Office.__table__.insert(), office)
            conn.execute(Case.__table__.insert(), case)          # before its person
            assert dialect.foreign_key_problems(conn, "case_file")
            assert dialect.foreign_key_problems(conn, "case_file", ["c1", "c2"])
            assert not dialect.foreign_key_problems(conn, "case_file", ["c2"])  # only those
            assert not dialect.foreign_key_problems(conn, "office")
            conn.execute(Person.__table__.insert(), person)
            assert not dialect.foreign_key_problems(conn, "case_file", ["c1"])
            assert not dialect.foreign_key_problems(conn, "case_file")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM case_file")).scalar() == 1
    finally:
        engine.dispose()


def test_a_migration_binding_rows_on_postgresql_binds_the_digests_verify_expects(pg_office):
    """``changes.bind_rows`` (a migration that rewrites rows binds them again) reads values
    as SQLite holds them, so the digests it binds are the ones verify computes."""
    from ppt_desk.storage.changes import bind_rows

    folder, _, _ = pg_office
    backend = _unlocked(folder)
    try:
        backend.cases.register(make_intake("Yuliana Bria", nik="5371014405990001"))
        engine = backend.session.open_store().engine
        with engine.begin() as conn:
            assert bind_rows(conn, ["case_file", "person", "app_user"]) >= 3
        report = backend.session.verify()
        assert report.ok, report.problems
        assert report.rows_checked >= 3
    finally:
        backend.session.lock()


def test_tls_verify_full_with_the_office_ca_and_a_wrong_ca_refused(pg_settings, pg_server,
                                                                   tmp_path):
    """The LAN setting: TLS, the server's certificate checked against the office CA's."""
    from dataclasses import replace

    tls = replace(pg_settings.settings, sslmode="verify-full",
                  sslrootcert=str(pg_server.ca_file))
    engine = open_pg_engine(tls, pg_settings.password)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        engine.dispose()
    other_ca = tmp_path / "other-ca.crt"   # a CA that did not sign the server's certificate
    pg_server_ca = pg_server.ca_file.read_bytes()
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from datetime import datetime, timedelta, timezone

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ppt-desk test CA")])
    now = datetime.now(timezone.utc)
    other = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
             .public_key(key.public_key()).serial_number(x509.random_serial_number())
             .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
             .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
             .sign(key, hashes.SHA256()))
    other_ca.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    assert other_ca.read_bytes() != pg_server_ca
    assert _code(lambda: open_pg_engine(replace(tls, sslrootcert=str(other_ca)),
                                        pg_settings.password)) == "database_tls_failed"
    # require: TLS without checking the certificate (a trial); still TLS
    engine = open_pg_engine(replace(tls, sslmode="require", sslrootcert=""), pg_settings.password)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        engine.dispose()


def test_a_value_longer_than_declared_is_kept_as_sqlite_keeps_it(any_store, tmp_path):
    """SQLite does not enforce VARCHAR lengths, so a PPT may hold longer values; a province on
    PostgreSQL must take them too (no length is enforced there either)."""
    folder = tmp_path / "data"
    make_backend(folder, TEST_PARAMS).session.setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD,
                                                    **any_store.setup_kwargs())
    backend = _unlocked(folder)
    try:
        long_name = "Maria " + "Seran " * 60          # 366 characters; declared String(200)
        _, user = backend.users.add("maria.seran", long_name, frozenset({"PENDAMPING"}),
                                    "kata-sandi-maria-1")
        assert [u.display_name for u in backend.users.list() if u.id == user.id] == [
            long_name.strip()]
    finally:
        backend.session.lock()


def test_a_setup_cut_off_after_the_first_rows_leaves_the_schema_only_and_runs_again(
        pg_settings, tmp_path, monkeypatch):
    """The device, office and admin are one transaction: a failure after writing them (here:
    right after the office is initialised) keeps none of them, and no file in the folder."""
    import ppt_desk.storage.database as database

    real = database.initialise_office

    def cut_off(*args, **kwargs):
        real(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(database, "initialise_office", cut_off)
    folder = tmp_path / "data"
    setup = make_backend(folder, TEST_PARAMS).session.setup
    with pytest.raises(RuntimeError):
        setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD, **pg_settings.setup_kwargs())
    assert not (folder / "keyslots.json").exists() and not (folder / "store.json").exists()
    engine = open_pg_engine(pg_settings.settings, pg_settings.password)
    try:
        assert _counts(engine) == {"institution": 0, "outbox_event": 0, "audit_entry": 0}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM device_state")).scalar() == 0
    finally:
        engine.dispose()
    monkeypatch.setattr(database, "initialise_office", real)
    setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD, **pg_settings.setup_kwargs())
    assert _unlocked(folder).session.lock() is None


def test_another_user_and_the_recovery_code_open_the_postgresql_store(pg_office):
    """The role's password stays sealed in the keyslot file when slots change: a user added
    later and the recovery code (re-issued too) open the store."""
    folder, result, _ = pg_office
    backend = _unlocked(folder)
    backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                      "kata-sandi-maria-1")
    backend.session.lock()
    maria = make_backend(folder, TEST_PARAMS)
    assert maria.session.unlock("maria.seran", "kata-sandi-maria-1").username == "maria.seran"
    maria.session.lock()
    rescued = make_backend(folder, TEST_PARAMS)
    users = rescued.session.unlock_recovery(result.recovery_code)
    assert {u.username for u in users} == {ADMIN, "maria.seran"}
    rescued.session.recovery_reset(result.admin.id, "kata-sandi-baru-123", "kata-sandi-baru-123")
    again = make_backend(folder, TEST_PARAMS)
    again.session.unlock(ADMIN, "kata-sandi-baru-123")
    again.session.lock()


def test_an_event_that_breaks_a_constraint_is_malformed_on_both_stores(any_store, tmp_path,
                                                                       request):
    """An incoming update that breaks a unique constraint is reported as malformed (the
    import is then refused with its reason), and the events after it are still read. On
    PostgreSQL a failed statement aborts the transaction: without a savepoint around each
    event's write the apply raises instead (storage/apply_rows.py, the lead's)."""
    import copy

    from sync_helpers import PROVINCE, new_office

    origin = new_office(tmp_path / "origin", OfficeProfile("P2TP2A Kota Kupang", "P2TP2A", "53",
                                                           "53.71", "KPG"))
    receiver = make_backend(tmp_path / "province", TEST_PARAMS)
    receiver.session.setup(PROVINCE, "kepala", "Kepala", PASSWORD, PASSWORD,
                           **any_store.setup_kwargs())
    receiver.session.unlock("kepala", PASSWORD)
    try:
        origin.cases.register(make_intake("Maria Seran"))
        _, second, _ = origin.cases.register(make_intake("Yuliana Bria"))
        with origin.session.open_store().uow() as uow:
            events = list(uow.sync.unacked_events())
        bad = copy.deepcopy([e for e in events if e["entity"] == "case_file"
                             and e["entity_id"] == second][0])
        bad.update(op="update", device_seq=events[-1]["device_seq"] + 1, base_version=1,
                   event_id="0190aaaa-0000-7000-8000-0000000000ff",
                   patch={"number_in_year": 1})           # the first case's number: unique
        later = {**copy.deepcopy(bad), "device_seq": bad["device_seq"] + 1,
                 "event_id": "0190aaaa-0000-7000-8000-0000000000fe", "patch": {"notes": "x"}}
        with receiver.session.open_store().uow() as uow:
            outcome = uow.sync.apply_events(iter(events + [bad, later]), "b-1")
        assert outcome.malformed == (f"{bad['event_id']}:IntegrityError",)
    finally:
        origin.session.lock()
        receiver.session.lock()
