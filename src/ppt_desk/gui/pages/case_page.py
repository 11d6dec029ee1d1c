"""One case: identity, intake and the timeline of changes."""
from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.dto import CaseDetail, ChangeSet, TimelineEntry
from ..context import AppContext
from ..labels import code_label, message_for
from ..regions import regions
from .base import BasePage



def mask_nik(nik: str) -> str:
    """5371010101900001 -> 5371••••••••0001 (the first four digits name only the regency)."""
    if len(nik) <= 8:
        return "•" * len(nik)
    return nik[:4] + "•" * (len(nik) - 8) + nik[-4:]


class CasePage(BasePage):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail: CaseDetail | None = None
        self._nik_shown = False
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Daftar Kasus"), self)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        outer.addLayout(top)
        self.notice = QLabel(self)
        self.notice.setObjectName("caseNotice")
        self.notice.setStyleSheet("background: #e6f4ea; padding: 6px; border-radius: 4px;")
        self.notice.hide()
        outer.addWidget(self.notice)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        outer.addWidget(self.error)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.identity = self._group(left, self.tr("Identitas"))
        self.origin = self._group(left, self.tr("Asal dan Bahasa"))
        self.guardian = self._group(left, self.tr("Wali"))
        left.addStretch(1)
        self.intake = self._group(right, self.tr("Pengaduan"))
        timeline_box = QGroupBox(self.tr("Riwayat perubahan"), body)
        timeline_layout = QVBoxLayout(timeline_box)
        self.timeline = QTableWidget(0, 4, timeline_box)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Data"),
                                                 self.tr("Perubahan"), self.tr("Oleh")])
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setMinimumHeight(160)
        timeline_layout.addWidget(self.timeline)
        right.addWidget(timeline_box, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.nik_value = QLabel(self)
        self.nik_value.setObjectName("nik")
        self.nik_toggle = QPushButton(self.tr("Tampilkan"), self)
        self.nik_toggle.setObjectName("nikToggle")
        self.nik_toggle.setCheckable(True)
        self.nik_toggle.toggled.connect(self._toggle_nik)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column.addWidget(box)
        return form

    @staticmethod
    def _clear_form(form: QFormLayout, keep: tuple[QWidget, ...] = ()) -> None:
        while form.rowCount():
            row = form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is None and item is not None and item.layout() is not None:
                    layout = item.layout()
                    while layout.count():
                        child = layout.takeAt(0).widget()
                        if child is not None and child not in keep:
                            child.deleteLater()
                        elif child is not None:
                            child.setParent(None)
                    continue
                if widget is not None and widget not in keep:
                    widget.deleteLater()
                elif widget is not None:
                    widget.setParent(None)

    def _value(self, form: QFormLayout, label: str, text: str, name: str = "") -> None:
        value = QLabel(text or "—")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            value.setObjectName(name)
        form.addRow(label, value)

    # -- loading -------------------------------------------------------------------
    def load(self, case_id: str, notice: str = "") -> None:
        self.clear()
        if notice:
            self.notice.setText(notice)
            self.notice.show()
        self.ctx.runner.run(self.ctx.backend.open_case, case_id, on_done=self.show_case,
                            on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def show_case(self, detail: CaseDetail) -> None:
        if not self.ctx.backend.is_unlocked:
            return
        self.detail = detail
        self.error.hide()
        c = detail.intake
        self.title.setText(f"{detail.case_number} — {c.full_name}")
        f = self.identity
        self._value(f, self.tr("Nama lengkap"), c.full_name, "fullName")
        self._value(f, self.tr("Nama lain"), ", ".join(c.aliases))
        self._value(f, self.tr("Jenis kelamin"), code_label("sex", c.sex))
        age = "" if detail.age is None else self.tr("{age} tahun").format(age=detail.age)
        band = code_label("age_band", detail.age_band)
        child = self.tr("korban anak") if detail.is_child else ""
        self._value(f, self.tr("Umur"), " · ".join(p for p in (age, band, child) if p))
        if c.birth_date:
            self._value(f, self.tr("Tanggal lahir"), c.birth_date.strftime("%d/%m/%Y"))
        self._nik_shown = False
        self.nik_toggle.blockSignals(True)
        self.nik_toggle.setChecked(False)
        self.nik_toggle.setText(self.tr("Tampilkan"))
        self.nik_toggle.blockSignals(False)
        self.nik_value.setText(mask_nik(c.nik) if c.nik else "—")
        nik_row = QHBoxLayout()
        nik_row.addWidget(self.nik_value)
        nik_row.addWidget(self.nik_toggle)
        self.nik_toggle.setVisible(bool(c.nik))
        nik_row.addStretch(1)
        f.addRow(self.tr("NIK"), nik_row)
        docs = "; ".join(f"{code_label('identity_doc_type', d.doc_type)}: {d.number}"
                         for d in c.documents)
        self._value(f, self.tr("Dokumen"), docs)
        o = self.origin
        names = [regions().name(code) for code in (c.origin.village_code, c.origin.district_code,
                                                   c.origin.regency_code, c.origin.province_code)]
        self._value(o, self.tr("Alamat"), c.origin.text)
        self._value(o, self.tr("Wilayah"), ", ".join(p for p in names if p))
        langs = ", ".join(code_label("language", code) for code in c.languages)
        if c.needs_interpreter:
            langs += " — " + self.tr("perlu penerjemah")
        self._value(o, self.tr("Bahasa"), langs)
        g = self.guardian
        self.guardian.parentWidget().setVisible(bool(c.guardian.name or c.guardian.relation))
        self._value(g, self.tr("Nama wali"), c.guardian.name)
        self._value(g, self.tr("Hubungan"), code_label("guardian_relation", c.guardian.relation))
        self._value(g, self.tr("Kontak"), c.guardian.contact)
        i = self.intake
        self._value(i, self.tr("No. kasus"), detail.case_number, "caseNumber")
        self._value(i, self.tr("Tanggal pengaduan"), c.intake_date.strftime("%d/%m/%Y"))
        self._value(i, self.tr("Jalur pengaduan"), code_label("intake_channel", c.intake_channel))
        referrer = " — ".join(p for p in (code_label("referrer_kind", c.referrer_kind),
                                          c.referrer_name) if p)
        self._value(i, self.tr("Perujuk"), referrer)
        self._value(i, self.tr("Status korban"), code_label("victim_status", c.victim_status))
        self._value(i, self.tr("Peran"), code_label("victim_role", c.victim_role))
        self._value(i, self.tr("Modus"), "\n".join(code_label("modus", m) for m in c.modus))
        self._value(i, self.tr("Pendamping"), detail.assigned_name)
        self._value(i, self.tr("Catatan"), c.notes)
        self._fill_timeline(detail.timeline)

    def _fill_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        ops = {"create": self.tr("dibuat"), "update": self.tr("diubah"),
               "delete": self.tr("dihapus")}
        entities = {"person": self.tr("Data pribadi"), "case_file": self.tr("Berkas kasus"),
                    "case_modus": self.tr("Modus")}
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            local = entry.at.replace(tzinfo=timezone.utc).astimezone()
            cells = (local.strftime("%d/%m/%Y %H:%M"), entities.get(entry.entity, entry.entity),
                     ops.get(entry.op, entry.op), entry.author_name)
            for column, text in enumerate(cells):
                self.timeline.setItem(row, column, QTableWidgetItem(text))

    def _toggle_nik(self, shown: bool) -> None:
        if self.detail is None:
            return
        nik = self.detail.intake.nik
        self.nik_value.setText(nik if shown else mask_nik(nik))
        self.nik_toggle.setText(self.tr("Sembunyikan") if shown else self.tr("Tampilkan"))

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.detail is not None and changes.touches_case(self.detail.id):
            self.load(self.detail.id)

    def clear(self) -> None:
        self.detail = None
        self.title.clear()
        self.notice.hide()
        self.nik_value.clear()
        for form in (self.identity, self.origin, self.guardian, self.intake):
            self._clear_form(form, keep=(self.nik_value, self.nik_toggle))
        self.timeline.setRowCount(0)
