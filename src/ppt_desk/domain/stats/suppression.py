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
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from math import gcd

from .model import StatTable

K = 11
CLEAN_UP = 24          # complementary figures tried for publishing again after the search,
CLEAN_UP_HIDDEN = 80   # in tables with at most this many hidden figures (each try is an audit)

_INF = 1 << 60

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
class _Table:
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
        up = self._push(v, u, min(hi - f, _INF), a)
        return f - down, (None if up >= _INF // 2 else f + up)


def _additive_net(t: _Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
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
        arcs[f] = net.add(u, v, 0, _INF, t.value[f])
    return net, arcs


def _restricted_net(t: _Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
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
        net.add(1 + m + j, z, t.value[(m, j)] if t.covering else 0, _INF, colsum)
    net.add(z, s, 0, _INF, sum(t.value[(i, n)] for i in range(m)))
    return net, arcs


# -- an exact linear programme over fractions (non-additive tables) -----------------------------
class _LP:
    """max / min of one variable over {x >= 0 : rows}, two-phase simplex, Bland's rule.

    ``cons``: (coefficients {var: int}, "=" or "<=", rhs int). The system must be feasible.
    Exact and fraction-free: every tableau row is kept in integers, scaled by a positive
    factor and divided by the gcd of its entries after each pivot (a row's scale changes no
    ratio and no sign, the only things the simplex reads); the objective row carries its
    scale to give the exact optimum as a Fraction.
    """

    def __init__(self, nvars: int, cons: list[tuple[dict[int, int], str, int]]) -> None:
        slacks = sum(1 for _c, op, _r in cons if op == "<=")
        width = nvars + slacks
        pending: list[tuple[list[int], int | None]] = []
        s = nvars
        for coeffs, op, rhs in cons:
            row = [0] * (width + 1)
            for var, c in coeffs.items():
                row[var] += c
            slack = None
            if op == "<=":
                slack = s
                row[s] = 1
                s += 1
            row[-1] = rhs
            if rhs < 0:
                row = [-x for x in row]
                slack = None            # the slack has -1 now: an artificial starts the row
            pending.append((row, slack))
        nart = sum(1 for _r, slack in pending if slack is None)
        rows: list[list[int]] = []
        basis: list[int] = []
        a = width
        for row, slack in pending:
            full = row[:-1] + [0] * nart + [row[-1]]
            if slack is None:
                full[a] = 1
                slack = a
                a += 1
            basis.append(slack)
            rows.append(full)
        self.rows, self.basis, self.width = rows, basis, width
        if nart:
            obj = [0] * (width + nart + 1)
            for j in range(width, width + nart):
                obj[j] = -1
            value = self._maximise(obj, rows, basis)
            if value != 0:
                raise ValueError("the table's figures are inconsistent")
            keep = []
            for r, b in enumerate(basis):        # drive the artificials out (their rhs is 0)
                if b >= width:
                    col = next((j for j in range(width) if rows[r][j] != 0), None)
                    if col is None:
                        continue                 # a redundant row
                    if rows[r][col] < 0:
                        rows[r] = [-x for x in rows[r]]
                    self._pivot(rows, basis, r, col, None)
                keep.append(r)
            self.rows = [rows[r][:width] + [rows[r][-1]] for r in keep]
            self.basis = [basis[r] for r in keep]

    @staticmethod
    def _reduce(row: list[int]) -> list[int]:
        g = 0
        for x in row:
            if x:
                g = gcd(g, x)
                if g == 1:
                    return row
        return row if g in (0, 1) else [x // g for x in row]

    @classmethod
    def _eliminate(cls, other: list[int], prow: list[int], c: int, nz: list[int]) -> list[int]:
        """``other`` * p - other[c] * ``prow`` (p = prow[c] > 0), reduced: other[c] becomes 0."""
        p, f = prow[c], other[c]
        out = [x * p for x in other] if p != 1 else list(other)
        for j in nz:
            out[j] -= f * prow[j]
        return cls._reduce(out)

    @classmethod
    def _pivot(cls, rows: list[list[int]], basis: list[int], r: int, c: int,
               z: list[list[int]] | None) -> None:
        prow = rows[r] = cls._reduce(rows[r])
        nz = [j for j, x in enumerate(prow) if x]
        for i, other in enumerate(rows):
            if i != r and other[c]:
                rows[i] = cls._eliminate(other, prow, c, nz)
        if z is not None and z[0][c]:
            z[0] = cls._eliminate_objective(z, prow, c, nz, prow[c])
        basis[r] = c

    @staticmethod
    def _eliminate_objective(z: list[list[int]], prow: list[int], c: int, nz: list[int],
                             p: int) -> list[int]:
        row, scale = z[0], z[1][0]
        f = row[c]
        out = [x * p for x in row]
        for j in nz:
            out[j] -= f * prow[j]
        scale *= p
        g = scale
        for x in out:
            if x:
                g = gcd(g, x)
        z[1][0] = scale // g
        return [x // g for x in out]

    def _maximise(self, obj: list[int], rows: list[list[int]],
                  basis: list[int]) -> Fraction | None:
        z = [list(obj), [1]]          # the objective row (reduced costs, -value) and its scale
        for r, b in enumerate(basis):
            if z[0][b]:
                nz = [j for j, x in enumerate(rows[r]) if x]
                z[0] = self._eliminate_objective(z, rows[r], b, nz, rows[r][b])
        while True:
            row = z[0]
            c = next((j for j in range(len(row) - 1) if row[j] > 0), None)
            if c is None:
                return Fraction(-row[-1], z[1][0])
            best: tuple[int, int, int] | None = None       # r, rhs, a: the smallest rhs / a
            for r, other in enumerate(rows):
                a = other[c]
                if a > 0:
                    if best is None:
                        best = (r, other[-1], a)
                        continue
                    lhs, rhs = other[-1] * best[2], best[1] * a
                    if lhs < rhs or (lhs == rhs and basis[r] < basis[best[0]]):
                        best = (r, other[-1], a)
            if best is None:
                return None
            self._pivot(rows, basis, best[0], c, z)

    def extreme(self, var: int, sign: int) -> Fraction | None:
        """max of sign * x[var] (None: unbounded)."""
        obj = [0] * (self.width + 1)
        obj[var] = sign
        return self._maximise(obj, [list(r) for r in self.rows], list(self.basis))


def _exact_lp(t: _Table, hidden: set[Fig]) -> tuple[_LP, dict[Fig, int]]:
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
    return _LP(len(var), cons), var


# -- the audit ----------------------------------------------------------------------------------
def _failing(t: _Table, hidden: set[Fig]) -> list[Fig]:
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


def _totals_net(t: _Table, hidden: set[Fig]) -> tuple[_Net, dict[Fig, int]]:
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
                                   sum(cells) if t.covering else _INF, t.value[(m, j)])
    if (m, n) in hidden:
        rows = [t.value[(i, n)] for i in range(m)]
        arcs[(m, n)] = net.add(1, 0, max(rows, default=0),
                               sum(rows) if t.covering else _INF, t.value[(m, n)])
    return net, arcs


def audit(cells: list[list[int]], row_totals: list[int], column_totals: list[int], total: int,
          mask: Mask, additive_rows: bool = True, k: int = K) -> list[Fig]:
    """The hidden figures of ``mask`` that break the rule (the module's docstring), in the
    extended table's coordinates: (i, j) a cell, (i, n) row i's total, (m, j) column j's
    total, (m, n) the total. Published small figures are not this function's business."""
    t = _Table(cells, row_totals, column_totals, total, additive_rows, k)
    return _failing(t, _hidden_of(mask, t.m, t.n))


def feasible_ranges(cells: list[list[int]], row_totals: list[int], column_totals: list[int],
                    total: int, mask: Mask, additive_rows: bool = True,
                    k: int = K) -> dict[Fig, tuple[int, int | None]]:
    """The exact range of every hidden figure given the published ones (None = unbounded).

    Additive tables only (the network is exact there); for the report and the tests.
    """
    if not additive_rows:
        raise ValueError("exact ranges are computed for additive tables only")
    t = _Table(cells, row_totals, column_totals, total, True, k)
    hidden = _hidden_of(mask, t.m, t.n)
    net, arcs = _additive_net(t, hidden)
    return {f: net.range(arcs[f]) for f in sorted(hidden)}


# -- complementary suppression ------------------------------------------------------------------
def _sign(index: int, last: int) -> int:
    return -1 if index == last else 1


def _rectangle(t: _Table, hidden: set[Fig], f: Fig) -> list[Fig] | None:
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
            up = min((t.value[g] for g, d in corners if d < 0), default=_INF)
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


def _partner(t: _Table, hidden: set[Fig], f: Fig) -> list[Fig] | None:
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
    t = _Table(cells, row_totals, column_totals, total, additive_rows, k)
    m, n = t.m, t.n
    everything = set(t.value)
    hidden = {f for f in everything if t.small(f)}
    while True:
        bad = _failing(t, hidden)
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
        if not _failing(t, hidden - {f}):
            hidden.discard(f)
    return _mask_of(hidden, m, n)


def _mask_of(hidden: set[Fig], m: int, n: int) -> Mask:
    return Mask(cells=tuple(tuple((i, j) in hidden for j in range(n)) for i in range(m)),
                row_totals=tuple((i, n) in hidden for i in range(m)),
                column_totals=tuple((m, j) in hidden for j in range(n)),
                total=(m, n) in hidden)


def _hidden_of(mask: Mask, m: int, n: int) -> set[Fig]:
    hidden = {(i, j) for i in range(m) for j in range(n) if mask.cells[i][j]}
    hidden |= {(i, n) for i in range(m) if mask.row_totals[i]}
    hidden |= {(m, j) for j in range(n) if mask.column_totals[j]}
    if mask.total:
        hidden.add((m, n))
    return hidden


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


# -- k-anonymity (the HTCDS case-level export) --------------------------------------------------
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
