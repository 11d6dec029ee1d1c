"""A secretariat's data folder opens only the PostgreSQL database it was set up with.

``store.json`` says where to connect and holds no secret; the role's password may sign in to
more than one database (the same role owns several, or a database put back from another
office's backup under the same name). Each store holds a random id made at setup, sealed with
the data key in the folder's keyslot file too: a database whose id differs, or that holds none,
is refused at unlock (``store_database_other``) before anything in it is read or migrated."""
from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from psycopg import sql
from sqlalchemy import text

from pg import OWNER, Store
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.gui.labels import error_text
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import OfficeProfile
from ppt_desk.storage.postgres import STORE_ID_KEY, STORE_ID_SECRET, open_pg_engine
from ppt_desk.storage.store_config import read_store_config, write_store_config

ADMIN, PASSWORD = "admin", "kata-sandi-uji-1"
OFFICE = OfficeProfile("Sekretariat Gugus Tugas PP-TPPO Provinsi NTT", "LAINNYA", "53", "53.71",
                       "GT")


def _setup(folder, pg):
    make_backend(folder, TEST_PARAMS).session.setup(OFFICE, ADMIN, "Admin", PASSWORD, PASSWORD,
                                                    **pg.setup_kwargs())


def _unlock_code(folder) -> str | None:
    backend = make_backend(folder, TEST_PARAMS)
    try:
        backend.session.unlock(ADMIN, PASSWORD)
    except DomainError as exc:
        assert not backend.session.is_unlocked
        return exc.code
    backend.session.lock()
    return None


def _device(settings, password) -> str:
    engine = open_pg_engine(settings, password)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT device_id FROM device_state")).scalar_one()
    finally:
        engine.dispose()


def _copy_database(pg_server, source: str) -> str:
    """A database put back from a backup of ``source`` (a copy under a new name)."""
    name = f"{source}_restored"
    with pg_server.admin() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
            sql.Identifier(name), sql.Identifier(source), sql.Identifier(OWNER)))
    return name


@pytest.fixture
def two_offices(pg_server, tmp_path):
    """Two secretariat folders on two databases of one server, owned by one role."""
    store = Store(pg_server)
    kupang, belu = store.new(migrated=False), store.new(migrated=False)
    _setup(tmp_path / "ntt", kupang)
    _setup(tmp_path / "other", belu)
    return tmp_path / "ntt", tmp_path / "other", kupang, belu


def test_store_json_pointed_at_another_offices_database_is_refused(two_offices, pg_server):
    ntt, other, own_db, other_db = two_offices
    before = _device(other_db.settings, other_db.password)
    write_store_config(ntt, other_db.settings)       # edited by hand, or copied from there
    assert _unlock_code(ntt) == "store_database_other"
    with pytest.raises(DomainError) as refused:
        make_backend(ntt, TEST_PARAMS).session.verify_files(ADMIN, PASSWORD)
    assert refused.value.code == "store_database_other"
    # The other office's database is untouched, and still opens from its own folder.
    assert _device(other_db.settings, other_db.password) == before
    assert _unlock_code(other) is None
    write_store_config(ntt, own_db.settings)          # put right: opens again
    assert _unlock_code(ntt) is None
    # What the officer reads: words, not the code.
    message = error_text("store_database_other")
    assert "store_database_other" not in message and "store.json" in message


def test_a_restored_copy_of_its_own_database_opens_one_of_another_office_does_not(
        two_offices, pg_server):
    ntt, _, own_db, other_db = two_offices
    settings = read_store_config(ntt)
    own_copy = _copy_database(pg_server, own_db.settings.dbname)
    write_store_config(ntt, pg_server.settings(own_copy))
    assert _unlock_code(ntt) is None                  # the office's own backup, put back
    other_copy = _copy_database(pg_server, other_db.settings.dbname)
    write_store_config(ntt, pg_server.settings(other_copy))
    assert _unlock_code(ntt) == "store_database_other"
    write_store_config(ntt, settings)


def test_a_database_without_the_id_is_refused_by_a_folder_that_has_one(two_offices,
                                                                       pg_server):
    ntt, _, own_db, _ = two_offices
    engine = open_pg_engine(own_db.settings, own_db.password)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM device_setting WHERE key = :k"), {"k": STORE_ID_KEY})
    finally:
        engine.dispose()
    assert _unlock_code(ntt) == "store_database_other"


def test_a_folder_from_before_the_check_takes_its_databases_id_once(two_offices, pg_server,
                                                                   tmp_path):
    """Set up before the check: neither side holds an id. The first unlock records one in
    both; a second officer's copy of that old folder takes the same id from the database; from
    then on another database is refused."""
    ntt, _, own_db, other_db = two_offices
    keyslots = ntt / "keyslots.json"
    data = json.loads(keyslots.read_text())
    del data["secrets"][STORE_ID_SECRET]
    data.pop("checksum")
    body = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    data["checksum"] = hashlib.sha256(body.encode()).hexdigest()
    old = json.dumps(data, indent=1, sort_keys=True)
    keyslots.write_text(old)
    (ntt / "keyslots.json.bak").write_text(old)
    engine = open_pg_engine(own_db.settings, own_db.password)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM device_setting WHERE key = :k"), {"k": STORE_ID_KEY})
    finally:
        engine.dispose()
    second = tmp_path / "second-officer"
    shutil.copytree(ntt, second, ignore=shutil.ignore_patterns("*.lock", "logs"))
    assert _unlock_code(ntt) is None
    assert STORE_ID_SECRET in json.loads(keyslots.read_text())["secrets"]
    assert _unlock_code(second) is None               # the id the first one recorded
    for folder in (ntt, second):
        write_store_config(folder, other_db.settings)
        assert _unlock_code(folder) == "store_database_other"
