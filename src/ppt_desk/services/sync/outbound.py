"""What every outgoing bundle shares: its manifest, the signed checkpoint it carries, writing it
here first, and the careful copy to the stick (see ``export.py`` for the order and why)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from ...atomic import TEMP_PREFIX
from ...domain.errors import DomainError
from ...domain.ids import uuid7
from ...domain.sync.chain import checkpoint_message
from ...domain.sync.manifest import Manifest, Sender
from ..ports import UnitOfWork
from .codec import BundleCodec
from .enrolment import own_recipient, utc_now
from .folders import SyncFolders, random_name
from .ports import OUT, SENT, BundleEntry, OwnDevice, PeerDevice
from .stick import copy_verified, free_space

REFERENCE_VERSION = "1"
SPACE_MARGIN = 256 * 1024     # file-system overhead on a FAT stick, and the temporary name


def signed_checkpoint(codec: BundleCodec, device: OwnDevice) -> dict[str, Any]:
    signature = codec.sign(bytes(device.signing_key), checkpoint_message(
        device.device_id, device.audit_seq, device.audit_hash))
    return {"device_id": device.device_id, "seq": device.audit_seq,
            "head_hash": device.audit_hash, "signature": signature.hex()}


def office_id(uow: UnitOfWork) -> str:
    office = uow.office.get()
    if office is None:
        raise DomainError("office_missing")
    return office.id


def recipients_for(codec: BundleCodec, peer: PeerDevice, device: OwnDevice) -> list[str]:
    """The peer's keys, and our own: so that this device can read its copy back from the
    stick, and later answer what a lost stick held."""
    return list(peer.age_recipients) + [own_recipient(codec, device)]


def new_manifest(uow: UnitOfWork, codec: BundleCodec, device: OwnDevice, kind: str,
                 recipients: list[str], device_seq: tuple[int, int], acked_seq: int,
                 body: dict[str, Any]) -> Manifest:
    return Manifest(
        kind=kind, bundle_id=uuid7(), created_at=utc_now().isoformat() + "Z",
        sender=Sender(device.device_id, office_id(uow),
                      codec.key_id(codec.public_key(bytes(device.signing_key)))),
        recipients=tuple(codec.key_id(r.encode()) for r in recipients),
        device_seq=device_seq, bundle_seq=device.bundle_seq + 1,
        prev_bundle_hash=device.last_bundle_hash, acked_seq=acked_seq,
        reference_version=REFERENCE_VERSION, body=body)


@dataclass
class LocalBundle:
    path: Path
    manifest: Manifest
    recipients: list[str]
    bundle_hash: str
    size: int


def write_local(codec: BundleCodec, folders: SyncFolders, device: OwnDevice, manifest: Manifest,
                events: Iterable[dict[str, Any]], recipients: list[str]) -> LocalBundle:
    """Encrypt the bundle into the outgoing folder (flushed); removed again on any failure."""
    folders.ensure()
    path = folders.outgoing / f"{TEMP_PREFIX}{os.urandom(8).hex()}.outgoing.tmp"
    try:
        with open(path, "wb") as out:
            written = codec.write(out, manifest, events, signed_checkpoint(codec, device),
                                  bytes(device.signing_key), recipients)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return LocalBundle(path, manifest, recipients, written.bundle_hash, written.size)


def deliver(uow: UnitOfWork, codec: BundleCodec, bundle: LocalBundle, dest: Path,
            peer_device_id: str, by_user: str | None, event_count: int,
            identities: Iterable[tuple[str, str]] = (),
            on_sent: Callable[[UnitOfWork], None] | None = None) -> str:
    """Reserve the chain position, copy to the stick verified, log it sent; returns the file
    name. The local file is removed in every case."""
    m = bundle.manifest
    try:
        if not dest.is_dir():
            raise DomainError("stick_missing")
        needed, free = bundle.size + SPACE_MARGIN, free_space(dest)
        if free < needed:
            raise DomainError("stick_full", needed=needed, free=free)
        with uow:
            identity = uow.sync.own_device().age_identity
            uow.sync.advance_bundle_chain(m.bundle_seq, bundle.bundle_hash)
            uow.identities.record_identities(m.bundle_id, list(identities))
            uow.commit()
        assert identity is not None
        name = random_name()
        copy_verified(bundle.path, dest / name, lambda p: codec.decrypts(p, [identity]))
        with uow:
            if on_sent is not None:
                on_sent(uow)
            uow.sync.record_bundle(BundleEntry(
                direction=OUT, kind=m.kind, status=SENT, at=utc_now(), bundle_id=m.bundle_id,
                peer_device_id=peer_device_id, bundle_seq=m.bundle_seq,
                bundle_hash=bundle.bundle_hash, prev_bundle_hash=m.prev_bundle_hash,
                first_seq=m.device_seq[0], last_seq=m.device_seq[1], event_count=event_count,
                file_name=name, by_user=by_user))
            uow.commit()
        return name
    finally:
        bundle.path.unlink(missing_ok=True)
