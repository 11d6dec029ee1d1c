"""One case: a header line (stage, days in stage, caseworker, status; handover and
sharing) over tabs: Ringkasan (identity and intake), Perlindungan, Pemberdayaan, Layanan
(the service tracks), Persetujuan, Kelengkapan & Hambatan and Riwayat."""
from __future__ import annotations

import html
import importlib
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from ...services.change_set import ChangeSet
from ...services.dto import CaseDetail, RecordInfo
from .. import theme
from ..context import AppContext
from ..labels import casework_config, code_label, message_for, stage_label
from ..theme import Role
from ...domain.forms import FACT_CHILD
from ...services.reference_data import regions
from ..dialogs.group_session_dialog import GroupSessionDialog
from .base import BasePage
from .casework_common import fmt_date
from .empowerment_tab import EmpowermentTab
from .history_tab import HistoryTab
from .items_tab import ItemsTab
from .protection_tab import ProtectionTab
from .record_dialog import RecordDialog
from .services_tab import ServicesTab

FORMER_VICTIM = "EKS"


def _optional(module: str, name: str) -> Any:
    """A class from a GUI module another part of the work supplies; None while it is absent."""
    full = f"{__package__.rsplit('.', 1)[0]}.{module}"
    try:
        return getattr(importlib.import_module(full), name, None)
    except ModuleNotFoundError as exc:
        if exc.name and full.startswith(exc.name):
            return None
        raise


def mask_nik(nik: str) -> str:
    """5371010101900001 -> 5371••••••••0001 (the first four digits name only the regency)."""
    if len(nik) <= 8:
        return "•" * len(nik)
    return nik[:4] + "•" * (len(nik) - 8) + nik[-4:]


