"""Statistik (issue 13): pick a period and a scope, "Tampilkan" counts them off the GUI thread
(a progress bar when it takes longer than half a second), then the list of tables on the left
and the chosen table with its chart on the right (table_panel.py). Enter or a double-click on a
figure lists the cases behind it. The report leaves the app as a PDF, a spreadsheet, the
SIMFONI-PPA aggregate or the HTCDS CSV (small cells always suppressed there, by the backend).
The RAD tab holds the action plan's monitoring sheet."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.stats.model import Scope, StatReport, StatTable
from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..labels import message_for
from ..operations import Owned
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..theme import Role
from .export_files import export_error_text, write_whole
from .period_picker import PeriodPicker
from .rad_tab import RadTab
from .save_file import ask_export_path
from .table_panel import DURATIONS, TablePanel

__all__ = ["DURATIONS", "StatsPage"]   # DURATIONS: the durations' entry, from table_panel

BUSY_DELAY_MS = 500      # the progress bar shows only for work that takes longer


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
        self.panel = TablePanel(self.ctx, page)
        self.panel.failed.connect(self._show_error)
        self.panel.case_opened.connect(self.case_opened.emit)
        # the panel's widgets, reachable on the page as before the split
        panel = self.panel
        self.contents, self.view, self.chart = panel.contents, panel.view, panel.chart
        self.no_chart, self.table_title, self.table_note = (
            panel.no_chart, panel.table_title, panel.table_note)
        box.addWidget(self.panel, 1)

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
        self.report = report
        if report.exact:
            self.banner.setText(self.tr("Angka pasti — hanya untuk penggunaan di dalam aplikasi")
                                + " · " + self.tr("berkas ekspor selalu menyamarkan sel kecil"))
        else:
            self.banner.setText(self.tr("Sel kecil (1–10) disamarkan"))
        self.banner.show()
        self.caption.setText(self.tr("{period} · {scope} · {office} · dihitung {day}").format(
            period=report.period.label(language), scope=report.scope.label(language),
            office=report.office_name, day=report.generated_on.strftime("%d/%m/%Y")))
        self.panel.show_report(report, language)
        self._update_buttons()

    # -- the table-and-chart panel's, on the page -------------------------------------------
    def entries(self) -> list[str]:
        return self.panel.entries()

    def entry_titles(self) -> list[str]:
        return self.panel.entry_titles()

    def current_entry(self) -> str:
        return self.panel.current_entry()

    def select_entry(self, key: str) -> None:
        self.panel.select_entry(key)

    def table(self, key: str) -> StatTable | None:
        return self.panel.table(key)

    def open_cases_at(self, index: QModelIndex) -> None:
        self.panel.open_cases_at(index)

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
        self.panel.clear()
        self.report = None
        self._stale = False
        self.banner.hide()
        self.notice.hide()
        self.error.hide()
        self.caption.clear()
        self.rad.clear()
        self._update_buttons()

