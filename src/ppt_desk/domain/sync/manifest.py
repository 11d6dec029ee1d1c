"""The manifest of a sync bundle: what a bundle says about itself, strictly parsed.

The manifest is the first record inside a bundle's encryption (docs/formats/bundle-v1.md). It
names the format and version, the bundle, its sender (device, office, signing key id), the key
ids of the age recipients it was meant for, the device sequence range of the events it carries,
the sender's bundle sequence and the previous bundle's hash (a chain per sender), what the
sender has acknowledged from the other side, the reference-data version and a small body that
depends on the kind. Nothing in it is personal data.

Parsing refuses anything it does not know: unknown or missing keys, wrong types, wrong
lengths, non-canonical JSON. A manifest of a newer version is refused with
``version_unsupported`` (an older program must not half-understand a newer bundle); anything
that is not a ppt-desk bundle manifest at all, or an older version, is ``wrong_format``.
Pure: the standard library only.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import BundleFormatError

FORMAT = "ppt-desk-bundle"
VERSION = 1

KIND_EVENTS = "events"          # a PPT's outbox events for the province
KIND_RECEIPT = "receipt"        # what the receiver holds per device
KIND_TRANSFER = "transfer"      # a case moving to another PPT, with its history
KIND_REFERENCE = "reference"    # code lists, institutions, indicator definitions
KINDS = (KIND_EVENTS, KIND_RECEIPT, KIND_TRANSFER, KIND_REFERENCE)

ZERO_HASH = "0" * 64            # prev_bundle_hash of a sender's first bundle
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_RECIPIENTS = 8
MAX_INT = 2**63 - 1             # fits SQLite's INTEGER
MAX_JSON_DEPTH = 32

MALFORMED = "malformed"
WRONG_FORMAT = "wrong_format"
VERSION_UNSUPPORTED = "version_unsupported"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})\Z")
_REFERENCE_VERSION = re.compile(r"^[A-Za-z0-9._:-]{0,64}\Z")
_KEYS = ("format", "version", "kind", "bundle_id", "created_at", "sender", "recipients",
         "device_seq", "bundle_seq", "prev_bundle_hash", "acked_seq", "reference_version",
         "body")
_SENDER_KEYS = ("device_id", "office_id", "key_id")
_SEQ_KEYS = ("first", "last")


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)     # made once: json.dumps makes one per call


def canonical_json(obj: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no NaN."""
    return _CANONICAL.encode(obj).encode("utf-8")


