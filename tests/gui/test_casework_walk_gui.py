"""Acceptance: a caseworker takes a synthetic case from intake through protection, every
stage and termination entirely through the GUI, in a 1366x768 window; a supervisor returns
one stage change and approves the ones that need approval."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.pages.case_page import CasePage

from casework_fill import MovableClock, click, fill, payloads
from gui_helpers import ADMIN, PASSWORD, make_ctx

START = date(2025, 5, 2)
CASEWORKER, CASEWORKER_PASSWORD = "yuliana.b", "pendamping-uji-77"
PROTECTION = ["evakuasi", "penampungan", "asesmen", "jaminan_hidup", "pendampingan_khusus",
              "bebas_kritis"]
# (stage, forms filled in on its tab, next stage, needs a supervisor)
STAGE_PATH = [
    ("PENDEKATAN_AWAL", ["tahap_1"], "PENELUSURAN", False),
    ("PENELUSURAN", ["tahap_2"], "RENCANA", False),
    ("RENCANA", ["tahap_3"], "PELAKSANAAN", False),
    ("PELAKSANAAN", ["kegiatan_pelaksanaan"], "PENYALURAN_MINAT", False),
    ("PENYALURAN_MINAT", ["tahap_5"], "BANTUAN_LANJUT", True),
    ("BANTUAN_LANJUT", ["tahap_6", "kunjungan_rumah", "terminasi"], "TERMINASI", True),
]


def _tab(qtbot, page: CasePage, widget) -> None:
    """Click the tab of ``widget`` in the case page's tab bar."""
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(widget)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is widget


def _record(qtbot, page: CasePage, button, payload: dict) -> None:
    click(qtbot, button)
    dialog = page.record_dialog
    assert dialog is not None and dialog.isVisible()
    fill(qtbot, dialog.form, payload)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible(), dialog.form.summary.text() + dialog.error.text()


def _move(qtbot, page: CasePage, target: str, reason: str = "") -> str:
    tab = page.empowerment
    click(qtbot, tab.move_button)
    dialog = tab.stage_dialog
    assert dialog.isVisible()
    click(qtbot, dialog.buttons[target])
    assert dialog.selected() == target
    if reason:
        qtbot.keyClicks(dialog.reason, reason)
    click(qtbot, dialog.submit)
    assert not dialog.isVisible(), dialog.error.text()
    return tab.message.text()


def _intake(qtbot, window: MainWindow) -> CasePage:
    window.show_page(window.intake)
    f = window.intake.fields
    qtbot.keyClicks(f.full_name, "Walk Antarmuka")
    click(qtbot, f.sex_buttons["P"])
    click(qtbot, f.by_estimate)
    f.estimated_age.setValue(24)
    f.intake_date.setDate(QDate(START.year, START.month, START.day))
    f.region.set_codes(["53", "53.71"])
    f.intake_channel.set_code("HOTLINE")
    f.victim_status.set_code("DIDUGA")
    f.modus.set_checked("EBM")
    click(qtbot, window.intake.save_button)
    assert window.stack.currentWidget() is window.case_page
    return window.case_page


def _supervisor(qtbot, backend, runner, prefs, case_id: str, approve: bool,
                comment: str = "") -> None:
    """The supervisor opens the case, sees the pending change and decides."""
    backend.session.unlock(ADMIN, PASSWORD)
    page = CasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    page.resize(1366 - 170, 700)
    page.show()
    page.load(case_id)
    _tab(qtbot, page, page.empowerment)
    tab = page.empowerment
    assert tab.review_row.isVisible()
    assert tab.pending_text.text().startswith("Menunggu persetujuan supervisor: ")
    if not approve:
        click(qtbot, tab.return_button)  # a returned change needs a note for the caseworker
        assert tab.message.text() == ("Tulis catatan untuk pendamping bila permintaan "
                                      "dikembalikan.")
        qtbot.keyClicks(tab.review_comment, comment)
        click(qtbot, tab.return_button)
    else:
        click(qtbot, tab.approve_button)
    assert not tab.review_row.isVisible()
    page.clear()
    page.close()
    backend.session.unlock(CASEWORKER, CASEWORKER_PASSWORD)


