"""Add or change one of the office's own institution directory entries (Lembaga page); a
national entry shipped with the app, or a provincial one the secretariat sent, opens in the
same dialog, read-only."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...domain.institutions import Institution
from .. import theme
from ..context import AppContext
from ..labels import code_items, error_text, place_problems
from ..theme import Role
from ..widgets.check_list import CheckList
from ..widgets.combos import CodeCombo
from ..widgets.messages import error_label
from ..widgets.region_picker import RegionPicker
from .submit import SubmitFlow


class InstitutionDialog(SubmitFlow, QDialog):
    """``institution`` None: a new local entry; a national or provincial one (``.read_only``)
    is shown with every field read-only and only Tutup."""

    FIELDS = ("name", "acronym", "category", "level", "province_code", "regency_code",
              "address", "phone", "email", "contact_person", "services", "note")

    def __init__(self, ctx: AppContext, institution: Institution | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.institution = institution
        self.read_only = bool(institution is not None and institution.read_only)
        self.result_changes = None
        self.saved: Institution | None = None
        self.errors: dict[str, QLabel] = {}
        self.labels: list[QLabel] = []
        self.setObjectName("institutionDialog")
        self.setMinimumWidth(820)
        if institution is None:
            self.setWindowTitle(self.tr("Tambah lembaga"))
        elif institution.provincial:
            self.setWindowTitle(self.tr("Lembaga provinsi (data rujukan)"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Lembaga nasional (data bawaan)"))
        else:
            self.setWindowTitle(self.tr("Ubah lembaga"))
        layout = QVBoxLayout(self)
        if self.read_only:
            note = QLabel(self.tr("Lembaga ini dikirim Sekretariat provinsi sebagai data "
                                  "rujukan dan tidak dapat diubah di sini.")
                          if institution is not None and institution.provincial else
                          self.tr("Lembaga ini bagian dari direktori nasional yang dibawa "
                                  "aplikasi dan tidak dapat diubah di sini."), self)
            note.setObjectName("readOnlyNote")
            note.setWordWrap(True)
            theme.apply(note, Role.HINT)
            layout.addWidget(note)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        # -- left: who and where --------------------------------------------------------
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line("name", self.tr("mis. Dinas Sosial Kota Kupang"))
        self.acronym = self._line("acronym", self.tr("mis. Dinsos"))
        self.acronym.setMaxLength(40)
        self.category = CodeCombo(self, blank="—")
        self.category.setObjectName("category")
        self.category.set_codelist("institution_category")
        self.category.setMinimumContentsLength(28)
        self.level = CodeCombo(self, blank="—")
        self.level.setObjectName("level")
        self.level.set_codelist("institution_level")
        self._row("name", self.tr("Nama *"), self.name)
        self._row("acronym", self.tr("Singkatan"), self.acronym)
        self._row("category", self.tr("Kategori *"), self.category)
        self._row("level", self.tr("Tingkat *"), self.level)
        self.region = RegionPicker(levels=2, parent=self, form=self.form)
        self.errors["province_code"] = self._error("province_code")
        self.form.addRow("", self.errors["province_code"])
        self.errors["regency_code"] = self._error("regency_code")
        self.form.addRow("", self.errors["regency_code"])
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 2 + 14)
        self.phone = self._line("phone", self.tr("mis. 0380 123456"))
        self.email = self._line("email", "")
        self.contact_person = self._line("contact_person", self.tr("nama dan jabatan"))
        self._row("address", self.tr("Alamat"), self.address)
        self._row("phone", self.tr("Telepon"), self.phone)
        self._row("email", self.tr("Email"), self.email)
        self._row("contact_person", self.tr("Narahubung"), self.contact_person)
        self.website: QLineEdit | None = None
        if institution is not None and institution.website:
            # shipped with national entries only; the office's own entries have none
            self.website = self._line("website", "")
            self.form.addRow(self.tr("Situs web"), self.website)
        self.active = QCheckBox(self.tr("Aktif (ditawarkan saat memilih lembaga)"), self)
        self.active.setObjectName("active")
        self.active.setChecked(True)
        self.form.addRow("", self.active)
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)  # rows keep their spacing when the service list is taller
        columns.addLayout(left, 3)

        # -- right: services and note ---------------------------------------------------
        right = QVBoxLayout()
        services_box = QGroupBox(self.tr("Layanan yang diberikan"), self)
        services_layout = QVBoxLayout(services_box)
        if not self.read_only:
            hint = QLabel(self.tr("Centang layanan yang dapat diberikan lembaga ini (Spasi "
                                  "mencentang)."), services_box)
            hint.setWordWrap(True)
            theme.apply(hint, Role.HINT)
            services_layout.addWidget(hint)
        self.services = CheckList(services_box, wrap=True)
        self.services.setObjectName("services")
        self.services.set_items(code_items("service_type"))
        self.services.setMinimumHeight(self.services.sizeHintForRow(0) * 14)
        services_layout.addWidget(self.services, 1)
        self.errors["services"] = self._error("services")
        services_layout.addWidget(self.errors["services"])
        right.addWidget(services_box, 1)
        note_label = QLabel(self.tr("Catatan"), self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        note_label.setBuddy(self.note)
        right.addWidget(note_label)
        right.addWidget(self.note)
        self.services_box, self.right = services_box, right
        self.errors["note"] = self._error("note")
        right.addWidget(self.errors["note"])
        columns.addSpacing(8)
        columns.addLayout(right, 2)

        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.save_button = None
        if self.read_only:
            close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
            close.setObjectName("close")
            close.setDefault(True)
        else:
            self.save_button = buttons.addButton(self.tr("Simpan"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
            self.save_button.setObjectName("save")
            buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if institution is not None:
            self._fill(institution)
        if self.read_only:
            self._lock_fields()

    # -- building --------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _error(self, key: str) -> QLabel:
        return error_label(self, f"error_{key}")

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        text = QLabel(label, self)
        text.setBuddy(widget)
        self.labels.append(text)
        self.form.addRow(text, widget)
        self.errors[key] = self._error(key)
        self.form.addRow("", self.errors[key])

    def _fill(self, inst: Institution) -> None:
        self.name.setText(inst.name)
        self.acronym.setText(inst.acronym)
        self.category.set_code(inst.category)
        self.level.set_code(inst.level)
        self.region.set_codes([inst.province_code, inst.regency_code])
        self.address.setPlainText(inst.address)
        self.phone.setText(inst.phone)
        self.email.setText(inst.email)
        self.contact_person.setText(inst.contact_person)
        if self.website is not None:
            self.website.setText(inst.website)
        self.services.set_codes(list(inst.services))
        self.note.setPlainText(inst.note)
        self.active.setChecked(inst.active)

    def _lock_fields(self) -> None:
        """Read-only: texts stay selectable, choices are disabled, and the service list
        shows only what the institution offers (still scrollable)."""
        for edit in (self.name, self.acronym, self.phone, self.email, self.contact_person,
                     self.website):
            if edit is not None:
                edit.setReadOnly(True)
                edit.setPlaceholderText("")
                edit.setCursorPosition(0)  # a long name shows its beginning
                edit.setToolTip(edit.text())
        for text in (self.address, self.note):
            text.setReadOnly(True)
        for label in self.labels:  # nothing to fill in: no "required" marks
            label.setText(label.text().removesuffix(" *"))
        for widget in (self.category, self.level, *self.region.combos, self.active):
            widget.setEnabled(False)
        offered = set(self.institution.services if self.institution else ())
        items = [(code, label) for code, label in code_items("service_type") if code in offered]
        if items:
            self.services.set_items(items)
            self.services.set_codes([code for code, _label in items])
            for n in range(self.services.count()):
                item = self.services.item(n)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        else:
            self.services.set_items([("", self.tr("(tidak dicatat)"))])
            self.services.item(0).setFlags(Qt.ItemFlag.ItemIsEnabled)
        # the list as tall as its items (at most 12 rows); the note gets the rest
        rows = min(max(self.services.count(), 3), 12)
        self.services.setMinimumHeight(0)
        self.services.setFixedHeight(self.services.sizeHintForRow(0) * rows
                                     + 2 * self.services.frameWidth() + 4)
        self.note.setMinimumHeight(self.note.maximumHeight())
        self.note.setMaximumHeight(16777215)
        self.right.setStretchFactor(self.services_box, 0)
        self.right.setStretchFactor(self.note, 1)

    # -- saving ----------------------------------------------------------------------------
    def current(self) -> Institution:
        """The entry as typed (the backend tidies spaces and checks it)."""
        province, regency = self.region.codes()
        base = self.institution or Institution(id="", name="", category="", level="")
        return replace(
            base, name=self.name.text(), acronym=self.acronym.text(),
            category=self.category.code(), level=self.level.code(),
            province_code=province, regency_code=regency,
            address=self.address.toPlainText(), phone=self.phone.text(),
            email=self.email.text(), contact_person=self.contact_person.text(),
            services=tuple(self.services.codes()), note=self.note.toPlainText(),
            active=self.active.isChecked())

    def submit(self) -> None:
        if self.read_only or self.save_button is None:
            self.reject()
            return
        self.show_problems({})
        self.run_submit(self.ctx.backend.directory.save, self.current())

    def submitted(self, result) -> None:
        self.result_changes, self.saved = result

    def show_message(self, text: str, exc: BaseException) -> None:
        self.message.setText(text)
        self.message.show()

    def show_problems(self, problems: dict[str, str]) -> None:
        unknown = place_problems(self.errors, problems)
        if not problems:
            self.message.hide()
            return
        self.message.setText(" ".join([error_text("validation_failed"), *unknown]))
        self.message.show()
        widgets = {"name": self.name, "acronym": self.acronym, "category": self.category,
                   "level": self.level, "province_code": self.region.combos[0],
                   "regency_code": self.region.combos[1], "address": self.address,
                   "phone": self.phone, "email": self.email,
                   "contact_person": self.contact_person, "services": self.services,
                   "note": self.note}
        first = next((k for k in self.FIELDS if k in problems), None)
        if first is not None:
            widgets[first].setFocus()
