"""Group sessions across cases."""
from __future__ import annotations

from ...domain.tracks import GroupSessionInput
from .. import group_sessions as groups
from ..change_set import ChangeSet
from .base import Facade


class GroupSessionsFacade(Facade):
    def add(self, session: GroupSessionInput) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return groups.add_group_session(store.uow(), actor, self.deps, session)

    def get(self, session_id: str) -> tuple[GroupSessionInput, dict[str, str]]:
        """The session in full and "case number — name" of each participating case."""
        store, actor = self._signed_in()
        return groups.group_session(store.uow(), actor, session_id)

    def update(self, session_id: str, session: GroupSessionInput) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return groups.update_group_session(store.uow(), actor, self.deps, session_id, session)

    def delete(self, session_id: str) -> ChangeSet:
        store, actor = self._signed_in()
        return groups.delete_group_session(store.uow(), actor, session_id)
