"""The institution directory: national entries (data) and the office's own."""
from __future__ import annotations

from ...domain.institutions import Institution
from .. import directory
from ..change_set import ChangeSet
from .base import Facade


class DirectoryFacade(Facade):
    def search(self, text: str = "", category: str = "",
               include_inactive: bool = False) -> list[Institution]:
        return directory.directory(self._store().uow(), self.deps, text, category,
                                   include_inactive)

    def get(self, institution_id: str) -> Institution | None:
        return directory.institution(self._store().uow(), self.deps, institution_id)

    def save(self, inst: Institution) -> tuple[ChangeSet, Institution]:
        store, actor = self._signed_in()
        return directory.save_institution(store.uow(), actor, self.deps, inst)
