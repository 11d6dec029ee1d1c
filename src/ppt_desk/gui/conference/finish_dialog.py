"""Selesai…: the day the conference was held (today unless said otherwise); after it, the
conference is closed for changes and counts for the case's stage."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..widgets.date_field import DateField


class FinishDialog(QDialog):
    def __init__(self, today: date, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishConferenceDialog")
        self.setWindowTitle(self.tr("Selesaikan pertemuan"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{kind} dicatat sudah diadakan. Setelah itu notulen tidak dapat diubah lagi, dan "
            "pertemuan ini memenuhi syarat tahap kasus-kasusnya.").format(kind=kind_label), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.held_on = DateField(self)
        self.held_on.setObjectName("held_on")
        self.held_on.set_iso(today.isoformat())
        form.addRow(self.tr("&Diadakan pada"), self.held_on)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.finish_button = buttons.addButton(self.tr("Selesai"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.setObjectName("confirmFinish")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def day(self) -> date | None:
        value = self.held_on.iso()
        return date.fromisoformat(value) if value else None
