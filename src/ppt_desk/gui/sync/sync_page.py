"""Sinkronisasi: device cards and enrolment, sending to the province, importing from a stick,
and the bundle log. Every signed-in user sees it; what each may do is decided per tab (and by
the services, which refuse the rest)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..pages.base import BasePage
from ..theme import Role
from .devices_panel import DevicesPanel
from .export_panel import ExportPanel
from .history_panel import HistoryPanel
from .import_panel import ImportPanel


class SyncPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded = False
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sinkronisasi"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Pertukaran data dengan Sekretariat Gugus Tugas provinsi lewat flashdisk. Semua "
            "bundel terenkripsi dan ditandatangani; hanya perangkat yang terdaftar yang dapat "
            "membukanya."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.devices = DevicesPanel(ctx, self.tabs)
        self.export = ExportPanel(ctx, self.tabs)
        self.imports = ImportPanel(ctx, self.tabs)
        self.history = HistoryPanel(ctx, self.tabs)
        self.tabs.addTab(self.devices, self.tr("&Perangkat"))
        self.tabs.addTab(self.export, self.tr("&Kirim ke Provinsi"))
        self.tabs.addTab(self.imports, self.tr("&Impor dari flashdisk"))
        self.tabs.addTab(self.history, self.tr("&Riwayat"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def page_shown(self) -> None:
        self._loaded = True
        self.devices.refresh()
        self.export.refresh()
        self.history.refresh()

    def _tab_shown(self, _index: int) -> None:
        """A tab is read again when it comes up: new cases, a stick's worth of imports and
        other users' work reach the plan and the log without waiting for a signal."""
        if not self._loaded:
            return
        shown = self.tabs.currentWidget()
        if shown is self.export:
            self.export.refresh()
        elif shown is self.history:
            self.history.refresh()
        elif shown is self.devices:
            self.devices.refresh_peers()

    def _data_changed(self, changes: ChangeSet) -> None:
        if not self._loaded:
            return   # page_shown loads everything
        if changes.devices:
            self.devices.refresh_peers()
        if changes.devices or changes.bundles or changes.cases:
            self.export.refresh()   # the secretariat, what is acknowledged, new events
        if changes.bundles:
            self.history.refresh()

    def clear(self) -> None:
        self._loaded = False
        for panel in (self.devices, self.export, self.imports, self.history):
            panel.clear()
