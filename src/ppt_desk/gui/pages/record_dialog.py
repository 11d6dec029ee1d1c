"""Add or change one casework record: the form in a scroll area, Simpan / Batal.

Saving runs on the task runner; problems come back under their fields, and a saved
record is announced on the app bus so the case page (and other pages) reload.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...domain.forms import FormDef
from ...services.dto import RecordInfo
from .. import theme
from ..context import AppContext
from ..dialogs.submit import SubmitFlow
from ..i18n import current_language
from ..theme import Role
from ..widgets.field_values import cite_tip
from ..widgets.record_form import RecordForm

# Where a domain error about one field is shown (besides the message at the top).
FIELD_OF_ERROR = {"allowance_over_limit": "alasan_lewat_batas"}


class RecordDialog(SubmitFlow, QDialog):
    saved = Signal(object, str)  # ChangeSet, record id

    def __init__(self, ctx: AppContext, case_id: str, form: FormDef,
                 record: RecordInfo | None = None, today: date | None = None,
                 users: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None, facts: dict | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.kind = form.kind
        self.record_id = record.id if record is not None else None
        self.setObjectName(f"recordDialog_{form.kind}")
        lang = current_language()
        title = (self.tr("Ubah: {form}") if record is not None
                 else self.tr("Tambah: {form}")).format(form=form.label(lang))
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(form.label(lang), self)
        heading.setObjectName("formTitle")
        theme.apply(heading, Role.HEADING)
        if form.cite:
            heading.setToolTip(cite_tip(form.cite))
        layout.addWidget(heading)
        hint = QLabel(self.tr("Isian bertanda * wajib diisi."), self)
        theme.apply(hint, Role.HINT)
        layout.addWidget(hint)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        theme.apply(self.error, Role.ERROR_STRONG)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = RecordForm(form, self.scroll, users, grants=ctx.user.grants, facts=facts)
        self.form.setContentsMargins(0, 0, 12, 0)
        self.scroll.setWidget(self.form)
        layout.addWidget(self.scroll, 1)
        if record is not None:
            self.form.set_payload(record.payload)
        elif today is not None and form.date_field and form.field(form.date_field).required:
            # a new record is usually written on the day; an optional date (a home visit
            # done on …) stays empty until it happened
            self.form.set_payload({form.date_field: today.isoformat()})
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveRecord")
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._fit(parent)
        if users is None and any(f.type == "user" for f in form.fields):
            ctx.ops.query(ctx.backend.users.list, on_done=self._users)
        if any(f.type == "institution" for f in form.fields):
            # inactive entries too: an older record may name one (it is offered only there)
            ctx.ops.query(ctx.backend.directory.search, "", "", True,
                          on_done=self.form.set_institutions)

    def _users(self, users) -> None:
        self.form.set_users([(u.id, u.display_name) for u in users if u.active])

    def _fit(self, parent: QWidget | None) -> None:
        """As tall as the form needs, never taller than the main window (1024x768 screens)."""
        window = parent.window() if parent is not None else None
        screen = self.screen().availableGeometry()
        max_w = min(window.width() if window is not None else 940, screen.width()) - 40
        max_h = min(window.height() if window is not None else 740, screen.height()) - 40
        width = min(760, max(520, max_w))
        wanted = self.form.sizeHint().height() + 170
        self.resize(width, max(360, min(wanted, max_h)))

    def payload(self) -> dict:
        return self.form.payload()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.run_submit(self.ctx.backend.casework.save_record, self.case_id, self.kind,
                        self.form.payload(), self.record_id)

    def submitted(self, result) -> None:
        self.error.hide()
        self.saved.emit(*result)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.hide()
        self.form.show_problems(problems)

    def show_message(self, text: str, exc: BaseException) -> None:
        self.form.show_problems({})
        self.error.setText(text)
        self.error.show()
        field = FIELD_OF_ERROR.get(exc.code) if isinstance(exc, DomainError) else None
        if field and field in self.form.editors:
            widget = self.form.editors[field]
            self.scroll.ensureWidgetVisible(widget, 40, 60)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def wipe(self) -> None:
        """Forget the typed values (lock) and close."""
        self.form.set_payload({})
        self.reject()
