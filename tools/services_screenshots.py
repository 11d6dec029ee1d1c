"""Screenshots of the Layanan tab (every service track), a track form, the group session
dialog and a restricted health episode as a caseworker without health access sees it,
from synthetic data made through the backend.

Run under a real X server, e.g.
``Xvfb :97 -screen 0 1366x768x24 & DISPLAY=:97 .venv/bin/python tools/services_screenshots.py``
Writes docs/screenshots/layanan-*.png (``--out DIR`` writes there instead).
"""
from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

import casework_screenshots as base
from ppt_desk.bootstrap import make_backend
from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.tracks import GroupParticipantInput, GroupSessionInput
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.labels import casework_config
from ppt_desk.gui.settings import Preferences
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput

PASSWORD = base.PASSWORD


def build(folder: Path):
    backend = make_backend(folder, TEST_PARAMS)
    backend.session.setup(base.OFFICE, "rina.spv", "Rina Supervisor", PASSWORD, PASSWORD)
    backend.session.unlock("rina.spv", PASSWORD)
    me = backend.session.current_user
    backend.users.update(me.id, me.display_name, me.roles, True, frozenset({"KESEHATAN",
                                                                           "PELAKU"}))
    backend.session.lock()
    backend.session.unlock("rina.spv", PASSWORD)
    maria = backend.users.add("maria.p", "Maria Goreti", frozenset({"PENDAMPING"}), PASSWORD)[1]
    clock = base.FixedClock(base.START)
    backend.deps.clock = clock
    backend.office.save_letterhead({"parent_lines": ["PEMERINTAH KOTA CONTOH",
                                              "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"],
                             "address": "Jl. Contoh No. 1", "phone": "(0380) 000000",
                             "city": "Kota Contoh", "head_name": "Rina Supervisor",
                             "head_position": "Kepala UPTD PPA Kota Contoh"})
    case = base._case(backend, "Agustina Bere", base.START, maria.id, 24)
    other = base._case(backend, "Yuliana Tae", base.START, maria.id, 19)
    for purpose, agency in (("PEMULANGAN", ""), ("RUJUKAN", "LPSK"), ("MEDIASI", "")):
        backend.consent.record(case, ConsentInput(purpose, "KORBAN", base.START, "TERTULIS",
                                                  agency=agency,
                                                  scope=("IDENTITAS", "RINGKASAN_KASUS")))
    day = base.START
    plan = [("skrining_kesehatan", 1), ("visum", 1), ("episode_kesehatan", 2),
            ("konseling", 3), ("layanan_rehsos", 3), ("inventaris_keterampilan", 5),
            ("perjalanan", 1), ("unsur_tppo", 2), ("pelaku", 2),
            ("hukum_keputusan", 2), ("laporan_polisi", 3), ("penyidikan", 6),
            ("pendamping_hukum", 3), ("rujukan", 4),
            ("pemulangan_rencana", 9), ("pemulangan_pelaksanaan", 12),
            ("serah_terima_pemulangan", 12), ("reintegrasi_rencana", 13),
            ("paket_ekonomi", 14)]
    for kind, offset in plan:
        clock.day = day + timedelta(days=offset)
        backend.casework.save_record(case, kind, demo_payloads(clock.day)[kind])
    for phase, place, offset in (("PRA_KEBERANGKATAN", "Soe (perekrutan oleh calo)", -60),
                                 ("TRANSIT", "Pelabuhan Nunukan", -55)):
        backend.casework.save_record(case, "perjalanan", {
            "fase": phase, "tempat": place,
            "tanggal_mulai": (day + timedelta(days=offset)).isoformat()})
    clock.day = day + timedelta(days=4)
    backend.casework.save_record(case, "episode_kesehatan", {
        **demo_payloads(clock.day)["episode_kesehatan"], "jenis": "HIV_IMS",
        "layanan": "Konseling dan tes sukarela"})
    clock.day = day + timedelta(days=15)
    backend.casework.save_record(case, "kunjungan_reintegrasi",
                        {"jadwal": (clock.day + timedelta(days=3)).isoformat()})
    backend.groups.add(GroupSessionInput(
        day + timedelta(days=6), "TERAPI_KELOMPOK", "Mengelola rasa cemas", "Psikolog UPTD",
        90, "DI_DALAM_PANTI",
        participants=(GroupParticipantInput(case), GroupParticipantInput(other),
                      GroupParticipantInput(case, "KELUARGA", "IBU"))))
    clock.day = base.START + timedelta(days=19)
    return backend, case


def shots(app: QApplication, tmp: Path) -> None:
    prefs = Preferences(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    backend, case = build(tmp / "data")
    for width in (1366, 1024):
        window = base.window_for(backend, prefs, (width, 768))
        window.open_case(case)
        page = window.case_page
        page.tabs.setCurrentWidget(page.services)
        tracks = [t.code for t in casework_config().tracks]
        for code in tracks if width == 1366 else ("KESEHATAN", "PEMULANGAN"):
            page.services.show_track(code)
            base.save(window, f"layanan-{code.lower()}-{width}")
        if width == 1366:
            page.services.show_track("PEMULANGAN")
            dialog = page.add_record("pemulangan_rencana")
            base.save(dialog, "layanan-form-pemulangan")
            dialog.reject()
            page.services.show_track("SOSIAL")
            group = page.group_sessions.open(page.detail)
            base.save(group, "layanan-sesi-kelompok")
            group.reject()
        window.close()
        window.deleteLater()
        base.settle(app)
    backend.session.unlock("maria.p", PASSWORD)
    window = base.window_for(backend, prefs, (1366, 768))
    window.open_case(case)
    page = window.case_page
    page.tabs.setCurrentWidget(page.services)
    page.services.show_track("KESEHATAN")
    base.save(window, "layanan-kesehatan-tanpa-akses-1366")
    page.services.show_track("PERJALANAN")
    base.save(window, "layanan-perjalanan-tanpa-akses-1366")
    window.show_page(window.today_page)
    base.save(window, "today-caseworker-reintegrasi-1366")
    window.close()
    backend.session.lock()


def main() -> int:
    if "--out" in sys.argv:
        base.OUT = Path(sys.argv[sys.argv.index("--out") + 1])
    base.OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    install_translator("en" if "--en" in sys.argv else "id")
    with tempfile.TemporaryDirectory() as name:
        shots(app, Path(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
