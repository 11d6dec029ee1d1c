"""Sign-in: choose the user, type the password; waits out the delay after wrong attempts.
After a lock it says so, and whose session it was (``locked_by``)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from ..domain.errors import DomainError
from . import theme
from .labels import message_for
from .operations import Operations
from .recovery_dialog import RecoveryDialog
from .theme import Role


class UnlockDialog(QDialog):
    unlocked = Signal(object)  # UserInfo

    def __init__(self, backend, runner, username: str = "", office_name: str = "",
                 parent: QWidget | None = None, locked_by: str = "") -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.ops = Operations(runner)
        self._preselect = username
        self._wait_left = 0
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        theme.apply(self.heading, Role.TITLE)
        layout.addWidget(self.heading)
        if locked_by:
            self.setWindowTitle(self.tr("ppt-desk — Terkunci"))
            self.heading.setText(self.tr("Sesi terkunci — masuk lagi untuk melanjutkan"))
            who = QLabel(self.tr("Yang sedang masuk: {name} ({username})").format(
                name=locked_by, username=username), self)
            who.setObjectName("lockedBy")
            who.setWordWrap(True)
            layout.addWidget(who)
        else:
            self.setWindowTitle(self.tr("ppt-desk — Masuk"))
            self.heading.setText(self.tr("Buka data kasus"))
        if office_name:
            layout.addWidget(QLabel(office_name, self))
        form = QFormLayout()
        self.username = QComboBox(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        theme.apply(self.message, Role.ERROR)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        buttons = QHBoxLayout()
        self.recovery_link = QLabel(
            "<a href='#'>" + self.tr("Lupa kata sandi? Gunakan kode pemulihan") + "</a>", self)
        self.recovery_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.recovery_link.linkActivated.connect(self.open_recovery)
        self.open_button = QPushButton(self.tr("Buka"), self)
        self.open_button.setObjectName("open")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.recovery_link)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self.password.setFocus()
        self.ops.query(self.backend.session.usernames, on_done=self._fill_usernames)

    def _fill_usernames(self, names: list[str]) -> None:
        self.username.clear()
        self.username.addItems(names)
        if self._preselect in names:
            self.username.setCurrentText(self._preselect)

    def select_username(self, username: str) -> None:
        self._preselect = username
        index = self.username.findText(username)
        if index >= 0:
            self.username.setCurrentIndex(index)

    def try_unlock(self) -> None:
        if self._wait_left > 0 or not self.open_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            # Checked here too so that an empty field never counts as an attempt.
            self._show_error(DomainError("password_empty"))
            return
        self.message.clear()
        self.open_button.setEnabled(False)
        self.open_button.setText(self.tr("Membuka…"))
        self.ops.act(self.backend.session.unlock, self.username.currentText(), password,
                     on_done=self._unlocked, on_error=self._show_error)

    def _unlocked(self, user) -> None:
        self.password.clear()
        self.accept()
        self.unlocked.emit(user)

    def _show_error(self, exc: BaseException) -> None:
        self.open_button.setText(self.tr("Buka"))
        self.open_button.setEnabled(True)
        self.message.setText(message_for(exc))
        self.password.selectAll()
        self.password.setFocus()
        seconds = int(getattr(exc, "params", {}).get("seconds") or 0)
        if seconds > 0:
            self._start_wait(seconds)

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.open_button.setEnabled(False)
        self._show_countdown()
        self._timer.start()

    def _show_countdown(self) -> None:
        self.countdown.setText(self.tr("Tombol Buka aktif lagi dalam {n} detik.")
                               .format(n=self._wait_left))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            # a little margin: the throttle counts from the failure, slightly before us
            QTimer.singleShot(300, self._wait_over)
        else:
            self._show_countdown()

    def _wait_over(self) -> None:
        self._wait_left = 0
        self.countdown.clear()
        self.open_button.setEnabled(True)

    def open_recovery(self, *_args) -> RecoveryDialog:
        dialog = RecoveryDialog(self.backend, self.runner, self)
        dialog.password_reset.connect(self._after_recovery)
        dialog.open()
        return dialog

    def _after_recovery(self, username: str) -> None:
        self.select_username(username)
        self.message.setText("")
        self.countdown.setText(self.tr("Kata sandi sudah diganti. Silakan masuk dengan kata "
                                       "sandi baru."))
        self.password.setFocus()
