"""A case that belongs to another device, on its case page: a banner that says so, every button
that would change it disabled, and (for supervisors) "Pindahkan ke PPT lain…" on the others.

``CaseOwnership`` is what the case page holds: the banner, the transfer button and a
``ReadOnlyGuard``. The guard disables the push buttons under the page's header and tabs except
those that only read (a stage's panel, printing an issued letter, the consent check, showing
the NIK) and keeps them disabled: a tab that enables a button again when a row is selected is
overruled, so a button added to a tab later is disabled too without being named here. The
services refuse a change of such a case anyway (``case_transferred``).
"""
from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QCoreApplication as T  # T.translate(...): lupdate finds it
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ...domain.roles import Role as UserRole
from ...services.dto import CaseDetail
from .. import theme
from ..context import AppContext
from ..theme import Role
from .transfer_dialog import TransferDialog

# Buttons that only read: they stay enabled on a read-only case.
READING = frozenset({"nikToggle", "checkButton", "toProtection"})
READING_PREFIXES = ("stage_", "print_")
KEY_KEEPERS = {UserRole.SUPERVISOR.value, UserRole.ADMIN.value}


def _reads(button: QPushButton) -> bool:
    name = button.objectName()
    return name in READING or name.startswith(READING_PREFIXES)


class ReadOnlyGuard(QObject):
    """Holds the writing buttons under ``roots`` disabled while held."""

    def __init__(self, roots: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roots = roots
        self.wanted: dict[QPushButton, bool] = {}   # what each button's own screen wants

    @property
    def held(self) -> bool:
        return bool(self.wanted)

    def hold(self) -> None:
        for root in self.roots:
            for button in root.findChildren(QPushButton):
                if _reads(button) or button in self.wanted:
                    continue
                self.wanted[button] = button.isEnabled()
                button.installEventFilter(self)
                button.setEnabled(False)

    def release(self) -> None:
        wanted, self.wanted = self.wanted, {}
        for button, enabled in wanted.items():
            button.removeEventFilter(self)
            button.setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.EnabledChange and watched in self.wanted:
            button = watched
            assert isinstance(button, QPushButton)
            if button.isEnabled():
                self.wanted[button] = True
                button.setEnabled(False)
        return False


def read_only_text(detail: CaseDetail) -> str:
    if detail.transferred_to:
        when = detail.transferred_at
        day = when.replace(tzinfo=timezone.utc).astimezone().strftime("%d/%m/%Y") \
            if when is not None else "—"
        return _texts()["moved"].format(office=detail.transferred_to, date=day)
    return _texts()["elsewhere"]


def _texts() -> dict[str, str]:
    return {
        "moved": T.translate(
            "CaseOwnership", "Kasus ini telah dipindahkan ke {office} pada {date}; salinan ini "
                             "hanya dapat dibaca."),
        "elsewhere": T.translate(
            "CaseOwnership", "Kasus ini dipegang oleh perangkat kantor lain; salinan ini hanya "
                             "dapat dibaca."),
        "button": T.translate("CaseOwnership", "Pindahkan ke PPT lain…"),
    }


class CaseOwnership(QObject):
    """The case page's banner, transfer button and guard (see the module docstring)."""

    def __init__(self, ctx: AppContext, page: QWidget, roots: list[QWidget]) -> None:
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.detail: CaseDetail | None = None
        self.dialog: TransferDialog | None = None
        self.banner = QLabel(page)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        theme.apply(self.banner, Role.BANNER_INFO)
        self.banner.hide()
        self.transfer_button = QPushButton(_texts()["button"], page)
        self.transfer_button.setObjectName("transferCase")
        self.transfer_button.setVisible(bool(ctx.user.roles & KEY_KEEPERS))
        self.transfer_button.clicked.connect(self.open_transfer_dialog)
        self.guard = ReadOnlyGuard(roots, self)

    @property
    def read_only(self) -> bool:
        return self.detail is not None and self.detail.read_only

    def before_show(self) -> None:
        """Before the tabs show a case: give the buttons back to their screens."""
        self.guard.release()

    def show(self, detail: CaseDetail) -> None:
        """After the tabs showed ``detail``."""
        self.detail = detail
        self.banner.setVisible(detail.read_only)
        if detail.read_only:
            self.banner.setText(read_only_text(detail))
            self.guard.hold()

    def clear(self) -> None:
        self.detail = None
        self.close_dialog()
        self.banner.hide()
        self.banner.clear()
        self.guard.release()

    def open_transfer_dialog(self) -> TransferDialog | None:
        if self.detail is None or self.read_only:
            return None
        self.close_dialog()
        detail = self.detail
        self.dialog = TransferDialog(self.ctx, detail.id,
                                     f"{detail.case_number} — {detail.intake.full_name}",
                                     self.page)
        self.dialog.open()
        return self.dialog

    def close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None
