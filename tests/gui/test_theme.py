"""gui/theme.py is the one place that says how things look: no other GUI module writes a
colour, a style sheet or a font change; DEFAULT is the look the screens had before the
theme existed; a window can use PROJECTOR while the rest of the app keeps DEFAULT."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import (
    QFrame, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ppt_desk.gui import theme
from ppt_desk.gui.theme import DEFAULT, PROJECTOR, Role
from ppt_desk.gui.widgets.messages import error_label

GUI = Path(theme.__file__).resolve().parent

# What only theme.py may write. (The stage strip shrinks its font with setPointSizeF to fit
# a narrow window: that is fitting text into a button, not a look, and is not matched.)
FORBIDDEN = {
    "hex colour": re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b"),
    "style sheet": re.compile(r"setStyleSheet\("),
    "QColor": re.compile(r"QColor\("),
    "Qt colour": re.compile(r"GlobalColor"),
    "CSS colour": re.compile(r"\b(?:color|background)\s*:"),
    "font change": re.compile(r"\.(?:setPointSize|setPixelSize|setBold|setItalic|setWeight)\("),
}


def _hits(text: str) -> list[tuple[int, str]]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        for what, pattern in FORBIDDEN.items():
            if pattern.search(line):
                found.append((number, what))
    return found


def test_no_gui_module_but_theme_writes_a_colour_style_or_font():
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name == "theme.py" and path.parent == GUI:
            continue
        for number, what in _hits(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(GUI)}:{number}: {what}")
    assert not offenders, "ask gui/theme.py for a role instead:\n" + "\n".join(offenders)


def test_the_scan_recognises_what_it_forbids():
    """The patterns match the kind of lines the screens used to have (and theme.py has)."""
    for line in ('label.setStyleSheet("color: #b00020;")', 'QColor("#fde7e9")',
                 "item.setForeground(Qt.GlobalColor.darkGray)",
                 "\"<span style='color: gray'>|</span>\"", "font.setBold(True)",
                 'frame = "background: palette(alternate-base);"'):
        assert _hits(line), line
    assert _hits((GUI / "theme.py").read_text(encoding="utf-8"))
    assert not _hits("font.setPointSizeF(size)  # fitting a word into a button")


# The style sheets the screens wrote by hand before the theme: DEFAULT must give the same.
BEFORE_THE_THEME = {
    Role.TEXT: "",
    Role.HINT: "color: #5f6368;",
    Role.ASIDE: "color: #5f6368; font-style: italic;",
    Role.TABLE_EMPTY: "color: #5f6368; padding: 4px;",
    Role.PLACEHOLDER: "color: palette(mid);",
    Role.TENTATIVE: "QDateEdit { color: palette(mid); }",
    Role.FAINT: "color: #808080;",              # was 'color: gray' and Qt.darkGray
    Role.INACTIVE: "color: #666666;",
    Role.ERROR: "color: #b00020;",
    Role.ERROR_STRONG: "color: #b00020; font-weight: bold;",
    Role.WARNING: "color: #8a5300;",
    Role.WARNING_STRONG: "color: #8a5300; font-weight: bold;",
    Role.CAUTION: "color: #a15c00; font-weight: bold;",
    Role.DONE: "color: #1e7e34;",
    Role.CODE: "padding: 12px; border: 1px solid palette(mid);",
    Role.BANNER_DONE: "background: #e6f4ea; padding: 6px; border-radius: 4px;",
    Role.BANNER_DONE_COMPACT: "background: #e6f4ea; padding: 4px; border-radius: 4px;",
    Role.BANNER_INFO: "background: #fff8e1; padding: 6px; border-radius: 4px;",
    Role.STATUS_FIELD: "padding-left: 8px; border-left: 1px solid palette(mid);",
    Role.WINDOW: "QLabel#pageTitle { font-size: 15pt; font-weight: bold; }",
}
BOXES_BEFORE = {
    (Role.BOX_WARNING, "#draftNotice"): "#draftNotice { background: #fff4ce; border-radius: 4px; }",
    (Role.BOX_ERROR, "#pendingBox"): "#pendingBox { background: #fde7e9; border-radius: 4px; }",
    (Role.BOX_PANEL, "#caseHeader"):
        "#caseHeader { background: palette(alternate-base); border-radius: 4px; }",
}
STRIP_BEFORE = """
QPushButton { border: 1px solid #b0b0b0; border-radius: 4px; padding: 4px 3px;
              background: #f4f4f4; color: #303030; }
QPushButton[done="true"] { background: #e6f4ea; color: #1e4620; }
QPushButton[current="true"] { background: #1a73e8; color: #ffffff; border: 1px solid #0b57d0; }
QPushButton:checked { border: 3px solid #202124; }
QPushButton:focus { border: 3px solid #f29900; }
"""


def _words(sheet: str) -> list[str]:
    return sheet.split()


def test_default_gives_the_style_sheets_the_screens_had():
    for role, sheet in BEFORE_THE_THEME.items():
        assert theme.style(role, DEFAULT) == sheet, role
    for (role, scope), sheet in BOXES_BEFORE.items():
        assert theme.style(role, DEFAULT, scope) == sheet, role
    assert _words(theme.style(Role.STAGE_STRIP, DEFAULT)) == _words(STRIP_BEFORE)


def test_default_fonts_are_the_old_font_changes(qapp):
    label = QLabel("x")
    base = label.font().pointSize()
    assert theme.font(label, Role.TITLE).pointSize() == base + 4
    assert theme.font(label, Role.TITLE).bold()
    assert theme.font(label, Role.HEADING).pointSize() == base + 2
    assert theme.font(label, Role.STRONG).bold()
    assert theme.font(label, Role.STRONG).pointSize() == base
    assert theme.font(label, Role.INACTIVE).italic()
    code = theme.font(label, Role.CODE)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    assert code.pointSize() == 20 and code.bold() and code.family() == fixed.family()
    assert theme.font(label, Role.MONO) == fixed


def test_every_role_has_a_look_in_both_themes(qapp):
    for t in (DEFAULT, PROJECTOR):
        for role in Role:
            sheet = theme.style(role, t, "#x" if role.name.startswith("BOX_") else "")
            assert isinstance(sheet, str)
            font_only = t is DEFAULT and role in (Role.STRONG, Role.HEADING, Role.TITLE,
                                                  Role.MONO)
            assert sheet or role is Role.TEXT or font_only, (t.name, role)


def test_screens_get_their_look_from_the_theme(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    label = error_label(parent)
    assert label.styleSheet() == theme.style(Role.ERROR)
    assert theme.shows(label, Role.ERROR) and not theme.shows(label, Role.DONE)
    theme.apply(label, Role.DONE)
    assert theme.shows(label, Role.DONE)


def test_a_box_needs_an_object_name_so_that_its_children_keep_their_look(qtbot):
    frame = QFrame()
    qtbot.addWidget(frame)
    with pytest.raises(ValueError):
        theme.apply(frame, Role.BOX_WARNING)
    frame.setObjectName("draftNotice")
    theme.apply(frame, Role.BOX_WARNING)
    assert frame.styleSheet().startswith("#draftNotice {")


def test_one_window_uses_the_projector_set_while_the_rest_keeps_the_default(qtbot):
    desk, audience = QWidget(), QWidget()
    qtbot.addWidget(desk)
    qtbot.addWidget(audience)
    theme.use(PROJECTOR, audience)
    inside, outside = QLabel(audience), QLabel(desk)
    nested = QLabel(QWidget(audience))
    for label in (inside, outside, nested):
        theme.apply(label, Role.ERROR)
    assert theme.of(inside) is PROJECTOR and theme.of(nested) is PROJECTOR
    assert theme.of(outside) is DEFAULT and theme.current() is DEFAULT
    assert PROJECTOR.error in inside.styleSheet() and PROJECTOR.error in nested.styleSheet()
    assert outside.styleSheet() == "color: #b00020;"
    assert audience.palette().color(audience.backgroundRole()).name() == PROJECTOR.window


def test_projector_text_is_at_least_20_pixels_on_screen(qtbot):
    audience = QWidget()
    qtbot.addWidget(audience)
    theme.use(PROJECTOR, audience)
    labels = [QLabel("Tahap", audience)]
    for role in Role:
        if role not in (Role.WINDOW, Role.STAGE_STRIP):
            label = QLabel("Tahap", audience)
            label.setObjectName(f"label_{role.name}")
            theme.apply(label, role)
            labels.append(label)
    # A label made later inside a styled frame (with setFont() it got the app's small font).
    box = QFrame(audience)
    box.setObjectName("pendingBox")
    theme.apply(box, Role.BOX_WARNING)
    labels.append(QLabel("Menunggu persetujuan", box))
    audience.show()
    qtbot.waitExposed(audience)
    small = {label.objectName() or label.text(): QFontInfo(label.font()).pixelSize()
             for label in labels if QFontInfo(label.font()).pixelSize() < 20}
    assert not small
    title = audience.findChild(QLabel, "label_TITLE")
    assert QFontInfo(title.font()).pixelSize() == PROJECTOR.title.px and title.font().bold()


def test_projector_selection_is_its_own_dark_blue(qtbot):
    """The platform's light highlight under white text is below AA: the projector window
    selects in its own colour (the window's sheet would otherwise hide the palette's)."""
    audience = QWidget()
    qtbot.addWidget(audience)
    theme.use(PROJECTOR, audience)
    table = QTableWidget(2, 1, audience)
    QVBoxLayout(audience).addWidget(table)
    for row in range(2):
        table.setItem(row, 0, QTableWidgetItem(""))
    table.selectRow(1)
    audience.resize(400, 300)
    audience.show()
    qtbot.waitExposed(audience)
    image = table.viewport().grab().toImage()
    rect = table.visualItemRect(table.item(1, 0))
    assert image.pixelColor(rect.center()).name() == PROJECTOR.selection


def test_using_switches_the_process_theme_for_a_block_only():
    with theme.using(PROJECTOR):
        assert theme.current() is PROJECTOR
        assert theme.style(Role.ERROR) == f"color: {PROJECTOR.error};"
    assert theme.current() is DEFAULT
