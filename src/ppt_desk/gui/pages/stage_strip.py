"""The strip of stages at the top of Pemberdayaan: each stage as a button in the guide's order
(done ones green, the current one blue, the one shown below framed), its label wrapped to the
button's width on at most two lines (on a narrow window shortened, the whole name in the
tooltip)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from ...domain.casework import TERMINATED, StageDef
from .. import theme
from ..i18n import current_language
from ..labels import casework_config
from ..theme import Role
from ..widgets.field_values import cite_tip

MAX_LINES = 2        # a stage's name on its button: the strip stays two lines high
SHRINK_FLOOR = 0.85  # the font shrinks to fit a name by at most this much


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


def _fits(text: str, metrics: QFontMetrics, width: int) -> bool:
    lines = text.split("\n")
    return len(lines) <= MAX_LINES and all(metrics.horizontalAdvance(x) <= width for x in lines)


def fit_two_lines(text: str, base: QFont, width: int) -> tuple[QFont, str]:
    """``text`` wrapped to at most two lines of ``width`` pixels: the whole of it, the font
    shrinking a little if need be; else the number and the first words with "…" (e.g.
    "2. Penelusuran dan…"); else the second line elided."""
    words = text.split()
    shortened = [" ".join(words[:n]) + "…" for n in range(len(words) - 1, 0, -1)]
    start = base.pointSizeF()
    floor = max(7.0, start * SHRINK_FLOOR)
    font = QFont(base)
    for candidates in ([text], shortened):
        size = start
        while size >= floor:
            font.setPointSizeF(size)
            metrics = QFontMetrics(font)
            for candidate in candidates:
                wrapped = wrap_to_width(candidate, metrics, width)
                if _fits(wrapped, metrics, width):
                    return QFont(font), wrapped
            size -= 0.5
    metrics = QFontMetrics(font)
    lines = wrap_to_width(text, metrics, width).split("\n")
    head = metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(" ".join(lines[1:]), Qt.TextElideMode.ElideRight, width)
    return QFont(font), head + ("\n" + rest if rest else "")


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
        """Each name on at most two lines of its button (the strip stays two lines high at
        1024 pixels); the whole name is the button's tooltip."""
        count = len(self.buttons)
        spacing = self.layout().spacing()
        room = (self.width() - spacing * (count - 1)) // count - 12
        if room <= 0:
            return
        for code, button in self.buttons.items():
            font, text = fit_two_lines(self.texts[code], self.font(), room)
            button.setFont(font)
            button.setText(text)

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
