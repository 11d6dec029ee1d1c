"""Lembaga: the institution directory (national entries shipped with the app, read-only, and
the office's own partners): search as you type, a category filter, add and change entries."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ...domain.institutions import Institution
from ...services.reference_data import regions
from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..dialogs.institution_dialog import InstitutionDialog
from ..labels import code_label, error_text, message_for
from ..theme import Role
from ..widgets.combos import CodeCombo
from ..widgets.messages import error_label
from ..widgets.tables import ListTable
from .base import BasePage

SEARCH_DEBOUNCE_MS = 150
COL_NAME, COL_ACRONYM, COL_CATEGORY, COL_LEVEL, COL_REGION, COL_PHONE, COL_SOURCE = range(7)
# Share of the width left after the columns sized to their contents (level, phone, source).
WEIGHTS = {COL_NAME: 40, COL_ACRONYM: 14, COL_CATEGORY: 21, COL_REGION: 25}


def short_label(label: str) -> str:
    """A code-list label without its explanation in brackets, for narrow table cells:
    "Kepolisian (Polres, Polda, …)" → "Kepolisian"."""
    head = label.split(" (", 1)[0].strip()
    return head or label


def region_text(inst: Institution) -> str:
    """Regency and province names ("Kota Kupang, Nusa Tenggara Timur"), or what is known."""
    names = [regions().name(code) for code in (inst.regency_code, inst.province_code) if code]
    return ", ".join(names)


class InstitutionsPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.institutions: dict[str, Institution] = {}
        self._request = 0  # results of older requests are dropped
        self._loaded = False
        self._select = ""  # an entry just saved: selected once the list shows it
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Lembaga"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("Direktori lembaga tujuan rujukan dan mitra koordinasi. "
                               "Lembaga nasional dibawa aplikasi dan tidak dapat diubah; "
                               "tambahkan mitra daerah Anda sendiri."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari nama, singkatan atau catatan…"))
        self.search.setClearButtonEnabled(True)
        category_label = QLabel(self.tr("Kategori"), self)
        self.category = CodeCombo(self, blank=self.tr("Semua kategori"))
        self.category.setObjectName("categoryFilter")
        self.category.set_codelist("institution_category")
        self.category.setMinimumContentsLength(26)
        category_label.setBuddy(self.category)
        self.show_inactive = QCheckBox(self.tr("Tampilkan yang nonaktif"), self)
        self.show_inactive.setObjectName("showInactive")
        filters.addWidget(self.search, 3)
        filters.addSpacing(8)
        filters.addWidget(category_label)
        filters.addWidget(self.category, 2)
        filters.addSpacing(8)
        filters.addWidget(self.show_inactive)
        layout.addLayout(filters)

        self.list = ListTable(
            [self.tr("Nama"), self.tr("Singkatan"), self.tr("Kategori"), self.tr("Tingkat"),
             self.tr("Wilayah"), self.tr("Telepon"), self.tr("Sumber")],
            self.tr("Tidak ada lembaga yang cocok."), "institutionTable", self)
        self.list.set_modes(fit=(COL_LEVEL, COL_PHONE, COL_SOURCE))
        self.list.wrap_text()  # long names wrap instead of being cut at 1024 px
        self.list.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.table.viewport().installEventFilter(self)
        self.list.table.activated.connect(lambda index: self.open_row(index.row()))
        self.list.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)

        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah lembaga…"), self)
        self.add_button.setObjectName("addInstitution")
        self.add_button.clicked.connect(self.add_institution)
        self.edit_button = QPushButton(self.tr("Ubah…"), self)
        self.edit_button.setObjectName("editInstitution")
        self.edit_button.clicked.connect(self.edit_selected)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.edit_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.count_label, 1)
        layout.addLayout(bottom)
        self.error = error_label(self, "error")
        layout.addWidget(self.error)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.category.code_changed.connect(lambda _c: self.refresh())
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.listen(ctx.bus.data_changed, self._data_changed)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and watched is self.list.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Level, phone and source as wide as their texts; the rest shared out by weight."""
        header = self.list.table.horizontalHeader()
        free = self.list.table.viewport().width() - sum(
            header.sectionSize(c) for c in range(header.count()) if c not in WEIGHTS)
        total = sum(WEIGHTS.values())
        for column, weight in WEIGHTS.items():
            header.resizeSection(column, max(60, free * weight // total))

    # -- loading ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self._loaded = True
        self.refresh()

    def refresh(self) -> None:
        self._debounce.stop()
        self._request += 1
        request = self._request
        self.ctx.ops.query(self.ctx.backend.directory.search, self.search.text().strip(),
                           self.category.code(), self.show_inactive.isChecked(),
                           on_done=lambda found: self._show(request, found),
                           on_error=self._failed)

    def _show(self, request: int, found: list[Institution]) -> None:
        if request != self._request or not self.ctx.backend.session.is_unlocked:
            return  # stale: the user typed on, or the app was locked meanwhile
        self.error.hide()
        self.institutions = {inst.id: inst for inst in found}
        national = self.tr("Nasional (bawaan)")
        local = self.tr("Lokal")
        provincial = self.tr("Provinsi (data rujukan)")
        inactive = self.tr("nonaktif")
        rows = []
        for inst in found:
            name = QTableWidgetItem(inst.name if inst.active
                                    else f"{inst.name} ({inactive})")
            if not inst.active:
                name.setFont(theme.font(name, Role.INACTIVE))
            category = code_label("institution_category", inst.category)
            category_item = QTableWidgetItem(short_label(category))
            category_item.setToolTip(category)
            region = region_text(inst)
            rows.append((inst.id, [name, inst.acronym, category_item,
                                   code_label("institution_level", inst.level),
                                   region, inst.phone, national if inst.national
                                   else provincial if inst.provincial else local]))
        self.list.set_rows(rows)
        self._fit_columns()  # the fitted columns follow the new texts
        if self._select:
            row = self.list.row_of(self._select)
            if row >= 0:
                self.list.table.selectRow(row)
                self.list.table.scrollToItem(self.list.table.item(row, COL_NAME))
            self._select = ""
        self.count_label.setText(self.tr("{n} lembaga").format(n=len(found)))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.directory and self._loaded:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------
    def selected(self) -> Institution | None:
        return self.institutions.get(self.list.current_key())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None and not chosen.read_only)
        if chosen is not None and chosen.read_only:
            self.edit_button.setToolTip(error_text("institution_read_only") + " " + self.tr(
                "Klik dua kali untuk melihat isinya."))
        elif chosen is None:
            self.edit_button.setToolTip(self.tr("Pilih lembaga lokal di daftar lebih dulu."))
        else:
            self.edit_button.setToolTip(self.tr("Ubah lembaga yang dipilih"))

    def add_institution(self) -> InstitutionDialog:
        return self._open(None)

    def edit_selected(self) -> InstitutionDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.read_only:
            return None
        return self._open(chosen)

    def open_row(self, row: int) -> InstitutionDialog | None:
        """Double-click or Enter: a local entry to change, a national one to read."""
        chosen = self.institutions.get(self.list.key_at(row))
        return self._open(chosen) if chosen is not None else None

    def _open(self, inst: Institution | None) -> InstitutionDialog:
        dialog = InstitutionDialog(self.ctx, inst, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: InstitutionDialog) -> None:
        if dialog.saved is not None:
            self._select = dialog.saved.id
            self.refresh()

    def clear(self) -> None:
        """Lock: the list, the search text and any open dialog go."""
        for dialog in self.findChildren(InstitutionDialog):
            dialog.reject()
        self._request += 1
        self.search.clear()
        self._debounce.stop()
        self._select = ""
        self.institutions = {}
        self.list.clear_rows()
        self.count_label.clear()
        self.error.hide()
        self._update_buttons()
