"""Register provinsi: the cases of every PPT, read-only — search as on a PPT (names in any
spelling, NIK, case numbers), a filter by PPT, the PPT that holds each case, and the pseudonym
in place of the name where the victim's consent kept her identity at the PPT. Opening a case
shows the PPT's own case view; the case belongs to another office's device, so it is
read-only there (banner, writing buttons held disabled) and the services refuse any change.

The page holds no rules: ``backend.province.register`` / ``offices`` and ``backend.cases.open``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...services.change_set import ChangeSet
from ...services.dto import CaseQuery
from ...services.secretariat.province_dto import OfficeChoice, RegisterPage, RegisterRow
from .. import theme
from ..context import AppContext
from ..labels import code_label, message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..pages.case_page import CasePage
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable

COL_NUMBER, COL_NAME, COL_SEX, COL_AGE, COL_DATE, COL_STATUS, COL_PPT = range(7)
PAGE_SIZE = 200
SEARCH_DEBOUNCE_MS = 150


class RegisterList(BasePage):
    """The list: search, PPT filter, the cases, more on request."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[RegisterRow] = []
        self.total = 0
        self.more = False
        self._offset = 0
        self.loader = PageQuery(
            self, ctx.backend.province.register, self._show, self._failed,
            args=lambda: (self.query(self._offset), self.office.currentData() or None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Register provinsi"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Kasus dari semua PPT, hanya untuk dibaca. Kasus yang dikirim tanpa persetujuan "
            "berbagi identitas tampil dengan pseudonim (PSN-…); identitasnya tetap di PPT."),
            self)
        intro.setObjectName("registerHelp")
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Cari nama, alias, NIK, nomor dokumen atau "
                                               "nomor kasus…"))
        self.search.setClearButtonEnabled(True)
        office_label = QLabel(self.tr("&PPT:"), self)
        self.office = QComboBox(self)
        self.office.setObjectName("registerOffice")
        self.office.setMinimumContentsLength(24)
        self.office.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        office_label.setBuddy(self.office)
        self._fill_offices([])
        bar.addWidget(self.search, 3)
        bar.addWidget(office_label)
        bar.addWidget(self.office, 2)
        layout.addLayout(bar)
        self.list = ListTable(
            [self.tr("Nomor kasus"), self.tr("Nama"), self.tr("JK"), self.tr("Umur"),
             self.tr("Tgl registrasi"), self.tr("Status"), self.tr("PPT")],
            self.tr("Belum ada kasus di register provinsi. Kasus masuk saat bundel PPT "
                    "diimpor."), "registerTable", self)
        self.list.set_modes(stretch=(COL_NAME, COL_PPT),
                            fit=(COL_NUMBER, COL_SEX, COL_AGE, COL_DATE, COL_STATUS))
        layout.addWidget(self.list, 1)
        footer = QHBoxLayout()
        self.count = QLabel(self)
        self.count.setObjectName("registerCount")
        self.more_button = QPushButton(self.tr("Tampilkan &berikutnya"), self)
        self.more_button.setObjectName("registerMore")
        self.more_button.clicked.connect(self.fetch_more)
        self.more_button.hide()
        footer.addWidget(self.count, 1)
        footer.addWidget(self.more_button)
        layout.addLayout(footer)
        self.error = error_label(self, "registerError")
        layout.addWidget(self.error)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())

    @property
    def loaded(self) -> bool:
        return self.loader.loaded

    # -- PPTs ----------------------------------------------------------------------------------
    def _fill_offices(self, choices: list[OfficeChoice]) -> None:
        current = self.office.currentData()
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("Semua PPT"), "")
        for choice in choices:
            self.office.addItem(choice.name, choice.office_id)
        found = self.office.findData(current) if current else 0
        self.office.setCurrentIndex(max(found, 0))
        self.office.blockSignals(False)

    def load_offices(self) -> None:
        self.ctx.ops.query(self.ctx.backend.province.offices, on_done=self._fill_offices,
                           on_error=self._failed)

    # -- the list ------------------------------------------------------------------------------
    def query(self, offset: int = 0) -> CaseQuery:
        return CaseQuery(text=self.search.text(), offset=offset, limit=PAGE_SIZE)

    def refresh(self) -> None:
        self._offset = 0
        self.error.hide()
        self.loader.shown()

    def fetch_more(self) -> None:
        self._offset = len(self.rows)
        self.error.hide()
        self.loader.run()

    def _show(self, page: RegisterPage) -> None:
        self.rows = (self.rows if page.offset else []) + list(page.rows)
        self.total, self.more = page.total, page.total_is_lower_bound
        self.list.set_rows([(r.row.id, self._cells(r)) for r in self.rows])
        if not self.rows and (self.search.text().strip() or self.office.currentData()):
            self.list.empty.setText(self.tr("Tidak ada kasus yang cocok."))
        elif not self.rows:
            self.list.empty.setText(self.tr("Belum ada kasus di register provinsi. Kasus masuk "
                                            "saat bundel PPT diimpor."))
        total = self.tr("lebih dari {n}").format(n=self.total) if self.more else str(self.total)
        self.count.setText(self.tr("{shown} dari {total} kasus").format(
            shown=len(self.rows), total=total))
        self.more_button.setVisible(len(self.rows) < self.total or self.more)

    def _cells(self, r: RegisterRow) -> list[QTableWidgetItem | str]:
        row = r.row
        name = QTableWidgetItem(row.full_name)
        if r.pseudonymised:
            name.setText(self.tr("{pseudonym} (pseudonim)").format(pseudonym=row.full_name))
            theme.paint_item(name, Role.FAINT)
        age = QTableWidgetItem("" if row.age is None else str(row.age))
        age.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return [row.case_number, name, row.sex, age, row.intake_date.strftime("%d-%m-%Y"),
                code_label("victim_status", row.victim_status), r.office_name or "—"]

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, DomainError) else ""
        if code == "needs_casework_role":
            text = self.tr("Register provinsi hanya untuk petugas sekretariat.")
        else:
            text = message_for(exc)
        self.error.setText(text)
        self.error.show()

    def clear(self) -> None:
        self.loader.forget()
        self.rows, self.total, self.more = [], 0, False
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._fill_offices([])
        self.list.clear_rows()
        self.count.clear()
        self.more_button.hide()
        self.error.hide()


