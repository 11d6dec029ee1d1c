"""The storage side of case transfer as the use cases see it (``uow.transfer``;
``storage/adopt.py`` implements it). Ownership itself (``owner``, ``set_owner``) is on
``uow.sync``."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from ...domain.sync.transfer import HistoryItem, Snapshot, SnapshotRow


class TransferRepository(Protocol):
    def case_snapshot(self, case_id: str) -> list[SnapshotRow]:
        """Every current row of a case as a transfer carries it (``domain.sync.transfer``)."""

    def adopt_case(self, snapshot: Snapshot) -> frozenset[str]:
        """Write a verified transfer's rows and history here; returns the cases whose rows
        changed. BundleFormatError("malformed") when a row cannot be written (the caller
        rolls back)."""

    def add_history(self, case_id: str, items: Iterable[HistoryItem]) -> None:
        """Keep timeline lines of a case written elsewhere (or a transfer's own line)."""
