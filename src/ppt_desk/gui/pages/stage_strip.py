"""The strip of stages at the top of Pemberdayaan: each stage as a button in the guide's order
(done ones green, the current one blue, the one shown below framed), its label wrapped to the
button's width."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ...domain.casework import StageDef
from .. import theme
from ..i18n import current_language
from ..labels import casework_config
from ..theme import Role
from ..widgets.field_values import cite_tip

TERMINATED = "TERMINASI"


def strip_text(stage: StageDef, lang: str) -> str:
    label = stage.label(lang)
    return f"{stage.number}. {label}" if stage.number is not None else label


def wrap_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """Words on lines no wider than ``width`` pixels (a longer word gets its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


class StageStrip(QWidget):
    """The stages in order: done ones green, the current one blue; the one shown below is
    framed. Arrow keys or Tab move between them, Space shows one."""

    stage_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageStrip")
        theme.apply(self, Role.STAGE_STRIP)
        lang = current_language()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.order = casework_config().stage_codes()
        self._current = ""
        self.texts: dict[str, str] = {}
        for stage in casework_config().stages:
            self.texts[stage.code] = strip_text(stage, lang)
            button = QPushButton(self.texts[stage.code], self)
            button.setObjectName(f"stage_{stage.code}")
            button.setCheckable(True)
            button.setToolTip(stage.label(lang) + "\n" + cite_tip(stage.cite))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setMinimumWidth(40)
            self.group.addButton(button)
            self.buttons[stage.code] = button
            row.addWidget(button)
            button.toggled.connect(
                lambda on, code=stage.code: on and self.stage_selected.emit(code))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_texts()

    def _fit_texts(self) -> None:
        """Wrap each name to its button; on a narrow window the font shrinks until the
        longest word fits (nothing is cut off at 1024 pixels)."""
        count = len(self.buttons)
        spacing = self.layout().spacing()
        room = (self.width() - spacing * (count - 1)) // count - 12
        if room <= 0:
            return
        base = self.font().pointSizeF()
        for code, button in self.buttons.items():
            font = QFont(self.font())
            size = base
            words = self.texts[code].split()
            while size > 7:
                font.setPointSizeF(size)
                metrics = QFontMetrics(font)
                if max(metrics.horizontalAdvance(w) for w in words) <= room:
                    break
                size -= 0.5
            button.setFont(font)
            button.setText(wrap_to_width(self.texts[code], QFontMetrics(font), room))

    def set_current(self, code: str) -> None:
        self._current = code
        index = self.order.index(code) if code in self.order else -1
        closed = code == TERMINATED
        for n, (stage, button) in enumerate(self.buttons.items()):
            button.setProperty("current", stage == code)
            button.setProperty("done", n < index or (closed and stage != code))
            button.setAccessibleDescription(self.tr("tahap sekarang") if stage == code else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def current_code(self) -> str:
        return self._current

    def selected_code(self) -> str:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def select(self, code: str) -> None:
        if code in self.buttons:
            self.buttons[code].setChecked(True)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.set_current("")
