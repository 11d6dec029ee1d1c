"""RAD: the 6-monthly monitoring sheet of one year of a province's action plan (Rencana Aksi
Daerah): per indicator the target, semester I and II, what was achieved and the gap. Lines
computed from case data are read-only and marked; a manual line (campaigns, trainings, MoUs…)
takes a figure typed in below the sheet. "Muat RAD provinsi…" adds a province's own plan file.
What is computed, and who may type, is the backend's (services/rad.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.stats.model import Scope
from ...domain.stats.rad_model import RadLine, RadPlanInfo, RadSheet
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..operations import Owned
from ..theme import Role
from ..widgets.save_pdf import start_folder
from ..widgets.tables import ListTable

COLUMNS = 9
COL_NUMBER, COL_TEXT, COL_UNIT, COL_TARGET, COL_S1, COL_S2, COL_ACHIEVED, COL_GAP, COL_SOURCE = \
    range(COLUMNS)


def _figure(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(int(value))


class _OneLine(QLabel):
    """One line cut to the width it has (the whole text in its tooltip): the entry box keeps
    its height however long the matrix words an indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(40, self.width())))


class RadTab(QWidget):
    failed = Signal(object)   # an exception (message_for)
    saved = Signal(str)       # what was saved, in words

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 scope_of: Callable[[], Scope] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radTab")
        self.ctx = ctx
        self.scope_of = scope_of or Scope
        self.sheet: RadSheet | None = None
        self.plans: list[RadPlanInfo] = []
        self._loaded = False
        self._request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        plan_label = QLabel(self.tr("Rencana &aksi:"), self)
        self.plan = QComboBox(self)
        self.plan.setObjectName("radPlan")
        self.plan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan.setMinimumContentsLength(24)
        plan_label.setBuddy(self.plan)
        year_label = QLabel(self.tr("Ta&hun:"), self)
        self.year = QComboBox(self)
        self.year.setObjectName("radYear")
        year_label.setBuddy(self.year)
        self.load_button = QPushButton(self.tr("&Muat RAD provinsi…"), self)
        self.load_button.setObjectName("loadRad")
        self.load_button.setToolTip(self.tr("Tambahkan berkas RAD provinsi sendiri (.json)"))
        self.load_button.clicked.connect(self.choose_plan_file)
        top.addWidget(plan_label)
        top.addWidget(self.plan, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.load_button)
        layout.addLayout(top)
        self.source = QLabel(self)
        self.source.setObjectName("radSource")
        self.source.setWordWrap(True)
        theme.apply(self.source, Role.HINT)
        layout.addWidget(self.source)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.list = ListTable(
            [self.tr("No."), self.tr("Indikator"), self.tr("Satuan"), self.tr("Target"),
             self.tr("Semester I"), self.tr("Semester II"), self.tr("Tercapai"),
             self.tr("Selisih"), self.tr("Asal angka")],
            self.tr("Pilih rencana aksi dan tahun."), "radSheet", split)
        self.list.set_modes(stretch=(COL_TEXT,), fit=(COL_NUMBER, COL_UNIT, COL_TARGET, COL_S1,
                                                      COL_S2, COL_ACHIEVED, COL_GAP, COL_SOURCE))
        self.list.wrap_text()
        self.list.table.itemSelectionChanged.connect(self._line_chosen)
        self.list.table.activated.connect(lambda _index: self._edit_chosen())
        split.addWidget(self.list)
        split.addWidget(self._build_entry(split))
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.year.currentIndexChanged.connect(lambda _i: self.load_sheet())

    def _build_entry(self, parent: QWidget) -> QWidget:
        self.entry = QGroupBox(self.tr("Isian manual"), parent)
        self.entry.setObjectName("radEntry")
        grid = QGridLayout(self.entry)
        self.entry_line = _OneLine(self.entry)
        self.entry_line.setObjectName("radEntryLine")
        grid.addWidget(self.entry_line, 0, 0, 1, 6)
        semester_label = QLabel(self.tr("S&emester:"), self.entry)
        self.semester = QComboBox(self.entry)
        self.semester.setObjectName("radSemester")
        self.semester.addItem(self.tr("Semester I"), 1)
        self.semester.addItem(self.tr("Semester II"), 2)
        self.semester.currentIndexChanged.connect(lambda _i: self._fill_value())
        semester_label.setBuddy(self.semester)
        value_label = QLabel(self.tr("&Nilai:"), self.entry)
        self.value = QSpinBox(self.entry)
        self.value.setObjectName("radValue")
        self.value.setRange(0, 2_000_000_000)
        self.value.setGroupSeparatorShown(True)
        value_label.setBuddy(self.value)
        note_label = QLabel(self.tr("Ca&tatan:"), self.entry)
        self.note = QLineEdit(self.entry)
        self.note.setObjectName("radNote")
        self.note.setPlaceholderText(self.tr("mis. nomor surat, nama kegiatan"))
        note_label.setBuddy(self.note)
        self.save_button = QPushButton(self.tr("Simpan &isian"), self.entry)
        self.save_button.setObjectName("saveRadEntry")
        self.save_button.clicked.connect(self.save_entry)
        self.note.returnPressed.connect(self.save_entry)
        grid.addWidget(semester_label, 1, 0)
        grid.addWidget(self.semester, 1, 1)
        grid.addWidget(value_label, 1, 2)
        grid.addWidget(self.value, 1, 3)
        grid.addWidget(self.save_button, 1, 5)
        grid.addWidget(note_label, 2, 0)
        grid.addWidget(self.note, 2, 1, 1, 5)
        grid.setColumnStretch(4, 1)
        self._line_chosen()
        return self.entry

    # -- loading ----------------------------------------------------------------------------
    def shown(self) -> None:
        if not self._loaded:
            self.load_plans()

    def load_plans(self, select: str = "") -> None:
        self._loaded = True
        self.ctx.ops.query(self.ctx.backend.stats.rad_plans,
                           on_done=Owned(self, lambda plans: self._plans_done(
                               plans, select)),
                           on_error=self.failed.emit)

    def _plans_done(self, plans: list[RadPlanInfo], select: str) -> None:
        if not self.ctx.backend.session.is_unlocked or not self._loaded:
            return
        chosen = select or (self.plan.currentData() or "")
        self.plans = list(plans)
        language = current_language()
        self.plan.blockSignals(True)
        self.plan.clear()
        for plan in self.plans:
            title = plan.title_en if language == "en" else plan.title_id
            self.plan.addItem(title, plan.code)
            self.plan.setItemData(self.plan.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.plan.setCurrentIndex(max(0, self.plan.findData(chosen)))
        self.plan.blockSignals(False)
        self._plan_changed()

    def current_plan(self) -> RadPlanInfo | None:
        code = self.plan.currentData()
        return next((p for p in self.plans if p.code == code), None)

    def _plan_changed(self, _index: int = 0) -> None:
        plan = self.current_plan()
        today = self.ctx.backend.deps.clock.today().year
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in (plan.years if plan else ()):
            self.year.addItem(str(year), year)
        if plan:
            wanted = chosen if chosen in plan.years else (
                today if today in plan.years else plan.years[-1] if plan.years else None)
            self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)
        self.source.setText(self.tr("Sumber matriks: {source}").format(source=plan.source)
                            if plan else "")
        self.plan.setToolTip(self.plan.currentText())
        self.load_sheet()

    def load_sheet(self) -> None:
        plan, year = self.plan.currentData(), self.year.currentData()
        self._request += 1
        if not plan or year is None:
            self.sheet = None
            self.list.clear_rows()
            self._line_chosen()
            return
        request = self._request
        self.ctx.ops.query(self.ctx.backend.stats.rad_sheet, plan, int(year), self.scope_of(),
                           on_done=Owned(self, lambda sheet: self._sheet_done(
                               request, sheet)),
                           on_error=self.failed.emit)

    def _sheet_done(self, request: int, sheet: RadSheet) -> None:
        if request != self._request or not self.ctx.backend.session.is_unlocked:
            return
        self.sheet = sheet
        language = current_language()
        rows = []
        for line in sheet.lines:
            cells: list[QTableWidgetItem | str] = [
                line.number, line.text_en if language == "en" else line.text_id, line.unit,
                _figure(line.target), _figure(line.semester1), _figure(line.semester2),
                _figure(line.achieved), _figure(line.gap)]
            source = QTableWidgetItem(self.tr("✎ manual") if line.manual
                                      else self.tr("otomatis"))
            if not line.manual:
                for c in (COL_S1, COL_S2, COL_ACHIEVED):
                    item = QTableWidgetItem(cells[c])
                    theme.paint_item(item, Role.FAINT)
                    item.setToolTip(self.tr("Dihitung dari data kasus; tidak dapat diubah."))
                    cells[c] = item
                theme.paint_item(source, Role.FAINT)
            source.setToolTip("\n".join(t for t in (
                self.tr("Isian manual") if line.manual else self.tr("Dihitung dari data kasus"),
                line.cite, line.note) if t))
            cells.append(source)
            for c in (COL_TARGET, COL_S1, COL_S2, COL_ACHIEVED, COL_GAP):
                item = cells[c] if isinstance(cells[c], QTableWidgetItem) \
                    else QTableWidgetItem(cells[c])
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells[c] = item
            rows.append((line.indicator, cells))
        self.list.set_rows(rows)
        self._line_chosen()

    # -- typing in a manual figure ------------------------------------------------------------
    def chosen_line(self) -> RadLine | None:
        if self.sheet is None:
            return None
        key = self.list.current_key()
        return next((line for line in self.sheet.lines if line.indicator == key), None)

    def _say_line(self, text: str) -> None:
        self.entry_line.set_full_text(text)

    def _line_chosen(self) -> None:
        line = self.chosen_line()
        manual = line is not None and line.manual
        editable = self.sheet is not None and self.sheet.editable
        for widget in (self.semester, self.value, self.note, self.save_button):
            widget.setEnabled(manual and editable)
        if self.sheet is not None and not editable:
            self._say_line(self.tr("Isian manual hanya dapat diubah oleh supervisor, admin atau "
                                   "petugas sekretariat."))
        elif line is None:
            self._say_line(self.tr("Pilih indikator dengan isian manual pada tabel."))
        elif not manual:
            self._say_line(self.tr("{number} {text}: dihitung dari data kasus, tidak diisi "
                                   "manual.").format(number=line.number, text=line.text_id))
        else:
            self._say_line(f"{line.number} {line.text_id} ({line.unit})")
            self.note.setText(line.note)
        self._fill_value()

    def _fill_value(self) -> None:
        line = self.chosen_line()
        if line is not None and line.manual:
            value = line.semester1 if self.semester.currentData() == 1 else line.semester2
            self.value.setValue(value or 0)

    def _edit_chosen(self) -> None:
        line = self.chosen_line()
        if line is not None and line.manual:
            self.value.setFocus(Qt.FocusReason.OtherFocusReason)
            self.value.selectAll()

    def save_entry(self) -> None:
        line, sheet = self.chosen_line(), self.sheet
        if line is None or sheet is None or not line.manual:
            return
        semester = int(self.semester.currentData())
        value = self.value.value()
        text = self.tr("Isian RAD disimpan: {number}, semester {semester} {year} = {value}."
                       ).format(number=line.number, semester="I" if semester == 1 else "II",
                                year=sheet.year, value=QLocale().toString(value))

        def done(_changes) -> None:
            self.saved.emit(text)
            self.load_sheet()

        self.ctx.ops.change(self.ctx.backend.stats.save_rad_entry, sheet.plan.code,
                            line.indicator, sheet.year, semester, value, self.note.text().strip(),
                            on_done=Owned(self, done), on_error=self.failed.emit)

    # -- a province's own plan ------------------------------------------------------------------
    def choose_plan_file(self) -> None:
        dialog = QFileDialog(self)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setWindowTitle(self.tr("Muat RAD provinsi"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Berkas RAD (*.json)")])
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate(
            "SavePdfDialog", "Lihat di:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate(
            "SavePdfDialog", "Nama berkas:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate(
            "SavePdfDialog", "Jenis berkas:"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("&Muat"))
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate(
            "SavePdfDialog", "&Batal"))
        dialog.setDirectory(str(start_folder(self.ctx.prefs)))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return
            path = Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()
        self.load_plan_file(path)

    def load_plan_file(self, path: Path) -> None:
        def done(info: RadPlanInfo) -> None:
            self.saved.emit(self.tr("RAD dimuat: {title}").format(
                title=info.title_en if current_language() == "en" else info.title_id))
            self.load_plans(select=info.code)

        self.ctx.ops.act(self.ctx.backend.stats.load_rad_plan, path,
                         on_done=Owned(self, done), on_error=self.failed.emit)

    # -- changes, lock ---------------------------------------------------------------------------
    def data_changed(self) -> None:
        if self._loaded and self.isVisible():
            self.load_sheet()

    def clear(self) -> None:
        self._request += 1
        self._loaded = False
        self.sheet = None
        self.plans = []
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.blockSignals(False)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.blockSignals(False)
        self.list.clear_rows()
        self.source.clear()
        self.note.clear()
        self._line_chosen()
