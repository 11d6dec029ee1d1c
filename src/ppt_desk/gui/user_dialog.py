"""Add or edit a user account (admin): name, roles, access to restricted data, active; or
set a new password."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ..domain.access import HEALTH, PERPETRATOR
from ..domain.secretariat import office_roles
from ..services.dto import UserInfo
from . import theme
from .labels import code_items, error_text, message_for
from .theme import Role


class UserDialog(QDialog):
    """``user`` None: a new account (with password); else edit name, roles, access grants
    and active."""

    def __init__(self, backend, ops, user: UserInfo | None = None,
                 parent: QWidget | None = None, office_kind: str = "") -> None:
        super().__init__(parent)
        self.backend, self.ops, self.user = backend, ops, user
        self.result_changes = None
        self.setWindowTitle(self.tr("Pengguna baru") if user is None else self.tr("Ubah pengguna"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.display_name)
        self.roles: dict[str, QCheckBox] = {}
        offered = office_roles(office_kind)   # a secretariat: admin and officer only
        for code, label in code_items("user_role"):
            if code not in offered:
                continue
            box = QCheckBox(label, self)
            box.setObjectName(f"role_{code}")
            self.roles[code] = box
            form.addRow(self.tr("Peran") if len(self.roles) == 1 else "", box)
        self.grants: dict[str, QCheckBox] = {}
        for code, label in ((HEALTH, self.tr("Akses data kesehatan (HIV/IMS, kesehatan "
                                             "reproduksi)")),
                            (PERPETRATOR, self.tr("Akses data pelaku"))):
            box = QCheckBox(label, self)
            box.setObjectName(f"grant_{code}")
            self.grants[code] = box
            form.addRow(self.tr("Akses khusus") if len(self.grants) == 1 else "", box)
        grants_hint = QLabel(self.tr("Tanpa akses ini, pengguna hanya melihat bahwa catatan "
                                     "semacam itu ada dan tanggalnya. Perubahan akses berlaku "
                                     "saat pengguna itu masuk berikutnya."), self)
        grants_hint.setObjectName("grantsHint")
        grants_hint.setWordWrap(True)
        theme.apply(grants_hint, Role.HINT)
        form.addRow("", grants_hint)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.active = QCheckBox(self.tr("Aktif"), self)
        if user is None:
            form.addRow(self.tr("Kata sandi (min. 10 karakter)"), self.password)
            form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
            (self.roles.get("PENDAMPING") or self.roles["PETUGAS_SEKRETARIAT"]).setChecked(True)
            self.active.hide()  # a new account is active; not in the form
        else:
            self.password.hide()  # passwords are reset with their own dialog
            self.repeat.hide()
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.display_name.setText(user.display_name)
            for code, box in self.roles.items():
                box.setChecked(code in user.roles)
            for code, box in self.grants.items():
                box.setChecked(code in user.grants)
            self.active.setChecked(user.active)
            form.addRow("", self.active)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.ERROR)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _roles(self) -> frozenset[str]:
        return frozenset(code for code, box in self.roles.items() if box.isChecked())

    def _grants(self) -> frozenset[str]:
        return frozenset(code for code, box in self.grants.items() if box.isChecked())

    def submit(self) -> None:
        self.message.clear()
        if self.user is None:
            if self.password.text() != self.repeat.text():
                self.message.setText(error_text("passwords_differ"))
                return
            self.ops.change(self.backend.users.add, self.username.text(),
                            self.display_name.text(), self._roles(), self.password.text(),
                            self._grants(), on_done=lambda r: self._done(r[0]),
                            on_error=self._failed)
        else:
            self.ops.change(self.backend.users.update, self.user.id, self.display_name.text(),
                            self._roles(), self.active.isChecked(), self._grants(),
                            on_done=self._done, on_error=self._failed)

    def _done(self, changes) -> None:
        self.password.clear()
        self.repeat.clear()
        self.result_changes = changes
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))


class PasswordDialog(QDialog):
    """An admin sets a new password for a user."""

    def __init__(self, backend, ops, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.ops, self.user = backend, ops, user
        self.setWindowTitle(self.tr("Atur ulang kata sandi"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kata sandi baru untuk {name}").format(
            name=user.display_name), self))
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi baru"), self.password)
        form.addRow(self.tr("Ulangi"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(self)
        theme.apply(self.message, Role.ERROR)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(error_text("passwords_differ"))
            return
        self.ops.act(self.backend.users.reset_password, self.user.id, self.password.text(),
                     on_done=lambda _r: self.accept(),
                     on_error=lambda exc: self.message.setText(message_for(exc)))
