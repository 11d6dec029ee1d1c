"""T5, sneakernet convergence (../shared/design/security-and-sync.md; issue 11), on both
stores: the province on SQLCipher and on PostgreSQL (``any_store``; never skipped).

A world is built once per store and session (``convergence_world.build``): real PPT data
folders register cases and write casework over several rounds, move cases to each other
(``backend.sync.transfer_case``; the receiver writes on the case; then the sender, past the
ownership rule, and the receiver both edit the case's notes: a deliberate concurrent
same-field edit; the first moved case then comes back to its sender at epoch 2), export real
bundles (a PPT skips a round now and then; a bundle carries every event not yet acknowledged)
and take receipts from a reference province that imports every bundle once, in the order
written.

Hypothesis then chooses delivery schedules for a fresh copy of the province: any order that
respects causality (a bundle written after a receipt comes after the bundle the receipt
answered; everything else in any order, across and within PPTs), bundles delivered twice,
sticks lost and delivered only at the end. For each schedule:

(a) the content hash of the province's case data equals the reference's;
(b) ``received_event`` holds every event of every PPT, applied (0 lost, nothing still held
    or parked), and every row any PPT holds is at the province (row ids, read from the PPTs'
    own stores: a check that does not trust the apply engine);
(c) every deliberate concurrent edit is exactly one open conflict item, and there are no
    others (the same items, with the same two values, as the reference).

Schedules respect causality, so a single province never sees a gap in a PPT's event numbers
(a receipt acknowledges only what it holds): what waits here is parked, not held. An older
bundle of a PPT arriving after a newer one that names it as its predecessor is "superseded"
(a replay: its events came with the newer one); one arriving after a newer one whose own
predecessor is missing too cannot be placed and is refused (stale checkpoint or fork): the
test accepts only those two refusals, and its events are in the newer one all the same.

What runs where:
- ``make test`` / ``make test-fast``: ``test_the_reference_itself_holds_everything`` (in-order
  delivery) and ``test_delivery_order_does_not_change_the_province`` (25 hypothesis
  schedules) with 6 PPTs, 150 cases, 3 rounds, 2 transfers (~420 events, ~14 bundles), on
  each store: ~1.5-2.5 min per store.
- ``make test-slow`` (``-m slow`` or ``PPT_DESK_RUN_SLOW=1``):
  ``test_twenty_ppts_two_thousand_cases_converge``: 20 PPTs, 2,000 cases, 4 rounds,
  8 transfers (~5,100 events, ~76 bundles), in-order delivery and 10 schedules, on each
  store (~15 min for both on two cores); figures printed and, with ``PPT_DESK_T5_STATS=<file>``,
  appended there as JSON lines (docs/scale.md).
"""
from __future__ import annotations

import itertools
import json
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from convergence_world import (
    Config, World, build, conflicts, content_hash, copy_province, drop_province,
    missing_events, received, row_ids,
)

NORMAL = Config(ppts=6, cases=150, rounds=3, transfers=2)
FULL = Config(ppts=20, cases=2000, rounds=4, transfers=8)
_worlds: dict[tuple[str, Config], World] = {}
_runs = itertools.count()
seen: Counter = Counter()   # what the schedules met: applied, replay, rejected, held events


def _world(config: Config, store, tmp_path_factory) -> World:
    key = (store.name, config)
    if key not in _worlds:
        _worlds[key] = build(config, store, tmp_path_factory.mktemp(f"t5-{store.name}"))
    return _worlds[key]


