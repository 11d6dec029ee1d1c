"""Colours, fonts and style sheets by role: a screen asks for ``Role.ERROR``, never for a colour.

A ``Theme`` is a frozen set of values. ``DEFAULT`` is the desk look (the platform's palette
plus a few colours of our own); ``PROJECTOR`` is large, high-contrast text for an audience
window on a 1024x768 projector. The process uses ``current()``; one window (and everything
inside it) can use another set with ``use(PROJECTOR, window)``.

Screens call ``apply(widget, role)`` (style sheet and/or font), ``style(role)``,
``html(role, text)`` for rich text, ``color(role)``/``brush(role)``, ``font(widget, role)``
and ``paint_item(item, role)`` for table cells. This is the only module of the GUI that
writes a colour or calls ``setStyleSheet`` (tests/gui/test_theme.py checks that).

A value ``palette(<role>)`` means "the platform's colour": the desk look follows the
system palette for text and surfaces and adds only its own signal colours.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from enum import Enum, auto

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget


class Role(Enum):
    """What a piece of the screen is, not how it looks."""
    TEXT = auto()                 # normal text (also: back to normal after an error)
    HINT = auto()                 # muted help text under a field or list
    ASIDE = auto()                # a muted, italic remark inside a form
    TABLE_EMPTY = auto()          # "nothing here" in place of an empty table
    PLACEHOLDER = auto()          # "nothing here" under a list of records
    TENTATIVE = auto()            # a date field showing a proposal not yet confirmed
    FAINT = auto()                # separators, citations, records hidden from this user
    INACTIVE = auto()             # no longer in force (withdrawn consent, inactive institution)
    ERROR = auto()
    ERROR_STRONG = auto()         # the summary of a form's errors, an overdue cell, an alert
    WARNING = auto()
    WARNING_STRONG = auto()
    CAUTION = auto()              # a marker that changes how a case is handled (child victim)
    DONE = auto()                 # complete, granted, succeeded
    STRONG = auto()               # bold text, no colour
    HEADING = auto()              # a form's or a track's title
    TITLE = auto()                # a case's or a dialog's title
    PAGE_TITLE = auto()           # the title of a main-window page
    CODE = auto()                 # the recovery code, framed and large
    MONO = auto()                 # typing a code
    BANNER_DONE = auto()          # a label on a green band: something was saved
    BANNER_DONE_COMPACT = auto()  # the same on a dense page
    BANNER_INFO = auto()          # a label on a light-yellow band: how a part of the form works
    BOX_WARNING = auto()          # a frame on a yellow band: a draft, a pending request
    BOX_ERROR = auto()            # a frame on a red band: a request sent back
    BOX_PANEL = auto()            # a frame on the alternate surface: the case header
    STATUS_FIELD = auto()         # a field of the status bar, set off by a line
    WINDOW = auto()               # the main window's own sheet (page titles)
    STAGE_STRIP = auto()          # the stage buttons: normal, done, current, selected, focus


@dataclass(frozen=True)
class FontSpec:
    """A font by change to the widget's own: ``grow`` points more, or an absolute ``pt`` or
    ``px`` size (``px`` wins); ``fixed`` starts from the system's fixed-width font."""
    grow: int = 0
    pt: float | None = None
    px: int | None = None
    bold: bool = False
    italic: bool = False
    fixed: bool = False


