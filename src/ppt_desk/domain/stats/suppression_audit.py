"""The audit of a suppression (T12, ADR 0020): how far each hidden figure can move given the
published ones, and which hidden figures break the protection rule (stated in ``suppression``'s
docstring). Standard library only.

Here: the table extended by its totals (``Table``) and the ``Mask`` of hidden figures; the
flow networks that give the exact ranges in additive tables and the sufficient restricted
checks in multi-valued (non-additive) ones; the exact linear programme (``exact_lp``) for what
fails those; ``audit`` and ``feasible_ranges``, the public views of it. The search for what to
hide is in ``suppression``.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from fractions import Fraction

from .exact_lp import ExactLP

K = 11

INF = 1 << 60

Fig = tuple[int, int]  # (i, j) in the extended table: i == m the column totals, j == n the row totals


@dataclass(frozen=True)
class Mask:
    """Which figures to hide (True = hidden)."""

    cells: tuple[tuple[bool, ...], ...]
    row_totals: tuple[bool, ...]
    column_totals: tuple[bool, ...]
    total: bool

    @property
    def count(self) -> int:
        return (sum(sum(r) for r in self.cells) + sum(self.row_totals)
                + sum(self.column_totals) + int(self.total))


# -- the table extended by its totals ---------------------------------------------------------
class Table:
    """The figures of a table with its totals, by (i, j) in the extended table, checked."""

    def __init__(self, cells: list[list[int]], row_totals: list[int], column_totals: list[int],
                 total: int, additive: bool, k: int) -> None:
        m, n = len(row_totals), len(column_totals)
        if len(cells) != m or any(len(r) != n for r in cells):
            raise ValueError("cells must be len(row_totals) x len(column_totals)")
        figures = [*row_totals, *column_totals, total, *(v for r in cells for v in r)]
        if any(not isinstance(v, int) or v < 0 for v in figures):
            raise ValueError("figures must be non-negative integers")
        for i in range(m):
            if sum(cells[i]) != row_totals[i]:
                raise ValueError(f"row {i}: the cells do not add up to the row total")
        if sum(column_totals) != total:
            raise ValueError("the column totals do not add up to the total")
        if additive:
            for j in range(n):
                if sum(cells[i][j] for i in range(m)) != column_totals[j]:
                    raise ValueError(f"column {j}: the cells do not add up to the column total")
        else:
            for j in range(n):
                if any(cells[i][j] > column_totals[j] for i in range(m)):
                    raise ValueError(f"column {j}: a cell is larger than its column total")
            if any(r > total for r in row_totals):
                raise ValueError("a row total is larger than the total")
        self.m, self.n, self.k, self.additive = m, n, k, additive
        self.value: dict[Fig, int] = {(i, j): cells[i][j] for i in range(m) for j in range(n)}
        for i in range(m):
            self.value[(i, n)] = row_totals[i]
        for j in range(n):
            self.value[(m, j)] = column_totals[j]
        self.value[(m, n)] = total
        # Non-additive tables: do the rows list every code (each counted case in some row)?
        self.covering = (not additive
                         and all(sum(cells[i][j] for i in range(m)) >= column_totals[j]
                                 for j in range(n))
                         and sum(row_totals) >= total)

    def small(self, f: Fig) -> bool:
        return 1 <= self.value[f] < self.k

    def cost(self, f: Fig) -> int:
        i, j = f
        t = (i == self.m) + (j == self.n)
        return (self.value[f] + 1) * (1, 3, 9)[t] + (0, 10, 100)[t]

    def ok(self, f: Fig, down: int, up: int) -> bool:
        """The rule, given how far ``f`` can move down and up (capped amounts)."""
        v = self.value[f]
        if 1 <= v < self.k:
            return down >= v or up >= self.k - v
        return down >= 1 or up >= 1


# -- networks: how far a hidden figure can move ------------------------------------------------
class _Net:
    """Arcs with bounds and a feasible flow; only the hidden arcs have residual capacity."""

    def __init__(self, nodes: int) -> None:
        self.nodes = nodes
        self.arcs: list[tuple[int, int, int, int, int]] = []   # u, v, lower, upper, flow

    def add(self, u: int, v: int, lower: int, upper: int, flow: int) -> int:
        self.arcs.append((u, v, lower, upper, flow))
        return len(self.arcs) - 1

    def _push(self, src: int, dst: int, need: int, skip: int) -> int:
        """Max flow src -> dst in the residual graph without arc ``skip``, stopped at ``need``."""
        if need <= 0:
            return 0
        cap: dict[tuple[int, int], int] = {}
        adj: list[set[int]] = [set() for _ in range(self.nodes)]
        for a, (u, v, lo, hi, f) in enumerate(self.arcs):
            if a == skip:
                continue
            if hi - f > 0:
                cap[(u, v)] = cap.get((u, v), 0) + (hi - f)
                adj[u].add(v)
            if f - lo > 0:
                cap[(v, u)] = cap.get((v, u), 0) + (f - lo)
                adj[v].add(u)
        got = 0
        while got < need:
            prev = {src: src}
            queue = deque([src])
            while queue and dst not in prev:
                x = queue.popleft()
                for y in adj[x]:
                    if y not in prev and cap.get((x, y), 0) > 0:
                        prev[y] = x
                        queue.append(y)
            if dst not in prev:
                break
            path, y = [], dst
            while y != src:
                path.append((prev[y], y))
                y = prev[y]
            amount = min(min(cap[e] for e in path), need - got)
            for (x, y) in path:
                cap[(x, y)] -= amount
                cap[(y, x)] = cap.get((y, x), 0) + amount
                adj[y].add(x)
            got += amount
        return got

    def moves(self, a: int, need_down: int, need_up: int) -> tuple[int, int]:
        """How far arc ``a``'s flow can go down / up (each capped at its ``need``)."""
        u, v, lo, hi, f = self.arcs[a]
        down = self._push(u, v, min(need_down, f - lo), a)
        up = self._push(v, u, min(need_up, hi - f), a)
        return down, up

    def range(self, a: int) -> tuple[int, int | None]:
        u, v, lo, hi, f = self.arcs[a]
        down = self._push(u, v, f - lo, a)
        up = self._push(v, u, min(hi - f, INF), a)
        return f - down, (None if up >= INF // 2 else f + up)


def _additive_net(t: Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
    m, n = t.m, t.n
    net = _Net(m + n + 2)
    s, z = 0, m + n + 1
    arcs: dict[Fig, int] = {}
    for f in hidden:
        i, j = f
        if i < m and j < n:
            u, v = 1 + i, 1 + m + j
        elif i < m:
            u, v = s, 1 + i
        elif j < n:
            u, v = 1 + m + j, z
        else:
            u, v = z, s
        arcs[f] = net.add(u, v, 0, INF, t.value[f])
    return net, arcs


def _restricted_net(t: Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
    """Non-additive, the attacker also knowing the true column totals and grand total."""
    m, n = t.m, t.n
    net = _Net(m + n + 2)
    s, z = 0, m + n + 1
    total = t.value[(m, n)]
    arcs: dict[Fig, int] = {}
    for f in hidden:
        i, j = f
        if i < m and j < n:
            arcs[f] = net.add(1 + i, 1 + m + j, 0, t.value[(m, j)], t.value[f])
        elif i < m:
            arcs[f] = net.add(s, 1 + i, 0, total, t.value[f])
    for j in range(n):      # the column's cells together (not a figure)
        colsum = sum(t.value[(i, j)] for i in range(m))
        net.add(1 + m + j, z, t.value[(m, j)] if t.covering else 0, INF, colsum)
    net.add(z, s, 0, INF, sum(t.value[(i, n)] for i in range(m)))
    return net, arcs


# -- the exact model (non-additive tables) ------------------------------------------------------
def _exact_lp(t: Table, hidden: set[Fig]) -> tuple[ExactLP, dict[Fig, int]]:
    """The non-additive attacker's exact model over the hidden figures."""
    m, n = t.m, t.n
    var = {f: x for x, f in enumerate(sorted(hidden))}
    cons: list[tuple[dict[int, int], str, int]] = []

    def add(terms: list[tuple[Fig, int]], op: str) -> None:
        coeffs: dict[int, int] = {}
        rhs = 0
        for f, c in terms:
            if f in var:
                coeffs[var[f]] = coeffs.get(var[f], 0) + c
            else:
                rhs -= c * t.value[f]
        if any(coeffs.values()):
            cons.append((coeffs, op, rhs))

    for i in range(m):
        add([*(((i, j), 1) for j in range(n)), ((i, n), -1)], "=")
        add([((i, n), 1), ((m, n), -1)], "<=")
        for j in range(n):
            add([((i, j), 1), ((m, j), -1)], "<=")
    add([*(((m, j), 1) for j in range(n)), ((m, n), -1)], "=")
    if t.covering:
        for j in range(n):
            add([((m, j), 1), *(((i, j), -1) for i in range(m))], "<=")
        add([((m, n), 1), *(((i, n), -1) for i in range(m))], "<=")
    return ExactLP(len(var), cons), var


# -- the audit ----------------------------------------------------------------------------------
def failing(t: Table, hidden: set[Fig]) -> list[Fig]:
    k = t.k
    bad: list[Fig] = []
    if t.additive:
        net, arcs = _additive_net(t, hidden)
        for f in sorted(hidden):
            down, up = net.moves(arcs[f], t.value[f] if t.small(f) else 1,
                                 k - t.value[f] if t.small(f) else 1)
            if not t.ok(f, down, up):
                bad.append(f)
        return bad
    # Sufficient checks first (restricted models, networks): cells and row totals with the
    # column totals and the total known; column totals and the total with the cells and row
    # totals known. What fails one of them goes to the exact programme.
    doubtful: list[Fig] = []
    for net, arcs in (_restricted_net(t, hidden), _totals_net(t, hidden)):
        for f, a in sorted(arcs.items()):
            small = t.small(f)
            down, up = net.moves(a, t.value[f] if small else 1, k - t.value[f] if small else 1)
            if not t.ok(f, down, up):
                doubtful.append(f)
    if not doubtful:
        return bad
    lp, var = _exact_lp(t, hidden)
    for f in sorted(doubtful):
        v = t.value[f]
        lo = -_none_to_inf(lp.extreme(var[f], -1))
        if lo < v and (lo == 0 or not 1 <= v < k):
            continue                    # can go below v (to 0 for a small one): enough
        hi = lp.extreme(var[f], 1)
        if 1 <= v < k:
            good = lo <= 0 or hi is None or hi >= k
        else:
            good = hi is None or lo < hi
        if not good:
            bad.append(f)
    return bad


def _none_to_inf(x: Fraction | None) -> Fraction:
    assert x is not None        # min of a variable >= 0 is bounded
    return x


def _totals_net(t: Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
    """Non-additive, the attacker also knowing the true cells and row totals: the column
    totals (each between its largest cell and, rows listing every code, its cells' sum) add up
    to the total (between the largest row total and, likewise, the row totals' sum)."""
    m, n = t.m, t.n
    net = _Net(2)
    arcs: dict[Fig, int] = {}
    for j in range(n):
        if (m, j) in hidden:
            cells = [t.value[(i, j)] for i in range(m)]
            arcs[(m, j)] = net.add(0, 1, max(cells, default=0),
                                   sum(cells) if t.covering else INF, t.value[(m, j)])
    if (m, n) in hidden:
        rows = [t.value[(i, n)] for i in range(m)]
        arcs[(m, n)] = net.add(1, 0, max(rows, default=0),
                               sum(rows) if t.covering else INF, t.value[(m, n)])
    return net, arcs


def audit(cells: list[list[int]], row_totals: list[int], column_totals: list[int], total: int,
          mask: Mask, additive_rows: bool = True, k: int = K) -> list[Fig]:
    """The hidden figures of ``mask`` that break the rule (``suppression``'s docstring), in the
    extended table's coordinates: (i, j) a cell, (i, n) row i's total, (m, j) column j's
    total, (m, n) the total. Published small figures are not this function's business."""
    t = Table(cells, row_totals, column_totals, total, additive_rows, k)
    return failing(t, hidden_of(mask, t.m, t.n))


def feasible_ranges(cells: list[list[int]], row_totals: list[int], column_totals: list[int],
                    total: int, mask: Mask, additive_rows: bool = True,
                    k: int = K) -> dict[Fig, tuple[int, int | None]]:
    """The exact range of every hidden figure given the published ones (None = unbounded).

    Additive tables only (the network is exact there); for the report and the tests.
    """
    if not additive_rows:
        raise ValueError("exact ranges are computed for additive tables only")
    t = Table(cells, row_totals, column_totals, total, True, k)
    hidden = hidden_of(mask, t.m, t.n)
    net, arcs = _additive_net(t, hidden)
    return {f: net.range(arcs[f]) for f in sorted(hidden)}


def mask_of(hidden: set[Fig], m: int, n: int) -> Mask:
    return Mask(cells=tuple(tuple((i, j) in hidden for j in range(n)) for i in range(m)),
                row_totals=tuple((i, n) in hidden for i in range(m)),
                column_totals=tuple((m, j) in hidden for j in range(n)),
                total=(m, n) in hidden)


def hidden_of(mask: Mask, m: int, n: int) -> set[Fig]:
    hidden = {(i, j) for i in range(m) for j in range(n) if mask.cells[i][j]}
    hidden |= {(i, n) for i in range(m) if mask.row_totals[i]}
    hidden |= {(m, j) for j in range(n) if mask.column_totals[j]}
    if mask.total:
        hidden.add((m, n))
    return hidden
