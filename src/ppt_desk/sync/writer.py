"""Writing a bundle: records framed, sealed and signed, streamed through the age envelope.

The plaintext is never held whole: a generator frames one record at a time and
``envelope.encrypt_chunks`` pulls from it as pyrage encrypts, so memory does not grow with the
number of events (an attachment is passed on in 64 KiB slices of the bytes the caller gave).

The seal carries the SHA-256 of the age header, which pyrage writes only after it has taken
more than one 64 KiB chunk of plaintext (or at the end). The writer therefore watches what is
written to ``dest``, parses the header there once it appears, and pads a bundle whose records
before the seal are shorter than that with one PADDING record of zero bytes.

``write_bundle`` writes to whatever ``dest`` it is given: the export service writes to a
temporary file, fsyncs, verifies it with ``reader.verify_bundle`` and only then renames it to
:func:`new_bundle_name`. A cancel is an exception raised from ``progress``; it leaves ``dest``
partial and the caller deletes it.
"""
from __future__ import annotations

import hashlib
import io
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..domain.sync.manifest import Manifest, canonical_json
from ..security import envelope, signing
from .records import (
    ATTACHMENT, CHECKPOINT, DEFAULT, EVENT, HEADER_FLUSH_BYTES, MANIFEST, NAME_BYTES, PADDING,
    SEAL, SECTIONS, SIGNATURE, Sections, head, signed_message,
)

SUFFIX = ".ppt-bundle"
NAME_CHARS = 26
_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"
_SLICE = 64 * 1024
_PROGRESS_EVERY = 64
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")


def new_bundle_name() -> str:
    """A file name that says nothing: 26 random base32 characters and ``.ppt-bundle``."""
    return "".join(secrets.choice(_BASE32) for _ in range(NAME_CHARS)) + SUFFIX


def recipient_key_id(recipient: str) -> str:
    """The key id a manifest lists for an age recipient: SHA-256 hex of its "age1..." text."""
    return signing.key_id(envelope.check_recipient(recipient).encode("ascii"))


@dataclass(frozen=True)
class WrittenBundle:
    bundle_hash: str            # SHA-256 hex of the whole plaintext (the chain link)
    size: int                   # bytes written to dest
    counts: dict[str, int]      # records per section: manifest, events, attachments, ...
    header_sha256: str          # SHA-256 hex of the age header, as sealed


class _HeaderWatch:
    """Passes every byte on to ``dest`` and parses the age header once it is all there."""

    def __init__(self, dest: BinaryIO) -> None:
        self.dest = dest
        self.size = 0
        self.header: envelope.AgeHeader | None = None
        self._start = bytearray()

    def write(self, data: bytes) -> int:
        rest = memoryview(data)
        while rest:
            written = self.dest.write(rest)
            rest = rest[len(rest) if written is None else written:]
        self.size += len(data)
        if self.header is None:
            self._start += data
            end = self._start.find(b"\n--- ")
            if end >= 0 and self._start.find(b"\n", end + 1) >= 0:
                self.header = envelope.read_header(io.BytesIO(bytes(self._start)))
                self._start.clear()
        return len(data)

    def flush(self) -> None:
        self.dest.flush()


