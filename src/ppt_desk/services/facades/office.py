"""The office: its profile, letterhead (Kop surat) and casework rules."""
from __future__ import annotations

from typing import Any

from ...domain.casework import CaseworkRules
from .. import casework_rules, letterhead, users
from ..change_set import ChangeSet
from ..dto import OfficeProfile
from .base import Facade


class OfficeFacade(Facade):
    def profile(self) -> OfficeProfile | None:
        return users.get_office(self._store().uow())

    def letterhead(self) -> dict[str, Any]:
        return letterhead.letterhead_values(self._store().uow())

    def save_letterhead(self, values: dict[str, Any]) -> ChangeSet:
        store, actor = self._signed_in()
        return letterhead.save_letterhead(store.uow(), actor, values)

    def casework_rules(self) -> CaseworkRules:
        return casework_rules.get_rules(self._store().uow(), self.deps)

    def save_casework_rules(self, new: CaseworkRules) -> ChangeSet:
        store, actor = self._signed_in()
        return casework_rules.save_rules(store.uow(), actor, new)
