"""The "Impor dari flashdisk" tab: pick one or more bundle files, or a whole stick or folder
(``SyncApi.import_many``: this device's return folder too, in one step, with a progress bar;
files for other offices are left on the stick as they are, ADR 0018); each file is checked
completely and applied in one step, or refused and kept in quarantine; a line per file says
what happened."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services.sync.dto import ImportResult
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..theme import Role
from ..widgets.tables import ListTable
from .return_texts import file_outcome_label, file_text
from .texts import import_text

LEFT = ("not_for_us", "own")   # one-step import: files left on the stick as they were

COL_FILE, COL_OUTCOME, COL_TEXT = range(3)
OUTCOME_ROLES = {"applied": Role.DONE, "replay": Role.HINT, "rejected": Role.ERROR_STRONG,
                 "not_for_us": Role.HINT, "own": Role.HINT}


class FolderProgress(QObject):
    """``import_many``'s progress callback: called on the worker thread, it only emits."""

    advanced = Signal(int, int)   # files imported, files to import

    def __call__(self, done: int, total: int, _path: Path) -> None:
        self.advanced.emit(done, total)


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
        self.folder_button = QPushButton(self.tr("Impor semua dari flashdisk/folder…"), self)
        self.folder_button.setObjectName("importFolder")
        self.folder_button.setToolTip(self.tr(
            "Semua bundel untuk perangkat ini sekaligus, termasuk kiriman balik dari "
            "Sekretariat (folder ppt-desk-kembali). Bundel untuk kantor lain dibiarkan."))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button)
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
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importFolderProgress")
        self.bar.setFormat(self.tr("%v dari %m berkas"))
        self.bar.hide()
        layout.addWidget(self.bar)
        self.progress: FolderProgress | None = None
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

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih flashdisk atau folder berisi bundel"), "",
            QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        """Everything for this device in ``folder`` in one step, on the worker thread."""
        self.progress = FolderProgress()
        self.progress.advanced.connect(self._advanced)
        self.bar.setRange(0, 0)     # busy until the files are counted
        self.bar.show()
        self.folder_button.setEnabled(False)
        self.pick_button.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.sync.import_many, [folder], self.progress,
                            on_done=lambda out, f=folder: self._folder_done(f, out[1]),
                            on_error=lambda exc, f=folder: self._folder_failed(f, exc))

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done if total else 1)

    def _folder_done(self, folder: Path, results: list) -> None:
        self._end_folder()
        if not results:
            self._add(folder.name, "rejected", self.tr(
                "Tidak ada bundel untuk perangkat ini di folder itu."))
            return
        # Oldest first into a newest-first list: the first file imported ends up lowest.
        for item in results:
            self._add(item.path.name, item.result.outcome, file_text(item.result))

    def _folder_failed(self, folder: Path, exc: BaseException) -> None:
        self._end_folder()
        self._refused(folder, exc)

    def _end_folder(self) -> None:
        self.progress = None
        self.bar.hide()
        self.folder_button.setEnabled(True)
        self.pick_button.setEnabled(True)

    def busy(self) -> bool:
        return self.progress is not None

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
            label = QTableWidgetItem(file_outcome_label(outcome))
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
