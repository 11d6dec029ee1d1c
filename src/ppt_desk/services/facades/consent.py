"""The consent ledger of a case."""
from __future__ import annotations

from datetime import date

from ...domain.consent import ConsentDecision
from .. import consent
from ..change_set import ChangeSet
from ..dto import ConsentInput
from .base import Facade


class ConsentFacade(Facade):
    def record(self, case_id: str, given: ConsentInput) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return consent.record_consent(store.uow(), actor, self.deps, case_id, given)

    def withdraw(self, consent_id: str, on: date, note: str = "") -> ChangeSet:
        store, actor = self._signed_in()
        return consent.withdraw_consent(store.uow(), actor, self.deps, consent_id, on, note)

    def allows(self, case_id: str, purpose: str, agency: str = "",
               on: date | None = None) -> ConsentDecision:
        """Is ``purpose`` (for ``agency``) allowed for the case on ``on`` (default today)?"""
        store, actor = self._signed_in()
        return consent.consent_allows(store.uow(), actor, self.deps, case_id, purpose, agency,
                                      on)
