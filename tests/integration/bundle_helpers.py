"""Parties, bundles and plaintext surgery for the bundle format and fuzz tests (real pyrage)."""
from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyrage

from ppt_desk.domain.ids import uuid7
from ppt_desk.domain.sync.errors import BundleRejected
from ppt_desk.domain.sync.manifest import ZERO_HASH, Manifest, Sender
from ppt_desk.security import envelope, signing
from ppt_desk.sync.reader import VerifiedBundle, verify_bundle
from ppt_desk.sync.records import DEFAULT, SIGNATURE, Limits, signed_message
from ppt_desk.sync.writer import WrittenBundle, recipient_key_id, write_bundle

HEAD = struct.Struct(">BI")


@dataclass
class Party:
    """A device: an age identity to receive with, an Ed25519 key to sign with."""

    identity: str = field(default_factory=envelope.new_identity)
    signing_key: bytes = field(default_factory=signing.new_signing_key)
    device_id: str = field(default_factory=uuid7)
    office_id: str = field(default_factory=uuid7)

    @property
    def recipient(self) -> str:
        return envelope.recipient_of(self.identity)

    @property
    def key_id(self) -> str:
        return recipient_key_id(self.recipient)

    @property
    def public(self) -> bytes:
        return signing.public_key(self.signing_key)

    @property
    def signing_id(self) -> str:
        return signing.key_id(self.public)


def manifest_for(sender: Party, recipients: list[Party], **changes) -> Manifest:
    fields = dict(kind="events", bundle_id=uuid7(), created_at="2026-11-03T08:15:00Z",
                  sender=Sender(sender.device_id, sender.office_id, sender.signing_id),
                  recipients=tuple(p.key_id for p in recipients), device_seq=(1, 3),
                  bundle_seq=1, prev_bundle_hash=ZERO_HASH, acked_seq=0,
                  reference_version="2026.1", body={})
    fields.update(changes)
    return Manifest(**fields)


def events(n: int, size: int = 40) -> list[dict]:
    return [{"device_seq": i + 1, "entity": "case_file", "patch": {"note": "x" * size}}
            for i in range(n)]


def attachments(*sizes: int, seed: int = 1) -> list[tuple[str, bytes]]:
    blobs = [hashlib.shake_256(b"%d-%d" % (seed, i)).digest(size)
             for i, size in enumerate(sizes)]
    return sorted((hashlib.sha256(b).hexdigest(), b) for b in blobs)


CHECKPOINT = {"device_id": "d", "seq": 3, "head_hash": "ab" * 32, "signature": "cd" * 64}


def write(path: Path, sender: Party, recipients: list[Party], evs=None, atts=(),
          checkpoint=CHECKPOINT, manifest: Manifest | None = None) -> WrittenBundle:
    evs = events(3) if evs is None else evs
    manifest = manifest or manifest_for(sender, recipients)
    with open(path, "wb") as dest:
        return write_bundle(dest, manifest, evs, list(atts), checkpoint, sender.signing_key,
                            [p.recipient for p in recipients])


def lookup(*known: Party, revoked: tuple[Party, ...] = ()):
    """A sender_key callable over enrolled parties."""
    def sender_key(device_id: str, key_id: str) -> bytes:
        for party in revoked:
            if party.device_id == device_id:
                raise BundleRejected("revoked_sender", "revoked")
        for party in known:
            if party.device_id == device_id and party.signing_id == key_id:
                return party.public
        raise BundleRejected("unknown_sender", "not enrolled")
    return sender_key


def verify(path: Path, receiver: Party, *senders: Party,
           limits: Limits = DEFAULT) -> VerifiedBundle:
    return verify_bundle(path, [receiver.identity], {receiver.key_id}, lookup(*senders),
                         limits)


def reason(path: Path, receiver: Party, *senders: Party, limits: Limits = DEFAULT) -> str:
    try:
        verify(path, receiver, *senders, limits=limits)
    except BundleRejected as refused:
        return refused.code
    return "accepted"


# -- plaintext surgery ---------------------------------------------------------------------

def plaintext(path: Path, party: Party) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [pyrage.x25519.Identity.from_str(party.identity)])


def encrypt(plain: bytes, *recipients: Party) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(p.recipient)
                                  for p in recipients])


def split(plain: bytes) -> list[tuple[int, bytes]]:
    out, at = [], 0
    while at < len(plain):
        kind, length = HEAD.unpack_from(plain, at)
        out.append((kind, plain[at + 5:at + 5 + length]))
        at += 5 + length
    return out


def join(records: list[tuple[int, bytes]]) -> bytes:
    return b"".join(HEAD.pack(kind, len(body)) + body for kind, body in records)


def resign(records: list[tuple[int, bytes]], key: bytes) -> list[tuple[int, bytes]]:
    """Replace the signature record by one over the records before it, made with ``key``."""
    body = [r for r in records if r[0] != SIGNATURE]
    digest = hashlib.sha256(join(body)).digest()
    return body + [(SIGNATURE, signing.sign(key, signed_message(digest)))]


def random_name() -> str:
    return os.urandom(8).hex() + ".ppt-bundle"


__all__ = ["Party", "manifest_for", "events", "attachments", "write", "lookup", "verify",
           "reason", "plaintext", "encrypt", "split", "join", "resign", "replace"]
