"""The secretariat through real widgets (issue 11, ADR 0015): the first-run wizard's choice
"Jenis instalasi", the province, the first admin, the recovery code and the offline backup key
shown once (saved to a new 0600 file, never over another; the wizard finishes only when the user
says it is kept safe, and forgets it then); after sign-in the secretariat's own window. Its
Impor bundel page imports a folder's bundles in sequence with a progress bar and a line per
file (a damaged one quarantined); its Perangkat page shows the province, the backup key's
fingerprint and the PPT devices. An officer's window has no Pengguna page and no enrolling."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from gui_helpers import ADMIN, PASSWORD, make_ctx, register
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.roles import Role
from ppt_desk.gui.app import AppController
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.secretariat.main_window import SecretariatWindow
from ppt_desk.gui.setup_wizard import SetupWizard
from ppt_desk.gui.unlock_dialog import UnlockDialog
from ppt_desk.security.kdf import TEST_PARAMS
from sync_gui_helpers import give_secretariat_consent

LEFT = Qt.MouseButton.LeftButton
OFFICER, OFFICER_PASSWORD = "petugas", "kata-sandi-petugas-1"


def _through_wizard(qtbot, controller, tmp_path, server=None) -> SetupWizard:
    wizard = controller.dialog
    assert isinstance(wizard, SetupWizard)
    qtbot.addWidget(wizard)
    wizard.kind_page.secretariat.click()
    wizard.next()
    page = wizard.province_page
    assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    (province,) = page.region.combos
    qtbot.keyClicks(province.lineEdit(), "Nusa Tenggara Timur")
    qtbot.keyClick(province.lineEdit(), Qt.Key.Key_Tab)
    province.completer().popup().hide()
    assert page.province() == "53"
    assert page.name.text() == "Sekretariat Gugus Tugas PP-TPPO Provinsi Nusa Tenggara Timur"
    wizard.next()
    store = wizard.store_page
    assert wizard.currentPage() is store and store.local.isChecked()
    assert not store.box.isEnabled()
    if server is not None:
        settings, password = server
        store.server.click()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        qtbot.keyClicks(store.host, settings.host)
        store.port.setValue(settings.port)
        qtbot.keyClicks(store.dbname, settings.dbname)
        qtbot.keyClicks(store.user, settings.user)
        qtbot.keyClicks(store.password, password)
        store.sslmode.setCurrentIndex(store.sslmode.findData(settings.sslmode))
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    admin = wizard.secretariat_admin_page
    assert wizard.currentPage() is admin and not admin.supervisor.isVisible()
    qtbot.keyClicks(admin.username, "sari.admin")
    qtbot.keyClicks(admin.display_name, "Sari Admin")
    qtbot.keyClicks(admin.password, PASSWORD)
    qtbot.keyClicks(admin.repeat, PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.keys_page)
    return wizard


def test_wizard_sets_up_a_secretariat_and_shows_the_backup_key_once(qtbot, tmp_path, prefs):
    backend = make_backend(tmp_path / "sekretariat", TEST_PARAMS)
    controller = AppController(backend, SyncRunner(), prefs)
    controller.start()
    wizard = _through_wizard(qtbot, controller, tmp_path)
    keys = wizard.keys_page
    secret = keys.key.toPlainText()
    assert secret.startswith("AGE-SECRET-KEY-1")
    assert len(keys.view.code_label.text().split()) == 8
    assert keys.fingerprint.text().startswith("Sidik jari: ")

    # Saved once to a new file only its owner can read; never over another file.
    target = tmp_path / "kunci.txt"
    keys.save_to(target)
    assert keys.saved.isVisible() and secret in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    keys.save_to(target)
    assert keys.error.isVisible() and "sudah ada" in keys.error.text()

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    keys.code_confirm.setChecked(True)
    assert not finish.isEnabled()          # the backup key must be acknowledged too
    keys.key_confirm.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, LEFT)
    assert keys.key.toPlainText() == "" and wizard.result.backup_identity == ""

    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.addWidget(unlock)
    assert unlock.username.currentText() == "sari.admin"
    qtbot.keyClicks(unlock.password, PASSWORD)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    window = opened.args[0]
    qtbot.addWidget(window)
    assert isinstance(window, SecretariatWindow) and not isinstance(window, MainWindow)
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Impor bundel", "Dasbor perangkat", "Register provinsi", "Konflik data",
        "Kemungkinan duplikat", "Pindahan kasus", "Kirim balik", "Statistik", "Perangkat",
        "Pengguna"]
    assert window.office_label.text().startswith("Sekretariat Gugus Tugas PP-TPPO Provinsi")
    devices = window.by_title["Perangkat"]
    window.show_page(devices)
    assert devices.province.text() == "53 Nusa Tenggara Timur"
    assert backend.secretariat.status().backup_fingerprint in devices.backup.text()
    assert devices.devices.role.text() == "Sekretariat"      # its own card: a secretariat's
    controller.lock()


def test_wizard_sets_up_a_secretariat_on_a_postgresql_server(qtbot, tmp_path, prefs, pg_server):
    from pg import Store

    db = Store(pg_server).new(migrated=False)
    folder = tmp_path / "sekretariat"
    controller = AppController(make_backend(folder, TEST_PARAMS), SyncRunner(), prefs)
    controller.start()
    wizard = _through_wizard(qtbot, controller, tmp_path, (db.settings, db.password))
    assert wizard.store_page.password.text() == ""      # not kept in the widget
    assert (folder / "store.json").exists() and not (folder / "ppt-desk.db").exists()
    assert db.password not in (folder / "store.json").read_text()
    wizard.keys_page.code_confirm.setChecked(True)
    wizard.keys_page.key_confirm.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    unlock = controller.dialog
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.password, PASSWORD)
    with qtbot.waitSignal(controller.window_opened) as opened:
        qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    qtbot.addWidget(opened.args[0])
    assert isinstance(opened.args[0], SecretariatWindow)
    controller.lock()


def test_the_ppt_path_offers_no_secretariat_kind(qtbot, tmp_path, prefs):
    backend = make_backend(tmp_path / "ppt", TEST_PARAMS)
    wizard = SetupWizard(backend, SyncRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    kinds = [wizard.office_page.kind.itemData(i) for i in range(wizard.office_page.kind.count())]
    assert "UPTD_PPA" in kinds and "SEKRETARIAT" not in kinds


def enrol_with(ppt, sek, cards: Path) -> None:
    """The PPT and the secretariat trust each other's cards (fingerprints read by phone)."""
    cards.mkdir()
    own, ppt_card = sek.sync.write_own_card(cards), ppt.sync.write_own_card(cards)
    ppt.sync.enrol(own, ppt.sync.read_card(own).fingerprint)
    sek.sync.enrol(ppt_card, sek.sync.read_card(ppt_card).fingerprint)


