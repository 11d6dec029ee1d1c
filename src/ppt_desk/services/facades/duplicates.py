"""Possible duplicates at the secretariat (``services/secretariat/duplicates.py``)."""
from __future__ import annotations

from ..change_set import ChangeSet
from ..secretariat import duplicates
from ..secretariat.duplicates_dto import DuplicateLink, DuplicateView, ScanResult
from .base import Facade


class DuplicatesFacade(Facade):
    def pairs(self, status: str | None = None) -> list[DuplicateView]:
        """Open pairs first; ``status`` OPEN / CONFIRMED / DISMISSED or None for all."""
        store, actor = self._signed_in()
        return duplicates.list_pairs(store.uow(), actor, status)

    def confirm(self, pair_id: str, note: str = "") -> ChangeSet:
        store, actor = self._signed_in()
        return duplicates.confirm(store.uow(), actor, pair_id, note)

    def dismiss(self, pair_id: str, note: str = "") -> ChangeSet:
        store, actor = self._signed_in()
        return duplicates.dismiss(store.uow(), actor, pair_id, note)

    def links(self, case_id: str) -> list[DuplicateLink]:
        store, actor = self._signed_in()
        return duplicates.links(store.uow(), actor, case_id)

    def rescan(self) -> tuple[ChangeSet, ScanResult]:
        store, actor = self._signed_in()
        duplicates.require_decider(actor)
        return duplicates.rescan(store.uow())

    def find_for_cases(self, case_ids: frozenset[str]) -> tuple[ChangeSet, ScanResult]:
        """After an import: the cases it touched against every case sharing a key."""
        store, _ = self._signed_in()
        return duplicates.find_for_cases(store.uow(), case_ids)
