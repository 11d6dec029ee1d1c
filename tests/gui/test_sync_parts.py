"""The Sinkronisasi page's parts on their own: sizes and refusal sentences, which drives are
offered, and an export's progress crossing from the worker thread to the dialog."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.labels import error_text
from ppt_desk.gui.sizes import size_text
from ppt_desk.gui.main_window import MainWindow
from ppt_desk.gui.runner import TaskRunner
from ppt_desk.gui.sync import texts
from ppt_desk.gui.sync.drives import Drive, Volume, pick
from ppt_desk.gui.sync.export_dialog import ExportDialog, ExportProgress
from ppt_desk.services.sync.dto import ExportCancelled, ImportResult

from gui_helpers import make_ctx, register
from sync_gui_helpers import bundles_on, new_province

MB = 1024 * 1024
REASONS = ("too_large", "not_age", "header", "hmac", "payload", "no_match", "truncated",
           "malformed", "version_unsupported", "wrong_format", "bad_signature",
           "unknown_sender", "revoked_sender", "wrong_recipient", "seal_mismatch",
           "changed_during_import", "fork", "stale_checkpoint", "checkpoint_diverged",
           "bad_checkpoint", "receipt_ahead", "kind_unsupported", "transfer_not_for_us",
           "transfer_stale_epoch", "transfer_sender_not_owner",
           "receipt_not_from_secretariat", "reference_not_from_secretariat",
           "reference_stale")
QUARANTINED = "Berkas disimpan di karantina dan tidak ada data yang diubah."


# -- sizes ----------------------------------------------------------------------------------
def test_a_full_stick_says_how_much_is_needed_and_free():
    assert error_text("stick_full", needed=12 * MB, free=3 * MB).startswith(
        "Flashdisk perlu 12 MB, tersedia 3 MB.")


def test_what_is_needed_rounds_up_and_what_is_free_rounds_down():
    # 12 MB and a byte does not fit in 12 MB; 3 MB less a byte is not 3 MB.
    assert error_text("stick_full", needed=12 * MB + 1, free=3 * MB - 1).startswith(
        "Flashdisk perlu 13 MB, tersedia 2,9 MB.")
    assert size_text(int(3.45 * MB), up=True) == "3,5 MB"
    assert size_text(int(3.45 * MB)) == "3,4 MB"


def test_sizes_in_every_unit():
    assert [size_text(n) for n in (0, 900, 2048, 15 * MB, int(3.4 * 1024 * MB) + MB)] == [
        "0 B", "900 B", "2 KB", "15 MB", "3,4 GB"]


def test_sizes_and_the_full_stick_in_english():
    assert install_translator("en") == "en"
    assert size_text(int(3.45 * MB)) == "3.4 MB"
    assert error_text("stick_full", needed=12 * MB, free=3 * MB).startswith(
        "The stick needs 12 MB, 3 MB free.")
    assert texts.refusal_text("fork").startswith("WARNING")


# -- refusal and result sentences -------------------------------------------------------------
@pytest.mark.parametrize("code", REASONS)
def test_every_refusal_reason_has_its_own_sentence(code):
    text = texts.reason_text(code)
    assert "kode" not in text and code not in text
    assert len({texts.reason_text(c) for c in REASONS}) == len(REASONS)
    refusal = texts.refusal_text(code)
    if code == "too_large":   # refused before it was copied in: nothing to keep
        assert refusal.endswith("Berkas tidak diimpor dan tidak ada data yang diubah.")
    else:
        assert refusal.endswith(QUARANTINED)


def test_an_unknown_reason_shows_its_code():
    assert texts.refusal_text("kode_baru") == (
        f"Bundel ditolak (kode: kode_baru). {QUARANTINED}")


def test_what_an_import_did():
    applied = ImportResult("applied", "events", sender_office="UPTD PPA Kabupaten Belu",
                           events_applied=12, events_held=3, conflicts=1, notes=("bundle_gap",))
    assert texts.import_text(applied) == (
        "12 kejadian dari UPTD PPA Kabupaten Belu diterapkan. 3 kejadian ditahan sampai "
        "bundel sebelumnya diimpor. 1 konflik data menunggu keputusan supervisor. Ada bundel "
        "sebelumnya dari pengirim ini yang belum pernah diimpor di sini; minta pengirim "
        "mengirimkannya.")
    receipt = ImportResult("applied", "receipt", sender_office="Sekretariat", acknowledged=40)
    assert texts.import_text(receipt) == (
        "Tanda terima dari Sekretariat: 40 kejadian dikonfirmasi diterima.")
    moved = ImportResult("applied", "transfer", sender_office="UPTD PPA Kota Kupang",
                         events_applied=30)
    assert texts.import_text(moved).startswith(
        "Kasus yang dipindahkan dari UPTD PPA Kota Kupang sudah diterima")
    provincial = ImportResult("applied", "reference", sender_office="Sekretariat",
                              events_applied=3, reference_version=2)
    assert texts.import_text(provincial) == "Data rujukan versi 2 dari Sekretariat: 3 lembaga."
    assert texts.import_text(ImportResult("replay", "receipt")) == (
        "Bundel ini sudah pernah diimpor; tidak ada yang berubah.")
    assert texts.import_text(ImportResult("rejected", reason="hmac")) == (
        texts.reason_text("hmac") + " " + QUARANTINED)


# -- drives -----------------------------------------------------------------------------------
def test_linux_offers_mounted_writable_sticks_only():
    volumes = [
        Volume("/", "", 50 * 1024 * MB),                            # the system disk
        Volume("/home", "", 10 * 1024 * MB),
        Volume("/media/ana/FLASHDISK", "FLASHDISK", 3 * 1024 * MB),
        Volume("/run/media/ana/KINGSTON", "KINGSTON", 7 * 1024 * MB),
        Volume("/media/ana/CDROM", "CDROM", 0, read_only=True),
        Volume("/media/ana/EJECTED", "EJECTED", 0, ready=False),
        Volume("/mnt/usb", "", 1024 * MB),
        Volume("/media", "", 1024 * MB),                            # the parent, not a stick
        Volume("/mediaserver", "", 1024 * MB),
    ]
    drives = pick(volumes, "linux", "/")
    assert drives == [Drive(Path("/media/ana/FLASHDISK"), "FLASHDISK", 3 * 1024 * MB),
                      Drive(Path("/run/media/ana/KINGSTON"), "KINGSTON", 7 * 1024 * MB),
                      Drive(Path("/mnt/usb"), "usb", 1024 * MB)]


def test_windows_offers_removable_drive_letters_only():
    volumes = [Volume("C:/", "Windows", 100 * MB), Volume("E:/", "FLASHDISK", 3 * MB),
               Volume("F:/", "", 5 * MB), Volume("G:/", "DATA", 9 * MB)]
    removable = {"E:/", "F:/"}
    drives = pick(volumes, "win32", "C:/", removable=lambda root: root in removable)
    assert [d.label for d in drives] == ["F:", "FLASHDISK (E:)"]
    assert pick(volumes, "win32", "C:/") == []   # nothing is assumed removable


def test_the_dialog_lists_the_drives_with_their_free_space(qtbot, backend, runner, prefs):
    from ppt_desk.services.sync.dto import ExportPlan

    drives = [Drive(Path("/media/ana/FLASHDISK"), "FLASHDISK", int(3.4 * 1024 * MB))]
    dialog = ExportDialog(make_ctx(backend, runner, prefs), ExportPlan(5, 1, 2, "Provinsi"),
                          None, drives)
    qtbot.addWidget(dialog)
    assert dialog.drive.itemText(0) == "FLASHDISK — 3,3 GB bebas"
    assert dialog.destination() == Path("/media/ana/FLASHDISK")
    assert dialog.no_drive.isHidden()
    dialog.load_drives([])
    assert dialog.destination() == Path("/media/ana/FLASHDISK")   # chosen: kept
    empty = ExportDialog(make_ctx(backend, runner, prefs), ExportPlan(5, 1, 2, "Provinsi"),
                         None, [])
    qtbot.addWidget(empty)
    assert empty.destination() is None and not empty.no_drive.isHidden()
    empty.send()
    assert "Pilih flashdisk" in empty.error.text()


# -- progress across threads --------------------------------------------------------------------
def test_progress_reaches_the_gui_thread_by_signal_and_batal_stops_the_worker(qtbot):
    progress = ExportProgress()
    seen = []
    progress.advanced.connect(lambda done, total: seen.append(
        (done, total, QThread.currentThread() is gui_thread())))
    outcome = []

    def worker() -> None:   # the export's thread: no widget is touched here
        try:
            progress(200, 1000)
            outcome.append("ran")
        except ExportCancelled:
            outcome.append("cancelled")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [(200, 1000, True)] and outcome == ["ran"]
    progress.cancel()
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert outcome == ["ran", "cancelled"]


def gui_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_an_export_on_the_worker_thread_updates_the_dialog(qtbot, monkeypatch, backend, prefs,
                                                           tmp_path):
    province = new_province(tmp_path / "province")
    try:
        backend.sync.enrol(province.card, province.backend.sync.read_card(
            province.card).fingerprint)
        for n in range(3):
            register(backend, f"Korban Uji {n}")
        runner = TaskRunner()
        window = MainWindow(make_ctx(backend, runner, prefs))
        qtbot.addWidget(window)
        window.show()
        window.show_page(window.sync_page)
        page = window.sync_page
        qtbot.waitUntil(lambda: page.export.plan is not None)
        page.export.drives = [Drive(tmp_path, "STICK", 10 * MB)]
        dialog = page.export.open_export()
        values = []
        dialog.bar.valueChanged.connect(
            lambda v: values.append(QThread.currentThread() is gui_thread()))
        dialog.send()
        assert dialog.running and not dialog.send_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
        assert values and all(values)
        assert [p.name for p in bundles_on(tmp_path)] == [dialog.result.file_name]
        assert dialog.cancel_button.text() == "Tutup"
        runner.wait_idle()
    finally:
        province.backend.session.lock()


def test_a_long_message_is_shown_whole_in_the_dialog(qtbot, backend, runner, prefs):
    from ppt_desk.domain.errors import DomainError
    from ppt_desk.services.sync.dto import ExportPlan

    dialog = ExportDialog(make_ctx(backend, runner, prefs), ExportPlan(5, 1, 2, "Provinsi"),
                          None, [Drive(Path("/media/ana/FLASHDISK"), "FLASHDISK", MB)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog._failed(DomainError("stick_removed"))
    qtbot.wait(10)
    label = dialog.error
    assert label.isVisible() and dialog.height() > before
    assert label.height() >= label.heightForWidth(label.width())


def test_the_export_dialog_from_the_keyboard(qtbot, backend, runner, prefs, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ppt_desk.services.sync.dto import ExportPlan

    dialog = ExportDialog(make_ctx(backend, runner, prefs), ExportPlan(5, 1, 2, "Provinsi"),
                          None, [Drive(stick, "STICK", 10 * MB)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.drive)   # first field
    order = []
    for _ in range(5):
        order.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == ["driveChoice", "rescanDrives", "chooseFolder", "sendButton",
                     "cancelButton"]
    assert QApplication.focusWidget() is dialog.drive and dialog.send_button.isDefault()
    qtbot.keyClick(dialog.drive, Qt.Key.Key_Return)   # Enter sends (nobody is enrolled here)
    assert dialog.error.text() == error_text("no_secretariat")
    assert list(stick.iterdir()) == []
    qtbot.keyClick(dialog.drive, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
