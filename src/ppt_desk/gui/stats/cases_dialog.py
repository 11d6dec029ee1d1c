"""The cases behind a figure: the case numbers and names the user may see, how many others the
figure counts that they may not, and a way to open one (as the case list opens a case)."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...services.dto import CaseRow
from .. import theme
from ..theme import Role
from ..widgets.tables import ListTable

MAX_SHOWN = 2000   # a list longer than this is not read row by row; the rest is counted


class CasesDialog(QDialog):
    case_opened = Signal(str)   # case id

    def __init__(self, title: str, figure: str, rows: list[CaseRow], hidden: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCasesDialog")
        self.setWindowTitle(self.tr("Kasus di balik angka"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("casesHeading")
        heading.setWordWrap(True)
        theme.apply(heading, Role.HEADING)
        layout.addWidget(heading)
        what = QLabel(figure, self)
        what.setObjectName("casesFigure")
        what.setWordWrap(True)
        layout.addWidget(what)
        self.list = ListTable([self.tr("No. kasus"), self.tr("Nama"),
                               self.tr("Tanggal pengaduan")],
                              self.tr("Tidak ada kasus yang dapat Anda lihat di balik angka ini."),
                              "statCases", self)
        self.list.set_widths({0: 170, 1: 250})
        self.list.set_rows([(row.id, [row.case_number, row.full_name,
                                      row.intake_date.strftime("%d/%m/%Y")])
                            for row in rows[:MAX_SHOWN]])
        self.list.table.activated.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.list, 1)
        self.hidden = QLabel(self)
        self.hidden.setObjectName("casesHidden")
        self.hidden.setWordWrap(True)
        theme.apply(self.hidden, Role.HINT)
        if hidden:
            self.hidden.setText(self.tr("{count} kasus lain tidak dapat Anda lihat.").format(
                count=hidden))
        else:
            self.hidden.hide()
        layout.addWidget(self.hidden)
        self.more = QLabel(self)
        self.more.setObjectName("casesMore")
        theme.apply(self.more, Role.HINT)
        self.more.setVisible(len(rows) > MAX_SHOWN)
        self.more.setText(self.tr("Ditampilkan {shown} kasus pertama dari {total}.").format(
            shown=QLocale().toString(MAX_SHOWN), total=QLocale().toString(len(rows))))
        layout.addWidget(self.more)
        hint = QLabel(self.tr("Enter atau klik ganda pada baris membuka kasusnya."), self)
        theme.apply(hint, Role.HINT)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Buka kasus"), self)
        self.open_button.setObjectName("openCase")
        self.open_button.setEnabled(bool(rows))
        self.open_button.clicked.connect(lambda: self.open_row(self.list.table.currentRow()))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rows:
            self.list.table.selectRow(0)
            self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def case_ids(self) -> list[str]:
        return self.list.keys()

    def open_row(self, row: int) -> None:
        case_id = self.list.key_at(row) if row >= 0 else ""
        if case_id:
            self.accept()
            self.case_opened.emit(case_id)
