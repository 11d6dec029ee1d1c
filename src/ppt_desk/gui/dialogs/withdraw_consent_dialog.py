"""Cabut persetujuan: withdraw a consent from a date on (today at the latest), with a note."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...services.dto import ConsentInfo
from ..context import AppContext
from ..labels import code_label, message_for
from ..widgets.messages import error_label
from .consent_common import DATE, backend_today, date_edit, purpose_text, pydate, qdate


class WithdrawConsentDialog(QDialog):
    """Withdraw a consent from a date on (today at the latest), with a note."""

    def __init__(self, ctx: AppContext, consent: ConsentInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.consent = ctx, consent
        self.result_changes = None
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Cabut persetujuan"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("{purpose}, diberikan {date} oleh {giver}.").format(
            purpose=purpose_text(consent), date=consent.given_on.strftime(DATE),
            giver=code_label("consent_giver", consent.given_by)), self)
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.on_date = date_edit(self, backend_today(ctx))
        self.on_date.setObjectName("withdrawn_on")
        self.on_date.setMinimumDate(qdate(consent.given_on))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("withdrawal_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.note.setPlaceholderText(self.tr("mis. korban menyampaikan secara lisan"))
        form.addRow(self.tr("Dicabut mulai *"), self.on_date)
        form.addRow(self.tr("Catatan"), self.note)
        layout.addLayout(form)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Cabut persetujuan"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.message.hide()
        self.ctx.ops.change(self.ctx.backend.consent.withdraw, self.consent.id,
                            pydate(self.on_date.date()), self.note.toPlainText().strip(),
                            on_done=self._done, on_error=self._failed)

    def _done(self, changes) -> None:
        self.result_changes = changes
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))
        self.message.show()
