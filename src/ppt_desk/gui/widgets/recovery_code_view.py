"""Shows a recovery code once, large and grouped, with print and save-as-PDF.

The PDF's file name is fixed and holds nothing personal; the code itself is written only
where the user chooses.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from .. import theme
from ..theme import Role

try:  # QtPrintSupport ships with PySide6-Essentials, but stay usable without it
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover
    QPrintDialog = QPrinter = None

PDF_NAME = "ppt-desk-kode-pemulihan.pdf"


class RecoveryCodeView(QWidget):
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        layout = QVBoxLayout(self)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.apply(self.code_label, Role.CODE)
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Cetak…"), self)
        self.print_button.clicked.connect(self.print_code)
        self.print_button.setEnabled(QPrinter is not None)
        self.pdf_button = QPushButton(self.tr("Simpan sebagai PDF…"), self)
        self.pdf_button.clicked.connect(self.choose_pdf_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        layout.addLayout(buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def set_code(self, code: str) -> None:
        self._code = code
        groups = code.split("-")
        lines = ["  ".join(groups[:4]), "  ".join(groups[4:])]
        self.code_label.setText("\n".join(line for line in lines if line))

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        title = self.tr("Kode pemulihan ppt-desk")
        hint = self.tr("Simpan kertas ini di tempat terkunci. Dengan kode ini kata sandi "
                       "pengguna dapat diganti.")
        code = self._code.replace("-", " - ")
        doc.setHtml(f"<h2>{title}</h2><p style='font-family: monospace; font-size: 20pt;'>"
                    f"<b>{code}</b></p><p>{hint}</p>")
        return doc

    def print_code(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            self._document().print_(printer)

    def choose_pdf_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder untuk PDF"))
        if folder:
            self.save_pdf(Path(folder))

    def save_pdf(self, folder: Path) -> Path:
        path = folder / PDF_NAME
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.tr("Kode pemulihan"))
        doc = self._document()
        doc.print_(writer)
        self.status.setText(self.tr("Disimpan sebagai {name}.").format(name=PDF_NAME))
        self.saved.emit(str(path))
        return path
