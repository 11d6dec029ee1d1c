"""Child processes for the T7 test: exports and imports that get killed or lose their stick.

Usage: python sync_child.py   (then one JSON job per line on stdin)

Starting Python with ppt-desk, SQLCipher and pyrage imported takes 1–2 s, longer than the
export under test. So this process imports everything once and then works as a fork server:
for each job line it forks a worker, prints ``pid <pid>``, waits for it and prints
``exit <pid> <signal or status>``. The worker unlocks the data folder (instance lock held, as
the app does), runs the job and prints a ``mark <phase>`` line (flushed) as it enters each
step, so the parent can SIGKILL it, or pull its stick, at a chosen point:

- export: ``plan`` (reading the store) · ``write`` (encrypting into the data folder) ·
  ``reserve`` (the transaction reserving the chain position) · ``copy`` (writing the
  temporary file on the stick) · ``flush`` (fsync) · ``readback`` (decrypting the copy) ·
  ``rename`` (final name, folder flushed) · ``commit`` (the transaction logging it SENT) ·
  ``add`` (between exports: a new case is registered);
- import: ``copy_in`` (from the stick) · ``flush`` · ``verify`` (decryption, signature,
  records) · ``apply`` (chain, checkpoint, events, log entry and commit in one transaction).

The markers wrap module functions of this process only; the code that runs is the real one,
except that the stick is made slow (``_SlowSource``: 64 KiB reads, 0.5 ms each by default).
A worker that finishes prints its outcome (``exported``/``imported``/``error <code>`` for a
DomainError/``traceback`` for anything else) and then waits to be killed, so that its pid
cannot be reused before the parent's SIGKILL.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
import traceback
from datetime import date
from pathlib import Path

import alembic.command  # noqa: F401 - imported once here, not in every worker's unlock
import alembic.script  # noqa: F401

from ppt_desk.bootstrap import acquire_instance_lock, make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import CaseIntake
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput
from ppt_desk.services.sync import export, imports, outbound, stick


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())   # one write: lines of the worker and the server never mix


def _mark(phase: str) -> None:
    say(f"mark {phase}")


def _instrument() -> None:
    write_local, copy_verified = export.write_local, outbound.copy_verified

    def marked_write_local(*args, **kwargs):
        _mark("write")
        bundle = write_local(*args, **kwargs)
        _mark("reserve")
        return bundle

    def marked_copy_verified(src, final, check):
        def marked_check(path):
            _mark("readback")
            ok = check(path)
            _mark("rename")
            return ok
        _mark("copy")
        copy_verified(src, final, marked_check)
        _mark("commit")

    export.write_local = marked_write_local
    outbound.copy_verified = marked_copy_verified
    # A slow stick: smaller reads, each a little late, so that a kill can land while the
    # file on the stick is still being written (otherwise a page-cache write of a few MB
    # takes a millisecond and the kills land in the fsync, when the file is whole).
    stick.CHUNK = 64 * 1024
    stick.open = _slow_open
    copy_in, open_verified, accept = imports.copy_in, imports.open_verified, imports._accept

    def marked(phase, fn):
        def inner(*args, **kwargs):
            _mark(phase)
            return fn(*args, **kwargs)
        return inner

    imports.copy_in = marked("copy_in", copy_in)
    imports.open_verified = marked("verify", open_verified)
    imports._accept = marked("apply", accept)


class _SlowSource:
    delay = 0.0005     # seconds per 64 KiB read; a job may ask for a slower stick

    def __init__(self, handle) -> None:
        self.handle = handle

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        if data:
            time.sleep(self.delay)
        else:
            _mark("flush")        # every byte handed over: flush and fsync follow
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()


def _slow_open(path, mode="r", *args, **kwargs):
    handle = open(path, mode, *args, **kwargs)
    return _SlowSource(handle) if mode == "rb" else handle


def _intake(rng: random.Random) -> CaseIntake:
    return CaseIntake(
        full_name=f"Korban Sintetis {rng.randrange(10**6)}", sex="P",
        intake_date=date(2025, rng.randint(1, 12), rng.randint(1, 28)), intake_channel="HOTLINE",
        victim_status="DIDUGA", estimated_age=rng.randint(18, 40), modus=("KRJ-PRT",),
        notes="catatan pendampingan " * rng.randint(0, 400))


def _export_loop(backend, job: dict) -> None:
    """Export, register a case (sometimes with the secretariat's consent), export again..."""
    rng = random.Random(job["seed"])
    stick = Path(job["stick"])
    while True:
        _mark("plan")
        _, result = backend.sync.export(stick)
        say(f"exported {result.file_name}")
        if not job.get("loop"):
            return
        _mark("add")
        _, case_id, _ = backend.cases.register(_intake(rng))
        if rng.random() < 0.5:
            backend.consent.record(case_id, ConsentInput(
                "SEKRETARIAT", "KORBAN", backend.deps.clock.today(), "TERTULIS"))


def _import(backend, job: dict) -> None:
    _, result = backend.sync.import_bundle(Path(job["file"]))
    say(f"imported {result.outcome} {result.reason or '-'} {result.events_applied}")


def _work(job: dict) -> None:
    _SlowSource.delay = job.get("chunk_delay", _SlowSource.delay)
    folder = Path(job["data"])
    lock = acquire_instance_lock(folder)  # noqa: F841 - held until the worker dies
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.unlock(job["user"], job["password"])
    _mark("ready")
    try:
        if job["job"] == "export":
            _export_loop(backend, job)
        else:
            _import(backend, job)
    except DomainError as exc:
        say(f"error {exc.code}")
    except BaseException as exc:  # noqa: BLE001 - the parent fails the test on this line
        say(f"traceback {type(exc).__name__}")
        traceback.print_exc()
        sys.stderr.flush()


def main() -> None:
    _instrument()
    say("server ready")
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                _work(job)
            finally:
                say("idle")
                while True:           # until the parent's SIGKILL
                    signal.pause()
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {-os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)}")


if __name__ == "__main__":
    main()
