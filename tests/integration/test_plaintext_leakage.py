"""T9-lite: after a scripted session with canary names and NIK numbers, no file in the data
folder or the test's temp dir, and no log record, holds them in clear."""
from __future__ import annotations

import logging
import tempfile
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from integration_helpers import child_intake, data_key, make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import Address, Guardian, IdentityDocument
from ppt_desk.domain.names import name_keys
from ppt_desk.logsetup import configure_logging
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.migrator import _config

NAME = "Kanari Zulaikha Wibisono"
NIK = "5371019999990001"
CHILD = "Kanari Yosefina Tlonaen"
CHILD_NIK = "5371018888880002"
PASSPORT = "C7319946"
GUARDIAN = "Kanari Bapak Ndolu"
ADDRESS = "Jalan Kanari Biru No. 17, Oesapa"

CANARIES = [NAME, NIK, CHILD, CHILD_NIK, PASSPORT, GUARDIAN, ADDRESS, "Zulaikha", "Wibisono",
            "Tlonaen", "Ndolu", "Kanari Biru"]
# The search keys derived from the names are personal data too.
CANARIES += [k for n in (NAME, CHILD) for k in name_keys(n) if len(k) >= 5]


def _needles(extra: tuple[str, ...] = ()) -> list[bytes]:
    needles = set()
    for text in (*CANARIES, *extra):
        for form in {text, text.lower(), text.upper()}:
            needles.add(form.encode("utf-8"))
            needles.add(form.encode("utf-16-le"))
    return sorted(needles)


def _leaks(folder: Path, extra: tuple[str, ...] = ()) -> list[str]:
    found, scanned = [], 0
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        scanned += 1
        for needle in _needles(extra):
            if needle in data:
                found.append(f"{path.relative_to(folder)}: {needle!r}")
    assert scanned, f"nothing scanned in {folder}"
    return found


@pytest.fixture
def session_env(tmp_path, monkeypatch):
    """Temp files of this process (Python's and SQLite's) go into the test's temp dir."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    for var in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


@pytest.fixture
def app_logging(data_dir):
    """The app's own logging set-up (file in the data folder's logs/), undone afterwards."""
    sa_level = logging.getLogger("sqlalchemy").level
    root_level = logging.getLogger().level
    configure_logging(data_dir / "logs", logging.DEBUG)
    yield data_dir / "logs"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_ppt_desk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(root_level)
    logging.getLogger("sqlalchemy").setLevel(sa_level)


def test_no_canary_in_files_or_logs(data_dir, creds, tmp_path, session_env, app_logging, caplog,
                                   recovery_code):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy").setLevel(logging.INFO)  # statements too (parameters hidden)
    user, password = creds
    backend = make_backend(data_dir, TEST_PARAMS)
    backend.session.unlock(user, password)
    _, case_id, _ = backend.cases.register(make_intake(
        NAME, nik=NIK, aliases=("Kanari Zee",), documents=(IdentityDocument("PASPOR", PASSPORT),),
        origin=Address(ADDRESS, "53", "53.71"), notes=f"Dijemput di {ADDRESS}"))
    backend.cases.register(child_intake(CHILD, nik=CHILD_NIK, guardian=Guardian(GUARDIAN, "AYAH"),
                                       birth_date=date(2012, 2, 3), estimated_age=None))
    for i in range(20):
        backend.cases.register(make_intake(f"Pengisi Data {i}"))
    backend.cases.save_draft({"full_name": NAME, "nik": NIK})
    for query in ("kanari", "zulaika wibisono", "Wibisono", NIK, NIK[:8], "tlonaen", PASSPORT,
                  "Kanary Zulaiha"):
        assert backend.cases.search(CaseQuery(text=query)).total >= 1, query
    assert backend.cases.open(case_id).intake.full_name == NAME
    with pytest.raises(DomainError):  # a refused intake quoting the canary
        backend.cases.register(make_intake(NAME, nik=NIK + "9"))
    assert _leaks(tmp_path) == []  # while unlocked: WAL and shared-memory files included

    backend.session.lock()
    backend.session.unlock(user, password)
    assert backend.cases.search(CaseQuery(text="zulaikha")).total == 1
    backend.session.lock()

    # An upgrade makes an encrypted backup of everything above.
    key = data_key(data_dir, user, password)
    engine = open_engine(data_dir / "ppt-desk.db", key)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0001")
    engine.dispose()
    backend.session.unlock(user, password)
    assert backend.session.db.upgraded_from_backup is not None
    backend.session.lock()
    assert list((data_dir / "backups").iterdir())

    # Key material is never written out in clear either: the data key, the recovery code.
    secrets_ = (key.hex(), recovery_code, recovery_code.replace("-", ""))
    leaks = _leaks(tmp_path, secrets_)
    assert leaks == [], leaks
    assert (app_logging / "ppt-desk.log").exists()
    messages = []
    for record in caplog.records:
        messages.append(record.getMessage())
        if record.exc_info:
            messages.append(logging.Formatter().formatException(record.exc_info))
    text = "\n".join(messages)
    assert "INSERT INTO person" in text  # statements were logged, so the check means something
    for canary in (*CANARIES, *secrets_):
        for form in {canary, canary.lower(), canary.upper()}:
            assert form not in text, form


def test_the_scanner_finds_a_planted_canary(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "plain.txt").write_text(f"x {NAME.upper()} y", encoding="utf-8")
    (tmp_path / "wide.bin").write_bytes(b"\0" + NIK.encode("utf-16-le"))
    assert len(_leaks(tmp_path)) >= 2