@dataclass(frozen=True)
class Theme:
    name: str
    # Surfaces and normal text.
    window: str
    base: str                     # tables and input fields
    text: str
    panel: str                    # the case header's band
    line: str                     # frame lines
    selection: str
    selection_text: str
    # Signal colours (text).
    muted: str
    placeholder: str
    faint: str
    inactive: str
    error: str
    warning: str
    caution: str
    done: str
    # Band colours (backgrounds of banners and boxes; normal text on them).
    done_band: str
    info_band: str
    warning_band: str
    error_band: str
    # The stage strip.
    strip_border: str
    strip_fill: str
    strip_text: str
    strip_done_text: str
    strip_current_fill: str
    strip_current_text: str
    strip_current_border: str
    strip_selected_border: str    # the stage shown below the strip
    strip_focus_border: str       # keyboard focus
    strip_mark_px: int            # width of the selected and focus borders
    # Fonts.
    body: FontSpec                # the application's base font
    min_point_size: int           # the base font is never smaller (DEFAULT: old laptops)
    page_title: FontSpec
    title: FontSpec
    heading: FontSpec
    strong: FontSpec
    inactive_font: FontSpec
    aside_font: FontSpec
    code: FontSpec
    mono: FontSpec
    # Spacing inside banners.
    banner_padding_px: int
    compact_padding_px: int

    def fonts(self) -> dict[str, FontSpec]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if isinstance(getattr(self, f.name), FontSpec)}

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text colour on the surface it sits on;
        the contrast tests check each."""
        pairs = []
        for name in ("text", "muted", "placeholder", "faint", "inactive", "error", "warning",
                     "caution", "done"):
            for surface in ("window", "base"):
                pairs.append((f"{name} on {surface}", getattr(self, name),
                              getattr(self, surface)))
        for band in ("done_band", "info_band", "warning_band", "error_band", "panel"):
            pairs.append((f"text on {band}", self.text, getattr(self, band)))
        pairs += [
            ("faint on panel", self.faint, self.panel),
            ("selection_text on selection", self.selection_text, self.selection),
            ("strip_text on strip_fill", self.strip_text, self.strip_fill),
            ("strip_done_text on done_band", self.strip_done_text, self.done_band),
            ("strip_current_text on strip_current_fill", self.strip_current_text,
             self.strip_current_fill),
        ]
        return pairs


DEFAULT = Theme(
    name="default",
    window="palette(window)", base="palette(base)", text="palette(window-text)",
    panel="palette(alternate-base)", line="palette(mid)",
    selection="palette(highlight)", selection_text="palette(highlighted-text)",
    muted="#5f6368", placeholder="palette(mid)", faint="#808080", inactive="#666666",
    error="#b00020", warning="#8a5300", caution="#a15c00", done="#1e7e34",
    done_band="#e6f4ea", info_band="#fff8e1", warning_band="#fff4ce", error_band="#fde7e9",
    strip_border="#b0b0b0", strip_fill="#f4f4f4", strip_text="#303030",
    strip_done_text="#1e4620", strip_current_fill="#1a73e8", strip_current_text="#ffffff",
    strip_current_border="#0b57d0", strip_selected_border="#202124",
    strip_focus_border="#f29900", strip_mark_px=3,
    body=FontSpec(), min_point_size=10, page_title=FontSpec(pt=15, bold=True),
    title=FontSpec(grow=4, bold=True), heading=FontSpec(grow=2, bold=True),
    strong=FontSpec(bold=True), inactive_font=FontSpec(italic=True),
    aside_font=FontSpec(italic=True), code=FontSpec(pt=20, bold=True, fixed=True),
    mono=FontSpec(fixed=True),
    banner_padding_px=6, compact_padding_px=4,
)

# Black on white for a room: every text colour at least 7:1 on its surface (WCAG AAA; AA
# asks 4.5), focus and selection marks at least 3:1; nothing smaller than 22 px.
PROJECTOR = Theme(
    name="projector",
    window="#ffffff", base="#ffffff", text="#000000", panel="#ececec", line="#000000",
    selection="#0b3d91", selection_text="#ffffff",
    muted="#333333", placeholder="#4d4d4d", faint="#4d4d4d", inactive="#4d4d4d",
    error="#9b0000", warning="#6b3d00", caution="#7a3500", done="#0a5c1a",
    done_band="#d4f0dc", info_band="#fff0c0", warning_band="#ffe9a8", error_band="#fcd4d8",
    strip_border="#000000", strip_fill="#ffffff", strip_text="#000000",
    strip_done_text="#0a3d12", strip_current_fill="#0b3d91", strip_current_text="#ffffff",
    strip_current_border="#000000", strip_selected_border="#000000",
    strip_focus_border="#b34700", strip_mark_px=4,
    body=FontSpec(px=22), min_point_size=10, page_title=FontSpec(px=34, bold=True),
    title=FontSpec(px=32, bold=True), heading=FontSpec(px=28, bold=True),
    strong=FontSpec(px=22, bold=True), inactive_font=FontSpec(px=22, italic=True),
    aside_font=FontSpec(px=22, italic=True), code=FontSpec(px=36, bold=True, fixed=True),
    mono=FontSpec(px=22, fixed=True),
    banner_padding_px=10, compact_padding_px=8,
)

# The audience screen blanked (conference mode): black, which a projector shows as no light.
BLANK = "#000000"


def paint_blank(widget: QWidget) -> None:
    """Fill ``widget`` (it needs an object name) with ``BLANK`` and nothing else: the blanked
    audience screen. A sheet, because a window sheet above resets children's palettes."""
    if not widget.objectName():
        raise ValueError("paint_blank needs a widget with an object name")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    widget.setStyleSheet(f"#{widget.objectName()} {{ background: {BLANK}; }}")


