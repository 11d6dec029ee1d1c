"""Unlock throttle: delays grow after failures, reset on success, survive a restart."""
from __future__ import annotations

import pytest

from ppt_desk.security.throttle import (
    FREE_ATTEMPTS, MAX_DELAY_SECONDS, UnlockThrottle, delay_after,
)


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def throttle(tmp_path, clock):
    return UnlockThrottle(tmp_path / "unlock-throttle.json", clock=clock)


def test_delays_are_free_then_grow_then_cap():
    delays = [delay_after(n) for n in range(0, 20)]
    assert delays[: FREE_ATTEMPTS + 1] == [0.0] * (FREE_ATTEMPTS + 1)
    growing = delays[FREE_ATTEMPTS + 1:]
    assert growing[0] > 0
    assert all(b >= a for a, b in zip(growing, growing[1:]))
    assert growing[:4] == [2.0, 4.0, 8.0, 16.0]
    assert max(delays) == MAX_DELAY_SECONDS
    assert delay_after(1000) == MAX_DELAY_SECONDS


def test_wait_grows_with_each_failure_and_runs_out(throttle, clock):
    waits = []
    for _ in range(6):
        assert throttle.wait_seconds("admin") == 0.0
        waits.append(throttle.record_failure("admin"))
        assert throttle.wait_seconds("admin") == waits[-1]
        clock.now += waits[-1] / 2
        assert throttle.wait_seconds("admin") == pytest.approx(waits[-1] / 2)
        clock.now += waits[-1] / 2
    assert waits == [0.0, 0.0, 2.0, 4.0, 8.0, 16.0]
    assert throttle.failures("admin") == 6


def test_success_resets(throttle, clock):
    for _ in range(5):
        throttle.record_failure("admin")
    assert throttle.wait_seconds("admin") > 0
    throttle.record_success("admin")
    assert throttle.wait_seconds("admin") == 0.0
    assert throttle.failures("admin") == 0
    assert throttle.record_failure("admin") == 0.0


def test_users_are_throttled_separately_and_names_are_normalised(throttle):
    for _ in range(4):
        throttle.record_failure(" Admin ")
    assert throttle.failures("admin") == 4
    assert throttle.wait_seconds("ADMIN") > 0
    assert throttle.wait_seconds("maria") == 0.0


def test_state_survives_a_restart_and_holds_no_username(tmp_path, clock, throttle):
    for _ in range(4):
        throttle.record_failure("yohanes.seran")
    again = UnlockThrottle(tmp_path / "unlock-throttle.json", clock=clock)
    assert again.wait_seconds("yohanes.seran") == 4.0
    raw = (tmp_path / "unlock-throttle.json").read_bytes()
    assert b"yohanes" not in raw.lower()


@pytest.mark.parametrize("content", [b"", b"garbage{", b"[]\n"])
def test_a_damaged_state_file_does_not_lock_everyone_out(tmp_path, clock, content):
    path = tmp_path / "unlock-throttle.json"
    path.write_bytes(content)
    throttle = UnlockThrottle(path, clock=clock)
    assert throttle.wait_seconds("admin") == 0.0
    throttle.record_failure("admin")
    assert throttle.failures("admin") == 1
