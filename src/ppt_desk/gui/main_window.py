"""The PPT's main window for one signed-in user: its pages in the shared shell (navigation,
lock and switch user: ``shell_window``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from .context import AppContext
from .pages.case_list import CaseListPage
from .pages.case_page import CasePage
from .pages.institutions_page import InstitutionsPage
from .pages.intake_form import IntakeFormPage
from .pages.settings_page import SettingsPage
from .pages.today_page import TodayPage
from .pages.users_page import UsersPage
from .shell_window import ShellWindow
from .stats.stats_page import StatsPage
from .sync.conflicts_page import ConflictsPage
from .sync.sync_page import SyncPage


class MainWindow(ShellWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("ppt-desk — Pengelolaan Kasus TPPO"))
        self.case_list = self.intake = self.case_page = self.users_page = None
        self.today_page = self.institutions_page = None
        if ctx.sees_cases:
            self.today_page = self._add(TodayPage(ctx, self), self.tr("Hari ini"))
            self.today_page.case_opened.connect(self.open_case)
            self.case_list = self._add(CaseListPage(ctx, self), self.tr("Daftar Kasus"))
            self.intake = self._add(IntakeFormPage(ctx, self), self.tr("Kasus Baru"))
            self.institutions_page = self._add(InstitutionsPage(ctx, self), self.tr("Lembaga"))
            self.case_page = self._add(CasePage(ctx, self), None)
            self.case_list.case_opened.connect(self.open_case)
            self.intake.case_saved.connect(self._case_saved)
            self.case_page.back_requested.connect(lambda: self.show_page(self.case_list))
            self.case_page.case_left.connect(self._case_left)
        self.stats_page = self._add(StatsPage(ctx, self), self.tr("Statistik"))
        if self.case_page is not None:
            self.stats_page.case_opened.connect(self.open_case)
        if ctx.is_admin:
            self.users_page = self._add(UsersPage(ctx, self), self.tr("Pengguna"))
        self.sync_page = self._add(SyncPage(ctx, self), self.tr("Sinkronisasi"))
        self.conflicts_page = self._add(ConflictsPage(ctx, self), self.tr("Konflik data"))
        self.conflicts_page.attach_badge(self.nav.item(self.nav.count() - 1))
        self.settings_page = self._add(SettingsPage(ctx, self), self.tr("Pengaturan"))
        self._finish()
        if ctx.sees_cases:
            self._build_case_actions()

    def _build_case_actions(self) -> None:
        """Ctrl+N and Ctrl+F, what people try first, in a menu that shows them."""
        menu = self.menuBar().addMenu(self.tr("&Kasus"))
        self.new_case_action = QAction(self.tr("Kasus baru"), self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.triggered.connect(self.new_case)
        self.find_action = QAction(self.tr("Cari kasus"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.find_cases)
        menu.addAction(self.new_case_action)
        menu.addAction(self.find_action)

    def new_case(self) -> None:
        self.show_page(self.intake)

    def find_cases(self) -> None:
        """Daftar Kasus with the cursor in its search box, ready to type over."""
        self.show_page(self.case_list)
        self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_list.search.selectAll()

    def open_case(self, case_id: str, notice: str = "") -> None:
        self.nav.clearSelection()
        self.show_page(self.case_page)
        self.case_page.load(case_id, notice)

    def _case_left(self, text: str) -> None:
        self.show_page(self.case_list)
        self.statusBar().showMessage(text, 10000)

    def _case_saved(self, case_id: str, number: str) -> None:
        text = self.tr("Kasus tersimpan dengan nomor {number}.").format(number=number)
        self.statusBar().showMessage(text, 10000)
        self.open_case(case_id, text)