class CasePage(BasePage):
    back_requested = Signal()
    # The shown case is no longer visible to this user (handed over): back to the list.
    case_left = Signal(str)

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
        theme.apply(self.title, Role.TITLE)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        outer.addLayout(top)
        self._build_header(outer)
        self.notice = QLabel(self)
        self.notice.setObjectName("caseNotice")
        theme.apply(self.notice, Role.BANNER_DONE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.error = QLabel(self)
        self.error.setObjectName("caseError")
        self.error.setWordWrap(True)
        theme.apply(self.error, Role.ERROR)
        self.error.hide()
        outer.addWidget(self.error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self._build_summary()
        self.protection = ProtectionTab(self.tabs)
        self.empowerment = EmpowermentTab(ctx, self.tabs)
        self.services = ServicesTab(self.tabs)
        self.consent = self._build_consent()
        self.items = ItemsTab(self.tabs)
        self.history = HistoryTab(self.tabs)
        self.tabs.addTab(self.protection, self.tr("Perlindungan"))
        self.tabs.addTab(self.empowerment, self.tr("Pemberdayaan"))
        self.tabs.addTab(self.services, self.tr("Layanan"))
        self.tabs.addTab(self.consent, self.tr("Persetujuan"))
        self.tabs.addTab(self.items, self.tr("Kelengkapan && Hambatan"))
        self.tabs.addTab(self.history, self.tr("Riwayat"))
        for tab in (self.protection, self.empowerment, self.items, self.services):
            tab.add_requested.connect(self.add_record)
            tab.edit_requested.connect(self.edit_record)
        self.services.print_requested.connect(self.print_record)
        self.services.group_session_requested.connect(self.open_group_session)
        self.services.group_session_edit_requested.connect(self.open_group_session)
        self.services.group_session_delete_requested.connect(self.delete_group_session)
        self.group_dialog: GroupSessionDialog | None = None
        self.names: dict[str, str] = {}  # directory institution id -> name, for summaries
        self.empowerment.protection_requested.connect(
            lambda: self.tabs.setCurrentWidget(self.protection))
        self.timeline = self.history.timeline
        self.record_dialog: RecordDialog | None = None
        self.access_dialog: QDialog | None = None
        self.nik_value = QLabel(self)
        self.nik_value.setObjectName("nik")
        self.nik_toggle = QPushButton(self.tr("Tampilkan"), self)
        self.nik_toggle.setObjectName("nikToggle")
        self.nik_toggle.setCheckable(True)
        self.nik_toggle.toggled.connect(self._toggle_nik)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def _build_header(self, outer: QVBoxLayout) -> None:
        """Stage · days in stage · caseworker · status, and the handover / share buttons."""
        self.header = QFrame(self)
        self.header.setObjectName("caseHeader")
        theme.apply(self.header, Role.BOX_PANEL)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(8, 4, 8, 4)
        # Stage · days in stage · caseworker · status in one label, so that a long stage or
        # caseworker name wraps onto a second line only when the window is narrow.
        self.header_parts: dict[str, str] = {}
        self.header_text = QLabel(self.header)
        self.header_text.setObjectName("headerText")
        self.header_text.setWordWrap(True)
        self.header_text.setTextFormat(Qt.TextFormat.RichText)
        self.header_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.header_text, 1)
        self.handover_button = QPushButton(self.tr("Serah terima…"), self.header)
        self.handover_button.setObjectName("handover")
        self.handover_button.clicked.connect(lambda: self.open_access_dialog("HandoverDialog"))
        self.share_button = QPushButton(self.tr("Bagikan…"), self.header)
        self.share_button.setObjectName("share")
        self.share_button.clicked.connect(lambda: self.open_access_dialog("ShareDialog"))
        row.addWidget(self.handover_button)
        row.addWidget(self.share_button)
        self.header.hide()
        outer.addWidget(self.header)

    def _build_summary(self) -> None:
        scroll = QScrollArea(self.tabs)
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
        right.addStretch(1)
        scroll.setWidget(body)
        self.summary_tab = scroll
        self.tabs.addTab(scroll, self.tr("Ringkasan"))

    def _build_consent(self) -> QWidget:
        """The consent ledger tab (pages/consent_tab.py), or a note while it is absent."""
        consent_tab = _optional("pages.consent_tab", "ConsentTab")
        if consent_tab is not None:
            return consent_tab(self.ctx, self.tabs)
        note = QLabel(self.tr("Buku persetujuan korban belum tersedia di versi ini."),
                      self.tabs)
        note.setObjectName("consentPlaceholder")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        return note

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
        self.tabs.setCurrentIndex(0)
        if notice:
            self.notice.setText(notice)
            self.notice.show()
        self.ctx.ops.query(self.ctx.backend.cases.open, case_id, on_done=self.show_case,
                           on_error=self._failed)

    def reload(self) -> None:
        """Read the shown case again (after a save), keeping the tab and stage shown."""
        if self.detail is not None:
            self.ctx.ops.query(self.ctx.backend.cases.open, self.detail.id,
                               on_done=self.show_case, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        """Nothing of a case that could not be read stays on screen (e.g. handed over)."""
        was_shown = self.detail is not None
        self.clear()
        if was_shown and getattr(exc, "code", None) == "case_not_visible":
            self.case_left.emit(self.tr(
                "Kasus sudah diserahkan kepada pendamping lain dan tidak lagi terbuka untuk "
                "Anda."))
            return
        self.error.setText(message_for(exc))
        self.error.show()

    def show_case(self, detail: CaseDetail) -> None:
        if not self.ctx.backend.session.is_unlocked:
            return
        same_case = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.error.hide()
        self._fill_summary(detail)
        work = detail.work
        if work is None:
            return
        today = self.ctx.backend.deps.clock.today()
        self._fill_header(detail, today)
        users: dict[str, str] = {}
        self.protection.show_work(work, today, users)
        self.empowerment.show_work(work, today, users, same_case)
        if hasattr(self.consent, "show_work"):
            self.consent.show_work(detail.id, work, bool(work.is_child_today))
        self.items.show_work(work, users)
        self.services.show_work(work, self.names, self.ctx.user.grants)
        self.history.show_entries(detail.timeline)
        if not self.names:
            self.ctx.ops.query(self.ctx.backend.directory.search, "", "", True,
                               on_done=self._directory)

    def _directory(self, items) -> None:
        self.names = {i.id: i.display for i in items}
        if self.detail is not None and self.detail.work is not None:
            self.services.show_work(self.detail.work, self.names, self.ctx.user.grants)

    def _fill_header(self, detail: CaseDetail, today) -> None:
        work = detail.work
        parts = {"stage": self.tr("Tahap: <b>{stage}</b>").format(
            stage=html.escape(stage_label(work.stage)))}
        if work.stage_since is not None:
            parts["days"] = self.tr("{days} hari di tahap ini (sejak {date})").format(
                days=(today - work.stage_since).days, date=fmt_date(work.stage_since))
        parts["assigned"] = self.tr("Pendamping: {name}").format(
            name=html.escape(detail.assigned_name or "—"))
        statuses = {"AKTIF": self.tr("Aktif"), "SELESAI": self.tr("Selesai")}
        status = statuses.get(detail.status, detail.status)
        if work.victim_status == FORMER_VICTIM:
            status += " · " + code_label("victim_status", FORMER_VICTIM)
        parts["status"] = self.tr("Status: {status}").format(status=status)
        self.header_parts = parts
        separator = " " + theme.html(Role.FAINT, "&nbsp;|&nbsp;") + " "
        self.header_text.setText(separator.join(
            f"<span style='white-space: nowrap'>{part}</span>" for part in parts.values()))
        for button, name in ((self.handover_button, "HandoverDialog"),
                             (self.share_button, "ShareDialog")):
            available = _optional("dialogs.case_access", name) is not None
            button.setEnabled(available)
            button.setToolTip("" if available else self.tr("Belum tersedia di versi ini."))
        self.header.show()

    def _fill_summary(self, detail: CaseDetail) -> None:
        for form in (self.identity, self.origin, self.guardian, self.intake):
            self._clear_form(form, keep=(self.nik_value, self.nik_toggle))
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

    # -- records, handover, sharing -------------------------------------------------------
    def add_record(self, kind: str) -> RecordDialog | None:
        return self._open_record(kind, None)

    def edit_record(self, kind: str, record_id: str) -> RecordDialog | None:
        work = self.detail.work if self.detail is not None else None
        record = next((r for r in work.records if r.id == record_id), None) if work else None
        if record is None:
            return None
        return self._open_record(kind, record)

    def _open_record(self, kind: str, record: RecordInfo | None) -> RecordDialog | None:
        if self.detail is None:
            return None
        self._close_record_dialog()
        form = casework_config().forms[kind]
        work = self.detail.work
        facts = {FACT_CHILD: bool(work.is_child_today)} if work is not None else {}
        self.record_dialog = RecordDialog(self.ctx, self.detail.id, form, record,
                                          self.ctx.backend.deps.clock.today(), parent=self,
                                          facts=facts)
        self.record_dialog.open()
        return self.record_dialog

    def _close_record_dialog(self) -> None:
        if self.record_dialog is not None:
            self.record_dialog.wipe()
            self.record_dialog.deleteLater()
            self.record_dialog = None

    def open_group_session(self, session_id: str | None = None) -> GroupSessionDialog | None:
        """Sesi kelompok baru… (or, with ``session_id``, Ubah… of a recorded one)."""
        if self.detail is None:
            return None
        self._close_group_dialog()
        label = f"{self.detail.case_number} — {self.detail.intake.full_name}"
        dialog = GroupSessionDialog(self.ctx, self.detail.id, label,
                                    self.ctx.backend.deps.clock.today(), self)
        self.group_dialog = dialog
        if session_id is None:
            dialog.open()
            return dialog

        def loaded(result) -> None:
            dialog.load(session_id, *result)
            dialog.open()

        self.ctx.ops.query(self.ctx.backend.groups.get, session_id, on_done=loaded,
                           on_error=self._show_error)
        return dialog

    def delete_group_session(self, session_id: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Hapus sesi kelompok"),
            self.tr("Hapus sesi kelompok ini dari semua kasus pesertanya? Riwayat setiap kasus "
                    "tetap mencatat bahwa sesi itu dihapus."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.change(self.ctx.backend.groups.delete, session_id,
                            on_error=self._show_error)

    def _close_group_dialog(self) -> None:
        if self.group_dialog is not None:
            self.group_dialog.reject()
            self.group_dialog.deleteLater()
            self.group_dialog = None

    # -- printed documents ---------------------------------------------------------------
    def document_name(self, kind: str) -> str:
        """A file name without personal data: document, case number, date."""
        document = casework_config().forms[kind].print or kind
        number = re.sub(r"[^A-Za-z0-9]+", "-", self.detail.case_number).strip("-")
        day = self.ctx.backend.deps.clock.today().isoformat()
        return f"{document.replace('_', '-')}-{number}-{day}.pdf"

    def print_record(self, kind: str, record_id: str) -> None:
        """Cetak…: ask where to save the PDF, then write it there."""
        if self.detail is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan dokumen"), str(Path(folder) / self.document_name(kind)),
            self.tr("Dokumen PDF (*.pdf)"))
        if path:
            self.print_to(kind, record_id, Path(path))

    def print_to(self, kind: str, record_id: str, path: Path, open_after: bool = True) -> None:
        document = casework_config().forms[kind].print
        call = {"surat_rujukan": self.ctx.backend.documents.print_referral_letter,
                "berita_acara_pemulangan": self.ctx.backend.documents.print_handover_minutes}[document]
        self.error.hide()

        def done(changes: ChangeSet) -> None:
            self.notice.setText(self.tr("Dokumen disimpan: {path}").format(path=path))
            self.notice.show()
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.ops.change(call, self.detail.id, record_id, path, on_done=done,
                            on_error=self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def open_access_dialog(self, name: str) -> QDialog | None:
        """Serah terima… / Bagikan… (dialogs/case_access.py)."""
        dialog_class = _optional("dialogs.case_access", name)
        if dialog_class is None or self.detail is None or self.detail.work is None:
            return None
        self._close_access_dialog()
        # The dialogs announce their changes on the bus; the page reloads from there.
        self.access_dialog = dialog_class(self.ctx, self.detail.id, self.detail.work, self)
        self.access_dialog.open()
        return self.access_dialog

    def _close_access_dialog(self) -> None:
        if self.access_dialog is not None:
            self.access_dialog.reject()
            self.access_dialog.deleteLater()
            self.access_dialog = None

    def _toggle_nik(self, shown: bool) -> None:
        if self.detail is None:
            return
        nik = self.detail.intake.nik
        self.nik_value.setText(nik if shown else mask_nik(nik))
        self.nik_toggle.setText(self.tr("Sembunyikan") if shown else self.tr("Tampilkan"))

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.directory:
            self.names = {}  # read the directory again on the next show
        if self.detail is not None and (changes.touches_case(self.detail.id) or changes.rules):
            self.reload()

    def clear(self) -> None:
        self.detail = None
        self.title.clear()
        self.notice.hide()
        self.error.hide()
        self.nik_value.clear()
        for form in (self.identity, self.origin, self.guardian, self.intake):
            self._clear_form(form, keep=(self.nik_value, self.nik_toggle))
        self._close_record_dialog()
        self._close_access_dialog()
        self._close_group_dialog()
        self.header_parts = {}
        self.header_text.clear()
        self.header.hide()
        self.protection.clear()
        self.empowerment.clear()
        self.services.clear()
        if hasattr(self.consent, "clear") and not isinstance(self.consent, QLabel):
            self.consent.clear()
        self.items.clear()
        self.history.clear()
