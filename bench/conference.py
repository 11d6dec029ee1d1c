"""Switching the case shown on the projector at a case conference (issue 12; goal <= 100 ms).

``python -m bench.conference``: a temporary demo PPT (``ppt_desk.demo.build_demo``, 5,000
cases, test Argon2id parameters: unlocking is not measured here); the cases walked to stage 2
or later that have stage-2 findings get a SIDANG_KASUS consent through the backend (the real
path), and a conference of 5 of them is presented. One switch is what the presenter's
"next case" costs: ``audience_source`` (case, person, consents, records from the encrypted
store), ``audience_case`` (consent check, scrubbing), ``AudienceWindow.show_case`` and the
events that lay it out and paint it (``processEvents``), on a 1024x768 audience window.
50 switches; median and p95, one JSON line each.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from .common import PASSWORD, SEED, USERNAME, emit, log, percentile

CASES = 5_000
SHOWN = 5
SWITCHES = 50
GOAL_MS = 100.0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from ppt_desk.bootstrap import make_backend
    from ppt_desk.demo import build_demo
    from ppt_desk.domain.audience import audience_case
    from ppt_desk.gui.conference.audience_window import AudienceWindow
    from ppt_desk.security.kdf import TEST_PARAMS
    from ppt_desk.services.conference_audience import audience_source
    from ppt_desk.services.dto import ConsentInput

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ppt-bench-conference-") as tmp:
        folder = Path(tmp) / "ppt"
        log(f"building a {CASES}-case demo PPT ...")
        build_demo(folder, CASES, PASSWORD, seed=SEED, username=USERNAME,
                   kdf_params=TEST_PARAMS)
        backend = make_backend(folder, TEST_PARAMS)
        backend.session.unlock(USERNAME, PASSWORD)
        with backend.session.db.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(text(
                "SELECT DISTINCT r.case_id FROM case_record r JOIN case_file c "
                "ON c.id = r.case_id WHERE r.kind = 'tahap_2' AND c.status = 'AKTIF' "
                "ORDER BY r.case_id LIMIT :n"), {"n": SHOWN})]
        if len(ids) < 3:
            raise RuntimeError(f"only {len(ids)} open cases with stage-2 findings")
        today = backend.deps.clock.today()
        for case_id in ids:
            child = backend.cases.open(case_id).work.is_child_today
            backend.consent.record(case_id, ConsentInput(
                "SIDANG_KASUS", "WALI" if child else "KORBAN", today - timedelta(days=1),
                "TERTULIS", giver_name="Wali Sintetis" if child else ""))
        store, actor = backend.cases._signed_in()
        window = AudienceWindow()
        window.set_conference_title("Sidang kasus")
        window.resize(1024, 768)
        window.show()
        app.processEvents()

        def switch(n: int) -> tuple[float, int]:
            case_id = ids[n % len(ids)]
            started = time.perf_counter()
            source = audience_source(store.uow(), actor, backend.deps, case_id)
            case = audience_case(source, f"Korban {chr(ord('A') + n % len(ids))}",
                                 [h + ": " + t for h, t in source.findings[:3]],
                                 ["Rujuk ke layanan kesehatan", "Kunjungan rumah bulan depan"])
            window.show_case(case)
            app.processEvents()
            return (time.perf_counter() - started) * 1000, len(case.findings)

        switch(0)   # first use: code lists, region names, fonts
        results = [switch(n) for n in range(1, SWITCHES + 1)]
        values = [ms for ms, _ in results]
        shown = sum(1 for _, findings in results if findings)
        window.close()
        backend.session.lock()
    emit("conference", "projector_switch_case_p50", statistics.median(values), "ms",
         cases=CASES, switches=SWITCHES, conference_cases=SHOWN)
    emit("conference", "projector_switch_case_p95", percentile(values, 95), "ms", goal=GOAL_MS,
         cases=CASES, switches=SWITCHES, with_findings=shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
