"""Settings (docs/decisions/0011): the office's, which travel, and this device's own, which don't.

Office-wide settings (the letterhead, the casework rules) are ``OfficeSetting`` rows, one per
field, tracked like the record: saving one writes an outbox event and an audit entry per
changed field. The letter-number counters and the device code belong to this laptop and are
never synced.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .schema import DeviceState, LetterCounter, OfficeSetting

MAX_ID = 36  # an office setting's id is an outbox entity id


def office_setting_id(key: str, field: str) -> str:
    """The row id of one field of a setting: the same on every laptop of the office."""
    row_id = f"{key}.{field}"
    if "." in key or len(row_id) > MAX_ID:
        raise ValueError(f"office setting name too long or dotted: {row_id}")
    return row_id


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- office-wide, tracked ------------------------------------------------------------------
    def _fields(self, key: str) -> dict[str, OfficeSetting]:
        rows = self.session.execute(select(OfficeSetting).where(OfficeSetting.key == key))
        return {row.field: row for row in rows.scalars()}

    def office_setting(self, key: str) -> dict[str, Any] | None:
        """The setting's fields, or None when the office never saved it."""
        rows = self._fields(key)
        return {field: row.value for field, row in rows.items()} if rows else None

    def save_office_setting(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` field by field: only fields that changed get an event."""
        stored = self._fields(key)
        for field, new in value.items():
            row = stored.pop(field, None)
            if row is None:
                self.session.add(OfficeSetting(id=office_setting_id(key, field), key=key,
                                               field=field, value=new))
            elif row.value != new:
                row.value = new
        for row in stored.values():  # a field the setting no longer has
            self.session.delete(row)
        self.session.flush()

    # -- this device's own, never synced ---------------------------------------------------------
    # DeviceState is read and written with plain statements, never loaded as an ORM object:
    # the change recorder advances the same row with its own UPDATE in this transaction.
    def device_code(self) -> str:
        return self.session.execute(select(DeviceState.device_code)).scalar_one()

    def set_device_code(self, code: str) -> str:
        """Store this laptop's code (already checked); returns the device id, for the audit."""
        device_id = self.session.execute(select(DeviceState.device_id)).scalar_one()
        self.session.execute(update(DeviceState).where(DeviceState.device_id == device_id)
                             .values(device_code=code))
        return device_id

    def next_letter_number(self, document: str, year: int) -> int:
        """The next sequence number of ``document`` in ``year`` on this device (1, 2, …)."""
        row = self.session.get(LetterCounter, (document, year))
        if row is None:
            row = LetterCounter(document=document, year=year, last_number=0)
            self.session.add(row)
        row.last_number += 1
        self.session.flush()
        return row.last_number
