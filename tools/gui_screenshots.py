"""Screenshots of the main screens at 1366x768 and 1024x768, from synthetic demo data.

Also the case page's casework tabs, the Pindah tahap dialog and one picture per casework
form (casework-<kind>.png), each form shown in its dialog over the 1366x768 window.

Run under a real X server so fonts render as users see them, e.g.
``Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 .venv/bin/python tools/gui_screenshots.py``
(offscreen also works: ``QT_QPA_PLATFORM=offscreen``). Writes docs/screenshots/*.png.
"""
from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWizard

import ppt_desk.gui  # noqa: F401  (applies the Qt compatibility fix first)
from ppt_desk.bootstrap import make_backend
from ppt_desk.demo import STAFF, build_demo
from ppt_desk.demo.casework import WALK, demo_payloads
from ppt_desk.domain.intake import Address, CaseIntake, Guardian
from ppt_desk.gui.app import AppController
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.settings import Preferences
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import CaseQuery

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZES = ((1366, 768), (1024, 768))
PASSWORD = "demo-kata-sandi-1"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, name: str) -> None:
    app = QApplication.instance()
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", name)


def wizard_shots(app: QApplication, tmp: Path, prefs: Preferences) -> None:
    backend = make_backend(tmp / "fresh", TEST_PARAMS)
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    wizard = controller.dialog
    office = wizard.office_page
    office.name.setText("UPTD PPA Kota Contoh")
    office.kind.set_code("UPTD_PPA")
    office.region.set_codes(["53", "53.71"])
    save(wizard, "setup-1-office")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("rina.admin")
    admin.display_name.setText("Rina Admin")
    admin.password.setText("contoh-kata-sandi")
    admin.repeat.setText("contoh-kata-sandi")
    save(wizard, "setup-2-admin")
    wizard.next()
    while wizard.currentPage() is not wizard.code_page:
        settle(app)
    save(wizard, "setup-3-recovery-code")
    wizard.code_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(app)
    dialog = controller.dialog
    dialog.password.setText("salah")
    dialog.try_unlock()
    save(dialog, "unlock-dialog")
    dialog.close()


def main_shots(app: QApplication, tmp: Path, prefs: Preferences) -> None:
    folder = tmp / "demo"
    build_demo(folder, 60, PASSWORD, kdf_params=TEST_PARAMS)
    backend = make_backend(folder, TEST_PARAMS)
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    dialog = controller.dialog
    dialog.select_username("demo")
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    window = controller.window
    case_id = backend.cases.search(CaseQuery(limit=1)).rows[0].id
    for width, height in SIZES:
        tag = f"{width}x{height}"
        window.resize(width, height)
        window.show_page(window.case_list)
        save(window, f"case-list-{tag}")
        window.show_page(window.intake)
        intake = window.intake
        intake.reset_form()
        save(window, f"intake-top-{tag}")
        f = intake.fields
        f.full_name.setText("Agustina Bere")
        f.sex_buttons["P"].setChecked(True)
        f.by_estimate.setChecked(True)
        f.estimated_age.setValue(15)
        f.nik.setText("53710101")
        tomorrow = date.today() + timedelta(days=1)
        f.intake_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        intake.save()
        settle(app)
        intake.scroll.verticalScrollBar().setValue(0)
        save(window, f"intake-errors-{tag}")
        intake.scroll.ensureWidgetVisible(f.intake_date, 0, 200)
        save(window, f"intake-errors-scrolled-{tag}")
        intake.scroll.verticalScrollBar().setValue(intake.scroll.verticalScrollBar().maximum())
        save(window, f"intake-bottom-{tag}")
        intake.reset_form()
        window.open_case(case_id)
        save(window, f"case-page-{tag}")
        window.show_page(window.users_page)
        save(window, f"users-{tag}")
    casework_shots(app, window, backend)
    backend.cases.discard_draft()
    controller.quit()
    settle(app)


@dataclass
class ShotClock:
    day: date

    def today(self) -> date:
        return self.day


def save_dialog(window, dialog, name: str) -> None:
    """The window dimmed, with the dialog drawn over its middle (as the user sees it)."""
    settle(QApplication.instance())
    shot = window.grab()
    top = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    x, y = (shot.width() - top.width()) // 2, (shot.height() - top.height()) // 2
    painter.drawPixmap(x, y, top)
    painter.setPen(QPen(QColor("#606060"), 1))
    painter.drawRect(x - 1, y - 1, top.width() + 1, top.height() + 1)
    painter.end()
    shot.save(str(OUT / f"{name}.png"))
    print("wrote", name)


