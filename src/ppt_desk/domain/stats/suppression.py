"""Small figures hidden at the edge (T12, ADR 0020): cell suppression and k-anonymity.

Every table that leaves the app passes ``suppress_table``; the HTCDS case-level export passes
``k_anonymise``. Pure Python, standard library only.

The protection rule (``suppress_matrix``)
-----------------------------------------
A *figure* is a cell, a row total, a column total or the grand total. Published figures are
0 or >= k (k = 11). For every hidden figure with true value ``v``, let ``[lo, hi]`` be its
feasible range: the smallest and largest value it takes over all tables of non-negative
numbers that agree with every published figure and with the table's structure (below);
``hi`` may be infinite. The suppression is accepted only if

* ``lo < hi`` for every hidden figure (nothing hidden is recovered exactly), and
* ``lo == 0`` or ``hi >= k`` for every hidden figure with ``1 <= v <= k - 1``: the published
  figures never prove that a small figure is a small non-zero count ("1 to 10 persons"). As
  the range is an interval, this is exactly "the attacker cannot show 1 <= v <= k - 1"; it
  also means a small figure is never pinned to within a range that excludes both 0 and
  every publishable value.

The structure the attacker is assumed to know:

* additive tables (rows partition the cases): every row's cells add up to its row total,
  every column's cells to its column total, the row totals and the column totals to the
  grand total. The feasible ranges are computed exactly: the table with its totals is a
  circulation in a network (rows -> columns -> Z -> S -> rows), a hidden figure can move by
  as much flow as can go round a cycle of hidden figures, a max-flow. Network matrices are
  totally unimodular, so the ends of the range are integers and the range is the same for an
  attacker who also uses that counts are whole numbers.
* non-additive tables (``additive_rows=False``: a case can sit in several rows): every row's
  cells add up to its row total and the column totals add up to the grand total (columns
  always partition); a cell is at most its column total, a row total at most the grand total;
  and, when the true figures satisfy it (the rows then list every code), every column's cells
  add up to at least its column total and the row totals to at least the grand total. Ranges
  here are checked first in restricted models (the attacker also knowing the true column
  totals and total, for the cells and row totals; the true cells and row totals, for the
  column totals and total: networks again, and passing them is sufficient since knowing more
  only narrows a range), and what fails them by an exact linear programme (a fraction-free
  simplex). Caveat: this matrix is not totally unimodular, so an attacker who also uses that
  counts are whole numbers could, in principle, find a narrower range than the real-valued
  one checked here; an integer brute force over 657 small random multi-valued tables (up to
  3 rows x 2 columns) found no such case, nor does the test's (not a proof).

A hidden figure that can be worked out exactly is useless as well as misleading: publishing it
would change no range. The clean-up (step 5) publishes such complementary figures again; the
"not exact" part of the rule keeps the audit honest where the clean-up is not run.

Zeros are never small cells: they are published, unless a zero is picked as a complementary
figure (it is then the cheapest one). A published zero is a known figure like any other: a row
``[3, 0, 0 | 3]`` hides its 3 *and* its total, and the audit (which sees every published
zero) refuses any pattern where zeros let a neighbour be recovered, e.g. a hidden 4 whose
column is otherwise zeros under a published column total.

The algorithm
-------------
1. Primary suppression: every figure from 1 to k - 1 (cells and totals) is hidden.
2. Audit: the rule above for every hidden figure.
3. Complementary suppression for each failing figure. Additive tables: the cheapest
   "hypercube" (a rectangle of four figures in the table extended by its totals: two rows,
   two columns, the totals line and column included) whose cycle alone lets the figure move
   far enough (down to 0 or up to k for a small one, by one for any other), the cost being
   the values of the newly hidden figures (totals weigh more than cells, the grand total
   most). Non-additive tables: the cheapest figure in the same row (or, for the column
   totals, in the totals line), then in the same column.
4. Back to 2 until the audit passes. A round that finds nothing to add hides the failing
   figure's whole row and column; if that is already hidden, everything is hidden (a table
   with every figure hidden always passes: all ranges are [0, infinity)). Every round hides at
   least one more figure, so it ends.
5. Clean-up: the complementary figures, dearest first (at most ``CLEAN_UP`` of them, in
   tables with at most ``CLEAN_UP_HIDDEN`` hidden figures), are published again one by one
   when the audit still passes without them.

Where it lives
--------------
This module: the search (steps 1, 3, 4, 5), ``suppress_matrix`` and ``suppress_table``.
``suppression_audit``: the rule's check (step 2, the networks and the exact programme of
``exact_lp``), ``audit``, ``feasible_ranges``, ``Mask``. ``k_anonymity``: ``k_anonymise``.
All of them are importable from here.
"""
from __future__ import annotations

from dataclasses import replace

from .k_anonymity import k_anonymise
from .model import StatTable
from .suppression_audit import (
    INF,
    K,
    Fig,
    Mask,
    Table,
    audit,
    failing,
    feasible_ranges,
    mask_of,
)

