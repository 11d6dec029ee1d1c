"""Pindahkan ke PPT lain, through the real widgets: the dialog says whether the victim's consent
allows it, sends the case to a stick folder, and the case page shows the copy left here as
read-only (banner, writing buttons disabled and kept disabled, reading still possible)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ppt_desk.bootstrap import make_backend
from ppt_desk.gui.pages.case_page import CasePage
from ppt_desk.gui.sync.transfer_dialog import TransferDialog
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile

from casework_fill import payloads
from casework_gui_helpers import START, add_caseworker, new_case, use_clock
from gui_helpers import ADMIN, PASSWORD, make_ctx

BELU = OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04", "BLU")
REASON = "Korban dipulangkan ke daerah asal"


def _belu(backend, tmp_path):
    """A second PPT, enrolled here (and this PPT there)."""
    belu = make_backend(tmp_path / "belu", TEST_PARAMS)
    belu.session.setup(BELU, ADMIN, "Admin Belu", PASSWORD, PASSWORD)
    belu.session.unlock(ADMIN, PASSWORD)
    for a, b, name in ((backend, belu, "b"), (belu, backend, "a")):
        folder = tmp_path / "cards" / name
        folder.mkdir(parents=True)
        card = b.sync.write_own_card(folder)
        a.sync.enrol(card, a.sync.read_card(card).fingerprint)
    return belu


def _consent(backend, case_id):
    backend.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", START, "TERTULIS",
                                                 BELU.name))


def _dialog(qtbot, ctx, case_id) -> TransferDialog:
    dialog = TransferDialog(ctx, case_id, "Kasus uji", drives=[])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_needs_consent_a_reason_and_a_stick(qtbot, backend, runner, prefs,
                                                       tmp_path):
    use_clock(backend, START)
    belu = _belu(backend, tmp_path)
    case_id, _ = new_case(backend, "Yuliana Bria", START)
    ctx = make_ctx(backend, runner, prefs)
    dialog = _dialog(qtbot, ctx, case_id)
    assert dialog.target.currentText() == f"{BELU.name} (A)"
    assert "belum dapat dipindahkan" in dialog.consent.text()
    assert "belum tercatat" in dialog.consent.text()
    assert not dialog.ok.isEnabled()
    dialog.reject()

    _consent(backend, case_id)
    dialog = _dialog(qtbot, ctx, case_id)
    assert dialog.consent.text() == f"Persetujuan korban untuk rujukan ke {BELU.name} tercatat."
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Tulis alasan pemindahan." and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, REASON)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Pilih flashdisk atau folder tujuan lebih dulu."
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog.set_destination(stick)
    with qtbot.waitSignal(ctx.bus.data_changed) as changed:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert changed.args[0].touches_case(case_id)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [p.name for p in stick.iterdir()] == [dialog.file_name]
    assert backend.cases.open(case_id).transferred_to == BELU.name
    _, result = belu.sync.import_bundle(stick / dialog.file_name)
    assert result.outcome == "applied"
    # Opened at Belu: its own case now, with the history it had in Kupang.
    page = CasePage(make_ctx(belu, runner, prefs))
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    assert page.title.text() == f"{backend.cases.open(case_id).case_number} — Yuliana Bria"
    assert not page.ownership.banner.isVisible() and page.consent.record_button.isEnabled()
    timeline = page.history.timeline
    lines = [[timeline.item(r, c).text() for c in range(4)] for r in range(timeline.rowCount())]
    assert lines[0][1:] == ["Data pribadi", "dibuat", "Admin Satu (P2TP2A Kota Kupang)"]
    assert [f"Berkas kasus: {BELU.name}", f"dipindahkan — {REASON}",
            "Admin Satu (P2TP2A Kota Kupang)"] in [line[1:] for line in lines]
    assert lines[-1][1:] == ["Berkas kasus", "diubah: perangkat pemegang", "Admin Belu"]
    page.clear()
    belu.session.lock()


def _writing_buttons(page) -> list[QPushButton]:
    reads = ("nikToggle", "checkButton", "toProtection")
    return [b for b in page.findChildren(QPushButton)
            if (page.header.isAncestorOf(b) or page.tabs.isAncestorOf(b))
            and b.objectName() not in reads
            and not b.objectName().startswith(("stage_", "print_"))]


def test_the_copy_left_here_is_read_only(qtbot, backend, runner, prefs, tmp_path):
    use_clock(backend, START)
    belu = _belu(backend, tmp_path)
    case_id, _ = new_case(backend, "Yuliana Bria", START)
    other, _ = new_case(backend, "Maria Nahak", START)
    for case in (case_id, other):
        backend.casework.save_record(case, "konseling", payloads(START)["konseling"])
    _consent(backend, case_id)
    stick = tmp_path / "stick"
    stick.mkdir()
    ctx = make_ctx(backend, runner, prefs)
    page = CasePage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.load(case_id)
    assert page.ownership.transfer_button.isVisible()
    assert page.ownership.transfer_button.isEnabled()
    assert not page.ownership.banner.isVisible()
    dialog = page.ownership.open_transfer_dialog()
    dialog.set_destination(stick)
    qtbot.keyClicks(dialog.reason, REASON)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)   # the page reloads the case

    banner = page.ownership.banner
    assert banner.isVisible()
    assert banner.text().startswith(f"Kasus ini telah dipindahkan ke {BELU.name} pada ")
    assert banner.text().endswith("; salinan ini hanya dapat dibaca.")
    writing = _writing_buttons(page)
    assert page.handover_button in writing and page.share_button in writing
    assert page.ownership.transfer_button in writing
    assert page.consent.record_button in writing
    assert writing and not any(b.isEnabled() for b in writing)
    # A tab that enables its buttons again (a row selected) is overruled.
    add = page.findChild(QPushButton, "add_evakuasi")
    assert add in writing
    add.setEnabled(True)
    assert not add.isEnabled()
    assert page.add_record("konseling") is None
    # Reading stays possible: the history shows the transfer and its reason.
    rows = page.history.timeline.rowCount()
    changes = [page.history.timeline.item(r, 2).text() for r in range(rows)]
    assert f"dipindahkan — {REASON}" in changes
    for name in ("stage_PERLINDUNGAN", "checkButton", "toProtection"):   # they only read
        assert page.findChild(QPushButton, name).isEnabled(), name

    # Another case on the same page is editable again.
    page.load(other)
    assert not page.ownership.banner.isVisible()
    assert page.handover_button.isEnabled() and page.consent.record_button.isEnabled()
    assert page.ownership.transfer_button.isEnabled()
    belu.session.lock()


def test_caseworkers_do_not_see_the_transfer_button(qtbot, backend, runner, prefs):
    use_clock(backend, START)
    maria = add_caseworker(backend, "maria.p", "Maria Pendamping")
    case_id, _ = new_case(backend, "Yuliana Bria", START, assigned=maria.id)
    page = CasePage(make_ctx(backend, runner, prefs, user=maria))
    qtbot.addWidget(page)
    page.show()
    page.load(case_id)
    assert page.handover_button.isVisible()
    assert not page.ownership.transfer_button.isVisible()


def test_the_history_names_the_office_a_line_was_written_at(qtbot):
    from datetime import datetime

    from ppt_desk.gui.pages.history_tab import HistoryTab
    from ppt_desk.services.dto import TimelineEntry

    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.show_entries((
        TimelineEntry(datetime(2026, 5, 2, 1, 0), "case_record", "create", (), "Ani",
                      "konseling", office="P2TP2A Kota Kupang"),
        TimelineEntry(datetime(2026, 5, 3, 1, 0), "case_file", "transfer", (), "Sari",
                      BELU.name, office="P2TP2A Kota Kupang", note=REASON),
        TimelineEntry(datetime(2026, 5, 4, 1, 0), "case_file", "update",
                      ("owner_device_id", "ownership_epoch"), "Admin Belu"),
    ))
    cells = [[tab.timeline.item(r, c).text() for c in range(4)] for r in range(3)]
    assert cells[0][3] == "Ani (P2TP2A Kota Kupang)"
    assert cells[1][1:] == [f"Berkas kasus: {BELU.name}", f"dipindahkan — {REASON}",
                            "Sari (P2TP2A Kota Kupang)"]
    assert cells[2][2:] == ["diubah: perangkat pemegang", "Admin Belu"]


def test_refusals_in_words():
    from ppt_desk.gui.labels import error_text

    assert error_text("case_transferred", to=BELU.name) == (
        f"Kasus ini dipegang oleh {BELU.name}; salinan di perangkat ini hanya dapat dibaca.")
    assert "perangkat kantor lain" in error_text("case_transferred", to="")
    assert BELU.name in error_text("transfer_needs_consent", reason="no_consent",
                                   agency=BELU.name)
    for code in ("peer_revoked", "peer_not_ppt", "case_changed_meanwhile"):
        assert "kode" not in error_text(code), code


def test_every_label_of_the_dialog_has_its_shortcut(qtbot, backend, runner, prefs, tmp_path):
    """Alt+T, Alt+A and Alt+F reach their fields; no "&" is shown as a character."""
    from PySide6.QtWidgets import QLabel
    use_clock(backend, START)
    _belu(backend, tmp_path)
    case_id, _ = new_case(backend, "Yuliana Bria", START)
    dialog = _dialog(qtbot, make_ctx(backend, runner, prefs), case_id)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) == 3
    assert all(label.buddy() is not None for label in labels)
    assert dialog.stick in [label.buddy() for label in labels]
