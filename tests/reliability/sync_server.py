"""The parent's side of ``sync_child.py``: start the fork server, run a job, kill it at a phase.

A job's lines (``mark <phase>``, its outcome) are collected with the time they arrived; the
durations seen per phase steer where the next kill is aimed (a random delay within the phase,
after its marker), and the last marker before the kill says where it landed.
"""
from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

CHILD = Path(__file__).with_name("sync_child.py")
TIMEOUT = 120.0


@dataclass
class Job:
    pid: int = 0
    lines: list[tuple[float, str]] = field(default_factory=list)
    exit: int | None = None

    def marks(self) -> list[tuple[float, str]]:
        return [(t, line.split(" ", 1)[1]) for t, line in self.lines if line.startswith("mark ")]

    def outcome(self) -> str | None:
        """``exported …`` / ``imported …`` / ``error <code>`` / ``traceback …``, if any."""
        done = [line for _, line in self.lines
                if line.split(" ", 1)[0] in ("exported", "imported", "error", "traceback")]
        return done[-1] if done else None

    @property
    def finished(self) -> bool:
        return any(line == "idle" for _, line in self.lines)

    def last_mark(self) -> str:
        marks = self.marks()
        return marks[-1][1] if marks else "start"

    def landed(self) -> str:
        """Where the kill landed: the last step the worker had entered."""
        last = "start"
        for _, line in self.lines:
            word = line.split(" ", 1)
            if word[0] == "mark":
                last = word[1]
            elif word[0] in ("exported", "imported", "error", "traceback", "idle"):
                last = "after_" + word[0]
        return last


class Server:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_err, daemon=True).start()
        self.durations: dict[str, float] = {}
        self._expect("server ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put((time.perf_counter(), raw.decode().rstrip("\n")))
        self.lines.put((time.perf_counter(), "eof"))

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            self.stderr.append(raw.decode())

    def _next(self, deadline: float) -> tuple[float, str]:
        try:
            item = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"the sync child went silent; stderr: {self.tail()}") from None
        if item[1] == "eof":
            raise AssertionError(f"the sync child died; stderr: {self.tail()}")
        return item

    def tail(self) -> str:
        return "".join(self.stderr)[-3000:]

    def _expect(self, text: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while self._next(deadline)[1] != text:
            pass

    def start(self, **job) -> Job:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(job) + "\n").encode())
        self.proc.stdin.flush()
        return Job()

    def _take(self, job: Job, deadline: float) -> str:
        at, line = self._next(deadline)
        if line.startswith("pid "):
            job.pid = int(line.split()[1])
        elif line.startswith("exit "):
            job.exit = int(line.split()[2])
        else:
            job.lines.append((at, line))
        return line

    def wait_for(self, job: Job, words: tuple[str, ...], occurrence: int = 1) -> bool:
        """Read the job's lines until the ``occurrence``-th line starting with one of
        ``words``; False if the worker finished (``idle``) or exported ``occurrence`` + 1
        times without it (a step that does not happen any more)."""
        deadline = time.monotonic() + TIMEOUT
        seen = exported = 0
        while True:
            line = self._take(job, deadline)
            if any(line == w or line.startswith(w + " ") for w in words):
                seen += 1
                if seen >= occurrence and job.pid:
                    return True
            exported += line.startswith("exported ")
            if exported > occurrence and job.pid:
                return False
            if line == "idle":
                while not job.pid:
                    self._take(job, deadline)
                return False

    def kill(self, job: Job) -> Job:
        """SIGKILL the worker and read its lines until the server has reaped it."""
        os.kill(job.pid, signal.SIGKILL)
        deadline = time.monotonic() + TIMEOUT
        while job.exit is None:
            self._take(job, deadline)
        assert job.exit == -signal.SIGKILL, (job.exit, job.lines[-3:])
        self._learn(job)
        return job

    def _learn(self, job: Job) -> None:
        """How long each completed step took (to the next line the worker printed)."""
        for (t0, line), (t1, _) in zip(job.lines, job.lines[1:]):
            if line.startswith("mark ") and t1 > t0:
                phase = line.split(" ", 1)[1]
                old = self.durations.get(phase)
                self.durations[phase] = (t1 - t0) if old is None else 0.7 * old + 0.3 * (t1 - t0)

    def aim(self, job: Job, phase: str, rng: random.Random, occurrence: int = 1,
            default: float = 0.02, stretch: float = 1.0) -> bool:
        """Wait until the worker enters ``phase``, then a random part of its usual length;
        False if the worker never got there."""
        if not self.wait_for(job, (f"mark {phase}",), occurrence):
            return False
        time.sleep(rng.uniform(0.0, stretch * self.durations.get(phase, default)))
        return True

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
