"""Screenshots of the presenter's side of a case conference (issue 12): the planning dialog,
the presenter's window during a conference, the case's conferences on the stage-2 panel and
the action items on Hari ini, from synthetic data made through the backend.

Run under a real X server so fonts render as users see them, e.g.
``Xvfb :97 -screen 0 1366x768x24 & DISPLAY=:97 .venv/bin/python tools/conference_screenshots.py``
(offscreen also works). Writes docs/screenshots/conference-*.png; ``--out DIR`` writes there
instead.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import casework_screenshots as base
from ppt_desk.bootstrap import make_backend
from ppt_desk.demo.casework import demo_payloads
from ppt_desk.gui.conference.case_conferences import PresenterHost
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.settings import Preferences
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.conference_dto import ConferenceInput, DecisionInput, ParticipantInput
from ppt_desk.services.dto import ConsentInput

PASSWORD = base.PASSWORD
SIZES = ((1366, 768), (1024, 768))


def _stage2(backend, case_id: str, day, finding: str) -> None:
    forms = demo_payloads(day)
    for kind in ("asesmen", "bebas_kritis"):
        backend.casework.save_record(case_id, kind, forms[kind])
    backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    backend.casework.save_record(case_id, "tahap_1", forms["tahap_1"])
    backend.casework.request_stage_change(case_id, "PENELUSURAN")
    stage2 = dict(forms["tahap_2"], pembahasan_kasus=False, akar_masalah=finding)
    stage2.pop("tanggal_pembahasan", None)
    backend.casework.save_record(case_id, "tahap_2", stage2)
    backend.consent.record(case_id, ConsentInput("SIDANG_KASUS", "KORBAN", day, "TERTULIS",
                                                 scope=("RINGKASAN_KASUS",)))


def build(folder: Path):
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.setup(base.OFFICE, "rina.spv", "Rina Supervisor", PASSWORD, PASSWORD)
    backend.session.unlock("rina.spv", PASSWORD)
    clock = base.FixedClock(base.START)
    backend.deps.clock = clock
    rina = backend.session.current_user.id
    first = base._case(backend, "Agustina Bere", base.START, rina, 24)
    second = base._case(backend, "Yuliana Tae", base.START, rina, 19)
    _stage2(backend, first, base.START, "Jeratan utang kepada perekrut; keluarga tidak tahu "
                                        "tempat kerja")
    _stage2(backend, second, base.START, "Ditawari kerja oleh kenalan di media sosial")
    clock.day = base.START + timedelta(days=12)
    institutions = backend.directory.search("", "", False)
    by_name = {i.display: i.id for i in institutions}
    police = next((i for n, i in by_name.items() if "Polda" in n or "Polres" in n),
                  institutions[0].id)
    social = next((i for n, i in by_name.items() if "Sosial" in n), institutions[1].id)
    people = (ParticipantInput("Rina Supervisor", None, "KETUA", clock.day),
              ParticipantInput("Maria Goreti", None, "PENDAMPING", clock.day),
              ParticipantInput("Bripka Yohanes Lake", police, "MITRA", clock.day),
              ParticipantInput("Theresia Nome", social, "MITRA", None),
              ParticipantInput("Kornelia Lake", None, "NOTULIS", clock.day))
    _c, conference = backend.conferences.plan(ConferenceInput(
        "PEMBAHASAN_KASUS", clock.day, "Ruang rapat UPTD PPA Kota Contoh", (first, second),
        people))
    backend.conferences.start(conference)
    backend.conferences.record(conference, "Pemulihan psikologis dan kemandirian ekonomi",
                               "Pelatihan menjahit di BLK, atau modal usaha kecil bersama ibu")
    due = clock.day + timedelta(days=14)
    backend.conferences.add_decision(conference, DecisionInput(
        first, "Korban ikut pelatihan menjahit tiga bulan", "Daftarkan ke BLK",
        social, "Theresia Nome", due))
    backend.conferences.add_decision(conference, DecisionInput(
        first, "Konseling lanjutan dua kali sebulan"))
    return backend, first, conference, (police, social)


def shots(app: QApplication, tmp: Path) -> None:
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    backend, case_id, conference, (police, social) = build(tmp / "data")
    for width, height in SIZES:
        window = base.window_for(backend, prefs, (width, height))
        window.open_case(case_id)
        page = window.case_page
        page.tabs.setCurrentWidget(page.empowerment)
        box = page.empowerment.panels["PENELUSURAN"].conferences
        page.empowerment.scroll.ensureWidgetVisible(box)
        base.save(window, f"conference-tahap-2-{width}x{height}")
        box.plan()
        base.settle(app)
        dialog = box.dialog
        dialog.place.setText("Ruang rapat UPTD PPA Kota Contoh")
        p = dialog.participants
        for name, institution, role, signed in (
                ("Rina Supervisor", "", "KETUA", True),
                ("Bripka Yohanes Lake", police, "MITRA", True),
                ("Kornelia Lake", "", "NOTULIS", False)):
            p.name.setText(name)
            p.institution.set_code(institution)
            p.role.set_code(role)
            p.acknowledged.setChecked(signed)
            p.add()
        p.name.setText("Theresia Nome")
        p.institution.set_code(social)
        p.role.set_code("MITRA")
        p.institution.lineEdit().setCursorPosition(0)
        base.save(dialog, f"conference-plan-{width}x{height}")
        dialog.reject()
        presenter = PresenterHost.of(window).open(window.ctx, conference)
        presenter.resize(width, height - 30)  # the title bar
        presenter.toggle_conference_mode()
        base.settle(app)
        presenter.decisions.edit(presenter.detail.decisions[0].id)
        base.save(presenter, f"conference-presenter-{width}x{height}")
        presenter.projector.stop()
        PresenterHost.of(window).close()
        window.show_page(window.today_page)
        base.save(window, f"conference-hari-ini-{width}x{height}")
        window.clear()
        window.close()
        window.deleteLater()
        base.settle(app)


def main() -> int:
    if "--out" in sys.argv:
        base.OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    app = QApplication.instance() or QApplication(sys.argv)
    install_translator("id")
    with tempfile.TemporaryDirectory() as tmp:
        shots(app, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
