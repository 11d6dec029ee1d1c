"""Kirim ke Provinsi: choose the stick, send, watch the progress, cancel if need be.

The export runs on the task runner's worker thread. Its progress callback (``ExportProgress``)
touches no widget: it emits a Qt signal, which reaches the dialog on the GUI thread, and raises
``ExportCancelled`` once the user pressed Batal, which stops the export with nothing left on the
stick and nothing marked sent. While an export runs, Batal and Escape ask it to stop; the
dialog closes only when it has.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from ...services.sync.dto import ExportCancelled, ExportPlan, ExportResult
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from ..widgets.messages import error_label
from .drives import Drive, removable_drives
from .fit import grow_to_fit
from .texts import export_result_text
from .stick_choice import StickChoice



class ExportProgress(QObject):
    """The export's progress callback. Called on the worker thread: it only emits a signal and
    reads a flag set from the GUI thread."""

    advanced = Signal(int, int)   # events written, events in all

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int) -> None:
        self.advanced.emit(done, total)
        if self._cancel.is_set():
            raise ExportCancelled()


class ExportDialog(QDialog):
    sent = Signal(object)   # ExportResult

    def __init__(self, ctx: AppContext, plan: ExportPlan, parent: QWidget | None = None,
                 drives: list[Drive] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.result: ExportResult | None = None
        self.progress: ExportProgress | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Kirim ke Provinsi"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr(
            "{events} kejadian untuk {office}: {identity} kasus dengan identitas, {pseudonym} "
            "kasus dengan pseudonim.").format(
                events=plan.events, office=plan.recipient_office,
                identity=plan.cases_with_identity, pseudonym=plan.cases_pseudonymised), self)
        summary.setObjectName("exportSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)

        box = QGroupBox(self.tr("Flashdisk tujuan"), self)
        box_layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.drive = StickChoice(box)
        self.drive.setObjectName("driveChoice")
        self.drive.setMinimumContentsLength(30)
        self.drive.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(self.tr("&Flashdisk:"), box)
        label.setBuddy(self.drive)
        self.rescan_button = QPushButton(self.tr("Muat &ulang"), box)
        self.rescan_button.setObjectName("rescanDrives")
        self.rescan_button.setToolTip(self.tr("Cari lagi flashdisk yang tercolok"))
        self.rescan_button.clicked.connect(lambda: self.load_drives(removable_drives()))
        row.addWidget(label)
        row.addWidget(self.drive, 1)
        row.addWidget(self.rescan_button)
        box_layout.addLayout(row)
        other = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Pilih &folder lain…"), box)
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        other.addWidget(self.folder_button)
        other.addStretch(1)
        box_layout.addLayout(other)
        self.no_drive = QLabel(self.tr(
            "Tidak ada flashdisk yang terdeteksi. Colokkan flashdisk lalu klik Muat ulang, "
            "atau pilih folder lain."), box)
        self.no_drive.setObjectName("noDrive")
        self.no_drive.setWordWrap(True)
        theme.apply(self.no_drive, Role.HINT)
        box_layout.addWidget(self.no_drive)
        layout.addWidget(box)

        note = QLabel(self.tr(
            "Bundel disimpan terenkripsi dengan nama acak: tanpa kunci provinsi, nama berkas "
            "maupun isinya tidak mengungkap kantor atau korban."), self)
        note.setWordWrap(True)
        theme.apply(note, Role.HINT)
        layout.addWidget(note)

        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.error = error_label(self, "exportError")
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(self.tr("&Kirim"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load_drives(removable_drives() if drives is None else drives)

    # -- the destination ------------------------------------------------------------------
    def load_drives(self, drives: list[Drive]) -> None:
        """Fill the choice with the sticks found (and keep a folder chosen by hand)."""
        self.drive.load_drives(drives)
        self.no_drive.setVisible(self.drive.count() == 0)
        self.drive.setEnabled(self.drive.count() > 0)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder tujuan bundel"), "",
            QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.set_destination(Path(folder))

    def set_destination(self, folder: Path) -> None:
        self.drive.set_destination(folder)
        self.drive.setEnabled(True)
        self.no_drive.hide()

    def destination(self) -> Path | None:
        return self.drive.destination()

    # -- sending --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.progress is not None

    def send(self) -> None:
        if self.running or self.result is not None:
            return
        dest = self.destination()
        if dest is None:
            self._show_error(self.tr("Pilih flashdisk atau folder tujuan lebih dulu."))
            return
        self.error.hide()
        self.progress = ExportProgress()
        self.progress.advanced.connect(self._advanced)
        for widget in (self.send_button, self.drive, self.rescan_button, self.folder_button):
            widget.setEnabled(False)
        self.bar.setRange(0, 0)   # busy until the first report
        self.bar.show()
        self.status.setText(self.tr("Menulis bundel terenkripsi…"))
        self.status.show()
        grow_to_fit(self)
        self.ctx.ops.change(self.ctx.backend.sync.export, dest, self.progress,
                            on_done=self._sent, on_error=self._failed)

    def _advanced(self, done: int, total: int) -> None:
        if self.progress is None or self.progress.cancelled:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if done >= total:
            self.status.setText(self.tr("Menyalin ke flashdisk dan memeriksa salinannya…"))
        else:
            self.status.setText(self.tr("{done} dari {total} kejadian ditulis…").format(
                done=done, total=total))

    def cancel_export(self) -> None:
        if self.progress is not None and not self.progress.cancelled:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Membatalkan…"))

    def _finished(self) -> None:
        self.progress = None
        self.bar.hide()
        self.cancel_button.setEnabled(True)

    def _sent(self, outcome: tuple[object, ExportResult]) -> None:
        self._finished()
        self.result = outcome[1]
        self.status.setText(export_result_text(self.result) + " " + self.tr(
            "Keluarkan flashdisk dengan aman (Eject) sebelum mencabutnya."))
        theme.apply(self.status, Role.BANNER_DONE)
        self.send_button.hide()
        self.cancel_button.setText(self.tr("Tutup"))
        self.cancel_button.setFocus()
        grow_to_fit(self)
        self.sent.emit(self.result)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        for widget in (self.send_button, self.rescan_button, self.folder_button):
            widget.setEnabled(True)
        self.drive.setEnabled(self.drive.count() > 0)
        self.status.hide()
        if isinstance(exc, ExportCancelled):
            self._show_error(self.tr(
                "Pengiriman dibatalkan. Tidak ada berkas yang ditulis ke flashdisk dan tidak "
                "ada data yang ditandai terkirim."))
        else:
            self._show_error(message_for(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self)

    # -- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        """Batal or Escape: stop a running export first; close once nothing runs."""
        if self.running:
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
