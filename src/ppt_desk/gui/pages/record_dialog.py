"""Add or change one casework record: the form in a scroll area, Simpan / Batal.

Saving runs on the task runner; problems come back under their fields, and a saved
record is announced on the app bus so the case page (and other pages) reload.

A form that needs the victim's consent (an outgoing referral, repatriation, mediation) asks
the backend, as it is filled in, whether the consent ledger allows it; when not, a band at
the top says so and offers "Catat persetujuan…" (the consent tab's dialog, prefilled) while
the typed record stays in the dialog. Batal on a dialog with typed data asks first.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...domain.forms import FormDef
from ...services.consent import ConsentNeed
from ...services.dto import RecordInfo
from .. import theme
from ..context import AppContext
from ..dialogs.consent_dialog import ConsentDialog
from ..dialogs.submit import SubmitFlow
from ..i18n import current_language
from ..labels import casework_config, code_label, error_text, stage_label
from ..theme import Role
from ..widgets.field_values import cite_tip
from ..widgets.record_form import RecordForm

# Where a domain error about one field is shown (besides the message at the top).
FIELD_OF_ERROR = {"allowance_over_limit": "alasan_lewat_batas"}
# Refusals of the consent ledger that have their own sentence (labels: consent_why_*).
WHY = frozenset({"withdrawn", "expired", "not_yet_given", "agency_not_covered",
                 "needs_guardian", "needs_legal_basis"})


class RecordDialog(SubmitFlow, QDialog):
    saved = Signal(object, str)  # ChangeSet, record id

    def __init__(self, ctx: AppContext, case_id: str, form: FormDef,
                 record: RecordInfo | None = None, today: date | None = None,
                 users: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None, facts: dict | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.kind = form.kind
        self.record_id = record.id if record is not None else None
        self.setObjectName(f"recordDialog_{form.kind}")
        lang = current_language()
        title = (self.tr("Ubah: {form}") if record is not None
                 else self.tr("Tambah: {form}")).format(form=form.label(lang))
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = QLabel(form.label(lang), self)
        heading.setObjectName("formTitle")
        theme.apply(heading, Role.HEADING)
        if form.cite:
            heading.setToolTip(cite_tip(form.cite))
        layout.addWidget(heading)
        hint = QLabel(self.tr("Isian bertanda * wajib diisi."), self)
        theme.apply(hint, Role.HINT)
        layout.addWidget(hint)
        self.gate_hint = QLabel(self)
        self.gate_hint.setObjectName("gateNeeds")
        self.gate_hint.setWordWrap(True)
        theme.apply(self.gate_hint, Role.HINT)
        self.gate_hint.hide()
        layout.addWidget(self.gate_hint)
        self._build_consent_band(layout)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        theme.apply(self.error, Role.ERROR_STRONG)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = RecordForm(form, self.scroll, users, grants=ctx.user.grants, facts=facts)
        self.form.setContentsMargins(0, 0, 12, 0)
        self.scroll.setWidget(self.form)
        layout.addWidget(self.scroll, 1)
        self.gate_notes: dict[str, QLabel] = {}
        self._mark_gate_fields(form)
        if record is not None:
            self.form.set_payload(record.payload)
        elif today is not None and form.date_field and form.field(form.date_field).required:
            # a new record is usually written on the day; an optional date (a home visit
            # done on …) stays empty until it happened
            self.form.set_payload({form.date_field: today.isoformat()})
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan (Ctrl+S)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveRecord")
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._fit(parent)
        self.touched = False  # typed into since it opened: Batal asks before discarding
        self.discard_box: QMessageBox | None = None
        self.form.changed.connect(self._touch)
        if users is None and any(f.type == "user" for f in form.fields):
            ctx.ops.query(ctx.backend.users.list, on_done=self._users)
        if any(f.type == "institution" for f in form.fields):
            # inactive entries too: an older record may name one (it is offered only there)
            ctx.ops.query(ctx.backend.directory.search, "", "", True,
                          on_done=self._institutions)
        if form.consent is not None:
            self.form.changed.connect(self._consent_timer.start)
            self.check_consent()

    # -- what the next stage needs ---------------------------------------------------------
    def _mark_gate_fields(self, form: FormDef) -> None:
        """Under each field a stage gate reads (the casework config's stage changes, the
        same the backend checks), 'diperlukan untuk tahap berikutnya'; one line at the top
        names them, so the form says before saving what the stage move will ask for."""
        needs = casework_config().gate_needs(form.kind)
        lang = current_language()
        targets: list[str] = []
        names: list[str] = []
        for key, stages in needs.items():
            editor = self.form.editors.get(key)
            if editor is None:
                continue
            where = ", ".join(stage_label(code) for code in stages)
            note = QLabel(self.tr("diperlukan untuk tahap berikutnya ({stages})").format(
                stages=where), editor.parentWidget())
            note.setObjectName(f"gateNeed_{key}")
            note.setWordWrap(True)
            theme.apply(note, Role.HINT)
            if editor.parentWidget() is self.form:
                row, _role = self.form.layout_.getWidgetPosition(editor)
                self.form.layout_.insertRow(row + 1, "", note)
            else:  # a check box in the form's "Daftar periksa" box
                box = editor.parentWidget().layout()
                box.insertWidget(box.indexOf(editor) + 1, note)
            self.gate_notes[key] = note
            names.append(form.field(key).label(lang))
            targets += [code for code in stages if code not in targets]
        if names:
            self.gate_hint.setText(self.tr("Untuk pindah ke tahap berikutnya ({stages}) "
                                           "diperlukan: {fields}.").format(
                stages=", ".join(stage_label(code) for code in targets),
                fields=", ".join(names)))
            self.gate_hint.show()

    # -- consent ---------------------------------------------------------------------------
    def _build_consent_band(self, layout: QVBoxLayout) -> None:
        self.need: ConsentNeed | None = None
        self.consent_dialog: ConsentDialog | None = None
        self._asked = 0  # the newest question; older answers are dropped
        self._consent_timer = QTimer(self)
        self._consent_timer.setSingleShot(True)
        self._consent_timer.setInterval(300)
        self._consent_timer.timeout.connect(self.check_consent)
        self.consent_band = QFrame(self)
        self.consent_band.setObjectName("consentBand")
        theme.apply(self.consent_band, Role.BOX_WARNING)
        row = QHBoxLayout(self.consent_band)
        self.consent_text = QLabel(self.consent_band)
        self.consent_text.setObjectName("consentMissing")
        self.consent_text.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Catat persetujuan…"), self.consent_band)
        self.consent_button.setObjectName("recordConsentHere")
        self.consent_button.setAutoDefault(False)
        self.consent_button.clicked.connect(self.open_consent)
        row.addWidget(self.consent_text, 1)
        row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        self.consent_band.hide()
        layout.addWidget(self.consent_band)

    def check_consent(self) -> None:
        """Ask the backend whether the record, as typed now, has the consent it needs."""
        self._consent_timer.stop()
        self._asked += 1
        asked = self._asked
        self.ctx.ops.query(self.ctx.backend.consent.needed_for, self.case_id, self.kind,
                           self.form.payload(), self.record_id,
                           on_done=lambda need: self._show_need(asked, need),
                           on_error=lambda _exc: None)  # saving still says why

    def _show_need(self, asked: int, need: ConsentNeed | None) -> None:
        if asked != self._asked:
            return
        self.need = need
        if need is None or need.decision.allowed:
            self.consent_band.hide()
            self.consent_text.clear()
            return
        d = need.decision
        purpose = code_label("consent_purpose", d.purpose)
        if need.agency:
            purpose = f"{purpose} — {need.agency}"
        why = error_text(f"consent_why_{d.reason}") if d.reason in WHY else ""
        self.consent_text.setText(self.tr(
            "<b>Persetujuan korban belum tercatat</b> untuk: {purpose}.{why} Formulir ini "
            "baru dapat disimpan setelah persetujuan dicatat. Catat di sini; isian formulir "
            "ini tetap ada.").format(purpose=purpose, why=why))
        self.consent_band.show()

    def open_consent(self) -> ConsentDialog | None:
        """Catat persetujuan…: the consent tab's dialog, prefilled with the purpose, the
        agency and (for a child) the guardian from the intake; the ledger is asked again
        after it is saved."""
        need = self.need
        if need is None:
            return None
        if self.consent_dialog is not None:
            self.consent_dialog.deleteLater()
        dialog = ConsentDialog(self.ctx, self.case_id, need.is_child, self)
        dialog.purpose.set_code(need.decision.purpose)
        if need.agency:
            dialog.agency.setEditText(need.agency)
        if need.is_child and need.guardian_name:
            dialog.giver_name.setText(need.guardian_name)
        dialog.accepted.connect(self.check_consent)
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _institutions(self, items) -> None:
        self.form.set_institutions(items)
        if self.form.form.consent is not None and self.form.form.consent.agency_field:
            self.check_consent()  # the record's institution is shown only now

    def _touch(self) -> None:
        self.touched = True

    def _users(self, users) -> None:
        self.form.set_users([(u.id, u.display_name) for u in users if u.active])

    def _fit(self, parent: QWidget | None) -> None:
        """As tall as the form needs, never taller than the main window (1024x768 screens)."""
        window = parent.window() if parent is not None else None
        screen = self.screen().availableGeometry()
        max_w = min(window.width() if window is not None else 940, screen.width()) - 40
        max_h = min(window.height() if window is not None else 740, screen.height()) - 40
        width = min(760, max(520, max_w))
        wanted = self.form.sizeHint().height() + 170
        self.resize(width, max(360, min(wanted, max_h)))

    def payload(self) -> dict:
        return self.form.payload()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.run_submit(self.ctx.backend.casework.save_record, self.case_id, self.kind,
                        self.form.payload(), self.record_id)

    def submitted(self, result) -> None:
        self.error.hide()
        self.saved.emit(*result)

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.hide()
        self.form.show_problems(problems)

    def show_message(self, text: str, exc: BaseException) -> None:
        self.form.show_problems({})
        self.error.setText(text)
        self.error.show()
        field = FIELD_OF_ERROR.get(exc.code) if isinstance(exc, DomainError) else None
        if field and field in self.form.editors:
            widget = self.form.editors[field]
            self.scroll.ensureWidgetVisible(widget, 40, 60)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Batal, Escape or the window's close: typed data is discarded only when confirmed."""
        if self.touched:
            self.ask_discard()
            return
        super().reject()

    def ask_discard(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Buang isian"),
                          self.tr("Tutup formulir tanpa menyimpan? Isian yang sudah diketik "
                                  "akan hilang."), parent=self)
        box.setObjectName("confirmDiscardRecord")
        discard = box.addButton(self.tr("Buang isian"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Kembali ke formulir"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._discard() if button is discard else None)
        self.discard_box = box
        box.open()
        return box

    def _discard(self) -> None:
        self.touched = False
        super().reject()

    def wipe(self) -> None:
        """Forget the typed values (lock) and close, without asking."""
        self._consent_timer.stop()
        if self.consent_dialog is not None:
            self.consent_dialog.reject()
        self.form.set_payload({})
        self.touched = False
        super().reject()
