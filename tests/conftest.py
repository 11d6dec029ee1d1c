"""Shared fixtures: Qt offscreen, a template database built once and copied per test."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from ppt_desk.bootstrap import LocalBackend as Backend, make_backend  # noqa: E402
from ppt_desk.security.kdf import TEST_PARAMS  # noqa: E402
from ppt_desk.services.dto import OfficeProfile  # noqa: E402

ADMIN = "admin"
PASSWORD = "kata-sandi-uji-1"
OFFICE = OfficeProfile("P2TP2A Kota Kupang", "P2TP2A", "53", "53.71", "KPG")


@pytest.fixture(scope="session")
def template_folder(tmp_path_factory, request) -> tuple[Path, str]:
    """A set-up data folder (office + admin), made once per test session (its store on
    PostgreSQL when PPT_DESK_TEST_STORE=postgresql: tests/pg.py)."""
    import pg

    folder = tmp_path_factory.mktemp("template")
    backend = make_backend(folder, TEST_PARAMS)
    store = (pg.Store(request.getfixturevalue("pg_server")).setup_kwargs()
             if pg.suite_on_postgres() else {})
    result = backend.session.setup(OFFICE, ADMIN, "Admin Satu", PASSWORD, PASSWORD, **store)
    return folder, result.recovery_code


@pytest.fixture
def data_dir(template_folder, tmp_path, request) -> Path:
    import pg

    src, _ = template_folder
    target = tmp_path / "data"
    shutil.copytree(src, target)
    if pg.suite_on_postgres():
        pg.copy_office_database(request.getfixturevalue("pg_server"), target)
    return target


@pytest.fixture
def recovery_code(template_folder) -> str:
    return template_folder[1]


@pytest.fixture
def backend(data_dir) -> Backend:
    b = make_backend(data_dir, TEST_PARAMS)
    b.session.unlock(ADMIN, PASSWORD)
    yield b
    b.session.lock()


@pytest.fixture(scope="session")
def root() -> SimpleNamespace:
    """ADMIN, PASSWORD and OFFICE for test modules (a conftest is not importable by name)."""
    return SimpleNamespace(ADMIN=ADMIN, PASSWORD=PASSWORD, OFFICE=OFFICE)


@pytest.fixture
def creds() -> tuple[str, str]:
    """(username, password) of the template folder's admin."""
    return ADMIN, PASSWORD


# -- PostgreSQL (tests/pg.py): a real server per test session, never skipped -----------------
@pytest.fixture(scope="session")
def pg_server():
    from pg import PgServer

    server = PgServer.start()   # fails (does not skip) when the server binaries are missing
    yield server
    server.stop()


@pytest.fixture
def pg_settings(pg_server):
    """A fresh migrated PostgreSQL database (a copy of the template) and its role's password."""
    from pg import Store

    return Store(pg_server).new()


@pytest.fixture(params=["sqlcipher", "postgresql"])
def any_store(request):
    """The store a test's offices are set up on: ``any_store.setup_kwargs()`` gives
    ``session.setup`` what it needs (nothing for SQLCipher; a new database each call on
    PostgreSQL)."""
    from pg import Store

    return Store(request.getfixturevalue("pg_server") if request.param == "postgresql" else None)
