"""Reading the PDFs the app writes back with poppler-utils (pdftotext, pdfinfo, pdftoppm,
pdffonts), as a reader would see them. ``.ci/run`` installs poppler-utils: a test that needs
it FAILS with what to install when it is missing, it does not skip."""
from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ppt_desk.services.dto import Letterhead

PDFTOTEXT = shutil.which("pdftotext")
PDFTOPPM = shutil.which("pdftoppm")
PDFINFO = shutil.which("pdfinfo")
PDFFONTS = shutil.which("pdffonts")


def require_poppler() -> None:
    missing = [name for name, path in (("pdftotext", PDFTOTEXT), ("pdftoppm", PDFTOPPM),
                                       ("pdfinfo", PDFINFO), ("pdffonts", PDFFONTS))
               if path is None]
    if missing:
        pytest.fail(f"reading PDFs back needs poppler-utils ({', '.join(missing)} missing): "
                    "apt-get install poppler-utils", pytrace=False)


def needs_poppler(test):
    """A test that reads a PDF back: fails at once, saying what to install, without poppler."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        require_poppler()
        return test(*args, **kwargs)
    return run


def text_of(pdf: Path, layout: bool = True) -> str:
    """The PDF's text; ``layout`` keeps the columns (a table cell's text stays together)."""
    require_poppler()
    return subprocess.run([PDFTOTEXT, *(["-layout"] if layout else []), "-enc", "UTF-8",
                           str(pdf), "-"],
                          check=True, capture_output=True, timeout=60).stdout.decode("utf-8")


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(pdf: Path) -> int:
    require_poppler()
    info = subprocess.run([PDFINFO, str(pdf)], check=True, capture_output=True, text=True,
                          timeout=60).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def fonts_of(pdf: Path) -> str:
    """``pdffonts``' table of the PDF's fonts (name, type, embedded …)."""
    require_poppler()
    return subprocess.run([PDFFONTS, str(pdf)], check=True, capture_output=True, text=True,
                          timeout=60).stdout


# A synthetic office's letterhead for the documents' tests.
SAMPLE_LETTERHEAD = Letterhead(
    office_name="UPTD PPA Kota Kupang",
    parent_lines=("Pemerintah Kota Kupang",
                  "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"),
    address="Jl. Contoh Raya No. 120, Kelurahan Oesapa, Kota Kupang 85228",
    phone="(0380) 800 1234", email="uptd.ppa@kupang.example.id", city="Kupang")
