"""k-anonymity for the HTCDS case-level export (T12, ADR 0020): every combination of
quasi-identifier values shared by at least k rows, by generalising, withholding, and at last
dropping rows. Standard library only.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from .suppression_audit import K


def k_anonymise(rows: list[dict[str, str]], quasi: Sequence[str], k: int = K,
                generalise: Mapping[str, Callable[[str], str]] | None = None,
                ) -> tuple[list[dict[str, str]], int]:
    """Make every combination of quasi-identifier values shared by >= k rows.

    Rows in a class smaller than k climb, field by field, a ladder per quasi-identifier: the
    raw value, then its generalisation (``generalise[field]``, e.g. age -> age band) if given,
    then withheld (""). Each step applies one field's next rung to every row still in a small
    class; the field chosen is the one after which the most rows sit in classes of >= k (ties:
    the fewest values changed, then the order of ``quasi``). When no row of a small class can
    climb further (its quasi-identifiers all withheld), the rows still in small classes are
    dropped. Returns the rows (copies, in order) and what the export lost: the values withheld
    in the rows kept (a value that was already "" is not counted) plus the rows dropped. Other
    fields are left alone; generalised values are not counted.
    """
    generalise = dict(generalise or {})
    quasi = list(quasi)
    out = [dict(r) for r in rows]
    level = [[0] * len(quasi) for _ in out]      # 0 raw, 1 generalised, 2 withheld
    top = [2 for _ in quasi]

    def key(r: dict[str, str]) -> tuple[str, ...]:
        return tuple(r.get(q, "") for q in quasi)

    def rung(x: int, q: int) -> tuple[int, str]:
        """Row x's field q one rung up: (level, value)."""
        lv = level[x][q]
        if lv == 0 and quasi[q] in generalise:
            return 1, generalise[quasi[q]](rows[x].get(quasi[q], ""))
        return 2, ""

    keys = [key(r) for r in out]
    sizes = Counter(keys)

    def counted(size: int) -> int:
        return size if size >= k else 0

    small = [x for x in range(len(out)) if sizes[keys[x]] < k]
    while small:
        # Only rows of small classes move and a big class never shrinks: each candidate is
        # scored by the classes it touches.
        best = None
        for q in range(len(quasi)):
            movers = [x for x in small if level[x][q] < top[q]]
            if not movers:
                continue
            trial = {x: rung(x, q) for x in movers}
            delta: Counter[tuple[str, ...]] = Counter()
            for x, (_lv, value) in trial.items():
                delta[keys[x]] -= 1
                delta[keys[x][:q] + (value,) + keys[x][q + 1:]] += 1
            gain = sum(counted(sizes[kk] + d) - counted(sizes[kk]) for kk, d in delta.items())
            changed = sum(1 for x in movers if keys[x][q] != trial[x][1])
            score = (gain, -changed, -q)
            if best is None or score > best[0]:
                best = (score, q, trial)
        if best is None:
            break
        _s, q, trial = best
        for x, (lv, value) in trial.items():
            level[x][q] = lv
            out[x][quasi[q]] = value
            sizes[keys[x]] -= 1
            keys[x] = keys[x][:q] + (value,) + keys[x][q + 1:]
            sizes[keys[x]] += 1
        small = [x for x in small if sizes[keys[x]] < k]
    sizes = Counter(key(r) for r in out)
    kept = [x for x, r in enumerate(out) if sizes[key(r)] >= k]
    withheld = sum(1 for x in kept for q in quasi if rows[x].get(q, "") and not out[x].get(q, ""))
    return [out[x] for x in kept], withheld + (len(out) - len(kept))