def paint_surface(widget: QWidget, theme: Theme | None = None) -> None:
    """Fill ``widget`` (it needs an object name) with the window colour of ``theme`` (default:
    its window's): a plain cover, e.g. over a line the audience screen's page cannot hold
    whole."""
    if not widget.objectName():
        raise ValueError("paint_surface needs a widget with an object name")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    colour = (theme or of(widget)).window
    widget.setStyleSheet(f"#{widget.objectName()} {{ background: {colour}; }}")


# -- which theme ------------------------------------------------------------------------------
_PROPERTY = "pptTheme"
_themes: dict[str, Theme] = {DEFAULT.name: DEFAULT, PROJECTOR.name: PROJECTOR}
_current: Theme = DEFAULT


def current() -> Theme:
    """The process's theme (what widgets use unless a window chose another)."""
    return _current


def use(theme: Theme, widget: QWidget | None = None) -> None:
    """Make ``theme`` the process's theme, or, with ``widget``, the theme of that window and
    everything inside it: its palette, its window sheet (with the base font size of a theme
    that sets one) and the roles applied from then on."""
    global _current
    _themes[theme.name] = theme
    if widget is None:
        _current = theme
        return
    widget.setProperty(_PROPERTY, theme.name)
    palette = QPalette(widget.palette())
    for role, value in ((QPalette.ColorRole.Window, theme.window),
                        (QPalette.ColorRole.WindowText, theme.text),
                        (QPalette.ColorRole.Base, theme.base),
                        (QPalette.ColorRole.Text, theme.text),
                        (QPalette.ColorRole.ButtonText, theme.text),
                        (QPalette.ColorRole.AlternateBase, theme.panel),
                        (QPalette.ColorRole.Mid, theme.line),
                        (QPalette.ColorRole.Highlight, theme.selection),
                        (QPalette.ColorRole.HighlightedText, theme.selection_text)):
        if not value.startswith("palette("):
            palette.setColor(role, QColor(value))
    widget.setPalette(palette)
    # The size goes in the window's sheet, not setFont(): a sheet reaches every widget made
    # later too, while a child made inside a styled frame would get the application's font.
    widget.setStyleSheet(style(Role.WINDOW, theme))


@contextmanager
def using(theme: Theme) -> Iterator[Theme]:
    """The process's theme is ``theme`` inside the ``with`` block."""
    global _current
    before = _current
    _themes[theme.name] = theme
    _current = theme
    try:
        yield theme
    finally:
        _current = before


def of(widget: QWidget | None) -> Theme:
    """The theme of the nearest window that chose one, else the process's."""
    while widget is not None:
        name = widget.property(_PROPERTY)
        if name:
            return _themes[name]
        widget = widget.parentWidget()
    return _current


