"""Sesi kelompok baru: one group session (group therapy, joint family counselling, support
group…) with several participants — victims of cases the user may open, and family
members of those victims, named only by their relation."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.tracks import FAMILY, SETTINGS, VICTIM, GroupParticipantInput, GroupSessionInput
from ...services.dto import CaseQuery
from .. import theme
from ..context import AppContext
from ..labels import code_items, code_label, error_text
from ..theme import Role
from ..widgets.combos import CodeCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from .submit import SubmitFlow

IdRole = Qt.ItemDataRole.UserRole


class GroupSessionDialog(SubmitFlow, QDialog):
    saved = Signal(object, str)  # ChangeSet, session id

    def __init__(self, ctx: AppContext, case_id: str, case_label: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("groupSessionDialog")
        self.setWindowTitle(self.tr("Sesi kelompok baru"))
        self.participants: list[tuple[GroupParticipantInput, str]] = []
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        theme.apply(self.error, Role.ERROR_STRONG)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        self.held_on = DateField(self)
        self.held_on.setObjectName("held_on")
        self.held_on.set_iso(today.isoformat())
        self.kind = CodeCombo(self)
        self.kind.setObjectName("kind")
        self.kind.set_items(code_items("group_session_kind"))
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topic")
        self.facilitator = QLineEdit(self)
        self.facilitator.setObjectName("facilitator")
        self.duration = QLineEdit(self)
        self.duration.setObjectName("duration")
        self.duration.setMaximumWidth(90)
        self.setting = CodeCombo(self)
        self.setting.setObjectName("setting")
        self.setting.set_items([(SETTINGS[0], self.tr("Di dalam panti / lembaga")),
                                (SETTINGS[1], self.tr("Di luar panti / lembaga"))])
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)
        self.errors: dict[str, QLabel] = {}
        for key, caption, widget in (
                ("held_on", self.tr("Tanggal *"), self.held_on),
                ("kind", self.tr("Jenis sesi *"), self.kind),
                ("topic", self.tr("Topik *"), self.topic),
                ("facilitator", self.tr("Fasilitator / konselor"), self.facilitator),
                ("duration_min", self.tr("Durasi (menit)"), self.duration),
                ("setting", self.tr("Tempat"), self.setting),
                ("notes", self.tr("Catatan"), self.notes)):
            form.addRow(caption, widget)
            self.errors[key] = error_label(self, f"error_{key}")
            form.addRow("", self.errors[key])
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Peserta</b> (paling sedikit dua; anggota keluarga "
                                        "dicatat menurut hubungannya, tanpa nama)"), self))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("participants")
        self.table.setHorizontalHeaderLabels([self.tr("Kasus"), self.tr("Peserta")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFixedHeight(130)
        layout.addWidget(self.table)
        self.errors["participants"] = error_label(self, "error_participants")
        layout.addWidget(self.errors["participants"])
        # Add a victim: search among the cases this user may open.
        find = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Cari korban lain (nama atau nomor kasus)…"))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        find.addWidget(self.search, 1)
        layout.addLayout(find)
        self.results = QListWidget(self)
        self.results.setObjectName("caseResults")
        self.results.setFixedHeight(80)
        self.results.itemDoubleClicked.connect(lambda _i: self.add_victim())
        layout.addWidget(self.results)
        buttons_row = QHBoxLayout()
        self.add_victim_button = QPushButton(self.tr("+ Korban terpilih"), self)
        self.add_victim_button.setObjectName("addVictim")
        self.add_victim_button.clicked.connect(self.add_victim)
        self.relation = CodeCombo(self)
        self.relation.setObjectName("relation")
        self.relation.set_items(code_items("guardian_relation"))
        self.add_family_button = QPushButton(self.tr("+ Anggota keluarga dari kasus terpilih"),
                                             self)
        self.add_family_button.setObjectName("addFamily")
        self.add_family_button.clicked.connect(self.add_family)
        self.remove_button = QPushButton(self.tr("− Hapus peserta"), self)
        self.remove_button.setObjectName("removeParticipant")
        self.remove_button.clicked.connect(self.remove_participant)
        buttons_row.addWidget(self.add_victim_button)
        buttons_row.addWidget(QLabel(self.tr("Hubungan:"), self))
        buttons_row.addWidget(self.relation)
        buttons_row.addWidget(self.add_family_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.remove_button)
        layout.addLayout(buttons_row)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveGroupSession")
        self.save_button.setAutoDefault(False)
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._run_search)
        self.session_id: str | None = None
        self._add(GroupParticipantInput(case_id, VICTIM), case_label)
        self.resize(720, 700)

    def load(self, session_id: str, session: GroupSessionInput,
             labels: dict[str, str]) -> None:
        """Show a recorded session for changing it (``labels``: case id -> its label)."""
        self.session_id = session_id
        self.setWindowTitle(self.tr("Ubah sesi kelompok"))
        self.held_on.set_iso(session.held_on.isoformat())
        self.kind.set_code(session.kind)
        self.topic.setText(session.topic)
        self.facilitator.setText(session.facilitator)
        self.duration.setText(str(session.duration_min or ""))
        self.setting.set_code(session.setting)
        self.notes.setPlainText(session.notes)
        self.participants.clear()
        self.table.setRowCount(0)
        for p in session.participants:
            self._add(p, labels.get(p.case_id, p.case_id))

    # -- participants ---------------------------------------------------------------------
    def _add(self, p: GroupParticipantInput, case_label: str) -> None:
        if any(q == p for q, _ in self.participants):
            return
        self.participants.append((p, case_label))
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = self.tr("Korban") if p.role == VICTIM else self.tr("Keluarga: {relation}").format(
            relation=code_label("guardian_relation", p.relation))
        for column, text in enumerate((case_label, who)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            return
        self.ctx.ops.query(self.ctx.backend.cases.search, CaseQuery(text=text, limit=20),
                           on_done=self._show_results, on_error=self._refused)

    def _show_results(self, page) -> None:
        self.results.clear()
        for row in page.rows:
            item = QListWidgetItem(f"{row.case_number} — {row.full_name}", self.results)
            item.setData(IdRole, row.id)
        if page.rows:
            self.results.setCurrentRow(0)

    def _selected_case(self) -> tuple[str, str] | None:
        """The case picked in the search results, else the one of the selected participant."""
        item = self.results.currentItem()
        if item is not None:
            return item.data(IdRole), item.text()
        row = self.table.currentRow()
        if 0 <= row < len(self.participants):
            p, label = self.participants[row]
            return p.case_id, label
        return None

    def add_victim(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._add(GroupParticipantInput(item.data(IdRole), VICTIM), item.text())

    def add_family(self) -> None:
        chosen = self._selected_case()
        relation = self.relation.code()
        if chosen is None or not relation:
            self.errors["participants"].setText(self.tr(
                "Pilih kasus (di hasil pencarian atau di daftar peserta) dan hubungan keluarga."))
            self.errors["participants"].show()
            return
        self._add(GroupParticipantInput(chosen[0], FAMILY, relation), chosen[1])

    def remove_participant(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.participants):
            del self.participants[row]
            self.table.removeRow(row)

    # -- saving ---------------------------------------------------------------------------
    def session(self) -> GroupSessionInput:
        duration = self.duration.text().strip()
        held_on = self.held_on.iso()
        return GroupSessionInput(
            held_on=date.fromisoformat(held_on) if held_on else date.max,
            kind=self.kind.code(), topic=self.topic.text(),
            facilitator=self.facilitator.text(),
            duration_min=int(duration) if duration.isdigit() else None,
            setting=self.setting.code(), notes=self.notes.toPlainText(),
            participants=tuple(p for p, _ in self.participants))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        for label in self.errors.values():
            label.hide()
        if self.session_id is None:
            self.run_submit(self.ctx.backend.groups.add, self.session())
        else:
            self.run_submit(self.ctx.backend.groups.update, self.session_id,
                            self.session())

    def submitted(self, result) -> None:
        self.saved.emit(*result)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.hide()
        for key, code in problems.items():  # participants.N.relation goes under the table
            label = self.errors.get(key.split(".")[0])
            if label is not None:
                label.setText(error_text(code))
                label.show()

    def show_message(self, text: str, exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()
