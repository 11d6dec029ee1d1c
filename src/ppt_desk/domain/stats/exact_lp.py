"""An exact linear programme over fractions: the largest and smallest value of one variable over
{x >= 0 : equalities and <= rows with integer coefficients}, by a fraction-free two-phase simplex
(Bland's rule, so it never cycles). ``suppression_audit`` uses it for the exact ranges of hidden
figures in multi-valued (non-additive) tables. Standard library only.
"""
from __future__ import annotations

from fractions import Fraction
from math import gcd


class ExactLP:
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
