"""Ports of the secretariat's duplicate search (``uow.duplicates``; implemented in
``storage/duplicates_repo.py``)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from ...domain.duplicates import PersonFacts

OPEN, CONFIRMED, DISMISSED = "OPEN", "CONFIRMED", "DISMISSED"


@dataclass(frozen=True)
class StoredPair:
    id: str
    case_a: str                   # case_a < case_b
    case_b: str
    score: int
    reasons: tuple[str, ...]
    status: str                   # OPEN | CONFIRMED | DISMISSED
    found_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class FoundPair:
    """A pair the search proposes now (``case_a < case_b``)."""

    case_a: str
    case_b: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CaseSide:
    """One case of a pair as an officer compares it (identity blank when pseudonymised)."""

    case_id: str
    case_number: str
    office_id: str
    office_name: str
    full_name: str
    aliases: tuple[str, ...]
    sex: str
    birth_date: date | None
    estimated_age: int | None
    nik: str
    intake_date: date
    regency_code: str
    stage: str


class DuplicatesRepository(Protocol):
    # -- what is compared ----------------------------------------------------------------------
    def facts(self, case_ids: Iterable[str]) -> list[PersonFacts]: ...

    def all_facts(self) -> Iterator[PersonFacts]: ...

    # -- blocking keys (derived) ---------------------------------------------------------------
    def blocks_version(self) -> str:
        """The block rules the stored keys were made with ("" when never built)."""

    def rebuild_blocks(self, blocks: Iterable[tuple[str, str]], version: str) -> None:
        """Replace every stored key with ``(key, case_id)`` rows, made under ``version``."""

    def replace_blocks(self, blocks: Mapping[str, Iterable[str]]) -> None:
        """The keys of these cases (case id -> keys) replace what was stored for them."""

    def members(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Key -> the ids of every case stored under it."""

    # -- pairs ---------------------------------------------------------------------------------
    def pairs_of(self, case_ids: Iterable[str]) -> list[StoredPair]: ...

    def pairs(self, status: str | None = None) -> list[StoredPair]: ...

    def pair(self, pair_id: str) -> StoredPair | None: ...

    def add(self, found: Iterable[FoundPair], at: datetime) -> int: ...

    def rescore(self, pair_id: str, score: int, reasons: tuple[str, ...]) -> None: ...

    def remove_open(self, pair_ids: Iterable[str]) -> None: ...

    def decide(self, pair_id: str, status: str, by: str, at: datetime, note: str) -> None:
        """Record the officer's decision; an audited action in the same transaction."""

    def sides(self, case_ids: Iterable[str]) -> dict[str, CaseSide]: ...
