"""Increasing delays after failed unlock attempts, kept across restarts.

The state file holds only slot usernames' hashes, counts and times, no personal data.
It slows down someone guessing at the keyboard; an attacker with a copy of the
files faces Argon2id instead, so deleting this file gains them nothing.
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Callable

from ..atomic import atomic_write

FREE_ATTEMPTS = 2
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> float:
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS)))


class UnlockThrottle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock

    @staticmethod
    def _key(who: str) -> str:
        return hashlib.sha256(who.strip().casefold().encode()).hexdigest()[:16]

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def wait_seconds(self, who: str) -> float:
        """Seconds left before ``who`` may try again (0 when allowed now)."""
        entry = self._read().get(self._key(who))
        if not entry:
            return 0.0
        ready_at = entry["last"] + delay_after(entry["failures"])
        return max(0.0, ready_at - self.clock())

    def failures(self, who: str) -> int:
        return self._read().get(self._key(who), {}).get("failures", 0)

    def record_failure(self, who: str) -> float:
        data = self._read()
        entry = data.setdefault(self._key(who), {"failures": 0, "last": 0.0})
        entry["failures"] += 1
        entry["last"] = self.clock()
        atomic_write(self.path, json.dumps(data).encode())
        return delay_after(entry["failures"])

    def record_success(self, who: str) -> None:
        data = self._read()
        if data.pop(self._key(who), None) is not None:
            atomic_write(self.path, json.dumps(data).encode())
