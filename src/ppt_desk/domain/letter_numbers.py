"""Letter numbers of printed documents and the device code inside them (ADR 0011).

A number reads ``007/RUJ/KPG-A/XI/2026``: the device's yearly sequence for the document, the
document's code, the office's case prefix joined to the device code, the month in Roman
numerals, the year. The device code keeps the numbers of two laptops of one office apart
without any coordination between them.
"""
from __future__ import annotations

import re
from datetime import date

from .errors import ValidationFailed

FIRST_DEVICE_CODE = "A"  # the laptop that set the office up
# One or two characters, a capital letter first ("A", "B", "C2"): short on the letter, never
# taken for the sequence number, and no separator of the number ("/", "-") can slip in.
DEVICE_CODE = re.compile(r"[A-Z][A-Z0-9]?")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DOCUMENT_CODES = {"surat_rujukan": "RUJ", "berita_acara_pemulangan": "BAST"}


def check_device_code(code: str) -> str:
    """The code as stored (upper case, no spaces); ``ValidationFailed`` when it cannot be one."""
    clean = "".join(code.split()).upper()
    if not DEVICE_CODE.fullmatch(clean):
        raise ValidationFailed({"device_code": "invalid_device_code"})
    return clean


def letter_number(sequence: int, document: str, office_prefix: str, device_code: str,
                  on: date) -> str:
    """``007/RUJ/KPG-A/XI/2026`` for the 7th referral letter this device gave in 2026."""
    if sequence < 1:
        raise ValueError("letter sequence starts at 1")
    issuer = f"{office_prefix}-{check_device_code(device_code)}"
    return f"{sequence:03d}/{DOCUMENT_CODES[document]}/{issuer}/{ROMAN[on.month - 1]}/{on.year}"
