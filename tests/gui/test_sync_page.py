"""The Sinkronisasi page through its real widgets, over real data folders, real keys and real
bundle files: enrol the province by the fingerprint heard on the phone, send to a folder
standing in for the stick, import the province's receipt, and find which cases were on it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.sync.enrol_dialog import EnrolDialog, RevokeDialog
from ppt_desk.gui.sync.export_dialog import ExportDialog

from gui_helpers import make_ctx, register, visible_text
from sync_gui_helpers import bundles_on, give_secretariat_consent, new_province

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def province(tmp_path):
    office = new_province(tmp_path / "province")
    yield office
    office.backend.session.lock()


@pytest.fixture
def window(qtbot, backend, runner, prefs):
    win = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_page(win.sync_page)
    return win


def _heard(province) -> str:
    """What the secretariat reads aloud: the fingerprint of the card it handed out (a
    secretariat's card covers its offline backup key too)."""
    return province.backend.sync.read_card(province.card).fingerprint


def _dialog(parent, kind):
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _enrol_through_page(qtbot, monkeypatch, page, card: Path, heard: str) -> EnrolDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    qtbot.mouseClick(page.devices.enrol_button, LEFT)
    dialog = _dialog(page.devices, EnrolDialog)
    qtbot.keyClicks(dialog.fingerprint, heard)
    return dialog


def _table(list_table) -> list[list[str]]:
    t = list_table.table
    return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
            for r in range(t.rowCount())]


def _export_through_dialog(qtbot, monkeypatch, page, stick: Path) -> ExportDialog:
    page.tabs.setCurrentWidget(page.export)
    page.export.drives = []   # no real drive in a test: the folder is picked by hand
    qtbot.mouseClick(page.export.send_button, LEFT)
    dialog = _dialog(page.export, ExportDialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert dialog.destination() == stick
    return dialog


def test_walk_enrol_send_receipt_and_which_cases_were_on_the_stick(
        qtbot, monkeypatch, window, backend, province, tmp_path):
    page = window.sync_page
    assert page.devices.fingerprint.text() == backend.sync.own_card().fingerprint

    # Enrol the province: the fingerprint is read aloud by phone, typed here in any case.
    heard = _heard(province).lower().replace("-", " ")
    dialog = _enrol_through_page(qtbot, monkeypatch, page, province.card, heard)
    assert dialog.findChild(type(dialog.fingerprint), "typedFingerprint").text() == heard.upper()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible(), (dialog.save_button.isEnabled(), dialog.message.text())
    rows = _table(page.devices.list)
    assert rows == [[province.backend.office.profile().name, "Sekretariat", "A",
                     _heard(province), "Aktif", rows[0][5]]]

    # Two victims; one agreed that the secretariat may know who she is.
    shared, shared_number = register(backend, "Yuliana Kase")
    give_secretariat_consent(backend, shared)
    _hidden, hidden_number = register(backend, "Agustina Nahak")
    page.tabs.setCurrentWidget(page.export)
    plan = backend.sync.export_plan()
    assert page.export.events.text() == str(plan.events) and plan.events > 0
    assert (page.export.identity.text(), page.export.pseudonym.text()) == ("1", "1")
    assert page.export.recipient.text() == province.backend.office.profile().name
    assert page.export.send_button.isEnabled()

    stick = tmp_path / "stick"
    stick.mkdir()
    export = _export_through_dialog(qtbot, monkeypatch, page, stick)
    qtbot.mouseClick(export.send_button, LEFT)
    [bundle] = bundles_on(stick)
    assert [p.name for p in stick.iterdir()] == [bundle.name]
    done = visible_text(export.status)
    assert bundle.name in done and f"{plan.events} kejadian" in done
    assert "1 kasus dengan identitas, 1 kasus dengan pseudonim" in done
    assert bundle.name in visible_text(page.export.last)
    qtbot.keyClick(export, Qt.Key.Key_Escape)   # Tutup
    assert not export.isVisible()

    # The province enrols this PPT (its card saved from the page), imports, writes a receipt.
    cards = tmp_path / "ppt-card"
    cards.mkdir()
    page.tabs.setCurrentWidget(page.devices)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(cards))
    qtbot.mouseClick(page.devices.save_card_button, LEFT)
    [card] = cards.glob("*.ppt-card")
    assert card.name in visible_text(page.devices.card_status)
    province.backend.sync.enrol(card, page.devices.fingerprint.text())
    _, imported = province.backend.sync.import_bundle(bundle)
    assert imported.outcome == "applied", imported
    _, receipt_name = province.backend.sync.write_receipt(
        backend.office.profile().device_id, stick)

    # The receipt comes back through the import tab; then once more, which changes nothing.
    page.tabs.setCurrentWidget(page.imports)
    receipt = stick / receipt_name
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(receipt)], ""))
    qtbot.mouseClick(page.imports.pick_button, LEFT)
    office = province.backend.office.profile().name
    assert page.imports.texts() == [
        f"Tanda terima dari {office}: {plan.events} kejadian dikonfirmasi diterima."]
    qtbot.mouseClick(page.imports.pick_button, LEFT)
    assert page.imports.texts()[0] == "Bundel ini sudah pernah diimpor; tidak ada yang berubah."
    assert [row[:2] for row in _table(page.imports.list)] == [
        [receipt_name, "Sudah pernah diimpor"], [receipt_name, "Diterapkan"]]
    page.tabs.setCurrentWidget(page.export)
    assert visible_text(page.export.problem).startswith("Tidak ada data baru untuk dikirim")
    assert (page.export.events.text(), page.export.identity.text()) == ("0", "—")
    assert not page.export.send_button.isEnabled()

    # Riwayat: which records were on that stick?
    page.tabs.setCurrentWidget(page.history)
    log = [(r[0], r[1], r[2], r[5]) for r in _table(page.history.list)]
    assert ("Keluar", "Data kasus", office, "Terkirim") in log
    assert ("Masuk", "Tanda terima", office, "Diterapkan") in log
    sent = next(e for e in backend.sync.bundles() if e.direction == "OUT" and e.kind == "events")
    assert page.history.select_bundle(sent.bundle_id)
    assert sorted(_table(page.history.case_list)) == sorted(
        [[shared_number, "IDENTITAS"], [hidden_number, "PSEUDONIM"]])
    assert "2 kasus — 1 dengan identitas, 1 dengan pseudonim" in page.history.cases_note.text()
    qtbot.mouseClick(page.history.copy_button, LEFT)
    copied = QGuiApplication.clipboard().text()
    assert shared_number in copied and hidden_number in copied and sent.bundle_id in copied
    assert "Yuliana" not in copied and "Agustina" not in copied
    printed = page.history.document().toPlainText()
    assert shared_number in printed and "Yuliana" not in printed


