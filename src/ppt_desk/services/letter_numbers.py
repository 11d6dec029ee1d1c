"""Letter numbers of printed documents (007/RUJ/PPT-KPG/XI/2026): given once per record and
kept on reprint."""
from __future__ import annotations

from datetime import date
from typing import Any

LETTER_SEQ_SETTING = "letter_numbers"
LETTER_CODES = {"surat_rujukan": "RUJ", "berita_acara_pemulangan": "BAST"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _number(uow: Any, document: str, prefix: str, on: date) -> str:
    """Next number of ``document`` in the year: 007/RUJ/PPT-KPG/XI/2026 (audited setting)."""
    numbers = dict(uow.casework.setting(LETTER_SEQ_SETTING) or {})
    key = f"{document}:{on.year}"
    numbers[key] = int(numbers.get(key, 0)) + 1
    uow.casework.save_setting(LETTER_SEQ_SETTING, numbers)
    uow.record_action("number", "setting", LETTER_SEQ_SETTING)
    return f"{numbers[key]:03d}/{LETTER_CODES[document]}/{prefix}/{ROMAN[on.month - 1]}/{on.year}"


def numbered(uow: Any, row: Any, document: str, prefix: str, today: date) -> str:
    """The record's letter number, given once and kept (a reprint has the same number)."""
    number = row.payload.get("nomor_surat", "")
    if number:
        return number
    number = _number(uow, document, prefix, today)
    uow.casework.update_record(row, {**row.payload, "nomor_surat": number}, row.record_date,
                               row.due_date, today)
    return number
