"""Identifiers and clocks: UUIDv7 and a hybrid logical clock (HLC)."""
from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass


def uuid7(now_ms: int | None = None) -> str:
    """Return a RFC 9562 UUIDv7 string (time-ordered, 74 random bits)."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> 68 & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True)
class Hlc:
    """Hybrid logical clock value: wall milliseconds plus a counter.

    Village laptop clocks are often wrong; the HLC never goes backwards on one
    device even when the wall clock does, and is only used for ordering, never
    to pick a winner between two edits.
    """

    wall_ms: int
    counter: int

    def tick(self, now_ms: int) -> "Hlc":
        if now_ms > self.wall_ms:
            return Hlc(now_ms, 0)
        if self.counter >= MAX_COUNTER:
            # The counter has 5 digits in the encoding: borrow the next millisecond instead.
            return Hlc(self.wall_ms + 1, 0)
        return Hlc(self.wall_ms, self.counter + 1)

    def encode(self, device_id: str) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{device_id}"

    @staticmethod
    def decode(text: str) -> "Hlc":
        wall, counter, _ = text.split("-", 2)
        return Hlc(int(wall), int(counter))