def test_a_wrong_fingerprint_enrols_nothing(qtbot, monkeypatch, window, backend, province):
    page = window.sync_page
    dialog = _enrol_through_page(qtbot, monkeypatch, page, province.card, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)   # Enter submits
    assert dialog.isVisible()
    assert "tidak sama" in visible_text(dialog.message)
    assert "TIDAK didaftarkan" in visible_text(dialog.message)
    assert backend.sync.devices() == []
    assert page.devices.list.table.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_fingerprint_must_be_typed_not_copied(qtbot, monkeypatch, window, province):
    page = window.sync_page
    dialog = _enrol_through_page(qtbot, monkeypatch, page, province.card, "")
    fingerprint = _heard(province)
    shown = [label.text() for label in dialog.findChildren(type(page.devices.office))]
    assert province.backend.office.profile().name in shown
    assert "Sekretariat" in shown
    assert not any(fingerprint in text or fingerprint.replace("-", "") in text for text in shown)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.fingerprint, fingerprint[:-1])   # one character short
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.fingerprint, fingerprint[-1])
    assert dialog.save_button.isEnabled()


def test_revoking_needs_a_reason_and_shows_it(qtbot, monkeypatch, window, backend, province):
    page = window.sync_page
    fingerprint = _heard(province)
    dialog = _enrol_through_page(qtbot, monkeypatch, page, province.card, fingerprint)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not page.devices.revoke_button.isEnabled()   # nothing selected
    page.devices.list.table.selectRow(0)
    qtbot.mouseClick(page.devices.revoke_button, LEFT)
    revoke = _dialog(page.devices, RevokeDialog)
    assert not revoke.save_button.isEnabled()
    qtbot.keyClicks(revoke.reason, "   ")
    assert not revoke.save_button.isEnabled()
    qtbot.keyClicks(revoke.reason, "Laptop hilang")
    qtbot.mouseClick(revoke.save_button, LEFT)
    assert not revoke.isVisible()
    [peer] = backend.sync.devices()
    assert not peer.active and peer.revoke_reason == "Laptop hilang"
    assert _table(page.devices.list)[0][4] == "Dicabut: Laptop hilang"
    page.devices.list.table.selectRow(0)
    assert not page.devices.revoke_button.isEnabled()


def _cancelled_export(qtbot, monkeypatch, page, backend, province, stick):
    qtbot.mouseClick(_enrol_through_page(qtbot, monkeypatch, page, province.card,
                                         _heard(province)).save_button, LEFT)
    register(backend, "Yuliana Kase")
    dialog = _export_through_dialog(qtbot, monkeypatch, page, stick)
    pressed = []

    def press_batal(_value):   # the user presses Batal while the bundle is being written
        if not pressed:
            pressed.append(1)
            qtbot.mouseClick(dialog.cancel_button, LEFT)

    dialog.bar.valueChanged.connect(press_batal)
    plan = backend.sync.export_plan()
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert pressed
    dialog.bar.valueChanged.disconnect(press_batal)
    return dialog, plan


