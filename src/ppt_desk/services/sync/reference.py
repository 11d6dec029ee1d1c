"""Reference data from the provincial secretariat: its institution directory entries.

**Writing** (the secretariat's side; its screen is the next issue): ``write_reference`` puts a
whole provincial set, with a version number, into a bundle (kind ``reference``) for one
enrolled PPT, encrypted to it and to this device, written here first and copied to the stick
verified like every outgoing bundle (``outbound``). The entries are checked here with the
same rules the PPT applies (``domain/sync/reference.py``), so a set the PPT would refuse is
never written.

**Importing** (on a PPT, inside the import's transaction, ``imports._apply``): only from an
enrolled secretariat (``reference_not_from_secretariat``), only with a version higher than the
one applied here (``reference_stale``: an older list, or one replayed after a newer one; the
very same bundle again is a replay, caught before), every entry valid (``malformed``). The set
then replaces the previous provincial set whole, with its version, in the same transaction.
The directory shows the entries beside the national and local ones, read-only.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterable

from ...domain.errors import DomainError
from ...domain.institutions import Institution
from ...domain.sync import reference as ref
from ...domain.sync.errors import BundleFormatError
from ...domain.sync.manifest import KIND_REFERENCE, Manifest
from ..change_set import ChangeSet
from ..context import Actor
from ..deps import Deps
from ..ports import UnitOfWork
from .codec import BundleCodec
from .enrolment import enrolled_ppt, own_keys, require_key_keeper, utc_now
from .folders import SyncFolders
from .outbound import deliver, new_manifest, recipients_for, write_local
from .ports import SEKRETARIAT, PeerDevice
from .reference_ports import INSTITUTIONS

# What an entry in a file may leave out (the wire form has every key).
_DEFAULTS: dict[str, Any] = {**{k: "" for k in ref.TEXTS}, "services": [], "active": True}


class ReferenceRefused(Exception):
    """A received reference bundle this device does not take."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


def code_sets(codes: Callable[[str], frozenset[str]]) -> ref.CodeSets:
    return ref.CodeSets(codes("institution_category"), codes("institution_level"),
                        codes("service_type"))


def entries_of(items: Any, codes: ref.CodeSets) -> tuple[Institution, ...]:
    """A file's list of entries (optional fields may be left out), checked as a PPT will;
    DomainError("reference_invalid") names the first rule broken."""
    if not isinstance(items, list):
        raise DomainError("reference_invalid", detail="not a list")
    try:
        return ref.parse_items(
            ({"item": ref.ITEM_INSTITUTION,
              "values": {**_DEFAULTS, **e} if isinstance(e, dict) else e} for e in items),
            codes)
    except BundleFormatError as exc:
        raise DomainError("reference_invalid", detail=exc.detail) from None


def write_reference(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
                    folders: SyncFolders, device_id: str, items: Any, version: int,
                    dest: Path) -> tuple[ChangeSet, str]:
    """The provincial set ``items`` (a list of directory entries) as reference version
    ``version`` for the PPT ``device_id``, into ``dest``; returns the bundle's file name."""
    require_key_keeper(actor)
    if isinstance(version, bool) or not isinstance(version, int) \
            or not 1 <= version < ref.MAX_VERSION:
        raise DomainError("reference_invalid", detail="version")
    entries = entries_of(items, code_sets(deps.codes))
    if not dest.is_dir():
        raise DomainError("stick_missing")
    with uow:
        device = own_keys(uow, codec)
        uow.commit()
    with uow:
        peer = enrolled_ppt(uow, device_id)
        recipients = recipients_for(codec, peer, device)
        last = uow.sync.last_bundle_from(device_id)
        manifest = new_manifest(uow, codec, device, KIND_REFERENCE, recipients, (0, 0),
                                last[0] if last else 0, {})
    manifest = replace(manifest, reference_version=str(version))   # checked again
    records = [ref.to_record(e) for e in entries]
    bundle = write_local(codec, folders, device, manifest, records, recipients)
    name = deliver(uow, codec, bundle, dest, device_id, actor.id, len(records))
    return ChangeSet(bundles=True), name


def receive_reference(uow: UnitOfWork, manifest: Manifest, records: Iterable[Any],
                      peer: PeerDevice, codes: Callable[[str], frozenset[str]]
                      ) -> dict[str, Any]:
    """Take a verified reference bundle's set (inside the import's transaction). Raises
    ReferenceRefused, or BundleFormatError("malformed")."""
    if peer.role != SEKRETARIAT:
        raise ReferenceRefused("reference_not_from_secretariat")
    version = ref.parse_version(manifest.reference_version)
    ref.check_body(manifest.body)
    held = uow.reference.version(INSTITUTIONS)
    if version <= held:
        raise ReferenceRefused("reference_stale", f"held {held}, got {version}")
    entries = ref.parse_items(records, code_sets(codes))
    uow.reference.replace_institutions(entries, version, peer.device_id, utc_now())
    return {"events_applied": len(entries), "reference_version": version}
