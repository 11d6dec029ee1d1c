"""Importing a bundle: every check first, then everything in one transaction, or nothing.

The file is copied from the stick into the data folder first (a pulled stick then cannot
change it under us; the copy is encrypted like the original). ``codec.open`` checks size,
envelope, full decryption, records, signature by an enrolled non-revoked device and our key
among the intended recipients; here follow the sender's bundle chain and audit checkpoint, and
only then the content is applied — in one transaction with the bundle's log entry. A refusal
applies nothing, keeps the copy in quarantine and writes the reason in the bundle log (which
audits itself). Re-importing an accepted bundle changes nothing at all.

The next bundle of a sender's event chain (the usual case: a stick from a PPT) is read ONCE:
its events are applied while it is decrypted and checked (``codec.stream``), and every check
that needs the whole file (signature, seal, recipients, the audit checkpoint, the bundle
chain) runs after the last event, before the commit; a refusal then rolls back. An unknown or
revoked sender is refused before anything is applied. Any other bundle (a receipt, reference
data, a transfer, a bundle of a number already seen) is checked completely first, then
applied from a second decryption (ADR 0013: the single pass halves the decryption work of a
secretariat's import, ``make bench``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from ...domain.errors import DomainError
from ...domain.sync import chain
from ...domain.sync.errors import BundleFormatError, BundleRejected
from ...domain.sync.manifest import (
    KIND_EVENTS, KIND_RECEIPT, KIND_REFERENCE, KIND_TRANSFER, ZERO_HASH,
)
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from .codec import BundleCodec, VerifiedBundle
from .dto import BundlePeek, ImportResult
from .enrolment import own_keys, own_recipient, utc_now
from .folders import SyncFolders, random_name
from .outbound import office_id
from .ports import (
    APPLIED, HELD, IN, QUARANTINED, REPLAY, SEKRETARIAT, BundleEntry, PeerCheckpoint, PeerDevice,
)
from .stick import copy_in
from . import reference, transfer

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
SUPERSEDED = "superseded"   # an older bundle arriving after a newer one that re-sent it all
Codes = Callable[[str], frozenset[str]]


class Refused(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


def sender_lookup(peers: dict[str, PeerDevice], codec: BundleCodec):
    def sender_key(device_id: str, key_id: str) -> bytes:
        peer = peers.get(device_id)
        if peer is None or codec.key_id(peer.signing_key) != key_id:
            raise BundleRejected("unknown_sender")
        if peer.revoked:
            raise BundleRejected("revoked_sender")
        return peer.signing_key
    return sender_key


def _check_checkpoint(uow: UnitOfWork, codec: BundleCodec, peer: PeerDevice,
                      bundle: VerifiedBundle) -> PeerCheckpoint | None:
    cp = bundle.checkpoint
    if cp is None:
        return None
    try:
        seq, head, signature = int(cp["seq"]), str(cp["head_hash"]), bytes.fromhex(cp["signature"])
        device_id = str(cp["device_id"])
    except (KeyError, TypeError, ValueError):
        raise Refused("bad_checkpoint") from None
    if device_id != peer.device_id or not codec.verify_signature(
            peer.signing_key, signature, chain.checkpoint_message(device_id, seq, head)):
        raise Refused("bad_checkpoint")
    held = uow.sync.peer_checkpoint(peer.device_id)
    verdict = chain.check_checkpoint((held.seq, held.head_hash) if held else None, (seq, head))
    if verdict != chain.CHECKPOINT_OK:
        raise Refused(verdict, f"held {held.seq if held else 0}, got {seq}")
    return PeerCheckpoint(peer.device_id, seq, head, signature, utc_now())


def _apply(uow: UnitOfWork, codec: BundleCodec, bundle: VerifiedBundle, peer: PeerDevice,
           identity: str, own_device_id: str, codes: Codes | None
           ) -> tuple[dict[str, Any], frozenset[str]]:
    m = bundle.manifest
    if m.kind == KIND_EVENTS:
        return _applied(uow.sync.apply_events(codec.events(bundle, [identity]), m.bundle_id,
                                              m.sender.office_id != office_id(uow)))
    if m.kind == KIND_RECEIPT:
        # Only the secretariat receives this device's events, so only its receipt may end
        # their re-sending (another PPT acknowledging them would keep them from the province).
        if peer.role != SEKRETARIAT:
            raise Refused("receipt_not_from_secretariat")
        held = m.body.get("held")
        upto = held.get(own_device_id, 0) if isinstance(held, dict) else None
        if not isinstance(upto, int) or isinstance(upto, bool) or upto < 0:
            raise Refused("malformed", "receipt body")
        device = uow.sync.own_device()
        if upto > device.event_seq:
            raise Refused("receipt_ahead", f"{upto} > {device.event_seq}")
        return {"acknowledged": uow.sync.mark_acked(upto, utc_now())}, frozenset()
    if m.kind == KIND_TRANSFER:   # a case moving here from another PPT (transfer.py)
        try:
            return transfer.receive_transfer(uow, m, codec.events(bundle, [identity]),
                                             own_device_id)
        except transfer.TransferRefused as exc:
            raise Refused(exc.code, exc.detail) from None
    if m.kind == KIND_REFERENCE and codes is not None:   # the province's directory
        try:
            return reference.receive_reference(uow, m, codec.events(bundle, [identity]), peer,
                                               codes), frozenset()
        except reference.ReferenceRefused as exc:
            raise Refused(exc.code, exc.detail) from None
    raise Refused("kind_unsupported", m.kind)


def _applied(outcome: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """The counts of an events bundle applied, or Refused for a fork or a malformed event."""
    if outcome.forks:
        raise Refused("fork", f"device_seq {outcome.forks[0].device_seq}")
    if outcome.malformed:
        raise Refused("malformed", outcome.malformed[0][:120])
    return ({"events_applied": outcome.applied, "events_held": outcome.held,
             "conflicts": outcome.conflicts}, outcome.cases)


def _accept(uow: UnitOfWork, actor: Actor, codec: BundleCodec, bundle: VerifiedBundle,
            peers: dict[str, PeerDevice], identity: str,
            codes: Codes | None = None) -> tuple[ChangeSet, ImportResult]:
    m = bundle.manifest
    peer = peers[m.sender.device_id]
    with uow:
        if uow.sync.bundle_by_hash(bundle.bundle_hash) is not None:
            return ChangeSet(), ImportResult("replay", m.kind, "replay", peer.office_name)
        if _superseded(uow, bundle, peer):
            uow.sync.record_bundle(BundleEntry(
                direction=IN, kind=m.kind, status=REPLAY, at=utc_now(), bundle_id=m.bundle_id,
                peer_device_id=peer.device_id, bundle_seq=m.bundle_seq,
                bundle_hash=bundle.bundle_hash, prev_bundle_hash=m.prev_bundle_hash,
                first_seq=m.device_seq[0], last_seq=m.device_seq[1], reason=SUPERSEDED,
                by_user=actor.id))
            uow.commit()
            return ChangeSet(bundles=True), ImportResult("replay", m.kind, SUPERSEDED,
                                                         peer.office_name)
        checkpoint, place = _sequence_checks(uow, codec, peer, bundle)
        own_id = uow.sync.own_device().device_id
        counts, cases = _apply(uow, codec, bundle, peer, identity, own_id, codes)
        return _record_applied(uow, actor, bundle, peer, place, checkpoint, counts, cases)


def _accept_streamed(uow: UnitOfWork, actor: Actor, codec: BundleCodec, stream: Any,
                     peers: dict[str, PeerDevice]) -> tuple[ChangeSet, ImportResult]:
    """The next events bundle of its sender, applied as it is read (module doc): the checks
    that need the whole file come after its events, in the order ``_accept`` has them."""
    m = stream.manifest                  # not verified until the events are all read
    peer = peers[m.sender.device_id]
    with uow:
        outcome = uow.sync.apply_events(stream.events(), m.bundle_id,
                                        m.sender.office_id != office_id(uow))
        bundle = stream.verified        # every check of the file passed
        if uow.sync.bundle_by_hash(bundle.bundle_hash) is not None:   # refused before
            return ChangeSet(), ImportResult("replay", m.kind, "replay", peer.office_name)
        checkpoint, place = _sequence_checks(uow, codec, peer, bundle)
        counts, cases = _applied(outcome)
        return _record_applied(uow, actor, bundle, peer, place, checkpoint, counts, cases)


def _sequence_checks(uow: UnitOfWork, codec: BundleCodec, peer: PeerDevice,
                     bundle: VerifiedBundle) -> tuple[PeerCheckpoint | None, str]:
    """The sender's checkpoint, then its bundle chain (where this bundle stands in it); a
    fork is Refused. The checkpoint first: a laptop put back to an older copy is named as
    such, before its bundle numbers (reused by the old copy) call it a fork."""
    m = bundle.manifest
    checkpoint = _check_checkpoint(uow, codec, peer, bundle)
    last = uow.sync.last_bundle_from(peer.device_id)
    place = chain.classify_bundle(chain.LastBundle(*last) if last else None, None,
                                  m.bundle_seq, m.prev_bundle_hash, bundle.bundle_hash,
                                  ZERO_HASH)
    if place == chain.FORK:
        raise Refused("fork", f"bundle {m.bundle_seq}")
    return checkpoint, place


def _record_applied(uow: UnitOfWork, actor: Actor, bundle: VerifiedBundle, peer: PeerDevice,
                    place: str, checkpoint: PeerCheckpoint | None, counts: dict[str, Any],
                    cases: frozenset[str]) -> tuple[ChangeSet, ImportResult]:
    """The bundle's log entry and checkpoint with what it applied, committed."""
    m = bundle.manifest
    if checkpoint is not None:
        uow.sync.store_peer_checkpoint(checkpoint)
    held = counts.get("events_held", 0)
    uow.sync.record_bundle(BundleEntry(
        direction=IN, kind=m.kind, status=HELD if held else APPLIED, at=utc_now(),
        bundle_id=m.bundle_id, peer_device_id=peer.device_id, bundle_seq=m.bundle_seq,
        bundle_hash=bundle.bundle_hash, prev_bundle_hash=m.prev_bundle_hash,
        first_seq=m.device_seq[0], last_seq=m.device_seq[1],
        event_count=counts.get("events_applied", 0) + held,
        reason="gap" if place == chain.GAP else "", by_user=actor.id))
    uow.commit()
    notes = ("bundle_gap",) if place == chain.GAP else ()
    result = ImportResult("applied", m.kind, "", peer.office_name, notes=notes, **counts)
    return ChangeSet(bundles=True, cases=cases, directory=m.kind == KIND_REFERENCE), result


