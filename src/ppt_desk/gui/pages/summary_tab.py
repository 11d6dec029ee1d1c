"""The case page's Ringkasan tab: who the victim is (identity, NIK shown masked until asked,
origin and languages, guardian) beside the complaint as it was taken in (intake)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
    QWidget,
)

from ...services.dto import CaseDetail
from ...services.reference_data import regions
from ..labels import code_label

DATE = "%d/%m/%Y"


def mask_nik(nik: str) -> str:
    """5371010101900001 -> 5371••••••••0001 (the first four digits name only the regency)."""
    if len(nik) <= 8:
        return "•" * len(nik)
    return nik[:4] + "•" * (len(nik) - 8) + nik[-4:]


def _clear_form(form: QFormLayout, keep: tuple[QWidget, ...] = ()) -> None:
    """Empty ``form``; the widgets in ``keep`` are only taken out, the others deleted."""
    while form.rowCount():
        row = form.takeRow(0)
        for item in (row.labelItem, row.fieldItem):
            widget = item.widget() if item is not None else None
            if widget is None and item is not None and item.layout() is not None:
                layout = item.layout()
                while layout.count():
                    child = layout.takeAt(0).widget()
                    if child is not None and child not in keep:
                        child.hide()  # not painted again before it is deleted
                        child.deleteLater()
                    elif child is not None:
                        child.setParent(None)
                layout.deleteLater()
                continue
            if widget is not None and widget not in keep:
                widget.hide()
                widget.deleteLater()
            elif widget is not None:
                widget.setParent(None)


def _value(form: QFormLayout, label: str, text: str, name: str = "") -> None:
    value = QLabel(text or "—")
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        value.setObjectName(name)  # tests find the name and the case number by it
    form.addRow(label, value)


class SummaryTab(QScrollArea):
    """Identitas, Asal dan Bahasa and Wali on the left, Pengaduan on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.identity = self._group(left, self.tr("Identitas"))
        self.origin = self._group(left, self.tr("Asal dan Bahasa"))
        self.guardian = self._group(left, self.tr("Wali"))
        left.addStretch(1)
        self.intake = self._group(right, self.tr("Pengaduan"))
        right.addStretch(1)
        self.setWidget(body)
        # The NIK row outlives every case shown: only its text changes.
        self.nik_value = QLabel(self)
        self.nik_value.setObjectName("nik")
        self.nik_toggle = QPushButton(self.tr("Tampilkan"), self)
        self.nik_toggle.setObjectName("nikToggle")
        self.nik_toggle.setCheckable(True)
        self.nik_toggle.toggled.connect(self._toggle_nik)
        self.nik_value.hide()  # until a case places them in its Identitas box
        self.nik_toggle.hide()

    @staticmethod
    def _group(column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addWidget(box)
        return form

    def _forms(self) -> tuple[QFormLayout, ...]:
        return (self.identity, self.origin, self.guardian, self.intake)

    def show_case(self, detail: CaseDetail) -> None:
        for form in self._forms():
            _clear_form(form, keep=(self.nik_value, self.nik_toggle))
        self.detail = detail
        c = detail.intake
        f = self.identity
        _value(f, self.tr("Nama lengkap"), c.full_name, "fullName")
        _value(f, self.tr("Nama lain"), ", ".join(c.aliases))
        _value(f, self.tr("Jenis kelamin"), code_label("sex", c.sex))
        _value(f, self.tr("Kewarganegaraan"), code_label("country", c.citizenship)
               if c.citizenship else "")
        age = "" if detail.age is None else self.tr("{age} tahun").format(age=detail.age)
        band = code_label("age_band", detail.age_band)
        child = self.tr("korban anak") if detail.is_child else ""
        _value(f, self.tr("Umur"), " · ".join(p for p in (age, band, child) if p))
        if c.birth_date:
            _value(f, self.tr("Tanggal lahir"), c.birth_date.strftime(DATE))
        self.nik_toggle.blockSignals(True)
        self.nik_toggle.setChecked(False)
        self.nik_toggle.setText(self.tr("Tampilkan"))
        self.nik_toggle.blockSignals(False)
        self.nik_value.setText(mask_nik(c.nik) if c.nik else "—")
        nik_row = QHBoxLayout()
        nik_row.addWidget(self.nik_value)
        nik_row.addWidget(self.nik_toggle)
        nik_row.addStretch(1)
        f.addRow(self.tr("NIK"), nik_row)
        self.nik_value.show()  # once in the box: shown earlier, it would be a window
        self.nik_toggle.setVisible(bool(c.nik))
        docs = "; ".join(f"{code_label('identity_doc_type', d.doc_type)}: {d.number}"
                         for d in c.documents)
        _value(f, self.tr("Dokumen"), docs)
        o = self.origin
        names = [regions().name(code) for code in (c.origin.village_code, c.origin.district_code,
                                                   c.origin.regency_code, c.origin.province_code)]
        _value(o, self.tr("Alamat"), c.origin.text)
        _value(o, self.tr("Wilayah"), ", ".join(p for p in names if p))
        langs = ", ".join(code_label("language", code) for code in c.languages)
        if c.needs_interpreter:
            langs += " — " + self.tr("perlu penerjemah")
        _value(o, self.tr("Bahasa"), langs)
        g = self.guardian
        self.guardian.parentWidget().setVisible(bool(c.guardian.name or c.guardian.relation))
        _value(g, self.tr("Nama wali"), c.guardian.name)
        _value(g, self.tr("Hubungan"), code_label("guardian_relation", c.guardian.relation))
        _value(g, self.tr("Kontak"), c.guardian.contact)
        i = self.intake
        _value(i, self.tr("No. kasus"), detail.case_number, "caseNumber")
        _value(i, self.tr("Tanggal pengaduan"), c.intake_date.strftime(DATE))
        _value(i, self.tr("Jalur pengaduan"), code_label("intake_channel", c.intake_channel))
        referrer = " — ".join(p for p in (code_label("referrer_kind", c.referrer_kind),
                                          c.referrer_name) if p)
        _value(i, self.tr("Perujuk"), referrer)
        _value(i, self.tr("Status korban"), code_label("victim_status", c.victim_status))
        _value(i, self.tr("Peran"), code_label("victim_role", c.victim_role))
        _value(i, self.tr("Modus"), "\n".join(code_label("modus", m) for m in c.modus))
        _value(i, self.tr("Pendamping"), detail.assigned_name)
        _value(i, self.tr("Catatan"), c.notes)

    def _toggle_nik(self, shown: bool) -> None:
        if self.detail is None:
            return
        nik = self.detail.intake.nik
        self.nik_value.setText(nik if shown else mask_nik(nik))
        self.nik_toggle.setText(self.tr("Sembunyikan") if shown else self.tr("Tampilkan"))

    def clear(self) -> None:
        self.detail = None
        self.nik_value.clear()
        for form in self._forms():
            _clear_form(form, keep=(self.nik_value, self.nik_toggle))
