"""Letter numbers of printed documents (007/RUJ/KPG-A/XI/2026): given once per record and
kept on reprint; counted per device, with the device code in the number (ADR 0011)."""
from __future__ import annotations

from datetime import date

from ..domain.letter_numbers import letter_number
from .case_header import require_owned
from .ports import RecordRow, UnitOfWork


def _number(uow: UnitOfWork, document: str, prefix: str, on: date) -> str:
    """Next number of ``document`` in the year on this device: 007/RUJ/KPG-A/XI/2026.

    The counter is the device's own (audited, never synced): the device code keeps the
    numbers of the office's laptops apart."""
    sequence = uow.settings.next_letter_number(document, on.year)
    uow.record_action("number", "letter_counter", f"{document}:{on.year}")
    return letter_number(sequence, document, prefix, uow.settings.device_code(), on)


def numbered(uow: UnitOfWork, row: RecordRow, document: str, prefix: str, today: date) -> str:
    """The record's letter number, given once and kept (a reprint has the same number)."""
    number = row.payload.get("nomor_surat", "")
    if number:
        return number
    header = uow.casework.header(row.case_id)
    if header is not None:  # giving a number changes the record: only where the case is owned
        require_owned(uow, header)
    number = _number(uow, document, prefix, today)
    uow.casework.update_record(row, {**row.payload, "nomor_surat": number}, row.record_date,
                               row.due_date, today)
    return number
