"""Helpers of the audience-window tests: every text a widget holds, the canary case's audience
version, rendered-pixel contrast, and the OCR reading (Debian's ``tesseract`` CLI)."""
from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from audience_helpers import GUARDIAN, NAME, PERPETRATOR, PERPETRATOR_PHONE, source_of
from ppt_desk.domain.audience import audience_case

AGENDA = (f"Masalah: {NAME} takut pulang", f"Akar masalah: utang kepada {PERPETRATOR}")
DECISIONS = (f"Rujuk {NAME.split()[0]} ke RSUD", f"Laporkan nomor {PERPETRATOR_PHONE} ke polisi",
             f"Kunjungi {GUARDIAN} minggu depan")


def audience_of(backend, case_id: str, label: str = "Korban A", revealed=()):
    return audience_case(source_of(backend, case_id), label, AGENDA, DECISIONS, revealed)


def all_texts(root: QWidget) -> list[str]:
    """Every string property of the window and of every object inside it (text, tool tip,
    status tip, what's this, accessible name and description, window title, placeholder...),
    shown or not."""
    out = []
    for obj in [root, *root.findChildren(QObject)]:
        meta = obj.metaObject()
        for i in range(meta.propertyCount()):
            prop = meta.property(i)
            if prop.typeName() != "QString" or prop.name() == "objectName":
                continue
            value = prop.read(obj)
            if isinstance(value, str) and value:
                out.append(value)
    return out


def leaked(texts, canaries) -> list[str]:
    joined = "\n".join(texts).casefold()
    return [c for c in canaries if c.casefold() in joined]


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: int) -> float:
            v /= 255
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())
    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rendered_contrast(image: QImage) -> float:
    """Contrast between a text's surface (its commonest colour) and the text itself (of the
    colours covering 2% of the ink or more, the farthest from the surface): what the room
    sees, anti-aliasing aside."""
    counts = Counter(image.pixel(x, y) for y in range(image.height())
                     for x in range(image.width()))
    surface, _n = counts.most_common(1)[0]
    ink = sum(n for c, n in counts.items() if c != surface)
    candidates = [c for c, n in counts.items() if c != surface and n >= max(1, ink * 0.02)]
    if not candidates:
        return 0.0
    bg = QColor.fromRgb(surface)
    return max(contrast(QColor.fromRgb(c), bg) for c in candidates)


# -- OCR -----------------------------------------------------------------------------------
def tesseract() -> str:
    path = shutil.which("tesseract")
    if path is None:
        pytest.fail("T13 needs Debian's tesseract-ocr (apt-get install tesseract-ocr; .ci/run "
                    "installs it): the OCR check of the audience screen cannot run without it")
    langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True).stdout
    if "eng" not in langs.split():
        pytest.fail(f"tesseract has no English data (tesseract-ocr-eng): {langs!r}")
    return path


def ocr(png: Path) -> str:
    done = subprocess.run([tesseract(), str(png), "stdout", "-l", "eng", "--psm", "3"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def ocr_hits(text: str, words) -> list[str]:
    """Canary words the OCR text holds, allowing one misread letter (and, for a number, its
    digits with any separators)."""
    found = re.findall(r"[A-Za-z]+", text)
    digits = re.sub(r"\D", "", text)
    hits = []
    for word in words:
        if word.isdigit() or any(ch.isdigit() for ch in word):
            if re.sub(r"\D", "", word) in digits:
                hits.append(word)
        elif any(_distance(w.casefold(), word.casefold()) <= 1 for w in found
                 if abs(len(w) - len(word)) <= 1):
            hits.append(word)
    return hits
