"""The consent ledger of one case (a tab of the case page): what the victim (or guardian)
agreed to, recording and withdrawing a consent, and "is this allowed now?".

The owner (the case page) calls ``show_work`` with the case's CaseWork, and again after
``ctx.bus.data_changed`` touched the case; the dialogs (gui/dialogs/consent_dialog.py and
withdraw_consent_dialog.py) save through ``ctx.ops.change``, which announces it.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.consent import ConsentDecision
from ...services.dto import CaseWork, ConsentInfo
from .. import theme
from ..context import AppContext
from ..dialogs.consent_common import DATE, backend_today, needs_agency, purpose_text
from ..dialogs.consent_dialog import ConsentDialog
from ..dialogs.withdraw_consent_dialog import WithdrawConsentDialog
from ..labels import code_label, message_for
from ..theme import Role
from ..widgets.combos import CodeCombo
from ..widgets.tables import ListTable


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
        lines = [f"{purpose_text(c)}. {self.scope_line(c)}"]
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

    def withdraw_selected(self) -> WithdrawConsentDialog | None:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return None
        dialog = WithdrawConsentDialog(self.ctx, consent, self)
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
