"""Record framing inside a bundle's encryption, and its incremental parser.

The plaintext of a bundle is a sequence of records, each ``type (1 byte) · length (4 bytes,
big-endian) · body``, in this order (docs/formats/bundle-v1.md):

    MANIFEST (1) · EVENT (0..n) · ATTACHMENT (0..n, by ascending hash) · CHECKPOINT (0..1) ·
    PADDING (0..1) · SEAL (1) · SIGNATURE (1)

:class:`RecordParser` is a sink for ``envelope.decrypt``: it takes the plaintext in pieces as
it is decrypted, checks order, lengths, limits and every record's content, hashes each section
and the whole, and keeps nothing but the current record (an attachment's bytes only when asked
to hand them on), so its memory does not grow with the number of records. It never raises a
format problem from ``write``: the first one is kept and raised by :meth:`finish`, because the
envelope's own verdict (a failed chunk, a missing final chunk) comes first in the check order.
"""
from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.sync.errors import BundleFormatError, BundleRejected
from ..domain.sync.manifest import (
    MAX_MANIFEST_BYTES, Manifest, canonical_json, parse_json_object,
)
from ..domain.sync.merge import CanonicalEvent

MANIFEST, EVENT, ATTACHMENT, CHECKPOINT, PADDING, SEAL, SIGNATURE = 1, 2, 3, 4, 5, 6, 7
SECTIONS = {MANIFEST: "manifest", EVENT: "events", ATTACHMENT: "attachments",
            CHECKPOINT: "checkpoint", PADDING: "padding"}
_REPEATABLE = frozenset({EVENT, ATTACHMENT})
HEAD = struct.Struct(">BI")
NAME_BYTES = 32                     # an attachment's name: the SHA-256 of its bytes
SIGNATURE_BYTES = 64
SIGNATURE_CONTEXT = b"ppt-desk-bundle-v1\0"
MAX_SEAL_BYTES = 4096
MAX_PADDING_BYTES = 64 * 1024
# pyrage writes the age header only once more than one 64 KiB chunk of plaintext has come in
# (or at the end). The seal carries the header's hash, so a bundle whose records before the
# seal are shorter pads up to this many bytes (docs/formats/bundle-v1.md, "Padding").
HEADER_FLUSH_BYTES = 64 * 1024 + 1
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class Limits:
    """What a reader accepts at most; a bundle beyond any of them is ``too_large``."""

    max_file_bytes: int = 1 << 30           # the encrypted file
    max_plaintext_bytes: int = 1 << 30      # all records together
    max_record_bytes: int = 4 << 20         # one manifest, event or checkpoint record
    max_events: int = 1_000_000
    max_attachments: int = 100_000
    max_attachment_bytes: int = 64 << 20    # one attachment's bytes


DEFAULT = Limits()


def head(kind: int, length: int) -> bytes:
    return HEAD.pack(kind, length)


def signed_message(digest: bytes) -> bytes:
    """What the SIGNATURE record signs: a context string and SHA-256 of all records before it."""
    return SIGNATURE_CONTEXT + digest


class Sections:
    """Running count and SHA-256 of each section's framed records (head and body)."""

    def __init__(self) -> None:
        self.counts = {name: 0 for name in SECTIONS.values()}
        self.hashes = {name: hashlib.sha256() for name in SECTIONS.values()}

    def start(self, kind: int, head_bytes: bytes) -> None:
        name = SECTIONS[kind]
        self.counts[name] += 1
        self.hashes[name].update(head_bytes)

    def update(self, kind: int, data: bytes | memoryview) -> None:
        self.hashes[SECTIONS[kind]].update(data)

    def seal(self, header_sha256: str) -> bytes:
        """The SEAL record's body for these sections and this age header."""
        return canonical_json({
            "age_header_sha256": header_sha256,
            "sections": {name: {"count": self.counts[name],
                                "sha256": self.hashes[name].hexdigest()}
                         for name in SECTIONS.values()}})


