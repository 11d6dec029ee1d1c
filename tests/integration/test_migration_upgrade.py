"""Migrations on the encrypted database: an older database is backed up (encrypted, verified)
then upgraded; a database from a newer ppt-desk is refused and left untouched."""
from __future__ import annotations

import os
import secrets

import pytest
from alembic import command
from sqlalchemy import text

from integration_helpers import data_key, file_hash, make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.engine import connect, open_engine
from ppt_desk.storage.migrator import _config, current_revision, head_revision, migrate


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_head_is_newer_than_the_first_revision():
    assert head_revision() != "0001"


def test_a_database_at_0001_is_backed_up_then_upgraded(tmp_path):
    key = secrets.token_bytes(32)
    db = tmp_path / "ppt-desk.db"
    engine = open_engine(db, key)
    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "0001")
            conn.execute(text(
                "INSERT INTO office (id, name, kind, province_code, regency_code, case_prefix,"
                " device_id, version) VALUES ('o1', 'P2TP2A Lama', 'P2TP2A', '53', '53.71', 'OLD',"
                " 'd1', 1)"))
            conn.execute(text(
                "INSERT INTO device_state (device_id, signing_key, next_seq, hlc_wall_ms,"
                " hlc_counter, audit_seq, audit_hash) VALUES ('d1', x'00', 1, 0, 0, 0, :genesis)"),
                {"genesis": "0" * 64})
            conn.execute(text(
                "INSERT INTO app_user (id, username, display_name, roles, active, created_at,"
                " version) VALUES ('u1', 'lama', 'Pengguna Lama', '[\"ADMIN\"]', 1,"
                " '2024-01-01 00:00:00', 1)"))
        assert current_revision(engine) == "0001"
        backup = migrate(engine, db, key, tmp_path / "backups")
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM device_setting")).scalar() == 0
            assert conn.execute(text("SELECT display_name FROM app_user")).scalar() == "Pengguna Lama"
    finally:
        engine.dispose()

    assert backup is not None and backup.parent == tmp_path / "backups"
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]  # no .part left behind
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    copy = connect(backup, key)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert "setting" not in _tables(copy)
        assert copy.execute("SELECT username FROM app_user").fetchall() == [("lama",)]
    finally:
        copy.close()
    with pytest.raises(DomainError, match="database_unreadable"):
        connect(backup, secrets.token_bytes(32))


def _set_revision(data_dir, key: bytes, how) -> None:
    engine = open_engine(data_dir / "ppt-desk.db", key)
    try:
        with engine.begin() as conn:
            how(conn)
    finally:
        engine.dispose()


def test_unlocking_an_older_folder_upgrades_it_and_keeps_everything(data_dir, creds):
    user, password = creds
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock(user, password)
    _, case_id, number = backend.cases.register(make_intake("Agustina Nenobais"))
    backend.session.lock()
    key = data_key(data_dir, user, password)
    _set_revision(data_dir, key, lambda conn: command.downgrade(_config(conn), "0001"))

    backend.session.unlock(user, password)
    try:
        backup = backend.session.db.upgraded_from_backup
        assert backup is not None and backup.exists()
        assert backup.parent == data_dir / "backups"
        assert current_revision(backend.session.db.engine) == head_revision()
        page = backend.cases.search(CaseQuery(text="nenobais"))
        assert [r.case_number for r in page.rows] == [number]
        report = backend.session.verify()
        assert report.ok, report.problems
    finally:
        backend.session.lock()
    copy = connect(backup, key)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert copy.execute("SELECT case_number FROM case_file").fetchall() == [(number,)]
    finally:
        copy.close()
    # At head now: the next unlock makes no further backup.
    backend.session.unlock(user, password)
    assert backend.session.db.upgraded_from_backup is None
    backend.session.lock()
    assert len(list((data_dir / "backups").iterdir())) == 1


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir, creds):
    user, password = creds
    key = data_key(data_dir, user, password)
    _set_revision(data_dir, key,
                  lambda conn: conn.execute(text("UPDATE alembic_version SET version_num = '9999'")))
    db = data_dir / "ppt-desk.db"
    before = file_hash(db)
    listing = sorted(os.listdir(data_dir))
    backend = make_backend(data_dir, TEST_PARAMS)
    with pytest.raises(DomainError) as info:
        backend.session.unlock(user, password)
    assert (info.value.code, info.value.params) == ("database_newer", {"revision": "9999"})
    assert not backend.session.is_unlocked
    assert file_hash(db) == before
    assert sorted(os.listdir(data_dir)) == listing
    assert not (data_dir / "backups").exists()


