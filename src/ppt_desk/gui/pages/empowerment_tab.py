"""Pemberdayaan: the stage strip (``stage_strip``), each stage's forms with the seed's checklist, moving to
another stage (Pindah tahap…) and the approval of pending stage changes."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ...domain.casework import PROTECTION, TERMINATED, StageDef
from ...services.dto import CaseWork, StageChangeInfo
from .. import theme
from ..conference.case_conferences import STAGE_KINDS, CaseConferences
from ..context import AppContext
from ..i18n import current_language
from ..labels import casework_config, error_text, message_for, stage_label
from ..theme import Role
from ..widgets.field_values import cite_tip
from .casework_common import RecordList, fmt_date, sort_records
from .stage_dialog import StageDialog, missing_text
from .stage_strip import StageStrip, strip_text


class _Checklist(QGroupBox):
    """The checklist activities of one form, ticked from its newest record."""

    def __init__(self, kind: str, parent: QWidget) -> None:
        super().__init__(self.tr("Daftar periksa"), parent)
        form = casework_config().forms[kind]
        self.kind = kind
        self.setObjectName(f"checklist_{kind}")
        lang = current_language()
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.items: dict[str, tuple[QLabel, str]] = {}
        for fd in form.fields:
            if fd.type == "bool" and fd.checklist:
                label = QLabel(self)
                label.setObjectName(f"check_{kind}_{fd.key}")
                label.setWordWrap(True)
                label.setToolTip(cite_tip(fd.cite))
                layout.addWidget(label)
                self.items[fd.key] = (label, fd.label(lang))
        self.show_marks({})

    def show_marks(self, payload: dict) -> None:
        for key, (label, text) in self.items.items():
            done = bool(payload.get(key))
            label.setText(("☑ " if done else "☐ ") + text)
            theme.apply(label, Role.DONE if done else Role.TEXT)
            label.setProperty("done", done)


class _StagePanel(QWidget):
    def __init__(self, stage: StageDef, tab: "EmpowermentTab") -> None:
        super().__init__(tab)
        self.stage = stage
        lang = current_language()
        config = casework_config()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        title = QLabel(self)
        title.setObjectName(f"panelTitle_{stage.code}")
        title.setText(f"<b>{strip_text(stage, lang)}</b>")
        title.setToolTip(cite_tip(stage.cite))  # the source in the tooltip, not the text
        layout.addWidget(title)
        self.gate = QLabel(self)
        self.gate.setObjectName(f"gate_{stage.code}")
        self.gate.setWordWrap(True)
        self.gate.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.gate)
        self.lists: dict[str, RecordList] = {}
        self.checklists: dict[str, _Checklist] = {}
        if stage.code == PROTECTION:
            note = QLabel(self.tr("Formulir perlindungan diisi di tab Perlindungan."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
            self.to_protection = QPushButton(self.tr("Buka tab Perlindungan"), self)
            self.to_protection.setObjectName("toProtection")
            self.to_protection.clicked.connect(tab.protection_requested.emit)
            row = QHBoxLayout()
            row.addWidget(self.to_protection)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            for kind in stage.forms:
                form = config.forms[kind]
                records = RecordList(form, self)
                records.add_requested.connect(tab.add_requested.emit)
                records.edit_requested.connect(tab.edit_requested.emit)
                layout.addWidget(records)
                self.lists[kind] = records
                if any(f.checklist for f in form.fields):
                    checklist = _Checklist(kind, self)
                    layout.addWidget(checklist)
                    self.checklists[kind] = checklist
        # Stage 2 and 3: the case's conferences and Rencanakan… (gui/conference, issue 12).
        self.conferences = (CaseConferences(tab.ctx, stage.code, self)
                            if stage.code in STAGE_KINDS else None)
        if self.conferences is not None:
            layout.addWidget(self.conferences)
        self.move_here = QPushButton(self.tr("Pindah ke tahap ini…"), self)
        self.move_here.setObjectName(f"moveTo_{stage.code}")
        self.move_here.clicked.connect(lambda: tab.move_to(stage.code))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.move_here)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_work(self, work: CaseWork, users: dict[str, str]) -> None:
        records = list(work.records)
        closed = work.stage == TERMINATED
        for kind, records_list in self.lists.items():
            editable = not closed or kind == "terminasi"
            records_list.show_records(records, editable, editable, users)
        for kind, checklist in self.checklists.items():
            newest = sort_records([r for r in records if r.kind == kind])
            checklist.show_marks(newest[0].payload if newest else {})
        self.move_here.setVisible(work.stage != self.stage.code)
        if self.conferences is not None:
            self.conferences.show_work(work)
        if work.stage == self.stage.code:
            self.gate.setText(gate_text(work))
            self.gate.show()
        else:
            self.gate.clear()
            self.gate.hide()

    def clear(self) -> None:
        for records_list in self.lists.values():
            records_list.clear()
        for checklist in self.checklists.values():
            checklist.show_marks({})
        self.gate.clear()
        if self.conferences is not None:
            self.conferences.clear()


def gate_text(work: CaseWork) -> str:
    """What each way out of the current stage still lacks (rich text)."""
    lines = []
    for option in work.options:
        if option.reopen:
            continue
        name = stage_label(option.target)
        if option.ready:
            ready = QCoreApplication.translate("EmpowermentTab", "{stage}: syarat lengkap")
            lines.append(theme.html(Role.DONE, "→ " + ready.format(stage=name)))
        else:
            lines.append("→ " + QCoreApplication.translate(
                "EmpowermentTab", "{stage}: belum lengkap — {missing}").format(
                stage=name, missing=missing_text(option.missing)))
    if not lines:
        return ""
    title = QCoreApplication.translate("EmpowermentTab", "Syarat pindah tahap")
    return "<b>" + title + "</b><br>" + "<br>".join(lines)


def stage_help(code: str) -> str:
    """One paragraph: what the stage ``code`` is for and which stage comes next (rich text,
    from the stages' descriptions in resources/casework/stages.json)."""
    config = casework_config()
    lang = current_language()
    try:
        stage = config.stage(code)
    except KeyError:
        return ""
    text = "<b>" + strip_text(stage, lang) + "</b>: " + stage.description(lang)
    following = config.next_stage(code)
    if following is not None:
        text += " " + QCoreApplication.translate(
            "EmpowermentTab", "Berikutnya: <b>{stage}</b> — {description}").format(
            stage=strip_text(following, lang), description=following.description(lang))
    return text


class EmpowermentTab(QWidget):
    add_requested = Signal(str)
    edit_requested = Signal(str, str)
    protection_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.work: CaseWork | None = None
        self.stage_dialog: StageDialog | None = None
        self._pending: StageChangeInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.strip = StageStrip(self)
        self.strip.stage_selected.connect(self._show_stage)
        layout.addWidget(self.strip)
        status = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("stageStatus")
        self.status.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Pindah tahap…"), self)
        self.move_button.setObjectName("moveStage")
        self.move_button.clicked.connect(lambda: self.open_stage_dialog())
        status.addWidget(self.status, 1)
        status.addWidget(self.move_button)
        layout.addLayout(status)
        # What the current phase is for and what comes next (stages.json descriptions):
        # a new case starts in Perlindungan Sosial, before the guide's stage 1.
        self.help = QLabel(self)
        self.help.setObjectName("stageHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        theme.apply(self.help, Role.HINT)
        layout.addWidget(self.help)
        self._build_pending(layout)
        self.message = QLabel(self)
        self.message.setObjectName("stageMessage")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.ERROR)
        self.message.hide()
        layout.addWidget(self.message)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget(self.scroll)
        self.panels: dict[str, _StagePanel] = {}
        for stage in casework_config().stages:
            panel = _StagePanel(stage, self)
            self.stack.addWidget(panel)
            self.panels[stage.code] = panel
        self.scroll.setWidget(self.stack)
        layout.addWidget(self.scroll, 1)
        self.clear()

    def _build_pending(self, layout: QVBoxLayout) -> None:
        self.pending_box = QFrame(self)
        self.pending_box.setObjectName("pendingBox")
        box = QVBoxLayout(self.pending_box)
        self.pending_text = QLabel(self.pending_box)
        self.pending_text.setObjectName("pendingText")
        self.pending_text.setWordWrap(True)
        box.addWidget(self.pending_text)
        self.review_row = QWidget(self.pending_box)
        review = QHBoxLayout(self.review_row)
        review.setContentsMargins(0, 0, 0, 0)
        self.review_comment = QLineEdit(self.review_row)
        self.review_comment.setObjectName("reviewComment")
        self.review_comment.setPlaceholderText(self.tr("Catatan untuk pendamping (wajib bila "
                                                       "dikembalikan)"))
        self.approve_button = QPushButton(self.tr("Setujui"), self.review_row)
        self.approve_button.setObjectName("approveStage")
        self.return_button = QPushButton(self.tr("Kembalikan"), self.review_row)
        self.return_button.setObjectName("returnStage")
        self.approve_button.clicked.connect(lambda: self.review(True))
        self.return_button.clicked.connect(lambda: self.review(False))
        review.addWidget(self.review_comment, 1)
        review.addWidget(self.approve_button)
        review.addWidget(self.return_button)
        box.addWidget(self.review_row)
        layout.addWidget(self.pending_box)

    # -- showing -----------------------------------------------------------------------------
    def show_work(self, work: CaseWork, today: date, users: dict[str, str],
                  same_case: bool) -> None:
        moved = self.work is None or self.work.stage != work.stage or not same_case
        self.work = work
        self.strip.set_current(work.stage)
        for panel in self.panels.values():
            panel.show_work(work, users)
        if moved or not self.strip.selected_code():
            self.strip.select(work.stage)
        days = (today - work.stage_since).days if work.stage_since else None
        text = self.tr("Tahap sekarang: <b>{stage}</b>").format(stage=stage_label(work.stage))
        if work.stage_since is not None:
            text += " " + self.tr("sejak {date} ({days} hari)").format(
                date=fmt_date(work.stage_since), days=days)
        self.status.setText(text)
        self.help.setText(stage_help(work.stage))
        self.help.setVisible(bool(self.help.text()))
        if not same_case:
            self.message.hide()
        self._show_changes(work)

    def _show_changes(self, work: CaseWork) -> None:
        changes = list(work.stage_changes)
        pending = next((c for c in reversed(changes) if c.status == "PENDING"), None)
        last = changes[-1] if changes else None
        self._pending = pending
        self.review_row.setVisible(pending is not None and work.can_review)
        self.move_button.setEnabled(pending is None)
        self.move_button.setToolTip(self.tr("Masih ada perubahan tahap yang menunggu persetujuan.")
                                    if pending else "")
        if pending is not None:
            text = self.tr("Menunggu persetujuan supervisor: {source} → {target}. Diajukan oleh "
                           "{who} pada {date}.").format(
                source=stage_label(pending.from_stage), target=stage_label(pending.to_stage),
                who=pending.requested_by_name or "—", date=fmt_date(pending.requested_at.date()))
            if pending.reason:
                text += " " + self.tr("Alasan: {reason}").format(reason=pending.reason)
            theme.apply(self.pending_box, Role.BOX_WARNING)
        elif last is not None and last.status == "RETURNED":
            text = self.tr("Permintaan pindah ke {target} dikembalikan oleh {who} pada {date}: "
                           "{comment}").format(
                target=stage_label(last.to_stage), who=last.decided_by_name or "—",
                date=fmt_date(last.decided_at.date() if last.decided_at else None),
                comment=last.review_comment)
            theme.apply(self.pending_box, Role.BOX_ERROR)
        elif last is not None and last.review_comment:
            text = self.tr("Disetujui oleh {who}: {comment}").format(
                who=last.decided_by_name or "—", comment=last.review_comment)
            theme.apply(self.pending_box, Role.BOX_WARNING)
        else:
            self.pending_box.hide()
            self.pending_text.clear()
            return
        self.pending_text.setText(text)
        self.pending_box.show()

    def _show_stage(self, code: str) -> None:
        panel = self.panels.get(code)
        if panel is not None:
            self.stack.setCurrentWidget(panel)
            self.scroll.verticalScrollBar().setValue(0)

    # -- stage changes -------------------------------------------------------------------------
    def move_to(self, target: str) -> None:
        """'Pindah ke tahap ini…' on a stage's panel: the dialog, or why it cannot be."""
        work = self.work
        if work is None:
            return
        if target not in {o.target for o in work.options}:
            self._error(error_text("stage_not_allowed", current=work.stage, target=target,
                                   allowed=[o.target for o in work.options]))
            return
        self.open_stage_dialog(target)

    def open_stage_dialog(self, preselect: str = "") -> StageDialog | None:
        if self.work is None:
            return None
        self.message.hide()
        if self.stage_dialog is not None:
            self.stage_dialog.deleteLater()
        self.stage_dialog = StageDialog(self.ctx, self.work, preselect, self)
        self.stage_dialog.requested.connect(self._requested)
        self.stage_dialog.open()
        return self.stage_dialog

    def _requested(self, _changes, info: StageChangeInfo) -> None:
        if info.status == "PENDING":
            text = self.tr("Permintaan pindah ke {target} dikirim; menunggu persetujuan "
                           "supervisor.").format(target=stage_label(info.to_stage))
        else:
            text = self.tr("Tahap berubah: {source} → {target}.").format(
                source=stage_label(info.from_stage), target=stage_label(info.to_stage))
        theme.apply(self.message, Role.DONE)
        self.message.setText(text)
        self.message.show()

    def review(self, approve: bool) -> None:
        if self._pending is None:
            return
        comment = self.review_comment.text()
        if not approve and not comment.strip():
            self._error(error_text("return_needs_comment"))
            self.review_comment.setFocus()
            return
        self.ctx.ops.change(self.ctx.backend.casework.review_stage_change, self._pending.id, approve,
                            comment, on_done=self._reviewed, on_error=self._review_failed)

    def _reviewed(self, changes) -> None:
        self.review_comment.clear()
        self.message.hide()

    def _review_failed(self, exc: BaseException) -> None:
        self._error(message_for(exc))

    def _error(self, text: str) -> None:
        theme.apply(self.message, Role.ERROR)
        self.message.setText(text)
        self.message.show()

    def clear(self) -> None:
        self.work = None
        self._pending = None
        if self.stage_dialog is not None:
            self.stage_dialog.wipe()
            self.stage_dialog.deleteLater()
            self.stage_dialog = None
        self.strip.clear()
        for panel in self.panels.values():
            panel.clear()
        self.status.clear()
        self.help.clear()
        self.help.hide()
        self.message.clear()
        self.message.hide()
        self.pending_text.clear()
        self.pending_box.hide()
        self.review_comment.clear()
        self.move_button.setEnabled(False)
