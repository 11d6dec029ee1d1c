"""The data of the statistics: a case's facts, the counts over them, the tables made of them.

Facts are computed per case (``facts.facts_of``) and kept in the derived tables ``stat_case`` /
``stat_fact`` (storage/stats_schema.py; rebuilt from the record at any time, never synced). The
store answers one aggregate query per period and scope (``Counts``); ``tables.build_tables``
makes the page's tables from it; ``suppression`` hides small cells in every table that leaves
the app.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from .period import Period

ALL = "*"          # Counts: "any code of the dimension" (distinct cases), "any sex", "any age"
SEXES = ("L", "P")  # the seeds' laki-laki / perempuan; "" = not recorded


@dataclass(frozen=True)
class StatCaseInput:
    """What ``facts.facts_of`` needs of a case besides its records (built by storage)."""

    case_id: str
    person_id: str
    office_id: str
    intake_date: date
    intake_channel: str
    victim_status: str
    victim_role: str
    modus: tuple[str, ...]
    sex: str                               # L | P | ""
    age_at_intake: int | None
    age_band: str | None                   # age_band code (ANAK | DEWASA | LANSIA) or None
    birth_date: date | None
    estimated_age: int | None
    stage: str
    status: str                            # case_file.status (AKTIF | DITUTUP ...)
    transferred: bool                      # moved to another PPT (copy left here)
    origin_province: str                   # the person's province / regency codes ("" unknown)
    origin_regency: str
    citizenship: str                       # country code ("" unknown)
    earlier_cases: int                     # cases of the same person with an earlier intake
    stages_reached: tuple[tuple[str, date], ...] = ()   # applied stage changes: (stage, day)


@dataclass(frozen=True, order=True)
class Fact:
    """This case has ``code`` in dimension ``dim`` on ``on_date`` (value: days or rupiah for
    valued dimensions)."""

    dim: str
    code: str
    on_date: date
    value: int | None = None


@dataclass(frozen=True)
class Scope:
    """Whose cases: every case of the store ("SEMUA": this PPT, or the whole province at the
    secretariat), the cases registered by PPTs of one regency, or by one PPT (office id)."""

    kind: str = "SEMUA"      # SEMUA | KABUPATEN | PPT
    code: str = ""           # regency code or office id
    label_id: str = ""
    label_en: str = ""

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id


@dataclass(frozen=True)
class Counts:
    """Distinct cases per (dimension, code, sex, age group) in one period and scope.

    ``cells[(dim, code, sex, age_band)]``: code ``ALL`` holds the distinct cases with any code
    of the dimension (for multi dimensions this is not the sum of the codes). Sex and age group
    are the case's ("" = unknown). ``values[(dim, code)]``: the values of valued dimensions
    (days from intake to a stage), one per case, sorted.
    """

    period: Period
    scope: Scope
    cells: Mapping[tuple[str, str, str, str], int]
    values: Mapping[tuple[str, str], tuple[int, ...]] = field(default_factory=dict)
    persons: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (sex, age_band) -> distinct victims of "kasus"

    def cases(self, dim: str, code: str = ALL, sex: str | None = None,
              age_band: str | None = None) -> int:
        """Distinct cases; ``sex``/``age_band`` None = every one (they partition the cases)."""
        return sum(n for (d, c, s, a), n in self.cells.items()
                   if d == dim and c == code and (sex is None or s == sex)
                   and (age_band is None or a == age_band))

    def codes(self, dim: str) -> list[str]:
        return sorted({c for (d, c, _s, _a) in self.cells if d == dim and c != ALL})


@dataclass(frozen=True)
class Line:
    """A row or a column of a table: its code (for the list of cases behind a cell) and label."""

    code: str
    label_id: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id


@dataclass(frozen=True)
class CellRef:
    """Which cases a cell counts: the facts ``dim``/``code`` in the period and scope, narrowed
    by sex and age group (None = any). What "Lihat kasus" opens."""

    dim: str
    code: str = ALL
    sex: str | None = None
    age_band: str | None = None


@dataclass(frozen=True)
class StatTable:
    """One table: rows x columns of counts with row totals, column totals and the total.

    ``cells[r][c]`` is None where a small cell is suppressed (the exports; never inside the
    app for a user allowed to see the cases: ``exact``). ``additive_rows``: rows partition the
    cases, so the column totals are the sums of the rows (False for multi dimensions, where
    a case can sit in several rows). Columns always partition (sex, age group).
    ``refs[r][c]`` / ``row_refs`` / ``column_refs`` / ``total_ref`` say which cases each figure
    counts.
    """

    key: str
    title_id: str
    title_en: str
    rows: tuple[Line, ...]
    columns: tuple[Line, ...]
    cells: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None
    additive_rows: bool = True
    refs: tuple[tuple[CellRef, ...], ...] = ()
    row_refs: tuple[CellRef, ...] = ()
    column_refs: tuple[CellRef, ...] = ()
    total_ref: CellRef | None = None
    note_id: str = ""
    note_en: str = ""
    cite: str = ""
    exact: bool = True          # False once suppression has run over it
    suppressed: int = 0         # how many figures were hidden
    chart: str = "bar"          # bar | stacked | none: how charts.py draws it

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_id


@dataclass(frozen=True)
class Median:
    """Days from intake to a stage: how many cases reached it in the period, and the median
    and the 90th percentile of their days."""

    stage: str
    label_id: str
    label_en: str
    cases: int | None          # None: 1 to 10 cases, hidden with their days (not exact)
    median_days: float | None
    p90_days: float | None


@dataclass(frozen=True)
class StatReport:
    """Everything the Statistik page and the report show for one period and scope."""

    period: Period
    scope: Scope
    office_name: str
    tables: tuple[StatTable, ...]
    durations: tuple[Median, ...]
    exact: bool                 # True: exact figures (inside the app, for a user who may see
                                # the cases); False: small cells suppressed
    generated_on: date
