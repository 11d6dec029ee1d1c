"""Perlindungan: the protection forms (evacuation, shelter, assessment, living allowance,
special accompaniment, free of critical condition) and the allowance status line."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.casework import PROTECTION
from ...services.dto import AllowanceInfo, CaseWork, RecordInfo
from .. import theme
from ..labels import casework_config
from ..theme import Role
from .casework_common import RecordList, fmt_date, sort_records

ALLOWANCE = "jaminan_hidup"
SPECIAL = "pendampingan_khusus"
CRITICAL = "bebas_kritis"


class ProtectionTab(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        config = casework_config()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        status = QGroupBox(self.tr("Status perlindungan"), body)
        grid = QGridLayout(status)
        grid.setColumnStretch(1, 1)
        self.allowance = QLabel(status)
        self.allowance.setObjectName("allowanceStatus")
        self.allowance.setWordWrap(True)
        self.allowance_alert = QLabel(status)
        self.allowance_alert.setObjectName("allowanceAlert")
        self.allowance_alert.setWordWrap(True)
        theme.apply(self.allowance_alert, Role.ERROR_STRONG)
        self.special = QLabel(status)
        self.special.setObjectName("specialStatus")
        self.special.setWordWrap(True)
        self.critical = QLabel(status)
        self.critical.setObjectName("criticalStatus")
        self.critical.setWordWrap(True)
        for row, (caption, value) in enumerate((
                (self.tr("Jaminan hidup"), self.allowance),
                ("", self.allowance_alert),
                (self.tr("Pendampingan khusus"), self.special),
                (self.tr("Bebas kondisi kritis"), self.critical))):
            grid.addWidget(QLabel(caption, status), row, 0)
            grid.addWidget(value, row, 1)
        layout.addWidget(status)
        self.lists: dict[str, RecordList] = {}
        for kind in config.stage(PROTECTION).forms:
            records = RecordList(config.forms[kind], body)
            records.add_requested.connect(self.add_requested.emit)
            records.edit_requested.connect(self.edit_requested.emit)
            layout.addWidget(records)
            self.lists[kind] = records
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.clear()

    def show_work(self, work: CaseWork, today: date, users: dict[str, str]) -> None:
        records = list(work.records)
        open_case = work.stage != "TERMINASI"
        for records_list in self.lists.values():
            records_list.show_records(records, open_case, open_case, users)
        ended = sort_records([r for r in records
                              if r.kind == ALLOWANCE and r.payload.get("selesai")])
        self._allowance(work.allowance, ended[0].record_date if ended else None,
                        work.stage == PROTECTION)
        self._special(records)
        self._critical(records)

    def _allowance(self, a: AllowanceInfo, ended_on: date | None,
                   in_protection: bool) -> None:
        self.allowance_alert.hide()
        if a.started is None:
            self.allowance.setText(self.tr("Belum diberikan. Batas: tahap 1 sampai hari ke-{p1}, "
                                           "tahap 2 sampai hari ke-{p2}.")
                                   .format(p1=a.phase1_days, p2=a.phase2_days))
            return
        if not a.open and ended_on is not None:
            text = self.tr("Dihentikan {end} (mulai {start}).").format(
                end=fmt_date(ended_on), start=fmt_date(a.started))
        elif not a.open or not in_protection:
            text = self.tr("Berakhir karena kasus sudah meninggalkan tahap perlindungan "
                           "(mulai {start}).").format(start=fmt_date(a.started))
        elif a.phase in (1, 2):
            limit = a.phase1_days if a.phase == 1 else a.phase2_days
            text = self.tr("Hari ke-{day} — tahap {phase} (batas hari ke-{limit}, sampai "
                           "{end}). Mulai {start}.").format(
                day=a.day, phase=a.phase, limit=limit, end=fmt_date(a.phase_ends),
                start=fmt_date(a.started))
        else:
            text = self.tr("Hari ke-{day} — melewati batas {limit} hari (berakhir {end}). "
                           "Mulai {start}.").format(day=a.day, limit=a.phase2_days,
                                                    end=fmt_date(a.phase_ends),
                                                    start=fmt_date(a.started))
        self.allowance.setText(text)
        alerts = {
            "allowance_phase1_ending": self.tr(
                "Tahap 1 jaminan hidup segera berakhir ({end}). Nilai apakah perlu dilanjutkan "
                "ke tahap 2."),
            "allowance_phase2_ending": self.tr(
                "Jaminan hidup segera mencapai batas akhir ({end})."),
            "allowance_over": self.tr(
                "Jaminan hidup sudah melewati batas {limit} hari. Hentikan, atau tulis alasan "
                "pada entri berikutnya."),
        }
        if a.alert:
            self.allowance_alert.setText(alerts.get(a.alert, a.alert).format(
                end=fmt_date(a.phase_ends), limit=a.phase2_days))
            self.allowance_alert.show()

    def _special(self, records: list[RecordInfo]) -> None:
        latest = sort_records([r for r in records if r.kind == SPECIAL])
        if not latest:
            self.special.setText(self.tr("Belum dinilai."))
            theme.apply(self.special, Role.TEXT)
            return
        p = latest[0].payload
        if p.get("perlu"):
            text = self.tr("Perlu pendampingan khusus (dinilai {date}); konselor: {who}.").format(
                date=fmt_date(latest[0].record_date), who=p.get("konselor") or "—")
            theme.apply(self.special, Role.WARNING_STRONG)
        else:
            text = self.tr("Tidak perlu pendampingan khusus (dinilai {date}).").format(
                date=fmt_date(latest[0].record_date))
            theme.apply(self.special, Role.TEXT)
        self.special.setText(text)

    def _critical(self, records: list[RecordInfo]) -> None:
        latest = sort_records([r for r in records if r.kind == CRITICAL])
        if not latest:
            self.critical.setText(self.tr("Belum dinyatakan."))
            theme.apply(self.critical, Role.TEXT)
            return
        p = latest[0].payload
        self.critical.setText(self.tr("Dinyatakan {date} oleh {who}.").format(
            date=fmt_date(p.get("tanggal")), who=p.get("dinyatakan_oleh") or "—"))
        theme.apply(self.critical, Role.DONE)

    def clear(self) -> None:
        for records_list in self.lists.values():
            records_list.clear()
        for label in (self.allowance, self.allowance_alert, self.special, self.critical):
            label.clear()
        self.allowance_alert.hide()
