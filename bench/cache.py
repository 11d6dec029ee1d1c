"""The cached 100,000-case demo database (bench/.cache/, gitignored) and its plain copy.

The encrypted database is built with calibrated Argon2id parameters (as a real
setup), so unlocking it costs what it costs in the field. It is rebuilt when
the code that shapes its contents changes (fingerprint in ``stamp.json``).
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from .common import CACHE, CASES, PASSWORD, ROOT, SEED, USERNAME, log

DEMO_DIR = CACHE / "demo-100k"
PLAIN_DB = CACHE / "plain-copy.db"
STAMP = CACHE / "stamp.json"
_SHAPING = ("src/ppt_desk/demo", "src/ppt_desk/storage/bulk.py", "src/ppt_desk/storage/schema.py",
            "src/ppt_desk/storage/search.py", "src/ppt_desk/domain/names.py",
            "src/ppt_desk/security/kdf.py", "resources/demo/names.json", "migrations/versions",
            "src/ppt_desk/domain/casework.py", "src/ppt_desk/services",
            "resources/casework/stages.json", "resources/casework/forms.json",
            "resources/casework/service_forms.json", "resources/casework/tracks.json",
            "resources/institutions/national.json")


def fingerprint() -> str:
    digest = hashlib.sha256(f"{CASES}:{SEED}".encode())
    for rel in _SHAPING:
        path = ROOT / rel
        files = sorted(path.rglob("*.py") if path.is_dir() else [path])
        for file in files:
            if "__pycache__" not in file.parts:
                digest.update(file.relative_to(ROOT).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def read_stamp() -> dict | None:
    try:
        return json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return None


def ensure() -> dict:
    """Build the cache when missing or stale; returns the stamp (with the build time)."""
    stamp = read_stamp()
    if stamp and stamp.get("fingerprint") == fingerprint() and DEMO_DIR.exists() \
            and PLAIN_DB.exists():
        stamp["cached"] = True
        return stamp
    log(f"building the {CASES}-case demo database in {DEMO_DIR} (calibrated Argon2id) ...")
    # A fresh process, so the figure is the command's real cost (imports included).
    subprocess.run([sys.executable, "-m", "bench.cache", "build"], cwd=ROOT, check=True)
    stamp = read_stamp()
    assert stamp is not None
    stamp["cached"] = False
    return stamp


def _build() -> None:
    CACHE.mkdir(exist_ok=True)
    shutil.rmtree(DEMO_DIR, ignore_errors=True)
    PLAIN_DB.unlink(missing_ok=True)
    STAMP.unlink(missing_ok=True)
    started = time.perf_counter()
    from ppt_desk.demo import build_demo

    build_demo(DEMO_DIR, CASES, PASSWORD, seed=SEED, username=USERNAME)
    seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in DEMO_DIR.rglob("*") if f.is_file())
    export_started = time.perf_counter()
    make_plain_copy()
    STAMP.write_text(json.dumps({
        "fingerprint": fingerprint(), "cases": CASES, "seed": SEED,
        "build_seconds": round(seconds, 2), "export_seconds":
            round(time.perf_counter() - export_started, 2),
        "db_bytes": size, "built_on": date.today().isoformat(),
    }, indent=1))


def make_plain_copy() -> None:
    """An unencrypted copy of the same data, made by SQLCipher's own export."""
    from ppt_desk.storage.database import DataFolder, unlock_with_password

    db = unlock_with_password(DataFolder(DEMO_DIR), USERNAME, PASSWORD)
    try:
        raw = db.engine.raw_connection().driver_connection
        raw.execute("ATTACH DATABASE ? AS plain KEY ''", (str(PLAIN_DB),))
        raw.execute("SELECT sqlcipher_export('plain')")
        raw.execute("DETACH DATABASE plain")
    finally:
        db.close()


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        _build()


def unlocked_copy(tmp: str):
    """A copy of the demo folder in ``tmp``, unlocked as the demo supervisor (a scenario may
    write to it; the cache stays as built)."""
    from ppt_desk.bootstrap import make_backend

    folder = Path(tmp) / "data"
    log("copying the demo database ...")
    shutil.copytree(DEMO_DIR, folder, ignore=shutil.ignore_patterns("*.lock", "logs"))
    backend = make_backend(folder)
    backend.session.unlock(USERNAME, PASSWORD)
    return backend
