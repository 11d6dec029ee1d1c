"""Receipts: the receiver says, signed, what it holds of a device's events; the device marks
its events acknowledged only from such a receipt (never on export), and only from the
secretariat's (``imports``: ``receipt_not_from_secretariat``), since only the province receives
a device's events. The secretariat writes them with this use case (its own screens come with
the secretariat issue; until then ``ppt-desk bundle receipt``)."""
from __future__ import annotations

from pathlib import Path

from ...domain.errors import DomainError
from ...domain.sync.manifest import KIND_RECEIPT
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from .codec import BundleCodec
from .enrolment import own_keys
from .folders import SyncFolders
from .outbound import deliver, new_manifest, recipients_for, write_local


def write_receipt(uow: UnitOfWork, actor: Actor, codec: BundleCodec, folders: SyncFolders,
                  device_id: str, dest: Path) -> tuple[ChangeSet, str]:
    """A receipt for ``device_id`` into ``dest``; returns the file name."""
    with uow:
        device = own_keys(uow, codec)
        peer = uow.sync.peer(device_id)
        if peer is None or peer.revoked:
            raise DomainError("peer_unknown")
        held = {s.device_id: s.applied_upto for s in uow.sync.received_summary()
                if s.device_id == device_id}
        held.setdefault(device_id, 0)
        recipients = recipients_for(codec, peer, device)
        last = uow.sync.last_bundle_from(device_id)
        manifest = new_manifest(uow, codec, device, KIND_RECEIPT, recipients, (0, 0),
                                last[0] if last else 0, {"held": held})
        uow.commit()
    bundle = write_local(codec, folders, device, manifest, iter(()), recipients)
    name = deliver(uow, codec, bundle, dest, device_id, actor.id, 0)
    return ChangeSet(bundles=True), name
