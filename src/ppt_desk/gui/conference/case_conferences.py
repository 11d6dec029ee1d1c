"""The conferences of one case, on the stage-2 and stage-3 panels of the Pemberdayaan tab:
Rencanakan pembahasan kasus… (stage 2) or Rencanakan sidang kasus… (stage 3), the list of the
case's conferences of every kind, and opening one in the presenter's window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.conference import KIND_STAGE
from ...services.change_set import ChangeSet
from ...services.conference_dto import ConferenceSummary
from ...services.dto import CaseDetail, CaseWork
from ..context import AppContext
from ..labels import message_for
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, number_item
from .plan_dialog import PlanDialog
from .presenter_window import PresenterWindow
from .texts import status_text

DATE = "%d/%m/%Y"
# The stage whose panel plans a conference, and the kind it plans there (the service's rule).
STAGE_KINDS = {stage: kind for kind, stage in KIND_STAGE.items() if stage}
CLOSED = "TERMINASI"


class PresenterHost(QObject):
    """Holds the presenter's window of the main window it belongs to, so that opening another
    case keeps the conference open; hiding the main window (lock, switch user) closes it and
    darkens the projector. At most one conference is presented at a time."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("presenterHost")
        self.window = window
        self.presenter: PresenterWindow | None = None
        window.installEventFilter(self)

    @staticmethod
    def of(window: QWidget) -> "PresenterHost":
        return window.findChild(PresenterHost, "presenterHost") or PresenterHost(window)

    def open(self, ctx: AppContext, conference_id: str) -> PresenterWindow:
        if self.presenter is not None and self.presenter.conference_id == conference_id:
            self.presenter.show()
            self.presenter.raise_()
            self.presenter.activateWindow()
            return self.presenter
        self.close()
        self.presenter = PresenterWindow(ctx, conference_id, self.window)
        self.presenter.closed.connect(self._closed)
        self.presenter.show()
        return self.presenter

    def _closed(self) -> None:
        """The presenter closed the window (its projector already stopped)."""
        if self.presenter is not None:
            self.presenter.deleteLater()
            self.presenter = None

    def close(self) -> None:
        if self.presenter is not None:
            self.presenter.wipe()
            self.presenter.deleteLater()
            self.presenter = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Hide
                and not event.spontaneous()):  # hidden by the app (lock), not minimised
            self.close()
        return False


class CaseConferences(QGroupBox):
    def __init__(self, ctx: AppContext, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = STAGE_KINDS[stage]
        self.case_id = ""
        self.summaries: dict[str, ConferenceSummary] = {}
        self.dialog: PlanDialog | None = None
        self._request = 0
        self.setObjectName(f"conferences_{stage}")
        self.setTitle(self.tr("Pertemuan pembahasan kasus") if self.kind == "PEMBAHASAN_KASUS"
                      else self.tr("Sidang kasus (case conference)"))
        layout = QVBoxLayout(self)
        self.table = ListTable([self.tr("Tanggal"), self.tr("Jenis"), self.tr("Status"),
                                self.tr("Tempat"), self.tr("Tindak lanjut terbuka")],
                               self.tr("Belum ada pertemuan yang direncanakan untuk kasus ini."),
                               f"conferenceList_{stage}", self)
        self.table.set_widths({0: 90, 1: 210, 2: 110, 3: 180})
        self.table.table.setMaximumHeight(120)
        self.table.table.activated.connect(lambda _index: self.open_selected())
        self.table.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.plan_button = QPushButton(
            self.tr("Rencanakan pembahasan kasus…") if self.kind == "PEMBAHASAN_KASUS"
            else self.tr("Rencanakan sidang kasus…"), self)
        self.plan_button.setObjectName(f"planConference_{stage}")
        self.plan_button.clicked.connect(self.plan)
        self.open_button = QPushButton(self.tr("Buka ruang sidang…"), self)
        self.open_button.setObjectName(f"openConference_{stage}")
        self.open_button.setToolTip(self.tr("Agenda, keputusan dan layar proyektor (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.plan_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = error_label(self, f"conferenceError_{stage}")
        layout.addWidget(self.error)
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------
    def show_work(self, work: CaseWork) -> None:
        self.case_id = work.case_id
        wanted = KIND_STAGE.get(self.kind)  # the service's rule: which stage plans this kind
        self.plan_button.setEnabled(work.stage != CLOSED and wanted in (None, work.stage))
        self.refresh()

    def refresh(self) -> None:
        if not self.case_id:
            return
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.conferences.for_case, self.case_id,
                           on_done=lambda rows: self._show(request, rows),
                           on_error=self._failed)

    def _show(self, request: int, rows: list[ConferenceSummary]) -> None:
        if request != self._request:
            return
        self.summaries = {r.id: r for r in rows}
        self.table.set_rows([
            (r.id, [(r.held_on or r.planned_on).strftime(DATE), r.kind_label,
                    status_text(r.status), r.place,
                    number_item(r.open_actions, False)]) for r in rows])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.table.current_key()))

    # -- actions ------------------------------------------------------------------------
    def plan(self) -> None:
        """Rencanakan…: the dialog, with this case first (its number and name read now)."""
        if not self.case_id:
            return
        self.error.hide()
        self.ctx.ops.query(self.ctx.backend.cases.open, self.case_id,
                           on_done=self._open_plan, on_error=self._failed)

    def _open_plan(self, detail: CaseDetail) -> None:
        self._close_dialog()
        label = f"{detail.case_number} — {detail.intake.full_name}"
        self.dialog = PlanDialog(self.ctx, [(detail.id, label)], self.kind,
                                 self.ctx.backend.deps.clock.today(), self.window())
        self.dialog.saved.connect(self._planned)
        self.dialog.open()

    def _planned(self, _changes: ChangeSet, conference_id: str) -> None:
        self.open_presenter(conference_id)

    def open_selected(self) -> None:
        key = self.table.current_key()
        if key:
            self.open_presenter(key)

    def open_presenter(self, conference_id: str) -> PresenterWindow:
        """The presenter's window of one conference; it outlives this case page (the
        presenter may look at another case meanwhile) until the app is locked."""
        return PresenterHost.of(self.window()).open(self.ctx, conference_id)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.wipe()
            self.dialog.deleteLater()
            self.dialog = None

    def clear(self) -> None:
        """Lock or another case: the plan dialog and the list go (the presenter's window
        is closed by its host when the app locks)."""
        self._request += 1
        self.case_id = ""
        self.summaries = {}
        self._close_dialog()
        self.table.clear_rows()
        self.error.hide()
        self._update_buttons()