@pytest.fixture
def secretariat(tmp_path):
    sek = make_backend(tmp_path / "sek", TEST_PARAMS)
    sek.secretariat.setup("53", ADMIN, "Admin Sekretariat", PASSWORD, PASSWORD)
    sek.session.unlock(ADMIN, PASSWORD)
    yield sek, enrol_with
    sek.session.lock()


def _rows(list_table) -> list[list[str]]:
    t = list_table.table
    return [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
            for r in range(t.rowCount())]


def test_import_page_orders_a_folder_and_quarantines_a_damaged_file(
        qtbot, secretariat, backend, tmp_path, prefs):
    sek, enrol_with = secretariat
    enrol_with(backend, sek, tmp_path / "cards")
    stick = tmp_path / "stick"
    stick.mkdir()
    made = []
    for name in ("Yuliana Kase", "Agustina Nahak"):
        case_id, _ = register(backend, name)
        give_secretariat_consent(backend, case_id)
        made.append(stick / backend.sync.export(stick)[1].file_name)
    made[0].rename(stick / ("z" * 26 + ".ppt-bundle"))      # names against the sequence
    made[1].rename(stick / ("a" * 26 + ".ppt-bundle"))
    damaged = stick / ("m" * 26 + ".ppt-bundle")
    damaged.write_bytes(b"age-encryption.org/v1\nbukan bundel\n")

    window = SecretariatWindow(make_ctx(sek, SyncRunner(), prefs))
    qtbot.addWidget(window)
    page = window.by_title["Impor bundel"]
    assert window.stack.currentWidget() is page          # the first page
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.busy and not page.summary.isHidden())
    rows = _rows(page.list)
    assert [r[0] for r in rows] == ["z" * 26 + ".ppt-bundle", "a" * 26 + ".ppt-bundle",
                                    "m" * 26 + ".ppt-bundle"]
    assert [r[1] for r in rows] == ["Diterapkan", "Diterapkan", "Ditolak"]
    assert "karantina" in rows[2][2]
    assert (page.progress.value(), page.progress.maximum()) == (3, 3)
    assert page.summary.text() == "Selesai: 3 berkas, 1 ditolak."
    assert page.folder_button.isEnabled()

    devices = window.by_title["Perangkat"]
    window.show_page(devices)
    assert devices.counts.text() == "1 terdaftar, 0 dicabut"
    assert [r[0] for r in _rows(devices.devices.list)] == ["P2TP2A Kota Kupang"]
    window.clear()
    assert _rows(page.list) == [] and page.summary.isHidden()

    # A new user of a secretariat: an administrator or an officer, nothing else offered.
    dialog = window.by_title["Pengguna"].add_user()
    qtbot.addWidget(dialog)
    assert set(dialog.roles) == {"ADMIN", "PETUGAS_SEKRETARIAT"}
    assert dialog.roles["PETUGAS_SEKRETARIAT"].isChecked()
    dialog.reject()