def _superseded(uow: UnitOfWork, bundle: VerifiedBundle, peer: PeerDevice) -> bool:
    """An older bundle of the sender's chain that arrives after a newer one (sticks travel
    at their own pace): the bundle we hold with the next number names this one, by its hash,
    as its predecessor. It adds nothing: a bundle re-sends every event not yet acknowledged,
    and only what arrived here is ever acknowledged, so the newer one carried all of it. A
    restored laptop's new bundle under an old number is not linked so: it stays an alarm."""
    m = bundle.manifest
    last = uow.sync.last_bundle_from(peer.device_id)
    if m.kind != KIND_EVENTS or last is None or m.bundle_seq >= last[0]:
        return False
    after = uow.sync.bundle_from(peer.device_id, m.bundle_seq + 1)
    return after is not None and after.prev_bundle_hash == bundle.bundle_hash


def _keys(uow: UnitOfWork, codec: BundleCodec
          ) -> tuple[dict[str, PeerDevice], str, set[str]]:
    """The enrolled devices, this device's age identity and the key ids of its recipient."""
    with uow:
        device = own_keys(uow, codec)
        peers = {p.device_id: p for p in uow.sync.peers()}
        uow.commit()
    identity = device.age_identity
    assert identity is not None
    return peers, identity, {codec.key_id(own_recipient(codec, device).encode())}


