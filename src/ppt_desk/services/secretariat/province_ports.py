"""``uow.province``: the aggregates the secretariat's dashboard and transfer list read
(implemented in ``storage/province_repo.py``). Every method is one or a few aggregate
statements; none loads cases or events one by one."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class BundleLine:
    """A line of the bundle log the dashboard needs: every IN line, and OUT receipts."""

    direction: str
    kind: str
    status: str
    peer_device_id: str
    bundle_seq: int
    at: datetime
    event_count: int
    reason: str
    file_name: str


@dataclass(frozen=True)
class MovedCase:
    """A case owned by ``owner`` (since ``epoch``) whose owner has sent none of its events
    since the move; ``mover`` sent the newest event of the move."""

    case_id: str
    case_number: str
    owner: str
    epoch: int
    mover: str
    known_since: datetime | None


@dataclass(frozen=True)
class ReturnedCase:
    """A case its sender took back after the device it was moved to was revoked
    (``services/sync/transfer_back.py``): ``owner`` holds it again since ``epoch``."""

    case_id: str
    case_number: str
    owner: str
    epoch: int
    known_since: datetime | None     # when the take-back was received here


class ProvinceRepository(Protocol):
    def bundle_lines(self) -> list[BundleLine]:
        """Every IN line of the bundle log and the OUT receipts, oldest first."""

    def applied_upto(self, device_ids: Iterable[str]) -> dict[str, int]:
        """Per origin device: the highest event sequence received in order here, applied or
        parked (0: none)."""

    def held(self) -> dict[str, tuple[int, int]]:
        """Per origin device with held events: (how many, the lowest held sequence)."""

    def parked(self) -> dict[str, int]:
        """Per origin device with parked events (received, waiting for rows another PPT's
        events bring; ADR 0014 update): how many."""

    def office_codes(self) -> dict[str, str]:
        """Office id -> its case-number prefix (each PPT's own code, e.g. ``KPG``)."""

    def case_counts(self) -> dict[str, tuple[int, int]]:
        """Per owning device: (cases, cases whose person holds a pseudonym)."""

    def data_version(self) -> tuple[int, int]:
        """Changes when the cases here may have changed: the newest bundle log line (every
        import writes one) and the number of decided conflicts (a decision writes a row).
        At a secretariat nothing else writes a case."""

    def open_conflicts_by_origin(self) -> dict[str, int]: ...

    def moved_not_reported(self) -> list[MovedCase]:
        """Cases moved to a device (ownership epoch above 0) that has sent none of the
        case's events since (none based on the row as the move left it)."""

    def taken_back(self) -> list[ReturnedCase]:
        """Cases whose owner's newest change of their ownership was a take-back: it changed
        the epoch and emptied ``transferred_to`` on a case it held (its own move set it; a
        receiver taking a case over leaves it as the transfer's snapshot had it, empty)."""
