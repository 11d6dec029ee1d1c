"""UUIDv7 layout and ordering; the hybrid logical clock never goes backwards."""
from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from ppt_desk.domain.ids import Hlc, uuid7


def test_uuid7_version_and_variant_bits():
    for _ in range(1000):
        value = uuid.UUID(uuid7())
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert (value.int >> 76) & 0xF == 7
        assert (value.int >> 62) & 0b11 == 0b10


def test_uuid7_carries_the_millisecond_timestamp():
    ms = 1_767_225_600_123
    assert uuid.UUID(uuid7(ms)).int >> 80 == ms


def test_uuid7_orders_by_time_as_text_and_as_number():
    ids = [uuid7(1_700_000_000_000 + step) for step in range(0, 5000, 7)]
    assert ids == sorted(ids)
    assert [uuid.UUID(i).int for i in ids] == sorted(uuid.UUID(i).int for i in ids)


def test_uuid7_is_unique_within_one_millisecond():
    ids = {uuid7(1_700_000_000_000) for _ in range(20000)}
    assert len(ids) == 20000


def test_hlc_follows_a_wall_clock_that_moves_forward():
    clock = Hlc(1000, 5).tick(2000)
    assert clock == Hlc(2000, 0)


def test_hlc_counts_when_the_wall_clock_stands_still_or_goes_back():
    clock = Hlc(5000, 0)
    seen = [clock]
    for now in (5000, 4000, 10, 4999, 5000):
        clock = clock.tick(now)
        seen.append(clock)
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
    assert clock == Hlc(5000, 5)


@given(st.lists(st.integers(min_value=0, max_value=2**41), min_size=1, max_size=200))
@settings(max_examples=200, deadline=None)
def test_hlc_is_strictly_monotonic_for_any_wall_clock(walls):
    clock = Hlc(0, 0)
    encoded = [clock.encode("dev")]
    for now in walls:
        nxt = clock.tick(now)
        assert nxt > clock
        assert nxt.wall_ms >= now or nxt.wall_ms == clock.wall_ms
        clock = nxt
        encoded.append(clock.encode("dev"))
    # Encoded values sort the same way as the clock (fixed-width fields).
    assert encoded == sorted(encoded)
    assert Hlc.decode(encoded[-1]) == clock


def test_hlc_encoding_round_trips_with_a_dashed_device_id():
    device = uuid7()
    clock = Hlc(1_700_000_000_123, 42)
    assert Hlc.decode(clock.encode(device)) == clock
    assert clock.encode(device).endswith(device)


def test_hlc_counter_never_outgrows_its_five_digits():
    clock = Hlc(5000, 99_998)
    seen = [clock]
    for _ in range(5):
        clock = clock.tick(4000)  # wall clock stuck in the past
        seen.append(clock)
    assert all(c.counter <= 99_999 for c in seen)
    encoded = [c.encode("dev") for c in seen]
    assert encoded == sorted(encoded) and len(set(encoded)) == len(encoded)
    assert [Hlc.decode(e) for e in encoded] == seen
