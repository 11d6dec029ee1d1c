"""Dasbor perangkat: every PPT device as the secretariat sees it — the last bundle received and
when, how far its data is applied (and what waits behind a gap), forks, files refused with
their reasons, identities received against pseudonyms, open conflicts, cases moved to it and
not yet reported back, and whether a receipt is due. Below the table, the selected device in
sentences, and the files refused before any sender could be known.

Figures only (no victim's data); the services compute them (``backend.province.dashboard``).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.change_set import ChangeSet
from ...services.secretariat.province_dto import Dashboard, DeviceStatus, QuarantinedFile
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..pages.today_page import local_time
from ..sync.texts import reason_text
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, alert_item, number_item
from .ppt_code import ppt_code, shared_offices

(COL_PPT, COL_REGION, COL_LAST, COL_DATA, COL_IDENTITY, COL_CONFLICTS, COL_WAITING,
 COL_RECEIPT, COL_ALERTS) = range(9)
SHOWN_FILES = 5      # refused files listed per device (the newest)


class DashboardPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: Dashboard | None = None
        self._shared: set[str] = set()     # offices with more than one device listed
        self.query = PageQuery(self, ctx.backend.province.dashboard, self._show, self._failed)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Dasbor perangkat"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        theme.apply(self.summary, Role.HINT)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"), self)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.list = ListTable(
            [self.tr("PPT (perangkat)"), self.tr("Wilayah"), self.tr("Bundel terakhir"),
             self.tr("Data diterima"), self.tr("Identitas /\npseudonim"), self.tr("Konflik"),
             self.tr("Pindahan"), self.tr("Tanda terima"), self.tr("Peringatan")],
            self.tr("Belum ada perangkat PPT yang terdaftar. Daftarkan kartu perangkat setiap "
                    "PPT di halaman Perangkat agar bundelnya dapat diimpor."),
            "dashboardTable", self)
        self.list.set_modes(stretch=(COL_PPT, COL_REGION, COL_DATA, COL_RECEIPT, COL_ALERTS),
                            fit=(COL_LAST, COL_IDENTITY, COL_CONFLICTS, COL_WAITING))
        self.list.table.horizontalHeader().setMinimumSectionSize(48)
        self.list.wrap_text()
        self.list.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list, 2)
        box = QGroupBox(self.tr("Rincian perangkat"), self)
        box.setObjectName("dashboardDetailBox")
        column = QVBoxLayout(box)
        self.detail = QLabel(box)
        self.detail.setObjectName("dashboardDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.detail, 1)
        layout.addWidget(box, 1)
        self.unknown = QLabel(self)
        self.unknown.setObjectName("dashboardUnknownFiles")
        self.unknown.setWordWrap(True)
        theme.apply(self.unknown, Role.WARNING)
        self.unknown.hide()
        layout.addWidget(self.unknown)
        self.error = error_label(self, "dashboardError")
        layout.addWidget(self.error)
        self.listen(ctx.bus.data_changed, self._data_changed)
        self._show_detail(None)

    # -- loading -------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.error.hide()
        self.query.shown()

    def refresh(self) -> None:
        self.error.hide()
        self.query.run()

    def _show(self, board: Dashboard) -> None:
        self.board = board
        self._shared = shared_offices(d.office_name for d in board.devices)
        self.summary.setText(self._summary_text(board))
        self.list.set_rows([(d.device_id, self._cells(d)) for d in board.devices])
        if not self.list.current_key() and board.devices:
            self.list.table.selectRow(0)
        self._show_selected()
        if board.unknown_files:
            lines = [self.tr("Berkas ditolak yang pengirimnya tidak dikenal ({n}):").format(
                n=len(board.unknown_files))]
            lines += [self._file_line(f) for f in board.unknown_files[:SHOWN_FILES]]
            self.unknown.setText("\n".join(lines))
        self.unknown.setVisible(bool(board.unknown_files))

    def _summary_text(self, board: Dashboard) -> str:
        devices = board.devices
        due = sum(1 for d in devices if d.receipt_due and not d.revoked)
        alerts = sum(1 for d in devices if d.forks or d.held)
        return self.tr(
            "{devices} perangkat PPT · {due} perlu tanda terima · {alerts} perlu perhatian · "
            "{conflicts} konflik data terbuka").format(
            devices=len(devices), due=due, alerts=alerts, conflicts=board.conflicts_open)

    # -- one device ----------------------------------------------------------------------------
    def _ppt_text(self, d: DeviceStatus) -> str:
        code = ppt_code(d.office_code, d.device_code, d.office_name in self._shared)
        name = f"{d.office_name} ({code})" if code else d.office_name
        return name + (self.tr(" — dicabut") if d.revoked else "")

    def _last_text(self, d: DeviceStatus) -> str:
        if d.last_bundle_at is None:
            return self.tr("belum ada")
        return self.tr("no. {seq} · {at}").format(seq=d.last_bundle_seq,
                                                  at=local_time(d.last_bundle_at))

    def _data_text(self, d: DeviceStatus) -> str:
        if not d.applied_upto and not d.held:
            return self.tr("belum ada data")
        text = self.tr("s.d. no. {upto}").format(upto=d.applied_upto)
        if d.held:
            text += self.tr("; {held} tertahan, kurang no. {first}–{last}").format(
                held=d.held, first=d.gap_from, last=d.gap_to)
        return text

    def _receipt_text(self, d: DeviceStatus) -> str:
        if d.receipt_due:
            return self.tr("perlu dikirim ({n} data baru)").format(n=d.events_since_receipt)
        if d.last_receipt_at is not None:
            return self.tr("terkirim {at}").format(at=local_time(d.last_receipt_at))
        return "—"

    def _alerts_text(self, d: DeviceStatus) -> str:
        parts = []
        if d.forks:
            parts.append(self.tr("{n}× percabangan").format(n=d.forks))
        if d.quarantined:
            parts.append(self.tr("{n} berkas dikarantina").format(n=len(d.quarantined)))
        return ", ".join(parts) or "—"

    def _cells(self, d: DeviceStatus) -> list[QTableWidgetItem | str]:
        ppt = QTableWidgetItem(self._ppt_text(d))
        if d.revoked:
            theme.paint_item(ppt, Role.INACTIVE)
        receipt = QTableWidgetItem(self._receipt_text(d))
        if d.receipt_due and not d.revoked:
            theme.paint_item(receipt, Role.WARNING_STRONG)
        identity = QTableWidgetItem(f"{d.identities} / {d.pseudonymised}")
        identity.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return [ppt, d.region_name or d.region_code or "—", self._last_text(d),
                alert_item(self._data_text(d), bool(d.held)), identity,
                number_item(d.conflicts_open, d.conflicts_open > 0),
                number_item(d.transfers_waiting), receipt,
                alert_item(self._alerts_text(d), bool(d.forks))]

    def selected(self) -> DeviceStatus | None:
        key = self.list.current_key()
        if self.board is None or not key:
            return None
        return next((d for d in self.board.devices if d.device_id == key), None)

    def _show_selected(self) -> None:
        self._show_detail(self.selected())

    def _file_line(self, f: QuarantinedFile) -> str:
        return self.tr("• {at}: {reason}").format(at=local_time(f.at),
                                                   reason=reason_text(f.reason))

    def _show_detail(self, d: DeviceStatus | None) -> None:
        if d is None:
            self.detail.setText(self.tr("Pilih perangkat di daftar untuk melihat rinciannya."))
            return
        lines = [self._ppt_text(d) + (f" · {d.region_name}" if d.region_name else "")]
        if d.last_bundle_at is None:
            lines.append(self.tr("Belum ada bundel yang diterima dari perangkat ini."))
        else:
            lines.append(self.tr("{n} bundel diterima; terakhir no. {seq} pada {at}.").format(
                n=d.bundles_received, seq=d.last_bundle_seq, at=local_time(d.last_bundle_at)))
        if d.parked:     # received in order, but not all applied yet
            lines.append(self.tr(
                "Data diterima sampai no. {upto}; {n} di antaranya menunggu data PPT lain "
                "(kasus yang dipindahkan kepadanya) dan diterapkan sendiri begitu bundel PPT "
                "itu diimpor.").format(upto=d.applied_upto, n=d.parked))
        else:
            lines.append(self.tr("Data diterapkan sampai no. {upto}.").format(
                upto=d.applied_upto))
        if d.held:
            lines.append(self.tr(
                "{held} data tertahan karena no. {first}–{last} belum diterima: minta PPT "
                "mengirim ulang bundelnya.").format(held=d.held, first=d.gap_from,
                                                    last=d.gap_to))
        lines.append(self.tr(
            "{cases} kasus dipegang perangkat ini: {identities} dengan identitas, "
            "{pseudonyms} dengan pseudonim (tanpa persetujuan berbagi identitas).").format(
            cases=d.cases, identities=d.identities, pseudonyms=d.pseudonymised))
        if d.conflicts_open:
            lines.append(self.tr("{n} konflik data menunggu keputusan (halaman Konflik "
                                 "data).").format(n=d.conflicts_open))
        if d.transfers_waiting:
            lines.append(self.tr("{n} kasus dipindahkan ke PPT ini belum dilaporkan kembali "
                                 "olehnya.").format(n=d.transfers_waiting))
        if d.receipt_due:
            lines.append(self.tr("Tanda terima berikutnya: {n} data dari {b} bundel sejak "
                                 "tanda terima terakhir ({last}).").format(
                n=d.events_since_receipt, b=d.bundles_since_receipt,
                last=local_time(d.last_receipt_at) if d.last_receipt_at
                else self.tr("belum pernah")))
        elif d.last_receipt_at is not None:
            lines.append(self.tr("Tanda terima terakhir {at} sudah mencakup semua data yang "
                                 "diterima.").format(at=local_time(d.last_receipt_at)))
        if d.forks:
            lines.append(self.tr(
                "PERINGATAN: {n} bundel menunjukkan laptop ini disalin atau dipulihkan dari "
                "salinan lama. Hubungi kantor PPT.").format(n=d.forks))
        if d.quarantined:
            lines.append(self.tr("Berkas yang ditolak dan disimpan di karantina "
                                 "({n}):").format(n=len(d.quarantined)))
            lines += [self._file_line(f) for f in d.quarantined[:SHOWN_FILES]]
        self.detail.setText("\n".join(lines))

    # -- upkeep --------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.query.loaded and (changes.bundles or changes.devices or changes.cases):
            self.refresh()

    def clear(self) -> None:
        self.query.forget()
        self.board = None
        self.list.clear_rows()
        self.summary.clear()
        self.unknown.hide()
        self.error.hide()
        self._show_detail(None)
