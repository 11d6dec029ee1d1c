"""``uow.rad``: the figures typed in for manual RAD indicators (``rad_entry``, tracked)."""
from __future__ import annotations

from datetime import datetime
from typing import Protocol

from ..domain.stats.model import Scope
from ..domain.stats.rad import ManualEntry


class RadRepository(Protocol):
    def entries(self, plan: str, year: int, scope: Scope) -> list[ManualEntry]:
        """The typed-in figures of ``plan`` in ``year`` from the offices in ``scope``: every
        office for "SEMUA", the office ``scope.code`` for "PPT", the offices of the regency
        ``scope.code`` for "KABUPATEN"."""

    def save(self, office_id: str, plan: str, indicator: str, year: int, semester: int,
             value: int, note: str, entered_by: str | None, entered_at: datetime) -> bool:
        """Insert or update the one row of (office, plan, indicator, year, semester); through
        the session, so the change recorder writes its outbox event and audit entry. False
        when value and note were already so (nothing written)."""
