"""T11: tampering with the audit chain or the outbox by raw SQL on the encrypted connection.

Every alteration, deletion, insertion, truncation and reordering, at every position, is
detected and reported at the first bad entry. ``ppt-desk verify`` says so with its exit code.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from integration_helpers import data_key, make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.storage.changes import audit_hash, hashed_entry
from ppt_desk.storage.engine import connect, open_engine
from ppt_desk.storage.verify import verify

N_CASES = 10
N_AUDIT = 2 + 2 * N_CASES + 3  # setup (office, admin) + cases + user add/update + one view
POSITIONS = range(1, N_AUDIT + 1)
FIELDS = ("at", "user_id", "action", "entity", "entity_id", "fields", "device_id")


@pytest.fixture(scope="module")
def chain_folder(template_folder, tmp_path_factory, root):
    """A data folder with N_AUDIT audit entries, built once for this module."""
    folder = tmp_path_factory.mktemp("chain") / "data"
    shutil.copytree(template_folder[0], folder)
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    case_ids = [backend.cases.register(make_intake(f"Rantai Uji {i}"))[1] for i in range(N_CASES)]
    _, maria = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}),
                                "kata-sandi-maria-1")
    backend.users.update(maria.id, "Maria G. Seran", frozenset({"PENDAMPING"}), True)
    backend.cases.open(case_ids[0])
    report = backend.session.verify()
    assert report.ok and report.audit_entries == N_AUDIT, report
    backend.session.lock()
    return folder, data_key(folder, root.ADMIN, root.PASSWORD)


@pytest.fixture
def tampered(chain_folder, tmp_path):
    """(raw sqlcipher3 connection to a fresh copy, a function returning verify()'s report)."""
    folder, key = chain_folder
    db = tmp_path / "ppt-desk.db"
    shutil.copyfile(folder / "ppt-desk.db", db)
    raw = connect(db, key)
    engines = []

    def report():
        raw.commit()
        engine = open_engine(db, key)
        engines.append(engine)
        return verify(engine)

    yield raw, report
    raw.close()
    for engine in engines:
        engine.dispose()


def _entry(raw, seq: int) -> dict:
    cur = raw.execute("SELECT seq, at, user_id, device_id, action, entity, entity_id, fields, "
                      "row_digest, prev_hash, hash FROM audit_entry WHERE seq = ?", (seq,))
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone()))


def _first(report) -> tuple[str, str, str]:
    assert not report.ok, "tampering went unnoticed"
    first = report.first
    return first.check, first.code, first.where


def test_the_untouched_copy_verifies(tampered):
    _, report = tampered
    result = report()
    assert result.ok, result.problems
    assert result.audit_entries == N_AUDIT


@pytest.mark.parametrize("seq", POSITIONS)
def test_altered_entry(tampered, seq):
    raw, report = tampered
    field = FIELDS[seq % len(FIELDS)]
    old = _entry(raw, seq)[field]
    new = '["forged"]' if field == "fields" else (old or "") + "x"
    raw.execute(f"UPDATE audit_entry SET {field} = ? WHERE seq = ?", (new, seq))
    assert _first(report()) == ("audit", "audit_hash_mismatch", f"seq {seq}")


@pytest.mark.parametrize("seq", POSITIONS)
def test_altered_link(tampered, seq):
    raw, report = tampered
    raw.execute("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", ("f" * 64, seq))
    assert _first(report()) == ("audit", "audit_link_broken", f"seq {seq}")


@pytest.mark.parametrize("seq", POSITIONS)
def test_altered_entry_with_its_hash_recomputed(tampered, seq):
    """A forger who recomputes the changed entry's hash breaks the link to the next one
    (or, for the last entry, no longer matches the head kept in device_state)."""
    raw, report = tampered
    entry = _entry(raw, seq)
    entry["entity_id"] = "forged-entity"
    body = {k: entry[k] for k in ("seq", "at", "user_id", "device_id", "action", "entity",
                                  "entity_id")}
    body["fields"] = json.loads(entry["fields"])
    body = hashed_entry(body, entry["row_digest"])  # the forger knows the scheme
    raw.execute("UPDATE audit_entry SET entity_id = ?, hash = ? WHERE seq = ?",
                ("forged-entity", audit_hash(entry["prev_hash"], body), seq))
    if seq < N_AUDIT:
        assert _first(report()) == ("audit", "audit_link_broken", f"seq {seq + 1}")
    else:
        assert _first(report()) == ("audit", "audit_head_mismatch", f"seq {seq}")


@pytest.mark.parametrize("seq", POSITIONS)
def test_deleted_entry(tampered, seq):
    raw, report = tampered
    raw.execute("DELETE FROM audit_entry WHERE seq = ?", (seq,))
    code = "audit_gap" if seq < N_AUDIT else "audit_truncated"
    assert _first(report()) == ("audit", code, f"seq {seq}")


@pytest.mark.parametrize("seq", POSITIONS)
def test_inserted_forged_entry(tampered, seq):
    """A forged entry slid in at ``seq`` (later ones renumbered), its hash recomputed over
    its own content but with a link that is not the previous entry's hash."""
    raw, report = tampered
    raw.execute("UPDATE audit_entry SET seq = -seq WHERE seq >= ?", (seq,))
    raw.execute("UPDATE audit_entry SET seq = 1 - seq WHERE seq < 0")
    template = _entry(raw, seq + 1)
    body = {"seq": seq, "at": template["at"], "user_id": template["user_id"],
            "device_id": template["device_id"], "action": "update", "entity": "case_file",
            "entity_id": "forged", "fields": ["victim_status"]}
    prev = template["hash"]  # a real hash from the chain, just not the right one
    raw.execute(
        "INSERT INTO audit_entry (seq, at, user_id, device_id, action, entity, entity_id,"
        " fields, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, body["at"], body["user_id"], body["device_id"], body["action"], body["entity"],
         body["entity_id"], '["victim_status"]', prev, audit_hash(prev, body)))
    assert _first(report()) == ("audit", "audit_link_broken", f"seq {seq}")


