"""The "Kirim ke Provinsi" tab: what would be sent now (events, cases with identity or under a
pseudonym, the secretariat it goes to) or why nothing can be, and the button that opens the
export dialog."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...services.sync.dto import ExportPlan, ExportResult
from .. import theme
from ..context import AppContext
from ..labels import error_text, message_for
from ..theme import Role
from ..widgets.messages import error_label
from .drives import Drive
from .export_dialog import ExportDialog
from .texts import export_result_text


class ExportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ExportPlan | None = None
        self.drives: list[Drive] | None = None   # tests hand in drives; None asks the system
        self._request = 0
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Mengirim ke Sekretariat Gugus Tugas provinsi semua perubahan yang belum "
            "dikonfirmasi diterima. Identitas korban hanya ikut bila korban menyetujui berbagi "
            "data dengan Sekretariat (atau ada dasar hukum yang dicatat); selain itu nama, NIK, "
            "alamat rinci, telepon dan identitas wali diganti pseudonim yang tidak dapat dibuka "
            "provinsi. Penanganan, layanan dan hasilnya tetap dikirim."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)

        self.frame = QFrame(self)
        self.frame.setObjectName("exportPlanBox")
        theme.apply(self.frame, Role.BOX_PANEL)
        form = QFormLayout(self.frame)
        self.recipient = QLabel(self.frame)
        self.recipient.setObjectName("planRecipient")
        self.events = QLabel(self.frame)
        self.events.setObjectName("planEvents")
        self.identity = QLabel(self.frame)
        self.identity.setObjectName("planIdentity")
        self.pseudonym = QLabel(self.frame)
        self.pseudonym.setObjectName("planPseudonym")
        form.addRow(self.tr("Tujuan:"), self.recipient)
        form.addRow(self.tr("Kejadian yang dikirim:"), self.events)
        form.addRow(self.tr("Kasus dengan identitas:"), self.identity)
        form.addRow(self.tr("Kasus dengan pseudonim:"), self.pseudonym)
        layout.addWidget(self.frame)

        self.problem = QLabel(self)
        self.problem.setObjectName("planProblem")
        self.problem.setWordWrap(True)
        theme.apply(self.problem, Role.WARNING_STRONG)
        self.problem.hide()
        layout.addWidget(self.problem)

        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Kirim ke Provinsi…"), self)
        self.send_button.setObjectName("openExport")
        self.send_button.clicked.connect(self.open_export)
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.role_note = QLabel(self.tr(
            "Hanya pendamping atau supervisor yang dapat mengirim data kasus."), self)
        self.role_note.setWordWrap(True)
        theme.apply(self.role_note, Role.HINT)
        self.role_note.setVisible(not ctx.sees_cases)
        layout.addWidget(self.role_note)
        self.last = QLabel(self)
        self.last.setObjectName("lastExport")
        self.last.setWordWrap(True)
        theme.apply(self.last, Role.BANNER_DONE)
        self.last.hide()
        layout.addWidget(self.last)
        self.error = error_label(self, "exportPlanError")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._show_plan(None)

    def refresh(self) -> None:
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.sync.export_plan,
                           on_done=lambda plan: self._loaded(request, plan),
                           on_error=self._failed)

    def _loaded(self, request: int, plan: ExportPlan) -> None:
        if request == self._request:
            self.error.hide()
            self._show_plan(plan)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show_plan(self, plan: ExportPlan | None) -> None:
        self.plan = plan
        dash = "—"
        self.recipient.setText(plan.recipient_office or dash if plan else dash)
        self.events.setText(str(plan.events) if plan else dash)
        counted = plan is not None and plan.events > 0   # cases only go with their events
        self.identity.setText(str(plan.cases_with_identity) if counted else dash)
        self.pseudonym.setText(str(plan.cases_pseudonymised) if counted else dash)
        self.problem.setText(error_text(plan.problem) if plan and plan.problem else "")
        self.problem.setVisible(bool(plan and plan.problem))
        self.send_button.setEnabled(bool(plan and not plan.problem and self.ctx.sees_cases))

    def open_export(self) -> ExportDialog | None:
        if self.plan is None or self.plan.problem or not self.ctx.sees_cases:
            return None
        dialog = ExportDialog(self.ctx, self.plan, self, self.drives)
        dialog.sent.connect(self._sent)
        dialog.open()
        return dialog

    def _sent(self, result: ExportResult) -> None:
        self.last.setText(export_result_text(result))
        self.last.show()

    def clear(self) -> None:
        for dialog in self.findChildren(ExportDialog):
            dialog.reject()   # a running export is asked to stop first
        self._request += 1
        self._show_plan(None)
        self.last.clear()
        self.last.hide()
        self.error.hide()