def test_an_officer_imports_but_neither_enrols_nor_manages_users(qtbot, secretariat, prefs):
    sek, _ = secretariat
    sek.users.add(OFFICER, "Petugas Satu", frozenset({Role.SECRETARIAT_OFFICER.value}),
                  OFFICER_PASSWORD)
    sek.session.unlock(OFFICER, OFFICER_PASSWORD)
    window = SecretariatWindow(make_ctx(sek, SyncRunner(), prefs))
    qtbot.addWidget(window)
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Impor bundel", "Dasbor perangkat", "Register provinsi", "Konflik data",
        "Kemungkinan duplikat", "Pindahan kasus", "Kirim balik", "Statistik", "Perangkat"]
    devices = window.by_title["Perangkat"]
    assert not devices.devices.keeper
    assert devices.devices.enrol_button.isHidden() and not devices.devices.keeper_note.isHidden()
    assert window.by_title["Konflik data"].may_decide
    assert window.by_title["Impor bundel"].folder_button.isEnabled()


def test_after_an_import_the_cases_it_brought_are_compared_with_the_register(
        qtbot, secretariat, backend, tmp_path, prefs):
    """Two PPTs register the same woman (one with a typo in her name): importing both PPTs'
    bundles proposes one pair on Kemungkinan duplikat, and the summary says so."""
    from ppt_desk.domain.intake import CaseIntake
    from ppt_desk.services.dto import OfficeProfile

    sek, enrol_with = secretariat
    other = make_backend(tmp_path / "belu", TEST_PARAMS)
    other.session.setup(OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04",
                                      "BLU"), ADMIN, "Admin", PASSWORD, PASSWORD)
    other.session.unlock(ADMIN, PASSWORD)
    enrol_with(backend, sek, tmp_path / "cards")
    enrol_with(other, sek, tmp_path / "cards2")
    stick = tmp_path / "stick"
    stick.mkdir()
    from datetime import date
    for ppt, name in ((backend, "Maria Goreti Seran"), (other, "Maria Goretti Seran")):
        intake = CaseIntake(full_name=name, sex="P", intake_date=date(2026, 11, 2),
                            intake_channel="HOTLINE", victim_status="DIDUGA",
                            birth_date=date(1999, 7, 1), nik="5371014107990001",
                            modus=("EBM",))
        _, case_id, _ = ppt.cases.register(intake)
        give_secretariat_consent(ppt, case_id)
        ppt.sync.export(stick)
    other.session.lock()

    window = SecretariatWindow(make_ctx(sek, SyncRunner(), prefs))
    qtbot.addWidget(window)
    page = window.by_title["Impor bundel"]
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.busy and page.folder_button.isEnabled())
    assert page.summary.text() == ("Selesai: 2 berkas, 0 ditolak. 1 kemungkinan duplikat baru: "
                                   "lihat halaman Kemungkinan duplikat.")
    assert [p.status for p in sek.duplicates.pairs()] == ["OPEN"]


def test_the_import_page_takes_in_the_transfers_carried_for_another_ppt(
        qtbot, secretariat, backend, tmp_path, prefs):
    from ppt_desk.services.dto import ConsentInput, OfficeProfile

    sek, enrol_with = secretariat
    belu = make_backend(tmp_path / "belu", TEST_PARAMS)
    belu_office = OfficeProfile("UPTD PPA Kabupaten Belu", "UPTD_PPA", "53", "53.04", "BLU")
    belu.session.setup(belu_office, ADMIN, "Admin", PASSWORD, PASSWORD)
    belu.session.unlock(ADMIN, PASSWORD)
    enrol_with(backend, sek, tmp_path / "cards")
    enrol_with(belu, sek, tmp_path / "cards2")
    enrol_with(backend, belu, tmp_path / "cards3")       # the two PPTs know each other
    case_id, _ = register(backend, "Yuliana Bria")
    backend.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN",
                                                 backend.deps.clock.today(), "TERTULIS",
                                                 belu_office.name))
    stick = tmp_path / "stick"
    stick.mkdir()
    belu_id = belu.office.profile().device_id
    backend.sync.transfer_case(case_id, belu_id, "Kembali ke daerah asal", stick,
                               via_secretariat=True)
    belu.session.lock()

    window = SecretariatWindow(make_ctx(sek, SyncRunner(), prefs))
    qtbot.addWidget(window)
    page = window.by_title["Impor bundel"]
    page.import_paths([stick])
    qtbot.waitUntil(lambda: not page.busy and page.folder_button.isEnabled())
    rows = _rows(page.list)
    assert len(rows) == 1 and rows[0][1] == "Diterapkan"
    assert rows[0][2].startswith(f"Pemindahan kasus untuk {belu_office.name} diterima")
    assert page.summary.text() == "Selesai: 1 berkas, 0 ditolak."
    assert [p.transfers_waiting for p in sek.return_trip.plan() if p.device_id == belu_id] == [1]
