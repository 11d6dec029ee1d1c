"""The case-list workload: queries typed one character at a time, sorts and filters.

Targets are sampled (deterministically) from the database itself; a third of the
names are typed as stored, a third in another known spelling, a third with a typo.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import text

from ppt_desk.services.dto import CasePage, CaseQuery

SORTS = ("case_number", "full_name", "intake_date", "age", "victim_status", "assigned", "sex",
         "intake_channel")


@dataclass(frozen=True)
class Typed:
    kind: str        # name | name_variant | name_typo | nik | case_number | case_number_short
    text: str        # the full query; every prefix of it is searched
    case_id: str     # the case the user is looking for


def sample_targets(engine, seed: int, spellings: dict[str, list[str]]) -> list[Typed]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.id, p.full_name, p.nik, c.case_number FROM case_file c "
            "JOIN person p ON p.id = c.person_id WHERE c.rowid % 211 = 7 ORDER BY c.rowid")).all()
    return targets_from(rows, seed, spellings)


def targets_from(rows: list, seed: int, spellings: dict[str, list[str]]) -> list[Typed]:
    """72 targets from sampled ``(case id, full name, NIK, case number)`` rows (at least 72):
    36 names (as stored, another spelling, a typo), 12 NIKs, 12 case numbers (6 short)."""
    rows = list(rows)
    rng = random.Random(seed)
    rng.shuffle(rows)
    out: list[Typed] = []
    names = rows[:36]
    for i, (case_id, name, _nik, _number) in enumerate(names):
        words = name.split()
        if i % 3 == 1:
            swappable = [j for j, w in enumerate(words) if spellings.get(w)]
            if swappable:
                j = rng.choice(swappable)
                words[j] = rng.choice(spellings[words[j]])
                out.append(Typed("name_variant", " ".join(words), case_id))
                continue
        if i % 3 == 2:
            j = max(range(len(words)), key=lambda k: len(words[k]))
            w = words[j]
            if len(w) >= 5:
                k = rng.randrange(1, len(w) - 1)
                words[j] = w[:k] + w[k + 1:] if rng.random() < 0.5 else w[:k] + w[k] + w[k:]
                out.append(Typed("name_typo", " ".join(words), case_id))
                continue
        out.append(Typed("name", name, case_id))
    with_nik = [r for r in rows[36:] if r[2]][:12]
    out += [Typed("nik", nik, case_id) for case_id, _n, nik, _c in with_nik]
    numbers = rows[60:72]
    out += [Typed("case_number", number, case_id) for case_id, _n, _k, number in numbers[:6]]
    out += [Typed("case_number_short", number.split("/", 1)[1], case_id)
            for case_id, _n, _k, number in numbers[6:]]
    return out


def sort_filter_queries(staff_id: str | None) -> list[tuple[str, CaseQuery]]:
    queries = []
    for sort in SORTS:
        queries.append((f"sort:{sort}:desc", CaseQuery(sort=sort, descending=True)))
        queries.append((f"sort:{sort}:asc", CaseQuery(sort=sort, descending=False)))
    for status in ("DIDUGA", "KORBAN", "BUKAN", "EKS"):
        queries.append((f"filter:status:{status}", CaseQuery(victim_status=status)))
    for modus in ("EBM", "ESK", "KP", "PED"):
        queries.append((f"filter:modus:{modus}", CaseQuery(modus=modus)))
    for band in ("ANAK", "LANSIA"):
        queries.append((f"filter:age_band:{band}", CaseQuery(age_band=band)))
    if staff_id:
        queries.append(("filter:assigned", CaseQuery(assigned_user_id=staff_id)))
        queries.append(("filter:assigned+sort:full_name",
                        CaseQuery(assigned_user_id=staff_id, sort="full_name", descending=False)))
    queries.append(("filter:modus:EBM+sort:full_name",
                    CaseQuery(modus="EBM", sort="full_name", descending=False)))
    queries.append(("filter:status:KORBAN+text", CaseQuery(text="yoh", victim_status="KORBAN")))
    queries.append(("filter:age_band:ANAK+text+sort:age",
                    CaseQuery(text="mar", age_band="ANAK", sort="age")))
    return queries


Search = Callable[[CaseQuery], CasePage]


def timed(search: Search, query: CaseQuery) -> tuple[float, CasePage]:
    started = time.perf_counter()
    page = search(query)
    return (time.perf_counter() - started) * 1000, page


def run_typing(searches: dict[str, Search], targets: list[Typed]
               ) -> tuple[dict[str, dict[str, list[float]]], dict[str, list[bool]]]:
    """Every keystroke's latency (ms) per database and kind, and whether the target was on
    the final page (first database). The databases take turns on each keystroke, so
    that all of them see the same machine load."""
    latencies: dict[str, dict[str, list[float]]] = {name: {} for name in searches}
    found: dict[str, list[bool]] = {}
    for target in targets:
        pages = {}
        for end in range(1, len(target.text) + 1):
            query = CaseQuery(text=target.text[:end])
            for name, search in _rotated(searches, end):
                ms, pages[name] = timed(search, query)
                latencies[name].setdefault(target.kind, []).append(ms)
        first = pages[next(iter(searches))]
        found.setdefault(target.kind, []).append(any(r.id == target.case_id for r in first.rows))
    return latencies, found


def run_sort_filter(searches: dict[str, Search], queries: list[tuple[str, CaseQuery]],
                    repeats: int = 3) -> dict[str, dict[str, list[float]]]:
    out: dict[str, dict[str, list[float]]] = {name: {} for name in searches}
    for i, (label, query) in enumerate(queries):
        for _ in range(repeats):
            for name, search in _rotated(searches, i):
                out[name].setdefault(label, []).append(timed(search, query)[0])
    return out


def _rotated(searches: dict[str, Search], turn: int) -> list[tuple[str, Search]]:
    items = list(searches.items())
    k = turn % len(items)
    return items[k:] + items[:k]
