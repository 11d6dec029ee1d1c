"""The secretariat's own screens: the device dashboard, cases in flight between PPTs and the
provincial register (``services/secretariat/dashboard.py``, ``register.py``). Read-only: no
method here changes anything."""
from __future__ import annotations

from ..deps import Deps
from ..dto import CaseQuery
from ..ports import StoreGate
from ..secretariat import dashboard, register
from ..secretariat.province_dto import Dashboard, OfficeChoice, RegisterPage, Transfers
from ..sync.folders import SyncFolders
from .base import Facade


class ProvinceFacade(Facade):
    def __init__(self, gate: StoreGate, deps: Deps, folders: SyncFolders) -> None:
        super().__init__(gate, deps)
        self._folders = folders
        self._counts = dashboard.CountsCache()

    def dashboard(self) -> Dashboard:
        """Each PPT device: bundles, sequence, gaps, forks, quarantine, identities,
        conflicts, transfers waiting, the next receipt."""
        store, actor = self._signed_in()
        return dashboard.dashboard(store.uow(), actor, self.deps.regions, self._counts)

    def transfers(self) -> Transfers:
        """Cases moved to a PPT that has not reported them back yet, longest waiting first;
        transfer bundles routed through here waiting for their PPT; cases taken back by
        their sender after the receiving device was revoked."""
        store, actor = self._signed_in()
        moved = dashboard.in_flight(store.uow(), actor, self.deps.clock.today())
        waiting = dashboard.waiting_transfers(store.uow(), actor, self._folders)
        back = dashboard.taken_back(store.uow(), actor)
        return Transfers(tuple(moved), tuple(waiting), tuple(back))

    def offices(self) -> list[OfficeChoice]:
        """The PPTs the register can be filtered by."""
        store, actor = self._signed_in()
        return register.offices(store.uow(), actor)

    def register(self, query: CaseQuery, office_id: str | None = None) -> RegisterPage:
        """One page of the provincial register (read-only); ``office_id``: one PPT's cases."""
        store, actor = self._signed_in()
        return register.search(store.uow(), actor, query, office_id)