def test_caseworker_walks_a_case_through_every_stage(qtbot, backend, runner, prefs):
    clock = MovableClock(START)
    backend.deps.clock = clock
    backend.users.add(CASEWORKER, "Yuliana Bria", frozenset({"PENDAMPING"}), CASEWORKER_PASSWORD)
    backend.session.unlock(CASEWORKER, CASEWORKER_PASSWORD)
    window = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

    page = _intake(qtbot, window)
    case_id = page.detail.id
    assert page.header_parts["stage"] == "Tahap: <b>Perlindungan Sosial</b>"
    assert page.header_parts["status"] == "Status: Aktif"
    assert page.header_parts["assigned"] == "Pendamping: Yuliana Bria"
    assert {c for c, done in page.items.marks().items() if not done} == set("bcdefgh")

    # Skipping a stage is refused in words; the protection gate names what is missing.
    tab = page.empowerment
    _tab(qtbot, page, tab)
    assert tab.strip.current_code() == "PERLINDUNGAN"
    assert tab.strip.buttons["PERLINDUNGAN"].property("current") is True
    click(qtbot, tab.strip.buttons["RENCANA"])
    click(qtbot, tab.panels["RENCANA"].move_here)
    assert tab.message.text() == (
        "Dari tahap Perlindungan Sosial kasus tidak dapat langsung ke Penyusunan Rencana "
        "Pemberdayaan. Tahap yang boleh: Pendekatan Awal, Terminasi.")
    click(qtbot, tab.move_button)
    dialog = tab.stage_dialog
    detail = dialog.details["PENDEKATAN_AWAL"].text()
    assert "formulir Asesmen" in detail and "formulir Pernyataan Bebas Kondisi Kritis" in detail
    assert dialog.selected() == "" and not dialog.submit.isEnabled()
    click(qtbot, dialog.buttons["PENDEKATAN_AWAL"])
    assert not dialog.submit.isEnabled()
    dialog.reject()

    # Protection: every form through its dialog; a missing field is named under it.
    _tab(qtbot, page, page.protection)
    forms = payloads(clock.today())
    click(qtbot, page.protection.lists["evakuasi"].add_button)
    dialog = page.record_dialog
    fill(qtbot, dialog.form, {k: v for k, v in forms["evakuasi"].items() if k != "dari"})
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.form.errors["dari"].text() == "Wajib diisi."
    qtbot.keyClicks(dialog.form.editors["dari"], forms["evakuasi"]["dari"])
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    for kind in PROTECTION[1:]:
        _record(qtbot, page, page.protection.lists[kind].add_button, forms[kind])
    assert all(page.protection.lists[k].table.rowCount() == 1 for k in PROTECTION)
    assert page.protection.allowance.text().startswith(
        "Hari ke-1 — tahap 1 (batas hari ke-7, sampai 08/05/2025)")
    assert page.protection.critical.text() == "Dinyatakan 02/05/2025 oleh dr. Yohana, psikolog."
    _tab(qtbot, page, tab)
    assert _move(qtbot, page, "PENDEKATAN_AWAL") == (
        "Tahap berubah: Perlindungan Sosial → Pendekatan Awal.")

    returned = False
    for stage, kinds, target, approval in STAGE_PATH:
        assert tab.strip.current_code() == stage
        assert tab.strip.selected_code() == stage
        name = tab.strip.texts[stage].split(". ", 1)[-1]
        assert page.header_parts["stage"] == f"Tahap: <b>{name}</b>"
        assert f"Tahap: <b>{name}</b>" in page.header_text.text()
        clock.advance(3)
        forms = payloads(clock.today())
        for kind in kinds:
            panel = next(p for p in tab.panels.values() if kind in p.lists)
            click(qtbot, tab.strip.buttons[panel.stage.code])
            _record(qtbot, page, panel.lists[kind].add_button, forms[kind])
        if stage == "BANTUAN_LANJUT":
            _tab(qtbot, page, page.items)
            _record(qtbot, page, page.items.obstacles.add_button, forms["hambatan"])
            _tab(qtbot, page, tab)
        if stage == "PENDEKATAN_AWAL":
            marks = tab.panels[stage].checklists["tahap_1"]
            assert all(label.property("done") for label, _ in marks.items.values()
                       if label.objectName() != "check_tahap_1_perlu_rujukan")
        message = _move(qtbot, page, target)
        if approval:
            assert message.endswith("menunggu persetujuan supervisor.")
            assert tab.strip.current_code() == stage
            assert tab.pending_text.text().startswith(
                "Menunggu persetujuan supervisor: ")
            assert not tab.move_button.isEnabled() and not tab.review_row.isVisible()
            if not returned:
                _supervisor(qtbot, backend, runner, prefs, case_id, False,
                            "Lampirkan sertifikat pelatihan")
                page.reload()
                assert tab.pending_text.text().endswith(": Lampirkan sertifikat pelatihan")
                assert tab.move_button.isEnabled()
                returned = True
                _move(qtbot, page, target)
            _supervisor(qtbot, backend, runner, prefs, case_id, True)
            page.reload()
        assert tab.strip.current_code() == target

    # Terminated: former victim, every recording item complete, the history in words.
    assert tab.strip.buttons["TERMINASI"].property("current") is True
    assert all(tab.strip.buttons[s].property("done") for s, *_ in STAGE_PATH)
    assert page.header_parts["stage"] == "Tahap: <b>Terminasi</b>"
    assert page.header_parts["status"] == "Status: Selesai · Eks korban"
    assert all(page.items.marks().values())
    assert page.items.summary.text() == "8 dari 8 butir lengkap."
    assert page.findChild(type(page.title), "fullName").text() == "Walk Antarmuka"
    history = page.history.timeline
    subjects = [history.item(r, 1).text() for r in range(history.rowCount())]
    assert "Tahap: Bantuan Lanjut → Terminasi" in subjects
    assert "Penyaluran Minat (evaluasi)" in subjects
    assert not page.protection.lists["evakuasi"].add_button.isEnabled()  # case closed
    assert tab.move_button.isEnabled()  # reopening stays possible (with a reason)
    window.close()
