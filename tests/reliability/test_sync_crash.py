"""T7: a crash or a pulled stick during export or import.

A real export (real data folder, real stick folder) runs in a child process
(``sync_child.py``) and is killed with SIGKILL at random points of each of its steps: the
local write, the transaction reserving the chain position, the copy to the stick, the
read-back, the rename and the transaction logging it sent. After every kill:

- the PPT's data folder passes ``ppt-desk verify`` (``verify_files``);
- the stick holds no ``.ppt-bundle`` or only complete ones, each verifying at the province;
- events are shipped only inside a bundle the log calls SENT (and such a bundle is on the stick);
then every complete bundle imports at the province in order — gaps allowed, never a fork —
and a last export leaves the province holding every case.

The import is killed at the province the same way: its store then holds all of the bundle's
events or none, and importing again completes. A stick pulled during an export gives a
DomainError the GUI explains (no traceback), nothing shipped, a data folder that verifies.

The normal suite kills 24+ exports and 10 imports; ``PPT_DESK_RUN_SLOW=1`` (or ``-m slow``)
runs ``PPT_DESK_SYNC_KILLS`` (default 300) of each. ``PPT_DESK_CRASH_SEED`` repeats a run.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "integration"))
from integration_helpers import make_intake  # noqa: E402
from sync_helpers import ADMIN, PASSWORD, enrol_both, give_secretariat_consent, new_province  # noqa: E402
from sync_server import Server  # noqa: E402

from ppt_desk.bootstrap import acquire_instance_lock, make_backend  # noqa: E402
from ppt_desk.security.kdf import TEST_PARAMS  # noqa: E402

CASES = 90
EXPORT_STEPS = ("plan", "write", "reserve", "copy", "flush", "readback", "rename", "commit", "add")
MUST_LAND = ("write", "reserve", "copy", "readback", "commit")   # each gets kills
PULLED = {"stick_removed", "stick_missing", "stick_read_only", "stick_full"}
TEMP_GLOB = ".ppt-desk-*.tmp"


def _seed() -> int:
    return int(os.environ.get("PPT_DESK_CRASH_SEED", random.randrange(1_000_000)))


def _slow(config) -> bool:
    return (os.environ.get("PPT_DESK_RUN_SLOW") == "1"
            or (config.option.markexpr or "").strip() == "slow")


@pytest.fixture(scope="module")
def offices(template_folder, tmp_path_factory) -> tuple[Path, Path]:
    """A PPT with CASES cases (half with the secretariat's consent, long notes so that each
    step takes a few milliseconds) and a province, enrolled with each other; both locked."""
    root = tmp_path_factory.mktemp("t7")
    shutil.copytree(template_folder[0], root / "ppt")
    ppt = make_backend(root / "ppt", TEST_PARAMS)
    ppt.session.unlock(ADMIN, PASSWORD)
    province = new_province(root / "province")
    enrol_both(ppt, province.backend, root / "cards", province.backup)
    rng = random.Random(7)
    for i in range(CASES):
        _, case_id, _ = ppt.cases.register(make_intake(
            notes="catatan pendampingan " * rng.randint(100, 1200)))
        if i % 2 == 0:
            give_secretariat_consent(ppt, case_id)
    ppt.session.lock()
    province.backend.session.lock()
    return root / "ppt", root / "province"


def _copies(offices: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    ppt, province = tmp_path / "ppt", tmp_path / "province"
    shutil.copytree(offices[0], ppt)
    shutil.copytree(offices[1], province)
    return ppt, province


@contextmanager
def opened(folder: Path):
    lock = acquire_instance_lock(folder)   # a killed worker never leaves it held
    backend = make_backend(folder, TEST_PARAMS)
    try:
        backend.session.unlock(ADMIN, PASSWORD)
        yield backend
    finally:
        backend.session.lock()
        lock.release()


def _verify(backend) -> None:
    """The checks of ``ppt-desk verify`` (storage ``verify``: integrity_check,
    cipher_integrity_check, audit chain, outbox sequence, row digests, kept checkpoint)."""
    report = backend.session.verify()
    assert report.ok, report.problems[:3]


def _query(backend, sql: str) -> list:
    with backend.session.db.engine.connect() as conn:
        return conn.execute(text(sql)).all()


def _case_ids(backend) -> set[str]:
    return {r[0] for r in _query(backend, "SELECT id FROM case_file")}


def _temps(folder: Path) -> int:
    return len(list(folder.glob(TEMP_GLOB))) if folder.is_dir() else 0


def _age(*folders: Path) -> None:
    """Let the temporary files left by the kills be two hours old (stale)."""
    old = time.time() - 2 * 3600
    for folder in folders:
        for path in folder.glob(TEMP_GLOB):
            os.utime(path, (old, old))


def _job(server: Server, kind: str, data: Path, **extra):
    return server.start(job=kind, data=str(data), user=ADMIN, password=PASSWORD, **extra)


# -- export ----------------------------------------------------------------------------------

def _check_export(ppt_dir: Path, stick: Path, complete: dict[str, int]) -> None:
    with opened(ppt_dir) as ppt:
        _verify(ppt)
        sent = _query(ppt, "SELECT first_seq, last_seq, file_name FROM bundle_log "
                           "WHERE direction = 'OUT' AND status = 'SENT'")
        shipped = {r[0] for r in _query(
            ppt, "SELECT device_seq FROM outbox_event WHERE shipped_at IS NOT NULL")}
    in_sent = {s for first, last, _ in sent for s in range(first, last + 1)}
    assert shipped <= in_sent, f"shipped outside a SENT bundle: {sorted(shipped - in_sent)[:5]}"
    assert in_sent <= shipped, "a bundle logged SENT whose events are not marked shipped"
    on_stick = {p.name for p in stick.iterdir()}
    missing = {name for *_, name in sent} - on_stick
    assert not missing, f"logged SENT but not on the stick: {missing}"
    strays = [n for n in on_stick if not n.endswith(".ppt-bundle")
              and not (n.startswith(".ppt-desk-") and n.endswith(".tmp"))]
    assert not strays, strays
    for name in sorted(on_stick - set(complete)):
        if name.endswith(".ppt-bundle"):
            complete[name] = 0   # checked and imported at the province after the kills


def _aim_export(landed: Counter, rng: random.Random) -> str:
    short = [s for s in MUST_LAND if landed[s] < 2]
    return rng.choice(short) if short and rng.random() < 0.7 else rng.choice(EXPORT_STEPS)


def _export_kills(offices, tmp_path: Path, kills: int, seed: int) -> dict:
    ppt_dir, province_dir = _copies(offices, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    rng = random.Random(seed)
    landed: Counter = Counter()
    complete: dict[str, int] = {}
    server = Server()
    try:
        k = 0
        while k < kills or (any(landed[s] == 0 for s in MUST_LAND) and k < 3 * kills):
            job = _job(server, "export", ppt_dir, stick=str(stick), loop=True,
                       seed=seed * 1000 + k)
            server.aim(job, _aim_export(landed, rng), rng,
                       occurrence=1 if rng.random() < 0.85 else 2)
            server.kill(job)
            outcome = job.outcome() or ""
            assert not outcome.startswith(("traceback", "error")), (outcome, server.tail())
            landed[job.landed()] += 1
            k += 1
            try:
                _check_export(ppt_dir, stick, complete)
            except AssertionError as exc:
                raise AssertionError(f"after kill {k} in {job.landed()} (seed {seed}): "
                                     f"{exc}") from exc
    finally:
        server.close()
    assert all(landed[s] > 0 for s in MUST_LAND), landed
    outgoing = ppt_dir / "sync" / "outgoing"
    report = {"kills": k, "landed": dict(landed), "complete_bundles": len(complete),
              "temps_on_stick": _temps(stick), "temps_in_outgoing": _temps(outgoing)}
    _age(stick, outgoing)
    report |= _import_all(ppt_dir, province_dir, stick, complete)
    # the last export swept what the kills left (stale: untouched for an hour)
    assert (_temps(stick), _temps(outgoing)) == (0, 0)
    return report


def _import_all(ppt_dir: Path, province_dir: Path, stick: Path, complete: dict[str, int]
                ) -> dict:
    """Every complete bundle at the province by bundle number (gaps allowed, no fork), then
    a last export: the province holds every case."""
    with opened(province_dir) as province:
        for name in complete:
            # a partial or unverifiable file raises DomainError("bundle_rejected", reason=…)
            complete[name] = province.sync.inspect(stick / name).bundle_seq
        order = sorted(complete, key=complete.get)
        seqs = [complete[n] for n in order]
        assert len(set(seqs)) == len(seqs), seqs
        notes: Counter = Counter()
        for name in order:
            _, result = province.sync.import_bundle(stick / name)
            assert result.outcome == "applied", (complete[name], result)
            notes["gap" if "bundle_gap" in result.notes else "next"] += 1
        with opened(ppt_dir) as ppt:
            _, last = ppt.sync.export(stick)
            cases = _case_ids(ppt)
        _, result = province.sync.import_bundle(stick / last.file_name)
        assert result.outcome == "applied", result
        assert not cases - _case_ids(province)
        refused = _query(province, "SELECT reason FROM bundle_log WHERE status = 'QUARANTINED'")
        assert not refused, refused
    return {"imported": dict(notes), "cases": len(cases)}


def test_export_killed_at_every_step(offices, tmp_path):
    seed = _seed()
    report = _export_kills(offices, tmp_path, kills=24, seed=seed)
    print(f"\nT7 export (seed {seed}): {report}")


@pytest.mark.slow
def test_export_killed_many_times(offices, tmp_path, request):
    if not _slow(request.config):
        pytest.skip("heavy T7 run: set PPT_DESK_RUN_SLOW=1 or select -m slow")
    seed = _seed()
    kills = int(os.environ.get("PPT_DESK_SYNC_KILLS", "300"))
    print(f"\nT7 export (seed {seed}): {_export_kills(offices, tmp_path, kills, seed)}")


# -- import ----------------------------------------------------------------------------------

def _counts(folder: Path) -> tuple:
    with opened(folder) as backend:
        _verify(backend)
        return tuple(_query(backend, sql)[0][0] for sql in (
            "SELECT count(*) FROM received_event",
            "SELECT count(*) FROM case_file",
            "SELECT count(*) FROM person",
            "SELECT count(*) FROM bundle_log WHERE direction = 'IN' AND status != 'QUARANTINED'",
            "SELECT count(*) FROM peer_checkpoint"))


def _restore(folder: Path, snapshot: Path) -> None:
    shutil.rmtree(folder)
    shutil.copytree(snapshot, folder)


def _import_kills(offices, tmp_path: Path, kills: int, seed: int) -> dict:
    ppt_dir, province_dir = _copies(offices, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    with opened(ppt_dir) as ppt:
        bundle = stick / ppt.sync.export(stick)[1].file_name
        cases = _case_ids(ppt)
    snapshot = tmp_path / "province-before"
    shutil.copytree(province_dir, snapshot)
    before = _counts(province_dir)
    rng = random.Random(seed)
    server = Server()
    states: Counter = Counter()
    landed: Counter = Counter()
    leftovers = 0
    try:
        job = _job(server, "import", province_dir, file=str(bundle))   # what "all" looks like
        server.wait_for(job, ("imported", "error", "traceback"))
        server.kill(job)
        assert (job.outcome() or "").startswith("imported applied"), (job.outcome(), server.tail())
        after = _counts(province_dir)
        assert after != before and after[1] >= len(cases)
        _restore(province_dir, snapshot)
        for k in range(kills):
            job = _job(server, "import", province_dir, file=str(bundle))
            step = rng.choice(("copy_in", "flush", "verify", "apply", "apply", "late", "late"))
            # "late": within twice the import's usual length, so some kills follow the commit
            server.aim(job, "apply" if step == "late" else step, rng,
                       stretch=2.0 if step == "late" else 1.0)
            server.kill(job)
            outcome = job.outcome() or ""
            assert not outcome.startswith(("traceback", "error")), (outcome, server.tail())
            assert outcome in ("", ) or outcome.startswith("imported applied"), outcome
            landed[job.landed()] += 1
            leftovers = max(leftovers, _temps(province_dir / "sync" / "incoming"))
            now = _counts(province_dir)   # verified first
            assert now in (before, after), (f"kill {k + 1} in {job.landed()} (seed {seed}): "
                                            f"partial import {now}, before {before}, "
                                            f"after {after}")
            states["all" if now == after else "none"] += 1
            if now == after:
                _restore(province_dir, snapshot)
    finally:
        server.close()
    incoming = province_dir / "sync" / "incoming"
    _age(incoming)
    with opened(province_dir) as province:
        _, result = province.sync.import_bundle(bundle)
        assert result.outcome == "applied", result
        assert not cases - _case_ids(province)
    assert _counts(province_dir) == after
    assert _temps(incoming) == 0   # swept by that import
    return {"kills": kills, "landed": dict(landed), "store": dict(states),
            "most_incoming_temps": leftovers}


def test_import_killed_at_every_step(offices, tmp_path):
    seed = _seed()
    print(f"\nT7 import (seed {seed}): {_import_kills(offices, tmp_path, 10, seed)}")


@pytest.mark.slow
def test_import_killed_many_times(offices, tmp_path, request):
    if not _slow(request.config):
        pytest.skip("heavy T7 run: set PPT_DESK_RUN_SLOW=1 or select -m slow")
    seed = _seed()
    kills = int(os.environ.get("PPT_DESK_SYNC_KILLS", "300"))
    print(f"\nT7 import (seed {seed}): {_import_kills(offices, tmp_path, kills, seed)}")


# -- a pulled stick --------------------------------------------------------------------------

def _shipping(folder: Path) -> tuple[int, int]:
    with opened(folder) as ppt:
        _verify(ppt)
        return (_query(ppt, "SELECT count(*) FROM bundle_log WHERE status = 'SENT'")[0][0],
                _query(ppt, "SELECT count(*) FROM outbox_event WHERE shipped_at IS NOT NULL"
                       )[0][0])


def test_a_stick_pulled_during_export(offices, tmp_path):
    ppt_dir, _ = _copies(offices, tmp_path)
    seed = _seed()
    rng = random.Random(seed)
    base = _shipping(ppt_dir)
    codes: Counter = Counter()
    server = Server()
    try:
        for k in range(10):
            stick = tmp_path / f"stick-{k}"
            stick.mkdir()
            job = _job(server, "export", ppt_dir, stick=str(stick), loop=False, seed=k)
            server.aim(job, rng.choice(("write", "reserve", "copy", "readback")), rng)
            shutil.rmtree(stick, ignore_errors=True)   # the stick is gone
            if not job.finished:
                server.wait_for(job, ("idle",))
            server.kill(job)
            outcome = job.outcome() or ""
            assert outcome.startswith(("exported", "error")), (outcome, server.tail())
            now = _shipping(ppt_dir)   # verified first
            if outcome.startswith("error"):
                code = outcome.split()[1]
                assert code in PULLED, f"trial {k} ({job.last_mark()}, seed {seed}): {code}"
                assert now == base, "a pulled stick's bundle was marked shipped"
            else:
                code = "exported_before_the_pull"
                base = now
            codes[f"{job.last_mark()}: {code}"] += 1
    finally:
        server.close()
    print(f"\nT7 pulled stick (seed {seed}): {dict(codes)}")


@contextmanager
def _small_stick(path: Path, kib: int):
    """A file system of ``kib`` KiB (tmpfs) standing in for a nearly full stick; needs root."""
    path.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(path)],
            capture_output=True).returncode != 0:
        pytest.skip("a small stick needs a tmpfs mount (root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_stick_that_fills_up_during_export(offices, tmp_path):
    """Another file takes the stick's last space while the bundle is copied (or before):
    stick_full, nothing left on the stick, nothing shipped, the data folder verifies."""
    ppt_dir, _ = _copies(offices, tmp_path)
    seed = _seed()
    rng = random.Random(seed)
    base = _shipping(ppt_dir)
    codes: Counter = Counter()
    server = Server()
    try:
        with _small_stick(tmp_path / "stick", 8 * 1024) as stick:
            for k in range(6):
                # a slower stick (5 ms per 64 KiB): the filler lands while the copy runs
                job = _job(server, "export", ppt_dir, stick=str(stick), loop=False, seed=k,
                           chunk_delay=0.005)
                if k == 0 or server.aim(job, "copy", rng, stretch=0.5, default=0.2):
                    free = shutil.disk_usage(stick).free
                    with open(stick / "foto-liburan.jpg", "wb") as filler:
                        try:
                            filler.write(b"\0" * (free - (0 if k else 1024 * 1024)))
                        except OSError:
                            pass    # full
                if not job.finished:
                    server.wait_for(job, ("idle",))
                server.kill(job)
                outcome = job.outcome() or ""
                now = _shipping(ppt_dir)   # verified first
                if outcome.startswith("exported"):    # the copy won the race for the space
                    base = now
                    codes["exported"] += 1
                else:
                    assert outcome == "error stick_full", (k, outcome, server.tail())
                    assert now == base
                    codes[f"{job.last_mark()}: stick_full"] += 1
                for path in stick.iterdir():
                    assert path.name == "foto-liburan.jpg" or (
                        outcome.startswith("exported") and path.name.endswith(".ppt-bundle"))
                    path.unlink()
    finally:
        server.close()
    print(f"\nT7 full stick (seed {seed}): {dict(codes)}")
    assert codes["reserve: stick_full"] == 1      # the size check before writing
    assert codes["copy: stick_full"] + codes["flush: stick_full"] > 0   # while writing
