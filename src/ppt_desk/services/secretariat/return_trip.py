"""The return trip: what a PPT's stick carries back from the secretariat (ADR 0018).

``prepare_return`` writes, into ``<stick>/ppt-desk-kembali/<device id>/`` and in this order:

1. the province's reference data (``province_reference``), when its version is above the one
   last sent to that PPT: a ``reference`` bundle (``sync/reference.write_reference``);
2. a signed receipt of what the province holds of the PPT's events (``sync/receipts``);
3. every transfer routed to that PPT and waiting here (``routing``), unopened: copied to the
   stick verified byte for byte, logged ``FORWARDED``, and only then removed from
   ``sync/route/<device id>/``.

Several bundles in one folder, not one bundle: a routed transfer is encrypted to the receiving
PPT only and must reach it as its sender signed it (the secretariat cannot open it, let alone
repack it), and the receipt and reference data already have their own bundle kinds that a PPT
checks one by one. The one step is the PPT's: "Impor semua" on the stick
(``sync/import_folder``) finds its own folder and imports every file in it in the right order.

The reference bundle is written before the receipt, so that both come in the secretariat's
bundle-chain order. Every file reaches the stick under a temporary name and is renamed only
after it was read back (``stick.copy_verified``): a stick pulled mid-way holds whole files
only, and a routed transfer not yet on it is still waiting here.

``prepare_all`` does this for every enrolled, non-revoked PPT device on one stick.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import DomainError
from ..change_set import ChangeSet
from ..context import Actor
from ..deps import Deps
from ..ports import UnitOfWork
from ..sync import receipts, reference
from ..sync.codec import BundleCodec
from ..sync.enrolment import enrolled_ppt, require_key_keeper
from ..sync.folders import SyncFolders, random_name
from ..sync.ports import OUT, PPT
from ..sync.outbound import SPACE_MARGIN
from ..sync.stick import copy_verified, free_space, stick_error
from ..sync.stick_layout import return_folder
from . import province_reference as provref
from .routing import FORWARDED, log_routed, sha256_of, waiting, waiting_for


@dataclass(frozen=True)
class ReturnTrip:
    """What went onto the stick for one PPT."""

    device_id: str
    office_name: str
    device_code: str
    folder: Path                   # <stick>/ppt-desk-kembali/<device id>
    reference_version: int         # 0: none written (the PPT has the current set)
    receipt: str                   # the receipt's file name
    transfers: tuple[str, ...]     # the routed files' names in the folder


@dataclass(frozen=True)
class ReturnPlan:
    """What a return trip for one PPT would carry now (for the secretariat's screen)."""

    device_id: str
    office_name: str
    device_code: str
    transfers_waiting: int
    reference_due: bool
    office_code: str = ""         # the PPT's own code (its case-number prefix, e.g. KPG)


def return_plan(uow: UnitOfWork, folders: SyncFolders) -> list[ReturnPlan]:
    held = waiting(folders)
    with uow:
        codes = uow.province.office_codes()
        return [ReturnPlan(p.device_id, p.office_name, p.device_code,
                           len(held.get(p.device_id, [])), provref.is_due(uow, p.device_id),
                           codes.get(p.office_id, ""))
                for p in uow.sync.peers() if p.role == PPT and not p.revoked]


def _folder(stick: Path, device_id: str) -> Path:
    if not stick.is_dir():
        raise DomainError("stick_missing")
    folder = return_folder(stick, device_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise stick_error(exc) from exc
    return folder


def _reference(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
               folders: SyncFolders, device_id: str, folder: Path) -> int:
    with uow:
        items = provref.province_items(uow)
        version = provref.current_version(uow, items)
        sent = provref.sent_version(uow, device_id)
        uow.commit()
    if version <= sent:
        return 0
    reference.write_reference(uow, actor, codec, deps, folders, device_id, items, version,
                              folder)
    with uow:
        provref.mark_sent(uow, device_id, version)
        uow.commit()
    return version


def _forward(uow: UnitOfWork, actor: Actor, folders: SyncFolders, device_id: str,
             folder: Path) -> tuple[str, ...]:
    names = []
    for held in waiting_for(folders, device_id):
        needed, free = held.stat().st_size + SPACE_MARGIN, free_space(folder)
        if free < needed:
            raise DomainError("stick_full", needed=needed, free=free)
        expected = sha256_of(held)
        name = random_name()
        copy_verified(held, folder / name, lambda copy: sha256_of(copy) == expected)
        log_routed(uow, actor, FORWARDED, device_id, name, direction=OUT)
        held.unlink()          # on the stick, verified: no longer waiting here
        names.append(name)
    return tuple(names)


def prepare_return(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
                   folders: SyncFolders, device_id: str, stick: Path
                   ) -> tuple[ChangeSet, ReturnTrip]:
    """The return trip of the PPT ``device_id`` onto ``stick`` (module doc)."""
    require_key_keeper(actor)
    with uow:
        peer = enrolled_ppt(uow, device_id)
    folder = _folder(stick, device_id)
    version = _reference(uow, actor, codec, deps, folders, device_id, folder)
    _, receipt = receipts.write_receipt(uow, actor, codec, folders, device_id, folder)
    transfers = _forward(uow, actor, folders, device_id, folder)
    return ChangeSet(bundles=True), ReturnTrip(peer.device_id, peer.office_name,
                                               peer.device_code, folder, version, receipt,
                                               transfers)


def prepare_all(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
                folders: SyncFolders, stick: Path) -> tuple[ChangeSet, list[ReturnTrip]]:
    """A return trip for every enrolled, non-revoked PPT device, one folder each."""
    require_key_keeper(actor)
    with uow:
        devices = [p.device_id for p in uow.sync.peers() if p.role == PPT and not p.revoked]
    trips = [prepare_return(uow, actor, codec, deps, folders, d, stick)[1] for d in devices]
    return ChangeSet(bundles=True), trips
