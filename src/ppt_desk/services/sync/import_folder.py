"""One step at a PPT: import everything on a stick (or in a folder) that is for this device.

What a PPT finds on a stick (``stick_layout``): its own bundles for the province in the root
(and other PPTs' when the stick is shared), the return trip the secretariat prepared under
``ppt-desk-kembali/<device id>/`` for each PPT, transfers under ``ppt-desk-rute/<device id>/``.
``import_all`` takes the folder given, and this device's folders under it; files in other
devices' folders are not even looked at.

Each file is first looked at without importing it: a copy is checked completely
(``codec.open``). A file that none of our keys opens is simply someone else's (another PPT's
bundle for the province): it is left where it is, untouched and not quarantined, and said so
(``not_for_us``). A file this device wrote itself (its copy for the province, a transfer it
sends) is left too (``own``). Everything else is imported by the import use case unchanged
(``imports.import_bundle``: every check again, apply in one transaction or quarantine with the
reason), in an order that keeps each sender's bundle chain: the secretariat's bundles first
(reference data, then the receipt, as it wrote them), then each other sender's by bundle
number (a later number applied first would make the earlier one a fork). Files whose look
failed for another reason go last; their import quarantines them with that reason.

The look costs one more decryption of the files that are for us; they are small (receipts,
reference data, one case each).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ...domain.errors import DomainError
from ...domain.sync.errors import BundleFormatError, BundleRejected
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from .codec import BundleCodec
from .dto import ImportResult
from .enrolment import own_keys, own_recipient
from .folders import SyncFolders
from .imports import MAX_BUNDLE_BYTES, Codes, import_bundle, sender_lookup
from .ports import SEKRETARIAT, OwnDevice, PeerDevice
from .stick import copy_in
from .stick_layout import RETURN_DIR, ROUTE_DIR, bundles_in

NOT_FOR_US = "not_for_us"   # outcome: none of our keys opens it; left untouched
OWN = "own"                 # outcome: written by this device; left untouched
Progress = Callable[[int, int, Path], None]   # (done, total, file about to be imported)


@dataclass(frozen=True)
class FileResult:
    path: Path
    result: ImportResult


def bundle_paths(paths: Iterable[Path], own_device_id: str) -> list[Path]:
    """The bundle files to look at: a file as given; a folder's own bundles and those in this
    device's return and routing folders under it (a folder named ``ppt-desk-kembali`` or
    ``ppt-desk-rute`` itself: this device's folder in it). Each file once."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        found.extend(bundles_in(path))
        if path.name in (RETURN_DIR, ROUTE_DIR):
            found.extend(bundles_in(path / own_device_id))
        else:
            for sub in (RETURN_DIR, ROUTE_DIR):
                found.extend(bundles_in(path / sub / own_device_id))
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


class _Own(Exception):
    """The sender is this device."""


@dataclass(frozen=True)
class _Look:
    path: Path
    order: tuple[int, str, int]   # (0 secretariat | 1 another sender | 2 unreadable, sender, seq)
    skip: ImportResult | None = None


def _own_aware(peers: dict[str, PeerDevice], codec: BundleCodec, own: OwnDevice):
    lookup = sender_lookup(peers, codec)

    def sender_key(device_id: str, key_id: str) -> bytes:
        if device_id == own.device_id:
            raise _Own()
        return lookup(device_id, key_id)
    return sender_key


def _look(codec: BundleCodec, folders: SyncFolders, path: Path, own: OwnDevice,
          peers: dict[str, PeerDevice], position: int) -> _Look:
    last = (2, "", position)
    try:
        local = copy_in(path, folders.incoming, MAX_BUNDLE_BYTES)
    except DomainError:
        return _Look(path, last)     # its import says why (too large, stick pulled)
    try:
        assert own.age_identity is not None
        bundle = codec.open(local, [own.age_identity],
                            {codec.key_id(own_recipient(codec, own).encode())},
                            _own_aware(peers, codec, own))
    except _Own:
        return _Look(path, last, ImportResult(OWN))
    except BundleRejected as exc:
        if exc.code == "no_match":
            return _Look(path, last, ImportResult(NOT_FOR_US))
        return _Look(path, last)
    except (BundleFormatError, OSError):
        return _Look(path, last)
    finally:
        local.unlink(missing_ok=True)
    sender = peers[bundle.manifest.sender.device_id]
    rank = 0 if sender.role == SEKRETARIAT else 1
    return _Look(path, (rank, sender.device_id, bundle.manifest.bundle_seq))


def import_all(uow: UnitOfWork, actor: Actor, codec: BundleCodec, folders: SyncFolders,
               paths: Iterable[Path], codes: Codes | None = None,
               progress: Progress | None = None) -> tuple[ChangeSet, list[FileResult]]:
    """Import every bundle for this device in ``paths`` (files or folders, see
    ``bundle_paths``); one result per file, in the order they were imported (the files left
    untouched first)."""
    folders.ensure()
    with uow:
        own = own_keys(uow, codec)
        peers = {p.device_id: p for p in uow.sync.peers()}
        uow.commit()
    files = bundle_paths(paths, own.device_id)
    looks = [_look(codec, folders, path, own, peers, i) for i, path in enumerate(files)]
    results = [FileResult(x.path, x.skip) for x in looks if x.skip is not None]
    todo = sorted((x for x in looks if x.skip is None), key=lambda x: x.order)
    changes = ChangeSet()
    for done, look in enumerate(todo):
        if progress is not None:
            progress(done, len(todo), look.path)
        try:
            changed, result = import_bundle(uow, actor, codec, folders, look.path, codes)
        except DomainError as exc:   # the stick was pulled, the file vanished
            changed, result = ChangeSet(), ImportResult("rejected", reason=exc.code)
        changes |= changed
        results.append(FileResult(look.path, result))
    if progress is not None:
        progress(len(todo), len(todo), Path())
    return changes, results