class _Plaintext:
    """The record generator and its running hashes."""

    def __init__(self, watch: _HeaderWatch, signing_key: bytes,
                 progress: Callable[[int], None] | None) -> None:
        self.watch, self.signing_key, self.progress = watch, signing_key, progress
        self.sections = Sections()
        self.whole = hashlib.sha256()
        self.total = 0

    def _record(self, kind: int, body: bytes) -> bytes:
        framed = head(kind, len(body)) + body
        self._count(kind, framed)
        return framed

    def _count(self, kind: int, data: bytes) -> None:
        self.whole.update(data)
        self.total += len(data)
        if kind in SECTIONS:
            self.sections.update(kind, data)

    def records(self, manifest: Manifest, events: Iterable[dict[str, Any]],
                attachments: Iterable[tuple[str, bytes]],
                checkpoint: dict[str, Any] | None) -> Iterator[bytes]:
        yield self._record(MANIFEST, manifest.to_json())
        self.sections.counts["manifest"] = 1
        written = 0
        for event in events:
            yield self._json(EVENT, event, "event")
            self.sections.counts["events"] += 1
            written += 1
            if self.progress is not None and written % _PROGRESS_EVERY == 0:
                self.progress(written)
        if self.progress is not None and written % _PROGRESS_EVERY:
            self.progress(written)
        yield from self._attachments(attachments)
        if checkpoint is not None:
            yield self._json(CHECKPOINT, checkpoint, "checkpoint")
            self.sections.counts["checkpoint"] = 1
        if self.watch.header is None:
            pad = max(0, HEADER_FLUSH_BYTES - self.total - 5)
            yield self._record(PADDING, bytes(pad))
            self.sections.counts["padding"] = 1
        if self.watch.header is None:  # pyrage changed how it buffers: refuse, loudly
            raise RuntimeError("the age header was not written before the seal")
        yield self._record(SEAL, self.sections.seal(self.watch.header.sha256()))
        signature = signing.sign(self.signing_key, signed_message(self.whole.digest()))
        yield self._record(SIGNATURE, signature)

    def _json(self, kind: int, value: dict[str, Any], what: str) -> bytes:
        if not isinstance(value, dict):
            raise TypeError(f"a bundle {what} must be a dict")
        body = canonical_json(value)
        if len(body) > DEFAULT.max_record_bytes:
            raise ValueError(f"a bundle {what} is larger than a reader accepts")
        return self._record(kind, body)

    def _attachments(self, attachments: Iterable[tuple[str, bytes]]) -> Iterator[bytes]:
        last = ""
        for name, data in attachments:
            if not isinstance(name, str) or not _HEX64.match(name) or name <= last:
                raise ValueError("attachments are named by SHA-256 hex, in ascending order")
            if hashlib.sha256(data).hexdigest() != name:
                raise ValueError("an attachment's bytes do not match its name")
            if len(data) > DEFAULT.max_attachment_bytes:
                raise ValueError("an attachment is larger than a reader accepts")
            last = name
            self.sections.counts["attachments"] += 1
            yield self._record_start(ATTACHMENT, NAME_BYTES + len(data), bytes.fromhex(name))
            view = memoryview(data)
            for start in range(0, len(view), _SLICE):
                piece = bytes(view[start:start + _SLICE])
                self._count(ATTACHMENT, piece)
                yield piece

    def _record_start(self, kind: int, length: int, first: bytes) -> bytes:
        framed = head(kind, length) + first
        self._count(kind, framed)
        return framed


def write_bundle(dest: BinaryIO, manifest: Manifest, events: Iterable[dict[str, Any]],
                 attachments: Iterable[tuple[str, bytes]], checkpoint: dict[str, Any] | None,
                 signing_key: bytes, recipients: list[str],
                 progress: Callable[[int], None] | None = None) -> WrittenBundle:
    """Write one bundle to ``dest``: age v1 for ``recipients``, signed with ``signing_key``.

    ``manifest.recipients`` must be the key ids of ``recipients`` (:func:`recipient_key_id`)
    and ``manifest.sender.key_id`` that of the signing key: a bundle that would say otherwise
    is refused before anything is written (ValueError). ``events`` is consumed lazily, once;
    ``attachments`` are (sha256 hex, bytes) in ascending order of the hash.
    """
    wanted = {recipient_key_id(r) for r in recipients}
    if wanted != set(manifest.recipients):
        raise ValueError("manifest.recipients are not the key ids of the recipients")
    if signing.key_id(signing.public_key(signing_key)) != manifest.sender.key_id:
        raise ValueError("manifest.sender.key_id is not the signing key's id")
    watch = _HeaderWatch(dest)
    plain = _Plaintext(watch, signing_key, progress)
    envelope.encrypt_chunks(plain.records(manifest, events, attachments, checkpoint), watch,
                            recipients)
    assert watch.header is not None
    return WrittenBundle(bundle_hash=plain.whole.hexdigest(), size=watch.size,
                         counts=dict(plain.sections.counts), header_sha256=watch.header.sha256())
