"""Trusting another office's device, and withdrawing that trust.

Enrolling: the card file says which office it claims to be; only the fingerprint read aloud
over the phone by that office proves the keys in the file are theirs. So the dialog does not
show the file's fingerprint: the user types what they hear, and the service compares it with
the card. A mismatch enrols nothing. Revoking needs a reason and cannot be undone here.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from ...services.reference_data import regions
from ...services.sync.dto import CardView, PeerView
from .. import theme
from ..context import AppContext
from ..dialogs.submit import SubmitFlow
from ..theme import Role
from ..widgets.messages import error_label
from .fit import grow_to_fit
from .texts import role_label

FINGERPRINT_CHARS = 16


def fingerprint_chars(text: str) -> str:
    """The letters and digits of a typed fingerprint (dashes and spaces do not count)."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


class EnrolDialog(SubmitFlow, QDialog):
    def __init__(self, ctx: AppContext, path: Path, card: CardView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.card = card
        self.enrolled: PeerView | None = None
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Daftarkan kartu perangkat"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        region = regions().name(card.regency_code) if card.regency_code else ""
        office = QLabel(card.office_name, self)
        office.setObjectName("cardOffice")
        theme.apply(office, Role.STRONG)
        form.addRow(self.tr("Kantor:"), office)
        role = QLabel(role_label(card.role), self)
        role.setObjectName("cardRole")
        form.addRow(self.tr("Peran:"), role)
        form.addRow(self.tr("Kode perangkat:"), QLabel(card.device_code, self))
        if region:
            form.addRow(self.tr("Wilayah:"), QLabel(region, self))
        layout.addLayout(form)
        steps = QLabel(self.tr(
            "1. Telepon kantor ini dengan nomor yang Anda kenal (bukan nomor yang datang "
            "bersama kartu).\n"
            "2. Minta mereka membuka Sinkronisasi → Perangkat dan membacakan sidik jari "
            "perangkat mereka.\n"
            "3. Ketik sidik jari yang Anda dengar. Bila tidak sama dengan kartu, perangkat "
            "tidak didaftarkan."), self)
        steps.setObjectName("enrolSteps")
        steps.setWordWrap(True)
        box = QFrame(self)
        box.setObjectName("enrolStepsBox")
        theme.apply(box, Role.BOX_PANEL)
        QVBoxLayout(box).addWidget(steps)
        layout.addWidget(box)
        typed_form = QFormLayout()
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("typedFingerprint")
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.fingerprint.setMaxLength(32)
        theme.apply(self.fingerprint, Role.MONO)
        label = QLabel(self.tr("&Sidik jari yang dibacakan:"), self)
        label.setBuddy(self.fingerprint)
        typed_form.addRow(label, self.fingerprint)
        layout.addLayout(typed_form)
        self.message = error_label(self, "enrolError")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Daftarkan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("enrolButton")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fingerprint.textEdited.connect(self._typed)
        self._typed(self.fingerprint.text())

    def _typed(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.fingerprint.cursorPosition()
            self.fingerprint.setText(upper)
            self.fingerprint.setCursorPosition(position)
        self.save_button.setEnabled(len(fingerprint_chars(upper)) == FINGERPRINT_CHARS)
        self.message.hide()

    def submit(self) -> None:
        self.run_submit(self.ctx.backend.sync.enrol, self.path, self.fingerprint.text())

    def submitted(self, result: tuple[object, PeerView]) -> None:
        self.enrolled = result[1]

    def show_message(self, text: str, exc: BaseException) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)
        self.fingerprint.setFocus()
        self.fingerprint.selectAll()

    def show_problems(self, problems: dict[str, str]) -> None:  # enrol has no field problems
        self.show_message("; ".join(problems.values()), ValueError())


class RevokeDialog(SubmitFlow, QDialog):
    def __init__(self, ctx: AppContext, peer: PeerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.peer = peer
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Cabut perangkat"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("{office} ({role}, perangkat {code})").format(
            office=peer.office_name, role=role_label(peer.role), code=peer.device_code), self)
        what.setWordWrap(True)
        theme.apply(what, Role.STRONG)
        layout.addWidget(what)
        note = QLabel(self.tr(
            "Bundel dari perangkat yang dicabut tidak diterima lagi, dan tidak ada lagi yang "
            "dikirim kepadanya. Pencabutan tidak dapat dibatalkan; perangkat itu perlu kartu "
            "dengan kunci baru untuk didaftarkan lagi."), self)
        note.setWordWrap(True)
        theme.apply(note, Role.HINT)
        layout.addWidget(note)
        label = QLabel(self.tr("&Alasan pencabutan (wajib):"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("revokeReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        self.message = error_label(self, "revokeError")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Cabut perangkat"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("revokeButton")
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)   # Enter does not revoke by accident
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        self.save_button.setEnabled(bool(self.reason.toPlainText().strip()))
        self.message.hide()

    def submit(self) -> None:
        self.run_submit(self.ctx.backend.sync.revoke, self.peer.device_id,
                        self.reason.toPlainText().strip())

    def show_message(self, text: str, exc: BaseException) -> None:
        self.message.setText(text)
        self.message.show()
        grow_to_fit(self)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.show_message("; ".join(problems.values()), ValueError())
