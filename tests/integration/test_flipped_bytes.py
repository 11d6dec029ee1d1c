"""T8 (flipped bytes): one flipped bit anywhere in the closed database file is caught, either
when unlocking (DomainError, never a raw exception) or by verify() / ``ppt-desk verify``
through SQLCipher's per-page HMAC, which verify reports instead of crashing."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS

PAGE = 4096  # SQLCipher 4 default page size


@pytest.fixture(scope="module")
def filled(template_folder, tmp_path_factory, root):
    folder = tmp_path_factory.mktemp("flip") / "data"
    shutil.copytree(template_folder[0], folder)
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(root.ADMIN, root.PASSWORD)
    for i in range(40):
        backend.cases.register(make_intake(f"Halaman Uji {i}", notes="catatan panjang " * 40))
    backend.session.lock()
    return folder


def _flip(db, offset: int) -> None:
    data = bytearray(db.read_bytes())
    data[offset] ^= 0x10
    db.write_bytes(bytes(data))


def _outcome(folder, creds) -> str:
    backend = make_backend(folder, TEST_PARAMS)
    try:
        backend.session.unlock(*creds)
    except DomainError as exc:
        return f"refused:{exc.code}"
    try:
        report = backend.session.verify()
        return "unnoticed" if report.ok else f"{report.first.check}:{report.first.code}"
    finally:
        backend.session.lock()


def test_a_flipped_bit_on_any_page_is_caught(filled, tmp_path, creds):
    folder = tmp_path / "data"
    shutil.copytree(filled, folder)
    db = folder / "ppt-desk.db"
    original = db.read_bytes()
    assert len(original) % PAGE == 0 and len(original) // PAGE > 20
    outcomes: dict[str, list[int]] = {}
    for page in range(len(original) // PAGE):
        offset = page * PAGE + 1000 + page % 2000
        for side in ("ppt-desk.db-wal", "ppt-desk.db-shm"):
            (folder / side).unlink(missing_ok=True)
        db.write_bytes(original[:offset] + bytes([original[offset] ^ 0x10]) + original[offset + 1:])
        outcomes.setdefault(_outcome(folder, creds), []).append(page)
    assert "unnoticed" not in outcomes, outcomes
    assert set(outcomes) <= {"refused:database_unreadable", "cipher:page_hmac_failed"}, outcomes
    assert len(outcomes.get("cipher:page_hmac_failed", [])) > len(original) // PAGE // 2


def test_cli_verify_reports_a_damaged_page(filled, tmp_path, creds):
    folder = tmp_path / "data"
    shutil.copytree(filled, folder)
    db = folder / "ppt-desk.db"
    last_page = db.stat().st_size // PAGE - 1
    _flip(db, last_page * PAGE + 500)
    env = {**os.environ, "PPT_DESK_PASSWORD": creds[1]}
    result = subprocess.run([sys.executable, "-m", "ppt_desk", "--data-dir", str(folder), "verify"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "FIRST PROBLEM: cipher: page_hmac_failed" in result.stdout