@st.composite
def schedules(draw, bundles):
    """Indices of bundles in delivery order: a random order respecting ``after``, some
    delivered late (a lost stick found again), some twice."""
    n = len(bundles)
    keys = draw(st.lists(st.integers(0, 10**6), min_size=n, max_size=n))
    late = draw(st.sets(st.integers(0, n - 1), max_size=max(1, n // 4)))
    twice = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 10**6)),
                          max_size=max(1, n // 4)))
    return delivery_order(bundles, keys, late, twice)


def delivery_order(bundles, keys: list[int], late: set[int],
                   twice: list[tuple[int, int]]) -> list[int]:
    keys = [k + (10**7 if i in late else 0) for i, k in enumerate(keys)]
    order: list[int] = []
    done: set[int] = set()
    while len(order) < len(bundles):
        ready = [b.index for b in bundles if b.index not in done and
                 (b.after is None or b.after in done)]
        pick = min(ready, key=lambda i: keys[i])
        order.append(pick)
        done.add(pick)
    for index, at in twice:
        first = order.index(index)
        order.insert(first + 1 + at % (len(order) - first), index)
    return order


def deliver(world: World, order: list[int], root: Path) -> dict[str, object]:
    """A fresh province takes the bundles in ``order``; what it ends with."""
    folder = root / f"province-{next(_runs)}"
    province = copy_province(world, folder)
    try:
        outcomes = []
        for index in order:
            _, result = province.sync.import_bundle(world.bundles[index].path)
            outcomes.append((result.outcome, result.reason))
            seen["held"] += result.events_held
            seen[result.outcome] += 1
        return {"hash": content_hash(province), "conflicts": conflicts(province),
                "rows": row_ids(province),
                "missing": missing_events(province, world.last_seq),
                "waiting": {k: n for k, n in received(province).items() if k[1] != "APPLIED"},
                "outcomes": outcomes}
    finally:
        drop_province(world, province, folder)


def check(world: World, got: dict[str, object]) -> None:
    # Refusals are only of an older bundle of a sender arriving after a newer one (its events
    # are in the newer one: bundles carry every event not yet acknowledged).
    assert {r for o, r in got["outcomes"] if o == "rejected"} <= {"stale_checkpoint", "fork"}
    assert got["missing"] == {}, "events lost"
    assert got["rows"] == world.row_ids, "rows lost (or made up)"
    assert got["waiting"] == {}, "events still held or parked"
    assert [c[:3] for c in got["conflicts"]] == sorted(world.deliberate)
    assert got["conflicts"] == world.reference_conflicts
    assert got["hash"] == world.reference_hash


def test_the_reference_itself_holds_everything(any_store, tmp_path_factory):
    world = _world(NORMAL, any_store, tmp_path_factory)
    assert len(world.deliberate) == NORMAL.transfers
    assert [c[:3] for c in world.reference_conflicts] == sorted(world.deliberate)
    assert len(world.bundles) >= NORMAL.ppts * 2
    assert any(b.after is not None for b in world.bundles)   # receipts shape the schedules
    # In order, once each: the same state as the reference built it.
    got = deliver(world, [b.index for b in world.bundles], tmp_path_factory.mktemp("in-order"))
    assert {o for o, _ in got["outcomes"]} == {"applied"}
    check(world, got)


def test_delivery_order_does_not_change_the_province(any_store, tmp_path_factory):
    world = _world(NORMAL, any_store, tmp_path_factory)
    root = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    started = time.perf_counter()

    @settings(max_examples=25, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(schedules(world.bundles))
    def each(order):
        check(world, deliver(world, order, root))

    seen.clear()
    each()
    world.stats["schedules_seconds"] = time.perf_counter() - started
    _report(f"T5 {any_store.name}", {**world.stats, **seen})
    # The schedules did meet what they are for: duplicates, events held behind a gap or
    # parked for another PPT's events, an older stick after a newer one.
    assert seen["replay"] and seen["held"] and seen["rejected"], seen


def _report(title: str, figures: dict) -> None:
    """The measured figures (docs/scale.md): printed, and appended as a JSON line to the file
    ``PPT_DESK_T5_STATS`` names (under xdist a worker's print is not shown)."""
    print(f"\n{title}: {figures}")
    target = os.environ.get("PPT_DESK_T5_STATS")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps({"run": title, **{k: round(v, 1) if isinstance(v, float)
                                                   else v for k, v in figures.items()}}) + "\n")


def _slow_wanted(config) -> bool:
    return os.environ.get("PPT_DESK_RUN_SLOW") == "1" or \
        (config.option.markexpr or "").strip() == "slow"


@pytest.mark.slow
def test_twenty_ppts_two_thousand_cases_converge(any_store, tmp_path_factory, request):
    if not _slow_wanted(request.config):
        pytest.skip("the full T5 run: set PPT_DESK_RUN_SLOW=1 or select -m slow")
    world = _world(FULL, any_store, tmp_path_factory)
    root = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    started = time.perf_counter()
    check(world, deliver(world, [b.index for b in world.bundles], root))
    world.stats["in_order_seconds"] = time.perf_counter() - started

    @settings(max_examples=10, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(schedules(world.bundles))
    def each(order):
        check(world, deliver(world, order, root))

    started = time.perf_counter()
    seen.clear()
    each()
    world.stats["schedules_seconds"] = time.perf_counter() - started
    _report(f"T5 full {any_store.name}", {**world.stats, **seen})
