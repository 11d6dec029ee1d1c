"""WCAG 2 contrast of every text colour of both themes on the surface it sits on, and the
projector's type sizes. (In tests/gui because ``palette(...)`` values need Qt.)"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleFactory

from ppt_desk.gui import theme
from ppt_desk.gui.theme import DEFAULT, PROJECTOR, FontSpec, Theme

AA_TEXT = 4.5       # WCAG 2 AA, normal-size text
AAA_TEXT = 7.0      # WCAG 2 AAA: the projector's aim (a bright room, a washed-out beam)
AA_NON_TEXT = 3.0   # WCAG 2 AA, focus and selection marks (1.4.11)

# DEFAULT is the desk look as it was before the theme; measured on Fusion's light palette
# it misses AA in these places (a fix changes the look, so it is a decision of its own).
# The test keeps the list exact: a new shortfall fails, and so does a fixed one left here.
DEFAULT_BELOW_AA = {
    "placeholder on window": 1.73,    # palette(mid) "Belum ada catatan." under a list
    "placeholder on base": 1.98,      # a tentative date in its field
    "faint on window": 3.44,          # separators and [Pasal …] citations
    "faint on base": 3.95,            # records hidden from this user
    "faint on panel": 3.69,           # separators in the case header
    "done on window": 4.47,           # #1e7e34 on #efefef; 5.14 on white
    "selection_text on selection": 3.69,  # the platform's own highlight, not ours
}


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def fusion(qapp):
    return QStyleFactory.create("Fusion").standardPalette()


def _ratios(t: Theme, palette) -> dict[str, float]:
    return {what: contrast(theme.to_qcolor(fg, palette), theme.to_qcolor(bg, palette))
            for what, fg, bg in t.text_pairs()}


def test_the_formula():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#b00020"), QColor("#b00020")) == pytest.approx(1.0)


def test_every_projector_text_colour_meets_aaa(fusion):
    ratios = _ratios(PROJECTOR, fusion)
    low = {what: round(r, 2) for what, r in ratios.items() if r < AAA_TEXT}
    assert not low, low


def test_projector_marks_stand_out_from_the_strip(fusion):
    for mark in (PROJECTOR.strip_focus_border, PROJECTOR.strip_selected_border):
        for surface in (PROJECTOR.strip_fill, PROJECTOR.done_band):
            assert contrast(QColor(mark), QColor(surface)) >= AA_NON_TEXT, (mark, surface)


def test_default_meets_aa_except_the_known_places(fusion):
    ratios = _ratios(DEFAULT, fusion)
    low = {what: round(r, 2) for what, r in ratios.items() if r < AA_TEXT}
    assert low == pytest.approx(DEFAULT_BELOW_AA, abs=0.01)


def test_every_text_colour_of_a_theme_is_checked():
    """A colour added to Theme must be in text_pairs() (or be a line or mark)."""
    lines = {"line", "strip_border", "strip_current_border", "strip_selected_border",
             "strip_focus_border"}
    for t in (DEFAULT, PROJECTOR):
        checked = {value for _what, fg, bg in t.text_pairs() for value in (fg, bg)}
        colours = {name: value for name, value in vars(t).items()
                   if isinstance(value, str) and name != "name" and name not in lines}
        missing = {name for name, value in colours.items() if value not in checked}
        assert not missing, (t.name, missing)


def test_projector_never_writes_smaller_than_20_pixels():
    fonts = PROJECTOR.fonts()
    assert set(fonts) == set(DEFAULT.fonts()) and "body" in fonts
    for name, spec in fonts.items():
        assert isinstance(spec, FontSpec)
        assert spec.px is not None, f"{name}: a projector font needs a pixel size"
        assert spec.px >= 20, (name, spec.px)
    assert min(spec.px for spec in fonts.values()) >= 20
