"""Pengaturan › Aturan kasus (supervisors and admins): the office's casework limits and which
stage changes need a supervisor's approval (CaseworkRules, defaults in rules.json)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from ...domain.casework import ANY, AllowanceLimits, CaseworkRules, Transition
from ...domain.errors import ValidationFailed
from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..labels import casework_config, error_text, message_for, place_problems, stage_label
from ..theme import Role
from ..widgets.check_list import CheckList
from ..widgets.messages import error_label


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    theme.apply(label, Role.STRONG)
    return label


class CaseworkRulesBox(QGroupBox):
    """Spin boxes for the limits, a tick list for approvals, and Simpan."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aturan kasus"), parent)
        self.ctx = ctx
        self.setObjectName("caseworkRules")
        self.rules: CaseworkRules | None = None
        self.dirty = False
        self._filling = False
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Berlaku untuk semua kasus kantor ini. Batas waktu memicu "
                               "peringatan di halaman Hari ini."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        outer.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rulesTabs")
        limits = QWidget(self.tabs)
        columns = QHBoxLayout(limits)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        left.addWidget(_heading(self.tr("Jaminan hidup"), limits))
        allowance = QFormLayout()
        self.phase1 = self._spin(limits, "phase1Days", 1, 365)
        self.phase2 = self._spin(limits, "phase2Days", 1, 365)
        self.warn = self._spin(limits, "allowanceWarnDays", 0, 364)
        allowance.addRow(self.tr("Batas tahap 1"), self.phase1)
        allowance.addRow(self.tr("Batas tahap 2"), self.phase2)
        allowance.addRow("", self._error(limits, "allowance"))
        allowance.addRow(self.tr("Peringatan sebelum batas"), self.warn)
        allowance.addRow("", self._error(limits, "warn_days"))
        left.addLayout(allowance)
        allowance.addItem(QSpacerItem(0, 6))
        allowance.addRow(_heading(self.tr("Kunjungan rumah"), limits))
        visit = allowance
        self.visit = self._spin(limits, "homeVisitWarnDays", 0, 60)
        self.visit.setToolTip(self.tr("Berapa hari sebelum jadwal kunjungan rumah muncul "
                                      "di halaman Hari ini"))
        visit.addRow(self.tr("Peringatan sebelum jadwal"), self.visit)
        visit.addRow("", self._error(limits, "home_visit_warn_days"))
        left.addStretch(1)
        right.addWidget(_heading(self.tr("Batas hari tanpa kemajuan per tahap"), limits))
        self.stage_form = QFormLayout()
        self.stage_days: dict[str, QSpinBox] = {}
        right.addLayout(self.stage_form)
        right.addWidget(self._error(limits, "stage_max_days"))
        right.addStretch(1)
        self.tabs.addTab(self._scrolled(limits), self.tr("Batas waktu"))

        approvals = QWidget(self.tabs)
        approvals_layout = QVBoxLayout(approvals)
        approvals_hint = QLabel(self.tr("Perubahan tahap yang dicentang menunggu persetujuan "
                                        "supervisor bila diminta pendamping. Spasi mencentang "
                                        "atau menghapus centang."), approvals)
        approvals_hint.setWordWrap(True)
        theme.apply(approvals_hint, Role.HINT)
        approvals_layout.addWidget(approvals_hint)
        self.approvals = CheckList(approvals, wrap=True)
        self.approvals.setObjectName("approvalList")
        self.approvals.set_items([(t.key, self.transition_label(t))
                                  for t in casework_config().transitions])
        self.approvals.changed.connect(self._edited)
        approvals_layout.addWidget(self.approvals, 1)
        self.tabs.addTab(approvals, self.tr("Persetujuan supervisor"))
        outer.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan aturan kasus"), self)
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Batalkan perubahan"), self)
        self.reset_button.setObjectName("resetRules")
        self.reset_button.clicked.connect(lambda: self.load(force=True))
        self.message = QLabel(self)
        self.message.setObjectName("rulesMessage")
        self.message.setWordWrap(True)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.message, 1)
        outer.addLayout(bottom)
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------------
    def _spin(self, parent: QWidget, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(self.tr(" hari"))
        spin.setMinimumWidth(90)
        spin.setMaximumWidth(120)
        spin.valueChanged.connect(self._edited)
        return spin

    def _scrolled(self, body: QWidget) -> QScrollArea:
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _error(self, parent: QWidget, key: str) -> QLabel:
        self.errors[key] = label = error_label(parent, f"error_{key}")
        return label

    def transition_label(self, t: Transition) -> str:
        if t.reopen:
            return self.tr("Buka kembali kasus")
        source = self.tr("Tahap mana pun") if t.source == ANY else stage_label(t.source)
        target = self.tr("tahap mana pun") if t.target == ANY else stage_label(t.target)
        return f"{source} → {target}"

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.save_button, self.reset_button, self.approvals, self.phase1,
                       self.phase2, self.warn, self.visit, *self.stage_days.values()):
            widget.setEnabled(enabled)

    # -- loading -------------------------------------------------------------------------
    def load(self, force: bool = False) -> None:
        """Read the office's rules (kept edits stay unless ``force``)."""
        if self.dirty and not force:
            return
        self.ctx.ops.query(self.ctx.backend.office.casework_rules, on_done=self.show_rules,
                           on_error=self._failed)

    def show_rules(self, rules: CaseworkRules) -> None:
        self.rules = rules
        self._filling = True
        self.phase1.setValue(rules.allowance.phase1_days)
        self.phase2.setValue(rules.allowance.phase2_days)
        self.warn.setValue(rules.allowance.warn_days)
        self.visit.setValue(rules.home_visit_warn_days)
        order = [s for s in casework_config().stage_codes() if s in rules.stage_max_days]
        order += [s for s in rules.stage_max_days if s not in order]
        if list(self.stage_days) != order:
            while self.stage_form.rowCount():
                self.stage_form.removeRow(0)
            self.stage_days = {}
            for code in order:
                spin = self._spin(self.stage_form.parentWidget(), f"stage_{code}", 1, 3650)
                self.stage_days[code] = spin
                self.stage_form.addRow(stage_label(code), spin)
        for code, spin in self.stage_days.items():
            spin.setValue(rules.stage_max_days[code])
        self.approvals.set_codes([key for key, needed in rules.approval.items() if needed])
        self._filling = False
        self.dirty = False
        self._set_enabled(True)
        self.show_problems({})

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.dirty = True
            self.message.clear()

    def current(self) -> CaseworkRules:
        """The rules as shown (every known stage change gets an approval switch)."""
        ticked = set(self.approvals.codes())
        keys = [t.key for t in casework_config().transitions]
        if self.rules is not None:
            keys += [k for k in self.rules.approval if k not in keys]
        return CaseworkRules(
            allowance=AllowanceLimits(self.phase1.value(), self.phase2.value(),
                                      self.warn.value()),
            stage_max_days={code: spin.value() for code, spin in self.stage_days.items()},
            home_visit_warn_days=self.visit.value(),
            approval={key: key in ticked for key in keys})

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        self.show_problems({})
        self.save_button.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.office.save_casework_rules, self.current(),
                            on_done=self._saved, on_error=self._failed)

    def _saved(self, changes: ChangeSet) -> None:
        self.save_button.setEnabled(True)
        self.rules = self.current()
        self.dirty = False
        theme.apply(self.message, Role.TEXT)
        self.message.setText(self.tr("Aturan kasus tersimpan."))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.rules is not None)
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return
        theme.apply(self.message, Role.ERROR)
        self.message.setText(message_for(exc))

    def show_problems(self, problems: dict[str, str]) -> None:
        unknown = place_problems(self.errors, problems)
        if problems:
            self.tabs.setCurrentIndex(0)  # every field with a problem is on the first tab
            theme.apply(self.message, Role.ERROR)
            self.message.setText(" ".join([error_text("validation_failed"), *unknown]))
        elif theme.shows(self.message, Role.ERROR):
            self.message.clear()