def test_cancel_during_export_leaves_nothing_on_the_stick(qtbot, monkeypatch, window, backend,
                                                          province, tmp_path):
    page = window.sync_page
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog, plan = _cancelled_export(qtbot, monkeypatch, page, backend, province, stick)
    assert list(stick.iterdir()) == []
    assert "dibatalkan" in visible_text(dialog.error)
    assert dialog.isVisible() and dialog.send_button.isEnabled() and not dialog.running
    assert backend.sync.bundles() == []
    assert backend.sync.export_plan() == plan

    # Escape during an export cancels it too, and the dialog stays until it has stopped.
    dialog.bar.valueChanged.connect(lambda _v: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(dialog.send_button, LEFT)
    assert list(stick.iterdir()) == []
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_cancelled_export_leaves_no_copy_in_the_data_folder(qtbot, monkeypatch, window,
                                                              backend, province, data_dir,
                                                              tmp_path):
    """ExportCancelled's promise: "nothing is left behind (no file on the stick or here)"."""
    stick = tmp_path / "stick"
    stick.mkdir()
    _cancelled_export(qtbot, monkeypatch, window.sync_page, backend, province, stick)
    outgoing = data_dir / "sync" / "outgoing"
    assert not outgoing.exists() or list(outgoing.iterdir()) == []


def test_a_rejected_file_is_explained_and_changes_nothing(qtbot, window, backend, tmp_path):
    page = window.sync_page
    page.tabs.setCurrentWidget(page.imports)
    junk = tmp_path / "bukan-bundel.ppt-bundle"
    junk.write_bytes(b"bukan bundel sama sekali\n" * 10)
    page.imports.import_files([junk])
    [(name, outcome, text)] = [r for r in _table(page.imports.list)]
    assert (name, outcome) == ("bukan-bundel.ppt-bundle", "Ditolak")
    assert text.endswith("Berkas disimpan di karantina dan tidak ada data yang diubah.")
    assert "kode:" not in text   # a sentence, not a code
    [entry] = backend.sync.bundles()
    page.tabs.setCurrentWidget(page.history)
    assert _table(page.history.list)[0][:6] == ["Masuk", "—", "—", "—", _table(
        page.history.list)[0][4], "Ditolak"]
    assert entry.status == "QUARANTINED"


def test_every_signed_in_user_sees_the_page_but_only_keepers_enrol(qtbot, backend, runner,
                                                                   prefs, province):
    backend.sync.enrol(province.card, _heard(province))
    register(backend, "Yuliana Kase")   # something to send: only the role stands in the way
    backend.users.add("maria.p", "Maria Pendamping", frozenset({"PENDAMPING"}),
                      "pendamping-rahasia-9")
    backend.users.add("budi.a", "Budi Admin", frozenset({"ADMIN"}), "admin-rahasia-99")
    backend.session.lock()
    backend.session.unlock("maria.p", "pendamping-rahasia-9")
    caseworker = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(caseworker)
    nav = [caseworker.nav.item(r).text() for r in range(caseworker.nav.count())]
    assert "Sinkronisasi" in nav
    caseworker.show()
    caseworker.show_page(caseworker.sync_page)
    devices = caseworker.sync_page.devices
    assert devices.fingerprint.text() == backend.sync.own_card().fingerprint
    for button in (devices.enrol_button, devices.revoke_button, devices.save_card_button):
        assert button.isHidden()
    assert not devices.keeper_note.isHidden()
    assert caseworker.sync_page.export.role_note.isHidden()
    assert caseworker.sync_page.export.send_button.isEnabled()

    backend.session.lock()
    backend.session.unlock("budi.a", "admin-rahasia-99")   # an admin without casework
    admin = MainWindow(make_ctx(backend, runner, prefs))
    qtbot.addWidget(admin)
    admin.show()
    admin.show_page(admin.sync_page)
    page = admin.sync_page
    assert not page.devices.enrol_button.isHidden()
    assert not page.export.role_note.isHidden() and not page.export.send_button.isEnabled()


def test_lock_clears_the_page(qtbot, monkeypatch, window, province):
    page = window.sync_page
    fingerprint = _heard(province)
    qtbot.mouseClick(_enrol_through_page(qtbot, monkeypatch, page, province.card,
                                         fingerprint).save_button, LEFT)
    assert page.devices.list.table.rowCount() == 1
    window.clear()
    assert page.devices.fingerprint.text() == ""
    assert page.devices.list.table.rowCount() == 0
    assert page.export.events.text() == "—"
    assert page.history.list.table.rowCount() == 0
