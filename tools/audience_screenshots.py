"""Screenshots of the audience (projector) window at 1366x768 and 1024x768 (and its second
page at 1024x768), and of a case
without SIDANG_KASUS consent, from a synthetic stage-2 case made through the real backend
(its name, guardian and perpetrator typed into the findings too, to show them scrubbed).

``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/audience_screenshots.py`` writes
docs/screenshots/conference-audience-*.png.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

import ppt_desk.gui  # noqa: E402,F401  (applies the Qt compatibility fix first)
from ppt_desk.bootstrap import make_backend  # noqa: E402
from ppt_desk.demo.casework import demo_payloads  # noqa: E402
from ppt_desk.domain.audience import audience_case  # noqa: E402
from ppt_desk.domain.intake import Address, CaseIntake, Guardian  # noqa: E402
from ppt_desk.gui.conference.audience_window import AudienceWindow  # noqa: E402
from ppt_desk.security.kdf import TEST_PARAMS  # noqa: E402
from ppt_desk.services.conference_audience import audience_source  # noqa: E402
from ppt_desk.services.dto import ConsentInput, OfficeProfile  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
OFFICE = OfficeProfile("UPTD PPA Kota Kupang", "UPTD_PPA", "53", "53.71", "KPG")
PASSWORD = "demo-kata-sandi-1"
TODAY = date(2026, 12, 3)
TITLE = "Sidang kasus · 3 Desember 2026 · Ruang rapat UPTD PPA Kota Kupang"


class Clock:
    def today(self) -> date:
        return TODAY


def _case(backend, name: str, consent: bool) -> str:
    _, case_id, _ = backend.cases.register(CaseIntake(
        full_name=name, sex="P", intake_date=TODAY - timedelta(days=45),
        intake_channel="HOTLINE", victim_status="DIDUGA", estimated_age=17,
        origin=Address("Jl. Contoh No. 1", "53", "53.71", "53.71.01", "53.71.01.1002"),
        guardian=Guardian("Yosefina Contoh", "IBU", "081200000001"), modus=("KRJ-PRT",),
        languages=("ind",)))
    day = TODAY - timedelta(days=30)
    forms = demo_payloads(day)
    for kinds, target in ((("asesmen", "bebas_kritis"), "PENDEKATAN_AWAL"),
                          (("tahap_1",), "PENELUSURAN")):
        for kind in kinds:
            backend.casework.save_record(case_id, kind, forms[kind])
        backend.casework.request_stage_change(case_id, target)
    first = name.split()[0]
    backend.casework.save_record(case_id, "tahap_2", {
        **forms["tahap_2"],
        "pengalaman": f"{first} bekerja dua tahun sebagai pekerja rumah tangga tanpa upah; "
                      "paspornya ditahan majikan dan ia tidak boleh keluar rumah.",
        "pihak_terpengaruh": "Ibu Yosefina Contoh dan dua adik yang ditinggal di kampung.",
        "sumber_korban": "Tamat SMP, bisa menjahit, ingin kembali sekolah.",
        "akar_masalah": "Jeratan utang keluarga kepada perekrut; tidak ada pekerjaan di desa."})
    backend.casework.save_record(case_id, "perjalanan", {
        **forms["perjalanan"], "fase": "PRA_KEBERANGKATAN", "negara": "ID", "wilayah": "53.71",
        "tanggal_mulai": day.isoformat(), "tanggal_selesai": day.isoformat()})
    backend.casework.save_record(case_id, "perjalanan", {
        **forms["perjalanan"], "fase": "TRANSIT", "negara": "ID", "wilayah": "21.71",
        "tempat": "Batam", "tanggal_mulai": (day + timedelta(days=2)).isoformat(),
        "tanggal_selesai": (day + timedelta(days=2)).isoformat()})
    backend.casework.save_record(case_id, "perjalanan", {
        **forms["perjalanan"], "tanggal_mulai": (day + timedelta(days=4)).isoformat(),
        "tanggal_selesai": (day + timedelta(days=4)).isoformat()})
    if consent:
        backend.consent.record(case_id, ConsentInput("SIDANG_KASUS", "WALI", day, "TERTULIS",
                                                     giver_name="Yosefina Contoh"))
    return case_id


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ppt-audience-shots-") as tmp:
        backend = make_backend(Path(tmp) / "data", TEST_PARAMS)
        backend.session.setup(OFFICE, "admin", "Admin Satu", PASSWORD, PASSWORD)
        backend.session.unlock("admin", PASSWORD)
        backend.deps.clock = Clock()
        backend.users.add("sari", "Sari Supervisor", frozenset({"SUPERVISOR"}), PASSWORD)
        backend.session.lock()
        backend.session.unlock("sari", PASSWORD)
        shown = _case(backend, "Maria Contoh Seran", consent=True)
        missing = _case(backend, "Agustina Contoh", consent=False)
        store, actor = backend.cases._signed_in()

        def audience(case_id: str, label: str):
            source = audience_source(store.uow(), actor, backend.deps, case_id)
            return audience_case(source, label, [
                "Masalah: Maria tidak dibayar dua tahun dan paspornya ditahan",
                "Kebutuhan psikologis: konseling trauma",
                "Layanan yang belum berjalan: pendampingan hukum"], [
                "Dinas Sosial mengurus kepulangan Maria ke Kota Kupang",
                "Konseling dua kali seminggu selama sebulan"])
        window = AudienceWindow()
        window.set_conference_title(TITLE)
        for width, height in ((1366, 768), (1024, 768)):
            window.resize(width, height)
            window.show()
            window.show_case(audience(shown, "Korban A"))
            for _ in range(10):
                app.processEvents()
            window.grab().save(str(OUT / f"conference-audience-{width}x{height}.png"))
        window.page(1)    # the second page at 1024x768: the agenda and the decisions
        app.processEvents()
        window.grab().save(str(OUT / "conference-audience-page2-1024x768.png"))
        window.resize(1024, 768)
        window.show_case(audience(missing, "Korban B"))
        for _ in range(10):
            app.processEvents()
        window.grab().save(str(OUT / "conference-audience-no-consent-1024x768.png"))
        window.close()
        backend.session.lock()
    print("written:", *sorted(p.name for p in OUT.glob("conference-audience-*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
