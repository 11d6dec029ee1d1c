"""The "Riwayat" tab: every bundle written or imported, and for an outgoing one the cases it
carried, with or without their identity. This answers the data-protection question "which
records were on that stick?" (UU 27/2022 gives 3×24 hours): the list can be copied or printed.
It shows case numbers only, never names."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...services.sync.dto import BundleCaseView, BundleLogView
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..pages.today_page import local_time
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, number_item
from .texts import (
    direction_label, kind_label, mode_label, reason_text, short_reason, status_label,
)

try:  # QtPrintSupport ships with PySide6-Essentials, but stay usable without it
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover
    QPrintDialog = QPrinter = None

(COL_DIRECTION, COL_KIND, COL_OFFICE, COL_SEQ, COL_AT, COL_STATUS, COL_REASON, COL_EVENTS,
 COL_IDENTITIES) = range(9)


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[BundleLogView] = []
        self.cases: list[BundleCaseView] = []
        self.shown: BundleLogView | None = None   # the bundle whose cases are listed
        self._request = 0
        layout = QVBoxLayout(self)
        self.list = ListTable(
            [self.tr("Arah"), self.tr("Jenis"), self.tr("Kantor"), self.tr("No."),
             self.tr("Waktu"), self.tr("Status"), self.tr("Keterangan"), self.tr("Kejadian"),
             self.tr("Identitas")],
            self.tr("Belum ada bundel yang dikirim atau diimpor."), "bundleLog", self)
        self.list.set_modes(stretch=(COL_OFFICE, COL_REASON),
                            fit=(COL_DIRECTION, COL_KIND, COL_SEQ, COL_AT, COL_STATUS,
                                 COL_EVENTS, COL_IDENTITIES))
        header = self.list.table.horizontalHeaderItem(COL_IDENTITIES)
        header.setToolTip(self.tr("Jumlah kasus yang identitas korbannya ikut dalam bundel"))
        self.list.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.list, 3)

        box = QGroupBox(self.tr("Kasus dalam bundel ini"), self)
        box_layout = QVBoxLayout(box)
        self.cases_note = QLabel(box)
        self.cases_note.setObjectName("bundleCasesNote")
        self.cases_note.setWordWrap(True)
        box_layout.addWidget(self.cases_note)
        self.case_list = ListTable([self.tr("Nomor kasus"), self.tr("Data korban")],
                                   self.tr("Bundel ini tidak membawa data kasus."),
                                   "bundleCases", box)
        self.case_list.set_modes(stretch=(1,), fit=(0,))
        box_layout.addWidget(self.case_list, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Salin daftar"), box)
        self.copy_button.setObjectName("copyBundleCases")
        self.copy_button.clicked.connect(self.copy_cases)
        self.print_button = QPushButton(self.tr("Cetak…"), box)
        self.print_button.setObjectName("printBundleCases")
        self.print_button.clicked.connect(self.print_cases)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        box_layout.addLayout(buttons)
        layout.addWidget(box, 2)
        self.error = error_label(self, "historyError")
        layout.addWidget(self.error)
        self._show_cases(None, [])

    # -- the log ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.query(self.ctx.backend.sync.bundles, on_done=self._show_log,
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show_log(self, entries: list[BundleLogView]) -> None:
        self.error.hide()
        self.entries = sorted(entries, key=lambda e: e.at, reverse=True)
        rows = []
        for index, e in enumerate(self.entries):
            refused = e.status == "QUARANTINED"
            status = QTableWidgetItem(status_label(e.status))
            if refused:
                theme.paint_item(status, Role.ERROR_STRONG)
                status.setToolTip(self.tr("Berkas disimpan di karantina; tidak ada yang "
                                          "diubah."))
            reason = QTableWidgetItem(short_reason(e.reason))
            if e.reason:
                reason.setToolTip(reason_text(e.reason) if e.reason != "gap"
                                  else short_reason(e.reason))
            rows.append((str(index), [
                direction_label(e.direction), kind_label(e.kind), e.peer_office or "—",
                number_item(e.bundle_seq) if e.bundle_seq else "—", local_time(e.at),
                status, reason, "—" if refused else number_item(e.events),
                number_item(e.identities) if e.direction == "OUT" else "—"]))
        self.list.set_rows(rows)
        if self.shown is not None and self.shown not in self.entries:
            self._show_cases(None, [])

    def _selected(self) -> None:
        key = self.list.current_key()
        entry = self.entries[int(key)] if key else None
        if entry is None or entry.direction != "OUT" or not entry.bundle_id:
            self._show_cases(entry, [])
            return
        if not self.ctx.sees_cases:
            self._show_cases(entry, [])
            return
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.sync.bundle_cases, entry.bundle_id,
                           on_done=lambda cases: self._cases_loaded(request, entry, cases),
                           on_error=self._failed)

    def select_bundle(self, bundle_id: str) -> bool:
        """Select the log row of ``bundle_id`` (tests and links from elsewhere)."""
        for index, entry in enumerate(self.entries):
            if entry.bundle_id == bundle_id:
                self.list.table.selectRow(index)
                return True
        return False

    # -- the cases of one bundle -------------------------------------------------------------
    def _cases_loaded(self, request: int, entry: BundleLogView,
                      cases: list[BundleCaseView]) -> None:
        if request == self._request:
            self._show_cases(entry, cases)

    def _show_cases(self, entry: BundleLogView | None, cases: list[BundleCaseView]) -> None:
        self.shown = entry
        self.cases = list(cases)
        outgoing = entry is not None and entry.direction == "OUT"
        if entry is None:
            note = self.tr("Pilih bundel keluar di atas untuk melihat kasus mana yang ikut "
                           "di dalamnya.")
        elif not outgoing:
            note = self.tr("Daftar kasus tersedia untuk bundel keluar (yang dikirim dari "
                           "perangkat ini).")
        elif not self.ctx.sees_cases:
            note = self.tr("Hanya pendamping atau supervisor yang dapat melihat daftar kasus.")
        else:
            note = self.summary_line(entry, cases)
        self.cases_note.setText(note)
        listed = outgoing and self.ctx.sees_cases
        self.case_list.setVisible(listed)
        self.case_list.set_rows([(c.case_id, [c.case_number or "—", self._mode_item(c.mode)])
                                 for c in self.cases])
        self.copy_button.setEnabled(listed and bool(self.cases))
        self.print_button.setEnabled(listed and bool(self.cases) and QPrinter is not None)

    def _mode_item(self, mode: str) -> QTableWidgetItem:
        item = QTableWidgetItem(mode_label(mode))
        if mode == "IDENTITAS":
            theme.paint_item(item, Role.STRONG)
        return item

    def summary_line(self, entry: BundleLogView, cases: list[BundleCaseView]) -> str:
        identity = sum(1 for c in cases if c.mode == "IDENTITAS")
        return self.tr(
            "Bundel keluar no. {seq} ke {office}, {at}: {n} kasus — {identity} dengan "
            "identitas, {pseudonym} dengan pseudonim.").format(
                seq=entry.bundle_seq, office=entry.peer_office or "—", at=local_time(entry.at),
                n=len(cases), identity=identity, pseudonym=len(cases) - identity)

    def cases_text(self) -> str:
        """The list as plain text: a heading line, then one case per line."""
        if self.shown is None:
            return ""
        lines = [self.summary_line(self.shown, self.cases),
                 self.tr("ID bundel: {id}").format(id=self.shown.bundle_id), ""]
        lines += [f"{c.case_number or '—'}\t{mode_label(c.mode)}" for c in self.cases]
        return "\n".join(lines) + "\n"

    def copy_cases(self) -> None:
        QGuiApplication.clipboard().setText(self.cases_text())

    def print_cases(self) -> None:
        if QPrinter is None or self.shown is None:
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.document().print_(printer)

    def document(self) -> QTextDocument:
        """The printed list (case numbers and modes only)."""
        doc = QTextDocument(self)
        lines = self.cases_text().splitlines()
        body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in
                       (line.split("\t") for line in lines[3:]))
        doc.setHtml(
            f"<h3>{self.tr('Kasus dalam bundel')}</h3><p>{lines[0]}<br>{lines[1]}</p>"
            f"<table cellpadding='4' border='1'><tr><th>{self.tr('Nomor kasus')}</th>"
            f"<th>{self.tr('Data korban')}</th></tr>{body}</table>")
        return doc

    def clear(self) -> None:
        self._request += 1
        self.entries = []
        self.list.clear_rows()
        self._show_cases(None, [])
        self.error.hide()
