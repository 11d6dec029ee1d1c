"""The secretariat's own screens: the device dashboard, cases in flight between PPTs and the
provincial register (``services/secretariat/dashboard.py``, ``register.py``). Read-only: no
method here changes anything."""
from __future__ import annotations

from ..dto import CaseQuery
from ..secretariat import dashboard, register
from ..secretariat.province_dto import Dashboard, OfficeChoice, RegisterPage, Transfers
from .base import Facade


class ProvinceFacade(Facade):
    def dashboard(self) -> Dashboard:
        """Each PPT device: bundles, sequence, gaps, forks, quarantine, identities,
        conflicts, transfers waiting, the next receipt."""
        store, actor = self._signed_in()
        return dashboard.dashboard(store.uow(), actor, self.deps.regions)

    def transfers(self) -> Transfers:
        """Cases moved to a PPT that has not reported them back yet, longest waiting first."""
        store, actor = self._signed_in()
        moved = dashboard.in_flight(store.uow(), actor, self.deps.clock.today())
        return Transfers(tuple(moved), (), False)

    def offices(self) -> list[OfficeChoice]:
        """The PPTs the register can be filtered by."""
        store, actor = self._signed_in()
        return register.offices(store.uow(), actor)

    def register(self, query: CaseQuery, office_id: str | None = None) -> RegisterPage:
        """One page of the provincial register (read-only); ``office_id``: one PPT's cases."""
        store, actor = self._signed_in()
        return register.search(store.uow(), actor, query, office_id)