# Indexes that revision 0003 added to the models; a database set up before it (create_all +
# stamp head at 0002) has every other index, including ix_person_name.
ADDED_IN_0003 = ("ix_case_age", "ix_case_channel", "ix_case_number_order", "ix_person_sex_name")
TABLES_ADDED_IN_0004 = ("case_summary", "case_share", "consent", "stage_change", "case_record")
TABLES_ADDED_IN_0005 = ("group_participant", "group_session", "institution")
TABLES_ADDED_IN_0006 = ("office_setting", "letter_counter")
TABLES_ADDED_IN_0008 = ("peer_device", "bundle_log", "bundle_identity", "received_event",
                        "peer_checkpoint", "sync_conflict")
TABLES_ADDED_IN_0009 = ("case_history",)
TABLES_ADDED_IN_0010 = ("reference_institution", "reference_state")
TABLES_ADDED_IN_0011 = ("duplicate_pair", "duplicate_block")
INDEXES_ADDED_IN_0012 = ("ix_case_owner", "ix_case_epoch")
TABLES_ADDED_IN_0013 = ("conference_decision", "conference_participant", "conference_case",
                        "conference")
TABLES_ADDED_IN_0015 = ("rad_entry", "stat_month_stale", "stat_month", "stat_fact", "stat_case")
COLUMNS_ADDED_IN_0008 = {"case_file": ("owner_device_id", "ownership_epoch", "transferred_to"),
                         "device_state": ("age_identity", "bundle_seq", "last_bundle_hash")}


def test_a_folder_set_up_at_0002_upgrades_on_unlock(data_dir, creds):
    """Real installs were made by setup (create_all, stamped at the head of the day), not by
    running every migration: the upgrade must work on that schema too."""
    user, password = creds
    key = data_key(data_dir, user, password)

    def as_set_up_at_0002(conn):
        for index in ADDED_IN_0003 + INDEXES_ADDED_IN_0012:
            conn.execute(text(f"DROP INDEX IF EXISTS {index}"))
        conn.execute(text("DROP INDEX ix_case_person"))   # as 0001 made it (0012 widens it)
        conn.execute(text("CREATE INDEX ix_case_person ON case_file (person_id)"))
        for table in (TABLES_ADDED_IN_0015 + TABLES_ADDED_IN_0013 + TABLES_ADDED_IN_0011 + TABLES_ADDED_IN_0010
                      + TABLES_ADDED_IN_0009
                      + TABLES_ADDED_IN_0008 + TABLES_ADDED_IN_0006 + TABLES_ADDED_IN_0005
                      + TABLES_ADDED_IN_0004):
            conn.execute(text(f"DROP TABLE {table}"))
        for table, columns in COLUMNS_ADDED_IN_0008.items():
            for column in columns:
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(text("ALTER TABLE person DROP COLUMN citizenship"))   # added in 0015
        conn.execute(text("ALTER TABLE device_setting RENAME TO setting"))
        conn.execute(text("ALTER TABLE device_state DROP COLUMN device_code"))
        conn.execute(text("ALTER TABLE app_user DROP COLUMN grants"))
        conn.execute(text("DROP INDEX ix_outbox_entity"))
        conn.execute(text("ALTER TABLE case_file DROP COLUMN stage"))
        conn.execute(text("ALTER TABLE case_file DROP COLUMN stage_since"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))

    _set_revision(data_dir, key, as_set_up_at_0002)
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock(user, password)
    try:
        assert current_revision(backend.session.db.engine) == head_revision()
        with backend.session.db.engine.connect() as conn:
            indexes = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'"))}
        assert set(ADDED_IN_0003) | {"ix_person_name"} <= indexes
        assert backend.session.verify().ok
    finally:
        backend.session.lock()
