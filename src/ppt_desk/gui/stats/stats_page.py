"""Statistik (issue 13): pick a period and a scope, "Tampilkan" counts them off the GUI thread
(a progress bar when it takes longer than half a second), then the list of tables on the left
and the chosen table with its chart on the right. Enter or a double-click on a figure lists the
cases behind it. The report leaves the app as a PDF, a spreadsheet, the SIMFONI-PPA aggregate
or the HTCDS CSV (small cells always suppressed there, by the backend). The RAD tab holds the
action plan's monitoring sheet."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QProgressBar, QPushButton,
    QSplitter, QTableView, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.stats.dimensions import BY_CODE
from ...domain.stats.model import Scope, StatReport, StatTable
from ...domain.stats.tables import PERSONS, VICTIMS, section_of
from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..theme import Role
from .cases_dialog import CasesDialog
from .chart_view import ChartView
from .owned import Owned
from .export_files import export_error_text, write_whole
from .period_picker import PeriodPicker
from .rad_tab import RadTab
from .save_file import ask_export_path
from .table_model import DurationsModel, StatTableModel, figure_text

BUSY_DELAY_MS = 500      # the progress bar shows only for work that takes longer
ENTRY_ROLE = Qt.ItemDataRole.UserRole
DURATIONS = "@durations"


class _Relay(QObject):
    """Carries the report's progress from the worker thread to the GUI thread (queued)."""

    progressed = Signal(int, int)