class ProvincialRegisterPage(BasePage):
    """The list, and the read-only case view it opens (back to the list with "←")."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.cases = RegisterList(ctx, self.stack)
        self.case_page = CasePage(ctx, self.stack)
        self.case_page.back_button.setText(self.tr("← Register provinsi"))
        self.case_page.ownership.transfer_button.hide()   # a secretariat moves no case
        self.case_page.back_requested.connect(self.show_list)
        self.case_page.case_left.connect(lambda _text: self.show_list())
        self.stack.addWidget(self.cases)
        self.stack.addWidget(self.case_page)
        self.cases.list.table.cellActivated.connect(self._activated)
        self.cases.list.table.cellDoubleClicked.connect(self._activated)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def page_shown(self) -> None:
        if self.stack.currentWidget() is self.cases:
            self.cases.load_offices()
            self.cases.refresh()

    def _activated(self, row: int, _column: int = 0) -> None:
        key = self.cases.list.key_at(row)
        if key:
            self.open_case(key)

    def open_case(self, case_id: str) -> None:
        self.stack.setCurrentWidget(self.case_page)
        self.case_page.load(case_id)

    def show_list(self) -> None:
        self.case_page.clear()
        self.stack.setCurrentWidget(self.cases)

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.cases.loaded and (changes.cases or changes.bundles) \
                and self.stack.currentWidget() is self.cases:
            self.cases.refresh()
        if changes.devices:
            self.cases.load_offices()

    def clear(self) -> None:
        self.case_page.clear()
        self.cases.clear()
        self.stack.setCurrentWidget(self.cases)
