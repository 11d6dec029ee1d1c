"""Screenshots of the main screens at 1366x768 and 1024x768, from synthetic demo data.

Run under a real X server so fonts render as users see them, e.g.
``Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 .venv/bin/python tools/gui_screenshots.py``
(offscreen also works: ``QT_QPA_PLATFORM=offscreen``). Writes docs/screenshots/*.png.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QWizard

import ppt_desk.gui  # noqa: F401  (applies the Qt compatibility fix first)
from ppt_desk.bootstrap import make_backend
from ppt_desk.demo import build_demo
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
    case_id = backend.search_cases(CaseQuery(limit=1)).rows[0].id
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
    backend.discard_draft()
    controller.quit()
    settle(app)


def main() -> int:
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
