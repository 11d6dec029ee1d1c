"""Pengguna (admin only): accounts, roles, access to restricted data, active flag, password
reset."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.access import GRANTS, HEALTH, PERPETRATOR
from ...services.change_set import ChangeSet
from ...services.dto import UserInfo
from .. import theme
from ..context import AppContext
from ..labels import code_label, message_for
from ..theme import Role
from ..user_dialog import PasswordDialog, UserDialog
from .base import BasePage


class UsersPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.users: list[UserInfo] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Pengguna"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nama pengguna"), self.tr("Nama lengkap"),
                                              self.tr("Peran"), self.tr("Akses khusus"),
                                              self.tr("Aktif")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pengguna…"), self)
        self.edit_button = QPushButton(self.tr("Ubah peran/status…"), self)
        self.password_button = QPushButton(self.tr("Atur ulang kata sandi…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        for button in (self.add_button, self.edit_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = QLabel(self)
        theme.apply(self.error, Role.ERROR)
        layout.addWidget(self.error)
        self.listen(ctx.bus.data_changed, self._data_changed)

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.query(self.ctx.backend.users.list, on_done=self._show,
                           on_error=lambda exc: self.error.setText(message_for(exc)))

    def _show(self, users: list[UserInfo]) -> None:
        self.users = list(users)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            roles = ", ".join(code_label("user_role", r) for r in sorted(user.roles))
            active = self.tr("Ya") if user.active else self.tr("Tidak")
            for column, text in enumerate((user.username, user.display_name, roles,
                                           self.grants_text(user.grants), active)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def grants_text(self, grants: frozenset[str]) -> str:
        names = {HEALTH: self.tr("Kesehatan"), PERPETRATOR: self.tr("Pelaku")}
        held = [names[g] for g in GRANTS if g in grants]
        held += sorted(g for g in grants if g not in names)
        return ", ".join(held) or "—"

    def _selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self.ctx.backend, self.ctx.ops, None, self,
                            office_kind=self.ctx.office.kind if self.ctx.office else "")
        dialog.open()
        return dialog

    def edit_user(self) -> UserDialog | None:
        user = self._selected()
        if user is None:
            return None
        dialog = UserDialog(self.ctx.backend, self.ctx.ops, user, self,
                            office_kind=self.ctx.office.kind if self.ctx.office else "")
        dialog.open()
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        user = self._selected()
        if user is None:
            return None
        dialog = PasswordDialog(self.ctx.backend, self.ctx.ops, user, self)
        dialog.open()
        return dialog

    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.users:
            self.refresh()

    def clear(self) -> None:
        self.users = []
        self.table.setRowCount(0)