def check_seal_shape(data: bytes) -> None:
    """The seal is canonical JSON of exactly the shape ``Sections.seal`` writes."""
    seal = parse_json_object(data, MAX_SEAL_BYTES)
    sections = seal.get("sections")
    if (set(seal) != {"age_header_sha256", "sections"} or not isinstance(sections, dict)
            or set(sections) != set(SECTIONS.values())
            or not isinstance(seal["age_header_sha256"], str)
            or not _HEX64.match(seal["age_header_sha256"])):
        raise BundleFormatError("malformed", "seal")
    for entry in sections.values():
        if (not isinstance(entry, dict) or set(entry) != {"count", "sha256"}
                or type(entry["count"]) is not int or entry["count"] < 0
                or not isinstance(entry["sha256"], str) or not _HEX64.match(entry["sha256"])):
            raise BundleFormatError("malformed", "seal")


@dataclass(frozen=True)
class Parsed:
    """What a complete, well-formed record stream said (not yet its signature's verdict)."""

    manifest: Manifest
    checkpoint: dict[str, Any] | None
    seal: bytes
    signature: bytes
    signed_digest: bytes            # SHA-256 of every byte before the SIGNATURE record
    bundle_hash: str                # SHA-256 of the whole plaintext, hex
    sections: Sections
    plaintext_bytes: int