def test_entry_appended_past_the_head(tampered):
    """Correctly linked and hashed, but the head in device_state was not moved."""
    raw, report = tampered
    last = _entry(raw, N_AUDIT)
    body = {"seq": N_AUDIT + 1, "at": last["at"], "user_id": last["user_id"],
            "device_id": last["device_id"], "action": "delete", "entity": "case_file",
            "entity_id": "forged", "fields": []}
    raw.execute(
        "INSERT INTO audit_entry (seq, at, user_id, device_id, action, entity, entity_id,"
        " fields, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)",
        (body["seq"], body["at"], body["user_id"], body["device_id"], body["action"],
         body["entity"], body["entity_id"], last["hash"], audit_hash(last["hash"], body)))
    assert _first(report()) == ("audit", "audit_beyond_head", f"seq {N_AUDIT + 1}")


@pytest.mark.parametrize("keep", range(0, N_AUDIT))
def test_truncated_tail(tampered, keep):
    raw, report = tampered
    raw.execute("DELETE FROM audit_entry WHERE seq > ?", (keep,))
    assert _first(report()) == ("audit", "audit_truncated", f"seq {keep + 1}")


def _swap(raw, a: int, b: int) -> None:
    raw.execute("UPDATE audit_entry SET seq = -1 WHERE seq = ?", (a,))
    raw.execute("UPDATE audit_entry SET seq = ? WHERE seq = ?", (a, b))
    raw.execute("UPDATE audit_entry SET seq = ? WHERE seq = -1", (b,))


@pytest.mark.parametrize("seq", range(1, N_AUDIT))
def test_reordered_neighbours(tampered, seq):
    raw, report = tampered
    _swap(raw, seq, seq + 1)
    assert _first(report()) == ("audit", "audit_link_broken", f"seq {seq}")


@pytest.mark.parametrize(("a", "b"), [(1, N_AUDIT), (3, 9), (N_AUDIT // 2, N_AUDIT - 1)])
def test_reordered_far_apart(tampered, a, b):
    raw, report = tampered
    _swap(raw, a, b)
    assert _first(report()) == ("audit", "audit_link_broken", f"seq {a}")


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_outbox_event_deleted(tampered, which):
    raw, report = tampered
    count = raw.execute("SELECT count(*) FROM outbox_event").fetchone()[0]
    seq = {"first": 1, "middle": count // 2, "last": count}[which]
    raw.execute("DELETE FROM outbox_event WHERE device_seq = ?", (seq,))
    result = report()
    code = "outbox_truncated" if which == "last" else "outbox_gap"
    assert _first(result) == ("outbox", code, f"device_seq {seq}")
    assert all(p.check == "outbox" for p in result.problems)  # the audit chain itself is intact


def test_outbox_event_added_past_the_counter(tampered):
    raw, report = tampered
    count = raw.execute("SELECT count(*) FROM outbox_event").fetchone()[0]
    raw.execute("INSERT INTO outbox_event (event_id, device_id, device_seq, hlc, entity, entity_id,"
                " case_id, op, base_version, patch, author_id, created_at)"
                " SELECT 'forged-event', device_id, device_seq + 1, hlc, entity, entity_id, case_id,"
                " op, base_version, patch, author_id, created_at FROM outbox_event"
                " WHERE device_seq = ?", (count,))
    assert _first(report()) == ("outbox", "outbox_beyond_head", f"device_seq {count + 1}")


# -- the command line -------------------------------------------------------------------------

def _run_verify(folder, password, *args):
    env = {**os.environ, "PPT_DESK_PASSWORD": password, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "ppt_desk", "--data-dir", str(folder), *args],
                          env=env, capture_output=True, text=True, timeout=120)


def test_cli_verify_exit_codes(chain_folder, tmp_path, root):
    folder, key = chain_folder
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    good = _run_verify(copy, root.PASSWORD, "verify")
    assert good.returncode == 0, good.stderr
    assert "OK" in good.stdout and "FIRST PROBLEM" not in good.stdout
    assert f"audit entries: {N_AUDIT}" in good.stdout

    raw = connect(copy / "ppt-desk.db", key)
    raw.execute("UPDATE audit_entry SET action = 'delete' WHERE seq = 7")
    raw.commit()
    raw.close()
    bad = _run_verify(copy, root.PASSWORD, "verify", "--username", root.ADMIN)
    assert bad.returncode == 1, bad.stderr
    assert "FIRST PROBLEM: audit: audit_hash_mismatch at seq 7" in bad.stdout

    wrong = _run_verify(copy, "bukan-sandinya", "verify")
    assert wrong.returncode == 2
    assert "wrong_password" in wrong.stderr


def test_cli_verify_accepts_data_dir_after_the_subcommand(chain_folder, tmp_path, root):
    folder, _ = chain_folder
    env = {**os.environ, "PPT_DESK_PASSWORD": root.PASSWORD}
    result = subprocess.run([sys.executable, "-m", "ppt_desk", "verify", "--data-dir", str(folder)],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