def _depth(value: Any, limit: int) -> bool:
    """True when ``value`` nests no deeper than ``limit`` arrays/objects, all keys text."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            if level > limit or (isinstance(item, dict)
                                 and not all(isinstance(k, str) for k in item)):
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return True


def parse_json_object(data: bytes, limit: int, canonical: bool = True) -> dict[str, Any]:
    """A JSON object from canonical bytes, or BundleFormatError("malformed").

    Canonical means exactly what :func:`canonical_json` writes, so a value has one byte form
    (hashes and fork checks compare bytes): duplicate keys (the second one wins in the parsed
    value, so the bytes differ), NaN, lone surrogates, escapes that need none, stray whitespace
    and deep nesting are all refused. ``canonical=False`` skips only the byte-form check, for
    bytes already checked once whose hash is compared again afterwards (the second pass).
    """
    if len(data) > limit:
        raise BundleFormatError(MALFORMED, "too large")
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleFormatError(MALFORMED, "not JSON") from None
    if not isinstance(value, dict):
        raise BundleFormatError(MALFORMED, "not an object")
    openers = data.count(b"[") + data.count(b"{")  # bounds the depth: most values need no walk
    if openers > MAX_JSON_DEPTH and not _depth(value, MAX_JSON_DEPTH):
        raise BundleFormatError(MALFORMED, "nested too deeply")
    if not canonical:
        return value
    try:
        again = canonical_json(value)
    except (UnicodeEncodeError, ValueError):
        raise BundleFormatError(MALFORMED, "not canonical") from None
    if again != data:
        raise BundleFormatError(MALFORMED, "not canonical")
    return value


@dataclass(frozen=True)
class Sender:
    device_id: str      # uuid of the sending device
    office_id: str      # uuid of its office
    key_id: str         # SHA-256 hex of the raw Ed25519 public key that signs the bundle


@dataclass(frozen=True)
class Manifest:
    """A valid manifest; constructing one checks every field (BundleFormatError otherwise)."""

    kind: str
    bundle_id: str
    created_at: str                 # information only: village clocks are wrong
    sender: Sender
    recipients: tuple[str, ...]     # key ids of the age recipients the bundle is meant for
    device_seq: tuple[int, int]     # (first, last) device_seq of the events; (0, 0) if none
    bundle_seq: int                 # per sender, from 1
    prev_bundle_hash: str           # bundle_hash of the sender's previous bundle, or ZERO_HASH
    acked_seq: int                  # highest sequence the sender acknowledges from the receiver
    reference_version: str
    body: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check(self)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "kind": self.kind,
                "bundle_id": self.bundle_id, "created_at": self.created_at,
                "sender": {"device_id": self.sender.device_id,
                           "office_id": self.sender.office_id,
                           "key_id": self.sender.key_id},
                "recipients": list(self.recipients),
                "device_seq": {"first": self.device_seq[0], "last": self.device_seq[1]},
                "bundle_seq": self.bundle_seq, "prev_bundle_hash": self.prev_bundle_hash,
                "acked_seq": self.acked_seq, "reference_version": self.reference_version,
                "body": self.body}

    def to_json(self) -> bytes:
        """Canonical JSON bytes; ``Manifest.from_json(m.to_json()) == m``."""
        return canonical_json(self.to_dict())

    @staticmethod
    def from_json(data: bytes) -> "Manifest":
        """Strictly parse manifest bytes; BundleFormatError(code, detail) on any deviation."""
        raw = parse_json_object(data, MAX_MANIFEST_BYTES)
        if raw.get("format") != FORMAT:
            raise BundleFormatError(WRONG_FORMAT, "format")
        version = raw.get("version")
        if not _is_int(version):
            raise BundleFormatError(MALFORMED, "version")
        if version > VERSION:
            raise BundleFormatError(VERSION_UNSUPPORTED, f"version {min(version, 10**6)}")
        if version != VERSION:
            raise BundleFormatError(WRONG_FORMAT, "version")
        _exact_keys(raw, _KEYS, "manifest")
        sender = raw["sender"]
        seq = raw["device_seq"]
        recipients = raw["recipients"]
        _exact_keys(sender, _SENDER_KEYS, "sender")
        _exact_keys(seq, _SEQ_KEYS, "device_seq")
        if not isinstance(recipients, list):
            raise BundleFormatError(MALFORMED, "recipients")
        return Manifest(
            kind=raw["kind"], bundle_id=raw["bundle_id"], created_at=raw["created_at"],
            sender=Sender(sender["device_id"], sender["office_id"], sender["key_id"]),
            recipients=tuple(recipients), device_seq=(seq["first"], seq["last"]),
            bundle_seq=raw["bundle_seq"], prev_bundle_hash=raw["prev_bundle_hash"],
            acked_seq=raw["acked_seq"], reference_version=raw["reference_version"],
            body=raw["body"])


def _exact_keys(raw: Any, keys: tuple[str, ...], where: str) -> None:
    if not isinstance(raw, dict):
        raise BundleFormatError(MALFORMED, where)
    unknown, missing = set(raw) - set(keys), set(keys) - set(raw)
    if unknown:
        raise BundleFormatError(MALFORMED, f"{where}: unknown key")
    if missing:
        raise BundleFormatError(MALFORMED, f"{where}: missing {sorted(missing)[0]}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(value: Any, name: str, low: int = 0) -> int:
    if not _is_int(value) or not low <= value <= MAX_INT:
        raise BundleFormatError(MALFORMED, name)
    return value


def _text(value: Any, pattern: re.Pattern[str], name: str) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise BundleFormatError(MALFORMED, name)
    return value


def _check(m: Manifest) -> None:
    if m.kind not in KINDS:
        raise BundleFormatError(MALFORMED, "kind")
    _text(m.bundle_id, _UUID, "bundle_id")
    _text(m.created_at, _TIME, "created_at")
    if not isinstance(m.sender, Sender):
        raise BundleFormatError(MALFORMED, "sender")
    _text(m.sender.device_id, _UUID, "sender.device_id")
    _text(m.sender.office_id, _UUID, "sender.office_id")
    _text(m.sender.key_id, _HEX64, "sender.key_id")
    if not isinstance(m.recipients, tuple) or not 1 <= len(m.recipients) <= MAX_RECIPIENTS:
        raise BundleFormatError(MALFORMED, "recipients")
    for recipient in m.recipients:
        _text(recipient, _HEX64, "recipients")
    if len(set(m.recipients)) != len(m.recipients):
        raise BundleFormatError(MALFORMED, "recipients")
    if not isinstance(m.device_seq, tuple) or len(m.device_seq) != 2:
        raise BundleFormatError(MALFORMED, "device_seq")
    first = _int(m.device_seq[0], "device_seq.first")
    last = _int(m.device_seq[1], "device_seq.last")
    if (first == 0) != (last == 0) or first > last:
        raise BundleFormatError(MALFORMED, "device_seq")
    bundle_seq = _int(m.bundle_seq, "bundle_seq", low=1)
    _text(m.prev_bundle_hash, _HEX64, "prev_bundle_hash")
    if (bundle_seq == 1) != (m.prev_bundle_hash == ZERO_HASH):
        raise BundleFormatError(MALFORMED, "prev_bundle_hash")
    _int(m.acked_seq, "acked_seq")
    _text(m.reference_version, _REFERENCE_VERSION, "reference_version")
    if not isinstance(m.body, dict) or not _depth(m.body, MAX_JSON_DEPTH - 1):
        raise BundleFormatError(MALFORMED, "body")
    try:
        canonical_json(m.body)
    except (TypeError, ValueError):
        raise BundleFormatError(MALFORMED, "body") from None
    if m.kind == KIND_RECEIPT:
        _check_receipt(m.body)


def _check_receipt(body: dict[str, Any]) -> None:
    """A receipt's body: {"held": {device_id: highest device_seq held gap-free}}."""
    _exact_keys(body, ("held",), "body")
    held = body["held"]
    if not isinstance(held, dict):
        raise BundleFormatError(MALFORMED, "body.held")
    for device_id, seq in held.items():
        _text(device_id, _UUID, "body.held")
        _int(seq, "body.held")
