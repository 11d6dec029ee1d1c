"""The secretariat bench's inputs, built once and cached: 50 PPTs' bundles and two empty
secretariats (one per store) that have enrolled every PPT.

Each PPT is a ``ppt_desk.demo.build_demo`` folder of 2,000 cases with its own office (an NTT
regency, an office kind, a case prefix P01…P50), its own seed, and a written consent to send the
identity to the secretariat for about 60% of its cases (the rest leave pseudonymised, ``PSN-…``).
The folder is copied once; one copy enrols the SQLCipher secretariat, the other the PostgreSQL
one, and each exports one bundle of every event for its secretariat. The secretariats are set up
through ``backend.secretariat.setup`` (province 53, the first admin also a secretariat officer)
and enrol every PPT's card.

The cache lives in the system's temporary folder (never in the repository), in a folder named by
``VERSION`` and a digest of the bundle format version and the sizes, so a second run reuses it and
a new bundle format builds it again. A new migration does not: the copies of the empty
secretariats are upgraded when they are unlocked, before anything is measured. Bump ``VERSION``
when the demo data or the export change in a way the figures should see.

- ``bundles/sqlcipher/`` and ``bundles/postgresql/``: the 50 bundles for each secretariat;
- ``province-sqlcipher/``: the SQLCipher secretariat's data folder;
- ``province-postgresql/`` and ``province-postgresql.dump``: the PostgreSQL secretariat's data
  folder (``store.json``, the keyslots) and its database (``pg_dump``; the bench's server is
  temporary, so each run restores it into a server of its own);
- ``meta.json`` (written last): build figures and the synthetic role password of that database.

Everything in it is synthetic; the password is the bench's (``bench.common.PASSWORD``).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from .common import PASSWORD, ROOT, SEED, USERNAME, log

VERSION = "1"
# PPT_DESK_BENCH_SMALL=1: 3 PPTs of 200 cases (a check of the bench itself; its own cache).
SMALL = bool(os.environ.get("PPT_DESK_BENCH_SMALL"))
PPTS = 3 if SMALL else 50
CASES_PER_PPT = 200 if SMALL else 2_000
CONSENT_SHARE = 0.6
PROVINCE = "53"              # Nusa Tenggara Timur: 22 regencies
ADMIN = "admin"
STORES = ("sqlcipher", "postgresql")
KINDS = ("UPTD_PPA", "P2TP2A", "PPT_RS")
WORKERS = 2                  # PPTs built at once (two cores)


def cache_dir() -> Path:
    from ppt_desk.domain.sync.manifest import VERSION as BUNDLE_VERSION

    key = hashlib.sha256(json.dumps([VERSION, BUNDLE_VERSION, PPTS, CASES_PER_PPT,
                                     CONSENT_SHARE]).encode()).hexdigest()[:10]
    return Path(tempfile.gettempdir()) / f"ppt-desk-bench-secretariat-{VERSION}-{key}"


def read_meta(cache: Path) -> dict | None:
    try:
        return json.loads((cache / "meta.json").read_text())
    except (OSError, ValueError):
        return None


def open_folder(folder: Path, username: str):
    from ppt_desk.bootstrap import make_backend
    from ppt_desk.security.kdf import TEST_PARAMS

    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(username, PASSWORD)
    return backend


def ppt_office(n: int):
    from ppt_desk.services.deps import shipped_deps
    from ppt_desk.services.dto import OfficeProfile

    regencies = shipped_deps().regions.regencies(PROVINCE)
    code, name = regencies[n % len(regencies)]
    kind = KINDS[(n // len(regencies)) % len(KINDS)]
    return OfficeProfile(f"{kind.replace('_', ' ')} {name} {n + 1:02d} (DEMO)", kind, PROVINCE,
                         code, f"P{n + 1:02d}")


# -- one PPT (its own process) ------------------------------------------------------------------

def build_ppt(n: int, work: Path, cards: Path, bundles: Path) -> dict:
    """Build PPT ``n``, enrol a copy with each secretariat, export one bundle for each."""
    from ppt_desk.demo import build_demo
    from ppt_desk.security.kdf import TEST_PARAMS

    folder = work / f"ppt-{n:02d}"
    started = time.perf_counter()
    build_demo(folder, CASES_PER_PPT, PASSWORD, seed=SEED + n, username=USERNAME,
               kdf_params=TEST_PARAMS, office=ppt_office(n), secretariat_consent=CONSENT_SHARE)
    out: dict = {"build_s": time.perf_counter() - started}
    twin = work / f"ppt-{n:02d}-pg"
    shutil.copytree(folder, twin)
    for store, path in zip(STORES, (folder, twin)):
        ppt = open_folder(path, USERNAME)
        if store == STORES[0]:
            ppt.sync.write_own_card(cards / "ppt")
        card = next((cards / store).iterdir())
        ppt.sync.enrol(card, ppt.sync.read_card(card).fingerprint)
        started = time.perf_counter()
        _, result = ppt.sync.export(bundles / store)
        out[f"export_{store}_s"] = time.perf_counter() - started
        out[f"bundle_{store}_bytes"] = result.size
        out["events"] = result.events
        ppt.session.lock()
    shutil.rmtree(folder)
    shutil.rmtree(twin)
    return out


def _ppt_child(n: int, work: Path, cards: Path, bundles: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.secretariat_build", "ppt", str(n),
                           str(work), str(cards), str(bundles)], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"building PPT {n} failed ({done.returncode}): {done.stderr[-3000:]}")
    return json.loads(lines[-1])


# -- the secretariats (parent) ------------------------------------------------------------------

def _setup_secretariat(folder: Path, db) -> None:
    from ppt_desk.bootstrap import make_backend
    from ppt_desk.security.kdf import TEST_PARAMS

    backend = make_backend(folder, TEST_PARAMS)
    store = {} if db is None else {
        "store": {"host": db.settings.host, "port": db.settings.port,
                  "dbname": db.settings.dbname, "user": db.settings.user,
                  "sslmode": db.settings.sslmode},
        "store_password": db.password}
    backend.secretariat.setup(PROVINCE, ADMIN, "Admin Sekretariat", PASSWORD, PASSWORD,
                              **store)


def tune(server) -> None:
    """The tests' server runs without fsync; an office's server would not."""
    with server.admin() as conn:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = on")
        conn.execute("SELECT pg_reload_conf()")


def _pg_env(password: str) -> dict[str, str]:
    return {**os.environ, "PGPASSWORD": password, "PGCONNECT_TIMEOUT": "10"}


def dump(server, settings, password: str, path: Path) -> None:
    subprocess.run([str(server.bindir / "pg_dump"), "-Fc", "--no-owner", "--no-privileges",
                    "-h", settings.host, "-p", str(settings.port), "-U", settings.user,
                    "-d", settings.dbname, "-f", str(path)],
                   env=_pg_env(password), check=True, capture_output=True)


def restore(server, cache: Path, meta: dict):
    """The cached secretariat database in ``server`` (its role and password as cached); the
    settings of a database to copy (``CREATE DATABASE … TEMPLATE``)."""
    from psycopg import sql

    from ppt_desk.storage.store_config import read_store_config

    settings = read_store_config(cache / "province-postgresql")
    assert settings is not None
    settings = replace(settings, port=server.port)
    with server.admin() as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                        (settings.user,)).fetchone():
            return settings       # built in this run: the database is there
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(settings.user), sql.Literal(meta["pg_password"])))
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(settings.dbname), sql.Identifier(settings.user)))
    subprocess.run([str(server.bindir / "pg_restore"), "--no-owner", "--no-privileges",
                    "-h", settings.host, "-p", str(settings.port), "-U", settings.user,
                    "-d", settings.dbname, str(cache / "province-postgresql.dump")],
                   env=_pg_env(meta["pg_password"]), check=True, capture_output=True)
    return settings


def fresh_pg_copy(server, template, target: str):
    """A new database ``target``: a copy of ``template`` (the restored empty secretariat)."""
    from psycopg import sql

    with server.admin() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
            sql.Identifier(target), sql.Identifier(template.dbname),
            sql.Identifier(template.user)))
    return replace(template, dbname=target)


def build(server) -> dict:
    """Build the cache (about 10 minutes on two cores) and return its ``meta``."""
    from tests.pg import new_role_database

    cache = cache_dir()
    partial = cache.with_name(cache.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    cards, bundles, work = partial / "cards", partial / "bundles", partial / "work"
    for folder in (cards / "ppt", *(cards / s for s in STORES), *(bundles / s for s in STORES),
                   work):
        folder.mkdir(parents=True)
    started = time.perf_counter()
    db = new_role_database(server)
    folders = {"sqlcipher": partial / "province-sqlcipher",
               "postgresql": partial / "province-postgresql"}
    for store, folder in folders.items():
        _setup_secretariat(folder, db if store == "postgresql" else None)
        province = open_folder(folder, ADMIN)
        province.sync.write_own_card(cards / store)
        province.session.lock()
    log(f"secretariat bench: building {PPTS} PPTs of {CASES_PER_PPT:,} cases, {WORKERS} at "
        f"a time, each with a bundle for each secretariat ...")
    ppt_started = time.perf_counter()
    with ThreadPoolExecutor(WORKERS) as pool:
        ppts = list(pool.map(lambda n: _ppt_child(n, work, cards, bundles), range(PPTS)))
    ppt_seconds = time.perf_counter() - ppt_started
    for store, folder in folders.items():
        province = open_folder(folder, ADMIN)
        for card in sorted((cards / "ppt").iterdir()):
            province.sync.enrol(card, province.sync.read_card(card).fingerprint)
        province.session.lock()
    dump(server, db.settings, db.password, partial / "province-postgresql.dump")
    shutil.rmtree(work)
    meta = {
        "version": VERSION, "built_on": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "build_seconds": time.perf_counter() - started, "ppt_phase_seconds": ppt_seconds,
        "ppts": PPTS, "cases": PPTS * CASES_PER_PPT,
        "events": sum(p["events"] for p in ppts),
        "ppt_build_s_sum": sum(p["build_s"] for p in ppts),
        **{f"export_{s}_s": sum(p[f"export_{s}_s"] for p in ppts) for s in STORES},
        **{f"bundles_{s}_mb": sum(p[f"bundle_{s}_bytes"] for p in ppts) / 1e6 for s in STORES},
        "load_at_end": [round(x, 2) for x in os.getloadavg()],
        "pg_password": db.password,   # a synthetic role of the bench's own server
    }
    (partial / "meta.json").write_text(json.dumps(meta, indent=1))
    shutil.rmtree(cache, ignore_errors=True)
    partial.rename(cache)
    return meta


def ensure(server) -> tuple[Path, dict, bool]:
    """The cache folder, its meta and whether it was there already."""
    cache = cache_dir()
    meta = read_meta(cache)
    if meta is not None:
        return cache, meta, True
    return cache, build(server), False


if __name__ == "__main__":
    if sys.argv[1:2] == ["ppt"]:
        n, work, cards, bundles = int(sys.argv[2]), *map(Path, sys.argv[3:6])
        print(json.dumps(build_ppt(n, work, cards, bundles)))
