"""The store's side of the statistics (``uow.stats``; implemented in storage/stats_repo.py).

The facts of each case (``domain.stats.facts``) are kept in the derived ``stat_case`` /
``stat_fact`` tables. The store finds the cases whose facts are missing or older than
``STATS_VERSION`` (``stale``), reads what the facts need (``inputs``) and keeps what the
service computed (``save``); it counts them per period and scope in one aggregate per query
shape (``counts``) and lists the cases behind a figure (``case_ids``, ``case_rows``).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ..domain import casework as cw
from ..domain.stats.model import CellRef, Counts, Fact, Scope, StatCaseInput
from ..domain.stats.period import Period
from .dto import CaseRow

AGE_BAND, SIMFONI_BAND = "age_band", "simfoni_band"   # which age grouping ``counts`` uses


@dataclass(frozen=True)
class StatInput:
    """One stale case: what ``facts.facts_of`` takes, and where its figures count."""

    case: StatCaseInput
    records: tuple[cw.Rec, ...]
    regency_code: str          # the regency of the office that registered the case ("" unknown)


@dataclass(frozen=True)
class StatRow:
    """What ``save`` keeps of one case: its breakdown columns and its facts."""

    case_id: str
    person_id: str
    office_id: str
    regency_code: str
    intake_date: date
    sex: str
    age_band: str
    simfoni_band: str
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class OfficeScope:
    """An office with cases in the store (``scopes``): a PPT, or this office."""

    office_id: str
    name: str
    kind: str
    province_code: str
    regency_code: str


class StatsRepository(Protocol):
    def stale(self, limit: int, version: int, after: str = "") -> list[str]:
        """Cases without facts, or with facts of another ``version`` (STATS_VERSION), by id
        from ``after`` on (a rebuild walks the cases once)."""

    def stale_count(self, version: int) -> int: ...

    def inputs(self, case_ids: Sequence[str]) -> list[StatInput]:
        """Everything the facts of ``case_ids`` need, in a handful of queries."""

    def save(self, rows: Sequence[StatRow], version: int) -> None:
        """Replace the facts of these cases (fast multi-row inserts)."""

    def rebuild_months(self) -> int:
        """Count the intake-dated facts of the months marked stale again into the monthly
        cube (``stat_month``); how many months."""

    def moved_offices(self) -> list[str]:
        """Offices whose regency is not the one their cases' facts carry."""

    def drop_offices(self, office_ids: Sequence[str]) -> None:
        """Forget the facts of every case of these offices (rebuilt before the next count)."""

    def counts(self, period: Period, scope: Scope, band: str = AGE_BAND,
               valued: Sequence[str] = ()) -> Counts:
        """Distinct cases per (dimension, code, sex, band) of the facts dated in ``period``
        and per (dimension, sex, band) with code ``ALL``; the values of the ``valued``
        dimensions (one per case and code: its smallest); the distinct persons of "kasus"."""

    def case_ids(self, period: Period, scope: Scope, ref: CellRef,
                 band: str = AGE_BAND) -> list[str]:
        """The cases a figure counts (sorted)."""

    def case_rows(self, case_ids: Sequence[str], visible_to: str | None) -> list[CaseRow]:
        """The register rows of ``case_ids`` (newest intake first); only those assigned to or
        shared with ``visible_to`` when given."""

    def data_version(self) -> tuple[int, int]:
        """Moves on with every write to the store (recorded here, or imported)."""

    def offices(self) -> list[OfficeScope]:
        """Offices that registered cases held here, by name."""

    def years(self) -> list[int]:
        """Years with an intake or a fact, newest first."""

    def facts_per_case(self, period: Period, scope: Scope,
                       batch: int = 2000) -> Iterator[StatRow]:
        """The cases that came in during ``period`` (in ``scope``), each with all its facts,
        read ``batch`` cases at a time (the HTCDS export; consume inside the unit of work)."""
