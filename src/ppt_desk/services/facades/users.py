"""Staff accounts: roles, access grants, passwords and the office's recovery code."""
from __future__ import annotations

from .. import users
from ..change_set import ChangeSet
from ..dto import UserInfo
from .base import Facade


class UsersFacade(Facade):
    def list(self) -> list[UserInfo]:
        return users.list_users(self._store().uow())

    def add(self, username: str, display_name: str, roles: frozenset[str], password: str,
            grants: frozenset[str] = frozenset()) -> tuple[ChangeSet, UserInfo]:
        store, actor = self._signed_in()
        return users.add_user(store.uow(), store, actor, username, display_name, roles,
                              password, grants)

    def update(self, user_id: str, display_name: str, roles: frozenset[str], active: bool,
               grants: frozenset[str] | None = None) -> ChangeSet:
        store, actor = self._signed_in()
        return users.update_user(store.uow(), store, actor, user_id, display_name, roles,
                                 active, grants)

    def reset_password(self, user_id: str, password: str) -> None:
        store, actor = self._signed_in()
        users.reset_password(store.uow(), store, actor, user_id, password)

    def new_recovery_code(self) -> str:
        store, actor = self._signed_in()
        return users.replace_recovery_code(store.uow(), store, actor)