def _casework_cases(backend) -> tuple[str, str]:
    """Two synthetic cases: one in protection (allowance on its 6th day, not yet free of
    critical condition), one walked to Penyaluran Minat whose move on waits for approval."""
    today = date.today()
    real_clock = backend.deps.clock
    staff = {u.username: u for u in backend.users.list()}
    caseworker = staff[STAFF[0][0]]

    def register(name: str, day: date, assigned: str) -> str:
        intake = CaseIntake(full_name=name, sex="P", intake_date=day, intake_channel="HOTLINE",
                            victim_status="KORBAN", estimated_age=16, modus=("EBM", "KRJ-PRT"),
                            guardian=Guardian("Yosefina Bere", "IBU"), assigned_user_id=assigned,
                            origin=Address("Dusun Oelnasi RT 003", "53", "53.01"),
                            languages=("ind", "aoz"))
        return backend.cases.register(intake)[1]

    fresh = register("Agustina Bere", today - timedelta(days=6), caseworker.id)
    for kind, back in (("evakuasi", 6), ("penampungan", 6), ("asesmen", 5),
                       ("jaminan_hidup", 5), ("pendampingan_khusus", 4)):
        backend.casework.save_record(fresh, kind, demo_payloads(today - timedelta(days=back))[kind])
    clock = ShotClock(today - timedelta(days=40))
    backend.deps.clock = clock
    walked = register("Maria Goreti Seran", clock.day, caseworker.id)
    for index, (stage, kinds) in enumerate(WALK):
        if stage == "BANTUAN_LANJUT":
            break
        for kind in kinds:
            clock.day += timedelta(days=2)
            backend.casework.save_record(walked, kind, demo_payloads(clock.day)[kind])
        if WALK[index + 1][0] != "BANTUAN_LANJUT":
            clock.day += timedelta(days=1)
            backend.casework.request_stage_change(walked, WALK[index + 1][0])
    backend.casework.save_record(walked, "hambatan", demo_payloads(clock.day)["hambatan"])
    backend.deps.clock = real_clock
    supervisor = backend.session.current_user.username
    backend.session.unlock(caseworker.username, PASSWORD)
    backend.casework.request_stage_change(walked, "BANTUAN_LANJUT", "Korban siap bekerja di penjahit")
    backend.session.unlock(supervisor, PASSWORD)
    return fresh, walked


def casework_shots(app: QApplication, window, backend) -> None:
    fresh, walked = _casework_cases(backend)
    page = window.case_page
    tabs = page.tabs
    window.resize(1366, 768)
    window.open_case(walked)
    for tab, name in ((page.summary_tab, "ringkasan"), (page.empowerment, "pemberdayaan"),
                      (page.consent, "persetujuan"), (page.items, "kelengkapan"),
                      (page.history, "riwayat")):
        tabs.setCurrentWidget(tab)
        save(window, f"case-tab-{name}-1366x768")
    tabs.setCurrentWidget(page.empowerment)
    page.empowerment.strip.select("RENCANA")
    save(window, "case-tab-pemberdayaan-rencana-1366x768")
    window.resize(1024, 768)
    page.empowerment.strip.select("PENYALURAN_MINAT")
    save(window, "case-tab-pemberdayaan-1024x768")
    window.resize(1366, 768)
    window.open_case(fresh)
    tabs.setCurrentWidget(page.protection)
    save(window, "case-tab-perlindungan-1366x768")
    tabs.setCurrentWidget(page.empowerment)
    page.empowerment.strip.select("PENELUSURAN")
    page.empowerment.move_to("PENELUSURAN")
    save(window, "case-stage-refused-1366x768")
    for width in (1366, 1024):
        window.resize(width, 768)
        dialog = page.empowerment.open_stage_dialog("PENDEKATAN_AWAL")
        save_dialog(window, dialog, f"case-stage-dialog-{width}x768")
        dialog.reject()
    window.resize(1366, 768)
    tabs.setCurrentWidget(page.protection)
    today = date.today()
    for kind, form in backend.deps.config.forms.items():
        if form.system:
            continue
        dialog = page.add_record(kind)
        dialog.form.set_payload(demo_payloads(today)[kind])
        save_dialog(window, dialog, f"casework-{kind}")
        dialog.reject()
    dialog = page.add_record("tahap_3")
    dialog.form.set_payload({"tanggal": today.isoformat(), "sidang_kasus": True,
                             "tujuan": [{"tujuan": "Mandiri ekonomi"}]})
    dialog.save()
    save_dialog(window, dialog, "casework-errors-1366x768")
    window.resize(1024, 768)
    dialog = page.add_record("tahap_3")
    dialog.form.set_payload(demo_payloads(today)["tahap_3"])
    save_dialog(window, dialog, "casework-tahap_3-1024x768")
    dialog.reject()
    page.clear()
    settle(app)


def main() -> int:
    global OUT
    if "--out" in sys.argv:
        OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    install_translator("en" if "--en" in sys.argv else "id")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
        wizard_shots(app, tmp, prefs)
        main_shots(app, tmp, prefs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
