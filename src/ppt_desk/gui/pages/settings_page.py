"""Pengaturan: language, idle lock, a new recovery code (admin), and the casework rules and
the letterhead of printed documents (supervisors and admins)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt, Signal

from .. import settings
from ...domain.roles import sees_all_cases
from ..context import AppContext
from ..labels import message_for
from ..widgets.recovery_code_view import RecoveryCodeView
from .base import BasePage
from .casework_rules_box import CaseworkRulesBox
from .letterhead_box import LetterheadBox


class _FillLayout(QVBoxLayout):
    """A scroll area sizes a height-for-width body to its preferred height (scroll bars at
    768 px although everything fits at its minimum); this body fills the view instead."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return False


class SettingsPage(BasePage):
    idle_minutes_changed = Signal(int)
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Pengaturan"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        # The boxes scroll when the window is too low for all of them (1024x768 screens).
        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        layout = _FillLayout(body)
        layout.setContentsMargins(0, 0, 4, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        box = QGroupBox(self.tr("Tampilan dan keamanan"), self)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.prefs.get(settings.LANGUAGE))))
        self.language.currentIndexChanged.connect(self._language)
        form.addRow(self.tr("Bahasa antarmuka"), self.language)
        self.language_note = QLabel(self.tr("Berlaku setelah aplikasi dibuka ulang."), box)
        self.language_note.hide()
        form.addRow("", self.language_note)
        self.idle = QSpinBox(box)
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" menit"))
        self.idle.setValue(ctx.prefs.get(settings.IDLE_MINUTES))
        self.idle.valueChanged.connect(self._idle)
        form.addRow(self.tr("Kunci otomatis setelah tidak aktif"), self.idle)
        top = QHBoxLayout()  # side by side: the office's boxes below need the height
        top.addWidget(box, 1)
        layout.addLayout(top)
        if ctx.is_admin:
            recovery = QGroupBox(self.tr("Kode pemulihan"), self)
            rec_layout = QVBoxLayout(recovery)
            hint = QLabel(self.tr("Membuat kode baru membatalkan kode lama. Kode baru hanya "
                                  "ditampilkan sekali."), recovery)
            hint.setWordWrap(True)
            self.new_code_button = QPushButton(self.tr("Buat kode pemulihan baru…"), recovery)
            self.new_code_button.clicked.connect(self.new_recovery_code)
            rec_layout.addWidget(hint)
            rec_layout.addWidget(self.new_code_button)
            top.addWidget(recovery, 1)
        self.rules_box: CaseworkRulesBox | None = None
        self.letterhead_box: LetterheadBox | None = None
        if ctx.is_admin or sees_all_cases(ctx.user.roles):
            self.letterhead_box = LetterheadBox(ctx, self)
            layout.addWidget(self.letterhead_box)
            self.rules_box = CaseworkRulesBox(ctx, self)
            layout.addWidget(self.rules_box, 1)
        else:
            layout.addStretch(1)

    def page_shown(self) -> None:
        if self.rules_box is not None:
            self.rules_box.load()
        if self.letterhead_box is not None:
            self.letterhead_box.load()

    def _language(self, _index: int) -> None:
        lang = self.language.currentData()
        self.ctx.prefs.set(settings.LANGUAGE, lang)
        self.language_note.show()
        self.language_changed.emit(lang)

    def _idle(self, minutes: int) -> None:
        self.ctx.prefs.set(settings.IDLE_MINUTES, minutes)
        self.idle_minutes_changed.emit(minutes)

    def new_recovery_code(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Kode pemulihan baru"),
            self.tr("Kode pemulihan lama tidak berlaku lagi. Lanjutkan?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.ops.act(self.ctx.backend.users.new_recovery_code, on_done=self.show_code,
                             on_error=lambda exc: QMessageBox.warning(
                                 self, self.tr("Kode pemulihan"), message_for(exc)))

    def show_code(self, code: str) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Kode pemulihan baru"))
        layout = QVBoxLayout(dialog)
        view = RecoveryCodeView(dialog)
        view.set_code(code)
        layout.addWidget(view)
        close = QPushButton(self.tr("Saya sudah mencatat kode pemulihan"), dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.open()
        return dialog
