"""The secretariat at 100,000 cases: importing 50 PPTs' bundles, the dashboard, the provincial
register search; on both stores (SQLCipher and PostgreSQL).

``python -m bench.secretariat`` (part of ``make bench``) starts its own PostgreSQL server as the
tests do (``tests/pg.py``: the distribution's server binaries, run as the ``postgres`` OS user
when run as root, in a temporary folder; stopped at the end), with fsync, synchronous commit and
full-page writes switched back on (the tests run without them; an office's server would not).

The inputs (50 PPTs x 2,000 cases, one bundle per PPT for each secretariat, the two empty
secretariats that enrolled every PPT) are built once, which takes about ten minutes, and cached
in the system's temporary folder, outside the repository (``bench/secretariat_build.py``): a
second run reuses them. ``PPT_DESK_BENCH_SMALL=1`` runs the whole bench on 3 PPTs of 200 cases
(its own cache), to check the bench itself.

Then for each store, on a fresh copy of the empty secretariat (SQLCipher: the folder copied;
PostgreSQL: ``CREATE DATABASE … TEMPLATE`` of the restored one, the folder copied and pointed at
it), each step in a fresh process:

- ``import``: what an officer's "import every bundle of this stick" runs:
  ``backend.secretariat.import_plan`` of the bundle folder (ordered by their manifests), then ``backend.sync.import_bundle`` of each; wall and CPU seconds of this process (the
  PostgreSQL server's own CPU is not in it), peak RSS growth (``bench.sync._measured``);
- ``query``: the dashboard (``backend.province.dashboard``) 10 times, then the register search
  (``backend.province.register``, the register screen's call, taking turns with
  ``backend.cases.search`` under it) as a user types: names (as stored, another spelling, a typo), NIKs, case numbers (whole and
  short), pseudonyms, each searched at every keystroke, and the sorts and filters of the PPT
  bench; the p95 over all those queries; the store's size (SQLCipher: the data folder;
  PostgreSQL: ``pg_database_size``).

Every figure carries the machine's load average (1, 5, 15 min) when it was taken.
``PPT_DESK_BENCH_PROFILE=1`` prints a cProfile of the import on stderr.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from . import secretariat_build as built
from .common import ROOT, SEED, emit, log, percentile

IMPORT_GOAL_S = 60.0
DASHBOARD_GOAL_MS = 300.0
SEARCH_GOAL_MS = 50.0
DASHBOARD_RUNS = 10


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# -- in the measuring process ------------------------------------------------------------------

def measure_import(folder: Path, bundles: Path) -> dict:
    from .sync import _measured

    backend = built.open_folder(folder, built.ADMIN)

    def run() -> dict:
        started = time.perf_counter()
        plan = backend.secretariat.import_plan([bundles])
        plan_s = time.perf_counter() - started
        outcomes: Counter = Counter()
        events = held = conflicts = 0
        for path in plan:
            _, result = backend.sync.import_bundle(path)
            outcomes[result.outcome] += 1
            events += result.events_applied
            held += result.events_held
            conflicts += result.conflicts
        return {"plan_s": plan_s, "bundles": len(plan), "outcomes": dict(outcomes),
                "events": events, "held": held, "conflicts": conflicts}
    out = _measured(run)
    backend.session.lock()
    return out


def dashboard_call(backend):
    """The secretariat's dashboard (helper E's facade when there), else the queries the
    Perangkat view is built from today."""
    for facade_name in ("province", "secretariat", "dashboard"):
        facade = getattr(backend, facade_name, None)
        for method in ("dashboard", "overview"):
            if facade is not None and callable(getattr(facade, method, None)):
                return f"{facade_name}.{method}", getattr(facade, method)

    def nearest():
        return (backend.sync.devices(), backend.sync.bundles(), backend.sync.conflicts(),
                backend.secretariat.status())
    return "sync.devices+bundles+conflicts+secretariat.status", nearest


def _targets(engine) -> list:
    """Search targets that exist here: identified people by name, NIK and case number (as
    ``bench.workload`` types them) and pseudonymised ones by their pseudonym."""
    from sqlalchemy import text

    from .search import _spellings
    from .workload import Typed, targets_from

    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.id, p.full_name, p.nik, c.case_number FROM case_file c "
            "JOIN person p ON p.id = c.person_id ORDER BY c.id")).all()
    rng = random.Random(SEED)
    sample = rng.sample(rows, min(len(rows), 2_000))
    named = [r for r in sample if not r[1].startswith("PSN-")]
    hidden = [r for r in sample if r[1].startswith("PSN-")]
    out = targets_from(named[:400], SEED, _spellings())
    out += [Typed("pseudonym", name, case_id) for case_id, name, _k, _n in hidden[:8]]
    return out


def measure_queries(folder: Path, store: str) -> dict:
    from sqlalchemy import text

    from ppt_desk.storage.database import DataFolder

    from .workload import run_sort_filter, run_typing, sort_filter_queries

    backend = built.open_folder(folder, built.ADMIN)
    label, dashboard = dashboard_call(backend)
    runs, cpu = [], []
    for _ in range(DASHBOARD_RUNS):
        started, used = time.perf_counter(), time.process_time()
        dashboard()
        runs.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    dash_load = _load()
    engine = backend.session.db.engine
    targets = _targets(engine)
    searches = {"cases.search": backend.cases.search}
    province = getattr(backend, "province", None)
    if province is not None and callable(getattr(province, "register", None)):
        searches["province.register"] = province.register   # the register screen's call
    register = list(searches)[-1]
    used = time.process_time()
    typing, found = run_typing(searches, targets)
    sorting = run_sort_filter(searches, sort_filter_queries(None), repeats=1)
    used = time.process_time() - used

    def every(name: str) -> list[float]:
        return [ms for kind in typing[name].values() for ms in kind] + \
            [ms for label_ms in sorting[name].values() for ms in label_ms]
    with engine.connect() as conn:
        cases = conn.execute(text("SELECT count(*) FROM case_file")).scalar_one()
        pseudonymised = conn.execute(text(
            "SELECT count(*) FROM person WHERE full_name LIKE 'PSN-%'")).scalar_one()
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one() \
            if store == "postgresql" else DataFolder(folder).db.stat().st_size
    folder_size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    backend.session.lock()
    return {
        "dashboard": label, "dashboard_ms": runs, "dashboard_cpu_ms": cpu,
        "dashboard_load": dash_load, "search_cpu_ms_mean": used * 1000 / max(1, sum(
            len(v) for name in searches for v in [*typing[name].values(),
                                                   *sorting[name].values()])),
        "search": register, "search_ms": every(register), "search_load": _load(),
        "cases_search_ms": every("cases.search"),
        "search_kinds": {k: percentile(v, 95) for k, v in typing[register].items()},
        "sort_filter_p95": percentile([ms for v in sorting[register].values() for ms in v], 95),
        "found": {k: round(sum(v) / len(v), 2) for k, v in found.items()},
        "targets": len(targets), "cases": cases, "pseudonymised": pseudonymised,
        "size_bytes": size, "folder_bytes": folder_size,
    }


# -- the parent ----------------------------------------------------------------------------------

def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.secretariat", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    noise = (" INFO ", "Will assume")
    text = "\n".join(line for line in done.stderr.splitlines()
                     if not any(n in line for n in noise)).strip()
    if text:
        log(text)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench.secretariat {args[0]} failed ({done.returncode})")
    return json.loads(lines[-1])


def server_cpu_seconds(server) -> float:
    """CPU seconds of the PostgreSQL server so far: the postmaster with its exited children
    (cutime, cstime) and the children still running."""
    tick = os.sysconf("SC_CLK_TCK")

    def times(pid: int) -> list[int]:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return [int(fields[1]), *map(int, fields[11:15])]   # ppid, utime, stime, cutime, cstime

    master = int((server.data / "postmaster.pid").read_text().split()[0])
    total = sum(times(master)[1:5])
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(master):
            try:
                ppid, utime, stime, _cu, _cs = times(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
            if ppid == master:
                total += utime + stime
    return total / tick


def _fresh_province(store: str, cache: Path, root: Path, server, template) -> Path:
    from ppt_desk.storage.store_config import write_store_config

    folder = root / f"province-{store}"
    shutil.copytree(cache / f"province-{store}", folder)
    if store == "postgresql":
        write_store_config(folder, built.fresh_pg_copy(server, template, "secretariat_bench"))
    return folder


def run_store(store: str, cache: Path, server, template, meta: dict) -> None:
    scenario = f"secretariat_{store}"
    with tempfile.TemporaryDirectory(prefix="ppt-bench-secretariat-") as tmp:
        folder = _fresh_province(store, cache, Path(tmp), server, template)
        log(f"secretariat ({store}): importing {meta['ppts']} bundles, {meta['cases']:,} "
            "cases ...")
        server_cpu = server_cpu_seconds(server)
        imported = _child("import", str(folder), str(cache / "bundles" / store))
        server_cpu = server_cpu_seconds(server) - server_cpu
        emit(scenario, "secretariat_import_100k", imported["seconds"], "s", goal=IMPORT_GOAL_S,
             store=store, cpu_s=round(imported["cpu_seconds"], 1),
             server_cpu_s=round(server_cpu, 1) if store == "postgresql" else None,
             plan_s=round(imported["plan_s"], 1), bundles=imported["bundles"],
             outcomes=imported["outcomes"], events=imported["events"],
             held=imported["held"], conflicts=imported["conflicts"], cases=meta["cases"],
             rss_growth_mb=round(imported["growth_mb"], 1), load=_load(),
             note="import_plan (orders the bundles by their manifests) + import_bundle of each; "
                  "cpu_s: the importing process; server_cpu_s: the PostgreSQL server")
        emit(scenario, "secretariat_import_rss_growth", imported["growth_mb"], "MB", store=store,
             rss_before_mb=round(imported["rss_before_mb"], 1),
             peak_reset=imported["peak_reset"])
        log(f"secretariat ({store}): dashboard and register search ...")
        queries = _child("query", str(folder), store)
        dash = queries["dashboard_ms"]
        emit(scenario, "secretariat_dashboard_ms", statistics.median(dash), "ms",
             goal=DASHBOARD_GOAL_MS, store=store, max_ms=round(max(dash), 1),
             first_ms=round(dash[0], 1), runs=len(dash), measured=queries["dashboard"],
             cpu_median_ms=round(statistics.median(queries["dashboard_cpu_ms"]), 1),
             load=queries["dashboard_load"])
        every = queries["search_ms"]
        emit(scenario, "secretariat_search_p95", percentile(every, 95), "ms",
             goal=SEARCH_GOAL_MS, store=store, measured=queries["search"], queries=len(every),
             p50_ms=round(statistics.median(every), 2), max_ms=round(max(every), 1),
             cases_search_p95_ms=round(percentile(queries["cases_search_ms"], 95), 1),
             cpu_mean_ms=round(queries["search_cpu_ms_mean"], 2),
             cases=queries["cases"], pseudonymised=queries["pseudonymised"],
             targets=queries["targets"],
             p95_by_kind={k: round(v, 1) for k, v in queries["search_kinds"].items()},
             sort_filter_p95_ms=round(queries["sort_filter_p95"], 1),
             target_on_first_page=queries["found"], load=queries["search_load"],
             note="every keystroke of names, NIKs, case numbers and pseudonyms, plus sorts "
                  "and filters")
        emit(scenario, "secretariat_store_size", queries["size_bytes"] / 1e6, "MB", store=store,
             what="database file" if store == "sqlcipher" else "pg_database_size",
             data_folder_mb=round(queries["folder_bytes"] / 1e6, 1),
             note="data_folder_mb: the whole folder (database, keyslots, sync folders)")


def main() -> None:
    from tests.pg import PgServer

    started = time.perf_counter()
    log("secretariat: starting a PostgreSQL server for the bench ...")
    server = PgServer.start()
    try:
        built.tune(server)
        cache, meta, cached = built.ensure(server)
        emit("secretariat", "secretariat_build_50_ppts", meta["build_seconds"], "s",
             cached=cached, built_on=meta["built_on"], ppts=meta["ppts"], cases=meta["cases"],
             events=meta["events"], ppt_phase_s=round(meta["ppt_phase_seconds"], 1),
             export_sqlcipher_s=round(meta["export_sqlcipher_s"], 1),
             export_postgresql_s=round(meta["export_postgresql_s"], 1),
             bundles_mb=round(meta["bundles_sqlcipher_mb"], 1), load=meta["load_at_end"],
             note="no goal: 50 demo PPTs built two at a time, each exporting one bundle per "
                  "secretariat")
        template = built.restore(server, cache, meta)
        for store in built.STORES:
            run_store(store, cache, server, template, meta)
    finally:
        server.stop()
    emit("secretariat", "secretariat_wall_time", time.perf_counter() - started, "s",
         load=_load())


if __name__ == "__main__":
    if sys.argv[1:2] == ["import"]:
        print(json.dumps(measure_import(Path(sys.argv[2]), Path(sys.argv[3]))))
    elif sys.argv[1:2] == ["query"]:
        print(json.dumps(measure_queries(Path(sys.argv[2]), sys.argv[3])))
    else:
        main()
