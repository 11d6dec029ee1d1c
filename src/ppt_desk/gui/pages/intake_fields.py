"""The intake form's widgets, grouped, in keyboard order; values in and out as a dict."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QCheckBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from ...domain.age import age_at_intake, age_band, is_child
from .. import theme
from ..labels import code_items, code_label
from ..theme import Role
from ..widgets.check_list import CheckList
from ..widgets.combos import CodeCombo
from ..widgets.date_field import CalendarDateEdit
from ..widgets.documents_editor import DocumentsEditor
from ..widgets.region_picker import RegionPicker
from .intake_payload import DRAFT_VERSION

FREQUENT_MODUS = 7
HOME_COUNTRY = "ID"   # citizenship preselected on a new intake (Indonesia)


_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def _date_edit(parent: QWidget, value: QDate) -> QDateEdit:
    edit = CalendarDateEdit(value, parent)  # Alt+Down opens the calendar, never steps the date
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


class _ChoiceButton(QRadioButton):
    """An arrow key selects the option it moves to, also when none was chosen yet.

    (Qt only moves the focus then, so the next Tab skipped the chosen option's field.)
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in _ARROWS and self.group() is not None:
            reached = QApplication.focusWidget()
            if reached is not self and isinstance(reached, QRadioButton) \
                    and reached.group() is self.group() and not reached.isChecked():
                reached.click()


class IntakeFields(QWidget):
    """All CaseIntake fields. ``changed`` fires on every user edit (not while restoring)."""

    changed = Signal()

    def __init__(self, default_assignee: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_assignee = default_assignee
        self._restoring = False
        self._birth_touched = False
        self.errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.setMaximumWidth(980)  # long lines are hard to read on wide screens
        self._build_identity(self)
        self._build_origin(self)
        self._build_guardian(self)
        self._build_intake(self)
        self._build_modus(self)
        self.body.addStretch(1)
        self._connect_changes(self)
        self._update_age()

    # -- building ------------------------------------------------------------------
    def _group(self, parent: QWidget, title: str) -> QFormLayout:
        box = QGroupBox(title, parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addWidget(box)
        return form

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str | None = None) -> None:
        form.addRow(label, widget)
        if field:
            error = QLabel(widget.parentWidget())
            error.setObjectName(f"error_{field}")
            theme.apply(error, Role.ERROR)
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[field] = error
            self.field_widgets[field] = widget

    def _build_identity(self, body: QWidget) -> None:
        form = self._group(body, self.tr("Identitas"))
        self.full_name = QLineEdit(body)
        self.full_name.setObjectName("full_name")
        self._row(form, self.tr("Nama lengkap *"), self.full_name, "full_name")
        self.aliases = QLineEdit(body)
        self.aliases.setPlaceholderText(self.tr("pisahkan dengan koma"))
        self._row(form, self.tr("Nama lain / alias"), self.aliases)
        sex_box = QWidget(body)
        sex_row = QHBoxLayout(sex_box)
        sex_row.setContentsMargins(0, 0, 0, 0)
        self.sex_group = QButtonGroup(self)
        self.sex_buttons: dict[str, QRadioButton] = {}
        for code, label in code_items("sex"):
            button = _ChoiceButton(label, sex_box)
            button.setObjectName(f"sex_{code}")
            self.sex_group.addButton(button)
            self.sex_buttons[code] = button
            sex_row.addWidget(button)
        sex_row.addStretch(1)
        self._row(form, self.tr("Jenis kelamin *"), sex_box, "sex")
        age_box = QWidget(body)
        age_row = QHBoxLayout(age_box)
        age_row.setContentsMargins(0, 0, 0, 0)
        self.age_mode = QButtonGroup(self)
        self.by_birth = _ChoiceButton(self.tr("Tanggal lahir"), age_box)
        self.by_birth.setObjectName("by_birth")
        self.birth_date = _date_edit(age_box, QDate(2000, 1, 1))
        self.birth_date.setObjectName("birth_date")
        self.by_estimate = _ChoiceButton(self.tr("Perkiraan umur"), age_box)
        self.by_estimate.setObjectName("by_estimate")
        self.estimated_age = QSpinBox(age_box)
        self.estimated_age.setObjectName("estimated_age")
        self.estimated_age.setRange(0, 120)
        self.estimated_age.setSuffix(self.tr(" tahun"))
        for widget in (self.by_birth, self.birth_date, self.by_estimate, self.estimated_age):
            age_row.addWidget(widget)
        age_row.addStretch(1)
        self.age_mode.addButton(self.by_birth)
        self.age_mode.addButton(self.by_estimate)
        self._row(form, self.tr("Umur *"), age_box, "birth_date")
        self.errors["estimated_age"] = self.errors["birth_date"]
        self.field_widgets["estimated_age"] = self.estimated_age
        self.age_display = QLabel(body)
        self.age_display.setTextFormat(Qt.TextFormat.RichText)
        self.age_display.setObjectName("age_display")
        form.addRow(self.tr("Umur saat pengaduan"), self.age_display)
        self.nik = QLineEdit(body)
        self.nik.setObjectName("nik")
        self.nik.setMaxLength(20)
        self.nik.setPlaceholderText(self.tr("16 angka, jika ada"))
        self._row(form, self.tr("NIK"), self.nik, "nik")
        self.documents = DocumentsEditor(body)
        self._row(form, self.tr("Dokumen identitas"), self.documents, "documents")

    def _build_origin(self, body: QWidget) -> None:
        form = self._group(body, self.tr("Asal dan Bahasa"))
        self.citizenship = CodeCombo(body)
        self.citizenship.setObjectName("citizenship")
        self.citizenship.set_codelist("country")
        self.citizenship.set_code(HOME_COUNTRY)
        self._row(form, self.tr("Kewarganegaraan"), self.citizenship, "citizenship")
        self.region = RegionPicker(4, body, form=form)
        self.address_text = QLineEdit(body)
        self.address_text.setPlaceholderText(self.tr("dusun, RT/RW, jalan, atau keterangan lain"))
        self._row(form, self.tr("Alamat"), self.address_text)
        self.languages = CheckList(body)
        self.languages.setObjectName("languages")
        self.languages.set_items(code_items("language"))
        self.languages.setMaximumHeight(110)
        self._row(form, self.tr("Bahasa"), self.languages, "languages")
        self.needs_interpreter = QCheckBox(self.tr("Perlu penerjemah"), body)
        form.addRow("", self.needs_interpreter)

    def _build_guardian(self, body: QWidget) -> None:
        form = self._group(body, self.tr("Wali (korban anak)"))
        self.guardian_box = form.parentWidget()
        self.guardian_name = QLineEdit(body)
        self.guardian_name.setObjectName("guardian_name")
        self._row(form, self.tr("Nama wali"), self.guardian_name, "guardian")
        self.guardian_relation = CodeCombo(body)
        self.guardian_relation.set_codelist("guardian_relation")
        self._row(form, self.tr("Hubungan"), self.guardian_relation)
        self.guardian_contact = QLineEdit(body)
        self._row(form, self.tr("Kontak wali"), self.guardian_contact)

    def _build_intake(self, body: QWidget) -> None:
        form = self._group(body, self.tr("Pengaduan"))
        self.intake_date = _date_edit(body, QDate.currentDate())
        self.intake_date.setObjectName("intake_date")
        self._row(form, self.tr("Tanggal pengaduan *"), self.intake_date, "intake_date")
        self.intake_channel = CodeCombo(body)
        self.intake_channel.setObjectName("intake_channel")
        self.intake_channel.set_codelist("intake_channel")
        self._row(form, self.tr("Jalur pengaduan *"), self.intake_channel, "intake_channel")
        self.referrer_kind = CodeCombo(body)
        self.referrer_kind.set_codelist("referrer_kind")
        self._row(form, self.tr("Perujuk"), self.referrer_kind)
        self.referrer_name = QLineEdit(body)
        self.referrer_name.setPlaceholderText(self.tr("nama lembaga atau orang yang merujuk"))
        self._row(form, self.tr("Nama perujuk"), self.referrer_name)
        self.victim_status = CodeCombo(body)
        self.victim_status.setObjectName("victim_status")
        self.victim_status.set_codelist("victim_status")
        self._row(form, self.tr("Status korban *"), self.victim_status, "victim_status")
        self.victim_role = CodeCombo(body)
        self.victim_role.set_codelist("victim_role")
        self.victim_role.set_code("KORBAN")
        self._row(form, self.tr("Peran dalam kasus *"), self.victim_role, "victim_role")
        self.assigned = CodeCombo(body)
        self.assigned.setObjectName("assigned")
        self._row(form, self.tr("Pendamping"), self.assigned)
        self.notes = QPlainTextEdit(body)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self._row(form, self.tr("Catatan"), self.notes)

    def _build_modus(self, body: QWidget) -> None:
        form = self._group(body, self.tr("Modus"))
        self.modus = CheckList(body)
        self.modus.setObjectName("modus")
        items = code_items("modus")
        self.modus.set_items(items, {code for code, _l in items[:FREQUENT_MODUS]},
                             self.tr("Sering ditemukan"))
        self.modus.setMinimumHeight(180)
        self._row(form, self.tr("Modus (★ = paling sering)"), self.modus, "modus")

    def _connect_changes(self, body: QWidget) -> None:
        for edit in body.findChildren(QLineEdit):
            if not isinstance(edit.parentWidget(), (QDateEdit, QSpinBox)):
                edit.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        for combo in body.findChildren(CodeCombo):
            combo.code_changed.connect(self._changed)
        for group in (self.sex_group, self.age_mode):
            group.buttonToggled.connect(self._changed)
        self.birth_date.dateChanged.connect(self._birth_changed)
        self.intake_date.dateChanged.connect(self._changed)
        self.estimated_age.valueChanged.connect(self._changed)
        self.needs_interpreter.toggled.connect(self._changed)
        for signal in (self.documents.changed, self.languages.changed, self.modus.changed,
                       self.region.changed):
            signal.connect(self._changed)

    # -- live state ------------------------------------------------------------------
    def _birth_changed(self, *_args) -> None:
        if not self._restoring:
            self._birth_touched = True
            if not self.by_birth.isChecked():
                self.by_birth.setChecked(True)
        self._changed()

    def _changed(self, *_args) -> None:
        self._update_age()
        if not self._restoring:
            self.changed.emit()

    def current_age(self) -> int | None:
        intake = self.intake_date.date().toPython()
        if self.by_birth.isChecked() and self._birth_touched:
            return age_at_intake(intake, self.birth_date.date().toPython(), None)
        if self.by_estimate.isChecked():
            return self.estimated_age.value()
        return None

    def _update_age(self) -> None:
        self.birth_date.setEnabled(self.by_birth.isChecked() or not self.by_estimate.isChecked())
        self.estimated_age.setEnabled(self.by_estimate.isChecked())
        age = self.current_age()
        if age is None:
            self.age_display.setText(self.tr("— (isi tanggal lahir atau perkiraan umur)"))
        else:
            band = age_band(age)
            text = self.tr("{age} tahun · kelompok umur {band}").format(
                age=age, band=code_label("age_band", band.value if band else ""))
            if is_child(age):
                text += " · " + theme.html(Role.CAUTION, self.tr("KORBAN ANAK"))
            self.age_display.setText(text)
        self.guardian_box.setVisible(bool(is_child(age)))

    # -- values ----------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        sex = next((code for code, b in self.sex_buttons.items() if b.isChecked()), "")
        mode = ("birth" if self.by_birth.isChecked() else
                "estimate" if self.by_estimate.isChecked() else "")
        return {
            "version": DRAFT_VERSION,
            "full_name": self.full_name.text(), "aliases": self.aliases.text(), "sex": sex,
            "age_mode": mode,
            "birth_date": (self.birth_date.date().toPython().isoformat()
                           if self._birth_touched else None),
            "estimated_age": self.estimated_age.value() if mode == "estimate" else None,
            "nik": self.nik.text().strip(), "documents": self.documents.values(),
            "citizenship": self.citizenship.code(),
            "origin": self.region.codes(), "address_text": self.address_text.text(),
            "languages": self.languages.codes(),
            "needs_interpreter": self.needs_interpreter.isChecked(),
            "guardian_name": self.guardian_name.text(),
            "guardian_relation": self.guardian_relation.code(),
            "guardian_contact": self.guardian_contact.text(),
            "intake_date": self.intake_date.date().toPython().isoformat(),
            "intake_channel": self.intake_channel.code(),
            "referrer_kind": self.referrer_kind.code(), "referrer_name": self.referrer_name.text(),
            "victim_status": self.victim_status.code(), "victim_role": self.victim_role.code(),
            "assigned_user_id": self.assigned.code(), "modus": self.modus.codes(),
            "notes": self.notes.toPlainText(),
        }

    def set_payload(self, p: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.full_name.setText(p.get("full_name", ""))
            self.aliases.setText(p.get("aliases", ""))
            self.sex_group.setExclusive(False)
            for code, button in self.sex_buttons.items():
                button.setChecked(code == p.get("sex"))
            self.sex_group.setExclusive(True)
            self.age_mode.setExclusive(False)
            self.by_birth.setChecked(p.get("age_mode") == "birth")
            self.by_estimate.setChecked(p.get("age_mode") == "estimate")
            self.age_mode.setExclusive(True)
            birth = p.get("birth_date")
            self._birth_touched = bool(birth)
            self.birth_date.setDate(QDate.fromString(birth, Qt.DateFormat.ISODate) if birth
                                    else QDate(2000, 1, 1))
            self.estimated_age.setValue(int(p.get("estimated_age") or 0))
            self.nik.setText(p.get("nik", ""))
            self.documents.set_values(p.get("documents", []))
            self.citizenship.set_code(p.get("citizenship", HOME_COUNTRY))
            self.region.set_codes(list(p.get("origin") or []))
            self.address_text.setText(p.get("address_text", ""))
            self.languages.set_codes(p.get("languages", []))
            self.needs_interpreter.setChecked(bool(p.get("needs_interpreter")))
            self.guardian_name.setText(p.get("guardian_name", ""))
            self.guardian_relation.set_code(p.get("guardian_relation", ""))
            self.guardian_contact.setText(p.get("guardian_contact", ""))
            intake = p.get("intake_date")
            self.intake_date.setDate(QDate.fromString(intake, Qt.DateFormat.ISODate) if intake
                                     else QDate.currentDate())
            self.intake_channel.set_code(p.get("intake_channel", ""))
            self.referrer_kind.set_code(p.get("referrer_kind", ""))
            self.referrer_name.setText(p.get("referrer_name", ""))
            self.victim_status.set_code(p.get("victim_status", ""))
            self.victim_role.set_code(p.get("victim_role", "KORBAN"))
            self.assigned.set_code(p.get("assigned_user_id") or self.default_assignee)
            self.modus.set_codes(p.get("modus", []))
            self.notes.setPlainText(p.get("notes", ""))
        finally:
            self._restoring = False
        self._update_age()

    def fill_users(self, users) -> None:
        current = self.assigned.code() or self.default_assignee
        self._restoring = True
        self.assigned.set_items([(u.id, u.display_name) for u in users if u.active], keep=False)
        self.assigned.set_code(current)
        self._restoring = False

    def reset(self) -> None:
        self.set_payload({})
        self._birth_touched = False

    def focus_target(self, field: str) -> QWidget | None:
        if field == "sex":
            return next(iter(self.sex_buttons.values()))
        if field == "birth_date" and not self.age_mode.checkedButton():
            return self.by_birth
        return self.field_widgets.get(field)
