"""Screenshots of the casework screens (Hari ini, consent ledger, Aturan kasus) from synthetic
data made through the backend.

Run under a real X server so fonts render as users see them, e.g.
``Xvfb :97 -screen 0 1366x768x24 & DISPLAY=:97 .venv/bin/python tools/casework_screenshots.py``
(offscreen also works: ``QT_QPA_PLATFORM=offscreen``). Writes docs/screenshots/*.png;
``--all`` also writes the other size of each screen and a dialog; ``--out DIR`` writes
there instead.
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

import ppt_desk.gui  # noqa: F401  (applies the Qt compatibility fix first)
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.intake import CaseIntake, Guardian
from ppt_desk.gui.context import AppBus, AppContext
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.settings import Preferences
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSWORD = "contoh-kata-sandi-1"
# The page shows the day 19 days after START; the stored request times are real, so START
# follows the real calendar for them to agree.
START = date.today() - timedelta(days=19)
OFFICE = OfficeProfile("UPTD PPA Kota Contoh", "UPTD_PPA", "53", "53.71", "CNT")


@dataclass
class FixedClock:
    day: date

    def today(self) -> date:
        return self.day


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle(QApplication.instance())
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", name)


def _case(backend, name: str, day: date, assigned: str | None, age: int = 24,
          modus=("EBM",)) -> str:
    guardian = Guardian("Yosefina Bere", "IBU") if age < 18 else Guardian()
    intake = CaseIntake(full_name=name, sex="P", intake_date=day, intake_channel="HOTLINE",
                        victim_status="DIDUGA", estimated_age=age, modus=modus,
                        guardian=guardian, assigned_user_id=assigned)
    return backend.cases.register(intake)[1]


def _protection(day: date) -> dict[str, dict]:
    d = day.isoformat()
    return {
        "asesmen": {"tanggal": d, "masalah_kebutuhan": "Trauma, dokumen ditahan",
                    "konstelasi": "Agen dan sponsor desa", "akar_masalah": "Jeratan utang",
                    "prioritas": "Pemulihan psikologis"},
        "bebas_kritis": {"tanggal": d, "dinyatakan_oleh": "Psikolog UPTD",
                         "dasar": "Hasil pemeriksaan psikologis"},
    }


def build(folder: Path):
    """An office with a supervisor and two caseworkers, a dozen synthetic cases."""
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.setup(OFFICE, "rina.spv", "Rina Supervisor", PASSWORD, PASSWORD)
    backend.session.unlock("rina.spv", PASSWORD)
    clock = FixedClock(START)
    backend.deps.clock = clock
    rules = backend.office.casework_rules()
    backend.office.save_casework_rules(replace(
        rules, approval={**rules.approval, "PERLINDUNGAN>PENDEKATAN_AWAL": True}))
    rina = backend.session.current_user.id
    maria = backend.users.add("maria.p", "Maria Goreti", frozenset({"PENDAMPING"}), PASSWORD)[1]
    yosef = backend.users.add("yosef.p", "Yosef Lake", frozenset({"PENDAMPING"}), PASSWORD)[1]
    ids = {}
    for name, assigned, age in (("Dewi Lestari", rina, 31), ("Agustina Bere", maria.id, 15),
                                ("Nur Aini", maria.id, 45), ("Maria Seran", maria.id, 22),
                                ("Fransiska Nahak", yosef.id, 27), ("Yuliana Tae", yosef.id, 19),
                                ("Kornelia Lake", rina, 26), ("Theresia Nome", yosef.id, 33),
                                ("Siti Nurhayati", maria.id, 24), ("Yohana Kase", rina, 29),
                                ("Kristina Nenobais", rina, 35)):
        ids[name] = _case(backend, name, START, assigned, age)
    food = {"jenis": "PERMAKANAN", "uraian": "Makan 3x sehari", "jumlah": 3, "satuan": "porsi"}
    clock.day = START + timedelta(days=8)
    backend.casework.save_record(ids["Nur Aini"], "jaminan_hidup",
                        {"tanggal": clock.day.isoformat(), **food})
    backend.casework.save_record(ids["Kristina Nenobais"], "kunjungan_rumah",
                        {"jadwal": (START + timedelta(days=21)).isoformat()})
    backend.casework.save_record(ids["Dewi Lestari"], "kunjungan_rumah",
                        {"jadwal": (START + timedelta(days=18)).isoformat()})
    backend.casework.save_record(ids["Siti Nurhayati"], "kunjungan_rumah",
                        {"jadwal": (START + timedelta(days=12)).isoformat()})
    for name in ("Dewi Lestari",):
        backend.casework.save_record(ids[name], "jaminan_hidup", {"tanggal": START.isoformat(), **food})

    clock.day = START + timedelta(days=10)
    backend.session.unlock("maria.p", PASSWORD)
    for name in ("Agustina Bere", "Maria Seran"):
        for kind, payload in _protection(clock.day).items():
            backend.casework.save_record(ids[name], kind, payload)
        backend.casework.request_stage_change(ids[name], "PENDEKATAN_AWAL")
    backend.session.unlock("yosef.p", PASSWORD)
    for kind, payload in _protection(clock.day).items():
        backend.casework.save_record(ids["Fransiska Nahak"], kind, payload)
    backend.casework.request_stage_change(ids["Fransiska Nahak"], "PENDEKATAN_AWAL")
    backend.session.unlock("rina.spv", PASSWORD)
    pending = {c.case_id: c for c in backend.casework.today().pending_approvals}
    backend.casework.review_stage_change(pending[ids["Maria Seran"]].id, False,
                                "Lengkapi tanggal dan dasar pernyataan bebas kritis.")
    child = ids["Agustina Bere"]
    consents = (
        ConsentInput("LAYANAN", "WALI", START, "TERTULIS", giver_name="Yosefina Bere"),
        ConsentInput("RUJUKAN", "WALI", START + timedelta(days=1), "TERTULIS",
                     agency="Rumah Sakit Bhayangkara Kupang", giver_name="Yosefina Bere"),
        ConsentInput("FOTO", "WALI", START + timedelta(days=1), "LISAN_DISAKSIKAN",
                     giver_name="Yosefina Bere"),
        ConsentInput("SIDANG_KASUS", "LAINNYA", START + timedelta(days=2), "TERTULIS",
                     giver_name="Pekerja Sosial Dinas Sosial",
                     legal_basis="Wali terlibat dalam perekrutan; penetapan PN Kupang",
                     valid_until=START + timedelta(days=9)),
    )
    consent_ids = [backend.consent.record(child, c)[1] for c in consents]
    backend.consent.withdraw(consent_ids[2], START + timedelta(days=6),
                             "Wali meminta foto tidak diambil lagi")
    clock.day = START + timedelta(days=13)
    backend.casework.save_record(ids["Kornelia Lake"], "jaminan_hidup",
                        {"tanggal": clock.day.isoformat(), **food})
    clock.day = START + timedelta(days=19)
    return backend, ids


def window_for(backend, prefs: Preferences, size: tuple[int, int]) -> MainWindow:
    ctx = AppContext(backend, SyncRunner(), backend.session.current_user, backend.office.profile(), AppBus(),
                     prefs)
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    settle(QApplication.instance())
    return window


def shots(app: QApplication, tmp: Path, every: bool) -> None:
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    backend, ids = build(tmp / "data")
    sizes = ((1366, 768), (1024, 768)) if every else ((1366, 768),)
    for width, height in sizes:
        window = window_for(backend, prefs, (width, height))
        window.show_page(window.today_page)
        save(window, f"today-supervisor-{width}")
        if every:
            tabs = window.today_page.tabs
            for index, name in ((1, "caseload"), (2, "recording")):
                tabs.setCurrentIndex(index)
                save(window, f"today-supervisor-{name}-{width}")
            tabs.setCurrentIndex(0)
        window.show_page(window.settings_page)
        save(window, f"settings-casework-rules-{width}")
        if every:
            window.settings_page.rules_box.tabs.setCurrentIndex(1)
            save(window, f"settings-casework-approvals-{width}")
            window.settings_page.rules_box.tabs.setCurrentIndex(0)
        window.open_case(ids["Agustina Bere"])
        page = window.case_page
        consent = page.consent
        page.tabs.setCurrentWidget(consent)
        consent.check_purpose.set_code("FOTO")
        consent.check()
        save(window, f"consent-tab-{width}")
        if every and width == 1366:
            dialog = consent.record_consent()
            dialog.given_by.set_code("KORBAN")
            dialog.save_button.click()
            save(dialog, "consent-dialog-child")
            dialog.reject()
        window.close()
        window.deleteLater()
        settle(app)
    backend.session.unlock("maria.p", PASSWORD)
    for width, height in ((1024, 768), (1366, 768)) if every else ((1024, 768),):
        window = window_for(backend, prefs, (width, height))
        save(window, f"today-caseworker-{width}")
        window.close()
        window.deleteLater()
        settle(app)
    backend.session.lock()


def main() -> int:
    global OUT
    if "--out" in sys.argv:
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    install_translator("en" if "--en" in sys.argv else "id")
    with tempfile.TemporaryDirectory() as name:
        shots(app, Path(name), "--all" in sys.argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
