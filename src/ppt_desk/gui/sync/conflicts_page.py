"""Konflik data: fields changed here and at another office to different values. The value here
stays in force until a supervisor (or an administrator) picks one of the two; the chosen value
is saved as a new change that travels to the other offices. The application never picks by
time, and this page says so.

Everyone signed in sees the page: a caseworker the items of her own cases, read-only; the
services decide what each user sees and refuse the rest."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidgetItem, QMessageBox, QPushButton,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...domain.roles import decides_office_items
from ...domain.secretariat import is_secretariat
from ...services.change_set import ChangeSet
from ...services.sync.dto import ConflictView
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..labels import message_for
from ..page_query import PageQuery
from ..pages.base import BasePage
from ..pages.today_page import local_time
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable

LOCAL, INCOMING = "LOCAL", "INCOMING"   # services.sync.ports: the two choices
COL_CASE, COL_WHAT, COL_LOCAL, COL_INCOMING, COL_OFFICE, COL_SINCE = range(6)
CELL_CHARS = 80   # a value longer than this is cut in its cell (the detail shows it whole)


def one_line(text: str) -> str:
    """A value for a table cell: its lines joined, long ones cut."""
    line = "; ".join(part for part in text.splitlines() if part.strip())
    return line if len(line) <= CELL_CHARS else line[:CELL_CHARS - 1] + "…"


def indented(text: str) -> str:
    """A value under its heading in the confirmation, each of its lines set in."""
    return "\n".join(f"    {line}" for line in text.splitlines() or [""])


class ConflictsPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: dict[str, ConflictView] = {}
        self.may_decide = decides_office_items(ctx.user.roles)
        self.query = PageQuery(self, ctx.backend.sync.conflicts, self._show, self._failed,
                               args=lambda: (current_language(),))
        self._badge: QListWidgetItem | None = None
        self._badge_title = ""
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Konflik data"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.at_secretariat = ctx.office is not None and is_secretariat(ctx.office.kind)
        intro = QLabel(self.tr(
            "Data yang diubah di dua kantor menjadi nilai yang berbeda. Nilai di sini tetap "
            "berlaku sampai petugas sekretariat memilih salah satu; aplikasi tidak pernah "
            "memilih berdasarkan waktu perubahan.") if self.at_secretariat else self.tr(
            "Data yang diubah di perangkat ini dan di kantor lain menjadi nilai yang berbeda. "
            "Nilai di sini tetap berlaku sampai supervisor memilih salah satu; aplikasi tidak "
            "pernah memilih berdasarkan waktu perubahan."), self)
        intro.setObjectName("conflictHelp")
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)

        self.list = ListTable(
            [self.tr("Nomor kasus"), self.tr("Data"), self.tr("Nilai di sini"),
             self.tr("Nilai yang masuk"), self.tr("Dari kantor"), self.tr("Sejak")],
            self.tr("Tidak ada konflik data yang menunggu keputusan."), "conflictTable", self)
        self.list.set_modes(stretch=(COL_WHAT, COL_LOCAL, COL_INCOMING, COL_OFFICE),
                            fit=(COL_CASE, COL_SINCE))
        self.list.wrap_text()   # long subjects and values wrap instead of being cut at 1024 px
        self.list.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.list, 3)
        layout.addWidget(self._build_detail(), 2)
        self.error = error_label(self, "conflictError")
        layout.addWidget(self.error)
        self.listen(ctx.bus.data_changed, self._data_changed)
        self._show_detail(None)

    def _build_detail(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rincian"), self)
        box.setObjectName("conflictDetail")
        column = QVBoxLayout(box)
        self.what = QLabel(box)
        self.what.setObjectName("conflictWhat")
        self.what.setWordWrap(True)
        theme.apply(self.what, Role.STRONG)
        self.facts = QLabel(box)
        self.facts.setObjectName("conflictFacts")
        self.facts.setWordWrap(True)
        theme.apply(self.facts, Role.HINT)
        column.addWidget(self.what)
        column.addWidget(self.facts)
        values = QGridLayout()
        self.local_value = self._value_box(box, "conflictLocal",
                                           self.tr("Nilai di sini (berlaku sekarang)"),
                                           values, 0)
        self.incoming_value = self._value_box(box, "conflictIncoming",
                                              self.tr("Nilai yang masuk"), values, 1)
        column.addLayout(values, 1)
        self.note = QLabel(box)
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)
        theme.apply(self.note, Role.HINT)
        column.addWidget(self.note)
        buttons = QHBoxLayout()
        self.use_local = QPushButton(self.tr("Pakai nilai di sini"), box)
        self.use_local.setObjectName("useLocal")
        self.use_local.clicked.connect(lambda: self.decide(LOCAL))
        self.use_incoming = QPushButton(self.tr("Pakai nilai yang masuk"), box)
        self.use_incoming.setObjectName("useIncoming")
        self.use_incoming.clicked.connect(lambda: self.decide(INCOMING))
        buttons.addStretch(1)
        buttons.addWidget(self.use_local)
        buttons.addWidget(self.use_incoming)
        column.addLayout(buttons)
        for button in (self.use_local, self.use_incoming):
            button.setVisible(self.may_decide)
        return box

    def _value_box(self, parent: QWidget, name: str, heading: str, grid: QGridLayout,
                   column: int) -> QLabel:
        head = QLabel(heading, parent)
        theme.apply(head, Role.HEADING)
        value = QLabel(parent)
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.apply(value, Role.BOX_PANEL)
        grid.addWidget(head, 0, column)
        grid.addWidget(value, 1, column)
        grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        return value

    # -- the navigation's count ----------------------------------------------------------------
    def attach_badge(self, item: QListWidgetItem) -> None:
        """Show the number of open items after the navigation entry's title."""
        self._badge, self._badge_title = item, item.text()
        self.refresh_count()

    def refresh_count(self) -> None:
        if self._badge is not None:
            self.ctx.ops.query(self.ctx.backend.sync.open_conflicts,
                               on_done=self._set_count, on_error=lambda _exc: None)

    def _set_count(self, count: int) -> None:
        if self._badge is not None:
            self._badge.setText(f"{self._badge_title} ({count})" if count
                                else self._badge_title)

    # -- the list ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.error.hide()
        self.query.shown()

    def refresh(self) -> None:
        self.query.run()

    def _show(self, found: list[ConflictView]) -> None:
        self.items = {str(c.id): c for c in found}
        rows = []
        for c in found:
            local = QTableWidgetItem(one_line(c.local_text))
            local.setToolTip(c.local_text)
            incoming = QTableWidgetItem(one_line(c.incoming_text))
            incoming.setToolTip(c.incoming_text)
            if c.restricted:
                theme.paint_item(local, Role.FAINT)
                theme.paint_item(incoming, Role.FAINT)
            rows.append((str(c.id), [c.case_number or "—", c.what, local, incoming,
                                     self.office_text(c), local_time(c.opened_at)]))
        self.list.set_rows(rows)
        self._set_count(len(found))
        self._show_selected()

    def office_text(self, c: ConflictView) -> str:
        if c.origin_office:
            return c.origin_office
        return self.tr("Perangkat tidak terdaftar ({device})").format(device=c.origin_device)

    def selected(self) -> ConflictView | None:
        return self.items.get(self.list.current_key())

    def _show_selected(self) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, c: ConflictView | None) -> None:
        if c is None:
            self.what.setText(self.tr("Pilih konflik di daftar untuk melihat kedua nilainya."))
            self.facts.clear()
            self.local_value.clear()
            self.incoming_value.clear()
        else:
            self.what.setText(c.what)
            case = self.tr("Kasus {number}").format(number=c.case_number) if c.case_number \
                else self.tr("Data kantor (bukan data kasus)")
            self.facts.setText(self.tr("{case} · dari {office} · menunggu sejak {since}").format(
                case=case, office=self.office_text(c), since=local_time(c.opened_at)))
            self.local_value.setText(c.local_text)
            self.incoming_value.setText(c.incoming_text)
        self.note.setText(self._note(c))
        self.note.setVisible(bool(self.note.text()))
        enabled = c is not None and self.may_decide and not c.restricted and not c.held_by
        for button in (self.use_local, self.use_incoming):
            button.setEnabled(enabled)

    def _note(self, c: ConflictView | None) -> str:
        if not self.may_decide:
            return self.tr("Hanya supervisor atau admin yang dapat memutuskan konflik data.")
        if c is not None and c.held_by:
            return self.tr("Kasus ini dipegang {office}; hanya perangkat pemilik kasus yang "
                           "dapat memutuskan konflik ini.").format(office=c.held_by)
        if c is not None and c.restricted:
            return self.tr("Nilai ini termasuk data terbatas (kesehatan atau pelaku). Hanya "
                           "pengguna dengan akses itu yang dapat melihat dan memutuskannya.")
        if c is not None and self.at_secretariat:
            return self.tr("Nilai yang dipilih menjadi isi register provinsi (tercatat di jejak "
                           "audit). PPT pemilik kasus tetap memegang datanya; perubahannya "
                           "berikutnya akan menggantikan nilai ini.")
        if c is not None:
            return self.tr("Nilai yang dipilih disimpan sebagai perubahan baru dan ikut "
                           "terkirim ke kantor lain pada sinkronisasi berikutnya.")
        return ""

    # -- deciding ------------------------------------------------------------------------------
    def decide(self, chosen: str) -> QMessageBox | None:
        """Ask first, naming both values; the answer is saved only after "yes"."""
        c = self.selected()
        if c is None or not self.may_decide or c.restricted or c.held_by:
            return None
        self.error.hide()
        action = self.tr("Pakai nilai di sini") if chosen == LOCAL \
            else self.tr("Pakai nilai yang masuk")
        case = self.tr(" pada kasus {number}").format(number=c.case_number) \
            if c.case_number else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Putuskan konflik data"),
                          self.tr("{action} untuk {what}{case}?").format(
                              action=action, what=c.what, case=case), parent=self)
        box.setObjectName("confirmDecision")
        box.setInformativeText(self.tr(
            "Nilai di sini:\n{local}\n\nNilai yang masuk ({office}):\n{incoming}\n\n"
            "Nilai yang dipilih disimpan sebagai perubahan baru; yang lain tidak berlaku lagi.")
            .format(local=indented(c.local_text), incoming=indented(c.incoming_text),
                    office=self.office_text(c)))
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(
            lambda button: self._confirmed(c, chosen) if button is yes else None)
        box.open()
        return box

    def _confirmed(self, c: ConflictView, chosen: str) -> None:
        self.ctx.ops.change(self.ctx.backend.sync.decide_conflict, c.id, chosen,
                            on_done=self._decided, on_error=self._failed)

    def _decided(self, _changes: ChangeSet) -> None:
        self.error.hide()

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, DomainError) else ""
        if code == "conflict_decided":
            text = self.tr("Konflik ini sudah diputuskan oleh pengguna lain.")
        elif code == "conflict_unknown":
            text = self.tr("Konflik ini tidak ditemukan lagi.")
        else:
            text = message_for(exc)
        if code in ("conflict_decided", "conflict_unknown"):
            self.refresh()   # it is gone: the list shows what is left
        self.error.setText(text)
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if not (changes.bundles or changes.cases):
            return
        if self.query.loaded:
            self.refresh()
        else:
            self.refresh_count()

    def clear(self) -> None:
        """Lock: every value shown goes."""
        for box in self.findChildren(QMessageBox):
            box.reject()
        self.query.forget()
        self.items = {}
        self.list.clear_rows()   # the selection goes, and with it the detail
        self.error.hide()
        self._set_count(0)
