"""The Statistik page's table-and-chart panel: the list of tables on the left (under the
report's section headings), the chosen table with its notes and chart on the right. Enter or a
double-click on a figure lists the cases behind it."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.stats.dimensions import BY_CODE
from ...domain.stats.model import StatReport, StatTable
from ...domain.stats.tables import PERSONS, VICTIMS, section_of
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..operations import Owned
from ..theme import Role
from .cases_dialog import CasesDialog
from .chart_view import ChartView
from .table_model import DurationsModel, StatTableModel, figure_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole
DURATIONS = "@durations"


class TablePanel(QWidget):
    case_opened = Signal(str)   # case id
    failed = Signal(object)     # the exception of a chart or a list of cases

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: StatReport | None = None
        self.model: StatTableModel | DurationsModel | None = None
        self.cases_dialog: CasesDialog | None = None
        self._charts: dict[str, bytes] = {}
        self._chart_request = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
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
        layout.addWidget(self.splitter)

    # -- the report -------------------------------------------------------------------------
    def show_report(self, report: StatReport, language: str) -> None:
        """List the report's tables; keep the chosen one when the new report has it."""
        previous = self.current_entry()
        self.report = report
        self._charts = {}
        self._fill_contents(report, language)
        self.select_entry(previous if previous in self.entries() else self._first_entry())

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
                           on_done=Owned(self, done), on_error=self._failed)

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
                           ref, on_done=Owned(self, done), on_error=self._failed)

    def _open_dialog(self, title: str, figure: str, rows: list, hidden: int) -> None:
        self._close_dialog()
        self.cases_dialog = CasesDialog(title, figure, rows, hidden, self)
        self.cases_dialog.case_opened.connect(self.case_opened.emit)
        self.cases_dialog.open()

    def _close_dialog(self) -> None:
        if self.cases_dialog is not None:
            self.cases_dialog.close()
            self.cases_dialog.deleteLater()
            self.cases_dialog = None

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)

    def clear(self) -> None:
        """Forget the report: no tables, no chart, no open list of cases."""
        self._chart_request += 1
        self._close_dialog()
        self.report = None
        self._charts = {}
        self.contents.clear()
        self._show_entry("")
