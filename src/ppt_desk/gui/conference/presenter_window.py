"""The presenter's conference view, on the laptop (the full case view stays in the main window):
the agenda generated from the case, the problem focus, the alternatives and the decisions as
they are typed; Mulai mode sidang puts the audience view on the projector (``Projector``),
F7 blanks it at once, Tampilkan di layar… shows one more field after asking (audited);
Cetak notulen…, Selesai… and the stage-3 plan started from the decisions.

The audience window only ever gets the service's ``AudienceCase`` (``conferences.audience``):
what is typed here reaches the wall after it is saved and scrubbed by the service."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QMessageBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from ...domain.audience import AudienceCase
from ...services.change_set import ChangeSet
from ...services.conference_dto import ConferenceDetail
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..pages.base import BasePage
from ..theme import Role
from ..widgets.messages import error_label
from .agenda_panel import AgendaPanel
from .decisions_panel import DecisionsPanel
from .finish_dialog import FinishDialog
from .plan_dialog import PlanDialog
from .confirm import ask
from .minutes import Minutes
from .projector import Projector
from .stage3_plan import Stage3Plan
from .texts import facts_text

BLANK_KEY = "F7"
RECORD_DELAY_MS = 800
PLANNED, RUNNING, DONE = "DIRENCANAKAN", "BERLANGSUNG", "SELESAI"


class PresenterWindow(BasePage):
    closed = Signal()

    def __init__(self, ctx: AppContext, conference_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Ruang sidang kasus"))
        self.conference_id = conference_id
        self.detail: ConferenceDetail | None = None
        self.case_id = ""
        self.revealed: dict[str, list[tuple[str, str, str]]] = {}  # case: (field, label, value)
        self.plan_dialog: PlanDialog | None = None
        self.finish_dialog: FinishDialog | None = None
        self.stage3 = Stage3Plan(ctx, self)
        self.minutes = Minutes(ctx, self)
        self.minutes.saved.connect(self._notice)
        self.minutes.failed.connect(self._failed)
        self.stage3.notice.connect(self._notice)
        self.stage3.failed.connect(self._failed)
        self._audience_request = 0
        self.projector = Projector(self)
        self.projector.state_changed.connect(self._update_projector_state)
        self.projector.watch.screen_added.connect(self._screen_attached)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("conferenceTitle")
        theme.apply(self.title, Role.TITLE)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.facts = QLabel(self)
        self.facts.setObjectName("conferenceFacts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        self._build_controls(layout)
        self.message = QLabel(self)
        self.message.setObjectName("presenterMessage")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.BANNER_DONE_COMPACT)
        self.message.hide()
        layout.addWidget(self.message)
        self.error = error_label(self, "presenterError")
        layout.addWidget(self.error)
        self._build_body(layout)
        self.blank_shortcut = QShortcut(QKeySequence(BLANK_KEY), self)
        self.blank_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.blank_shortcut.activated.connect(self.toggle_blank)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):  # page a long agenda
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda step=step: self.projector.page(step))
        self._record_timer = QTimer(self)
        self._record_timer.setSingleShot(True)
        self._record_timer.setInterval(RECORD_DELAY_MS)
        self._record_timer.timeout.connect(self.record_now)
        self._record_dirty = False
        self.listen(ctx.bus.data_changed, self._data_changed)
        self._update_projector_state()
        ctx.ops.query(ctx.backend.directory.search, "", "", True,
                      on_done=self.decisions.set_institutions)
        self.resize(1280, 720)
        self.reload()

    # -- building -------------------------------------------------------------------------
    def _build_controls(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        case_label = QLabel(self.tr("&Kasus di layar:"), self)
        self.case_choice = QComboBox(self)
        self.case_choice.setObjectName("caseChoice")
        self.case_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.case_choice.setMinimumContentsLength(28)
        self.case_choice.currentIndexChanged.connect(self._case_chosen)
        case_label.setBuddy(self.case_choice)
        row.addWidget(case_label)
        row.addWidget(self.case_choice, 1)
        self.edit_button = QPushButton(self.tr("Peserta && rencana…"), self)
        self.edit_button.setObjectName("editPlan")
        self.edit_button.clicked.connect(self.edit_plan)
        row.addWidget(self.edit_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Mulai mode sidang"), self)
        self.start_button.setObjectName("startConference")
        self.start_button.clicked.connect(self.toggle_conference_mode)
        self.blank_button = QPushButton(self.tr("Kosongkan layar ({key})").format(key=BLANK_KEY),
                                        self)
        self.blank_button.setObjectName("blankButton")
        self.blank_button.setCheckable(True)
        self.blank_button.setToolTip(self.tr("Layar proyektor langsung gelap; tekan {key} lagi "
                                             "untuk menampilkan kembali").format(key=BLANK_KEY))
        self.blank_button.clicked.connect(lambda on: self.set_blank(on))
        self.full_button = QPushButton(self.tr("Layar penuh proyektor"), self)
        self.full_button.setObjectName("audienceFullScreen")
        self.full_button.clicked.connect(self.projector.toggle_full_screen)
        self.print_button = QPushButton(self.tr("Cetak notulen…"), self)
        self.print_button.setObjectName("printMinutes")
        self.print_button.clicked.connect(self.print_minutes)
        self.finish_button = QPushButton(self.tr("Selesai…"), self)
        self.finish_button.setObjectName("finishConference")
        self.finish_button.clicked.connect(self.ask_finish)
        self.cancel_button = QPushButton(self.tr("Batalkan…"), self)
        self.cancel_button.setObjectName("cancelConference")
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.plan_button = QPushButton(self.tr("Susun rencana tahap 3 dari keputusan"), self)
        self.plan_button.setObjectName("startStage3Plan")
        self.plan_button.clicked.connect(self.start_stage3_plan)
        for button in (self.start_button, self.blank_button, self.full_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.print_button, self.finish_button, self.cancel_button,
                       self.plan_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.projector_state = QLabel(self)
        self.projector_state.setObjectName("projectorState")
        self.projector_state.setWordWrap(True)
        theme.apply(self.projector_state, Role.HINT)
        layout.addWidget(self.projector_state)

    def _build_body(self, layout: QVBoxLayout) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.agenda = AgendaPanel(splitter)
        self.agenda.reveal_requested.connect(self.reveal)
        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        notes = QGroupBox(self.tr("Pembahasan"), right)
        grid = QVBoxLayout(notes)
        self.focus = QPlainTextEdit(notes)
        self.focus.setObjectName("problemFocus")
        self.alternatives = QPlainTextEdit(notes)
        self.alternatives.setObjectName("alternatives")
        for caption, editor in ((self.tr("&Fokus masalah"), self.focus),
                                (self.tr("&Alternatif pemecahan"), self.alternatives)):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(54)
            editor.textChanged.connect(self._recorded_edited)
            label = QLabel(caption, notes)
            label.setBuddy(editor)
            grid.addWidget(label)
            grid.addWidget(editor)
        column.addWidget(notes)
        self.decisions = DecisionsPanel(self.ctx, right)
        # A saved decision reaches the wall through data_changed -> reload -> _show_case.
        column.addWidget(self.decisions, 1)
        splitter.addWidget(self.agenda)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.ops.query(self.ctx.backend.conferences.get, self.conference_id,
                           on_done=self.show_detail, on_error=self._failed)

    def show_detail(self, detail: ConferenceDetail) -> None:
        if not self.ctx.backend.session.is_unlocked:
            return
        self.detail = detail
        self.title.setText(f"{detail.kind_label} — {detail.place}")
        self.facts.setText(facts_text(detail))
        self.setWindowTitle(self.tr("Ruang sidang — {kind}").format(kind=detail.kind_label))
        self.projector.set_title(detail.kind_label)
        self._fill_cases(detail)
        if not self.focus.hasFocus() and not self.alternatives.hasFocus() \
                and not self._record_dirty:
            self._set_recorded(detail.problem_focus, detail.alternatives)
        self._show_case()
        self._update_state()

    def _fill_cases(self, detail: ConferenceDetail) -> None:
        wanted = self.case_id or (detail.cases[0].case_id if detail.cases else "")
        self.case_choice.blockSignals(True)
        self.case_choice.clear()
        for case in detail.cases:
            self.case_choice.addItem(f"{case.label} — {case.case_number} — {case.display_name}",
                                     case.case_id)
        index = self.case_choice.findData(wanted)
        self.case_choice.setCurrentIndex(max(index, 0))
        self.case_choice.blockSignals(False)
        self.case_choice.setEnabled(len(detail.cases) > 1)
        self.case_id = self.case_choice.currentData() or ""

    def _case_chosen(self, _index: int) -> None:
        self.case_id = self.case_choice.currentData() or ""
        self._show_case()

    def _show_case(self) -> None:
        """The case chosen: its agenda and decisions here, its audience view on the wall."""
        detail = self.detail
        if detail is None:
            return
        self.agenda.show_agenda([a for a in detail.agenda if a.case_id == self.case_id])
        self.agenda.show_revealed([(label, value) for _f, label, value
                                   in self.revealed.get(self.case_id, [])])
        self.decisions.show_decisions(
            detail.id, self.case_id, [d for d in detail.decisions if d.case_id == self.case_id],
            detail.status == RUNNING)
        self.refresh_audience()

    def _set_recorded(self, focus: str, alternatives: str) -> None:
        for editor, text in ((self.focus, focus), (self.alternatives, alternatives)):
            if editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)

    def _update_state(self) -> None:
        status = self.detail.status if self.detail else ""
        running = status == RUNNING
        self.focus.setReadOnly(not running)
        self.alternatives.setReadOnly(not running)
        self.start_button.setEnabled(status in (PLANNED, RUNNING))
        self.edit_button.setEnabled(status in (PLANNED, RUNNING))
        self.finish_button.setEnabled(running)
        self.cancel_button.setVisible(status in (PLANNED, RUNNING))
        self.print_button.setEnabled(self.detail is not None)
        self.plan_button.setEnabled(status == DONE)
        self.plan_button.setVisible(status == DONE)

    # -- the projector --------------------------------------------------------------------
    def toggle_conference_mode(self) -> None:
        """Mulai mode sidang (a planned conference starts now), or take the view off."""
        if self.projector.is_on:
            self.projector.stop()
            return
        if self.detail is None:
            return
        if self.detail.status == PLANNED:
            self.ctx.ops.change(self.ctx.backend.conferences.start, self.conference_id,
                                on_done=lambda _c: self._project(), on_error=self._failed)
        else:
            self._project()

    def _screen_attached(self, screen: QScreen) -> None:
        """A projector plugged in while this conference is open and not yet shown: the
        audience version goes full screen on it at once (whatever the laptop showed must not
        reach the wall); the conference's status does not change."""
        if not self.projector.is_on and self.detail is not None and \
                self.detail.status in (PLANNED, RUNNING):
            self._project(screen)

    def _project(self, attached: QScreen | None = None) -> None:
        if self.detail is None:
            return
        self.projector.start(self.detail.kind_label, attached)
        self.refresh_audience()

    def refresh_audience(self) -> None:
        if not self.projector.is_on or not self.case_id:
            return
        self._audience_request += 1
        request = self._audience_request
        fields = tuple(f for f, _label, _value in self.revealed.get(self.case_id, []))
        self.ctx.ops.query(self.ctx.backend.conferences.audience, self.conference_id,
                           self.case_id, fields,
                           on_done=lambda case: self._audience(request, case),
                           on_error=self._failed)

    def _audience(self, request: int, case: AudienceCase) -> None:
        if request == self._audience_request:
            self.projector.show_case(case)

    def toggle_blank(self) -> None:
        self.set_blank(not self.projector.blanked)

    def set_blank(self, on: bool) -> None:
        self.projector.blank(on)

    def _update_projector_state(self) -> None:
        p = self.projector
        self.blank_button.setEnabled(p.is_on)
        self.blank_button.setChecked(p.blanked)
        self.blank_button.setText(
            (self.tr("Tampilkan layar lagi ({key})") if p.blanked
             else self.tr("Kosongkan layar ({key})")).format(key=BLANK_KEY))
        self.full_button.setEnabled(p.is_on)
        self.start_button.setText(self.tr("Hentikan mode sidang") if p.is_on
                                  else self.tr("Mulai mode sidang"))
        self.agenda.set_projecting(p.is_on)
        text = p.state_text()
        self.projector_state.setText(text)

    def reveal(self, field: str, label: str) -> None:
        """Confirmed by the presenter: the service audits it and gives the value."""
        case_id = self.case_id

        def shown(value: str) -> None:
            fields = self.revealed.setdefault(case_id, [])
            if all(f != field for f, _l, _v in fields):
                fields.append((field, label, value))
            if case_id == self.case_id:
                self.agenda.show_revealed([(lb, v) for _f, lb, v in fields])
                self.refresh_audience()

        self.ctx.ops.act(self.ctx.backend.conferences.reveal, self.conference_id, case_id,
                         field, on_done=shown, on_error=self._failed)

    # -- recording --------------------------------------------------------------------------
    def _recorded_edited(self) -> None:
        self._record_dirty = True
        self._record_timer.start()

    def record_now(self) -> None:
        self._record_timer.stop()
        if not self._record_dirty or self.detail is None or self.detail.status != RUNNING:
            return
        self._record_dirty = False
        self.ctx.ops.change(self.ctx.backend.conferences.record, self.conference_id,
                            self.focus.toPlainText(), self.alternatives.toPlainText(),
                            on_error=self._record_failed)

    def _record_failed(self, exc: BaseException) -> None:
        self._record_dirty = True
        self._failed(exc)

    def flush(self) -> None:
        """Save what is still being typed (before finishing, printing or closing)."""
        self.record_now()
        self.decisions.save_now()

    # -- plan, minutes, finish, stage-3 plan -----------------------------------------------
    def edit_plan(self) -> PlanDialog | None:
        if self.detail is None:
            return None
        if self.plan_dialog is not None:
            self.plan_dialog.deleteLater()
        self.plan_dialog = PlanDialog(self.ctx, [], self.detail.kind,
                                      self.ctx.backend.deps.clock.today(), self)
        self.plan_dialog.load(self.detail)
        self.plan_dialog.open()
        return self.plan_dialog

    def print_minutes(self) -> None:
        path = self.minutes.ask(self.detail)
        if path is not None:
            self.print_to(path)

    def print_to(self, path: Path, open_it: bool = True) -> None:
        """What is being typed is saved first, so the minutes hold it."""
        self.flush()
        self.minutes.print_to(self.conference_id, path, open_it)

    def ask_cancel(self) -> QMessageBox | None:
        """Batalkan…: a planned or running conference that will not be held (asked first)."""
        if self.detail is None or self.detail.status not in (PLANNED, RUNNING):
            return None
        return ask(self, "confirmCancel", self.tr("Batalkan pertemuan"),
                   self.tr("Batalkan {kind} ini? Pertemuan yang dibatalkan tidak memenuhi "
                           "syarat tahap; keputusannya tetap tercatat.").format(
                       kind=self.detail.kind_label),
                   self.tr("Batalkan pertemuan"), self._cancel)

    def _cancel(self) -> None:
        self.flush()
        self.ctx.ops.change(self.ctx.backend.conferences.cancel, self.conference_id,
                            on_done=lambda _c: self.projector.stop(), on_error=self._failed)

    def ask_finish(self) -> FinishDialog | None:
        if self.detail is None or self.detail.status != RUNNING:
            return None
        self.flush()
        if self.finish_dialog is not None:
            self.finish_dialog.deleteLater()
        self.finish_dialog = FinishDialog(self.ctx.backend.deps.clock.today(),
                                          self.detail.kind_label, self)
        self.finish_dialog.accepted.connect(lambda: self.finish(self.finish_dialog.day()))
        self.finish_dialog.open()
        return self.finish_dialog

    def finish(self, held_on) -> None:
        if held_on is None:
            return
        self.flush()

        def done(_changes: ChangeSet) -> None:
            self.projector.stop()
            self._notice(self.tr("Pertemuan dicatat selesai. Syarat tahap kasus yang dibahas "
                                 "terpenuhi; tindak lanjut tampil di Hari ini."))

        self.ctx.ops.change(self.ctx.backend.conferences.finish, self.conference_id, held_on,
                            on_done=done, on_error=self._failed)

    def start_stage3_plan(self) -> None:
        if self.case_id:
            self.stage3.start(self.conference_id, self.case_id, self.case_choice.currentText())

    # -- messages, changes, closing -----------------------------------------------------------
    def _notice(self, text: str) -> None:
        self.error.hide()
        self.message.setText(text)
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.conference_id in changes.conferences or changes.directory:
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.projector.stop()
        super().closeEvent(event)
        self.closed.emit()

    def wipe(self) -> None:
        """Lock: what is being typed is saved, the projector goes dark and nothing of the
        conference stays on screen."""
        self.flush()
        self.projector.stop()
        for dialog in (self.plan_dialog, self.finish_dialog):
            if dialog is not None:
                dialog.reject()
        self.stage3.close()
        self.detail = None
        self.revealed = {}
        self.case_choice.clear()
        self._set_recorded("", "")
        self.agenda.clear()
        self.decisions.clear()
        self.title.clear()
        self.facts.clear()
        self.message.hide()
        self.error.hide()
        self.dispose()
        self.hide()
