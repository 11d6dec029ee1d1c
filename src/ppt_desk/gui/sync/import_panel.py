"""The "Impor dari flashdisk" tab: pick one or more bundle files; each is checked completely and
applied in one step, or refused and kept in quarantine; a line per file says what happened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...services.sync.dto import ImportResult
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from ..widgets.tables import ListTable
from .texts import import_text, outcome_label

COL_FILE, COL_OUTCOME, COL_TEXT = range(3)
OUTCOME_ROLES = {"applied": Role.DONE, "replay": Role.HINT, "rejected": Role.ERROR_STRONG}


class ImportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[tuple[str, str, str]] = []   # (file name, outcome, text)
        self._count = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Impor tanda terima dan data dari provinsi atau kantor lain. Setiap berkas "
            "diperiksa lengkap lebih dulu (enkripsi, tanda tangan, pengirim terdaftar, "
            "urutan); baru setelah semua pemeriksaan lolos datanya diterapkan sekaligus. "
            "Berkas yang ditolak disimpan di karantina dan tidak mengubah apa pun."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pilih berkas bundel…"), self)
        self.pick_button.setObjectName("pickBundles")
        self.pick_button.clicked.connect(self.choose_files)
        self.clear_button = QPushButton(self.tr("Kosongkan daftar"), self)
        self.clear_button.setObjectName("clearImports")
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.pick_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list = ListTable([self.tr("Berkas"), self.tr("Hasil"), self.tr("Keterangan")],
                              self.tr("Belum ada berkas yang diimpor sejak aplikasi dibuka."),
                              "importResults", self)
        self.list.set_modes(stretch=(COL_TEXT,), fit=(COL_FILE, COL_OUTCOME))
        self.list.wrap_text()
        layout.addWidget(self.list, 1)
        self._show()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bundel dari flashdisk"), "",
            self.tr("Bundel ppt-desk (*.ppt-bundle)"))
        self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """One import per file, in the order given (the runner keeps the order)."""
        for path in paths:
            self.ctx.ops.change(self.ctx.backend.sync.import_bundle, path,
                                on_done=lambda out, p=path: self._imported(p, out[1]),
                                on_error=lambda exc, p=path: self._refused(p, exc))

    def _imported(self, path: Path, result: ImportResult) -> None:
        self._add(path.name, result.outcome, import_text(result))

    def _refused(self, path: Path, exc: BaseException) -> None:
        """The file could not even be read (stick pulled, unreadable): nothing was imported."""
        text = message_for(exc)
        if isinstance(exc, DomainError):
            text += " " + self.tr("Tidak ada data yang diubah.")
        self._add(path.name, "rejected", text)

    def _add(self, name: str, outcome: str, text: str) -> None:
        self.results.insert(0, (name, outcome, text))   # newest first
        self._show()

    def _show(self) -> None:
        rows = []
        for index, (name, outcome, text) in enumerate(self.results):
            label = QTableWidgetItem(outcome_label(outcome))
            theme.paint_item(label, OUTCOME_ROLES.get(outcome, Role.TEXT))
            rows.append((str(len(self.results) - index), [name, label, text]))
        self.list.set_rows(rows)
        self.clear_button.setEnabled(bool(self.results))

    def texts(self) -> list[str]:
        """The result sentences shown, newest first."""
        return [text for _name, _outcome, text in self.results]

    def clear(self) -> None:
        self.results = []
        self._show()
