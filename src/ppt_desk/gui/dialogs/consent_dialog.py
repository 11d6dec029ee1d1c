"""Catat persetujuan: record one consent of a victim (or her guardian) in the case's ledger;
problems the backend finds appear under their fields."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...domain.consent import GUARDIAN, OTHER, VICTIM
from ...services.dto import ConsentInput
from .. import theme
from ..context import AppContext
from ..labels import code_items, error_text, place_problems
from ..theme import Role
from ..widgets.check_list import CheckList
from ..widgets.combos import CodeCombo
from ..widgets.date_field import DateField
from ..widgets.messages import error_label
from .consent_common import backend_today, date_edit, needs_agency, pydate
from .submit import SubmitFlow


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
        self.given_on = date_edit(self, today)
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
