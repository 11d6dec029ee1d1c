"""What every main window shares (the PPT's and the secretariat's, ADR 0015): the navigation
list on the left and the page stack beside it, the session menu and toolbar (lock, switch user,
quit), the status bar with the user and the office, and clearing every page on lock."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QToolBar,
    QWidget,
)

from . import settings, theme
from .context import AppContext
from .pages.base import BasePage
from .theme import Role

NAV_WIDTH = 170
PAGE_ROLE = Qt.ItemDataRole.UserRole


class ShellWindow(QMainWindow):
    """Subclasses add their pages with ``_add`` and then call ``_finish``."""

    lock_requested = Signal()
    switch_user_requested = Signal()
    quit_requested = Signal()
    settings_page = None     # a window with a settings page sets it (idle lock minutes)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(QSize(980, 640))
        theme.apply(self, Role.WINDOW)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(6, 6, 6, 0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.stack = QStackedWidget(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: list[BasePage] = []

    def _add(self, page: BasePage, title: str | None) -> BasePage:
        self.pages.append(page)
        self.stack.addWidget(page)
        if title is not None:
            item = QListWidgetItem(title, self.nav)
            item.setData(PAGE_ROLE, self.stack.indexOf(page))
        return page

    def _finish(self) -> None:
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._build_actions()
        self._build_status()
        self.nav.setCurrentRow(0)
        geometry = self.ctx.prefs.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Sesi"))
        self.lock_action = QAction(self.tr("Kunci"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Kunci aplikasi (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.switch_action = QAction(self.tr("Ganti pengguna"), self)
        self.switch_action.triggered.connect(self.switch_user_requested.emit)
        self.quit_action = QAction(self.tr("Keluar"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.switch_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = QToolBar(self.tr("Sesi"), self)
        toolbar.setObjectName("sessionToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.switch_action)
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        office = self.ctx.office.name if self.ctx.office else ""
        self.user_label = QLabel(self.tr("Pengguna: {name}").format(
            name=self.ctx.user.display_name), self)
        self.user_label.setObjectName("statusUser")
        self.office_label = QLabel(office, self)
        self.office_label.setObjectName("statusOffice")
        theme.apply(self.office_label, Role.STATUS_FIELD)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.office_label)

    # -- navigation ------------------------------------------------------------------
    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.show_page(self.stack.widget(item.data(PAGE_ROLE)))

    def show_page(self, page: BasePage) -> None:
        self.stack.setCurrentWidget(page)
        for row in range(self.nav.count()):
            if self.stack.widget(self.nav.item(row).data(PAGE_ROLE)) is page:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        page.page_shown()

    # -- lock ------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget all case data shown (before the backend is locked)."""
        for page in self.pages:
            page.clear()
        self.statusBar().clearMessage()

    def dispose(self) -> None:
        for page in self.pages:
            page.dispose()

    def save_geometry(self) -> None:
        self.ctx.prefs.set(settings.WINDOW_GEOMETRY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
        self.quit_requested.emit()