class TopBar(QWidget):
    """The period, the scope and "Tampilkan"; Enter anywhere in it runs the report."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class StatsPage(BasePage):
    case_opened = Signal(str)   # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("statsPage")
        self.report: StatReport | None = None
        self.model: StatTableModel | DurationsModel | None = None
        self.cases_dialog: CasesDialog | None = None
        self._charts: dict[str, bytes] = {}
        self._chart_request = 0
        self._choices_loaded = False
        self._stale = False
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy = False
        self.query = PageQuery(self, ctx.backend.stats.report, self._report_done,
                               self._report_failed, args=self._report_args)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Statistik"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self._build_top())
        self.banner = QLabel(self)
        self.banner.setObjectName("statsBanner")
        self.banner.setWordWrap(True)
        theme.apply(self.banner, Role.BANNER_INFO)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.notice = QLabel(self)
        self.notice.setObjectName("statsNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.apply(self.notice, Role.BANNER_DONE_COMPACT)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.error = QLabel(self)
        self.error.setObjectName("statsError")
        self.error.setWordWrap(True)
        theme.apply(self.error, Role.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statsTabs")
        self.tabs.addTab(self._build_tables(), self.tr("&Tabel dan grafik"))
        self.rad = RadTab(ctx, self, scope_of=self.current_scope)
        self.rad.failed.connect(self._show_error)
        self.rad.saved.connect(self._show_notice)
        self.tabs.addTab(self.rad, self.tr("&RAD"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        self.listen(ctx.bus.data_changed, self._data_changed)

    # -- building ---------------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        self.top = TopBar(self)
        self.top.setObjectName("statsTopBar")
        self.top.submitted.connect(self.show_report)
        row = QHBoxLayout(self.top)
        row.setContentsMargins(0, 0, 0, 0)
        self.picker = PeriodPicker(self.ctx.backend.deps.clock.today(), self.top)
        row.addWidget(self.picker)
        row.addSpacing(8)
        scope_label = QLabel(self.tr("&Cakupan:"), self.top)
        self.scope = QComboBox(self.top)
        self.scope.setObjectName("statsScope")
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(16)
        scope_label.setBuddy(self.scope)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        row.addWidget(scope_label)
        row.addWidget(self.scope, 1)
        self.show_button = QPushButton(self.tr("Tampi&lkan"), self.top)
        self.show_button.setObjectName("showReport")
        self.show_button.setToolTip(self.tr("Hitung angka untuk periode dan cakupan ini (Enter)"))
        self.show_button.clicked.connect(self.show_report)
        row.addWidget(self.show_button)
        self.progress = QProgressBar(self.top)
        self.progress.setObjectName("statsProgress")
        self.progress.setFixedWidth(150)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        row.addWidget(self.progress)
        self.progress_label = QLabel(self.top)
        self.progress_label.setObjectName("statsProgressLabel")
        theme.apply(self.progress_label, Role.HINT)
        self.progress_label.hide()
        row.addWidget(self.progress_label)
        return self.top

    def _build_tables(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        self.caption = QLabel(page)
        self.caption.setObjectName("statsCaption")
        self.caption.setWordWrap(True)
        theme.apply(self.caption, Role.HINT)
        box.addWidget(self.caption)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setChildrenCollapsible(False)
        self.contents = QTreeWidget(self.splitter)
        self.contents.setObjectName("statsContents")
        self.contents.setHeaderHidden(True)
        self.contents.setMinimumWidth(180)
        self.contents.setAccessibleName(self.tr("Daftar tabel"))
        self.contents.currentItemChanged.connect(self._entry_changed)
        right = QWidget(self.splitter)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.table_title = QLabel(right)
        self.table_title.setObjectName("statsTableTitle")
        self.table_title.setWordWrap(True)
        theme.apply(self.table_title, Role.HEADING)
        right_box.addWidget(self.table_title)
        self.table_note = QLabel(right)
        self.table_note.setObjectName("statsTableNote")
        self.table_note.setWordWrap(True)
        theme.apply(self.table_note, Role.HINT)
        right_box.addWidget(self.table_note)
        self.table_split = QSplitter(Qt.Orientation.Vertical, right)
        self.table_split.setChildrenCollapsible(False)
        self.view = QTableView(self.table_split)
        self.view.setObjectName("statsTable")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(120)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(80)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.activated.connect(self.open_cases_at)
        self.chart = ChartView(self.table_split)
        self.table_split.addWidget(self.view)
        self.table_split.addWidget(self.chart)
        self.table_split.setStretchFactor(0, 3)
        self.table_split.setStretchFactor(1, 2)
        right_box.addWidget(self.table_split, 1)
        self.no_chart = QLabel(self.tr("Tidak ada grafik: tabel ini tidak memiliki angka yang "
                                       "dapat digambar (nol atau disamarkan)."), right)
        self.no_chart.setObjectName("statsNoChart")
        self.no_chart.setWordWrap(True)
        theme.apply(self.no_chart, Role.HINT)
        self.no_chart.hide()
        right_box.addWidget(self.no_chart)
        hint = QLabel(self.tr("Enter atau klik ganda pada angka menampilkan kasus di baliknya."),
                      right)
        theme.apply(hint, Role.HINT)
        right_box.addWidget(hint)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([230, 700])
        box.addWidget(self.splitter, 1)

        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("C&etak laporan (PDF)…"), page)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button = QPushButton(self.tr("Simpan sprea&dsheet…"), page)
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(self.export_spreadsheet)
        self.simfoni_button = QPushButton(self.tr("Ekspor SI&MFONI-PPA…"), page)
        self.simfoni_button.setObjectName("exportSimfoni")
        self.simfoni_button.clicked.connect(self.export_simfoni)
        self.htcds_button = QPushButton(self.tr("Ekspor &HTCDS (CSV)…"), page)
        self.htcds_button.setObjectName("exportHtcds")
        self.htcds_button.clicked.connect(self.export_htcds)
        self.export_buttons = (self.pdf_button, self.xlsx_button, self.simfoni_button,
                               self.htcds_button)
        for button in self.export_buttons:
            buttons.addWidget(button)
            button.setToolTip(self.tr("Berkas ekspor selalu menyamarkan sel kecil (1–10)."))
        buttons.addStretch(1)
        box.addLayout(buttons)
        return page

    # -- loading ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        elif self._stale or self.report is None:
            self.show_report()
        if self.tabs.currentWidget() is self.rad:
            self.rad.shown()

    def _load_choices(self) -> None:
        stats = self.ctx.backend.stats

        def choices() -> tuple[list[Scope], list[int]]:
            return stats.scopes(), stats.years()

        self.ctx.ops.query(choices, on_done=self._choices_done, on_error=self._show_error)

    def _choices_done(self, result: tuple[list[Scope], list[int]]) -> None:
        if not self.ctx.backend.session.is_unlocked:
            return
        scopes, years = result
        language = current_language()
        chosen = self.scope.currentData()
        self.scope.clear()
        for scope in scopes:
            self.scope.addItem(scope.label(language), scope)
        index = next((i for i, s in enumerate(scopes) if s == chosen), 0)
        self.scope.setCurrentIndex(index)
        self.picker.set_years(years)
        self._choices_loaded = True
        self.show_report()

    def current_scope(self) -> Scope:
        return self.scope.currentData() or Scope()

    def _report_args(self) -> tuple:
        return self.picker.period(), self.current_scope(), self._progress_callback()

    def _progress_callback(self) -> Callable[[int, int], None]:
        relay = self._relay

        def progress(done: int, total: int) -> None:   # on the worker thread
            try:
                relay.progressed.emit(int(done), int(total))
            except RuntimeError:
                pass   # the page is gone; the report's answer will be dropped too

        return progress

    def show_report(self) -> None:
        """Tampilkan: count the chosen period and scope."""
        if not self._choices_loaded:
            self._load_choices()
            return
        if self._busy:
            return     # one count or export at a time (the button is disabled meanwhile)
        self.error.hide()
        self.notice.hide()
        self._stale = False
        self._start_busy(self.tr("Menghitung…"))
        self.query.run()

    def _report_done(self, report: StatReport) -> None:
        self._stop_busy()
        self._show_report(report)

    def _report_failed(self, exc: BaseException) -> None:
        self._stop_busy()
        self._show_error(exc)

    def _show_report(self, report: StatReport) -> None:
        language = current_language()
        previous = self.current_entry()
        self.report = report
        self._charts = {}
        if report.exact:
            self.banner.setText(self.tr("Angka pasti — hanya untuk penggunaan di dalam aplikasi")
                                + " · " + self.tr("berkas ekspor selalu menyamarkan sel kecil"))
        else:
            self.banner.setText(self.tr("Sel kecil (1–10) disamarkan"))
        self.banner.show()
        self.caption.setText(self.tr("{period} · {scope} · {office} · dihitung {day}").format(
            period=report.period.label(language), scope=report.scope.label(language),
            office=report.office_name, day=report.generated_on.strftime("%d/%m/%Y")))
        self._fill_contents(report, language)
        self.select_entry(previous if previous in self.entries() else self._first_entry())
        self._update_buttons()

    def _fill_contents(self, report: StatReport, language: str) -> None:
        """The tables under the report's section headings (the PDF's, tables.section_of)."""
        self.contents.blockSignals(True)
        self.contents.clear()
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        people = {VICTIMS: self.tr("Kasus: umur dan jenis kelamin"),
                  PERSONS: self.tr("Korban (orang): umur dan jenis kelamin")}
        for table in report.tables:
            section = section_of(table.key)
            if section not in groups:
                groups[section] = QTreeWidgetItem(
                    self.contents, [section[1] if language == "en" else section[0]])
            dimension = BY_CODE.get(table.key)    # short: the breakdown, under its heading
            short = dimension.label_en if dimension and language == "en" else \
                dimension.label_id if dimension else people.get(table.key, table.title(language))
            item = QTreeWidgetItem(groups[section], [short])
            item.setData(0, ENTRY_ROLE, table.key)
            item.setToolTip(0, table.title(language))
        if report.durations:
            group = QTreeWidgetItem(self.contents, [self.tr("Lama penanganan")])
            item = QTreeWidgetItem(group, [self.tr("Waktu sejak pengaduan sampai tahap")])
            item.setData(0, ENTRY_ROLE, DURATIONS)
            groups[("", "")] = group
        heading = theme.font(self.contents, Role.STRONG)
        for group in groups.values():
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
            group.setFont(0, heading)
        self.contents.blockSignals(False)

    # -- the contents list -----------------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.contents.topLevelItemCount()):
            group = self.contents.topLevelItem(g)
            items.extend(group.child(c) for c in range(group.childCount()))
        return items

    def entries(self) -> list[str]:
        """The keys of the listed tables, in order (DURATIONS for the durations)."""
        return [item.data(0, ENTRY_ROLE) for item in self._items()]

    def entry_titles(self) -> list[str]:
        return [item.text(0) for item in self._items()]

    def _first_entry(self) -> str:
        entries = self.entries()
        return entries[0] if entries else ""

    def current_entry(self) -> str:
        item = self.contents.currentItem()
        return str(item.data(0, ENTRY_ROLE) or "") if item is not None else ""

    def select_entry(self, key: str) -> None:
        for item in self._items():
            if item.data(0, ENTRY_ROLE) == key:
                self.contents.setCurrentItem(item)
                return
        self._show_entry("")

    def _entry_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, ENTRY_ROLE) if item is not None else None
        if key:
            self._show_entry(str(key))

    def table(self, key: str) -> StatTable | None:
        if self.report is None:
            return None
        return next((t for t in self.report.tables if t.key == key), None)

    def _show_entry(self, key: str) -> None:
        language = current_language()
        report = self.report
        old = self.model
        self.chart.clear()
        self.no_chart.hide()
        self.table_note.hide()
        if report is None or not key:
            self.model = None
            self.view.setModel(None)
            self.table_title.clear()
        elif key == DURATIONS:
            self.model = DurationsModel(report.durations, language, self)
            self.view.setModel(self.model)
            self.table_title.setText(self.tr("Waktu sejak pengaduan sampai tahap"))
            self.chart.hide()
        else:
            table = self.table(key)
            assert table is not None
            self.model = StatTableModel(table, language, theme.font(self.view, Role.STRONG),
                                        self)
            self.view.setModel(self.model)
            self.table_title.setText(table.title(language))
            notes = [table.note_en if language == "en" else table.note_id]
            if table.total == 0:
                notes.insert(0, self.tr("Tidak ada kasus untuk tabel ini dalam periode dan "
                                        "cakupan ini."))
            if table.cite:
                notes.append(self.tr("Sumber: {cite}").format(cite=table.cite))
            text = " ".join(n for n in notes if n)
            self.table_note.setText(text)
            self.table_note.setVisible(bool(text))
            self.chart.setVisible(table.chart != "none")
            if table.chart != "none":
                self._load_chart(table, language)
        if self.model is not None:
            self.view.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            self.view.setCurrentIndex(self.model.index(0, 0))
        if old is not None and old is not self.model:
            old.deleteLater()

    def _load_chart(self, table: StatTable, language: str) -> None:
        if table.key in self._charts:
            self._draw_chart(self._charts[table.key])
            return
        self._chart_request += 1
        request, report = self._chart_request, self.report

        def done(svg: bytes) -> None:
            if request != self._chart_request or report is not self.report:
                return
            self._charts[table.key] = svg
            self._draw_chart(svg)

        self.ctx.ops.query(self.ctx.backend.stats.chart_svg, table, language,
                           on_done=Owned(self, done), on_error=self._show_error)

    def _draw_chart(self, svg: bytes) -> None:
        """The chart, or a line saying there is none (nothing to draw: all zero or hidden)."""
        if svg:
            self.chart.show_svg(svg)
        self.chart.setVisible(bool(svg))
        self.no_chart.setVisible(not svg)

    # -- the cases behind a figure -----------------------------------------------------------
    def open_cases_at(self, index: QModelIndex) -> None:
        """Enter or a double-click on a figure: the cases it counts that the user may see."""
        model, report = self.model, self.report
        if model is None or report is None:
            return
        ref = model.ref_at(index)
        if ref is None or not isinstance(model, StatTableModel):
            return
        language = current_language()
        title = model.table.title(language)
        figure = self.tr("{row} — {column}: {value} ({period}, {scope})").format(
            row=model.row_label(index.row()), column=model.column_label(index.column()),
            value=figure_text(model.value(index.row(), index.column())),
            period=report.period.label(language), scope=report.scope.label(language))

        def done(result: tuple[list, int]) -> None:
            if report is not self.report:
                return
            rows, hidden = result
            self._open_dialog(title, figure, rows, hidden)

        self.ctx.ops.query(self.ctx.backend.stats.cases_behind, report.period, report.scope,
                           ref, on_done=Owned(self, done), on_error=self._show_error)

    def _open_dialog(self, title: str, figure: str, rows: list, hidden: int) -> None:
        if self.cases_dialog is not None:
            self.cases_dialog.close()
            self.cases_dialog.deleteLater()
        self.cases_dialog = CasesDialog(title, figure, rows, hidden, self)
        self.cases_dialog.case_opened.connect(self.case_opened.emit)
        self.cases_dialog.open()

    # -- exports ----------------------------------------------------------------------------
    def _file_name(self, what: str, suffix: str) -> str:
        assert self.report is not None
        p = self.report.period
        return f"{what}-{p.start:%Y%m%d}-{p.end:%Y%m%d}.{suffix}"

    def _export(self, caption: str, what: str, suffix: str, write: Callable[[Path], Any],
                done_text: Callable[[Path, Any], str]) -> Path | None:
        if self.report is None or self._busy:
            return None
        path = ask_export_path(self, self.ctx.prefs, caption, self._file_name(what, suffix),
                               suffix)
        if path is None:
            return None
        self.run_export(path, write, done_text)
        return path

    def run_export(self, path: Path, write: Callable[[Path], Any],
                   done_text: Callable[[Path, Any], str]) -> None:
        """Write off the GUI thread (whole or not at all), then say how it went."""
        self.error.hide()
        self.notice.hide()
        self._start_busy(self.tr("Menyimpan…"))

        def done(result: Any) -> None:
            self._stop_busy()
            self._show_notice(done_text(path, result))

        def failed(exc: BaseException) -> None:
            self._stop_busy()
            self.error.setText(export_error_text(exc, path))
            self.error.show()

        self.ctx.ops.query(write_whole, write, path, on_done=Owned(self, done),
                           on_error=Owned(self, failed))

    def export_pdf(self) -> Path | None:
        report, language, stats = self.report, current_language(), self.ctx.backend.stats
        return self._export(
            self.tr("Cetak laporan statistik"), "laporan-statistik", "pdf",
            lambda p: stats.write_report_pdf(report, p, language),
            lambda path, _r: self.tr("Laporan PDF disimpan: {path}").format(path=path))

    def export_spreadsheet(self) -> Path | None:
        report, language, stats = self.report, current_language(), self.ctx.backend.stats
        return self._export(
            self.tr("Simpan spreadsheet statistik"), "statistik", "xlsx",
            lambda p: stats.write_spreadsheet(report, p, language),
            lambda path, _r: self.tr("Spreadsheet disimpan: {path}").format(path=path))

    def export_simfoni(self) -> Path | None:
        report, stats = self.report, self.ctx.backend.stats
        if report is None:
            return None
        return self._export(
            self.tr("Ekspor SIMFONI-PPA"), "simfoni-ppa", "xlsx",
            lambda p: stats.write_simfoni(report.period, report.scope, p),
            lambda path, _r: self.tr("Agregat SIMFONI-PPA disimpan: {path}").format(
                path=path))

    def export_htcds(self) -> Path | None:
        report, stats = self.report, self.ctx.backend.stats
        if report is None:
            return None
        return self._export(
            self.tr("Ekspor HTCDS"), "htcds", "csv",
            lambda p: stats.write_htcds(report.period, report.scope, p),
            lambda path, r: self.tr("HTCDS disimpan: {path} ({rows} baris; {withheld} nilai "
                                    "ditahan agar tiap kombinasi mencakup sedikitnya 11 kasus)"
                                    ).format(path=path, rows=r[0], withheld=r[1]))

    # -- busy -------------------------------------------------------------------------------
    def _start_busy(self, text: str) -> None:
        self._busy = True
        self.progress.setRange(0, 0)
        self.progress_label.setText(text)
        self._busy_timer.start()
        self._update_buttons()

    def _show_busy(self) -> None:
        if self._busy:
            self.progress.show()
            self.progress_label.show()

    def _progressed(self, done: int, total: int) -> None:
        if not self._busy:
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("Menyiapkan data kasus… {done}/{total}").format(
                done=done, total=total))

    def _stop_busy(self) -> None:
        self._busy = False
        self._busy_timer.stop()
        self.progress.hide()
        self.progress_label.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.report is not None and not self._busy
        for button in self.export_buttons:
            button.setEnabled(ready)
        self.show_button.setEnabled(not self._busy)

    # -- messages, changes, lock ------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _scope_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.rad and self.rad.isVisible():
            self.rad.load_sheet()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.rad:
            self.rad.shown()

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.cases or changes.bundles:
            self._stale = True   # counted again when the page is shown or on Tampilkan
            if self.isVisible() and self.report is not None:
                self._show_notice(self.tr("Data kasus berubah sejak angka ini dihitung. Tekan "
                                          "Tampilkan untuk menghitung ulang."))
            self.rad.data_changed()

    def clear(self) -> None:
        self.query.forget()
        self._stop_busy()
        self._chart_request += 1
        if self.cases_dialog is not None:
            self.cases_dialog.close()
            self.cases_dialog.deleteLater()
            self.cases_dialog = None
        self.report = None
        self._charts = {}
        self._stale = False
        self.contents.clear()
        self._show_entry("")
        self.banner.hide()
        self.notice.hide()
        self.error.hide()
        self.caption.clear()
        self.rad.clear()
        self._update_buttons()

