"""The consent ledger of a case."""
from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.consent import ConsentDecision
from .. import consent
from ..consent import ConsentNeed
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

    def needed_for(self, case_id: str, kind: str, payload: dict[str, Any],
                   record_id: str | None = None) -> ConsentNeed | None:
        """Would saving ``payload`` as a ``kind`` record be refused for want of consent? None
        when the form, as filled in, needs none; else the ledger's decision with its reason
        (allowed or not) and what a consent form can be prefilled with."""
        store, actor = self._signed_in()
        return consent.consent_needed(store.uow(), actor, self.deps, case_id, kind, payload,
                                      record_id)
