"""The secretariat's main window (ADR 0015): the shared shell with the secretariat's pages.

Pages are a list of (title, factory): a factory takes the context and the window and returns
the page, or None when the signed-in user has no use for it. Another page is added by adding
its entry to ``PAGES`` (a title marked with ``QT_TRANSLATE_NOOP`` in the context
"SecretariatWindow"); the window holds no business rules.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..pages.base import BasePage
from ..pages.users_page import UsersPage
from ..shell_window import ShellWindow
from ..stats.stats_page import StatsPage
from ..sync.conflicts_page import ConflictsPage
from .dashboard_page import DashboardPage
from .devices_page import SecretariatDevicesPage
from .duplicates_page import DuplicatesPage
from .import_page import ImportBundlesPage
from .register_page import ProvincialRegisterPage
from .return_page import ReturnTripPage
from .transfers_page import TransfersPage

PageFactory = Callable[[AppContext, QWidget], BasePage | None]


def _users(ctx: AppContext, parent: QWidget) -> BasePage | None:
    return UsersPage(ctx, parent) if ctx.is_admin else None


PAGES: list[tuple[str, PageFactory]] = [
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Impor bundel"), ImportBundlesPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Dasbor perangkat"), DashboardPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Register provinsi"), ProvincialRegisterPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Konflik data"), ConflictsPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Kemungkinan duplikat"), DuplicatesPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Pindahan kasus"), TransfersPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Kirim balik"), ReturnTripPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Statistik"), StatsPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Perangkat"), SecretariatDevicesPage),
    (QT_TRANSLATE_NOOP("SecretariatWindow", "Pengguna"), _users),
]


class SecretariatWindow(ShellWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("ppt-desk — Sekretariat Gugus Tugas PP-TPPO"))
        self.by_title: dict[str, BasePage] = {}
        for title, factory in PAGES:
            page = factory(ctx, self)
            if page is not None:
                self._add(page, QCoreApplication.translate("SecretariatWindow", title))
                self.by_title[title] = page
                if isinstance(page, ConflictsPage):
                    page.attach_badge(self.nav.item(self.nav.count() - 1))
        stats = self.by_title.get("Statistik")
        if isinstance(stats, StatsPage):
            stats.case_opened.connect(self.open_registered_case)
        self._finish()

    def open_registered_case(self, case_id: str) -> None:
        """A case behind a figure opens in the provincial register's case view."""
        register = self.by_title["Register provinsi"]
        self.show_page(register)
        register.open_case(case_id)
