"""The consent ledger of one case (a tab of the case page): what the victim (or guardian)
agreed to, recording and withdrawing a consent, and "is this allowed now?".

The owner (the case page) calls ``show_work`` with the case's CaseWork, and again after
``ctx.bus.data_changed`` touched the case; this tab emits that signal after every save.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.consent import GUARDIAN, OTHER, VICTIM, ConsentDecision
from ...services.dto import CaseWork, ConsentInfo, ConsentInput
from .. import theme
from ..context import AppContext
from ..dialogs.submit import SubmitFlow
from ..labels import code_items, code_label, codelists, error_text, message_for, place_problems
from ..theme import Role
from ..widgets.check_list import CheckList
from ..widgets.combos import CodeCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from ..widgets.tables import ListTable

DATE = "%d/%m/%Y"


def backend_today(ctx: AppContext) -> date:
    """The backend's calendar day (tests move it)."""
    return ctx.backend.deps.clock.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def needs_agency(purpose: str) -> bool:
    item = codelists()["consent_purpose"].get(purpose) if purpose else None
    return bool(item and item.extra.get("needs_agency"))


def _date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(qdate(day))
    return edit


class AgencyCombo(QComboBox):
    """Free text with the directory's names offered (type to filter, contains). A consent
    matches a referral's institution by its name, acronym or "name (acronym)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_names(self, names: list[str]) -> None:
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.blockSignals(False)


class ConsentDialog(SubmitFlow, QDialog):
    """Record one consent; problems found by the backend appear under their fields."""

    FIELDS = ("purpose", "agency", "scope", "given_by", "giver_name", "legal_basis",
              "given_on", "method", "valid_until", "note")

    def __init__(self, ctx: AppContext, case_id: str, is_child: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.is_child = ctx, case_id, bool(is_child)
        self.result_changes = None
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Catat persetujuan"))
        self.setMinimumWidth(560)
        today = backend_today(ctx)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Korban anak: persetujuan diberikan oleh wali.") if self.is_child
                       else self.tr("Korban dewasa memberi persetujuan sendiri."), self)
        intro.setObjectName("consentIntro")
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}

        self.purpose = CodeCombo(self, blank=None)
        self.purpose.setObjectName("purpose")
        self.purpose.set_codelist("consent_purpose")
        self.purpose.setMinimumContentsLength(30)
        self.agency = AgencyCombo(self)
        self.agency.setObjectName("agency")
        self.agency.lineEdit().setPlaceholderText(
            self.tr("pilih dari direktori atau ketik nama lembaga"))
        self.agency.setToolTip(self.tr("Nama lembaga seperti di direktori (halaman Lembaga) "
                                       "agar rujukan ke lembaga itu dikenali."))
        self.scope = CheckList(self)
        self.scope.setObjectName("scope")
        self.scope.set_items(code_items("consent_scope"))
        self.scope.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scope.setFixedHeight(self.scope.sizeHintForRow(0) * self.scope.count()
                                  + 2 * self.scope.frameWidth() + 4)
        self.scope_hint = QLabel(self.tr("Bila tidak ada yang dipilih: identitas dan ringkasan "
                                         "kasus."), self)
        self.scope_hint.setObjectName("scopeHint")  # one line: no word-wrap gap above it
        theme.apply(self.scope_hint, Role.HINT)
        self.given_by = CodeCombo(self, blank=None)
        self.given_by.setObjectName("given_by")
        self.given_by.set_codelist("consent_giver")
        self.given_by.set_code(GUARDIAN if self.is_child else VICTIM)
        self.giver_name = QLineEdit(self)
        self.giver_name.setObjectName("giver_name")
        self.legal_basis = QLineEdit(self)
        self.legal_basis.setObjectName("legal_basis")
        self.legal_basis.setPlaceholderText(self.tr("mis. penetapan pengadilan"))
        self.legal_hint = QLabel(self)
        self.legal_hint.setObjectName("legalBasisHint")
        self.legal_hint.setWordWrap(True)
        theme.apply(self.legal_hint, Role.HINT)
        self.given_on = _date_edit(self, today)
        self.given_on.setObjectName("given_on")
        self.method = CodeCombo(self, blank=None)
        self.method.setObjectName("method")
        self.method.set_codelist("consent_method")
        self.valid_until = DateField(self)
        self.valid_until.setObjectName("valid_until")
        self.valid_until.setToolTip(self.tr("Kosongkan bila berlaku sampai dicabut."))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 12)

        self._row("purpose", self.tr("Tujuan *"), self.purpose)
        self._row("agency", self.tr("Lembaga *"), self.agency)
        self._row("scope", self.tr("Data yang boleh dibagikan"), self.scope)
        self.form.addRow("", self.scope_hint)
        self._row("given_by", self.tr("Diberikan oleh *"), self.given_by)
        self._row("giver_name", self.tr("Nama pemberi"), self.giver_name)
        self._row("legal_basis", self.tr("Dasar hukum"), self.legal_basis)
        self.form.addRow("", self.legal_hint)
        self._row("given_on", self.tr("Tanggal persetujuan *"), self.given_on)
        self._row("method", self.tr("Cara *"), self.method)
        self._row("valid_until", self.tr("Berlaku sampai"), self.valid_until)
        self._row("note", self.tr("Catatan"), self.note)
        layout.addLayout(self.form)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.purpose.code_changed.connect(lambda _c: self._update())
        self.given_by.code_changed.connect(lambda _c: self._update())
        self._update()
        self.ctx.ops.query(self.ctx.backend.directory.search, on_done=self._fill_agencies,
                           on_error=lambda _exc: None)  # free text still works

    def _fill_agencies(self, institutions) -> None:
        self.agency.set_names([inst.display for inst in institutions])

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        text = QLabel(label, self)
        text.setBuddy(widget)
        self.labels[key] = text
        self.form.addRow(text, widget)
        self.errors[key] = error_label(self, f"error_{key}")
        self.form.addRow("", self.errors[key])

    def legal_basis_required(self) -> bool:
        expected = GUARDIAN if self.is_child else VICTIM
        return self.given_by.code() != expected

    def _update(self) -> None:
        agency = needs_agency(self.purpose.code())
        self.form.setRowVisible(self.agency, agency)
        if not agency:
            self.errors["agency"].hide()
        named = self.given_by.code() in (GUARDIAN, OTHER)
        self.labels["giver_name"].setText(self.tr("Nama pemberi *") if named
                                          else self.tr("Nama pemberi"))
        required = self.legal_basis_required()
        self.labels["legal_basis"].setText(self.tr("Dasar hukum *") if required
                                           else self.tr("Dasar hukum"))
        if required and self.is_child:
            hint = self.tr("Korban anak: bila bukan wali yang memberi persetujuan (mis. wali "
                           "tidak ada atau terlibat), tuliskan dasar hukumnya.")
        elif required:
            hint = self.tr("Korban dewasa memberi persetujuan sendiri. Bila diberikan oleh "
                           "pihak lain (mis. korban tidak mampu), tuliskan dasar hukumnya.")
        else:
            hint = ""
        self.legal_hint.setText(hint)
        self._show_hint()

    def _show_hint(self) -> None:
        """The legal-basis hint, unless the same advice is shown as an error already."""
        shown = bool(self.legal_hint.text()) and self.errors["legal_basis"].isHidden()
        self.form.setRowVisible(self.legal_hint, shown)
        self._fit()

    def _fit(self) -> None:
        if self.isVisible():
            self.layout().activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def consent(self) -> ConsentInput:
        return ConsentInput(
            purpose=self.purpose.code(), given_by=self.given_by.code(),
            given_on=pydate(self.given_on.date()), method=self.method.code(),
            agency=self.agency.currentText().strip() if needs_agency(self.purpose.code())
            else "",
            giver_name=self.giver_name.text().strip(),
            legal_basis=self.legal_basis.text().strip(),
            valid_until=pydate(self.valid_until.date()) if not self.valid_until.is_empty()
            else None,
            note=self.note.toPlainText().strip(),
            scope=tuple(self.scope.codes()))

    def submit(self) -> None:
        self.show_problems({})
        self.run_submit(self.ctx.backend.consent.record, self.case_id, self.consent())

    def submitted(self, result) -> None:
        self.result_changes = result[0]

    def show_message(self, text: str, exc: BaseException) -> None:
        self.message.setText(text)
        self.message.show()

    def show_problems(self, problems: dict[str, str]) -> None:
        unknown = place_problems(self.errors, problems)
        if problems:
            self.message.setText(" ".join([error_text("validation_failed"), *unknown]))
            self.message.show()
            self._show_hint()
            first = next((k for k in self.FIELDS if k in problems), None)
            widget = self.labels[first].buddy() if first else None
            if widget is not None:
                widget.setFocus()
        else:
            self.message.hide()
            self._show_hint()


class WithdrawDialog(QDialog):
    """Withdraw a consent from a date on (today at the latest), with a note."""

    def __init__(self, ctx: AppContext, consent: ConsentInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.consent = ctx, consent
        self.result_changes = None
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Cabut persetujuan"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = QLabel(self.tr("{purpose}, diberikan {date} oleh {giver}.").format(
            purpose=_purpose_text(consent), date=consent.given_on.strftime(DATE),
            giver=code_label("consent_giver", consent.given_by)), self)
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.on_date = _date_edit(self, backend_today(ctx))
        self.on_date.setObjectName("withdrawn_on")
        self.on_date.setMinimumDate(qdate(consent.given_on))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("withdrawal_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.note.setPlaceholderText(self.tr("mis. korban menyampaikan secara lisan"))
        form.addRow(self.tr("Dicabut mulai *"), self.on_date)
        form.addRow(self.tr("Catatan"), self.note)
        layout.addLayout(form)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Cabut persetujuan"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.message.hide()
        self.ctx.ops.change(self.ctx.backend.consent.withdraw, self.consent.id,
                            pydate(self.on_date.date()), self.note.toPlainText().strip(),
                            on_done=self._done, on_error=self._failed)

    def _done(self, changes) -> None:
        self.result_changes = changes
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))
        self.message.show()


def _purpose_text(c: ConsentInfo) -> str:
    label = code_label("consent_purpose", c.purpose)
    return f"{label} — {c.agency}" if c.agency else label


class ConsentTab(QWidget):
    """The consent ledger of one case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.is_child = False
        self.consents: dict[str, ConsentInfo] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Persetujuan mengikuti kehendak korban. Korban dewasa memberi "
                               "persetujuan sendiri; untuk korban anak, wali yang memberi."),
                       self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        self.ledger = ListTable(
            [self.tr("Tujuan"), self.tr("Lembaga"), self.tr("Diberikan oleh"),
             self.tr("Tanggal"), self.tr("Cara"), self.tr("Berlaku sampai"), self.tr("Status")],
            self.tr("Belum ada persetujuan yang dicatat untuk kasus ini."), "consentTable", self)
        self.ledger.set_modes(stretch=(0, 1, 2, 4), fit=(3, 5, 6))
        self.ledger.wrap_text()
        self.ledger.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.ledger, 1)
        self.details = QLabel(self)
        self.details.setObjectName("consentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Catat persetujuan…"), self)
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.record_consent)
        self.withdraw_button = QPushButton(self.tr("Cabut…"), self)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip(self.tr("Cabut persetujuan yang dipilih"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        check = QGroupBox(self.tr("Periksa izin"), self)
        check_layout = QVBoxLayout(check)
        row = QHBoxLayout()
        purpose_label = QLabel(self.tr("Tujuan"), check)
        self.check_purpose = CodeCombo(check, blank=None)
        self.check_purpose.setObjectName("checkPurpose")
        self.check_purpose.set_codelist("consent_purpose")
        self.check_purpose.setMinimumContentsLength(24)
        purpose_label.setBuddy(self.check_purpose)
        self.check_agency_label = QLabel(self.tr("Lembaga"), check)
        self.check_agency = QLineEdit(check)
        self.check_agency.setObjectName("checkAgency")
        self.check_agency.setPlaceholderText(self.tr("nama lembaga"))
        self.check_agency_label.setBuddy(self.check_agency)
        self.check_button = QPushButton(self.tr("Periksa"), check)
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        self.check_agency.returnPressed.connect(self.check)
        row.addWidget(purpose_label)
        row.addWidget(self.check_purpose, 2)
        row.addWidget(self.check_agency_label)
        row.addWidget(self.check_agency, 1)
        row.addWidget(self.check_button)
        check_layout.addLayout(row)
        self.answer = QLabel(check)
        self.answer.setObjectName("checkAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_layout.addWidget(self.answer)
        layout.addWidget(check)
        self.check_purpose.code_changed.connect(self._check_purpose_changed)
        self.check_agency.textEdited.connect(lambda _t: self.answer.clear())
        self._check_purpose_changed()
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def show_work(self, case_id: str, work: CaseWork, is_child: bool) -> None:
        if case_id != self.case_id:
            self.answer.clear()
        self.case_id = case_id
        self.is_child = bool(is_child)
        self.consents = {c.id: c for c in work.consents}
        today = backend_today(self.ctx)
        rows = []
        for c in sorted(work.consents, key=lambda c: (c.given_on, c.id), reverse=True):
            status, tip, look = self._status(c, today)
            status_item = QTableWidgetItem(status)
            status_item.setToolTip(tip or status)
            if look is not None:
                status_item.setForeground(theme.brush(look))
            giver = code_label("consent_giver", c.given_by)
            if c.giver_name:
                giver = f"{giver} ({c.giver_name})"
            first = QTableWidgetItem(code_label("consent_purpose", c.purpose))
            details = [self.tr("Dicatat oleh {name}").format(name=c.recorded_by_name),
                       self.scope_line(c)]
            if c.legal_basis:
                details.append(self.tr("Dasar hukum: {text}").format(text=c.legal_basis))
            if c.note:
                details.append(self.tr("Catatan: {text}").format(text=c.note))
            first.setToolTip("\n".join([first.text(), *details]))
            rows.append((c.id, [first, c.agency or "—", giver, c.given_on.strftime(DATE),
                                code_label("consent_method", c.method),
                                c.valid_until.strftime(DATE) if c.valid_until else "—",
                                status_item]))
        self.ledger.set_rows(rows)
        self.record_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self._update_buttons()

    def _status(self, c: ConsentInfo, today: date) -> tuple[str, str, Role | None]:
        if c.withdrawn_on is not None:
            tip = self.tr("Dicabut mulai {date}").format(date=c.withdrawn_on.strftime(DATE))
            if c.withdrawal_note:
                tip += ": " + c.withdrawal_note
            return self.tr("Dicabut"), tip, Role.INACTIVE
        if c.active_today:
            return self.tr("Berlaku"), "", Role.DONE
        if c.valid_until is not None and c.valid_until < today:
            return (self.tr("Kedaluwarsa"),
                    self.tr("Berlaku sampai {date}").format(date=c.valid_until.strftime(DATE)),
                    Role.ERROR)
        if c.given_on > today:
            return self.tr("Belum berlaku"), "", None
        return (self.tr("Tidak berlaku"),
                self.tr("Pemberi persetujuan tidak sesuai umur korban saat ini dan tidak ada "
                        "dasar hukum."), Role.ERROR)

    def scope_line(self, c: ConsentInfo) -> str:
        """What the consent lets be shared; an empty scope means the default."""
        if c.scope:
            shared = ", ".join(code_label("consent_scope", code) for code in c.scope)
        else:
            shared = self.tr("identitas dan ringkasan kasus (bawaan)")
        return self.tr("Data yang boleh dibagikan: {data}").format(data=shared)

    def selected(self) -> ConsentInfo | None:
        return self.consents.get(self.ledger.current_key())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.withdraw_button.setEnabled(chosen is not None and chosen.withdrawn_on is None)
        if self.case_id is None:
            self.record_button.setEnabled(False)
            self.check_button.setEnabled(False)
        self._show_details(chosen)

    def _show_details(self, c: ConsentInfo | None) -> None:
        """The selected consent's scope and notes under the ledger."""
        if c is None:
            self.details.setText(self.tr("Pilih persetujuan untuk melihat data yang boleh "
                                         "dibagikan.") if self.consents else "")
            theme.apply(self.details, Role.HINT)
            return
        lines = [f"{_purpose_text(c)}. {self.scope_line(c)}"]
        if c.legal_basis:
            lines.append(self.tr("Dasar hukum: {text}").format(text=c.legal_basis))
        if c.note:
            lines.append(self.tr("Catatan: {text}").format(text=c.note))
        theme.apply(self.details, Role.TEXT)
        self.details.setText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------------
    def record_consent(self) -> ConsentDialog | None:
        if self.case_id is None:
            return None
        dialog = ConsentDialog(self.ctx, self.case_id, self.is_child, self)
        dialog.open()
        return dialog

    def withdraw_selected(self) -> WithdrawDialog | None:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return None
        dialog = WithdrawDialog(self.ctx, consent, self)
        dialog.open()
        return dialog

    def _check_purpose_changed(self, *_args) -> None:
        agency = needs_agency(self.check_purpose.code())
        self.check_agency_label.setVisible(agency)
        self.check_agency.setVisible(agency)
        self.answer.clear()

    def check(self) -> None:
        if self.case_id is None:
            return
        purpose = self.check_purpose.code()
        agency = self.check_agency.text().strip() if needs_agency(purpose) else ""
        case_id = self.case_id
        self.ctx.ops.query(self.ctx.backend.consent.allows, case_id, purpose, agency,
                           on_done=lambda d: self._show_decision(case_id, d),
                           on_error=self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        theme.apply(self.answer, Role.ERROR)
        self.answer.setText(message_for(exc))

    def _show_decision(self, case_id: str, d: ConsentDecision) -> None:
        if case_id != self.case_id:
            return
        theme.apply(self.answer, Role.DONE if d.allowed else Role.ERROR)
        self.answer.setText(self.decision_text(d))

    def decision_text(self, d: ConsentDecision) -> str:
        purpose = code_label("consent_purpose", d.purpose)
        if d.agency:
            purpose = f"{purpose} — {d.agency}"
        consent = self.consents.get(d.consent_id or "")
        if d.allowed:
            if consent is not None:
                return self.tr("✔ Diizinkan: {purpose}. Persetujuan diberikan {date} oleh "
                               "{giver}.").format(
                    purpose=purpose, date=consent.given_on.strftime(DATE),
                    giver=code_label("consent_giver", consent.given_by))
            return self.tr("✔ Diizinkan: {purpose}.").format(purpose=purpose)
        reasons = {
            "no_consent": self.tr("belum ada persetujuan untuk tujuan ini."),
            "withdrawn": self.tr("persetujuan sudah dicabut."),
            "expired": self.tr("masa berlaku persetujuan sudah habis."),
            "not_yet_given": self.tr("persetujuan baru berlaku mulai tanggal pemberiannya."),
            "agency_not_covered": self.tr("persetujuan yang ada tidak mencakup lembaga ini."),
            "needs_guardian": self.tr("korban anak: persetujuan harus dari wali, atau "
                                      "disertai dasar hukum."),
            "needs_legal_basis": self.tr("korban dewasa: persetujuan dari pihak lain perlu "
                                         "dasar hukum."),
        }
        why = reasons.get(d.reason, d.reason)
        return self.tr("✖ Tidak diizinkan: {purpose} — {why}").format(purpose=purpose, why=why)

    def clear(self) -> None:
        """Forget the case (lock, or another case is opened); open dialogs are closed."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.case_id = None
        self.consents = {}
        self.ledger.clear_rows()
        self.answer.clear()
        self.check_agency.clear()
        self._update_buttons()
