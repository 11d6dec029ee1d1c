"""Shared helpers: the JSON line format, percentiles, the cached demo database's paths."""
from __future__ import annotations

import json
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
CASES = 100_000
SEED = 2026
USERNAME = "demo"
# Synthetic password of a synthetic database kept in the gitignored cache.
PASSWORD = "bench-kata-sandi-1"


def emit(scenario: str, metric: str, value: float | int | None, unit: str,
         goal: float | None = None, higher_is_better: bool = False, **extra) -> dict:
    """Print one result line; with a goal, also whether it was met."""
    record: dict = {"scenario": scenario, "metric": metric,
                    "value": round(value, 3) if isinstance(value, float) else value, "unit": unit}
    if goal is not None:
        record["goal"] = goal
        record["ok"] = None if value is None else (
            value >= goal if higher_is_better else value <= goal)
    record.update(extra)
    print(json.dumps(record, ensure_ascii=False), flush=True)
    return record


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(fn, runs: int, scale: float = 1.0) -> list[float]:
    """Wall-clock times of ``runs`` calls of ``fn``, in seconds times ``scale``."""
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * scale)
    return out


def emit_p50_p95(scenario: str, metric: str, values: list[float], unit: str,
                 goal: float | None, **extra) -> None:
    """The median and the 95th percentile of ``values``; the goal is the p95's."""
    emit(scenario, f"{metric}_p50", statistics.median(values), unit, **extra)
    emit(scenario, f"{metric}_p95", percentile(values, 95), unit, goal=goal, **extra)
