"""Ask for a comment, e.g. why a supervisor returns a stage change."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)


class CommentDialog(QDialog):
    """A text box with OK enabled only when something is written (``required``)."""

    def __init__(self, title: str, prompt: str, ok_text: str, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)
        label.setBuddy(self.comment)
        layout.addWidget(self.comment, 1)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.comment.textChanged.connect(self._update)
        self._update()

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.text()) or not self.required)

    def accept(self) -> None:
        if self.required and not self.text():
            return
        super().accept()
