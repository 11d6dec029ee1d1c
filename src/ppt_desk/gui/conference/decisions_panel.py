"""Keputusan: the decisions on the case shown, and the editor of one decision with its optional
action item (what, which institution or person, by when).

What is typed is saved by itself a moment after the typing stops (``SAVE_DELAY_MS``), so the
projector shows the decisions as they are typed; Keputusan baru and choosing another decision
save what is pending first."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.institutions import Institution
from ...services.conference_dto import DecisionInfo, DecisionInput
from ..context import AppContext
from ..labels import message_for
from ..widgets.combos import SearchCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from .confirm import ask

SAVE_DELAY_MS = 600
DATE = "%d/%m/%Y"
IdRole = Qt.ItemDataRole.UserRole


def decision_line(n: int, d: DecisionInfo) -> str:
    line = f"{n}. {d.text}"
    if d.action_what:
        who = f" — {d.action_who}" if d.action_who else ""
        due = f" ({d.action_due.strftime(DATE)})" if d.action_due else ""
        line += f"\n    → {d.action_what}{who}{due}"
    return line


class DecisionsPanel(QGroupBox):
    saved = Signal()  # a decision was added, changed or removed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Keputusan"))
        self.ctx = ctx
        self.conference_id = ""
        self.case_id = ""
        self.decision_id: str | None = None  # the one in the editor; None: a new one
        self.decisions: list[DecisionInfo] = []
        self._saving = False
        self._dirty = False
        self._loading = False
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("decisionList")
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(70)
        self.list.itemClicked.connect(lambda item: self.edit(item.data(IdRole)))
        self.list.itemActivated.connect(lambda item: self.edit(item.data(IdRole)))
        layout.addWidget(self.list, 1)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("decisionText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Tulis keputusan; tampil di layar saat diketik"))
        self.text.setFixedHeight(52)
        text_label = QLabel(self.tr("&Keputusan"), self)
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        grid = QGridLayout()
        self.what = QLineEdit(self)
        self.what.setObjectName("actionWhat")
        self.what.setPlaceholderText(self.tr("kosong bila bukan tindak lanjut"))
        self.institution = SearchCombo(self)
        self.institution.setObjectName("actionInstitution")
        self.institution.setMinimumContentsLength(16)
        self.person = QLineEdit(self)
        self.person.setObjectName("actionPerson")
        self.due = DateField(self)
        self.due.setObjectName("actionDue")
        for row, (caption, widget) in enumerate((
                (self.tr("&Tindak lanjut"), self.what),
                (self.tr("&Batas waktu"), self.due),
                (self.tr("&Lembaga"), self.institution),
                (self.tr("&Orang"), self.person))):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            grid.addWidget(label, row // 2, (row % 2) * 2)
            grid.addWidget(widget, row // 2, (row % 2) * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Keputusan &baru (Ctrl+N)"), self)
        self.new_button.setObjectName("newDecision")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.clicked.connect(self.new)
        self.remove_button = QPushButton(self.tr("Hapus keputusan…"), self)
        self.remove_button.setObjectName("removeDecision")
        self.remove_button.clicked.connect(self.remove)
        self.state = QLabel(self)
        self.state.setObjectName("decisionState")
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.state)
        layout.addLayout(row)
        self.error = error_label(self, "decisionError")
        layout.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.text.textChanged.connect(self._edited)
        self.what.textChanged.connect(self._edited)
        self.person.textChanged.connect(self._edited)
        self.institution.code_changed.connect(self._edited)
        self.due.value_changed.connect(self._edited)
        chain = [self.list, self.text, self.what, self.due, self.institution, self.person,
                 self.new_button, self.remove_button]
        for first, second in zip(chain, chain[1:]):  # as the fields read, row by row
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------
    def set_institutions(self, items: list[Institution]) -> None:
        self._loading = True
        wanted = self.institution.code()
        self.institution.set_items([(i.id, i.display) for i in items if i.active])
        self.institution.set_code(wanted)
        self._loading = False

    def show_decisions(self, conference_id: str, case_id: str,
                       decisions: list[DecisionInfo], editable: bool) -> None:
        """The decisions on ``case_id``; another case empties the editor."""
        if case_id != self.case_id or conference_id != self.conference_id:
            self.save_now()
            self.conference_id, self.case_id = conference_id, case_id
            self._load(None)
        self.decisions = decisions
        self.list.clear()
        for n, d in enumerate(decisions, start=1):
            item = QListWidgetItem(decision_line(n, d), self.list)
            item.setData(IdRole, d.id)
            if d.id == self.decision_id:
                self.list.setCurrentItem(item)
        for widget in (self.text, self.what, self.institution, self.person, self.due,
                       self.new_button):
            widget.setEnabled(editable)
        self.text.setPlaceholderText(
            self.tr("Tulis keputusan; tampil di layar saat diketik") if editable
            else self.tr("Keputusan dicatat selama pertemuan berlangsung (Mulai mode sidang)"))
        self._update_buttons(editable)

    def _load(self, decision: DecisionInfo | None) -> None:
        self._loading = True
        self.decision_id = decision.id if decision else None
        self.text.setPlainText(decision.text if decision else "")
        self.what.setText(decision.action_what if decision else "")
        self.institution.set_code((decision.action_who_institution_id or "") if decision else "")
        self.institution.lineEdit().setCursorPosition(0)  # the name's start, not its end
        self.person.setText(decision.action_who_person if decision else "")
        self.due.set_iso(decision.action_due.isoformat()
                         if decision and decision.action_due else None)
        self._loading = False
        self._dirty = False
        self.state.clear()
        self._update_buttons()

    def _update_buttons(self, editable: bool | None = None) -> None:
        editable = self.text.isEnabled() if editable is None else editable
        self.remove_button.setEnabled(editable and self.decision_id is not None)

    # -- editing ------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.state.setText(self.tr("belum tersimpan…"))
        self._timer.start()

    def decision(self) -> DecisionInput:
        day = self.due.iso()
        return DecisionInput(case_id=self.case_id, text=self.text.toPlainText().strip(),
                             action_what=self.what.text().strip(),
                             action_who_institution_id=self.institution.code() or None,
                             action_who_person=self.person.text().strip(),
                             action_due=date.fromisoformat(day) if day else None)

    def save_now(self) -> None:
        """Save what is typed now (the timer's work, or before leaving this decision)."""
        self._timer.stop()
        if not self._dirty or self._saving or not self.conference_id:
            return
        decision = self.decision()
        if not decision.text and self.decision_id is None:
            return  # nothing typed yet
        self._saving = True
        self._dirty = False
        conferences = self.ctx.backend.conferences
        if self.decision_id is None:
            self.ctx.ops.change(conferences.add_decision, self.conference_id, decision,
                                on_done=self._added, on_error=self._failed)
        else:
            self.ctx.ops.change(conferences.update_decision, self.decision_id, decision,
                                on_done=self._done, on_error=self._failed)

    def _added(self, result) -> None:
        _changes, decision_id = result
        self.decision_id = decision_id
        self._done(None)

    def _done(self, _changes) -> None:
        self._saving = False
        self.error.hide()
        self.state.setText(self.tr("tersimpan"))
        self._update_buttons()
        self.saved.emit()
        if self._dirty:  # typed on while it was saved
            self._timer.start()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True
        self.state.setText(self.tr("belum tersimpan"))
        self.error.setText(message_for(exc))
        self.error.show()

    def new(self) -> None:
        self.save_now()
        self._load(None)
        self.list.clearSelection()
        self.text.setFocus()

    def edit(self, decision_id: str) -> None:
        if decision_id == self.decision_id:
            return
        self.save_now()
        decision = next((d for d in self.decisions if d.id == decision_id), None)
        if decision is not None:
            self._load(decision)
            for row in range(self.list.count()):
                if self.list.item(row).data(IdRole) == decision_id:
                    self.list.setCurrentRow(row)

    def remove(self) -> QMessageBox | None:
        if self.decision_id is None:
            return None
        decision_id = self.decision_id
        return ask(self, "confirmRemoveDecision", self.tr("Hapus keputusan"),
                   self.tr("Hapus keputusan ini dari notulen? Layar proyektor ikut "
                           "menghapusnya."), self.tr("Hapus"),
                   lambda: self._remove(decision_id))

    def _remove(self, decision_id: str) -> None:
        self._timer.stop()
        self._load(None)
        self.ctx.ops.change(self.ctx.backend.conferences.remove_decision, decision_id,
                            on_done=lambda _c: self.saved.emit(), on_error=self._failed)

    def clear(self) -> None:
        self._timer.stop()
        self.conference_id = self.case_id = ""
        self.decisions = []
        self.list.clear()
        self._load(None)
        self.error.hide()
