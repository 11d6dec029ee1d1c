"""The secretariat's "Perangkat" dashboard and its list of cases in flight between PPTs.

For each enrolled PPT device: its office and region, the last bundle received and when, how
far its event sequence is applied (events held behind a gap and the gap itself), forks
(refusals saying the laptop was copied or put back to an old copy), the files refused from it
with their reasons, how many of its cases came with the victim's identity and how many under a
pseudonym, open conflict items, cases moved to it not yet reported back, and what the next
receipt would acknowledge (events received since the last receipt written for it).

Only counts, codes, case numbers and office names: a secretariat officer or an administrator
reads it (``needs_secretariat_role`` otherwise).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...domain.errors import DomainError
from ...domain.regions import Regions
from ...domain.roles import Role
from ..context import Actor
from ..ports import UnitOfWork
from ..sync.ports import APPLIED, HELD, IN, OUT, PPT, QUARANTINED, PeerDevice
from ..sync.folders import SyncFolders
from . import routing
from .province_dto import (
    Dashboard, DeviceStatus, QuarantinedFile, TransferInFlight, TransferReturned, WaitingBundle,
    days_between,
)
from .province_ports import BundleLine

READERS = frozenset({Role.SECRETARIAT_OFFICER.value, Role.ADMIN.value})
# Refusals that mean the sender's history split: a copied laptop, one put back to an old copy.
FORK_REASONS = frozenset({"fork", "stale_checkpoint", "checkpoint_diverged"})
RECEIPT = "receipt"


class CountsCache:
    """The cases and pseudonyms per device (the dashboard's costly figure: a join over every
    pseudonymised person) kept until the store's ``data_version`` moves on. Counts only, no
    personal data; one per backend (each officer's program keeps its own)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._counts: dict[str, tuple[int, int]] = {}

    def counts(self, uow: UnitOfWork) -> dict[str, tuple[int, int]]:
        """Inside the caller's unit of work."""
        key = uow.province.data_version()
        if key != self._key:
            self._counts, self._key = uow.province.case_counts(), key
        return self._counts


def require_reader(actor: Actor) -> None:
    if not actor.user.roles & READERS:
        raise DomainError("needs_secretariat_role")


@dataclass
class _Bundles:
    """What the bundle log says of one device."""

    received: int = 0
    last_seq: int = 0
    last_at: object = None
    last_receipt_at: object = None
    since_receipt_events: int = 0
    since_receipt_bundles: int = 0
    forks: int = 0
    quarantined: list[QuarantinedFile] = field(default_factory=list)


def _by_device(lines: list[BundleLine]) -> dict[str, _Bundles]:
    """Lines are oldest first: a receipt resets what the next one would acknowledge."""
    out: dict[str, _Bundles] = {}
    for line in lines:
        if line.direction == IN and line.status == QUARANTINED:
            kept = QuarantinedFile(line.at, line.reason, line.file_name, line.kind,
                                   line.bundle_seq)
            state = out.setdefault(line.peer_device_id, _Bundles())   # "": not read that far
            state.quarantined.append(kept)
            state.forks += line.reason in FORK_REASONS
            continue
        state = out.setdefault(line.peer_device_id, _Bundles())
        if line.direction == OUT and line.kind == RECEIPT:
            state.last_receipt_at = line.at
            state.since_receipt_events = state.since_receipt_bundles = 0
        elif line.direction == IN and line.status in (APPLIED, HELD):
            state.received += 1
            if line.bundle_seq >= state.last_seq:
                state.last_seq, state.last_at = line.bundle_seq, line.at
            state.since_receipt_bundles += 1
            state.since_receipt_events += line.event_count
    return out


def dashboard(uow: UnitOfWork, actor: Actor, regions: Regions,
              cache: CountsCache | None = None) -> Dashboard:
    require_reader(actor)
    with uow:
        peers = [peer for peer in uow.sync.peers() if peer.role == PPT]
        bundles = _by_device(uow.province.bundle_lines())
        applied = uow.province.applied_upto(peer.device_id for peer in peers)
        held = uow.province.held()
        parked = uow.province.parked()
        codes = uow.province.office_codes()
        cases = (cache or CountsCache()).counts(uow)
        conflicts = uow.province.open_conflicts_by_origin()
        waiting: dict[str, int] = {}
        for moved in uow.province.moved_not_reported():
            waiting[moved.owner] = waiting.get(moved.owner, 0) + 1
    devices = []
    for peer in peers:
        b = bundles.get(peer.device_id, _Bundles())
        upto = applied.get(peer.device_id, 0)
        n_held, first_held = held.get(peer.device_id, (0, 0))
        total, pseudonymised = cases.get(peer.device_id, (0, 0))
        devices.append(DeviceStatus(
            peer.device_id, peer.office_id, peer.office_name, peer.device_code,
            peer.regency_code, _region(regions, peer), peer.revoked,
            b.received, b.last_seq, b.last_at,   # type: ignore[arg-type]
            upto, n_held, upto + 1 if n_held else 0, first_held - 1 if n_held else 0,
            b.forks, tuple(reversed(b.quarantined)),
            total, pseudonymised, conflicts.get(peer.device_id, 0),
            waiting.get(peer.device_id, 0),
            b.last_receipt_at, b.since_receipt_events,   # type: ignore[arg-type]
            b.since_receipt_bundles, parked.get(peer.device_id, 0),
            codes.get(peer.office_id, "")))
    devices.sort(key=lambda d: (d.revoked, d.office_name.casefold(), d.device_code))
    # Files of no enrolled PPT device: unreadable, or from an unknown sender.
    known = {peer.device_id for peer in peers}
    unknown = [kept for device, b in bundles.items() if device not in known
               for kept in b.quarantined]
    unknown.sort(key=lambda kept: kept.at, reverse=True)
    return Dashboard(tuple(devices), tuple(unknown), sum(conflicts.values()))


def _region(regions: Regions, peer: PeerDevice) -> str:
    code = peer.regency_code or peer.province_code
    try:
        return regions.name(code) if code else ""
    except (KeyError, LookupError):
        return ""


def in_flight(uow: UnitOfWork, actor: Actor, today: date) -> list[TransferInFlight]:
    """Cases moved to a PPT that has not yet reported them back, longest waiting first; a
    case moved to a device revoked since is marked (its sender is to take it back)."""
    require_reader(actor)
    with uow:
        peers = {peer.device_id: peer for peer in uow.sync.peers()}
        moved = uow.province.moved_not_reported()
    offices = {device: peer.office_name for device, peer in peers.items()}
    revoked = {device for device, peer in peers.items() if peer.revoked}
    rows = [TransferInFlight(m.case_id, m.case_number, m.mover, offices.get(m.mover, ""),
                             m.owner, offices.get(m.owner, ""), m.epoch, m.known_since,
                             days_between(m.known_since, today), m.owner in revoked)
            for m in moved]
    return sorted(rows, key=lambda t: (t.known_since is None, t.known_since or 0,
                                       t.case_number))


def taken_back(uow: UnitOfWork, actor: Actor) -> list[TransferReturned]:
    """Cases their sender took back after the receiving device was revoked, newest first."""
    require_reader(actor)
    with uow:
        offices = {peer.device_id: peer.office_name for peer in uow.sync.peers()}
        back = uow.province.taken_back()
    rows = [TransferReturned(b.case_id, b.case_number, b.owner, offices.get(b.owner, ""),
                             b.epoch, b.known_since) for b in back]
    return sorted(rows, key=lambda t: (t.known_since is not None, t.known_since or 0,
                                       t.case_number), reverse=True)


def waiting_transfers(uow: UnitOfWork, actor: Actor, folders: SyncFolders
                      ) -> list[WaitingBundle]:
    """Transfer bundles routed through here, waiting for their PPT's return trip, oldest
    first (when each was taken from a stick: its ``ROUTED`` line in the bundle log); one for
    a device revoked since is marked: it will not be carried on."""
    require_reader(actor)
    held = routing.waiting(folders)
    if not held:
        return []
    with uow:
        peers = {peer.device_id: peer for peer in uow.sync.peers()}
        taken = {line.file_name: line.at for line in uow.province.bundle_lines()
                 if line.status == routing.ROUTED}
    rows = [WaitingBundle(device, peers[device].office_name if device in peers else "",
                          taken.get(path.name), path.name,
                          device in peers and peers[device].revoked)
            for device, paths in held.items() for path in paths]
    return sorted(rows, key=lambda w: (w.at is None, w.at or 0, w.to_office, w.file_name))
