"""Issue 11's walk through the real secretariat widgets, in one go: set up a secretariat on the
first-run wizard, enrol two PPT folders from their cards (the fingerprint heard on the phone
typed in), import both PPTs' bundles from a stick, see both on the dashboard, send the return
trip with its receipts (each PPT imports it in one step), route a transfer from Kota Kupang to
Belu through the secretariat (Belu then owns the case), and decide a conflict that two offices'
edits of the same field made. On the way: a wrong fingerprint refused, Belu's report of a case
handed over directly waiting on the dashboard until Kupang's bundle comes, no false request
for a missing bundle after a transfer, and the provincial register a page at a time.

The PPTs are driven through their backends as their own windows would (their widgets have
their own tests); every step at the secretariat goes through its window. Screenshots of the
key screens at 1366x768 and 1024x768 go to tmp/shots/secretariat-walk/."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from ppt_desk.bootstrap import make_backend
from ppt_desk.gui.app import AppController
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.secretariat import register_page
from ppt_desk.gui.secretariat.dashboard_page import (
    COL_DATA, COL_LAST, COL_PPT, COL_RECEIPT, COL_WAITING,
)
from ppt_desk.gui.secretariat.main_window import SecretariatWindow
from ppt_desk.gui.sync.conflicts_page import COL_INCOMING, COL_LOCAL, COL_OFFICE, COL_WHAT
from ppt_desk.gui.sync.enrol_dialog import EnrolDialog
from ppt_desk.gui.unlock_dialog import UnlockDialog
from ppt_desk.security.kdf import TEST_PARAMS

from gui_helpers import ADMIN, PASSWORD, register
from secretariat_gui_helpers import BELU, _both, consent
from test_conflicts_page import _edit
from test_secretariat_window import _through_wizard

SHOTS = Path(__file__).resolve().parents[2] / "tmp" / "shots" / "secretariat-walk"
SIZES = ((1366, 768), (1024, 768))
KUPANG = "P2TP2A Kota Kupang"          # the template folder's office (tests/conftest.py)


def _rows(list_table) -> list[list[str]]:
    t = list_table.table
    return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
            for r in range(t.rowCount())]


def _row(list_table, column: int, starts: str) -> list[str]:
    (row,) = [r for r in _rows(list_table) if r[column].startswith(starts)]
    return row


def _go(qtbot, window, title: str):
    """Down the navigation with the keyboard to the page of ``title``."""
    nav = window.nav
    nav.setFocus()
    target = next(r for r in range(nav.count()) if nav.item(r).text().startswith(title))
    key = Qt.Key.Key_Down if target > nav.currentRow() else Qt.Key.Key_Up
    while nav.currentRow() != target:
        qtbot.keyClick(nav, key)
    page = window.stack.currentWidget()
    assert page is window.by_title[title]
    return page


def _shot(window, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        window.resize(width, height)
        for _ in range(3):          # layouts and row heights follow the new width
            QApplication.processEvents()
        window.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))
    window.resize(*SIZES[0])


def _enrol(qtbot, monkeypatch, devices, card: Path, heard: str) -> EnrolDialog:
    """Daftarkan kartu: the card chosen in the file dialog, the fingerprint typed as heard."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    qtbot.mouseClick(devices.enrol_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in devices.findChildren(EnrolDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.fingerprint, heard)
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)
    return dialog


def _import(qtbot, page, stick: Path) -> list[list[str]]:
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.busy and page.folder_button.isEnabled())
    return _rows(page.list)


@pytest.fixture
def belu(tmp_path):
    office = make_backend(tmp_path / "belu", TEST_PARAMS)
    office.session.setup(BELU, ADMIN, "Admin Belu", PASSWORD, PASSWORD)
    office.session.unlock(ADMIN, PASSWORD)
    yield office
    office.session.lock()


