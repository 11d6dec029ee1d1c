"""The fonts of printed documents: DejaVu Serif and Sans, embedded, so that any Unicode in
a name prints; the app ships its own copies (resources/fonts) so every laptop prints the
same letters.  Without DejaVu the PDF base-14 fonts are used.  Finding fonts never fails a
print.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import RESOURCES


@dataclass(frozen=True)
class Fonts:
    """Registered font names, by role."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    sans: str
    sans_bold: str


FONT_DIRS = (
    RESOURCES / "fonts",  # shipped with the app: the same letters on every laptop
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
    Path("/Library/Fonts"),
    Path.home() / "Library" / "Fonts",
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
)

# Registered name -> file names to try, best first.  resources/fonts has every face; a system
# copy may lack the serif italic (fonts-dejavu-core), then the condensed italic or, failing
# that, the upright face is used.
_WANTED = {
    "regular": ("PPTDesk-Serif", ("DejaVuSerif.ttf",)),
    "bold": ("PPTDesk-Serif-Bold", ("DejaVuSerif-Bold.ttf",)),
    "italic": ("PPTDesk-Serif-Italic", ("DejaVuSerif-Italic.ttf",
                                        "DejaVuSerifCondensed-Italic.ttf")),
    "bold_italic": ("PPTDesk-Serif-BoldItalic", ("DejaVuSerif-BoldItalic.ttf",
                                                 "DejaVuSerifCondensed-BoldItalic.ttf")),
    "sans": ("PPTDesk-Sans", ("DejaVuSans.ttf",)),
    "sans_bold": ("PPTDesk-Sans-Bold", ("DejaVuSans-Bold.ttf",)),
}
BUILTIN = Fonts("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
                "Helvetica", "Helvetica-Bold")


def font_files(folders: Iterable[Path]) -> dict[str, Path]:
    """DejaVu font files found under ``folders`` (first hit per file name)."""
    found: dict[str, Path] = {}
    for folder in folders:
        try:
            if not folder.is_dir():
                continue
            for root, _dirs, files in os.walk(folder, onerror=lambda _e: None):
                for name in files:
                    if name.startswith("DejaVu") and name.endswith(".ttf"):
                        found.setdefault(name, Path(root) / name)
        except OSError:
            continue
    return found


def _register(name: str, candidates: Sequence[str], files: dict[str, Path]) -> str | None:
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    for candidate in candidates:
        path = files.get(candidate)
        if path is None:
            continue
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
            return name
        except Exception:  # noqa: BLE001 - a broken font file must never stop a print
            continue
    return None


@functools.cache
def load() -> Fonts:
    """DejaVu Serif/Sans, registered once with reportlab; else the PDF base-14 fonts.
    Never raises."""
    try:
        files = font_files(FONT_DIRS)
        got = {key: _register(name, candidates, files)
               for key, (name, candidates) in _WANTED.items()}
        if got["regular"] is None or got["bold"] is None:
            return BUILTIN
        fonts = Fonts(
            regular=got["regular"], bold=got["bold"],
            italic=got["italic"] or got["regular"],
            bold_italic=got["bold_italic"] or got["bold"],
            sans=got["sans"] or BUILTIN.sans,
            sans_bold=got["sans_bold"] or got["sans"] or BUILTIN.sans_bold,
        )
        pdfmetrics.registerFontFamily(fonts.regular, normal=fonts.regular, bold=fonts.bold,
                                      italic=fonts.italic, boldItalic=fonts.bold_italic)
        return fonts
    except Exception:  # noqa: BLE001
        return BUILTIN
