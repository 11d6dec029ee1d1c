"""The frozen one-folder build in dist/ppt-desk/ works on its own.

Runs the built program (not the source tree) the way a PPT would: build a training
database with ``demo``, check it with ``verify``, and start the GUI offscreen on the
demo folder (unlock dialog) and on an empty folder (setup wizard). And the way a
secretariat office would: set up on the real PostgreSQL server the tests start
(``tests/pg.py``), over TLS checked against the office CA, with the frozen psycopg and
the libpq it ships (not one installed on the computer), then open and verify the store.

These tests use an existing build (``make package``) and are skipped when there is
none, or when it is older than the sources (it would test old code). ``make
package-check`` rebuilds if needed and sets PPT_DESK_REQUIRE_PACKAGE=1, so that a
missing build fails instead of skipping.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "ppt-desk"
WINDOWS = sys.platform == "win32"
APP = DIST / ("ppt-desk.exe" if WINDOWS else "ppt-desk")
# A windowed .exe has no console; the spec builds a console twin for the subcommands.
CLI = DIST / "ppt-desk-cli.exe" if WINDOWS else APP
BUNDLE = DIST / "_internal"
REQUIRED = os.environ.get("PPT_DESK_REQUIRE_PACKAGE") == "1"
PASSWORD = "latihan-paket-2026"
CASES = 20
GUI_SECONDS = 3.0



def _skip_reason() -> str | None:
    """Why not to test the build here (None: test it). A stale build would test old code."""
    if REQUIRED:
        return None
    if not APP.exists():
        return "no frozen build in dist/ppt-desk/ (run `make package`, or `make package-check`)"
    built_at = APP.stat().st_mtime
    for folder in ("src", "migrations", "resources", "packaging"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix != ".pyc" and path.is_file() and path.stat().st_mtime > built_at:
                return (f"dist/ppt-desk/ is older than {path.relative_to(ROOT)} "
                        "(run `make package-check` to rebuild and test it)")
    return None


SKIP_REASON = _skip_reason()
pytestmark = pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")


def _env(home: Path, password: str | None = PASSWORD) -> dict[str, str]:
    """The frozen program's environment: offscreen Qt, no source tree, a private home."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "PPT_DESK_PASSWORD")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if password is not None:
        env["PPT_DESK_PASSWORD"] = password
    # Settings, logs and caches of the GUI go to a throwaway home, not the developer's.
    home.mkdir(parents=True, exist_ok=True)
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    env["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    if WINDOWS:
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "appdata")
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 300
         ) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def _explain(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


@pytest.fixture(scope="module")
def built() -> Path:
    if not APP.exists():
        pytest.fail(f"PPT_DESK_REQUIRE_PACKAGE=1 but {APP.relative_to(ROOT)} was not built")
    return APP


@pytest.fixture(scope="module")
def demo_folder(built, tmp_path_factory) -> tuple[Path, Path]:
    """A data folder filled by the frozen ``demo`` subcommand; returns (folder, home)."""
    base = tmp_path_factory.mktemp("package")
    folder, home = base / "demo-data", base / "home"
    result = _run(["demo", "--data-dir", str(folder), "--cases", str(CASES)], _env(home), base)
    assert result.returncode == 0, _explain(result)
    assert f"{CASES} synthetic cases" in result.stdout, _explain(result)
    return folder, home


def test_bundle_holds_data_folders_and_no_dev_tools(built):
    assert (BUNDLE / "resources" / "codelists" / "sex.json").is_file()
    # ODbL asks that the notice travel with the region tables.
    for name in ("provinces.csv", "villages.csv", "SOURCE.md", "LICENSE-ODbL.md"):
        assert (BUNDLE / "resources" / "regions" / name).is_file(), name
    assert (BUNDLE / "migrations" / "env.py").is_file()
    assert (BUNDLE / "migrations" / "script.py.mako").is_file()
    assert sorted(p.name for p in (BUNDLE / "migrations" / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))
    for absent in ("pytest", "hypothesis", "PyInstaller", "tkinter", "sqlite3"):
        assert not (BUNDLE / absent).exists(), f"{absent} should not be in the build"
    assert not list(BUNDLE.rglob("__pycache__")), "caches copied into the build"


def test_help_lists_the_subcommands(built, tmp_path):
    result = _run(["--help"], _env(tmp_path / "home", None), tmp_path, timeout=60)
    assert result.returncode == 0, _explain(result)
    assert "demo" in result.stdout and "verify" in result.stdout


def test_demo_database_verifies(demo_folder, tmp_path):
    folder, home = demo_folder
    assert (folder / "ppt-desk.db").is_file() and (folder / "keyslots.json").is_file()
    result = _run(["--data-dir", str(folder), "verify"], _env(home), tmp_path)
    assert result.returncode == 0, _explain(result)
    assert "OK:" in result.stdout, _explain(result)


def test_verify_refuses_a_wrong_password(demo_folder, tmp_path):
    folder, home = demo_folder
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock", "logs"))
    result = _run(["--data-dir", str(copy), "verify"], _env(home, "bukan-kata-sandinya"), tmp_path)
    assert result.returncode == 2, _explain(result)
    assert "wrong_password" in result.stderr, _explain(result)


def test_verify_notices_a_flipped_byte(demo_folder, tmp_path):
    """The frozen SQLCipher codec checks page HMACs: a changed byte is not read silently."""
    folder, home = demo_folder
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.lock", "logs"))
    db = copy / "ppt-desk.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    result = _run(["--data-dir", str(copy), "verify"], _env(home), tmp_path)
    assert result.returncode != 0, _explain(result)


def _gui_stays_up(folder: Path, home: Path, cwd: Path) -> None:
    proc = subprocess.Popen([str(APP), "--data-dir", str(folder)], env=_env(home, None), cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + GUI_SECONDS
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        alive = proc.poll() is None
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        out, err = proc.communicate()
    assert alive, f"the GUI exited after less than {GUI_SECONDS} s (exit {proc.returncode})\n{out}\n{err}"
    assert "Traceback" not in err, err


def test_gui_starts_on_the_demo_folder(demo_folder, tmp_path):
    """An existing database: the GUI starts and waits at the unlock dialog."""
    folder, home = demo_folder
    _gui_stays_up(folder, home, tmp_path)


def test_gui_starts_on_an_empty_folder(built, tmp_path):
    """First run: the GUI starts and waits in the setup wizard."""
    _gui_stays_up(tmp_path / "new-data", tmp_path / "home", tmp_path)


# -- a secretariat on PostgreSQL -------------------------------------------------------------------
PG_PASSWORD_ENV = "PPT_DESK_PG_PASSWORD"


def test_bundle_holds_the_postgresql_driver_and_its_libpq(built):
    """psycopg's C implementation with the libpq and OpenSSL it was built with: an officer's
    computer (Windows, most often) has no PostgreSQL client of its own."""
    # (psycopg's own modules are pure Python, inside the archive; the C ones are files.)
    assert (BUNDLE / "psycopg_binary").is_dir(), "psycopg_binary is not in the build"
    assert list((BUNDLE / "psycopg_binary").glob("_psycopg*")), "its C module is missing"
    assert list(BUNDLE.rglob("libpq*")), "psycopg_binary's libpq is not in the build"


def _pg_env(home: Path, password: str) -> dict[str, str]:
    env = _env(home)
    env[PG_PASSWORD_ENV] = password
    # Only psycopg_binary: never a libpq this test machine happens to have installed.
    env["PSYCOPG_IMPL"] = "binary"
    return env


def _setup_args(folder: Path, settings, sslmode: str, rootcert: str = "") -> list[str]:
    return ["secretariat", "setup", "--data-dir", str(folder), "--province", "53",
            "--admin", "admin", "--backup-key-out", str(folder.parent / "kunci-cadangan.txt"),
            "--pg-host", settings.host, "--pg-port", str(settings.port),
            "--pg-database", settings.dbname, "--pg-user", settings.user,
            "--pg-sslmode", sslmode, "--pg-sslrootcert", rootcert]


def test_a_secretariat_sets_up_and_opens_its_store_on_postgresql(built, pg_server, tmp_path):
    home = tmp_path / "home"
    settings = pg_server.new_database(migrated=False)
    folder = tmp_path / "sekretariat"
    # A wrong role password is named, from the frozen driver's error, and nothing is kept.
    wrong = _run(_setup_args(folder, settings, "verify-full", str(pg_server.ca_file)),
                 _pg_env(home, "bukan-kata-sandinya"), tmp_path)
    assert wrong.returncode != 0, _explain(wrong)
    assert "database_login_failed" in wrong.stdout + wrong.stderr, _explain(wrong)
    assert not (folder / "keyslots.json").exists()

    made = _run(_setup_args(folder, settings, "verify-full", str(pg_server.ca_file)),
                _pg_env(home, pg_server.owner_password), tmp_path)
    assert made.returncode == 0, _explain(made)
    assert (folder / "store.json").is_file() and not (folder / "ppt-desk.db").exists()
    with pg_server.admin(settings.dbname) as conn:     # the tables are in the server's database
        assert conn.execute("SELECT count(*) FROM device_state").fetchone() == (1,)

    env = _pg_env(home, pg_server.owner_password)
    del env[PG_PASSWORD_ENV]                 # from now on the sealed one in keyslots.json
    status = _run(["secretariat", "status", "--data-dir", str(folder)], env, tmp_path)
    assert status.returncode == 0, _explain(status)
    assert "Sekretariat:" in status.stdout, _explain(status)
    checked = _run(["--data-dir", str(folder), "verify"], env, tmp_path)
    assert checked.returncode == 0, _explain(checked)
    assert "OK:" in checked.stdout, _explain(checked)
    _gui_stays_up(folder, home, tmp_path)

    # store.json pointed at another database the same role may open: refused, by its id.
    other = pg_server.new_database(migrated=False)
    (tmp_path / "lain").mkdir()
    second = _run(_setup_args(tmp_path / "lain" / "data", other, "disable"),
                  _pg_env(tmp_path / "home2", pg_server.owner_password), tmp_path)
    assert second.returncode == 0, _explain(second)
    store = json.loads((folder / "store.json").read_text())
    store.update(dbname=other.dbname, sslmode="disable", sslrootcert="")
    (folder / "store.json").write_text(json.dumps(store))
    refused = _run(["--data-dir", str(folder), "verify"], env, tmp_path)
    assert refused.returncode != 0, _explain(refused)
    assert "store_database_other" in refused.stdout + refused.stderr, _explain(refused)
