"""T15: records changed outside the app (SQL with the key) are named by ``verify``.

Every audit entry of a tracked row carries the digest of the row as written; ``verify``
recomputes the digest of every current row and compares it with its latest entry. A row
changed, added or deleted with SQL is named with its table and id; an untouched database
verifies; rows written before digests existed are counted as unbound, not reported.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from alembic import command
from sqlalchemy import Column, MetaData, Table, select

from integration_helpers import data_key, make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.ids import uuid7
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput
from ppt_desk.storage.changes import (
    GONE, audit_hash, hashed_entry, row_digest, tracked_tables,
)
from ppt_desk.storage.engine import connect, open_engine
from ppt_desk.storage.migrator import _config
from ppt_desk.storage import verify as verify_module
from ppt_desk.storage.schema import GroupSession, Institution, OfficeSetting
from ppt_desk.storage.verify import verify

N_CASES = 4


@pytest.fixture(scope="module")
def record_folder(template_folder, tmp_path_factory, root):
    """Cases, a consent given then withdrawn, a second user: built once for this module."""
    folder = tmp_path_factory.mktemp("rows") / "data"
    shutil.copytree(template_folder[0], folder)
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    case_ids = [backend.cases.register(make_intake(f"Baris Uji {i}"))[1] for i in range(N_CASES)]
    today = backend.deps.clock.today()
    _, consent_id = backend.consent.record(case_ids[0], ConsentInput(
        "SEKRETARIAT", "KORBAN", today - timedelta(days=5), "TERTULIS"))
    backend.consent.withdraw(consent_id, today, "Korban berubah pikiran")
    backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                      "kata-sandi-maria-1")
    report = backend.session.verify()
    assert report.ok, report.problems
    backend.session.lock()
    return folder, data_key(folder, root.ADMIN, root.PASSWORD), case_ids, consent_id


@pytest.fixture
def copy(record_folder, tmp_path):
    """(raw sqlcipher3 connection to a fresh copy of the folder, report(), the folder)."""
    folder, key, _, _ = record_folder
    target = tmp_path / "data"
    shutil.copytree(folder, target)
    raw = connect(target / "ppt-desk.db", key)
    engines = []

    def report():
        raw.commit()
        engine = open_engine(target / "ppt-desk.db", key)
        engines.append(engine)
        return verify(engine)

    yield raw, report, target
    raw.close()
    for engine in engines:
        engine.dispose()


def _rows(report) -> list[tuple[str, str]]:
    return [(p.code, p.where) for p in report.problems if p.check == "rows"]


def test_an_untouched_database_verifies_every_row(copy):
    raw, report, _ = copy
    result = report()
    assert result.ok, result.problems
    tracked = sum(raw.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                  for name in tracked_tables())
    assert result.rows_checked == tracked >= 2 * N_CASES + 4
    assert result.rows_unbound == 0


def test_a_withdrawn_consent_restored_with_one_update_is_named(record_folder, copy):
    _, _, _, consent_id = record_folder
    raw, report, _ = copy
    raw.execute("UPDATE consent SET withdrawn_on = NULL, withdrawal_note = '' WHERE id = ?",
                (consent_id,))
    result = report()
    assert _rows(result) == [("row_changed_outside_app", f"consent {consent_id}")]
    assert [p.check for p in result.problems] == ["rows"]  # the chain itself is intact


def test_one_changed_column_of_any_type_is_named(record_folder, copy):
    _, _, case_ids, _ = record_folder
    raw, report, _ = copy
    raw.execute("UPDATE case_file SET modus = '[\"KRJ-PRT\",\"EKS-SEKS\"]' WHERE id = ?",
                (case_ids[1],))
    raw.execute("UPDATE person SET birth_date = '2001-02-03' WHERE id ="
                " (SELECT person_id FROM case_file WHERE id = ?)", (case_ids[2],))
    person = raw.execute("SELECT person_id FROM case_file WHERE id = ?",
                         (case_ids[2],)).fetchone()[0]
    raw.execute("UPDATE app_user SET active = 0 WHERE username = 'maria.seran'")
    user = raw.execute("SELECT id FROM app_user WHERE username = 'maria.seran'").fetchone()[0]
    assert sorted(_rows(report())) == sorted([
        ("row_changed_outside_app", f"case_file {case_ids[1]}"),
        ("row_changed_outside_app", f"person {person}"),
        ("row_changed_outside_app", f"app_user {user}")])


def test_a_row_inserted_with_sql_is_named(record_folder, copy):
    _, _, case_ids, consent_id = record_folder
    raw, report, _ = copy
    forged = uuid7()
    raw.execute("CREATE TEMP TABLE t AS SELECT * FROM consent WHERE id = ?", (consent_id,))
    raw.execute("UPDATE t SET id = ?, withdrawn_on = NULL, purpose = 'APH'", (forged,))
    raw.execute("INSERT INTO consent SELECT * FROM t")
    assert _rows(report()) == [("row_added_outside_app", f"consent {forged}")]


def test_a_row_deleted_with_sql_is_named(record_folder, copy):
    _, _, _, consent_id = record_folder
    raw, report, _ = copy
    raw.execute("DELETE FROM consent WHERE id = ?", (consent_id,))
    assert _rows(report()) == [("row_deleted_outside_app", f"consent {consent_id}")]


def test_a_row_put_back_after_the_app_deleted_it_is_named(copy, root):
    """The app deletes a directory entry (its entry says "gone"); the same row inserted again
    with SQL is noticed."""
    raw, report, target = copy
    backend = make_backend(target, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    try:
        row_id = uuid7()
        with backend.session.db.uow() as uow:
            uow.session.add(Institution(id=row_id, name="LBH Uji", category="LBH", level="KOTA",
                                        created_at=datetime(2026, 1, 2, 3, 4, 5),
                                        updated_at=datetime(2026, 1, 2, 3, 4, 5)))
            uow.commit()
        cur = raw.execute("SELECT * FROM institution WHERE id = ?", (row_id,))
        columns, saved = [d[0] for d in cur.description], cur.fetchone()
        with backend.session.db.uow() as uow:
            uow.session.delete(uow.session.get(Institution, row_id))
            uow.commit()
    finally:
        backend.session.lock()
    assert raw.execute("SELECT row_digest FROM audit_entry WHERE entity = 'institution'"
                       " ORDER BY seq DESC LIMIT 1").fetchone() == (GONE,)
    assert report().ok
    raw.execute(f"INSERT INTO institution ({', '.join(columns)}) VALUES"
                f" ({', '.join('?' * len(columns))})", saved)
    assert _rows(report()) == [("row_added_outside_app", f"institution {row_id}")]


def test_values_written_are_digested_as_the_database_gives_them_back(copy, root):
    """A zone-aware datetime, a date in a datetime column and a datetime in a date column, a
    tuple in a JSON column, 1 for a boolean, text for a number and a number for text: the
    digest made when writing equals the one made from what is read back."""
    raw, report, target = copy
    backend = make_backend(target, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    try:
        with backend.session.db.uow() as uow:
            uow.session.add(Institution(
                id=uuid7(), name="Rumah Aman", category="SHELTER", level="KOTA",
                services=("SHELTER", "KONSELING"), active=1, phone=81234567,
                created_at=datetime(2026, 1, 2, 3, 4, 5, 678, tzinfo=timezone(timedelta(hours=8))),
                updated_at=date(2026, 1, 2)))
            uow.session.add(GroupSession(
                id=uuid7(), held_on=datetime(2026, 3, 4, 10, 30), kind="KONSELING",
                topic="Uji", duration_min="90", created_at=datetime(2026, 3, 4, 11, 0)))
            # None in a JSON column without a default is stored as JSON null
            uow.session.add(OfficeSetting(id="uji.kosong", key="uji", field="kosong", value=None))
            uow.commit()
    finally:
        backend.session.lock()
    result = report()
    assert result.ok, result.problems
    assert raw.execute("SELECT value FROM office_setting WHERE id = 'uji.kosong'").fetchone() \
        == ("null",)


def test_a_digest_rewritten_to_match_a_changed_row_breaks_the_chain(record_folder, copy):
    """The digest is inside the entry's hash: bringing it in line with a row changed with SQL
    is an audit entry changed with SQL."""
    _, key, _, consent_id = record_folder
    raw, report, target = copy
    raw.execute("UPDATE consent SET withdrawn_on = NULL WHERE id = ?", (consent_id,))
    engine = open_engine(target / "ppt-desk.db", key)
    table = tracked_tables()["consent"]
    with engine.connect() as conn:  # typed values, as verify reads them
        row = conn.execute(select(table).where(table.c.id == consent_id)).one()._mapping
    engine.dispose()
    seq = raw.execute("SELECT max(seq) FROM audit_entry WHERE entity = 'consent'"
                      " AND entity_id = ?", (consent_id,)).fetchone()[0]
    raw.execute("UPDATE audit_entry SET row_digest = ? WHERE seq = ?",
                (row_digest("consent", row), seq))
    result = report()
    assert result.first.code == "audit_hash_mismatch" and result.first.where == f"seq {seq}"
    assert _rows(result) == []  # the row now matches its (forged) digest


def test_many_changed_rows_are_listed_up_to_a_limit_then_counted(copy, monkeypatch):
    raw, report, _ = copy
    monkeypatch.setattr(verify_module, "MAX_ROW_PROBLEMS", 2)
    raw.execute("UPDATE person SET nik = '5371010101010001'")
    problems = _rows(report())
    assert [code for code, _ in problems] == ["row_changed_outside_app"] * 2 + [
        "more_rows_outside_app"]
    assert report().problems[-1].detail == f"{N_CASES - 2} more"


def _as_before_digests(raw) -> None:
    """Rewrite the chain as ppt-desk before 0007 wrote it: no digests, hashes without them."""
    prev = "0" * 64
    cur = raw.execute("SELECT seq, at, user_id, device_id, action, entity, entity_id, fields"
                      " FROM audit_entry ORDER BY seq")
    names = [d[0] for d in cur.description]
    for entry in [dict(zip(names, r)) for r in cur.fetchall()]:
        entry["fields"] = json.loads(entry["fields"])
        digest = audit_hash(prev, hashed_entry(entry, None))
        raw.execute("UPDATE audit_entry SET row_digest = NULL, prev_hash = ?, hash = ?"
                    " WHERE seq = ?", (prev, digest, entry["seq"]))
        prev = digest
    raw.execute("UPDATE device_state SET audit_hash = ?", (prev,))
    raw.commit()


def test_rows_written_before_digests_are_counted_as_unbound(record_folder, copy):
    """A chain from before 0007 verifies; its rows are unbound (counted, not reported), and
    a change to one of them cannot be seen."""
    _, _, _, consent_id = record_folder
    raw, report, _ = copy
    _as_before_digests(raw)
    result = report()
    assert result.ok, result.problems
    assert result.rows_unbound == result.rows_checked > 0
    raw.execute("UPDATE consent SET withdrawn_on = NULL WHERE id = ?", (consent_id,))
    assert report().ok


def test_upgrading_binds_the_rows_written_before_digests(copy, root):
    """0007 binds every existing row (one ``bind`` entry each): after the upgrade a change
    with SQL is named again."""
    raw, report, target = copy
    key = data_key(target, root.ADMIN, root.PASSWORD)
    engine = open_engine(target / "ppt-desk.db", key)
    # Downgrades rebuild tables that others refer to: as SQLite's batch migrations need.
    proxy = engine.raw_connection()
    proxy.driver_connection.execute("PRAGMA foreign_keys = OFF")
    proxy.close()
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0006")
    engine.dispose()
    _as_before_digests(raw)
    backend = make_backend(target, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)  # upgrades to head
    backend.session.lock()
    result = report()
    assert result.ok and result.rows_unbound == 0, result.problems
    binds = raw.execute("SELECT count(*) FROM audit_entry WHERE action = 'bind'").fetchone()[0]
    assert binds >= result.rows_checked
    raw.execute("UPDATE consent SET withdrawn_on = NULL")
    assert [code for code, _ in _rows(report())] == ["row_changed_outside_app"]


def test_every_tracked_column_with_a_server_default_has_a_python_default():
    """The hook digests the row before the INSERT: a value only the database fills in (a
    server default) would not be in the digest, and every new row would look changed."""
    missing = [f"{name}.{c.key}" for name, table in tracked_tables().items()
               for c in table.columns if c.server_default is not None and c.default is None]
    assert missing == []


def test_a_column_added_later_as_null_leaves_older_digests_as_they_were():
    """A migration that adds a nullable column does not make every older row look changed."""
    table = tracked_tables()["consent"]
    before = Table("consent", MetaData(), *[Column(c.name, c.type) for c in table.columns
                                            if c.name != "valid_until"])
    row = {c.key: None for c in table.columns}
    row.update(id="c1", case_id="k1", purpose="SEKRETARIAT", given_by="KORBAN",
               given_on=date(2026, 1, 2), method="TERTULIS", scope=[], version=1,
               created_at=datetime(2026, 1, 2, 3, 4, 5))
    assert row_digest(table, row) == row_digest(before, row)
    assert row_digest(table, {**row, "valid_until": date(2026, 5, 1)}) != row_digest(table, row)


def test_row_digest_needs_the_full_row():
    table = tracked_tables()["consent"]
    with pytest.raises(KeyError):
        row_digest(table, {"id": "x"})


# -- the command line -------------------------------------------------------------------------

def test_cli_verify_names_the_changed_row(record_folder, copy, root):
    _, _, _, consent_id = record_folder
    raw, _, target = copy
    env = {**os.environ, "PPT_DESK_PASSWORD": root.PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, "-m", "ppt_desk", "--data-dir", str(target), "verify"]
    good = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "rows checked: " in good.stdout and "OK" in good.stdout
    raw.execute("UPDATE consent SET withdrawn_on = NULL WHERE id = ?", (consent_id,))
    raw.commit()
    bad = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert (f"FIRST PROBLEM: rows: row_changed_outside_app at consent {consent_id}"
            in bad.stdout)
