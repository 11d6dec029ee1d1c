"""Device cards and enrolment: this device's card out, another device's card in.

Enrolling trusts a device's keys for good: its bundles will be applied, bundles for it encrypted
to it. So it takes an administrator or a supervisor, a card signed by the key it announces, and
the fingerprint read aloud by the other side over the phone, typed back here. A revoked device
stays in the list (its old bundles remain explainable) and nothing it sends is accepted again.
"""
from __future__ import annotations

from datetime import datetime, timezone

from ...domain.errors import DomainError
from ...domain.roles import keeps_keys
from ...domain.secretariat import is_secretariat
from ...domain.sync.card import ROLE_PPT, ROLE_SECRETARIAT, DeviceCard, parse_card
from ...domain.sync.errors import BundleFormatError
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from ..secretariat.backup_key import stored_recipient
from .codec import BundleCodec
from .dto import CardView, PeerView
from .ports import OwnDevice, PeerDevice

CHANGED = ChangeSet(devices=True)


def utc_now() -> datetime:
    """Wall-clock time as stored (naive UTC). For the record only: never used to order."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def require_key_keeper(actor: Actor) -> None:
    """Enrolling, revoking and transferring: an administrator or a supervisor."""
    if not keeps_keys(actor.user.roles):
        raise DomainError("needs_supervisor_role")


def own_keys(uow: UnitOfWork, codec: BundleCodec) -> OwnDevice:
    """This device, with its age identity made on first need (inside the encrypted store)."""
    device = uow.sync.own_device()
    if device.age_identity is None:
        uow.sync.set_age_identity(codec.new_identity())
        device = uow.sync.own_device()
    return device


def own_recipient(codec: BundleCodec, device: OwnDevice) -> str:
    assert device.age_identity is not None
    return codec.recipient_of(device.age_identity)


def make_card(uow: UnitOfWork, codec: BundleCodec,
              backup_recipient: str = "") -> tuple[DeviceCard, bytes]:
    """This device's card, signed. With ``backup_recipient`` (the secretariat's offline key,
    made on a machine that never goes online) it is a secretariat card. A secretariat set up
    by ``ppt-desk secretariat setup`` uses its stored backup recipient when none is given."""
    with uow:
        office = uow.office.get()
        if office is None:
            raise DomainError("office_missing")
        backup_recipient = backup_recipient or stored_recipient(uow)
        if is_secretariat(office.kind) and not backup_recipient:
            raise DomainError("backup_key_missing")
        device = own_keys(uow, codec)
        uow.commit()
    recipients = [own_recipient(codec, device)]
    if backup_recipient:
        recipients.append(backup_recipient.strip())
    card = DeviceCard(
        role=ROLE_SECRETARIAT if backup_recipient else ROLE_PPT, device_id=device.device_id,
        office_id=office.id, office_name=office.name, province_code=office.province_code,
        regency_code=office.regency_code, device_code=device.device_code,
        signing_key=codec.public_key(bytes(device.signing_key)).hex(),
        age_recipients=tuple(recipients),
        issued_at=utc_now().isoformat(timespec="seconds") + "Z")
    signature = codec.sign(bytes(device.signing_key), card.signed_bytes())
    # The card must read back under our own rules (a mistyped backup key is caught here).
    read_card(card.to_json(signature), codec)
    return card, signature


def read_card(data: bytes, codec: BundleCodec) -> tuple[DeviceCard, CardView]:
    """Parse a card and check that it is signed by the key it announces."""
    try:
        card, signature = parse_card(data)
    except BundleFormatError as exc:
        raise DomainError(exc.code, detail=exc.detail) from None
    if not codec.verify_signature(bytes.fromhex(card.signing_key), signature,
                                  card.signed_bytes()):
        raise DomainError("card_signature_bad")
    return card, view_of(card, codec)


def view_of(card: DeviceCard, codec: BundleCodec) -> CardView:
    return CardView(card.role, card.device_id, card.office_name, card.province_code,
                    card.regency_code, card.device_code, codec.fingerprint(card.key_material()))


def _same_fingerprint(typed: str, expected: str) -> bool:
    def norm(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())
    return bool(typed) and norm(typed) == norm(expected)


def enrol(uow: UnitOfWork, actor: Actor, codec: BundleCodec, data: bytes,
          typed_fingerprint: str, now: datetime) -> tuple[ChangeSet, PeerView]:
    require_key_keeper(actor)
    card, view = read_card(data, codec)
    if not _same_fingerprint(typed_fingerprint, view.fingerprint):
        raise DomainError("fingerprint_mismatch")
    with uow:
        if card.device_id == uow.sync.own_device().device_id:
            raise DomainError("card_is_own_device")
        known = uow.sync.peer(card.device_id)
        if known is not None:
            if known.fingerprint == view.fingerprint and not known.revoked:
                return ChangeSet(), peer_view(known)
            # New keys under a known id, or a revoked device again: never silently.
            raise DomainError("peer_exists", revoked=known.revoked)
        peer = PeerDevice(
            device_id=card.device_id, role=card.role, office_id=card.office_id,
            office_name=card.office_name, province_code=card.province_code,
            regency_code=card.regency_code, device_code=card.device_code,
            signing_key=bytes.fromhex(card.signing_key), age_recipients=card.age_recipients,
            fingerprint=view.fingerprint, enrolled_at=now, enrolled_by=actor.id)
        uow.sync.add_peer(peer)
        uow.commit()
    return CHANGED, peer_view(peer)


def revoke(uow: UnitOfWork, actor: Actor, device_id: str, reason: str,
           now: datetime) -> ChangeSet:
    require_key_keeper(actor)
    if not reason.strip():
        raise DomainError("reason_required")
    with uow:
        peer = uow.sync.peer(device_id)
        if peer is None:
            raise DomainError("peer_unknown")
        if peer.revoked:
            return ChangeSet()
        uow.sync.revoke_peer(device_id, actor.id, now, reason.strip())
        uow.commit()
    return CHANGED


def peer_view(peer: PeerDevice) -> PeerView:
    return PeerView(peer.device_id, peer.role, peer.office_name, peer.device_code,
                    peer.fingerprint, peer.enrolled_at, peer.revoked_at, peer.revoke_reason)


def peers(uow: UnitOfWork) -> list[PeerView]:
    with uow:
        return [peer_view(p) for p in uow.sync.peers()]


def enrolled_ppt(uow: UnitOfWork, device_id: str) -> PeerDevice:
    """The enrolled, non-revoked PPT a transfer or a reference set is written for."""
    peer = uow.sync.peer(device_id)
    if peer is None:
        raise DomainError("peer_unknown")
    if peer.revoked:
        raise DomainError("peer_revoked")
    if peer.role != ROLE_PPT:
        raise DomainError("peer_not_ppt")
    return peer


def secretariat(uow: UnitOfWork) -> PeerDevice | None:
    """The enrolled, non-revoked secretariat (the newest if several were enrolled)."""
    active = [p for p in uow.sync.peers() if p.role == ROLE_SECRETARIAT and not p.revoked]
    return max(active, key=lambda p: p.enrolled_at) if active else None
