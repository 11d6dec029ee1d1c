"""T8 (local half): the signed checkpoint kept outside the database.

On lock (and so at exit) the audit head ``(device_id, seq, head_hash)`` is signed with the
device key and kept in ``checkpoint.json``. ``verify`` then names an old copy of the
database put back, a chain that went another way, and a checkpoint file that was tampered
with. Writing never moves the kept checkpoint backwards. The file holds no personal data.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from integration_helpers import data_key, file_hash, make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.security.signing import public_key, sign
from ppt_desk.security.signing import verify as verify_signature
from ppt_desk.services.sync.outbound import checkpoint_message
from ppt_desk.storage.checkpoint import (
    CHECKPOINT_FILE, Checkpoint, CheckpointError, SignedCheckpoint, read_checkpoint,
    write_checkpoint,
)
from ppt_desk.storage.database import DataFolder, verify_files
from ppt_desk.storage.engine import connect, open_engine

NAME = "Yohana Tefa Checkpoint"


@pytest.fixture
def office(data_dir, root):
    """A data folder with one case, locked once (so it has a checkpoint)."""
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    backend.cases.register(make_intake(NAME, nik="5371014101990001"))
    backend.session.lock()
    return backend


def _head(folder, root) -> tuple[str, int, str, bytes]:
    raw = connect(folder / "ppt-desk.db", data_key(folder, root.ADMIN, root.PASSWORD))
    try:
        return raw.execute("SELECT device_id, audit_seq, audit_hash, signing_key"
                           " FROM device_state").fetchone()
    finally:
        raw.close()


def _verify(folder, root):
    return verify_files(DataFolder(folder), root.ADMIN, root.PASSWORD)


def _codes(report) -> list[tuple[str, str]]:
    return [(p.check, p.code) for p in report.problems]


def _register(backend, root, name: str) -> None:
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    backend.cases.register(make_intake(name))
    backend.session.lock()


def test_locking_keeps_the_signed_audit_head(office, data_dir, root):
    device_id, seq, head, signing_key = _head(data_dir, root)
    kept = read_checkpoint(data_dir / CHECKPOINT_FILE)
    assert kept is not None
    assert (kept.checkpoint.device_id, kept.checkpoint.seq, kept.checkpoint.head_hash) == (
        device_id, seq, head)
    assert kept.valid(public_key(signing_key))
    # The same signed statement as the checkpoint a bundle carries: a receiver can check it.
    data = json.loads((data_dir / CHECKPOINT_FILE).read_text("utf-8"))
    assert verify_signature(public_key(signing_key), bytes.fromhex(data["signature"]),
                            checkpoint_message(device_id, seq, head))
    report = _verify(data_dir, root)
    assert report.ok, report.problems
    assert report.checkpoint_seq == seq


def test_the_checkpoint_file_holds_no_personal_data(office, data_dir, root):
    text = (data_dir / CHECKPOINT_FILE).read_text("utf-8")
    assert set(json.loads(text)) == {"format", "version", "device_id", "seq", "head_hash",
                                     "signature"}
    for needle in (NAME, "Yohana", "Tefa", "5371014101990001", root.ADMIN, "Admin Satu",
                   root.OFFICE.name, "Kupang"):
        assert needle.lower() not in text.lower(), needle


def test_an_old_copy_put_back_is_named(office, data_dir, root, tmp_path):
    """The laptop restored from a copy: the database is older than the checkpoint."""
    aside = tmp_path / "aside"
    aside.mkdir()
    for name in ("ppt-desk.db", "keyslots.json"):
        shutil.copy2(data_dir / name, aside / name)
    _, old_seq, _, _ = _head(data_dir, root)
    _register(office, root, "Kasus Sesudah Salinan")
    _, new_seq, _, _ = _head(data_dir, root)
    assert read_checkpoint(data_dir / CHECKPOINT_FILE).checkpoint.seq == new_seq > old_seq
    for name in ("ppt-desk.db", "keyslots.json"):
        shutil.copy2(aside / name, data_dir / name)
    report = _verify(data_dir, root)
    assert _codes(report) == [("checkpoint", "database_older_than_checkpoint")]
    assert report.first.where == f"seq {old_seq}" and str(new_seq) in report.first.detail

    # Working on with the old copy does not erase the evidence: the lock keeps the file.
    kept = file_hash(data_dir / CHECKPOINT_FILE)
    backend = make_backend(data_dir, TEST_PARAMS)
    _register(backend, root, "Kasus Di Salinan Lama")
    assert file_hash(data_dir / CHECKPOINT_FILE) == kept
    _, seq_now, _, _ = _head(data_dir, root)
    assert seq_now >= new_seq  # as far along as the checkpoint, but on another chain
    assert _codes(_verify(data_dir, root)) == [("checkpoint", "chain_diverged")]


def test_the_cli_names_the_old_copy(office, data_dir, root, tmp_path):
    shutil.copy2(data_dir / "ppt-desk.db", tmp_path / "old.db")
    _register(office, root, "Kasus Sesudah Salinan")
    shutil.copy2(tmp_path / "old.db", data_dir / "ppt-desk.db")
    env = {**os.environ, "PPT_DESK_PASSWORD": root.PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "ppt_desk", "--data-dir", str(data_dir),
                             "verify"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FIRST PROBLEM: checkpoint: database_older_than_checkpoint" in result.stdout


@pytest.mark.parametrize("field", ["seq", "head_hash", "signature", "device_id"])
def test_a_changed_checkpoint_file_is_named(office, data_dir, root, field):
    path = data_dir / CHECKPOINT_FILE
    data = json.loads(path.read_text("utf-8"))
    if field == "seq":
        data["seq"] += 1000  # would make the database look old
    elif field == "device_id":
        data["device_id"] = data["device_id"][::-1]
    else:
        data[field] = ("0" if data[field][0] != "0" else "1") + data[field][1:]
    path.write_text(json.dumps(data), "utf-8")
    assert _codes(_verify(data_dir, root)) == [("checkpoint", "checkpoint_signature_bad")]
    # and it is not replaced by the next lock either
    before = file_hash(path)
    _register(office, root, "Kasus Berikut")
    assert file_hash(path) == before


def test_a_checkpoint_of_another_device_is_named(office, data_dir, root):
    """Validly signed with this database's key, but naming another device: the database or the
    file was swapped."""
    device_id, seq, head, signing_key = _head(data_dir, root)
    other = SignedCheckpoint(Checkpoint("another-device", seq, head), b"")
    other = SignedCheckpoint(other.checkpoint, sign(signing_key, other.checkpoint.message()))
    (data_dir / CHECKPOINT_FILE).write_text(json.dumps(other.to_json()), "utf-8")
    assert _codes(_verify(data_dir, root)) == [("checkpoint", "checkpoint_other_device")]


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"\xff\xfe", b'{"format": 1}', b"x" * 5000])
def test_a_damaged_checkpoint_file_is_named_not_crashed_on(office, data_dir, root, content):
    (data_dir / CHECKPOINT_FILE).write_bytes(content)
    assert _codes(_verify(data_dir, root)) == [("checkpoint", "checkpoint_unreadable")]
    _register(office, root, "Kasus Berikut")  # the next lock keeps it for an admin to see
    assert (data_dir / CHECKPOINT_FILE).read_bytes() == content


def test_without_a_checkpoint_file_verify_passes_and_says_so(office, data_dir, root):
    (data_dir / CHECKPOINT_FILE).unlink()
    report = _verify(data_dir, root)
    assert report.ok and report.checkpoint_seq is None


def test_verify_never_writes_the_checkpoint(office, data_dir, root):
    path = data_dir / CHECKPOINT_FILE
    path.unlink()
    _verify(data_dir, root)
    office.session.unlock(root.ADMIN, root.PASSWORD)
    office.session.verify()
    assert not path.exists()
    office.session.lock()
    assert path.exists()


def test_write_checkpoint_for_the_sync_export(office, data_dir, root):
    """The function the export calls: writes the current head, returns it; the same head
    again leaves the file as it is."""
    key = data_key(data_dir, root.ADMIN, root.PASSWORD)
    engine = open_engine(data_dir / "ppt-desk.db", key)
    try:
        path = data_dir / CHECKPOINT_FILE
        path.unlink()
        written = write_checkpoint(engine, data_dir)
        device_id, seq, head, _ = _head(data_dir, root)
        assert (written.device_id, written.seq, written.head_hash) == (device_id, seq, head)
        stamp = path.stat().st_mtime_ns
        with engine.connect() as conn:
            assert write_checkpoint(conn, data_dir) == written
        assert path.stat().st_mtime_ns == stamp
    finally:
        engine.dispose()
    assert [p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_the_file_format_is_strict():
    good = {"format": "ppt-desk-checkpoint", "version": 1, "device_id": "d", "seq": 3,
            "head_hash": "a" * 64, "signature": "b" * 128}
    assert SignedCheckpoint.from_json(good).checkpoint.seq == 3
    for bad in ({**good, "extra": 1}, {**good, "version": 2}, {**good, "seq": -1},
                {**good, "seq": True}, {**good, "head_hash": "A" * 64},
                {**good, "signature": "b" * 127}, {**good, "device_id": ""}):
        with pytest.raises(CheckpointError):
            SignedCheckpoint.from_json(bad)