def open_verified(uow: UnitOfWork, codec: BundleCodec, local: Path
                  ) -> tuple[VerifiedBundle, dict[str, PeerDevice], str]:
    """Every check of the bundle's bytes (``codec.open``), with this device's key and the
    enrolled devices; raises BundleFormatError with the reason."""
    peers, identity, own_key_ids = _keys(uow, codec)
    return codec.open(local, [identity], own_key_ids, sender_lookup(peers, codec)), peers, identity


def _streamable(uow: UnitOfWork, codec: BundleCodec, local: Path
                ) -> tuple[Any, dict[str, PeerDevice]]:
    """The bundle to read in one pass when it is the next of its sender's event chain (its
    number beyond every one received), else None. Refuses an unknown or revoked sender."""
    peers, identity, own_key_ids = _keys(uow, codec)
    stream = codec.stream(local, [identity], own_key_ids, sender_lookup(peers, codec))
    m = stream.manifest
    if m.kind != KIND_EVENTS:
        return None, peers
    with uow:
        last = uow.sync.last_bundle_from(m.sender.device_id)
        uow.commit()
    return (stream if last is None or m.bundle_seq > last[0] else None), peers


def peek(uow: UnitOfWork, codec: BundleCodec, path: Path) -> BundlePeek:
    """Sender and bundle number of ``path`` from its manifest alone (``BundlePeek``), or
    DomainError("bundle_rejected") when it cannot be read that far."""
    with uow:
        device = own_keys(uow, codec)
        uow.commit()
    assert device.age_identity is not None
    try:
        m = codec.peek(path, [device.age_identity])
    except (BundleFormatError, BundleRejected) as exc:
        raise DomainError("bundle_rejected", reason=exc.code) from None
    return BundlePeek(m.sender.device_id, m.bundle_seq, m.kind)


