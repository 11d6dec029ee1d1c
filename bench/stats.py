"""Statistics over the 100,000-case demo PPT (issue 13): the first count after an upgrade
(every case's facts built), the Statistik page for the busiest year, the RAD monitoring sheet,
the spreadsheet and the report PDF of that page, and a ringkasan kasus PDF.

Goals (issue 13): page for a year <= 1 s, RAD sheet <= 1 s, spreadsheet <= 3 s, case summary
<= 0.3 s. The facts are derived data: the first statistics after an upgrade (or on a copy made
before them) build them for every case; later, only the cases changed since are rebuilt.
"""
from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.stats import period as periods
from ppt_desk.domain.stats.model import Scope
from ppt_desk.services.stats import ReportCache

from .cache import unlocked_copy
from .common import emit, emit_p50_p95, log, timed

PAGE_GOAL_S = 1.0
RAD_GOAL_S = 1.0
XLSX_GOAL_S = 3.0
SUMMARY_GOAL_MS = 300.0


_timed = timed


def _report(metric: str, values: list[float], goal: float | None, unit: str = "s",
            **extra) -> None:
    scale = 1000.0 if unit == "ms" else 1.0
    emit_p50_p95("stats", metric, [v * scale for v in values], unit, goal, **extra)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ppt-bench-stats-") as tmp:
        backend = unlocked_copy(tmp)
        with backend.session.db.engine.connect() as conn:
            busiest, in_year = conn.execute(text(
                "SELECT CAST(strftime('%Y', intake_date) AS INTEGER) AS y, count(*) FROM case_file "
                "GROUP BY y ORDER BY count(*) DESC LIMIT 1")).one()
            walked = conn.execute(text(
                "SELECT case_id FROM case_record GROUP BY case_id ORDER BY count(*) DESC "
                "LIMIT 10")).scalars().all()
            cases = conn.execute(text("SELECT count(*) FROM case_file")).scalar()
            open_case = conn.execute(text(
                "SELECT id FROM case_file WHERE status = 'AKTIF' ORDER BY id LIMIT 1")).scalar()
        year = periods.year(busiest)
        scope = Scope("SEMUA")
        started = time.perf_counter()
        backend.stats.report(year, scope)
        emit("stats", "first_count_all_facts", time.perf_counter() - started, "s", cases=cases,
             note="builds the facts of every case (after an upgrade), then counts the year")
        with backend.session.db.engine.connect() as conn:
            facts = conn.execute(text("SELECT count(*) FROM stat_fact")).scalar()
        log(f"{cases} cases, {facts} facts; busiest year {busiest} ({in_year} intakes)")
        def fresh(period):   # the page counted anew: the facade's report cache emptied first
            backend.stats._reports = ReportCache()
            return backend.stats.report(period, scope)

        _report("page_year", _timed(lambda: fresh(year), 7), PAGE_GOAL_S,
                cases=cases, intakes_in_year=in_year, facts=facts)
        _report("page_quarter", _timed(lambda: fresh(periods.quarter(busiest, 2)), 7),
                PAGE_GOAL_S, cases=cases)
        # After a caseworker saved a record: that case's facts and its month are rebuilt first.
        day = date(busiest, 6, 15)
        payload = demo_payloads(day)["hambatan"]

        def after_edit():
            backend.casework.save_record(open_case, "hambatan", payload)
            started = time.perf_counter()
            backend.stats.report(year, scope)
            return time.perf_counter() - started

        _report("page_year_after_edit", [after_edit() for _ in range(5)], PAGE_GOAL_S,
                note="a record saved just before: one case's facts and month rebuilt first")
        plans = backend.stats.rad_plans()
        for plan in plans:
            sheet_year = busiest if busiest in plan.years else plan.years[-1]
            _report(f"rad_sheet_{plan.code}", _timed(lambda: backend.stats.rad_sheet(
                plan.code, sheet_year, scope), 5), RAD_GOAL_S, year=sheet_year)
        report = backend.stats.report(year, scope)
        out = Path(tmp) / "out"
        out.mkdir()
        counter = iter(range(1000))
        _report("spreadsheet", _timed(lambda: backend.stats.write_spreadsheet(
            report, out / f"{next(counter)}.xlsx", "id"), 5), XLSX_GOAL_S,
            tables=len(report.tables))
        started = time.perf_counter()
        backend.stats.write_report_pdf(report, out / "first.pdf", "id")
        emit("stats", "report_pdf_first", time.perf_counter() - started, "s",
             tables=len(report.tables), note="includes importing reportlab")
        _report("report_pdf", _timed(lambda: backend.stats.write_report_pdf(
            report, out / f"{next(counter)}.pdf", "id"), 3), None, tables=len(report.tables))
        backend.documents.print_case_summary(walked[0], out / "warm.pdf")  # imports reportlab
        values = []
        for case_id in walked:
            started = time.perf_counter()
            backend.documents.print_case_summary(case_id, out / f"{next(counter)}.pdf")
            values.append(time.perf_counter() - started)
        _report("case_summary", values, SUMMARY_GOAL_MS, unit="ms", cases=len(walked),
                note="the ten cases with the most records")
        backend.session.lock()


if __name__ == "__main__":
    main()