def test_a_secretariat_from_setup_to_a_decided_conflict(qtbot, monkeypatch, tmp_path, prefs,
                                                         backend, belu):
    kupang = backend
    stick = tmp_path / "stick"
    cards = tmp_path / "cards"
    for folder in (stick, cards / "kupang", cards / "belu", cards / "sekretariat"):
        folder.mkdir(parents=True)

    # 1. Setup: Jenis instalasi = Sekretariat, the province, the first admin, the keys.
    sek = make_backend(tmp_path / "sekretariat", TEST_PARAMS)
    controller = AppController(sek, SyncRunner(), prefs)
    controller.start()
    wizard = _through_wizard(qtbot, controller, tmp_path)
    wizard.keys_page.code_confirm.setChecked(True)
    wizard.keys_page.key_confirm.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.password, PASSWORD)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    window = opened.args[0]
    assert isinstance(window, SecretariatWindow)
    qtbot.addWidget(window)
    window.resize(*SIZES[0])
    window.show()

    # 2. Perangkat: the secretariat's card out to both PPTs; their cards enrolled here, each
    # after its fingerprint is read aloud (a wrong one enrols nothing).
    devices = _go(qtbot, window, "Perangkat")
    panel = devices.devices
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(cards / "sekretariat"))
    qtbot.mouseClick(panel.save_card_button, Qt.MouseButton.LeftButton)
    (own_card,) = (cards / "sekretariat").glob("*.ppt-card")
    assert own_card.name in panel.card_status.text()
    read_aloud = panel.fingerprint.text()
    for ppt in (kupang, belu):
        ppt.sync.enrol(own_card, read_aloud)
    _both(kupang, belu, cards / "ppts")                # the two PPTs know each other
    kupang_card = kupang.sync.write_own_card(cards / "kupang")
    belu_card = belu.sync.write_own_card(cards / "belu")

    wrong = _enrol(qtbot, monkeypatch, panel, kupang_card,
                   belu.sync.own_card().fingerprint.lower())
    assert wrong.isVisible() and wrong.message.isVisible()
    assert "tidak sama" in wrong.message.text()
    assert _rows(panel.list) == []
    wrong.reject()
    for card, ppt in ((kupang_card, kupang), (belu_card, belu)):
        dialog = _enrol(qtbot, monkeypatch, panel, card, ppt.sync.own_card().fingerprint)
        assert not dialog.isVisible(), dialog.message.text()
    assert devices.counts.text() == "2 terdaftar, 0 dicabut"
    assert {(r[0], r[1], r[4]) for r in _rows(panel.list)} == {
        (KUPANG, "PPT", "Aktif"), (BELU.name, "PPT", "Aktif")}
    _shot(window, "perangkat")

    # 3. Both PPTs register cases and send their bundles on one stick.
    named, named_number = register(kupang, "Maria Goreti Seran", age=24)
    consent(kupang, named, "SEKRETARIAT")
    moving, moving_number = register(kupang, "Yuliana Bria", age=19)
    consent(kupang, moving, "SEKRETARIAT")
    consent(kupang, moving, "RUJUKAN", BELU.name)
    register(belu, "Fransiska Luruk", age=31)
    kupang.sync.export(stick)
    belu.sync.export(stick)

    # 4. Impor bundel: the stick chosen as a folder; a line per file.
    page = _go(qtbot, window, "Impor bundel")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and page.folder_button.isEnabled())
    rows = _rows(page.list)
    assert [r[1] for r in rows] == ["Diterapkan", "Diterapkan"], rows
    assert page.summary.text() == "Selesai: 2 berkas, 0 ditolak."
    _shot(window, "impor")

    # 5. Dasbor perangkat: both PPTs, each with its last bundle, a receipt due.
    dashboard = _go(qtbot, window, "Dasbor perangkat")
    assert dashboard.list.table.rowCount() == 2
    assert "2 perangkat PPT · 2 perlu tanda terima" in dashboard.summary.text()
    assert sorted(r[COL_PPT] for r in _rows(dashboard.list)) == [
        f"{KUPANG} (KPG)", f"{BELU.name} (BLU)"]        # each PPT's own code
    for office in (KUPANG, BELU.name):
        row = _row(dashboard.list, COL_PPT, office)
        assert row[COL_LAST].startswith("no. 1 · "), row
        assert row[COL_DATA].startswith("s.d. no. ") and row[COL_RECEIPT].startswith(
            "perlu dikirim"), row
    dashboard.list.table.selectRow(dashboard.list.row_of(belu.office.profile().device_id))
    assert "1 bundel diterima; terakhir no. 1" in dashboard.detail.text()
    _shot(window, "dasbor")

    # 6. Kirim balik: the return trip for every PPT onto the stick; each PPT imports it.
    trip = _go(qtbot, window, "Kirim balik")
    trip.set_destination(stick)
    assert sorted(r[:2] for r in _rows(trip.list)) == [[KUPANG, "KPG"], [BELU.name, "BLU"]]
    qtbot.mouseClick(trip.all_button, Qt.MouseButton.LeftButton)
    assert not trip.error.isVisible(), trip.error.text()
    for office in (KUPANG, BELU.name):
        assert f"Untuk {office}: tanda terima" in trip.outcome.text(), trip.outcome.text()
    _shot(window, "kirim-balik")
    for ppt in (kupang, belu):
        _, results = ppt.sync.import_many([stick])
        kinds = [r.result.kind for r in results if r.result.outcome == "applied"]
        assert "receipt" in kinds, results
    dashboard = _go(qtbot, window, "Dasbor perangkat")
    for office in (KUPANG, BELU.name):
        assert _row(dashboard.list, COL_PPT, office)[COL_RECEIPT].startswith("terkirim ")
    assert "0 perlu tanda terima" in dashboard.summary.text()

    # 7. A transfer Kupang sends through the secretariat: taken from the stick on Impor
    # bundel, waiting on Pindahan kasus, carried on by Kirim balik; Belu imports and owns it.
    belu_id = belu.office.profile().device_id
    kupang.sync.transfer_case(moving, belu_id, "Korban pulang ke Belu", stick,
                              via_secretariat=True)
    kupang.sync.export(stick)
    page = _go(qtbot, window, "Impor bundel")
    rows = _import(qtbot, page, stick)
    assert any(r[2].startswith(f"Pemindahan kasus untuk {BELU.name} diterima") for r in rows)
    # Kupang's bundle after the transfer bundle (a number of its chain the province never
    # imports): nothing is missing, so nobody is asked to send it again.
    assert not any("belum pernah diimpor di sini" in r[2] for r in rows), rows
    transfers = _go(qtbot, window, "Pindahan kasus")
    assert _rows(transfers.waiting)[0][0] == BELU.name
    (moved,) = _rows(transfers.list)
    assert moved[:3] == [moving_number, KUPANG, BELU.name]
    _shot(window, "pindahan")
    trip = _go(qtbot, window, "Kirim balik")
    assert _row(trip.list, 0, BELU.name)[2] == "1"
    trip.list.table.selectRow(trip.list.row_of(belu_id))
    qtbot.mouseClick(trip.one_button, Qt.MouseButton.LeftButton)
    assert trip.outcome.text().startswith(f"Untuk {BELU.name}: tanda terima"), \
        trip.outcome.text()
    assert "1 pemindahan kasus" in trip.outcome.text()
    _, results = belu.sync.import_many([stick])
    assert "transfer" in [r.result.kind for r in results if r.result.outcome == "applied"]
    assert belu.cases.open(moving).transferred_to in ("", None)
    assert kupang.cases.open(moving).transferred_to == BELU.name

    # 8. A second case Kupang hands Belu directly (a stick between the two PPTs): Belu's
    # report of it comes before Kupang's bundle that brings the case, so the secretariat keeps
    # Belu's data waiting (the dashboard says so) until Kupang's bundle comes.
    late, _ = register(kupang, "Veronika Klau", age=20)
    consent(kupang, late, "RUJUKAN", BELU.name)
    direct = tmp_path / "antar-ppt"
    direct.mkdir()
    _, name = kupang.sync.transfer_case(late, belu_id, "Korban pindah ke Belu", direct)
    assert belu.sync.import_bundle(direct / name)[1].outcome == "applied"
    # Both offices change the moved case's notes from the same version: Belu, which owns it
    # now, and Kupang's old copy (a second laptop past the ownership rule).
    _edit(belu.session.db, moving, "Korban sudah tiba di Atambua.")
    _edit(kupang.session.db, moving, "Korban dijemput keluarga di Kupang.")
    belu.sync.export(stick)
    page = _go(qtbot, window, "Impor bundel")
    rows = _import(qtbot, page, stick)
    assert [r[1] for r in rows].count("Diterapkan") == 1, rows
    dashboard = _go(qtbot, window, "Dasbor perangkat")
    dashboard.list.table.selectRow(dashboard.list.row_of(belu_id))
    detail = dashboard.detail.text()
    assert "1 di antaranya menunggu data PPT lain" in detail, detail
    assert "Data diterapkan sampai" not in detail
    assert not _row(dashboard.list, COL_PPT, BELU.name)[COL_DATA].count("tertahan")
    _shot(window, "dasbor-menunggu")

    # Kupang's bundle: Belu's waiting data lands, and the two notes are a conflict item that
    # the Konflik data page lists; an officer decides it.
    kupang.sync.export(stick)
    page = _go(qtbot, window, "Impor bundel")
    rows = _import(qtbot, page, stick)
    assert "Ditolak" not in [r[1] for r in rows], rows
    assert not any("belum pernah diimpor di sini" in r[2] for r in rows), rows
    assert any(r[2].endswith("1 konflik data menunggu keputusan petugas sekretariat.")
               for r in rows), rows
    assert page.summary.text() == ("Selesai: 5 berkas, 0 ditolak. 1 konflik data baru: lihat "
                                   "halaman Konflik data.")
    dashboard = _go(qtbot, window, "Dasbor perangkat")
    dashboard.list.table.selectRow(dashboard.list.row_of(belu_id))
    assert "menunggu data PPT lain" not in dashboard.detail.text()
    assert "Data diterapkan sampai no. " in dashboard.detail.text()
    _shot(window, "impor-lagi")
    transfers = _go(qtbot, window, "Pindahan kasus")
    assert _rows(transfers.list) == []             # Belu has reported the case back
    conflicts = _go(qtbot, window, "Konflik data")
    assert window.nav.currentItem().text() == "Konflik data (1)"
    (item,) = _rows(conflicts.list)
    assert item[0] == moving_number and item[COL_WHAT].endswith("Catatan kasus")
    assert item[COL_OFFICE] in (KUPANG, BELU.name)
    assert {item[COL_LOCAL], item[COL_INCOMING]} == {"Korban sudah tiba di Atambua.",
                                                     "Korban dijemput keluarga di Kupang."}
    conflicts.list.table.selectRow(0)
    assert "menjadi isi register provinsi" in conflicts.note.text()
    _shot(window, "konflik")
    chosen = "LOCAL" if item[COL_LOCAL].startswith("Korban sudah") else "INCOMING"
    button = conflicts.use_local if chosen == "LOCAL" else conflicts.use_incoming
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (box,) = [b for b in conflicts.findChildren(QMessageBox) if b.isVisible()]
    assert "Korban sudah tiba di Atambua." in box.informativeText()
    (yes,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert _rows(conflicts.list) == []
    assert conflicts.list.empty.text() == "Tidak ada konflik data yang menunggu keputusan."
    assert window.nav.currentItem().text() == "Konflik data"
    assert sek.sync.open_conflicts() == 0
    dashboard = _go(qtbot, window, "Dasbor perangkat")
    assert "0 konflik data terbuka" in dashboard.summary.text()
    assert _row(dashboard.list, COL_PPT, BELU.name)[COL_WAITING] == "0"
    # 9. Register provinsi: every PPT's cases, a moved case under the PPT that holds it now;
    # the list a page at a time.
    monkeypatch.setattr(register_page, "PAGE_SIZE", 3)
    cases = _go(qtbot, window, "Register provinsi").cases
    assert cases.count.text() == "3 dari 4 kasus" and cases.more_button.isVisible()
    qtbot.mouseClick(cases.more_button, Qt.MouseButton.LeftButton)
    assert cases.count.text() == "4 dari 4 kasus" and not cases.more_button.isVisible()
    by_number = {r[register_page.COL_NUMBER]: r for r in _rows(cases.list)}
    assert by_number[moving_number][register_page.COL_NAME] == "Yuliana Bria"
    assert by_number[moving_number][register_page.COL_PPT] == BELU.name
    assert by_number[named_number][register_page.COL_PPT] == KUPANG
    controller.lock()
    assert window.by_title["Dasbor perangkat"].list.table.rowCount() == 0
