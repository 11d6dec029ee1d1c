"""Statistics and reports for the Task Force (``services.api.StatsApi``, ADR 0020)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...domain.stats.model import CellRef, Counts, Scope, StatReport, StatTable
from ...domain.stats.period import Period
from ...domain.stats.rad_model import RadPlanInfo, RadSheet
from .. import stats
from ..change_set import ChangeSet
from ..chart_port import ChartDrawer
from ..deps import Deps
from ..dto import CaseRow
from ..ports import DocumentWriter, StoreGate
from .base import Facade


class StatsFacade(Facade):
    def __init__(self, gate: StoreGate, deps: Deps, writer: DocumentWriter,
                 charts: ChartDrawer, rad_dir: Path) -> None:
        super().__init__(gate, deps)
        self._writer = writer
        self._charts = charts
        self._rad_dir = rad_dir   # the province's own RAD files (<data folder>/rad)
        self._reports = stats.ReportCache()

    def scopes(self) -> list[Scope]:
        store, actor = self._signed_in()
        return stats.scopes(store.uow(), actor, self.deps)

    def years(self) -> list[int]:
        store, actor = self._signed_in()
        return stats.years(store.uow(), actor, self.deps)

    def report(self, period: Period, scope: Scope,
               progress: Callable[[int, int], None] | None = None) -> StatReport:
        store, actor = self._signed_in()
        return stats.report(store.uow(), actor, self.deps, period, scope, progress,
                            self._reports)

    def counts(self, period: Period, scope: Scope) -> Counts:
        """Exact counts (for services that make their own tables: RAD sheets)."""
        store, actor = self._signed_in()
        return stats.counts(store.uow(), actor, self.deps, period, scope)

    def cases_behind(self, period: Period, scope: Scope,
                     ref: CellRef) -> tuple[list[CaseRow], int]:
        store, actor = self._signed_in()
        return stats.cases_behind(store.uow(), actor, self.deps, period, scope, ref)

    def chart_svg(self, table: StatTable, language: str) -> bytes:
        self._signed_in()
        return self._charts.svg(table, language)

    def write_report_pdf(self, report: StatReport, path: Path, language: str) -> None:
        store, actor = self._signed_in()
        stats.write_report_pdf(store.uow(), actor, self.deps, self._writer, report, path,
                               language, self._reports)

    def write_spreadsheet(self, report: StatReport, path: Path, language: str) -> None:
        store, actor = self._signed_in()
        stats.write_spreadsheet(store.uow(), actor, self.deps, self._writer, report, path,
                                language, self._reports)

    def write_simfoni(self, period: Period, scope: Scope, path: Path) -> None:
        store, actor = self._signed_in()
        stats.write_simfoni(store.uow(), actor, self.deps, self._writer, period, scope, path)

    def write_htcds(self, period: Period, scope: Scope, path: Path) -> tuple[int, int]:
        store, actor = self._signed_in()
        return stats.write_htcds(store.uow(), actor, self.deps, period, scope, path)

    # -- RAD sheets (services/rad.py) --------------------------------------------------------
    def _province(self) -> str:
        store, _actor = self._signed_in()
        with store.uow() as uow:
            office = uow.office.get()
        return office.province_code if office is not None else ""

    def rad_plans(self) -> list[RadPlanInfo]:
        from .. import rad

        return rad.plan_infos(self.deps, self._rad_dir, self._province())

    def rad_sheet(self, plan: str, year: int, scope: Scope) -> RadSheet:
        from .. import rad

        store, actor = self._signed_in()
        uow = store.uow()
        stats.refresh(uow, self.deps)   # once for the sheet's three periods

        def counts_for(period: Period, where: Scope) -> Counts:
            return stats.counted(uow, period, where)

        return rad.sheet(uow, actor, self.deps, rad.find_plan(self.deps, self._rad_dir, plan),
                         year, scope, counts_for)

    def save_rad_entry(self, plan: str, indicator: str, year: int, semester: int, value: int,
                       note: str) -> ChangeSet:
        from .. import rad

        store, actor = self._signed_in()
        return rad.save_entry(store.uow(), actor, self.deps,
                              rad.find_plan(self.deps, self._rad_dir, plan), indicator, year,
                              semester, value, note)

    def load_rad_plan(self, path: Path) -> RadPlanInfo:
        from .. import rad

        self._signed_in()
        return rad.load_plan(self.deps, path, self._rad_dir)
