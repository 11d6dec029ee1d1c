"""One case: a header line (stage, days in stage, caseworker, status; handover and
sharing) over tabs: Ringkasan (identity and intake), Perlindungan, Pemberdayaan, Layanan
(the service tracks), Persetujuan, Kelengkapan & Hambatan and Riwayat.

The page opens a case, hands it to each tab, and opens the dialogs its tabs ask for (a
record, hand-over, sharing); printing and group sessions have their own modules."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.forms import FACT_CHILD
from ...services.change_set import ChangeSet
from ...services.dto import CaseDetail, RecordInfo
from .. import theme
from ..context import AppContext
from ..dialogs.case_access import HandoverDialog, ShareDialog
from ..labels import casework_config, code_label, message_for, stage_label
from ..sync.read_only import CaseOwnership
from ..theme import Role
from .base import BasePage
from .case_documents import CaseDocuments
from .case_group_sessions import CaseGroupSessions
from .casework_common import fmt_date
from .consent_tab import ConsentTab
from .empowerment_tab import EmpowermentTab
from .history_tab import HistoryTab
from .items_tab import ItemsTab
from .protection_tab import ProtectionTab
from .record_dialog import RecordDialog
from .services_tab import ServicesTab
from .summary_tab import SummaryTab

FORMER_VICTIM = "EKS"


class CasePage(BasePage):
    back_requested = Signal()
    # The shown case is no longer visible to this user (handed over): back to the list.
    case_left = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: CaseDetail | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Daftar Kasus"), self)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        theme.apply(self.title, Role.TITLE)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        outer.addLayout(top)
        self.documents = CaseDocuments(ctx, self)
        self._build_header(outer)
        self.notice = QLabel(self)
        self.notice.setObjectName("caseNotice")
        theme.apply(self.notice, Role.BANNER_DONE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.error = QLabel(self)
        self.error.setObjectName("caseError")
        self.error.setWordWrap(True)
        theme.apply(self.error, Role.ERROR)
        self.error.hide()
        outer.addWidget(self.error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self.summary_tab = SummaryTab(self.tabs)
        self.protection = ProtectionTab(self.tabs)
        self.empowerment = EmpowermentTab(ctx, self.tabs)
        self.services = ServicesTab(self.tabs)
        self.consent = ConsentTab(ctx, self.tabs)
        self.items = ItemsTab(self.tabs)
        self.history = HistoryTab(self.tabs)
        self.tabs.addTab(self.summary_tab, self.tr("Ringkasan"))
        self.tabs.addTab(self.protection, self.tr("Perlindungan"))
        self.tabs.addTab(self.empowerment, self.tr("Pemberdayaan"))
        self.tabs.addTab(self.services, self.tr("Layanan"))
        self.tabs.addTab(self.consent, self.tr("Persetujuan"))
        self.tabs.addTab(self.items, self.tr("Kelengkapan && Hambatan"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))
        # A case owned by another device: banner, writing buttons held disabled (issue 10).
        self.ownership = CaseOwnership(ctx, self, [self.header, self.tabs])
        self.header.layout().addWidget(self.ownership.transfer_button)
        outer.insertWidget(outer.indexOf(self.header) + 1, self.ownership.banner)
        for tab in (self.protection, self.empowerment, self.items, self.services):
            tab.add_requested.connect(self.add_record)
            tab.edit_requested.connect(self.edit_record)
        self.documents.saved.connect(self._show_notice)
        self.documents.failed.connect(self._show_error)
        self.group_sessions = CaseGroupSessions(ctx, self)
        self.group_sessions.failed.connect(self._show_error)
        self.services.print_requested.connect(self._print_record)
        self.services.group_session_requested.connect(self._open_group_session)
        self.services.group_session_edit_requested.connect(self._open_group_session)
        self.services.group_session_delete_requested.connect(self.group_sessions.delete)
        self.names: dict[str, str] = {}  # directory institution id -> name, for summaries
        self.empowerment.protection_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.protection))
        self.timeline = self.history.timeline
        self.record_dialog: RecordDialog | None = None
        self.access_dialog: QDialog | None = None
        self.listen(ctx.bus.data_changed, self._data_changed)

    def _build_header(self, outer: QVBoxLayout) -> None:
        """Stage · days in stage · caseworker · status, and the handover / share buttons."""
        self.header = QFrame(self)
        self.header.setObjectName("caseHeader")
        theme.apply(self.header, Role.BOX_PANEL)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(8, 4, 8, 4)
        # Stage · days in stage · caseworker · status in one label, so that a long stage or
        # caseworker name wraps onto a second line only when the window is narrow.
        self.header_parts: dict[str, str] = {}
        self.header_text = QLabel(self.header)
        self.header_text.setObjectName("headerText")
        self.header_text.setWordWrap(True)
        self.header_text.setTextFormat(Qt.TextFormat.RichText)
        self.header_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.header_text, 1)
        self.handover_button = QPushButton(self.tr("Serah terima…"), self.header)
        self.handover_button.setObjectName("handover")
        self.handover_button.clicked.connect(lambda: self.open_access_dialog(HandoverDialog))
        self.share_button = QPushButton(self.tr("Bagikan…"), self.header)
        self.share_button.setObjectName("share")
        self.share_button.clicked.connect(lambda: self.open_access_dialog(ShareDialog))
        self.summary_button = QPushButton(self.tr("Ringkasan kasus…"), self.header)
        self.summary_button.setObjectName("print_caseSummary")  # reads: kept on read-only cases
        self.summary_button.setToolTip(self.tr(
            "Cetak seluruh berkas kasus sebagai PDF: untuk arsip PPT, atau untuk pihak lain "
            "sebatas persetujuan korban"))
        summary_menu = QMenu(self.summary_button)
        for purpose, label in self.documents.summary_purposes():
            summary_menu.addAction(label, lambda p=purpose: self._print_summary(p))
        self.summary_button.setMenu(summary_menu)
        row.addWidget(self.summary_button)
        row.addWidget(self.handover_button)
        row.addWidget(self.share_button)
        self.header.hide()
        outer.addWidget(self.header)

    # -- loading -------------------------------------------------------------------
    def load(self, case_id: str, notice: str = "") -> None:
        self.clear()
        self.tabs.setCurrentIndex(0)
        if notice:
            self._show_notice(notice)
        self.ctx.ops.query(self.ctx.backend.cases.open, case_id, on_done=self.show_case,
                           on_error=self._failed)

    def reload(self) -> None:
        """Read the shown case again (after a save), keeping the tab and stage shown."""
        if self.detail is not None:
            self.ctx.ops.query(self.ctx.backend.cases.open, self.detail.id,
                               on_done=self.show_case, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        """Nothing of a case that could not be read stays on screen (e.g. handed over)."""
        was_shown = self.detail is not None
        self.clear()
        if was_shown and getattr(exc, "code", None) == "case_not_visible":
            self.case_left.emit(self.tr(
                "Kasus sudah diserahkan kepada pendamping lain dan tidak lagi terbuka untuk "
                "Anda."))
            return
        self._show_error(exc)

    def show_case(self, detail: CaseDetail) -> None:
        if not self.ctx.backend.session.is_unlocked:
            return
        same_case = self.detail is not None and self.detail.id == detail.id
        self.ownership.before_show()
        self.detail = detail
        self.error.hide()
        self.title.setText(f"{detail.case_number} — {detail.intake.full_name}")
        self.summary_tab.show_case(detail)
        work = detail.work
        if work is None:
            return
        today = self.ctx.backend.deps.clock.today()
        self._fill_header(detail, today)
        users: dict[str, str] = {}
        self.protection.show_work(work, today, users)
        self.empowerment.show_work(work, today, users, same_case)
        self.consent.show_work(detail.id, work, bool(work.is_child_today))
        self.items.show_work(work, users)
        self.services.show_work(work, self.names, self.ctx.user.grants)
        self.history.show_entries(detail.timeline)
        self.ownership.show(detail)
        if not self.names:
            self.ctx.ops.query(self.ctx.backend.directory.search, "", "", True,
                               on_done=self._directory)

    def _directory(self, items) -> None:
        self.names = {i.id: i.display for i in items}
        if self.detail is not None and self.detail.work is not None:
            self.services.show_work(self.detail.work, self.names, self.ctx.user.grants)

    def _fill_header(self, detail: CaseDetail, today) -> None:
        work = detail.work
        parts = {"stage": self.tr("Tahap: <b>{stage}</b>").format(
            stage=html.escape(stage_label(work.stage)))}
        if work.stage_since is not None:
            parts["days"] = self.tr("{days} hari di tahap ini (sejak {date})").format(
                days=(today - work.stage_since).days, date=fmt_date(work.stage_since))
        parts["assigned"] = self.tr("Pendamping: {name}").format(
            name=html.escape(detail.assigned_name or "—"))
        statuses = {"AKTIF": self.tr("Aktif"), "SELESAI": self.tr("Selesai")}
        status = statuses.get(detail.status, detail.status)
        if work.victim_status == FORMER_VICTIM:
            status += " · " + code_label("victim_status", FORMER_VICTIM)
        parts["status"] = self.tr("Status: {status}").format(status=status)
        self.header_parts = parts
        separator = " " + theme.html(Role.FAINT, "&nbsp;|&nbsp;") + " "
        self.header_text.setText(separator.join(
            f"<span style='white-space: nowrap'>{part}</span>" for part in parts.values()))
        self.header.show()

    # -- records, handover, sharing, printing, group sessions ------------------------------
    def add_record(self, kind: str) -> RecordDialog | None:
        return self._open_record(kind, None)

    def edit_record(self, kind: str, record_id: str) -> RecordDialog | None:
        work = self.detail.work if self.detail is not None else None
        record = next((r for r in work.records if r.id == record_id), None) if work else None
        if record is None:
            return None
        return self._open_record(kind, record)

    def _open_record(self, kind: str, record: RecordInfo | None) -> RecordDialog | None:
        if self.detail is None or self.ownership.read_only:
            return None
        self._close_record_dialog()
        form = casework_config().forms[kind]
        work = self.detail.work
        facts = {FACT_CHILD: bool(work.is_child_today)} if work is not None else {}
        self.record_dialog = RecordDialog(self.ctx, self.detail.id, form, record,
                                          self.ctx.backend.deps.clock.today(), parent=self,
                                          facts=facts)
        self.record_dialog.open()
        return self.record_dialog

    def _close_record_dialog(self) -> None:
        if self.record_dialog is not None:
            self.record_dialog.wipe()
            self.record_dialog.deleteLater()
            self.record_dialog = None

    def open_access_dialog(self, dialog_class: type[HandoverDialog] | type[ShareDialog]
                           ) -> QDialog | None:
        """Serah terima… / Bagikan… (dialogs/case_access.py)."""
        if self.detail is None or self.detail.work is None or self.ownership.read_only:
            return None
        self._close_access_dialog()
        # The dialogs announce their changes on the bus; the page reloads from there.
        self.access_dialog = dialog_class(self.ctx, self.detail.id, self.detail.work, self)
        self.access_dialog.open()
        return self.access_dialog

    def _close_access_dialog(self) -> None:
        if self.access_dialog is not None:
            self.access_dialog.reject()
            self.access_dialog.deleteLater()
            self.access_dialog = None

    def _print_record(self, kind: str, record_id: str) -> None:
        if self.detail is not None:
            self.error.hide()
            self.documents.print_record(self.detail.id, self.detail.case_number, kind,
                                        record_id)

    def _print_summary(self, purpose: str) -> None:
        if self.detail is not None:
            self.error.hide()
            self.documents.print_summary(self.detail.id, self.detail.case_number, purpose)

    def _open_group_session(self, session_id: str | None = None) -> None:
        if self.detail is not None:
            self.group_sessions.open(self.detail, session_id)

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.directory:
            self.names = {}  # read the directory again on the next show
        if self.detail is not None and (changes.touches_case(self.detail.id) or changes.rules):
            self.reload()

    def clear(self) -> None:
        self.detail = None
        self.title.clear()
        self.notice.hide()
        self.error.hide()
        self._close_record_dialog()
        self._close_access_dialog()
        self.group_sessions.close()
        self.ownership.clear()
        self.header_parts = {}
        self.header_text.clear()
        self.header.hide()
        for tab in (self.summary_tab, self.protection, self.empowerment, self.services,
                    self.consent, self.items, self.history):
            tab.clear()