__all__ = ["K", "Mask", "audit", "feasible_ranges", "k_anonymise", "suppress_matrix",
           "suppress_table"]

CLEAN_UP = 24          # complementary figures tried for publishing again after the search,
CLEAN_UP_HIDDEN = 80   # in tables with at most this many hidden figures (each try is an audit)


# -- complementary suppression ------------------------------------------------------------------
def _sign(index: int, last: int) -> int:
    return -1 if index == last else 1


def _rectangle(t: Table, hidden: set[Fig], f: Fig) -> list[Fig] | None:
    """The cheapest rectangle through ``f`` whose cycle alone protects it (its new figures)."""
    m, n = t.m, t.n
    r1, c1 = f
    v = t.value[f]
    need_down, need_up = (v, t.k - v) if t.small(f) else (1, 1)
    best: tuple[int, int, list[Fig]] | None = None
    for r2 in range(m + 1):
        if r2 == r1:
            continue
        for c2 in range(n + 1):
            if c2 == c1:
                continue
            sr = _sign(r1, m) * _sign(r2, m)
            sc = _sign(c1, n) * _sign(c2, n)
            corners = (((r1, c2), -sc), ((r2, c1), -sr), ((r2, c2), sr * sc))
            up = min((t.value[g] for g, d in corners if d < 0), default=INF)
            down = min([v, *(t.value[g] for g, d in corners if d > 0)])
            if not (down >= need_down or up >= need_up):
                continue
            new = [g for g, _d in corners if g not in hidden]
            if not new:
                continue
            cost = sum(t.cost(g) for g in new)
            if best is None or (cost, len(new)) < best[:2]:
                best = (cost, len(new), new)
    return None if best is None else best[2]


def _partner(t: Table, hidden: set[Fig], f: Fig) -> list[Fig] | None:
    """Non-additive: the cheapest figure to hide beside ``f`` (its row, then its column)."""
    m, n = t.m, t.n
    i, j = f
    line = [(i, jj) for jj in range(n + 1) if jj != j]
    column = [(ii, j) for ii in range(m + 1) if ii != i]
    for group in (line, column):
        free = [g for g in group if g not in hidden]
        if free:
            return [min(free, key=lambda g: (t.cost(g), g))]
    return None



def suppress_matrix(cells: list[list[int]], row_totals: list[int], column_totals: list[int],
                    total: int, additive_rows: bool = True, k: int = K) -> Mask:
    """Which figures to hide so that none published is from 1 to k - 1 and no hidden one can be
    recovered (the rule in the module's docstring)."""
    t = Table(cells, row_totals, column_totals, total, additive_rows, k)
    m, n = t.m, t.n
    everything = set(t.value)
    hidden = {f for f in everything if t.small(f)}
    while True:
        bad = failing(t, hidden)
        if not bad or hidden == everything:
            break
        added = False
        for f in bad:
            new = (_rectangle(t, hidden, f) if t.additive else _partner(t, hidden, f))
            if new:
                hidden.update(new)
                added = True
        if not added:
            f = bad[0]
            cross = {(f[0], jj) for jj in range(n + 1)} | {(ii, f[1]) for ii in range(m + 1)}
            hidden |= cross if not cross <= hidden else everything
    # Clean-up: publish again what the audit does not need, the dearest first (a greedy
    # choice made early can be made redundant by a later one). Bounded: each try is an audit.
    spare = sorted((f for f in hidden if not t.small(f)), key=lambda f: (-t.cost(f), f))
    for f in spare[:CLEAN_UP] if len(hidden) <= CLEAN_UP_HIDDEN else ():
        if not failing(t, hidden - {f}):
            hidden.discard(f)
    return mask_of(hidden, m, n)


def suppress_table(table: StatTable, k: int = K) -> StatTable:
    """A copy of ``table`` with the hidden figures None, ``exact=False`` and ``suppressed`` the
    number hidden. A table already suppressed is returned as it is."""
    if not table.exact:
        return table
    figures = [table.total, *table.row_totals, *table.column_totals,
               *(v for r in table.cells for v in r)]
    if any(v is None for v in figures):
        raise ValueError(f"table {table.key}: figures missing in an exact table")
    cells = [list(r) for r in table.cells]
    mask = suppress_matrix(cells, list(table.row_totals), list(table.column_totals),
                           table.total, table.additive_rows, k)
    return replace(
        table,
        cells=tuple(tuple(None if h else v for v, h in zip(r, hr, strict=True))
                    for r, hr in zip(table.cells, mask.cells, strict=True)),
        row_totals=tuple(None if h else v
                         for v, h in zip(table.row_totals, mask.row_totals, strict=True)),
        column_totals=tuple(None if h else v
                            for v, h in zip(table.column_totals, mask.column_totals, strict=True)),
        total=None if mask.total else table.total,
        exact=False,
        suppressed=mask.count,
    )