def _log_refusal(uow: UnitOfWork, actor: Actor, code: str, bundle: VerifiedBundle | None,
                 file_name: str) -> None:
    m = bundle.manifest if bundle is not None else None
    with uow:
        uow.sync.record_bundle(BundleEntry(
            direction=IN, kind=m.kind if m else "", status=QUARANTINED, at=utc_now(),
            bundle_id=m.bundle_id if m else "", peer_device_id=m.sender.device_id if m else "",
            bundle_seq=m.bundle_seq if m else 0,
            bundle_hash=bundle.bundle_hash if bundle else "", file_name=file_name, reason=code,
            by_user=actor.id))
        uow.commit()


def _quarantine(folders: SyncFolders, local: Path) -> str:
    """Keep the refused file (encrypted as it came) under a new random name."""
    kept = folders.quarantine / random_name()
    os.replace(local, kept)
    return kept.name


def import_bundle(uow: UnitOfWork, actor: Actor, codec: BundleCodec, folders: SyncFolders,
                  src: Path, codes: Codes | None = None) -> tuple[ChangeSet, ImportResult]:
    """``codes`` (``Deps.codes``): the code lists reference data is checked against; without
    them a reference bundle is ``kind_unsupported``."""
    folders.ensure()
    try:
        local = copy_in(src, folders.incoming, MAX_BUNDLE_BYTES)
    except DomainError as exc:
        if exc.code != "too_large":
            raise
        _log_refusal(uow, actor, "too_large", None, "")
        return ChangeSet(bundles=True), ImportResult("rejected", reason="too_large")
    bundle: VerifiedBundle | None = None
    stream: Any = None
    try:
        stream, peers = _streamable(uow, codec, local)
        if stream is not None:
            return _accept_streamed(uow, actor, codec, stream, peers)
        bundle, peers, identity = open_verified(uow, codec, local)
        return _accept(uow, actor, codec, bundle, peers, identity, codes)
    except (BundleFormatError, BundleRejected, Refused) as exc:
        if bundle is None and stream is not None:
            bundle = stream.verified     # refused after every check of the file passed
        _log_refusal(uow, actor, exc.code, bundle, _quarantine(folders, local))
        return ChangeSet(bundles=True), ImportResult(
            "rejected", bundle.manifest.kind if bundle else "", exc.code)
    finally:
        local.unlink(missing_ok=True)
