"""Kasus Baru: the intake form page. Every change is kept as a draft in the encrypted
database, so a power cut loses at most the last fraction of a second of typing."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.age import is_child
from ...domain.errors import ValidationFailed
from .. import theme
from ..context import AppContext
from ..labels import error_text, message_for
from ..theme import Role
from .base import BasePage
from .intake_fields import IntakeFields
from .intake_payload import has_content, to_intake

DRAFT_DEBOUNCE_MS = 400
FIELD_ORDER = ("full_name", "sex", "birth_date", "estimated_age", "nik", "documents",
               "languages", "guardian", "intake_date", "intake_channel", "victim_status",
               "victim_role", "modus")


class IntakeFormPage(BasePage):
    case_saved = Signal(str, str)  # case id, case number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded = False
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Kasus Baru"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.notice = QFrame(self)
        self.notice.setObjectName("draftNotice")
        theme.apply(self.notice, Role.BOX_WARNING)
        notice_row = QHBoxLayout(self.notice)
        self.notice_text = QLabel(self.tr("Draf dipulihkan: isian yang belum disimpan "
                                          "ditampilkan kembali."), self.notice)
        self.discard_button = QPushButton(self.tr("Buang draf"), self.notice)
        self.discard_button.clicked.connect(self.discard_draft)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.discard_button)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        theme.apply(self.summary, Role.ERROR_STRONG)
        self.summary.hide()
        outer.addWidget(self.summary)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        assignee = ctx.user.id if "PENDAMPING" in ctx.user.roles else ""
        self.fields = IntakeFields(assignee, self.scroll)
        self.scroll.setWidget(self.fields)
        outer.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Kosongkan formulir"), self)
        self.clear_button.clicked.connect(self.discard_draft)
        self.save_button = QPushButton(self.tr("Simpan kasus (Ctrl+S)"), self)
        self.save_button.setObjectName("saveCase")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self.fields.changed.connect(self._draft_timer.start)
        for widget in self.fields.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._draft_timer.isActive():
            self.save_draft_now()
        return super().eventFilter(watched, event)

    # -- loading, drafts ---------------------------------------------------------------
    def page_shown(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self.ctx.ops.query(self.ctx.backend.users.list, on_done=self.fields.fill_users)
        self.ctx.ops.query(self.ctx.backend.cases.load_draft, on_done=self._restore_draft)

    def _restore_draft(self, payload: dict[str, Any] | None) -> None:
        if payload and has_content(payload):
            self.fields.set_payload(payload)
            self.notice.show()

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        if not self.ctx.backend.session.is_unlocked:
            return
        payload = self.fields.payload()
        if has_content(payload):
            self.ctx.ops.act(self.ctx.backend.cases.save_draft, payload)

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        self.ctx.ops.act(self.ctx.backend.cases.discard_draft)
        self.reset_form()

    def reset_form(self) -> None:
        self._draft_timer.stop()
        self.fields.reset()
        self.notice.hide()
        self.show_problems({})
        self.scroll.verticalScrollBar().setValue(0)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self._draft_timer.stop()
        intake = to_intake(self.fields.payload(), is_child(self.fields.current_age()))
        self.save_button.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.cases.register, intake,
                            on_done=self._saved, on_error=self._save_failed)

    def _saved(self, result) -> None:
        changes, case_id, number = result
        self.save_button.setEnabled(True)
        self.reset_form()
        self.case_saved.emit(case_id, number)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
        else:
            self.show_problems({})
            self.summary.setText(message_for(exc))
            self.summary.show()

    def show_problems(self, problems: dict[str, str]) -> None:
        for label in self.fields.errors.values():
            label.clear()
            label.hide()
        for field, code in problems.items():
            label = self.fields.errors.get(field)
            if label is not None:
                label.setText(error_text(code))
                label.show()
        self.summary.setVisible(bool(problems))
        if problems:
            self.summary.setText(error_text("validation_failed"))
            first = next((f for f in FIELD_ORDER if f in problems), None)
            widget = self.fields.focus_target(first) if first else None
            if widget is not None:
                QTimer.singleShot(0, lambda w=widget: self._focus(w))

    def _focus(self, widget: QWidget) -> None:
        self.scroll.ensureWidgetVisible(widget, 50, 80)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """On lock: keep the typing as a draft (queued before the lock), then forget it."""
        if self._draft_timer.isActive():
            self.save_draft_now()
        self.fields.reset()
        self.fields.fill_users([])
        self.notice.hide()
        self.show_problems({})
        self._loaded = False



