"""Daftar Kasus: search as you type, filters, SQL sorting by header click, paging."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHeaderView, QLabel, QLineEdit, QStyle, QTableView,
    QVBoxLayout, QWidget,
)

from ...services.change_set import ChangeSet
from ...services.dto import CasePage, CaseQuery
from .. import theme
from ..context import AppContext
from ..labels import code_items, message_for
from ..models.case_table_model import (
    COL_AGE, COL_AGE_BAND, COL_ASSIGNED, COL_CHANNEL, COL_DATE, COL_MODUS, COL_NAME, COL_NUMBER,
    COL_SEX, COL_STATUS, COLUMN_COUNT, SORT_KEYS, CaseIdRole, CaseTableModel,
)
from ..theme import Role
from ..widgets.combos import CodeCombo
from .base import BasePage

SEARCH_DEBOUNCE_MS = 150
PAGE_SIZE = 200

# Columns whose cells are elided when the window is narrow: (least width in pixels, the width
# wanted); never narrower than their header; CONTENT: as wide as the longest label (the victim
# status is not elided, the intake channel is). The others always show their whole (short,
# predictable) content and header. A name narrower than 150 px is hard to read: below that the
# age group column goes (DROPPABLE).
CONTENT = -1
FLEXIBLE = {COL_NAME: (150, 200), COL_CHANNEL: (0, 130), COL_STATUS: (CONTENT, 120),
            COL_MODUS: (90, 200), COL_ASSIGNED: (0, 150)}
# Extra width, when there is some, goes to these columns.
GROWS = {COL_NAME: 3, COL_MODUS: 2, COL_ASSIGNED: 1}
# Dropped first when the columns do not fit: the age group is also in the Umur cell's tooltip
# and in the Umur filter.
DROPPABLE = (COL_AGE_BAND,)


class CaseTable(QTableView):
    """The register's table: its columns always fit the width of the view (no horizontal
    scrolling, headers never clipped; long cells are elided with the whole text as tooltip)."""

    up_from_top = Signal()  # Up on the first row: back to the search box

    def __init__(self, case_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case_prefix = case_prefix or "PPT"
        self._fitted_width = -1

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._fitted_width = -1
            self.fit_columns()

    def header_width(self, column: int) -> int:
        """Room the header's label needs, with the sort mark and the style's margins."""
        header = self.horizontalHeader()
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        return header.fontMetrics().horizontalAdvance(text) + 3 * margin + mark + 8

    def _content_width(self, column: int) -> int:
        """Room the column's longest usual content needs (not measured on the rows shown, so
        that the columns do not jump from one search to the next)."""
        fm = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 10
        samples = {
            COL_NUMBER: [f"{self._case_prefix}/0000/0000"], COL_SEX: ["L"], COL_AGE: ["100"],
            COL_DATE: ["00/00/0000"],
            COL_AGE_BAND: [label for _c, label in code_items("age_band")],
            COL_CHANNEL: [label for _c, label in code_items("intake_channel")],
            COL_STATUS: [label for _c, label in code_items("victim_status")],
        }.get(column)
        if not samples:
            return 0
        return max(fm.horizontalAdvance(text) for text in samples) + pad

    def fit_columns(self, force: bool = False) -> None:
        if self.model() is None:
            return
        available = self.viewport().width()
        if available <= 0 or (available == self._fitted_width and not force):
            return
        self._fitted_width = available
        header = self.horizontalHeader()
        least: dict[int, int] = {}
        wanted: dict[int, int] = {}
        for column in range(COLUMN_COUNT):
            need = max(self.header_width(column), self._content_width(column))
            floor, want = FLEXIBLE.get(column, (need, need))
            floor = need if floor == CONTENT else floor
            least[column] = max(self.header_width(column), floor)
            wanted[column] = max(least[column], want)
        shown = list(range(COLUMN_COUNT))
        for column in DROPPABLE:
            if sum(least[c] for c in shown) <= available:
                break
            shown.remove(column)
        widths = {c: wanted[c] for c in shown}
        excess = sum(widths.values()) - available
        if excess > 0:  # shrink the flexible columns toward their least width, in proportion
            slack = {c: widths[c] - least[c] for c in shown if c in FLEXIBLE}
            total_slack = sum(slack.values())
            for c, room in slack.items():
                widths[c] -= min(room, -(-excess * room // max(total_slack, 1)))
        else:  # share out the spare width
            weight = sum(GROWS.values())
            for c, share in GROWS.items():
                widths[c] += -excess * share // weight
        spare = available - sum(widths.values())
        if spare > 0:
            widths[COL_NAME] += spare
        for column in range(COLUMN_COUNT):
            self.setColumnHidden(column, column not in shown)
            if column in widths:
                header.resizeSection(column, widths[column])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if (event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.currentIndex().row() <= 0):
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class _SearchKeys(QObject):
    """Down, Enter and Return in the search box go to the results."""

    def __init__(self, page: CaseListPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier):
                self._page.go_to_results()
                return True
        return False


class CaseListPage(BasePage):
    case_opened = Signal(str)  # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, parent)
        self._query = CaseQuery(limit=page_size)
        self._request = 0  # results of older requests are dropped
        self._loaded = False
        self._focus_results = False  # Enter in the search box before its results came
        self._register: tuple[int, bool] | None = None  # (cases registered, lower bound)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Daftar Kasus"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        filters = QGridLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nama, alias, NIK, nomor dokumen atau "
                                               "nomor kasus…"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(_SearchKeys(self))
        filters.addWidget(self.search, 0, 0, 1, 8)
        any_label = self.tr("Semua")
        self.status = CodeCombo(self, blank=any_label)
        self.status.set_codelist("victim_status")
        self.caseworker = CodeCombo(self, blank=any_label)
        self.modus = CodeCombo(self, blank=any_label)
        self.modus.set_codelist("modus")
        self.modus.setMinimumContentsLength(18)
        self.age_band = CodeCombo(self, blank=any_label)
        self.age_band.set_codelist("age_band")
        for n, (label, combo) in enumerate(((self.tr("Status"), self.status),
                                            (self.tr("Pendamping"), self.caseworker),
                                            (self.tr("Modus"), self.modus),
                                            (self.tr("Umur"), self.age_band))):
            text = QLabel(label, self)
            text.setBuddy(combo)
            filters.addWidget(text, 1, 2 * n, Qt.AlignmentFlag.AlignRight)
            filters.addWidget(combo, 1, 2 * n + 1)
            filters.setColumnStretch(2 * n + 1, 1)
            combo.code_changed.connect(self._filters_changed)
        layout.addLayout(filters)

        self.model = CaseTableModel(self)
        self.view = CaseTable(ctx.office.case_prefix if ctx.office else "", self)
        self.view.setObjectName("caseTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # CaseTable.fit_columns sizes every column
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setMinimumSectionSize(16)
        self.view.up_from_top.connect(self._back_to_search)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        layout.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.error = QLabel(self)
        theme.apply(self.error, Role.ERROR)
        self.error.hide()
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.view.activated.connect(self._activated)
        self.model.sort_requested.connect(self._sort_requested)
        self.model.more_wanted.connect(self._fetch_more)
        self.listen(ctx.bus.data_changed, self._data_changed)

    # -- loading -----------------------------------------------------------------
    def page_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.ctx.ops.query(self.ctx.backend.users.list, on_done=self._fill_caseworkers)
            self.refresh()

    def _fill_caseworkers(self, users) -> None:
        self.caseworker.set_items([(u.id, u.display_name) for u in users if u.active])

    def refresh(self) -> None:
        self._run_query(replace(self._query, offset=0))

    def _run_query(self, query: CaseQuery) -> None:
        self._query = query
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.cases.search, query,
                           on_done=lambda page: self._show_page(request, page),
                           on_error=self._failed)

    def _search_now(self) -> None:
        self._run_query(replace(self._query, text=self.search.text().strip(), offset=0))

    def _filters_changed(self, *_args) -> None:
        self._run_query(replace(
            self._query, offset=0, victim_status=self.status.code() or None,
            assigned_user_id=self.caseworker.code() or None, modus=self.modus.code() or None,
            age_band=self.age_band.code() or None))

    def _show_page(self, request: int, page: CasePage) -> None:
        if request != self._request or not self.ctx.backend.session.is_unlocked:
            return  # stale: the user typed on, or the app was locked meanwhile
        self.error.hide()
        if page.offset == 0:
            self.model.set_rows(page)
        else:
            self.model.append_rows(page)
        if self._is_whole_register(self._query):
            self._register = (page.total, page.total_is_lower_bound)
        self._update_count()
        if self._focus_results:
            self._focus_results = False
            self.go_to_results()

    @staticmethod
    def _is_whole_register(query: CaseQuery) -> bool:
        return not (query.text or query.victim_status or query.assigned_user_id or query.modus
                    or query.age_band)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        number = QLocale().toString
        if total == 0 and not self._is_whole_register(self._query):
            if self._register is None:  # how many there are: asked once, then kept
                self._ask_register_size()
            if self._register is None:  # not known yet (or the question failed)
                text = self.tr("Tidak ada kasus yang cocok dengan pencarian ini.")
            elif self._register[1]:
                text = self.tr("Tidak ada kasus yang cocok dengan pencarian ini (lebih dari "
                               "{n} kasus terdaftar).")
            else:
                text = self.tr("Tidak ada kasus yang cocok dengan pencarian ini ({n} kasus "
                               "terdaftar).")
            self.count_label.setText(text.format(n=number(self._register[0]) if self._register
                                                 else ""))
            return
        if total == 0:
            text = self.tr("Belum ada kasus terdaftar.")
        elif self.model.total_is_lower_bound:
            # counting stopped at ``total`` (a broad search on a large register)
            text = self.tr("Lebih dari {total} kasus cocok; {shown} yang pertama ditampilkan")
        else:
            text = self.tr("Menampilkan {shown} dari {total} kasus")
        self.count_label.setText(text.format(shown=number(shown), total=number(total)))

    def _ask_register_size(self) -> None:
        request = self._request

        def done(page: CasePage) -> None:
            self._register = (page.total, page.total_is_lower_bound)
            if request == self._request:
                self._update_count()

        # the page's own limit: the register's first page is the query planned and measured
        # (limit=1 walked another plan: 0.6-1.0 s at 100,000 cases, against 8-25 ms)
        self.ctx.ops.query(self.ctx.backend.cases.search, CaseQuery(limit=self._query.limit),
                           on_done=done, on_error=self._failed)

    # -- keyboard ----------------------------------------------------------------
    def go_to_results(self) -> None:
        """From the search box to the first result (or, with a search still waiting for its
        results, to the first of them when they come)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._focus_results = True
            self._search_now()
            return
        if self.model.rowCount() == 0:
            return
        index = self.model.index(0, COL_NAME)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back_to_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _fetch_more(self, offset: int) -> None:
        self._run_query(replace(self._query, offset=offset))

    # -- sorting -----------------------------------------------------------------
    def _sort_requested(self, key: str, descending: bool) -> None:
        self._run_query(replace(self._query, sort=key, descending=descending, offset=0))

    def _header_clicked(self, column: int) -> None:
        key = SORT_KEYS.get(column)
        header = self.view.horizontalHeader()
        if not key:  # not sortable: keep showing the real sort column
            current = next(c for c, k in SORT_KEYS.items() if k == self._query.sort)
            order = (Qt.SortOrder.DescendingOrder if self._query.descending
                     else Qt.SortOrder.AscendingOrder)
            header.blockSignals(True)
            header.setSortIndicator(current, order)
            header.blockSignals(False)
            return
        self.model.sort(column, header.sortIndicatorOrder())

    # -- other -------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.case_opened.emit(case_id)

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.users and self._loaded:
            self.ctx.ops.query(self.ctx.backend.users.list, on_done=self._fill_caseworkers)
        if changes.cases and self._loaded:
            self._register = None
            self.refresh()

    def clear(self) -> None:
        self._request += 1
        self._debounce.stop()
        self.search.clear()
        self.model.clear()
        self._register = None
        self._focus_results = False
        self.count_label.clear()

