"""Hari ini: what is due on my cases; for supervisors also the approval queue, the caseload
per caseworker and the cases whose recording (items a-h) is incomplete."""
from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.roles import sees_all_cases
from ...services.change_set import ChangeSet
from ...services.dto import DueInfo, MyCaseInfo, StageChangeInfo, TodayView
from .. import theme
from ..conference.action_items import ActionItemsBox
from ..context import AppContext
from ..dialogs.comment_dialog import CommentDialog
from ..i18n import current_language
from ..labels import casework_config, message_for, stage_label
from ..theme import Role
from ..widgets.tables import ListTable, number_item
from .base import BasePage
from .today_models import CaseIdRole, MyCasesModel, list_view, set_widths
from .today_office import OfficeDueTab

DATE = "%d/%m/%Y"


def day_text(day: date | None) -> str:
    return day.strftime(DATE) if day else ""


def local_time(at: datetime | None) -> str:
    """A stored UTC time in the computer's time zone."""
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime(DATE + " %H:%M")


def item_labels() -> dict[str, str]:
    """Recording item letter -> its label, in the interface language."""
    lang = current_language()
    return {item.code: item.label(lang) for item in casework_config().items}


class TodayPage(BasePage):
    case_opened = Signal(str)  # case id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.view: TodayView | None = None
        self.supervisor = sees_all_cases(ctx.user.roles)
        self._request = 0  # answers to older requests are dropped
        self._loaded = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Hari ini"), self)
        title.setObjectName("pageTitle")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.refresh_button = QPushButton(self.tr("Muat ulang"), self)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Muat ulang daftar (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.date_label, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.message = QLabel(self)
        self.message.setObjectName("todayMessage")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.BANNER_DONE_COMPACT)
        self.message.hide()
        layout.addWidget(self.message)
        self.error = QLabel(self)
        self.error.setObjectName("todayError")
        self.error.setWordWrap(True)
        theme.apply(self.error, Role.ERROR)
        self.error.hide()
        layout.addWidget(self.error)

        bold = theme.font(self, Role.ERROR_STRONG)  # as the overdue status shows
        self.status_width = max(QFontMetrics(bold).horizontalAdvance(text) for text in (
            "● " + self.tr("Terlambat"), self.tr("Dikembalikan"), self.tr("Segera"))) + 20
        self.mine_box = QGroupBox(self.tr("Kasus saya"), self)
        self.mine_box.setObjectName("mineBox")
        mine = QVBoxLayout(self.mine_box)
        self.mine_model = MyCasesModel(
            [self.tr("Status"), self.tr("No. kasus"), self.tr("Nama"), self.tr("Tahap"),
             self.tr("Hari di tahap"), self.tr("Berikutnya")], self._mine_cell, self)
        self.mine = list_view(self.mine_model, "mineView", self.mine_box)
        self.mine.setRootIsDecorated(False)
        fm = self.mine.fontMetrics()
        self.number_width = fm.horizontalAdvance("KPG/2025/00000") + 14
        set_widths(self.mine, {0: self.status_width, 1: self.number_width, 2: 150, 3: 140,
                               4: fm.horizontalAdvance(self.tr("Hari di tahap")) + 16})
        self.mine.activated.connect(self._open_mine)
        mine.addWidget(self.mine, 1)
        self.mine_empty = QLabel(self.tr("Belum ada kasus aktif yang ditugaskan kepada Anda."),
                                 self.mine_box)
        self.mine_empty.setObjectName("mineEmpty")
        self.mine_empty.setWordWrap(True)
        theme.apply(self.mine_empty, Role.TABLE_EMPTY)
        self.mine_empty.hide()
        mine.addWidget(self.mine_empty)
        hint = QLabel(self.tr("Enter atau klik ganda pada baris membuka kasusnya."), self.mine_box)
        hint.setWordWrap(True)
        theme.apply(hint, Role.HINT)
        mine.addWidget(hint)
        self.mine_hint = hint

        self.tabs: QTabWidget | None = None
        self.approvals: ListTable | None = None
        self.caseload: ListTable | None = None
        self.missing: ListTable | None = None
        self.missing_total: QLabel | None = None
        self.office: OfficeDueTab | None = None
        self.pending: dict[str, StageChangeInfo] = {}
        self.actions = ActionItemsBox(ctx, self)  # conference action items (issue 12)
        self.actions.case_opened.connect(self.case_opened.emit)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        if self.supervisor:
            self.tabs = QTabWidget(splitter)
            self.tabs.setObjectName("supervisorTabs")
            self.tabs.addTab(self.mine_box, "")
            self.mine_box.setTitle("")  # the tab says it
            self.office = OfficeDueTab(ctx, self.status_text, self.due_text,
                                       (self.status_width, self.number_width), self)
            self.office.case_opened.connect(self.case_opened.emit)
            self.tabs.addTab(self.office, "")
            self.office.loaded.connect(self._update_tab_titles)
            self.tabs.addTab(self._build_approvals(), "")
            self.tabs.addTab(self._build_caseload(), "")
            self.tabs.addTab(self._build_missing(), "")
            splitter.addWidget(self.tabs)
            splitter.addWidget(self.actions)
            self._update_tab_titles()
        else:
            splitter.addWidget(self.mine_box)
            splitter.addWidget(self.actions)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.listen(ctx.bus.data_changed, self._data_changed)

    # -- building (supervisor sections) -------------------------------------------------
    def _build_approvals(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("approvalsTab")
        box = QVBoxLayout(page)
        self.approvals = ListTable([self.tr("No. kasus"), self.tr("Diminta oleh"),
                                    self.tr("Waktu"), self.tr("Perubahan tahap")],
                                   self.tr("Tidak ada perubahan tahap yang menunggu persetujuan."),
                                   "approvalsTable", page)
        self.approvals.set_widths({0: 135, 1: 150, 2: 125})
        self.approvals.table.activated.connect(
            lambda index: self._open_row(self.approvals, index.row(), self._case_of_change))
        self.approvals.table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.approvals, 1)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Se&tujui"), page)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setToolTip(self.tr("Setujui perubahan tahap yang dipilih"))
        self.return_button = QPushButton(self.tr("&Kembalikan…"), page)
        self.return_button.setObjectName("returnButton")
        self.return_button.setToolTip(
            self.tr("Kembalikan kepada pendamping dengan catatan (wajib)"))
        self.open_change_button = QPushButton(self.tr("B&uka kasus"), page)
        self.open_change_button.setObjectName("openChangeCase")
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.open_change_button.clicked.connect(
            lambda: self._open_row(self.approvals, self.approvals.table.currentRow(),
                                   self._case_of_change))
        for button in (self.approve_button, self.return_button, self.open_change_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self._update_buttons()
        return page

    def _build_caseload(self) -> QWidget:
        self.caseload = ListTable([self.tr("Pendamping"), self.tr("Kasus aktif"),
                                   self.tr("Terlambat")],
                                  self.tr("Belum ada kasus aktif yang ditugaskan."),
                                  "caseloadTable", self)
        self.caseload.set_widths({0: 260, 1: 110, 2: 110})
        self.caseload.table.horizontalHeader().setStretchLastSection(False)
        return self.caseload

    def _build_missing(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.missing_total = QLabel(page)
        self.missing_total.setObjectName("missingTotal")
        box.addWidget(self.missing_total)
        self.missing = ListTable([self.tr("No. kasus"), self.tr("Nama"), self.tr("Pendamping"),
                                  self.tr("Belum lengkap")],
                                 self.tr("Semua kasus aktif sudah lengkap pencatatannya."),
                                 "missingTable", page)
        self.missing.set_widths({0: 135, 1: 170, 2: 150})
        self.missing.table.activated.connect(
            lambda index: self._open_row(self.missing, index.row()))
        box.addWidget(self.missing, 1)
        legend = QLabel("; ".join(f"{code} = {label}" for code, label in item_labels().items()),
                        page)
        legend.setObjectName("missingLegend")
        legend.setWordWrap(True)
        theme.apply(legend, Role.HINT)
        box.addWidget(legend)
        return page

    def _update_tab_titles(self) -> None:
        if self.tabs is None:
            return
        view = self.view
        pending = len(view.pending_approvals) if view else 0
        missing = view.missing_total if view else 0
        mine = view.mine_total if view else 0
        due = self.office.due if self.office is not None else None
        self.tabs.setTabText(0, self.tr("Kasus saya ({count})").format(count=mine))
        self.tabs.setTabText(1, self.tr("Jatuh tempo kantor ({count})").format(count=due.total)
                             if due is not None else self.tr("Jatuh tempo kantor"))
        self.tabs.setTabText(2, self.tr("Menunggu persetujuan ({count})").format(count=pending))
        self.tabs.setTabText(3, self.tr("Beban kasus"))
        self.tabs.setTabText(4, self.tr("Kelengkapan pencatatan ({count})").format(count=missing))

    # -- loading ------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._loaded = True
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.casework.today,
                           on_done=lambda view: self._show(request, view),
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show(self, request: int, view: TodayView) -> None:
        if request != self._request or not self.ctx.backend.session.is_unlocked:
            return  # stale, or locked meanwhile
        self.view = view
        self.error.hide()
        self.date_label.setText(QLocale().toString(
            QDate(view.today.year, view.today.month, view.today.day),
            QLocale.FormatType.LongFormat))
        self._fill_mine(view)
        self.actions.show_items(view.actions, view.today)
        overdue = sum(1 for d in view.due if d.overdue)
        parts = [self.tr("{count} kasus aktif").format(count=view.mine_total),
                 self.tr("{count} hal perlu ditindaklanjuti pada kasus Anda").format(
                     count=max(view.due_total, len(view.due)))]
        if overdue:
            parts[1] += self.tr(", {count} terlambat").format(count=overdue)
        if view.actions:
            parts.append(self.tr("{count} tindak lanjut sidang kasus terbuka").format(
                count=len(view.actions)))
        if self.supervisor:
            self.office.invalidate()  # asked for again when (or as soon as) its tab shows
            self._fill_approvals(view.pending_approvals)
            self._fill_caseload(view)
            self._fill_missing(view)
            parts.append(self.tr("{count} perubahan tahap menunggu persetujuan").format(
                count=len(view.pending_approvals)))
            parts.append(self.tr("{count} kasus belum lengkap pencatatannya").format(
                count=view.missing_total))
            self._update_tab_titles()
        self.summary.setText(" · ".join(parts) + ".")

    def _fill_mine(self, view: TodayView) -> None:
        self.mine_model.set_rows(view.mine)
        self.mine.setVisible(bool(view.mine))
        self.mine_empty.setVisible(not view.mine)
        if view.mine_total > len(view.mine):
            self.mine_hint.setText(self.tr(
                "Ditampilkan {shown} dari {total} kasus aktif, yang paling mendesak dahulu. "
                "Enter atau klik ganda pada baris membuka kasusnya.").format(
                shown=len(view.mine), total=view.mine_total))
        else:
            self.mine_hint.setText(
                self.tr("Enter atau klik ganda pada baris membuka kasusnya."))

    def status_text(self, d: DueInfo | None) -> str:
        if d is None:
            return ""
        if d.overdue:
            return "● " + self.tr("Terlambat")
        if d.kind == "approval_returned":
            return self.tr("Dikembalikan")
        return self.tr("Segera")

    def _mine_cell(self, c: MyCaseInfo, column: int) -> str:
        if column == 0:
            return self.status_text(c.next_due)
        if column == 1:
            return c.case_number
        if column == 2:
            return c.full_name
        if column == 3:
            return stage_label(c.stage)
        if column == 4:
            today = self.view.today if self.view is not None else c.stage_since
            return str(max((today - c.stage_since).days, 0))
        if c.next_due is None:
            return self.tr("Tidak ada yang jatuh tempo")
        if c.next_due.kind == "stage_stale":  # the stage is in its own column
            text = self.tr("{days} hari tanpa kemajuan").format(
                days=(c.next_due.params or {}).get("days", "?"))
        else:
            text = self.due_text(c.next_due)
        if c.due_count > 1:
            text += self.tr(" (+{count} lainnya)").format(count=c.due_count - 1)
        return text

    def _open_mine(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.case_opened.emit(case_id)

    def due_text(self, d: DueInfo) -> str:
        """What is due, in words."""
        p = d.params or {}
        when = day_text(d.due)
        if d.kind == "stage_stale":
            return self.tr("Tahap {stage} {days} hari tanpa kemajuan").format(
                stage=stage_label(str(p.get("stage", ""))), days=p.get("days", "?"))
        if d.kind == "allowance_phase1_ending":
            return self.tr("Jaminan hidup tahap 1 berakhir {date}").format(date=when)
        if d.kind == "allowance_phase2_ending":
            return self.tr("Jaminan hidup tahap 2 berakhir {date}").format(date=when)
        if d.kind == "allowance_over":
            return self.tr("Jaminan hidup melewati batas: hari ke-{day}, hari terakhir {date}"
                           ).format(day=p.get("day", "?"), date=when)
        if d.kind in ("visit_due", "visit_overdue"):
            forms = casework_config().forms
            kind = str(p.get("visit_kind") or "kunjungan_rumah")
            visit = forms[kind].label(current_language()) if kind in forms else kind
            if d.kind == "visit_due":
                return self.tr("{visit} dijadwalkan {date}").format(visit=visit, date=when)
            return self.tr("{visit} terlambat sejak {date}").format(visit=visit, date=when)
        if d.kind == "approval_returned":
            comment = str(p.get("comment") or "").strip()
            text = self.tr("Perubahan tahap ke {stage} dikembalikan").format(
                stage=stage_label(str(p.get("to_stage", ""))))
            return f"{text}: {comment}" if comment else text
        return d.kind

    def _fill_approvals(self, changes: tuple[StageChangeInfo, ...]) -> None:
        assert self.approvals is not None
        self.pending = {c.id: c for c in changes}
        rows = []
        for c in changes:
            change = QTableWidgetItem(self.change_text(c))
            if c.reason:
                change.setToolTip(self.tr("{change}\nAlasan: {reason}").format(
                    change=self.change_text(c), reason=c.reason))
            rows.append((c.id, [c.case_number, c.requested_by_name, local_time(c.requested_at),
                                change]))
        self.approvals.set_rows(rows)
        self._update_buttons()

    def change_text(self, c: StageChangeInfo) -> str:
        return f"{stage_label(c.from_stage)} → {stage_label(c.to_stage)}"

    def _fill_caseload(self, view: TodayView) -> None:
        assert self.caseload is not None
        self.caseload.set_rows([
            (row.user_id, [row.display_name, number_item(row.active_cases),
                           number_item(row.overdue, row.overdue > 0)])
            for row in view.caseload])

    def _fill_missing(self, view: TodayView) -> None:
        assert self.missing is not None and self.missing_total is not None
        labels = item_labels()
        rows = []
        for row in view.missing:
            letters = QTableWidgetItem(", ".join(row.missing))
            letters.setToolTip("\n".join(f"{code} — {labels.get(code, code)}"
                                         for code in row.missing))
            rows.append((row.case_id, [row.case_number, row.full_name,
                                       row.assigned_name or "—", letters]))
        self.missing.set_rows(rows)
        if view.missing_total > len(view.missing):
            text = self.tr("{total} kasus aktif belum lengkap pencatatannya; ditampilkan "
                           "{shown} dengan kekurangan terbanyak.")
        else:
            text = self.tr("{total} kasus aktif belum lengkap pencatatannya.")
        self.missing_total.setText(text.format(total=view.missing_total,
                                               shown=len(view.missing)))

    # -- actions --------------------------------------------------------------------------
    def _case_of_change(self, change_id: str) -> str:
        change = self.pending.get(change_id)
        return change.case_id if change else ""

    def _open_row(self, table: ListTable | None, row: int, to_case=None) -> None:
        if table is None or row < 0:
            return
        key = table.key_at(row)
        case_id = to_case(key) if to_case else key
        if case_id:
            self.case_opened.emit(case_id)

    def selected_change(self) -> StageChangeInfo | None:
        if self.approvals is None:
            return None
        return self.pending.get(self.approvals.current_key())

    def _update_buttons(self) -> None:
        if self.approvals is None:
            return
        chosen = self.selected_change() is not None
        for button in (self.approve_button, self.return_button, self.open_change_button):
            button.setEnabled(chosen)

    def approve_selected(self) -> None:
        change = self.selected_change()
        if change is None:
            return
        note = self.tr("Perubahan tahap kasus {number} disetujui: {change}.").format(
            number=change.case_number, change=self.change_text(change))
        self.ctx.ops.change(self.ctx.backend.casework.review_stage_change, change.id, True, "",
                            on_done=lambda changes: self._reviewed(changes, note),
                            on_error=self._failed)

    def return_selected(self) -> CommentDialog | None:
        change = self.selected_change()
        if change is None:
            return None
        dialog = CommentDialog(
            self.tr("Kembalikan perubahan tahap"),
            self.tr("Kasus {number}: {change}.\nTulis catatan untuk pendamping (wajib): apa "
                    "yang perlu dilengkapi atau diperbaiki.").format(
                number=change.case_number, change=self.change_text(change)),
            self.tr("Kembalikan"), required=True, parent=self)
        dialog.setObjectName("returnDialog")
        dialog.accepted.connect(lambda: self._return(change, dialog.text()))
        dialog.open()
        return dialog

    def _return(self, change: StageChangeInfo, comment: str) -> None:
        note = self.tr("Perubahan tahap kasus {number} dikembalikan kepada pendamping.").format(
            number=change.case_number)
        self.ctx.ops.change(self.ctx.backend.casework.review_stage_change, change.id, False, comment,
                            on_done=lambda changes: self._reviewed(changes, note),
                            on_error=self._failed)

    def _reviewed(self, changes: ChangeSet, note: str) -> None:
        self.message.setText(note)
        self.message.show()
        self.error.hide()
        if not self.isVisible():
            self.refresh()

    def _data_changed(self, changes: ChangeSet) -> None:
        if not (changes.cases or changes.rules or changes.users) or not self._loaded:
            return
        if self.isVisible():  # a hidden page refreshes when it is shown again
            self.refresh()

    def clear(self) -> None:
        for dialog in self.findChildren(CommentDialog):
            dialog.reject()  # an open return dialog names a case
        self._request += 1
        self._loaded = False
        self.view = None
        self.pending = {}
        self.date_label.clear()
        self.summary.clear()
        self.actions.clear()
        self.message.clear()
        self.message.hide()
        self.error.hide()
        self.mine_model.set_rows(())
        if self.office is not None:
            self.office.clear()
        for table in (self.approvals, self.caseload, self.missing):
            if table is not None:
                table.clear_rows()
        if self.missing_total is not None:
            self.missing_total.clear()
        self._update_tab_titles()
        self._update_buttons()