# -- values by role ------------------------------------------------------------------------------
# role -> (foreground field, background field, font field, font in the style sheet too)
_PARTS: dict[Role, tuple[str | None, str | None, str | None, bool]] = {
    Role.TEXT: (None, None, None, False),
    Role.HINT: ("muted", None, None, False),
    Role.ASIDE: ("muted", None, "aside_font", True),
    Role.TABLE_EMPTY: ("muted", None, None, False),
    Role.PLACEHOLDER: ("placeholder", None, None, False),
    Role.TENTATIVE: ("placeholder", None, None, False),
    Role.FAINT: ("faint", None, None, False),
    Role.INACTIVE: ("inactive", None, "inactive_font", False),
    Role.ERROR: ("error", None, None, False),
    Role.ERROR_STRONG: ("error", None, "strong", True),
    Role.WARNING: ("warning", None, None, False),
    Role.WARNING_STRONG: ("warning", None, "strong", True),
    Role.CAUTION: ("caution", None, "strong", True),
    Role.DONE: ("done", None, None, False),
    Role.STRONG: (None, None, "strong", False),
    Role.HEADING: (None, None, "heading", False),
    Role.TITLE: (None, None, "title", False),
    Role.PAGE_TITLE: (None, None, "page_title", True),
    Role.CODE: (None, None, "code", False),
    Role.MONO: (None, None, "mono", False),
    Role.BANNER_DONE: (None, "done_band", None, False),
    Role.BANNER_DONE_COMPACT: (None, "done_band", None, False),
    Role.BANNER_INFO: (None, "info_band", None, False),
    Role.BOX_WARNING: (None, "warning_band", None, False),
    Role.BOX_ERROR: (None, "error_band", None, False),
    Role.BOX_PANEL: (None, "panel", None, False),
    Role.STATUS_FIELD: (None, None, None, False),
    Role.WINDOW: (None, None, None, False),
    Role.STAGE_STRIP: (None, None, None, False),
}
# Roles whose look is a font only: apply() leaves the widget's style sheet alone (unless
# the theme sizes the font in pixels: then the size is in the sheet, see use()).
_FONT_ONLY = {Role.STRONG, Role.HEADING, Role.TITLE, Role.MONO}
# Frames: the sheet names the frame (#objectName) so that its children keep their own look.
_BOXES = {Role.BOX_WARNING, Role.BOX_ERROR, Role.BOX_PANEL}


def _font_css(spec: FontSpec) -> str:
    parts = []
    if spec.px is not None:
        parts.append(f"font-size: {spec.px}px;")
    elif spec.pt is not None:
        parts.append(f"font-size: {spec.pt:g}pt;")
    if spec.bold:
        parts.append("font-weight: bold;")
    if spec.italic:
        parts.append("font-style: italic;")
    return " ".join(parts)


def css(role: Role, theme: Theme | None = None) -> str:
    """The role's declarations without a selector (for a label's sheet or a rich-text span)."""
    t = theme or _current
    fg, bg, font_field, font_in_css = _PARTS[role]
    parts = []
    if fg is not None:
        parts.append(f"color: {getattr(t, fg)};")
    if bg is not None:
        parts.append(f"background: {getattr(t, bg)};")
    if role in (Role.BANNER_DONE, Role.BANNER_INFO):
        parts.append(f"padding: {t.banner_padding_px}px;")
    if role is Role.BANNER_DONE_COMPACT:
        parts.append(f"padding: {t.compact_padding_px}px;")
    if bg is not None:
        parts.append("border-radius: 4px;")
    if role is Role.TABLE_EMPTY:
        parts.append("padding: 4px;")
    if role is Role.STATUS_FIELD:
        parts.append(f"padding-left: 8px; border-left: 1px solid {t.line};")
    if role is Role.CODE:
        parts.append(f"padding: 12px; border: 1px solid {t.line};")
    if font_field is not None and (font_in_css or getattr(t, font_field).px is not None):
        parts.append(_font_css(getattr(t, font_field)))
    return " ".join(p for p in parts if p)


def style(role: Role, theme: Theme | None = None, scope: str = "") -> str:
    """A style sheet for the role; ``scope`` (a selector) confines it to one widget."""
    t = theme or _current
    if role is Role.WINDOW:
        base = ""
        if t.body.px is not None:  # a window of its own (projector): size and selection
            base = (f"QWidget {{ font-size: {t.body.px}px; selection-background-color: "
                    f"{t.selection}; selection-color: {t.selection_text}; }}\n")
        return base + "QLabel#pageTitle { " + css(Role.PAGE_TITLE, t) + " }"
    if role is Role.STAGE_STRIP:
        return _strip_sheet(t)
    if role is Role.TENTATIVE:
        scope = scope or "QDateEdit"
    body = css(role, t)
    return f"{scope} {{ {body} }}" if scope and body else body


def _strip_sheet(t: Theme) -> str:
    mark = t.strip_mark_px
    return (
        f"\nQPushButton {{ border: 1px solid {t.strip_border}; border-radius: 4px; "
        f"padding: 4px 3px;\n              background: {t.strip_fill}; color: {t.strip_text}; }}"
        f"\nQPushButton[done=\"true\"] {{ background: {t.done_band}; "
        f"color: {t.strip_done_text}; }}"
        f"\nQPushButton[current=\"true\"] {{ background: {t.strip_current_fill}; "
        f"color: {t.strip_current_text}; border: 1px solid {t.strip_current_border}; }}"
        f"\nQPushButton:checked {{ border: {mark}px solid {t.strip_selected_border}; }}"
        f"\nQPushButton:focus {{ border: {mark}px solid {t.strip_focus_border}; }}\n")


