"""Kasus Baru: the intake form page. Every change is kept as a draft in the encrypted
database, so a power cut loses at most the last fraction of a second of typing."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.age import is_child
from ...domain.errors import ValidationFailed
from ...domain.intake import IntakeVocabulary, validate_intake
from .. import theme
from ..context import AppContext
from ..labels import code_items, error_text, message_for
from ..theme import Role
from .base import BasePage
from .intake_fields import IntakeFields
from .intake_payload import has_content, to_intake

DRAFT_DEBOUNCE_MS = 400
FIELD_ORDER = ("full_name", "sex", "birth_date", "estimated_age", "nik", "documents",
               "citizenship", "languages", "guardian", "intake_date", "intake_channel",
               "victim_status", "victim_role", "modus")


def _vocabulary() -> IntakeVocabulary:
    def codes(name: str) -> frozenset[str]:
        return frozenset(code for code, _label in code_items(name))
    return IntakeVocabulary(
        sexes=codes("sex"), channels=codes("intake_channel"), statuses=codes("victim_status"),
        roles=codes("victim_role"), modus=codes("modus"), doc_types=codes("identity_doc_type"),
        languages=codes("language"), countries=codes("country"))


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
        self.discard_button.clicked.connect(self.ask_discard)
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
        self.save_button = QPushButton(self.tr("Simpan kasus (Ctrl+S)"), self)
        self.save_button.setObjectName("saveCase")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Kosongkan formulir"), self)
        self.clear_button.setObjectName("clearForm")
        self.clear_button.clicked.connect(self.ask_clear)
        # The destructive button is never the next Tab stop after a field: Simpan comes first.
        QWidget.setTabOrder(self.save_button, self.clear_button)
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
        self.fields.changed.connect(self._recheck_problems)
        for widget in self.fields.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._draft_timer.isActive():
            self.save_draft_now()
        return super().eventFilter(watched, event)

    # -- loading, drafts ---------------------------------------------------------------
    def page_shown(self) -> None:
        self._focus_first_field()
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

    def _focus_first_field(self) -> None:
        """The cursor goes to Nama lengkap, except while the menu is walked with the arrow
        keys (taking the focus there would stop the walk at this page)."""
        focus = QApplication.focusWidget()
        walking = (isinstance(focus, QAbstractItemView) and not self.isAncestorOf(focus)
                   and QApplication.mouseButtons() == Qt.MouseButton.NoButton)
        if not walking:
            self.scroll.verticalScrollBar().setValue(0)
            self.fields.full_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- destructive steps ask first (Batal is the default) ----------------------------
    def _ask(self, name: str, title: str, text: str, action: str, on_yes) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(name)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
        box.open()
        return box

    def ask_clear(self) -> QMessageBox:
        return self._ask("confirmClear", self.tr("Kosongkan formulir"),
                         self.tr("Kosongkan semua isian formulir ini? Isian yang belum "
                                 "disimpan akan hilang dan tidak dapat dikembalikan."),
                         self.tr("Kosongkan"), self.discard_draft)

    def ask_discard(self) -> QMessageBox:
        return self._ask("confirmDiscard", self.tr("Buang draf"),
                         self.tr("Buang draf yang dipulihkan? Isian yang belum disimpan "
                                 "akan hilang dan tidak dapat dikembalikan."),
                         self.tr("Buang draf"), self.discard_draft)

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

    def _recheck_problems(self) -> None:
        """A message under a field goes as soon as the field is right (none is added while
        typing: new ones come only with Simpan)."""
        shown = {f for f, label in self.fields.errors.items() if label.isVisibleTo(self)}
        if not shown:
            return
        try:
            validate_intake(to_intake(self.fields.payload(), is_child(self.fields.current_age())),
                            _vocabulary(), date.today())
            problems: dict[str, str] = {}
        except ValidationFailed as exc:
            problems = exc.problems
        for field in shown:
            label = self.fields.errors[field]
            if not any(self.fields.errors.get(p) is label for p in problems):
                label.clear()
                label.hide()
        if not any(label.isVisibleTo(self) for label in self.fields.errors.values()):
            self.summary.hide()

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



