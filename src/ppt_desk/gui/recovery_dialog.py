"""Forgotten password: open with the recovery code, pick the user, set a new password."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from . import theme
from .labels import message_for
from .operations import Operations
from .theme import Role


class RecoveryDialog(QDialog):
    password_reset = Signal(str)  # username

    def __init__(self, backend, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.ops = backend, Operations(runner)
        self._users = []
        self.setWindowTitle(self.tr("Pemulihan kata sandi"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        step1 = QWidget(self)
        form1 = QVBoxLayout(step1)
        form1.addWidget(QLabel(self.tr("Ketik kode pemulihan (8 kelompok, huruf besar atau "
                                       "kecil, dengan atau tanpa tanda hubung)."), step1))
        self.code = QLineEdit(step1)
        self.code.setObjectName("code")
        theme.apply(self.code, Role.MONO)
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        form1.addWidget(self.code)
        for label in form1.parentWidget().findChildren(QLabel):
            label.setWordWrap(True)
        self.stack.addWidget(step1)

        step2 = QWidget(self)
        form2 = QFormLayout(step2)
        self.user = QComboBox(step2)
        self.user.setObjectName("user")
        self.new_password = QLineEdit(step2)
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(step2)
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form2.addRow(self.tr("Pengguna"), self.user)
        form2.addRow(self.tr("Kata sandi baru (min. 10 karakter)"), self.new_password)
        form2.addRow(self.tr("Ulangi kata sandi baru"), self.repeat)
        self.stack.addWidget(step2)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.ERROR)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("Lanjut"), self)
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.rejected.connect(self._forget)

    def _next(self) -> None:
        self.message.clear()
        self.next_button.setEnabled(False)
        if self.stack.currentIndex() == 0:
            self.ops.act(self.backend.session.unlock_recovery, self.code.text(),
                         on_done=self._opened, on_error=self._failed)
        else:
            user = self._users[self.user.currentIndex()]
            self.ops.act(self.backend.session.recovery_reset, user.id, self.new_password.text(),
                         self.repeat.text(), on_done=lambda _r: self._reset(user.username),
                         on_error=self._failed)

    def _opened(self, users) -> None:
        self.code.clear()
        self._users = list(users)
        self.user.clear()
        self.user.addItems([f"{u.display_name} ({u.username})" for u in self._users])
        self.stack.setCurrentIndex(1)
        self.next_button.setText(self.tr("Simpan kata sandi"))
        self.next_button.setEnabled(True)
        self.new_password.setFocus()

    def _reset(self, username: str) -> None:
        self.new_password.clear()
        self.repeat.clear()
        self.accept()
        self.password_reset.emit(username)

    def _failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.message.setText(message_for(exc))

    def _forget(self) -> None:
        """Cancelled after the code opened the database: close it again."""
        if self.stack.currentIndex() == 1:
            self.ops.act(self.backend.session.lock)
