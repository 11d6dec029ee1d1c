"""Kirim balik (secretariat): the return trip to each PPT on a stick (ADR 0018).

Per enrolled PPT: how many routed transfers wait for it and whether the province's reference
data is due (``ReturnTripApi.plan``). *Kirim balik* writes one PPT's folder onto the chosen
stick (receipt, reference data when due, its transfers), *Kirim balik ke semua PPT* one folder
each. *Ambil titipan pemindahan* takes the transfers PPTs route through the province from a
stick (``collect_routed``; the stick import does it too once wired). Constructor
``(ctx, parent=None)`` like the other secretariat pages.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...services.change_set import ChangeSet
from ...services.secretariat.return_trip import ReturnPlan, ReturnTrip
from ...services.secretariat.routing import RoutedFile
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..sync.drives import Drive, removable_drives
from ..sync.return_texts import routed_text, trip_text
from ..sync.stick_choice import StickChoice
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, number_item
from .ppt_code import ppt_code, shared_offices

COL_OFFICE, COL_CODE, COL_TRANSFERS, COL_REFERENCE = range(4)


class ReturnTripPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 drives: list[Drive] | None = None) -> None:
        super().__init__(ctx, parent)
        self.query = PageQuery(self, ctx.backend.return_trip.plan, self._fill, self._failed)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Kirim balik ke PPT"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Untuk setiap PPT, satu folder di flashdisk: tanda terima, data rujukan provinsi "
            "bila ada yang berubah, dan pemindahan kasus dari PPT lain yang dititipkan ke "
            "sekretariat (tetap terenkripsi untuk PPT tujuan; sekretariat tidak dapat "
            "membukanya). Di PPT cukup satu langkah: Impor semua dari flashdisk."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flashdisk:"), self))
        self.stick = StickChoice(self)
        self.stick.setObjectName("returnStick")
        row.addWidget(self.stick, 1)
        self.folder_button = QPushButton(self.tr("Pilih &folder…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button)
        self.collect_button = QPushButton(self.tr("Ambil &titipan pemindahan"), self)
        self.collect_button.setObjectName("collectRouted")
        self.collect_button.clicked.connect(self.collect)
        row.addWidget(self.collect_button)
        layout.addLayout(row)
        self.list = ListTable(
            [self.tr("PPT"), self.tr("Kode"), self.tr("Pemindahan menunggu"),
             self.tr("Data rujukan")],
            self.tr("Belum ada perangkat PPT yang terdaftar."), "returnPlan", self)
        self.list.set_modes(stretch=(COL_OFFICE,), fit=(COL_CODE, COL_TRANSFERS, COL_REFERENCE))
        self.list.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.one_button = QPushButton(self.tr("&Kirim balik ke PPT terpilih"), self)
        self.one_button.setObjectName("returnOne")
        self.one_button.clicked.connect(self.prepare_selected)
        self.all_button = QPushButton(self.tr("Kirim balik ke semu&a PPT"), self)
        self.all_button.setObjectName("returnAll")
        self.all_button.clicked.connect(self.prepare_all)
        buttons.addWidget(self.one_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("returnOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.error = error_label(self, "returnError")
        layout.addWidget(self.error)
        self.plans: list[ReturnPlan] = []
        self.load_drives(removable_drives() if drives is None else drives)
        self._selection_changed()
        self.listen(ctx.bus.data_changed, self._data_changed)

    # -- the plan -----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.query.shown()

    def refresh(self) -> None:
        self.query.run()

    def _fill(self, plans: list[ReturnPlan]) -> None:
        self.plans = plans
        due, current = self.tr("perlu dikirim"), self.tr("terbaru")
        shared = shared_offices(p.office_name for p in plans)
        self.list.set_rows([(p.device_id, [p.office_name,
                                           ppt_code(p.office_code, p.device_code,
                                                    p.office_name in shared) or "—",
                                           number_item(p.transfers_waiting),
                                           due if p.reference_due else current])
                            for p in plans])
        self._selection_changed()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.query.loaded and (changes.bundles or changes.devices or changes.directory):
            self.refresh()

    def _selection_changed(self) -> None:
        self.one_button.setEnabled(bool(self.list.current_key()))
        self.all_button.setEnabled(bool(self.plans))

    # -- the stick ----------------------------------------------------------------------------
    def load_drives(self, drives: list[Drive]) -> None:
        self.stick.load_drives(drives)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih flashdisk atau folder"),
                                                  "", QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.set_destination(Path(folder))

    def set_destination(self, folder: Path) -> None:
        self.stick.set_destination(folder)

    def destination(self) -> Path | None:
        chosen = self.stick.destination()
        if chosen is None:
            self._show_error(self.tr("Pilih flashdisk atau folder tujuan lebih dulu."))
        return chosen

    # -- actions ------------------------------------------------------------------------------
    def collect(self) -> None:
        self.error.hide()
        stick = self.destination()
        if stick is not None:
            self.ctx.ops.change(self.ctx.backend.return_trip.collect_routed, stick,
                                on_done=lambda out: self._collected(out[1]),
                                on_error=self._failed)

    def _collected(self, found: list[RoutedFile]) -> None:
        if not found:
            self.outcome.setText(self.tr("Tidak ada titipan pemindahan di flashdisk itu."))
        else:
            self.outcome.setText("\n".join(routed_text(f) for f in found))
        theme.apply(self.outcome, Role.TEXT)

    def prepare_selected(self) -> None:
        self.error.hide()
        device, stick = self.list.current_key(), self.destination()
        if device and stick is not None:
            self.ctx.ops.change(self.ctx.backend.return_trip.prepare, device, stick,
                                on_done=lambda out: self._prepared([out[1]]),
                                on_error=self._failed)

    def prepare_all(self) -> None:
        self.error.hide()
        stick = self.destination()
        if stick is not None:
            self.ctx.ops.change(self.ctx.backend.return_trip.prepare_all, stick,
                                on_done=lambda out: self._prepared(out[1]),
                                on_error=self._failed)

    def _prepared(self, trips: list[ReturnTrip]) -> None:
        lines = [trip_text(t) for t in trips]
        lines.append(self.tr("Di PPT: Sinkronisasi > Impor dari flashdisk > Impor semua dari "
                             "flashdisk/folder."))
        self.outcome.setText("\n".join(lines))
        theme.apply(self.outcome, Role.DONE)

    def _failed(self, exc: BaseException) -> None:
        self._show_error(message_for(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def clear(self) -> None:
        self.query.forget()
        self.plans = []
        self.list.set_rows([])
        self.outcome.clear()
        self.error.hide()