def apply(widget: QWidget, role: Role) -> None:
    """Give ``widget`` the role's look in its window's theme: its style sheet (replacing the
    one it had) and, for font roles, its font."""
    t = of(widget)
    _fg, _bg, font_field, font_in_css = _PARTS[role]
    if role not in _FONT_ONLY or _sized(t, role):
        scope = ""
        if role in _BOXES:
            if not widget.objectName():
                raise ValueError(f"{role.name} needs a widget with an object name")
            scope = "#" + widget.objectName()
        widget.setStyleSheet(style(role, t, scope))
    if font_field is not None and not font_in_css:
        widget.setFont(font(widget, role))


def _sized(t: Theme, role: Role) -> bool:
    """The theme gives the role a pixel size: it is in the role's sheet."""
    font_field = _PARTS[role][2]
    return font_field is not None and getattr(t, font_field).px is not None


def shows(widget: QWidget, role: Role) -> bool:
    """Whether the widget's style sheet is the one ``apply(widget, role)`` gives it."""
    scope = "#" + widget.objectName() if role in _BOXES else ""
    return widget.styleSheet() == style(role, of(widget), scope)


def html(role: Role, text: str, theme: Theme | None = None) -> str:
    """``text`` (already rich text) in a span with the role's look."""
    return f"<span style='{css(role, theme)}'>{text}</span>"


def color(role: Role, theme: Theme | None = None) -> QColor:
    """The role's colour: the text colour of a text role, the fill of a band or box."""
    t = theme or _current
    fg, bg, _font, _css = _PARTS[role]
    field = fg or bg
    if field is None:
        raise ValueError(f"{role.name} has no colour")
    return to_qcolor(getattr(t, field))


def brush(role: Role, theme: Theme | None = None) -> QBrush:
    return QBrush(color(role, theme))


def font(source, role: Role, theme: Theme | None = None) -> QFont:
    """The role's font, built on ``source.font()`` (a widget or a table item)."""
    t = theme or (of(source) if isinstance(source, QWidget) else _current)
    font_field = _PARTS[role][2]
    if font_field is None:
        raise ValueError(f"{role.name} has no font")
    spec: FontSpec = getattr(t, font_field)
    if spec.fixed:
        result = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        result = QFont(source.font())
    if spec.px is not None:
        result.setPixelSize(spec.px)
    elif spec.pt is not None:
        result.setPointSizeF(spec.pt)
    elif spec.grow:
        result.setPointSize(result.pointSize() + spec.grow)
    if spec.bold:
        result.setBold(True)
    if spec.italic:
        result.setItalic(True)
    return result


def paint_item(item, role: Role, theme: Theme | None = None) -> None:
    """A table or list item in the role's colour (and font, when the role has one)."""
    fg, _bg, font_field, _css = _PARTS[role]
    if fg is not None:
        item.setForeground(brush(role, theme))
    if font_field is not None:
        item.setFont(font(item, role, theme))


def base_font(app_font: QFont, theme: Theme | None = None) -> QFont:
    """The application's base font in ``theme``: its pixel size, or the platform's size but
    at least ``min_point_size``."""
    t = theme or _current
    result = QFont(app_font)
    if t.body.px is not None:
        result.setPixelSize(t.body.px)
    else:
        result.setPointSize(max(result.pointSize(), t.min_point_size))
    return result


# -- colours ---------------------------------------------------------------------------------
_PALETTE_ROLES = {
    "window": QPalette.ColorRole.Window, "window-text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base, "alternate-base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text, "mid": QPalette.ColorRole.Mid,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted-text": QPalette.ColorRole.HighlightedText,
}


def to_qcolor(value: str, palette: QPalette | None = None) -> QColor:
    """A theme value as a colour; ``palette(<role>)`` from ``palette`` (default: the
    application's palette, or Fusion's when there is no application)."""
    if value.startswith("palette(") and value.endswith(")"):
        if palette is None:
            app = QApplication.instance()
            palette = app.palette() if app is not None else \
                QStyleFactory.create("Fusion").standardPalette()
        return palette.color(_PALETTE_ROLES[value[len("palette("):-1]])
    return QColor(value)
