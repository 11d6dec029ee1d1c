"""Rencanakan pembahasan kasus / sidang kasus: the kind of meeting, its date and place, the
cases it discusses (the case it was planned from first) and its participants with their
confidentiality acknowledgements. The same dialog changes a planned (or running) conference."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)

from ...services.conference_dto import ConferenceDetail, ConferenceInput
from .. import theme
from ..context import AppContext
from ..dialogs.submit import SubmitFlow
from ..labels import code_items, error_text, message_for
from ..theme import Role
from ..widgets.combos import CodeCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from .case_picker import CasePicker
from .participants_editor import ParticipantsEditor


class PlanDialog(SubmitFlow, QDialog):
    saved = Signal(object, str)  # ChangeSet, conference id

    def __init__(self, ctx: AppContext, cases: list[tuple[str, str]], kind: str, today: date,
                 parent: QWidget | None = None) -> None:
        """``cases``: (case id, "number — name") of the case it is planned from."""
        super().__init__(parent)
        self.ctx = ctx
        self.conference_id: str | None = None
        self.setObjectName("conferencePlanDialog")
        self.setWindowTitle(self._title(kind))
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        theme.apply(self.error, Role.ERROR_STRONG)
        self.error.hide()
        layout.addWidget(self.error)
        grid = QGridLayout()
        self.kind = CodeCombo(self)
        self.kind.setObjectName("kind")
        self.kind.set_items(code_items("conference_kind"))
        self.kind.set_code(kind)
        self.kind.setMinimumContentsLength(24)
        self.planned_on = DateField(self)
        self.planned_on.setObjectName("planned_on")
        self.planned_on.set_iso(today.isoformat())
        self.planned_on.setMaximumWidth(160)
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("mis. Ruang rapat UPTD PPA"))
        self.errors: dict[str, QLabel] = {}
        for row, (key, caption, widget) in enumerate((
                ("kind", self.tr("&Jenis *"), self.kind),
                ("planned_on", self.tr("&Tanggal *"), self.planned_on),
                ("place", self.tr("Tem&pat *"), self.place))):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            self.errors[key] = error_label(self, f"error_{key}")
            grid.addWidget(self.errors[key], row * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        cases_box = QGroupBox(self.tr("Kasus yang dibahas"), self)
        cases_layout = QVBoxLayout(cases_box)
        self.cases = CasePicker(ctx, cases_box)
        self.cases.set_cases(cases)
        self.cases.failed.connect(lambda exc: self.show_message(message_for(exc), exc))
        cases_layout.addWidget(self.cases)
        self.errors["case_ids"] = error_label(cases_box, "error_case_ids")
        cases_layout.addWidget(self.errors["case_ids"])
        layout.addWidget(cases_box)
        people_box = QGroupBox(self.tr("Peserta"), self)
        people_layout = QVBoxLayout(people_box)
        self.participants = ParticipantsEditor(today, people_box)
        people_layout.addWidget(self.participants)
        self.errors["participants"] = error_label(people_box, "error_participants")
        people_layout.addWidget(self.errors["participants"])
        layout.addWidget(people_box)
        notes_label = QLabel(self.tr("Ca&tatan"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(44)
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        self.errors["notes"] = error_label(self, "error_notes")
        layout.addWidget(self.errors["notes"])
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan rencana"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("savePlan")
        self.save_button.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.code_changed.connect(lambda code: self.setWindowTitle(self._title(code)))
        self._order()
        ctx.ops.query(ctx.backend.directory.search, "", "", True,
                      on_done=self.participants.set_institutions)
        window = parent.window() if parent is not None else None
        room = min(window.height() if window is not None else 740,
                   self.screen().availableGeometry().height())
        self.resize(820, max(560, min(self.sizeHint().height(), room - 40)))

    def _title(self, kind: str) -> str:
        if self.conference_id is not None:
            return self.tr("Ubah rencana pertemuan")
        return {"PEMBAHASAN_KASUS": self.tr("Rencanakan pembahasan kasus"),
                "SIDANG_KASUS": self.tr("Rencanakan sidang kasus"),
                "GELAR_KASUS": self.tr("Rencanakan gelar kasus")}.get(
            kind, self.tr("Rencanakan pertemuan kasus"))

    def _order(self) -> None:
        """Tab goes down the dialog as it reads: the meeting, its cases, its people."""
        p = self.participants
        chain = [self.kind, self.planned_on, self.place, self.cases.table.table,
                 self.cases.search, self.cases.add_button, self.cases.remove_button,
                 self.cases.results, p.table.table, p.name, p.institution, p.role,
                 p.acknowledged, p.acknowledged_on, p.add_button, p.update_button,
                 p.remove_button, self.notes, self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def load(self, detail: ConferenceDetail) -> None:
        """Show a recorded conference for changing it."""
        self.conference_id = detail.id
        self.setWindowTitle(self._title(detail.kind))
        self.kind.set_code(detail.kind)
        self.planned_on.set_iso(detail.planned_on.isoformat())
        self.place.setText(detail.place)
        self.notes.setPlainText(detail.notes)
        self.cases.set_cases([(c.case_id, f"{c.case_number} — {c.display_name}")
                              for c in detail.cases])
        self.participants.set_participants(list(detail.participants))

    def conference(self) -> ConferenceInput:
        day = self.planned_on.iso()
        return ConferenceInput(
            kind=self.kind.code(), planned_on=date.fromisoformat(day) if day else date.max,
            place=self.place.text().strip(), case_ids=self.cases.case_ids(),
            participants=self.participants.values(), notes=self.notes.toPlainText())

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        for label in self.errors.values():
            label.hide()
        self.error.hide()
        if self.conference_id is None:
            self.run_submit(self.ctx.backend.conferences.plan, self.conference())
        else:
            self.run_submit(self.ctx.backend.conferences.update, self.conference_id,
                            self.conference())

    def submitted(self, result) -> None:
        if self.conference_id is None:
            self.saved.emit(*result)
        else:
            self.saved.emit(result, self.conference_id)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.hide()
        shown = False
        for key, code in problems.items():  # participants.N.name goes under the list
            label = self.errors.get(key.split(".")[0])
            if label is not None:
                label.setText(error_text(code))
                label.show()
                shown = True
        if not shown:
            self.error.setText(", ".join(error_text(c) for c in problems.values()))
            self.error.show()

    def show_message(self, text: str, exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()

    def wipe(self) -> None:
        self.cases.clear()
        self.participants.clear()
        self.notes.clear()
        self.reject()
