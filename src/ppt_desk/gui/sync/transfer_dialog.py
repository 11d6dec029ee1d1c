"""Pindahkan ke PPT lain: choose the receiving PPT, write the reason, choose the stick.

The receiving PPTs are the enrolled, non-revoked PPT devices (``SyncApi.transfer_targets``),
each with the answer of the victim's consent ledger: a transfer needs a recorded consent to a
referral (RUJUKAN) to that office, and the dialog says so before anything is written. Sending
writes the transfer bundle to the stick; from then on the case belongs to the receiving PPT
and the copy here can only be read.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as T  # T.translate(...): lupdate finds it
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...services.sync.transfer import TransferTarget
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from ..widgets.messages import error_label
from .drives import Drive, removable_drives
from .stick_choice import StickChoice



def consent_text(target: TransferTarget) -> str:
    """Whether the victim's consent allows the transfer to ``target``, in words."""
    if target.allowed:
        return T.translate("TransferDialog", "Persetujuan korban untuk rujukan ke {office} "
                                             "tercatat.").format(office=target.office_name)
    why = {
        "withdrawn": T.translate("TransferDialog", "persetujuannya sudah dicabut"),
        "expired": T.translate("TransferDialog", "masa berlakunya sudah habis"),
        "needs_guardian": T.translate(
            "TransferDialog", "korban anak: perlu persetujuan wali atau dasar hukum"),
        "needs_legal_basis": T.translate(
            "TransferDialog", "persetujuan oleh pihak lain perlu dasar hukum"),
        "not_yet_given": T.translate("TransferDialog", "persetujuan baru berlaku kemudian"),
    }.get(target.consent_reason, T.translate("TransferDialog", "belum tercatat"))
    return T.translate(
        "TransferDialog", "Kasus belum dapat dipindahkan: persetujuan korban untuk rujukan "
                          "(RUJUKAN) ke {office} {why}. Catat persetujuannya di tab Persetujuan "
                          "lebih dulu.").format(office=target.office_name, why=why)


class TransferDialog(QDialog):
    sent = Signal(str)   # the bundle's file name

    def __init__(self, ctx: AppContext, case_id: str, case_label: str,
                 parent: QWidget | None = None, drives: list[Drive] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.targets: list[TransferTarget] = []
        self.file_name = ""
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Pindahkan ke PPT lain"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(case_label, self)
        title.setObjectName("transferCaseLabel")
        theme.apply(title, Role.HEADING)
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.target = QComboBox(self)
        self.target.setObjectName("transferTarget")
        self.target.setMinimumContentsLength(30)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("transferReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Mis. korban dipulangkan ke daerah asal dan "
                                               "didampingi PPT di sana."))
        self.reason.setMinimumHeight(self.fontMetrics().height() * 4)
        stick_row = QHBoxLayout()
        self.stick = StickChoice(self)
        self.stick.setObjectName("transferStick")
        self.folder_button = QPushButton(self.tr("Pilih folder…"), self)
        self.folder_button.setObjectName("transferFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        stick_row.addWidget(self.stick, 1)
        stick_row.addWidget(self.folder_button)
        form.addRow(self.tr("PPT &tujuan *"), self.target)
        form.addRow(self.tr("&Alasan *"), self.reason)
        # A row holding a layout gets no buddy of its own: without one, "&" shows as is.
        stick_label = QLabel(self.tr("&Flashdisk *"), self)
        stick_label.setBuddy(self.stick)
        form.addRow(stick_label, stick_row)
        # ADR 0018: the province carries it on, unopened, in its return trip to that PPT.
        self.via = QCheckBox(self.tr("Kirim &lewat Sekretariat provinsi"), self)
        self.via.setObjectName("transferViaSecretariat")
        self.via.setToolTip(self.tr(
            "Flashdisk dibawa ke provinsi; Sekretariat meneruskan bundel tanpa membukanya "
            "dalam kiriman balik untuk PPT tujuan."))
        form.addRow("", self.via)
        layout.addLayout(form)
        self.consent = QLabel(self)
        self.consent.setObjectName("transferConsent")
        self.consent.setWordWrap(True)
        layout.addWidget(self.consent)
        note = QLabel(self.tr(
            "Seluruh kasus beserta riwayatnya dikirim terenkripsi untuk PPT tujuan. Setelah "
            "bundel tersimpan di flashdisk, kasus dipegang PPT tujuan dan salinan di perangkat "
            "ini hanya dapat dibaca."), self)
        note.setWordWrap(True)
        theme.apply(note, Role.HINT)
        layout.addWidget(note)
        self.message = error_label(self, "transferError")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Pindahkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("transferOk")
        self.ok.setEnabled(False)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load_drives(removable_drives() if drives is None else drives)
        self.ctx.ops.query(self.ctx.backend.sync.transfer_targets, case_id,
                           on_done=self._fill, on_error=self._failed)

    # -- the receiving PPT ----------------------------------------------------------------
    def _fill(self, targets: list[TransferTarget]) -> None:
        self.targets = targets
        self.target.clear()
        for t in targets:
            self.target.addItem(f"{t.office_name} ({t.device_code})" if t.device_code
                                else t.office_name, t.device_id)
        if not targets:
            self._show(self.tr("Belum ada PPT lain yang terdaftar. Daftarkan kartu perangkat "
                               "PPT tujuan di halaman Sinkronisasi lebih dulu."))
        self._target_changed()

    def chosen(self) -> TransferTarget | None:
        index = self.target.currentIndex()
        return self.targets[index] if 0 <= index < len(self.targets) else None

    def _target_changed(self) -> None:
        target = self.chosen()
        self.consent.setText(consent_text(target) if target is not None else "")
        theme.apply(self.consent, Role.DONE if target and target.allowed else Role.WARNING)
        self.ok.setEnabled(target is not None and target.allowed)

    # -- the stick ------------------------------------------------------------------------
    def load_drives(self, drives: list[Drive]) -> None:
        self.stick.load_drives(drives)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan bundel"),
                                                  "", QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.set_destination(Path(folder))

    def set_destination(self, folder: Path) -> None:
        self.stick.set_destination(folder)

    def destination(self) -> Path | None:
        return self.stick.destination()

    # -- sending --------------------------------------------------------------------------
    def submit(self) -> None:
        self.message.hide()
        target, dest = self.chosen(), self.destination()
        reason = self.reason.toPlainText().strip()
        if target is None or not target.allowed:
            return
        if not reason:
            self._show(self.tr("Tulis alasan pemindahan."))
            self.reason.setFocus()
            return
        if dest is None:
            self._show(self.tr("Pilih flashdisk atau folder tujuan lebih dulu."))
            return
        self.ok.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.sync.transfer_case, self.case_id,
                            target.device_id, reason, dest, self.via.isChecked(),
                            on_done=self._done,
                            on_error=self._failed)

    def _done(self, result: tuple[object, str]) -> None:
        self.file_name = result[1]
        self.sent.emit(self.file_name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._target_changed()
        self._show(message_for(exc))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
