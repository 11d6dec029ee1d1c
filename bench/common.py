"""Shared helpers: the JSON line format, percentiles, the cached demo database's paths."""
from __future__ import annotations

import json
import math
import sys
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
