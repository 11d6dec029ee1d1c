"""Registering, finding and opening cases; the intake draft."""
from __future__ import annotations

from typing import Any

from ...domain.intake import CaseIntake
from .. import cases
from ..change_set import ChangeSet
from ..dto import CaseDetail, CasePage, CaseQuery
from .base import Facade


class CasesFacade(Facade):
    def register(self, intake: CaseIntake) -> tuple[ChangeSet, str, str]:
        """Returns (changes, case id, case number)."""
        store, actor = self._signed_in()
        return cases.register_case(store.uow(), actor, self.deps, intake)

    def search(self, query: CaseQuery) -> CasePage:
        store, actor = self._signed_in()
        return cases.search_cases(store.uow(), actor, query)

    def open(self, case_id: str) -> CaseDetail:
        store, actor = self._signed_in()
        return cases.open_case(store.uow(), actor, self.deps, case_id)

    def save_draft(self, payload: dict[str, Any]) -> None:
        store, actor = self._signed_in()
        cases.save_intake_draft(store.uow(), actor, payload)

    def load_draft(self) -> dict[str, Any] | None:
        store, actor = self._signed_in()
        return cases.load_intake_draft(store.uow(), actor)

    def discard_draft(self) -> None:
        store, actor = self._signed_in()
        cases.discard_intake_draft(store.uow(), actor)
