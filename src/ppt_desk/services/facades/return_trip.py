"""The secretariat's routing of transfers and the return trip to each PPT (ADR 0018)."""
from __future__ import annotations

from pathlib import Path

from ..change_set import ChangeSet
from ..deps import Deps
from ..ports import StoreGate
from ..secretariat import return_trip, routing
from ..secretariat.return_trip import ReturnPlan, ReturnTrip
from ..secretariat.routing import RoutedFile
from ..sync.codec import BundleCodec
from ..sync.folders import SyncFolders
from .base import Facade


class ReturnTripFacade(Facade):
    def __init__(self, gate: StoreGate, deps: Deps, codec: BundleCodec,
                 folders: SyncFolders) -> None:
        super().__init__(gate, deps)
        self._codec = codec
        self.folders = folders

    def collect_routed(self, stick: Path) -> tuple[ChangeSet, list[RoutedFile]]:
        """Take the transfers on ``stick`` that PPTs route through the province (unopened);
        part of importing a stick. Files for unknown or revoked devices stay on the stick."""
        store, actor = self._signed_in()
        found = routing.collect_routed(store.uow(), actor, self.folders, stick)
        return ChangeSet(bundles=bool(found)), found

    def plan(self) -> list[ReturnPlan]:
        """Per enrolled PPT: routed transfers waiting, whether its reference data is due."""
        self._signed_in()
        return return_trip.return_plan(self._store().uow(), self.folders)

    def prepare(self, device_id: str, stick: Path) -> tuple[ChangeSet, ReturnTrip]:
        """Receipt, reference data and routed transfers for one PPT onto ``stick``."""
        store, actor = self._signed_in()
        return return_trip.prepare_return(store.uow(), actor, self._codec, self.deps,
                                          self.folders, device_id, stick)

    def prepare_all(self, stick: Path) -> tuple[ChangeSet, list[ReturnTrip]]:
        store, actor = self._signed_in()
        return return_trip.prepare_all(store.uow(), actor, self._codec, self.deps,
                                       self.folders, stick)
