"""The participants of a conference: a person's name, their institution from the directory,
their role in the meeting, and whether (and when) they signed the confidentiality
acknowledgement. One line below the list adds a participant or changes the selected one."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...domain.institutions import Institution
from ...services.conference_dto import ParticipantInfo, ParticipantInput
from ..labels import code_items, code_label
from ..widgets.combos import CodeCombo, SearchCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from ..widgets.tables import ListTable

DATE = "%d/%m/%Y"


class ParticipantsEditor(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.participants: list[ParticipantInput] = []
        self.institution_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = ListTable([self.tr("Nama"), self.tr("Lembaga"), self.tr("Peran"),
                                self.tr("Pernyataan kerahasiaan")],
                               self.tr("Belum ada peserta."), "participants", self)
        self.table.set_widths({0: 170, 1: 190, 2: 120})
        self.table.table.setFixedHeight(112)
        self.table.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setObjectName("participantName")
        self.name.setPlaceholderText(self.tr("Nama peserta"))
        self.institution = SearchCombo(self)
        self.institution.setObjectName("participantInstitution")
        self.institution.setMinimumContentsLength(18)
        self.role = CodeCombo(self)
        self.role.setObjectName("participantRole")
        self.role.set_items(code_items("conference_role"))
        self.acknowledged = QCheckBox(self.tr("Sudah menandatangani pernyataan kerahasiaan"), self)
        self.acknowledged.setObjectName("participantAcknowledged")
        self.acknowledged_on = DateField(self)
        self.acknowledged_on.setObjectName("participantAcknowledgedOn")
        self.acknowledged_on.setEnabled(False)
        self.acknowledged.toggled.connect(self._acknowledged)
        for column, (caption, widget) in enumerate((
                (self.tr("&Nama"), self.name), (self.tr("&Lembaga"), self.institution),
                (self.tr("Pe&ran"), self.role))):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.acknowledged)
        row.addWidget(QLabel(self.tr("tanggal"), self))
        row.addWidget(self.acknowledged_on)
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("+ Tambah peserta"), self)
        self.add_button.setObjectName("addParticipant")
        self.update_button = QPushButton(self.tr("Ubah peserta terpilih"), self)
        self.update_button.setObjectName("updateParticipant")
        self.remove_button = QPushButton(self.tr("− Hapus peserta"), self)
        self.remove_button.setObjectName("removeParticipant")
        for button, slot in ((self.add_button, self.add), (self.update_button, self.update),
                             (self.remove_button, self.remove)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        self.error = error_label(self, "participantError")
        layout.addWidget(self.error)
        self._selected()

    # -- values ---------------------------------------------------------------------------
    def set_institutions(self, items: list[Institution]) -> None:
        self.institution_names.update({i.id: i.display for i in items})
        wanted = self.institution.code()
        self.institution.set_items([(i.id, i.display) for i in items if i.active])
        self.institution.set_code(wanted)
        self._show()

    def set_participants(self, participants: list[ParticipantInfo]) -> None:
        for p in participants:
            if p.institution_id and p.institution_id not in self.institution_names:
                self.institution_names[p.institution_id] = p.institution_name
        self.participants = [ParticipantInput(p.name, p.institution_id, p.role,
                                              p.acknowledged_on) for p in participants]
        self._show()

    def values(self) -> tuple[ParticipantInput, ...]:
        return tuple(self.participants)

    def _typed(self) -> ParticipantInput | None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(self.tr("Tulis nama peserta."))
            self.error.show()
            self.name.setFocus()
            return None
        self.error.hide()
        day = self.acknowledged_on.iso() if self.acknowledged.isChecked() else None
        return ParticipantInput(name, self.institution.code() or None, self.role.code(),
                                date.fromisoformat(day) if day else None)

    # -- actions --------------------------------------------------------------------------
    def add(self) -> None:
        typed = self._typed()
        if typed is None:
            return
        self.participants.append(typed)
        self._show()
        self.table.table.clearSelection()
        self._reset()
        self.name.setFocus()

    def update(self) -> None:
        row = self.table.table.currentRow()
        typed = self._typed()
        if typed is None or not 0 <= row < len(self.participants):
            return
        self.participants[row] = typed
        self._show()
        self.table.table.clearSelection()
        self._reset()
        self.name.setFocus()

    def remove(self) -> None:
        row = self.table.table.currentRow()
        if 0 <= row < len(self.participants):
            del self.participants[row]
            self._show()
            self._reset()

    def _acknowledged(self, on: bool) -> None:
        self.acknowledged_on.setEnabled(on)
        if on and self.acknowledged_on.is_empty():
            self.acknowledged_on.set_iso(self.today.isoformat())
        elif not on:
            self.acknowledged_on.clear_date()

    def _selected(self) -> None:
        row = self.table.table.currentRow()
        chosen = 0 <= row < len(self.participants) and bool(self.table.current_key())
        self.update_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        if not chosen:
            return
        p = self.participants[row]
        self.name.setText(p.name)
        self.institution.set_code(p.institution_id or "")
        self.role.set_code(p.role)
        self.acknowledged.setChecked(p.acknowledged_on is not None)
        self.acknowledged_on.set_iso(p.acknowledged_on.isoformat() if p.acknowledged_on
                                     else None)

    def _reset(self) -> None:
        self.name.clear()
        self.institution.set_code("")
        self.role.set_code("")
        self.acknowledged.setChecked(False)

    def _show(self) -> None:
        rows = []
        for n, p in enumerate(self.participants):
            signed = (self.tr("Sudah, {date}").format(date=p.acknowledged_on.strftime(DATE))
                      if p.acknowledged_on else self.tr("Belum"))
            institution = self.institution_names.get(p.institution_id or "", "")
            rows.append((str(n), [p.name, institution,
                                  code_label("conference_role", p.role) if p.role else "",
                                  signed]))
        self.table.set_rows(rows)
        self.update_button.setEnabled(bool(self.table.current_key()))
        self.remove_button.setEnabled(bool(self.table.current_key()))

    def clear(self) -> None:
        self.participants = []
        self._reset()
        self.table.clear_rows()