class _Failed(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


class RecordParser:
    """A write-only sink that parses records as the plaintext streams in (see module doc).

    ``on_event(event, record_bytes)`` and ``on_attachment(name_hex, bytes)`` are called as each
    record is complete and checked; exceptions they raise pass straight out of ``write``.
    """

    def __init__(self, limits: Limits = DEFAULT,
                 on_event: Callable[[dict[str, Any], int], None] | None = None,
                 on_attachment: Callable[[str, bytes], None] | None = None,
                 check_canonical: bool | None = None) -> None:
        """``check_canonical``: whether each event must be canonical JSON; by default only
        when no ``on_event`` takes them (a second pass reads bytes the first one checked)."""
        self.limits = limits
        self.on_event, self.on_attachment = on_event, on_attachment
        self.check_canonical = on_event is None if check_canonical is None else check_canonical
        self.error: BundleRejected | None = None
        self.total = 0
        self.whole = hashlib.sha256()
        self.sections = Sections()
        self._head = bytearray()
        self._kind = 0                  # record being read; 0 between records
        self._left = 0                  # body bytes still to come
        self._body = bytearray()        # small bodies, an attachment's name (and bytes if kept)
        self._attachment = hashlib.sha256()
        self._last_kind = 0
        self._last_name = b""
        self._manifest: Manifest | None = None
        self._checkpoint: dict[str, Any] | None = None
        self._seal = b""
        self._signature = b""
        self._signed_digest = b""

    # -- the sink --------------------------------------------------------------------------
    def write(self, data: bytes) -> int:
        size = len(data)
        if self.error is None:
            try:
                self._feed(memoryview(data))
            except _Failed as failed:
                self.error = BundleRejected(failed.code, failed.detail)
            except BundleFormatError as bad:
                self.error = BundleRejected(bad.code, bad.detail)
        return size

    def flush(self) -> None:
        return None

    def finish(self) -> Parsed:
        """The parsed stream, or the first BundleRejected it earned (``truncated`` if short)."""
        if self.error is not None:
            raise self.error
        if self._last_kind != SIGNATURE or self._kind or self._head:
            raise BundleRejected("truncated", "the records end before the signature")
        assert self._manifest is not None
        return Parsed(self._manifest, self._checkpoint, self._seal, self._signature,
                      self._signed_digest, self.whole.hexdigest(), self.sections, self.total)

    # -- parsing ---------------------------------------------------------------------------
    def _feed(self, view: memoryview) -> None:
        self.total += len(view)
        if self.total > self.limits.max_plaintext_bytes:
            raise _Failed("too_large", "plaintext over its limit")
        while view:
            if not self._kind:
                take = min(HEAD.size - len(self._head), len(view))
                self._head += view[:take]
                view = view[take:]
                if len(self._head) == HEAD.size:
                    self._begin(bytes(self._head))
                    self._head.clear()
                continue
            take = min(self._left, len(view))  # 0 for an empty body: it ends at once
            self._body_bytes(view[:take])
            view = view[take:]
            self._left -= take
            if not self._left:
                self._end()

    def _begin(self, head_bytes: bytes) -> None:
        kind, length = HEAD.unpack(head_bytes)
        if kind not in SECTIONS and kind not in (SEAL, SIGNATURE):
            raise _Failed("malformed", "unknown record type")
        if (self._last_kind == 0) != (kind == MANIFEST):
            raise _Failed("malformed", "the manifest must come first, once")
        if kind < self._last_kind or (kind == self._last_kind and kind not in _REPEATABLE):
            raise _Failed("malformed", "records out of order")  # also: anything after SIGNATURE
        self._check_length(kind, length)
        if kind == SIGNATURE:
            self._signed_digest = self.whole.digest()
        self.whole.update(head_bytes)
        if kind in SECTIONS:
            self.sections.start(kind, head_bytes)
        self._kind, self._left, self._last_kind = kind, length, kind
        self._body.clear()
        self._attachment = hashlib.sha256()

    def _check_length(self, kind: int, length: int) -> None:
        limits, counts = self.limits, self.sections.counts
        if kind == EVENT and counts["events"] >= limits.max_events:
            raise _Failed("too_large", "too many events")
        if kind == ATTACHMENT and counts["attachments"] >= limits.max_attachments:
            raise _Failed("too_large", "too many attachments")
        if kind == ATTACHMENT:  # one shorter than its name fails its hash check
            if length - NAME_BYTES > limits.max_attachment_bytes:
                raise _Failed("too_large", "attachment over its limit")
        elif kind in (MANIFEST, EVENT, CHECKPOINT):
            cap = min(limits.max_record_bytes, MAX_MANIFEST_BYTES) if kind == MANIFEST \
                else limits.max_record_bytes
            if length > cap:
                raise _Failed("too_large", f"{SECTIONS[kind]} record over its limit")
        elif kind == PADDING and length > MAX_PADDING_BYTES:
            raise _Failed("malformed", "padding too long")
        elif kind == SEAL and length > MAX_SEAL_BYTES:
            raise _Failed("malformed", "seal too long")
        elif kind == SIGNATURE and length != SIGNATURE_BYTES:
            raise _Failed("malformed", "signature of the wrong length")

    def _body_bytes(self, piece: memoryview) -> None:
        self.whole.update(piece)
        kind = self._kind
        if kind in SECTIONS:
            self.sections.update(kind, piece)
        if kind != ATTACHMENT:
            self._body += piece
            return
        need = NAME_BYTES - len(self._body)
        if need > 0:
            self._body += piece[:need]
            piece = piece[need:]
        self._attachment.update(piece)
        if self.on_attachment is not None:
            self._body += piece

    def _end(self) -> None:
        kind, body = self._kind, bytes(self._body)
        self._kind = 0
        self._body.clear()
        if kind == MANIFEST:
            self._manifest = Manifest.from_json(body)
        elif kind == EVENT:
            # A second pass (on_event) reads bytes the first pass checked in full; the
            # whole bundle's hash, compared after it, proves they are the same bytes.
            event = parse_json_object(body, self.limits.max_record_bytes,
                                      canonical=self.check_canonical)
            if self.on_event is not None:  # the bytes are canonical: their hash is the event's
                self.on_event(CanonicalEvent(event, hashlib.sha256(body).hexdigest()),
                              len(body))
        elif kind == ATTACHMENT:
            self._end_attachment(body)
        elif kind == CHECKPOINT:
            self._checkpoint = parse_json_object(body, self.limits.max_record_bytes)
        elif kind == PADDING:
            if body.count(0) != len(body):
                raise _Failed("malformed", "padding is not zero bytes")
        elif kind == SEAL:
            check_seal_shape(body)
            self._seal = body
        else:
            self._signature = body

    def _end_attachment(self, body: bytes) -> None:
        name = body[:NAME_BYTES]
        if name <= self._last_name:
            raise _Failed("malformed", "attachments not in ascending order of their hash")
        if self._attachment.digest() != name:
            raise _Failed("malformed", "attachment bytes do not match their hash")
        self._last_name = name
        if self.on_attachment is not None:
            self.on_attachment(name.hex(), body[NAME_BYTES:])
