"""Susun rencana tahap 3 dari keputusan: the service fills the case's stage-3 plan from a held
conference (problem focus, decisions, action items, the sidang kasus tick); a complete plan
is saved at once, an incomplete one opens in its form, filled in, for the caseworker to
finish and save."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain.forms import FACT_CHILD
from ...services.dto import CaseDetail
from ..context import AppContext
from ..labels import casework_config
from ..pages.casework_common import sort_records
from ..pages.record_dialog import RecordDialog

PLAN_FORM = "tahap_3"


class Stage3Plan(QObject):
    notice = Signal(str)
    failed = Signal(object)  # the exception, for message_for

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.dialog: RecordDialog | None = None

    def start(self, conference_id: str, case_id: str, label: str) -> None:
        self.ctx.ops.change(self.ctx.backend.conferences.start_plan, conference_id, case_id,
                            on_done=lambda r: self._started(case_id, label, r),
                            on_error=self.failed.emit)

    def _started(self, case_id: str, label: str, result) -> None:
        _changes, record_id, payload = result
        if record_id is not None:
            self.notice.emit(self.tr("Rencana tahap 3 untuk {case} disimpan dari keputusan "
                                     "sidang.").format(case=label))
            return
        self.ctx.ops.query(self.ctx.backend.cases.open, case_id,
                           on_done=lambda detail: self._open_form(detail, payload, label),
                           on_error=self.failed.emit)

    def _open_form(self, detail: CaseDetail, payload: dict, label: str) -> None:
        work = detail.work
        plans = sort_records([r for r in work.records if r.kind == PLAN_FORM]) if work else []
        self.close()
        facts = {FACT_CHILD: bool(work.is_child_today)} if work is not None else {}
        self.dialog = RecordDialog(self.ctx, detail.id, casework_config().forms[PLAN_FORM],
                                   plans[0] if plans else None,
                                   self.ctx.backend.deps.clock.today(),
                                   parent=self.parent_widget, facts=facts)
        self.dialog.form.set_payload(payload)
        self.dialog.saved.connect(lambda *_: self.notice.emit(self.tr(
            "Rencana tahap 3 untuk {case} disimpan.").format(case=label)))
        self.dialog.open()
        self.notice.emit(self.tr("Rencana tahap 3 untuk {case} diisi dari keputusan sidang; "
                                 "lengkapi isian yang masih kosong lalu simpan.").format(
            case=label))

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.wipe()
            self.dialog.deleteLater()
            self.dialog = None
