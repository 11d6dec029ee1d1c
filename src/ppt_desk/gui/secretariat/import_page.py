"""Impor bundel (secretariat): a stick or folder of PPT bundles, or chosen files. The backend
puts them in the order that works (each device's bundles in sequence); each file is then
imported on its own by the sync engine, unchanged (every check, quarantine with a reason, gaps
held back), with a progress bar and a line per file."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services.change_set import ChangeSet
from ...services.secretariat.duplicates_dto import ScanResult
from ...services.sync.dto import ImportResult
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..pages.base import BasePage
from ..sync.import_panel import OUTCOME_ROLES
from ..sync.return_texts import routed_text
from ..sync.texts import import_text, outcome_label
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable

COL_FILE, COL_OUTCOME, COL_TEXT = range(3)
# A transfer carried for another PPT (``return_trip.collect_routed``) as a line of the list.
_ROUTED = {"taken": "applied", "already_here": "replay", "refused": "rejected"}


class ImportBundlesPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.results: list[tuple[str, str, str]] = []   # (file name, outcome, text), in order
        self._touched: set[str] = set()                # cases the imported bundles brought
        self._routed: list = []                        # transfers taken in for other PPTs
        self._step_failed = False
        self._total = 0
        self._conflicts = 0                            # conflict items the imports opened
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Impor bundel"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Pilih flashdisk atau folder berisi bundel dari PPT (atau beberapa berkas). Semua "
            "bundel diimpor berurutan per perangkat. Setiap berkas diperiksa lengkap lebih "
            "dulu (enkripsi, tanda tangan, perangkat terdaftar, urutan); berkas yang ditolak "
            "disimpan di karantina beserta alasannya dan tidak mengubah apa pun."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Pilih &flashdisk/folder…"), self)
        self.folder_button.setObjectName("pickBundleFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(self.tr("Pilih &berkas bundel…"), self)
        self.files_button.setObjectName("pickBundleFiles")
        self.files_button.clicked.connect(self.choose_files)
        row.addWidget(self.folder_button)
        row.addWidget(self.files_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.list = ListTable([self.tr("Berkas"), self.tr("Hasil"), self.tr("Keterangan")],
                              self.tr("Belum ada bundel yang diimpor sejak aplikasi dibuka."),
                              "bundleImportResults", self)
        self.list.set_modes(stretch=(COL_TEXT,), fit=(COL_FILE, COL_OUTCOME))
        self.list.wrap_text()
        layout.addWidget(self.list, 1)
        self.error = error_label(self, "importError")
        layout.addWidget(self.error)
        self._show()

    # -- choosing --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih flashdisk atau folder berisi bundel"), "",
            QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.import_paths([Path(folder)])

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bundel"), "", self.tr("Bundel ppt-desk (*.ppt-bundle)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    # -- importing -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._total > 0 and len(self.results) < self._total

    def import_paths(self, paths: list[Path]) -> None:
        """Transfers carried for other PPTs are taken in first (a line each), then the
        bundles are planned (which files, in which order) and imported one by one."""
        if self.busy:
            return
        self.error.hide()
        self._set_enabled(False)
        self._routed, self._step_failed, self._conflicts = [], False, 0
        for folder in (p for p in paths if p.is_dir()):
            self.ctx.ops.change(self.ctx.backend.return_trip.collect_routed, folder,
                                on_done=lambda out: self._routed.extend(out[1]),
                                on_error=self._plan_failed)
        self.ctx.ops.query(self.ctx.backend.secretariat.import_plan, paths,
                           on_done=self._planned, on_error=self._plan_failed)

    def _plan_failed(self, exc: BaseException) -> None:
        self._step_failed = True
        self._set_enabled(True)
        self.error.setText(message_for(exc))
        self.error.show()

    def _planned(self, plan: list[Path]) -> None:
        if self._step_failed:   # taking the routed files in failed: said already
            return
        self.results = [(f.name, _ROUTED.get(f.outcome, f.outcome), routed_text(f))
                        for f in self._routed]
        self._total = len(plan) + len(self.results)
        if not plan and self.results:
            self._files_progress()
            self.progress.show()
            self._show()
            self._finished()
            return
        if not plan:
            self._set_enabled(True)
            self.summary.setText(self.tr("Tidak ada berkas bundel (*.ppt-bundle) di sana."))
            self.summary.show()
            self._show()
            return
        self._files_progress()
        self.progress.show()
        self.summary.hide()
        self._show()
        self._touched: set[str] = set()
        for path in plan:
            self.ctx.ops.change(self.ctx.backend.sync.import_bundle, path,
                                on_done=lambda out, p=path: self._imported(p, *out),
                                on_error=lambda exc, p=path: self._refused(p, exc))

    def _imported(self, path: Path, changes: ChangeSet, result: ImportResult) -> None:
        self._touched |= changes.cases
        self._conflicts += result.conflicts
        text = import_text(result, at_secretariat=True)
        if result.outcome == "rejected":
            text = f"{text} ({result.reason})"
        self._add(path.name, result.outcome, text)

    def _refused(self, path: Path, exc: BaseException) -> None:
        """The file could not even be read (stick pulled, unreadable): nothing changed."""
        text = message_for(exc)
        if isinstance(exc, DomainError):
            text += " " + self.tr("Tidak ada data yang diubah.")
        self._add(path.name, "rejected", text)

    def _add(self, name: str, outcome: str, text: str) -> None:
        self.results.append((name, outcome, text))
        self.progress.setValue(len(self.results))
        self._show()
        if not self.busy:
            self._finished()

    def _finished(self) -> None:
        refused = sum(1 for _n, outcome, _t in self.results if outcome == "rejected")
        text = self.tr("Selesai: {n} berkas, {refused} ditolak.").format(
            n=len(self.results), refused=refused)
        if self._conflicts:
            text += " " + self.tr("{n} konflik data baru: lihat halaman Konflik data.").format(
                n=self._conflicts)
        self.summary.setText(text)
        theme.apply(self.summary, Role.ERROR_STRONG if refused else Role.DONE)
        self.summary.show()
        touched, self._touched = frozenset(self._touched), set()
        if not touched:
            self._set_enabled(True)
            return
        # The cases the bundles brought, compared with the register (one pass for all files).
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Mencari kemungkinan duplikat…"))
        self.ctx.ops.change(self.ctx.backend.duplicates.find_for_cases, touched,
                            on_done=lambda out: self._scanned(out[1]),
                            on_error=self._scan_failed)

    def _files_progress(self) -> None:
        self.progress.setRange(0, self._total)
        self.progress.setValue(len(self.results))
        self.progress.setFormat(self.tr("%v dari %m berkas"))

    def _scanned(self, scan: ScanResult) -> None:
        self._files_progress()
        if scan.proposed:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "{n} kemungkinan duplikat baru: lihat halaman Kemungkinan duplikat.").format(
                n=scan.proposed))
        self._set_enabled(True)

    def _scan_failed(self, exc: BaseException) -> None:
        self._files_progress()
        self.error.setText(self.tr("Pencarian duplikat gagal: {reason}").format(
            reason=message_for(exc)))
        self.error.show()
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        self.folder_button.setEnabled(enabled)
        self.files_button.setEnabled(enabled)

    def _show(self) -> None:
        rows = []
        for index, (name, outcome, text) in enumerate(self.results):
            label = QTableWidgetItem(outcome_label(outcome))
            theme.paint_item(label, OUTCOME_ROLES.get(outcome, Role.TEXT))
            rows.append((str(index), [name, label, text]))
        self.list.set_rows(rows)

    def clear(self) -> None:
        self.results = []
        self._total = 0
        self.progress.hide()
        self.summary.hide()
        self.error.hide()
        self._set_enabled(True)
        self._show()
