"""The database file is SQLCipher: unreadable without the key, connection settings asserted,
foreign files refused without being touched, one instance per folder, lock forgets the key."""
from __future__ import annotations

import os
import sqlite3

import pytest
from sqlalchemy import text

from integration_helpers import file_hash, make_intake
from ppt_desk.bootstrap import acquire_instance_lock, make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery, OfficeProfile
from ppt_desk.storage.database import DataFolder, InstanceLock


def test_the_file_is_not_plain_sqlite(backend, data_dir):
    backend.cases.register(make_intake("Kornelia Bria"))
    backend.session.lock()
    db = data_dir / "ppt-desk.db"
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Kornelia" not in raw and b"CREATE TABLE" not in raw
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_the_live_connection_has_the_required_settings(backend):
    with backend.session.db.engine.connect() as conn:
        got = {name: conn.execute(text(f"PRAGMA {name}")).scalar()
               for name in ("journal_mode", "synchronous", "temp_store", "foreign_keys")}
        assert got == {"journal_mode": "wal", "synchronous": 2, "temp_store": 2, "foreign_keys": 1}
        assert conn.execute(text("PRAGMA cipher_version")).scalar()
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA cipher_integrity_check")).all() == []


def test_foreign_keys_are_enforced_on_the_live_connection(backend):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with backend.session.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO case_modus (case_id, code) VALUES ('nope', 'ESK')"))


def _plain_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('not ours')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["plain-sqlite", "random", "empty", "text", "other-key"])
def test_a_foreign_file_is_refused_and_left_as_it_is(data_dir, creds, kind, tmp_path):
    user, password = creds
    db = data_dir / "ppt-desk.db"
    db.unlink()
    if kind == "plain-sqlite":
        _plain_sqlite(db)
    elif kind == "random":
        db.write_bytes(os.urandom(64 * 1024))
    elif kind == "empty":
        db.write_bytes(b"")
    elif kind == "text":
        db.write_text("Ini bukan basis data.\n" * 500, encoding="utf-8")
    else:  # a real ppt-desk database of another office (another data key)
        other = make_backend(tmp_path / "other", TEST_PARAMS)
        other.session.setup(OfficeProfile("UPTD PPA Lain", "UPTD_PPA", "53", "53.01", "LAIN"),
                    user, "Admin Lain", password, password)
        db.write_bytes((tmp_path / "other" / "ppt-desk.db").read_bytes())
    before = file_hash(db)
    listing = sorted(p.name for p in data_dir.iterdir())
    backend = make_backend(data_dir, TEST_PARAMS)
    with pytest.raises(DomainError) as info:
        backend.session.unlock(user, password)
    assert info.value.code == "database_unreadable"
    assert not backend.session.is_unlocked
    assert file_hash(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing  # no -wal, no backups
    assert not (data_dir / "backups").exists()


def test_a_missing_database_is_reported(data_dir, creds):
    (data_dir / "ppt-desk.db").unlink()
    with pytest.raises(DomainError, match="database_missing"):
        make_backend(data_dir, TEST_PARAMS).session.unlock(*creds)


def test_only_one_instance_per_folder(data_dir, tmp_path):
    first = acquire_instance_lock(data_dir)
    try:
        with pytest.raises(DomainError) as info:
            acquire_instance_lock(data_dir)
        assert info.value.code == "already_running"
        with pytest.raises(DomainError, match="already_running"):
            InstanceLock(DataFolder(data_dir)).acquire()
        with pytest.raises(DomainError, match="already_running"):
            make_backend(data_dir, TEST_PARAMS).session.acquire_instance_lock()
        # Another folder is independent.
        acquire_instance_lock(tmp_path / "elsewhere").release()
    finally:
        first.release()
    again = acquire_instance_lock(data_dir)  # released: free again
    again.release()


def test_backend_instance_lock_is_held_until_released(data_dir):
    one, two = make_backend(data_dir, TEST_PARAMS), make_backend(data_dir, TEST_PARAMS)
    one.session.acquire_instance_lock()
    assert one.session.acquire_instance_lock()  # the holder may ask again
    with pytest.raises(DomainError, match="already_running"):
        two.session.acquire_instance_lock()
    one.session.release_instance_lock()
    two.session.acquire_instance_lock()
    two.session.release_instance_lock()


def test_lock_closes_the_connection_and_zeroes_the_key(backend, creds):
    db = backend.session.db
    key = db.key
    assert isinstance(key, bytearray) and any(key)
    fairy = db.engine.raw_connection()
    raw = fairy.dbapi_connection
    fairy.close()
    assert raw.execute("SELECT count(*) FROM app_user").fetchone()[0] == 1
    backend.cases.register(make_intake("Yuliana Nahak"))
    assert backend.cases.search(CaseQuery(text="yuliana")).total == 1
    assert db.index._vocab  # names cached in memory while unlocked
    backend.session.lock()
    assert not backend.session.is_unlocked
    assert key == bytearray(len(key))
    with pytest.raises(Exception, match="closed"):
        raw.execute("SELECT 1")
    assert db.index._vocab is None
    with pytest.raises(DomainError, match="locked"):
        backend.cases.search(CaseQuery())
    # Unlocking again works and sees the data.
    backend.session.unlock(*creds)
    assert backend.cases.search(CaseQuery(text="yuliana")).total == 1


def test_the_key_of_a_recovery_session_is_zeroed_on_lock(data_dir, recovery_code):
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock_recovery(recovery_code)
    key = backend.session.db.key
    assert any(key)
    backend.session.lock()
    assert not any(key)
