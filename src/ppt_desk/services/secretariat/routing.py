"""Transfers the secretariat carries from one PPT to another, without opening them (ADR 0018).

A PPT that sends a case "lewat Sekretariat" writes the transfer bundle into the stick's
routing folder of the receiving device, ``ppt-desk-rute/<device id>/`` (``stick_layout``). The
bundle is encrypted to that PPT (and to its sender) only: the victim's consent is a referral
to that office, not to the province, and no key here opens it. The folder's name is all the
secretariat learns: which enrolled device the file is for.

``collect_routed`` (part of "import everything on this stick") takes each such file for an
enrolled, non-revoked PPT device into the data folder's ``sync/route/<device id>/``: copied
under a temporary name, flushed, read back and compared byte for byte (SHA-256) with the
stick's file, renamed, logged (bundle log ``ROUTED``), and only then removed from the stick.
A pulled stick leaves no file here, or a whole one. Files for an unknown or revoked device, a
device that is no PPT, or a folder whose name is no device id are refused with their reason
(``NOT_ROUTED`` in the log) and left on the stick as they were. ``return_trip`` hands the
waiting files to their PPT.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import DomainError
from ..context import Actor
from ..ports import UnitOfWork
from ..sync.enrolment import utc_now
from ..sync.folders import SyncFolders, random_name
from ..sync.imports import MAX_BUNDLE_BYTES
from ..sync.ports import IN, PPT, BundleEntry, PeerDevice
from ..sync.stick import copy_verified, stick_error
from ..sync.stick_layout import bundles_in, is_device_id, routed_on

KIND_ROUTED = "routed"               # bundle log kind: a file carried on unopened
ROUTED, FORWARDED, NOT_ROUTED = "ROUTED", "FORWARDED", "NOT_ROUTED"   # bundle log statuses
AGE_MAGIC = b"age-encryption.org/v1\n"
# Outcomes of one file
TAKEN, ALREADY_HERE, REFUSED = "taken", "already_here", "refused"
# Reasons (Indonesian texts: gui/sync/return_texts.py)
UNKNOWN, REVOKED, NOT_PPT, NOT_DEVICE = (
    "route_unknown_device", "route_revoked_device", "route_not_ppt", "route_not_device")
NOT_BUNDLE, TOO_LARGE = "route_not_bundle", "too_large"


@dataclass(frozen=True)
class RoutedFile:
    name: str             # the file's name on the stick
    device_id: str        # the routing folder's name: the receiving device
    office_name: str      # its office as enrolled here ("" when unknown)
    outcome: str          # taken | already_here | refused
    reason: str = ""      # why refused


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def waiting(folders: SyncFolders) -> dict[str, list[Path]]:
    """Device id -> the routed files waiting here for it."""
    out: dict[str, list[Path]] = {}
    try:
        found = sorted(p for p in folders.route.iterdir() if p.is_dir())
    except OSError:
        return out
    for folder in found:
        files = bundles_in(folder)
        if files and is_device_id(folder.name):
            out[folder.name] = files
    return out


def _refusal(name: str, peer: PeerDevice | None) -> str:
    if not is_device_id(name) or peer is None:
        return NOT_DEVICE if not is_device_id(name) else UNKNOWN
    if peer.revoked:
        return REVOKED
    return NOT_PPT if peer.role != PPT else ""


def log_routed(uow: UnitOfWork, actor: Actor, status: str, device_id: str, file_name: str,
         reason: str = "", direction: str = IN) -> None:
    with uow:
        uow.sync.record_bundle(BundleEntry(
            direction=direction, kind=KIND_ROUTED, status=status, at=utc_now(),
            peer_device_id=device_id if is_device_id(device_id) else "",
            file_name=file_name[:200], reason=reason, by_user=actor.id))
        uow.commit()


def _check_file(src: Path) -> tuple[str, str]:
    """(reason it cannot be carried or "", its SHA-256)."""
    try:
        if src.stat().st_size > MAX_BUNDLE_BYTES:
            return TOO_LARGE, ""
        with open(src, "rb") as f:
            if f.read(len(AGE_MAGIC)) != AGE_MAGIC:
                return NOT_BUNDLE, ""
        return "", sha256_of(src)
    except OSError as exc:
        raise stick_error(exc) from exc


def _take(uow: UnitOfWork, actor: Actor, folders: SyncFolders, src: Path,
          peer: PeerDevice) -> RoutedFile:
    reason, digest = _check_file(src)
    if reason:
        log_routed(uow, actor, NOT_ROUTED, peer.device_id, src.name, reason)
        return RoutedFile(src.name, peer.device_id, peer.office_name, REFUSED, reason)
    here = folders.route / peer.device_id
    here.mkdir(parents=True, exist_ok=True, mode=0o700)
    if any(sha256_of(p) == digest for p in bundles_in(here)):
        outcome = ALREADY_HERE        # the same file from an earlier stick
    else:
        local = here / random_name()
        copy_verified(src, local, lambda copy: sha256_of(copy) == digest)
        log_routed(uow, actor, ROUTED, peer.device_id, local.name)
        outcome = TAKEN
    try:
        src.unlink()   # held here, verified: the stick no longer needs it
    except OSError:
        pass           # a read-only stick: the next collect finds it already here
    return RoutedFile(src.name, peer.device_id, peer.office_name, outcome)


def collect_routed(uow: UnitOfWork, actor: Actor, folders: SyncFolders,
                   stick: Path) -> list[RoutedFile]:
    """Take every routed file on ``stick`` for an enrolled PPT device into ``folders.route``;
    one result per file. Raises DomainError (stick_removed, …) when the stick fails; what was
    taken before stays taken, the file being copied is left on the stick."""
    found = routed_on(stick)
    if not found:
        return []
    folders.ensure()
    with uow:
        peers = {p.device_id: p for p in uow.sync.peers()}
    out: list[RoutedFile] = []
    for name, files in found.items():
        peer = peers.get(name)
        reason = _refusal(name, peer)
        for src in files:
            if reason:
                log_routed(uow, actor, NOT_ROUTED, name, src.name, reason)
                out.append(RoutedFile(src.name, name, peer.office_name if peer else "",
                                      REFUSED, reason))
                continue
            assert peer is not None
            out.append(_take(uow, actor, folders, src, peer))
    return out


def waiting_for(folders: SyncFolders, device_id: str) -> list[Path]:
    """The routed files waiting here for ``device_id``."""
    if not is_device_id(device_id):
        raise DomainError("peer_unknown")
    return bundles_in(folders.route / device_id)
