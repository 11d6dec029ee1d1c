"""Daftar Kasus: search as you type, filters, SQL sorting by header click, paging."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
    QWidget,
)

from ...services.change_set import ChangeSet
from ...services.dto import CasePage, CaseQuery
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..models.case_table_model import (
    COL_AGE, COL_AGE_BAND, COL_DATE, COL_MODUS, COL_NAME, COL_NUMBER, COL_SEX, SORT_KEYS,
    CaseIdRole, CaseTableModel,
)
from ..theme import Role
from ..widgets.combos import CodeCombo
from .base import BasePage

SEARCH_DEBOUNCE_MS = 150
PAGE_SIZE = 200


class CaseListPage(BasePage):
    case_opened = Signal(str)  # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(ctx, parent)
        self._query = CaseQuery(limit=page_size)
        self._request = 0  # results of older requests are dropped
        self._loaded = False
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
        self.view = QTableView(self)
        self.view.setObjectName("caseTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_NUMBER, 120), (COL_NAME, 190), (COL_SEX, 40), (COL_AGE, 55),
                              (COL_AGE_BAND, 95), (COL_DATE, 100), (COL_MODUS, 160)):
            header.resizeSection(column, width)
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
        self._update_count()

    def _update_count(self) -> None:
        if self.model.total_is_lower_bound:
            text = self.tr("Menampilkan {shown} dari lebih dari {total} kasus")
        else:
            text = self.tr("Menampilkan {shown} dari {total} kasus")
        self.count_label.setText(text.format(shown=self.model.rowCount(), total=self.model.total))

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
            self.refresh()

    def clear(self) -> None:
        self._request += 1
        self._debounce.stop()
        self.search.clear()
        self.model.clear()
        self.count_label.clear()

