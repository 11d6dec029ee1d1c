"""Kemungkinan Duplikat: cases of two PPTs that may be the same victim, found after each import
by name (spelling-tolerant), date of birth and NIK. An officer compares the two records side
by side and decides "Orang yang sama" or "Bukan orang yang sama"; nothing is ever merged, a
dismissed pair is not proposed again. Cases that came pseudonymised are never compared, and
the page says so.

Only a secretariat officer or an administrator uses the page; the services refuse anyone else.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...services.change_set import ChangeSet
from ...services.secretariat.duplicates_dto import DuplicateSide, DuplicateView
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..pages.today_page import local_time
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable, number_item
from .duplicate_texts import birth_text, reasons_text, sex_text, status_text

OPEN, CONFIRMED, DISMISSED = "OPEN", "CONFIRMED", "DISMISSED"
COL_SCORE, COL_REASONS, COL_A, COL_PPT_A, COL_B, COL_PPT_B, COL_STATUS = range(7)
# Filter entries: (status asked of the service, or None for all; decided only).
SHOW_OPEN, SHOW_DECIDED, SHOW_ALL = range(3)
MAX_NOTE = 1000
DIFFERS = frozenset({"name", "aliases", "sex", "birth", "nik"})


class DuplicatesPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: dict[str, DuplicateView] = {}
        self.query = PageQuery(self, ctx.backend.duplicates.pairs, self._show, self._failed,
                               args=lambda: (self._status(),))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Kemungkinan Duplikat"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Kasus dari dua PPT yang mungkin korban yang sama, dicari setelah setiap impor "
            "menurut nama (ejaan yang berbeda pun), tanggal lahir dan NIK. Petugas memutuskan; "
            "data tidak pernah digabung otomatis. Kasus yang dikirim dengan pseudonim (tanpa "
            "persetujuan berbagi identitas) tidak dibandingkan."), self)
        intro.setObjectName("duplicateHelp")
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        shown = QLabel(self.tr("&Tampilkan:"), self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("duplicateFilter")
        self.filter.addItems([self.tr("Menunggu keputusan"), self.tr("Sudah diputuskan"),
                              self.tr("Semua")])
        shown.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rescan_button = QPushButton(self.tr("&Periksa ulang semua kasus"), self)
        self.rescan_button.setObjectName("duplicateRescan")
        self.rescan_button.clicked.connect(self.rescan)
        bar.addWidget(shown)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.rescan_button)
        layout.addLayout(bar)

        self.list = ListTable(
            [self.tr("Skor"), self.tr("Alasan"), self.tr("Kasus"), self.tr("PPT"),
             self.tr("Kasus"), self.tr("PPT"), self.tr("Status")],
            self.tr("Tidak ada kemungkinan duplikat yang menunggu keputusan."),
            "duplicateTable", self)
        self.list.set_modes(stretch=(COL_REASONS, COL_PPT_A, COL_PPT_B),
                            fit=(COL_SCORE, COL_A, COL_B, COL_STATUS))
        self.list.wrap_text()
        self.list.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list, 2)
        layout.addWidget(self._build_detail(), 3)
        self.error = error_label(self, "duplicateError")
        layout.addWidget(self.error)
        self.listen(ctx.bus.data_changed, self._data_changed)
        self._show_detail(None)

    # -- the comparison ------------------------------------------------------------------------
    FIELDS = ("case", "office", "name", "aliases", "sex", "birth", "nik", "intake", "stage")

    def _build_detail(self) -> QGroupBox:
        box = QGroupBox(self.tr("Perbandingan"), self)
        box.setObjectName("duplicateDetail")
        column = QVBoxLayout(box)
        self.summary = QLabel(box)
        self.summary.setObjectName("duplicateSummary")
        self.summary.setWordWrap(True)
        theme.apply(self.summary, Role.STRONG)
        column.addWidget(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        headings = {"case": self.tr("Nomor kasus"), "office": self.tr("PPT"),
                    "name": self.tr("Nama"), "aliases": self.tr("Nama lain"),
                    "sex": self.tr("Jenis kelamin"), "birth": self.tr("Tanggal lahir"),
                    "nik": self.tr("NIK"), "intake": self.tr("Tanggal registrasi"),
                    "stage": self.tr("Tahap")}
        self.cells: dict[tuple[str, int], QLabel] = {}
        for row, key in enumerate(self.FIELDS):
            head = QLabel(headings[key], box)
            theme.apply(head, Role.HINT)
            grid.addWidget(head, row, 0, Qt.AlignmentFlag.AlignTop)
            for side in (0, 1):
                cell = QLabel(box)
                cell.setObjectName(f"duplicate_{key}_{'ab'[side]}")
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, row, 1 + side, Qt.AlignmentFlag.AlignTop)
                self.cells[(key, side)] = cell
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        column.addLayout(grid)
        self.decided = QLabel(box)
        self.decided.setObjectName("duplicateDecided")
        self.decided.setWordWrap(True)
        theme.apply(self.decided, Role.HINT)
        column.addWidget(self.decided)
        column.addStretch(1)
        actions = QHBoxLayout()
        note_label = QLabel(self.tr("&Catatan:"), box)
        self.note = QLineEdit(box)
        self.note.setObjectName("duplicateNote")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("mis. sudah dicek lewat telepon ke kedua PPT"))
        note_label.setBuddy(self.note)
        self.same = QPushButton(self.tr("&Orang yang sama"), box)
        self.same.setObjectName("duplicateSame")
        self.same.clicked.connect(lambda: self.decide(CONFIRMED))
        self.different = QPushButton(self.tr("&Bukan orang yang sama"), box)
        self.different.setObjectName("duplicateDifferent")
        self.different.clicked.connect(lambda: self.decide(DISMISSED))
        actions.addWidget(note_label)
        actions.addWidget(self.note, 1)
        actions.addWidget(self.same)
        actions.addWidget(self.different)
        column.addLayout(actions)
        return box

    # -- the list ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.error.hide()
        self.query.shown()

    def _status(self) -> str | None:
        return OPEN if self.filter.currentIndex() == SHOW_OPEN else None

    def refresh(self) -> None:
        self.query.run()

    def _show(self, found: list[DuplicateView]) -> None:
        if self.filter.currentIndex() == SHOW_DECIDED:
            found = [p for p in found if p.status != OPEN]
        self.items = {p.id: p for p in found}
        rows = []
        for p in found:
            status = QTableWidgetItem(status_text(p.status))
            if p.status == CONFIRMED:
                theme.paint_item(status, Role.DONE)
            elif p.status == DISMISSED:
                theme.paint_item(status, Role.INACTIVE)
            rows.append((p.id, [number_item(p.score), reasons_text(p.reasons),
                                p.a.case_number or "—", p.a.office_name or "—",
                                p.b.case_number or "—", p.b.office_name or "—", status]))
        self.list.empty.setText(
            self.tr("Tidak ada kemungkinan duplikat yang menunggu keputusan.")
            if self.filter.currentIndex() == SHOW_OPEN
            else self.tr("Belum ada pasangan yang diputuskan.")
            if self.filter.currentIndex() == SHOW_DECIDED
            else self.tr("Belum ada kemungkinan duplikat."))
        self.list.set_rows(rows)
        if not self.list.current_key() and rows:
            self.list.table.selectRow(0)
        self._show_selected()

    def selected(self) -> DuplicateView | None:
        return self.items.get(self.list.current_key())

    def _show_selected(self) -> None:
        self._show_detail(self.selected())

    def _side_values(self, side: DuplicateSide) -> dict[str, str]:
        hidden = self.tr("(pseudonim: identitas tidak dikirim)") if side.pseudonymised \
            else self.tr("(tidak ditampilkan untuk peran Anda)")
        identity = bool(side.name)
        return {
            "case": side.case_number or "—",
            "office": side.office_name or "—",
            "name": side.name if identity else f"{side.label} {hidden}".strip(),
            "aliases": ", ".join(side.aliases) or "—",
            "sex": sex_text(side.sex),
            "birth": birth_text(side.birth_date, side.estimated_age) if identity else "—",
            "nik": side.nik or "—",
            "intake": side.intake_date.strftime("%d-%m-%Y") if side.intake_date else "—",
            "stage": side.stage.replace("_", " ").capitalize() or "—",
        }

    def _show_detail(self, p: DuplicateView | None) -> None:
        if p is None:
            self.summary.setText(self.tr("Pilih pasangan di daftar untuk membandingkan kedua "
                                         "data."))
            for cell in self.cells.values():
                cell.clear()
            self.decided.clear()
        else:
            self.summary.setText(self.tr("Skor {score} dari 100 · {reasons}").format(
                score=p.score, reasons=reasons_text(p.reasons)))
            sides = (self._side_values(p.a), self._side_values(p.b))
            for side, values in enumerate(sides):
                for key, text in values.items():
                    cell = self.cells[(key, side)]
                    cell.setText(text)
                    # What differs between the two records stands out (not which PPT).
                    differs = key in DIFFERS and text != sides[1 - side][key]
                    theme.apply(cell, Role.STRONG if differs else Role.TEXT)
            self.decided.setText(self._decided_text(p))
        self.decided.setVisible(bool(self.decided.text()))
        open_pair = p is not None and p.status == OPEN
        for widget in (self.same, self.different, self.note):
            widget.setEnabled(open_pair)
        if not open_pair:
            self.note.clear()

    def _decided_text(self, p: DuplicateView) -> str:
        if p.status == OPEN:
            return self.tr("Data kedua kasus tidak diubah dan tidak digabung, apa pun "
                           "keputusannya.")
        text = self.tr("{status} · diputuskan oleh {who} pada {at}").format(
            status=status_text(p.status), who=p.decided_by or "—", at=local_time(p.decided_at))
        return text + (self.tr(" · catatan: {note}").format(note=p.note) if p.note else "")

    # -- deciding ------------------------------------------------------------------------------
    def decide(self, status: str) -> QMessageBox | None:
        """Ask first; the decision is saved only after "yes"."""
        p = self.selected()
        if p is None or p.status != OPEN:
            return None
        self.error.hide()
        action = self.tr("Orang yang sama") if status == CONFIRMED \
            else self.tr("Bukan orang yang sama")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Putuskan kemungkinan duplikat"),
                          self.tr("{action}: kasus {a} ({ppt_a}) dan kasus {b} ({ppt_b})?")
                          .format(action=action, a=p.a.case_number, ppt_a=p.a.office_name,
                                  b=p.b.case_number, ppt_b=p.b.office_name), parent=self)
        box.setObjectName("confirmDuplicate")
        box.setInformativeText(
            self.tr("Keduanya akan ditandai sebagai orang yang sama di kedua kasus. Data tidak "
                    "digabung.") if status == CONFIRMED else
            self.tr("Pasangan ini tidak akan diusulkan lagi."))
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        note = self.note.text()
        box.buttonClicked.connect(
            lambda button: self._confirmed(p, status, note) if button is yes else None)
        box.open()
        return box

    def _confirmed(self, p: DuplicateView, status: str, note: str) -> None:
        fn = self.ctx.backend.duplicates.confirm if status == CONFIRMED \
            else self.ctx.backend.duplicates.dismiss
        self.ctx.ops.change(fn, p.id, note, on_done=self._decided_done, on_error=self._failed)

    def _decided_done(self, _changes: ChangeSet) -> None:
        self.error.hide()
        self.note.clear()
        self.refresh()

    def rescan(self) -> None:
        self.error.hide()
        self.rescan_button.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.duplicates.rescan, on_done=self._rescanned,
                            on_error=self._failed)

    def _rescanned(self, _result: object) -> None:
        self.rescan_button.setEnabled(True)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.rescan_button.setEnabled(True)
        code = exc.code if isinstance(exc, DomainError) else ""
        if code == "duplicate_already_decided":
            text = self.tr("Pasangan ini sudah diputuskan oleh petugas lain.")
            self.refresh()
        elif code == "needs_secretariat_role":
            text = self.tr("Hanya petugas sekretariat atau admin yang dapat melihat dan "
                           "memutuskan kemungkinan duplikat.")
        else:
            text = message_for(exc)
        self.error.setText(text)
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self.query.loaded and (changes.bundles or changes.cases):
            self.refresh()

    def clear(self) -> None:
        """Lock: every name and number shown goes."""
        for box in self.findChildren(QMessageBox):
            box.reject()
        self.query.forget()
        self.items = {}
        self.list.clear_rows()
        self.note.clear()
        self.error.hide()
        self._show_detail(None)
