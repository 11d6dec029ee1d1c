"""Case-list search latency per keystroke, sorts and filters; encrypted vs plain copy.

Runs in its own process (``python -m bench.search``). The same ``Backend.search_cases``
code is measured three times: on the SQLCipher database, and on the plain
``sqlcipher_export`` copy opened with the standard ``sqlite3`` module and with
``sqlcipher3`` without a key (same SQLite build as the encrypted run, so the ratio
isolates the page encryption). The three take turns on every keystroke and query (same
machine load), after one unmeasured warm-up pass.
"""
from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from ppt_desk.bootstrap import LocalBackend as Backend, make_backend
from ppt_desk.demo.people import PeopleFactory
from ppt_desk.demo.vocabulary import load_vocabulary
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.database import DataFolder, UnlockedDatabase
from ppt_desk.storage.engine import configure

from .cache import DEMO_DIR, PLAIN_DB
from .common import PASSWORD, SEED, USERNAME, emit, percentile
from .workload import run_sort_filter, run_typing, sample_targets, sort_filter_queries

KEYSTROKE_GOAL_MS = 50.0
RATIO_GOAL = 1.25


def plain_engine(path: Path, module):
    """The encrypted engine's set-up (``storage.engine``) on an unencrypted file."""
    raw = module.connect(str(path), check_same_thread=False, isolation_level=None)
    configure(raw)
    engine = create_engine("sqlite+pysqlite://", creator=lambda: raw, module=module.dbapi2
                           if hasattr(module, "dbapi2") else module, poolclass=StaticPool,
                           hide_parameters=True)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def plain_backend(encrypted: Backend, module) -> Backend:
    db = encrypted._db
    assert db is not None
    backend = make_backend(DEMO_DIR)
    backend.session.db = UnlockedDatabase(DataFolder(PLAIN_DB.parent), plain_engine(PLAIN_DB, module),
                                   db.device_id, db.user, bytearray(32))
    return backend


def report_typing(label: str, latencies: dict[str, list[float]], found: dict[str, list[bool]] | None,
                  goal: bool) -> list[float]:
    every = [ms for values in latencies.values() for ms in values]
    g = KEYSTROKE_GOAL_MS if goal else None
    emit("search_keystroke", f"{label}_p50", statistics.median(every), "ms", keystrokes=len(every))
    emit("search_keystroke", f"{label}_p95", percentile(every, 95), "ms", goal=g)
    emit("search_keystroke", f"{label}_max", max(every), "ms")
    if found is not None:
        for kind, values in latencies.items():
            emit("search_keystroke", f"{label}_{kind}_p95", percentile(values, 95), "ms",
                 goal=g, keystrokes=len(values),
                 found=f"{sum(found[kind])}/{len(found[kind])}")
    return every


def report_sort_filter(label: str, results: dict[str, list[float]], goal: bool) -> list[float]:
    medians = {name: statistics.median(v) for name, v in results.items()}
    every = list(medians.values())
    g = KEYSTROKE_GOAL_MS if goal else None
    emit("sort_filter", f"{label}_p50", statistics.median(every), "ms", queries=len(every))
    emit("sort_filter", f"{label}_p95", percentile(every, 95), "ms", goal=g)
    if goal:
        for name, ms in sorted(medians.items(), key=lambda kv: -kv[1]):
            emit("sort_filter", f"{label}:{name}", ms, "ms", goal=KEYSTROKE_GOAL_MS)
    return every


def main() -> None:
    backend = make_backend(DEMO_DIR)
    started = time.perf_counter()
    backend.session.unlock(USERNAME, PASSWORD)
    emit("search", "unlock_in_process", (time.perf_counter() - started) * 1000, "ms")
    db = backend.session.db
    assert db is not None
    staff = [u for u in backend.users.list() if u.username != USERNAME]
    targets = sample_targets(db.engine, SEED, _spellings())
    ms, _ = _first(backend)
    emit("search_keystroke", "first_keystroke_after_unlock", ms, "ms",
         note="loads the name-key vocabulary once per unlock")
    queries = sort_filter_queries(staff[0].id if staff else None)

    searches = {"sqlcipher": backend.cases.search}
    plains = [plain_backend(backend, module) for module in (sqlite3, sqlcipher3)]
    searches["plain_sqlite3"] = plains[0].search_cases
    searches["plain_sqlcipher3_nokey"] = plains[1].search_cases
    run_typing(searches, targets)  # warm-up: page caches and name vocabularies
    latencies, found = run_typing(searches, targets)
    run_sort_filter(searches, queries, repeats=1)
    sorts = run_sort_filter(searches, queries)
    enc_typing = report_typing("sqlcipher", latencies["sqlcipher"], found, goal=True)
    enc_sort = report_sort_filter("sqlcipher", sorts["sqlcipher"], True)
    for label in ("plain_sqlite3", "plain_sqlcipher3_nokey"):
        typing = report_typing(label, latencies[label], None, goal=False)
        sort = report_sort_filter(label, sorts[label], False)
        for name, enc, pl in (("keystroke", enc_typing, typing), ("sort_filter", enc_sort, sort)):
            emit("encryption_overhead", f"{name}_p50_ratio_vs_{label}",
                 statistics.median(enc) / statistics.median(pl), "x", goal=RATIO_GOAL)
            emit("encryption_overhead", f"{name}_p95_ratio_vs_{label}",
                 percentile(enc, 95) / percentile(pl, 95), "x", goal=RATIO_GOAL)
    for plain in plains:
        plain.lock()
    backend.session.lock()


def _spellings() -> dict[str, list[str]]:
    return PeopleFactory(load_vocabulary(), random.Random(0)).spellings


def _first(backend: Backend):
    started = time.perf_counter()
    page = backend.cases.search(CaseQuery(text="m"))
    return (time.perf_counter() - started) * 1000, page


if __name__ == "__main__":
    main()
