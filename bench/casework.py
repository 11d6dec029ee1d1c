"""Casework at 100,000 cases: the today page and opening a case with its casework.

``python -m bench.casework``: run against a copy of the cached demo database (a record
save writes), one JSON line per metric.
- ``today_supervisor`` / ``today_caseworker``: ``Backend.today()`` (due items, approval
  queue, caseload, cases with missing recording items), 15 runs each;
- ``open_case``: ``Backend.open_case`` with the casework tabs' data (gates of every
  possible stage change, consents, allowance, timeline), walked and unwalked cases;
- ``save_record``: one casework record saved (validation, gate-free write, outbox + audit,
  summary refresh), 30 saves;
- ``print_referral``: a surat rujukan written as a PDF (consent check, filtered data,
  numbering, reportlab), the first print (which imports reportlab) and 10 more.
"""
from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from ppt_desk.demo.casework import demo_payloads
from ppt_desk.services.dto import ConsentInput

from .cache import unlocked_copy
from .common import PASSWORD, emit, emit_p50_p95, log, timed

TODAY_GOAL_MS = 500.0
OPEN_GOAL_MS = 300.0
SAVE_GOAL_MS = 100.0
PRINT_GOAL_MS = 1000.0


def _timed(fn, runs: int) -> list[float]:
    return timed(fn, runs, scale=1000.0)


def _report(metric: str, values: list[float], goal: float, **extra) -> None:
    emit_p50_p95("casework", metric, values, "ms", goal, **extra)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ppt-bench-") as tmp:
        backend = unlocked_copy(tmp)
        with backend.session.db.engine.connect() as conn:
            open_cases = conn.execute(text(
                "SELECT count(*) FROM case_summary WHERE closed = 0")).scalar()
            walked = [r[0] for r in conn.execute(text(
                "SELECT DISTINCT case_id FROM case_record WHERE kind != 'terminasi'"))]
            sample = [r[0] for r in conn.execute(text(
                "SELECT id FROM case_file ORDER BY random() LIMIT 40"))]
        log(f"{open_cases} open cases; {len(walked)} walked through the stages")
        backend.casework.today()  # warm the page cache as a first visit would
        _report("today_supervisor", _timed(backend.casework.today, 15), TODAY_GOAL_MS,
                open_cases=open_cases)
        ids = walked + sample
        values = []
        for case_id in ids:
            started = time.perf_counter()
            backend.cases.open(case_id)
            values.append((time.perf_counter() - started) * 1000)
        _report("open_case", values, OPEN_GOAL_MS, cases=len(ids))
        # an open adult case (an adult gives her own consent for the referral below)
        target = next(case_id for case_id in sample
                      if (work := backend.cases.open(case_id).work).status == "AKTIF"
                      and work.is_child_today is False)
        day = date.today()
        payload = demo_payloads(day)["hambatan"]
        _report("save_record", _timed(
            lambda: backend.casework.save_record(target, "hambatan", payload), 30), SAVE_GOAL_MS)
        # A referral to print: the victim's consent, then the referral itself.
        backend.consent.record(target, ConsentInput("RUJUKAN", "KORBAN", day, "TERTULIS",
                                                    agency="LPSK",
                                                    scope=("IDENTITAS", "RINGKASAN_KASUS")))
        referral = (target, backend.casework.save_record(target, "rujukan",
                                                demo_payloads(day)["rujukan"])[1])
        out = Path(tmp) / "letters"
        out.mkdir()
        started = time.perf_counter()
        backend.documents.print_referral_letter(*referral, out / "first.pdf")
        emit("casework", "print_referral_first", (time.perf_counter() - started) * 1000,
             "ms", note="includes importing reportlab")
        counter = iter(range(100))
        _report("print_referral", _timed(lambda: backend.documents.print_referral_letter(
            *referral, out / f"{next(counter)}.pdf"), 10), PRINT_GOAL_MS)
        backend.session.lock()
        backend.session.unlock("pendamping1", PASSWORD)
        _report("today_caseworker", _timed(backend.casework.today, 15), TODAY_GOAL_MS)
        backend.session.lock()


if __name__ == "__main__":
    main()
