"""Filling casework forms through their widgets, as a caseworker would (GUI tests)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton

from ppt_desk.gui.widgets.check_list import CheckList
from ppt_desk.gui.widgets.combos import CodeCombo
from ppt_desk.gui.widgets.date_field import DateField
from ppt_desk.gui.widgets.record_form import RecordForm
from ppt_desk.gui.widgets.region_picker import RegionPicker
from ppt_desk.gui.widgets.table_editor import TableEditor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from casework_helpers import MovableClock, payloads  # noqa: E402

__all__ = ["MovableClock", "payloads", "fill", "click"]


def click(qtbot, button) -> None:
    """A left click where the user would click: on the mark of a radio or check box."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    if isinstance(button, (QRadioButton, QCheckBox)):
        pos = QPoint(8, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, form: RecordForm, payload: dict) -> None:
    """Type or pick every value of ``payload`` into the form's editors."""
    for key, value in payload.items():
        editor = form.editors[key]
        if isinstance(editor, QCheckBox):
            if editor.isChecked() != bool(value):
                editor.click()
        elif isinstance(editor, DateField):
            editor.set_iso(value)
        elif isinstance(editor, QPlainTextEdit):
            editor.clear()
            qtbot.keyClicks(editor, str(value))
        elif isinstance(editor, QLineEdit):
            editor.clear()
            qtbot.keyClicks(editor, str(value))
        elif isinstance(editor, CodeCombo):
            editor.set_code(value)
        elif isinstance(editor, CheckList):
            for code in value:
                editor.set_checked(code)
        elif isinstance(editor, RegionPicker):
            parts = str(value).split(".")
            for depth, combo in enumerate(editor.combos[:len(parts)], start=1):
                combo.set_code(".".join(parts[:depth]))  # pick level by level
        elif isinstance(editor, TableEditor):
            for row_values in value:
                click(qtbot, editor.add_button)
                row = editor.table.rowCount() - 1
                for column, cell in row_values.items():
                    editor.set_cell(row, column, cell)
        else:  # pragma: no cover
            raise AssertionError(f"no way to fill {key}")
