"""``python -m bench``: every scenario, one JSON object per line on stdout (progress on stderr).

Builds (once) and caches a 100,000-case demo database with calibrated Argon2id in
bench/.cache/, then runs each scenario in a fresh process:

- ``build``: time to build the demo database (``ppt_desk.demo.build_demo``), when cached
  the figure measured when the cache was built;
- ``search_keystroke`` / ``sort_filter`` / ``encryption_overhead``: ``bench.search``;
- ``startup``: process start -> unlock dialog shown (``bench.gui_probe``, 3 cold processes);
- ``unlock``: "Buka" clicked -> main window with the start page ("Hari ini") filled in,
  including Argon2id with the calibrated parameters (2 processes), then the register's first
  page after switching to it, and the Argon2id share alone;
- ``casework``: the today page, opening a case with its casework, saving a record
  (``bench.casework``);
- ``memory``: peak RSS of the GUI process with the register open, after a scripted session;
- ``sync``: a USB bundle with every event of 1,000 and 10,000 demo cases: export (and its ratio
  to ``age -r``), import and apply at a fresh province, memory growth (``bench.sync``; its own
  temporary demo folders, not the 100k cache).
- ``duplicates``: the secretariat's duplicate search, a full rescan of 100,000 cases of 50 PPTs
  and the search after an import touching 2,000 of them (``bench.duplicates``; its own
  temporary encrypted store).
- ``secretariat``: 50 PPTs' bundles (100,000 cases) imported at a secretariat, its dashboard
  and the provincial register search, on SQLCipher and on PostgreSQL (``bench.secretariat``;
  its own PostgreSQL server; its inputs cached in the system's temporary folder).
- ``stats``: the Statistik page for the busiest year of the 100,000-case demo, the RAD sheets,
  the spreadsheet and report PDF, a ringkasan kasus (``bench.stats``; a copy of the cache).
- ``conference``: switching the case on the projector at a case conference (``bench.conference``;
  its own temporary 5,000-case demo PPT).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from .cache import DEMO_DIR, ensure
from .common import CACHE, PASSWORD, ROOT, emit, log

STARTUP_GOAL_S = 1.0
UNLOCK_GOAL_S = 1.5
RSS_GOAL_MB = 250.0


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(CACHE / "config")  # the app's QSettings stay in the cache
    env.update(extra)
    return env


def _probe(exit_at: str) -> dict:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.gui_probe", str(DEMO_DIR), PASSWORD], cwd=ROOT,
        env=_env(PPT_DESK_BENCH_EXIT_AT=exit_at), capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui probe failed ({done.returncode}): {done.stderr[-2000:]}")
    marks = json.loads(lines[-1])
    marks["started"] = started
    return marks


def build(stamp: dict) -> None:
    emit("build", "demo_db_100k_build", stamp["build_seconds"], "s", goal=120.0,
         cached=stamp["cached"], built_on=stamp["built_on"], cases=stamp["cases"],
         db_megabytes=round(stamp["db_bytes"] / 1e6))


def search() -> None:
    log("search workload (encrypted and two plain copies, interleaved) ...")
    subprocess.run([sys.executable, "-m", "bench.search"], cwd=ROOT, env=_env(), check=True)


def startup_and_unlock() -> None:
    log("GUI start-up and unlock in fresh processes ...")
    startups = [_probe("unlock") for _ in range(3)]
    seconds = [m["unlock_shown"] - m["started"] for m in startups]
    emit("startup", "process_start_to_unlock_dialog_median", statistics.median(seconds), "s",
         goal=STARTUP_GOAL_S, runs=[round(s, 3) for s in seconds])
    sessions = [_probe("main") for _ in range(2)]
    unlocks = [m["first_page_shown"] - m["open_clicked"] for m in sessions]
    emit("unlock", "open_clicked_to_today_page_shown_median", statistics.median(unlocks), "s",
         goal=UNLOCK_GOAL_S, runs=[round(s, 3) for s in unlocks],
         due_items=sessions[0]["due_items"])
    register = [m["register_shown"] - m["first_page_shown"] for m in sessions]
    emit("unlock", "today_page_to_register_shown_median", statistics.median(register), "s",
         rows_shown=sessions[0]["rows_shown"])
    emit("unlock", "argon2id_derive", _kdf_seconds(), "s", params=_kdf_params())
    peak = max(m["rss_peak_to_register_mib"] for m in sessions)
    emit("memory", "peak_rss_process", peak * 1.048576, "MB", goal=RSS_GOAL_MB,
         note="ru_maxrss over the whole process: includes Argon2id's working memory at unlock")
    if all(m.get("peak_reset") for m in sessions):
        after = max(m["rss_peak_mib"] for m in sessions)
        emit("memory", "peak_rss_register_open", after * 1.048576, "MB", goal=RSS_GOAL_MB,
             steps=sessions[0]["workload_steps"],
             note="peak from the register shown through searches, every sort and filters")
    emit("memory", "rss_at_unlock_dialog", statistics.median(
        m["rss_at_unlock_mib"] for m in startups) * 1.048576, "MB")
    emit("memory", "rss_after_session", max(m["rss_now_mib"] for m in sessions) * 1.048576, "MB")


def _kdf_params() -> dict:
    slots = json.loads((DEMO_DIR / "keyslots.json").read_text())["slots"]
    kdf = next(s["kdf"] for s in slots if s.get("kind") == "user")
    return {k: kdf[k] for k in ("memory_kib", "iterations", "lanes")}


def _kdf_seconds() -> float:
    from ppt_desk.security.kdf import KdfParams, time_params

    params = KdfParams(**_kdf_params())
    return statistics.median(time_params(params) for _ in range(3))


def main() -> int:
    started = time.perf_counter()
    stamp = ensure()
    build(stamp)
    search()
    log("casework workload (today page, case page, record save) ...")
    subprocess.run([sys.executable, "-m", "bench.casework"], cwd=ROOT, env=_env(), check=True)
    startup_and_unlock()
    log("sync bundles at 1,000 and 10,000 cases (export, import, memory) ...")
    subprocess.run([sys.executable, "-m", "bench.sync"], cwd=ROOT, env=_env(), check=True)
    log("possible duplicates: rescan of 100,000 cases, search after a 2,000-case import ...")
    subprocess.run([sys.executable, "-m", "bench.duplicates"], cwd=ROOT, env=_env(), check=True)
    log("secretariat: 50 PPTs' bundles (100,000 cases) on SQLCipher and PostgreSQL ...")
    subprocess.run([sys.executable, "-m", "bench.secretariat"], cwd=ROOT, env=_env(), check=True)
    subprocess.run([sys.executable, "-m", "bench.conference"], cwd=ROOT, env=_env(), check=True)
    subprocess.run([sys.executable, "-m", "bench.stats"], cwd=ROOT, env=_env(), check=True)
    emit("bench", "wall_time", time.perf_counter() - started, "s", cache_was_built=not stamp["cached"],
         cpus=os.cpu_count())
    return 0


if __name__ == "__main__":
    sys.exit(main())
