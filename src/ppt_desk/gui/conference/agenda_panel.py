"""Agenda: what the service generated from the case shown (the stage-2 findings, open service
tracks, obstacles, overdue items), marking what stays on the laptop; and Tampilkan di layar…,
the deliberate showing of one more field on the projector, asked first and audited."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from ...services import conferences
from ...services.conference_dto import AgendaItem
from .. import theme
from ..theme import Role
from ..widgets.combos import CodeCombo
from .confirm import ask


def field_labels() -> dict[str, str]:
    return {"full_name": QCoreApplication.translate("AgendaPanel", "Nama lengkap"),
            "aliases": QCoreApplication.translate("AgendaPanel", "Nama lain / alias"),
            "birth_date": QCoreApplication.translate("AgendaPanel", "Tanggal lahir"),
            "estimated_age": QCoreApplication.translate("AgendaPanel", "Perkiraan umur"),
            "languages": QCoreApplication.translate("AgendaPanel", "Bahasa yang dikuasai")}


def revealable_fields() -> list[tuple[str, str]]:
    """(field, label) the service lets the presenter show on the projector, one at a time;
    the service owns the list (``services.conferences.REVEALABLE``)."""
    labels = field_labels()
    return [(code, labels.get(code, code)) for code in conferences.REVEALABLE]


def agenda_line(item: AgendaItem) -> str:
    text = f"{item.heading}: {item.text}" if item.heading else item.text
    if not item.audience:
        text = QCoreApplication.translate("AgendaPanel", "[hanya di laptop] ") + text
    return text


class AgendaPanel(QGroupBox):
    reveal_requested = Signal(str, str)  # field, its label: confirmed by the presenter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agenda (dari berkas kasus)"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("agendaList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Yang bertanda [hanya di laptop] tidak tampil di layar "
                              "proyektor."), self)
        hint.setWordWrap(True)
        theme.apply(hint, Role.HINT)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.field = CodeCombo(self, blank=self.tr("— pilih isian —"))
        self.field.setObjectName("revealField")
        self.field.set_items(revealable_fields())
        self.reveal_button = QPushButton(self.tr("Tampilkan di layar…"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr(
            "Menampilkan satu isian lagi di layar proyektor setelah Anda memastikannya; "
            "tercatat di jejak audit"))
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.field.code_changed.connect(lambda _c: self._update())
        field_label = QLabel(self.tr("&Isian:"), self)
        field_label.setBuddy(self.field)
        row.addWidget(field_label)
        row.addWidget(self.field, 1)
        row.addWidget(self.reveal_button)
        layout.addLayout(row)
        self.revealed = QLabel(self)
        self.revealed.setObjectName("revealedFields")
        self.revealed.setWordWrap(True)
        layout.addWidget(self.revealed)
        self._enabled = False
        self._update()

    def show_agenda(self, items: list[AgendaItem]) -> None:
        self.list.clear()
        for item in items:
            QListWidgetItem(agenda_line(item), self.list)
        if not items:
            QListWidgetItem(self.tr("Belum ada temuan tahap 2 atau hal terbuka pada kasus "
                                    "ini."), self.list)

    def show_revealed(self, revealed: list[tuple[str, str]]) -> None:
        """(label, value) shown on the projector besides the audience view."""
        if not revealed:
            self.revealed.clear()
            return
        self.revealed.setText(self.tr("Ditampilkan di layar: {fields}").format(
            fields="; ".join(f"{label}: {value}" for label, value in revealed)))

    def set_projecting(self, on: bool) -> None:
        """Reveal only while the projector shows the conference."""
        self._enabled = on
        self._update()

    def _update(self) -> None:
        self.reveal_button.setEnabled(self._enabled and bool(self.field.code()))
        self.field.setEnabled(self._enabled and self.field.count() > 1)

    def ask_reveal(self) -> QMessageBox | None:
        field = self.field.code()
        if not field or not self._enabled:
            return None
        label = self.field.currentText()
        return ask(self, "confirmReveal", self.tr("Tampilkan di layar"),
                   self.tr("Tampilkan \"{field}\" di layar proyektor?").format(field=label),
                   self.tr("Tampilkan"), lambda: self.reveal_requested.emit(field, label),
                   self.tr("Semua orang di ruangan akan melihatnya. Pastikan isian ini boleh "
                           "diketahui peserta. Penampilan ini dicatat di jejak audit."))

    def clear(self) -> None:
        self.list.clear()
        self.revealed.clear()
        self.field.set_code("")
        self.set_projecting(False)
