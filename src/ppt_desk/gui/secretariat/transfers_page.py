"""Pindahan kasus: cases whose ownership moved from one PPT to another that the receiving PPT
has not yet reported back (none of its data about the case has reached the secretariat since
the move), longest waiting first, with the day the secretariat learnt of the move; and the
transfer bundles waiting here to be carried on to their PPT (when the PPTs send transfers
through the secretariat).

Case numbers and offices only (``backend.province.transfers``); the page holds no rules.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.change_set import ChangeSet
from ...services.secretariat.province_dto import Transfers
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..pages.today_page import local_time
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, number_item

COL_CASE, COL_FROM, COL_TO, COL_SINCE, COL_DAYS = range(5)
W_TO, W_AT, W_FILE = range(3)
LONG_WAIT_DAYS = 14     # shown in red from this many days on


class TransfersPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = PageQuery(self, ctx.backend.province.transfers, self._show, self._failed)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Pindahan kasus"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        intro = QLabel(self.tr(
            "Kasus yang dipindahkan dari satu PPT ke PPT lain dan belum dilaporkan kembali "
            "oleh PPT penerima (belum ada datanya tentang kasus itu sejak pemindahan). Jika "
            "lama menunggu, tanyakan ke PPT penerima apakah bundel pemindahan sudah "
            "diimpor."), self)
        intro.setObjectName("transfersHelp")
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"), self)
        self.refresh_button.setObjectName("transfersRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(intro, 1)
        bar.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.count = QLabel(self)
        self.count.setObjectName("transfersCount")
        theme.apply(self.count, Role.STRONG)
        layout.addWidget(self.count)
        self.list = ListTable(
            [self.tr("Nomor kasus"), self.tr("Dari PPT"), self.tr("Ke PPT"),
             self.tr("Diketahui sekretariat"), self.tr("Hari menunggu")],
            self.tr("Tidak ada kasus yang sedang dipindahkan: setiap PPT penerima sudah "
                    "melaporkan kasus yang diterimanya."), "transfersTable", self)
        self.list.set_modes(stretch=(COL_FROM, COL_TO), fit=(COL_CASE, COL_SINCE, COL_DAYS))
        self.list.wrap_text()
        layout.addWidget(self.list, 3)
        heading = QLabel(self.tr("Bundel pemindahan yang menunggu dibawa ke PPT penerima"), self)
        theme.apply(heading, Role.HEADING)
        layout.addWidget(heading)
        self.waiting = ListTable(
            [self.tr("Untuk PPT"), self.tr("Diterima di sekretariat"), self.tr("Berkas")],
            self.tr("Tidak ada bundel pemindahan yang menunggu di sekretariat."),
            "waitingTable", self)
        self.waiting.set_modes(stretch=(W_TO, W_FILE), fit=(W_AT,))
        layout.addWidget(self.waiting, 1)
        self.error = error_label(self, "transfersError")
        layout.addWidget(self.error)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def page_shown(self) -> None:
        self.error.hide()
        self.query.shown()

    def refresh(self) -> None:
        self.error.hide()
        self.query.run()

    def _show(self, found: Transfers) -> None:
        moving = found.in_flight
        self.count.setText(self.tr("{n} kasus sedang dipindahkan").format(n=len(moving))
                           if moving else "")
        self.count.setVisible(bool(moving))
        self.list.set_rows([(t.case_id, [
            t.case_number, t.from_office or "—", t.to_office or "—",
            local_time(t.known_since) if t.known_since else "—",
            number_item(t.days_waiting or 0, (t.days_waiting or 0) >= LONG_WAIT_DAYS)])
            for t in moving])
        self.waiting.set_rows([(w.file_name, [
            w.to_office or "—", local_time(w.at) if w.at else "—", w.file_name])
            for w in found.waiting])

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.query.loaded and (changes.bundles or changes.cases):
            self.refresh()

    def clear(self) -> None:
        self.query.forget()
        self.list.clear_rows()
        self.waiting.clear_rows()
        self.count.clear()
        self.error.hide()
