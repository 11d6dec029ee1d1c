"""What every facade shares: the session's store (through the ``StoreGate`` port) and ``Deps``."""
from __future__ import annotations

from ...domain.errors import DomainError
from ..context import Actor
from ..deps import Deps
from ..ports import OpenStore, StoreGate


class Facade:
    def __init__(self, gate: StoreGate, deps: Deps) -> None:
        self._gate = gate
        self.deps = deps

    def _store(self) -> OpenStore:
        return self._gate.open_store()

    def _signed_in(self) -> tuple[OpenStore, Actor]:
        """The store and the signed-in user; a store opened by the recovery code has no user."""
        store = self._store()
        if not store.user.id:
            raise DomainError("locked")
        return store, Actor(store.user)
