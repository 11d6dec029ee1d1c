"""Casework set-ups for the GUI tests, made through the real Backend (synthetic data only)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ppt_desk.domain.intake import CaseIntake, Guardian

from gui_helpers import ADMIN, PASSWORD

START = date(2025, 5, 2)
CASEWORKER_PASSWORD = "pendamping-rahasia-9"


@dataclass
class MovableClock:
    """Like tests/integration/casework_helpers.MovableClock: the backend's today, movable."""

    day: date

    def today(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


def use_clock(backend, day: date = START) -> MovableClock:
    clock = MovableClock(day)
    backend.deps.clock = clock
    return clock


def add_caseworker(backend, username: str, name: str, roles=("PENDAMPING",)):
    _changes, user = backend.users.add(username, name, frozenset(roles), CASEWORKER_PASSWORD)
    return user


def sign_in(backend, username: str) -> None:
    backend.session.unlock(username, PASSWORD if username == ADMIN else CASEWORKER_PASSWORD)


def new_case(backend, full_name: str, day: date, assigned: str | None = None, age: int = 25,
             guardian: Guardian | None = None) -> tuple[str, str]:
    """Register a case dated ``day``; returns (case id, case number)."""
    if guardian is None:
        guardian = Guardian("Yosefina Wali", "IBU") if age < 18 else Guardian()
    intake = CaseIntake(full_name=full_name, sex="P", intake_date=day, intake_channel="HOTLINE",
                        victim_status="DIDUGA", estimated_age=age, modus=("EBM",),
                        guardian=guardian, assigned_user_id=assigned)
    _changes, case_id, number = backend.cases.register(intake)
    return case_id, number


def protection_done(day: date) -> dict[str, dict]:
    """The two records that open the gate Perlindungan → Pendekatan Awal."""
    d = day.isoformat()
    return {
        "asesmen": {"tanggal": d, "masalah_kebutuhan": "Trauma, tidak ada dokumen",
                    "konstelasi": "Dokumen ditahan agen", "akar_masalah": "Jeratan utang",
                    "prioritas": "Pemulihan psikologis"},
        "bebas_kritis": {"tanggal": d, "dinyatakan_oleh": "dr. Yohana, psikolog",
                         "dasar": "Hasil pemeriksaan psikologis"},
    }


def allowance(day: date) -> dict:
    return {"tanggal": day.isoformat(), "jenis": "PERMAKANAN", "uraian": "Makan 3x sehari",
            "jumlah": 3, "satuan": "porsi"}


def planned_visit(day: date) -> dict:
    return {"jadwal": day.isoformat()}


def shown_case_page(qtbot, backend, runner, prefs, day: date):
    """A case page at 1366×768 over ``backend`` with its clock at ``day``."""
    from ppt_desk.gui.pages.case_page import CasePage

    from gui_helpers import make_ctx

    backend.deps.clock = MovableClock(day)
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page
