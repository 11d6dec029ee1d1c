"""Reading a bundle: the verification pipeline. It applies nothing itself.

``verify_bundle`` checks, in this order, and refuses with the first reason that applies
(``BundleRejected(code, detail)``; docs/formats/bundle-v1.md lists every code):

 1. size: the file is within ``limits.max_file_bytes``                       too_large
 2. it is an age file at all                                                  not_age
 3. strict age header and its MAC, one of our identities opens it       header, hmac,
                                                                  no_match, too_large
 4. the whole payload decrypts, through a valid final chunk, no trailing bytes  payload
 5. the records parse under the limits: order, lengths, canonical JSON,  malformed,
    attachment hashes, the manifest's format and version; nothing missing   truncated,
                                                                too_large, wrong_format,
                                                                    version_unsupported
 6. the signature, by the sender's enrolled, not revoked key   unknown_sender, revoked_sender,
                                                                           bad_signature
 7. one of our keys is among the manifest's recipients                  wrong_recipient
 8. the seal: section counts and hashes, and the age header's hash       seal_mismatch

It decrypts into a parser that keeps only the current record, so memory does not depend on
the bundle's size. It returns only for a bundle that passed every check.

``iter_events`` and ``iter_attachments`` decrypt the file again (a second pass: nothing
decrypted is ever kept on disk or in memory beyond one record) and check at the end that the
plaintext hash and the age header are the ones verified; otherwise, and on any other failure
of the second pass, they raise ``BundleRejected("changed_during_import")``. The caller applies
what they yield in one transaction and commits only after the iterator is exhausted.

``stream_bundle`` reads the next bundle of a sender's chain ONCE: its events are handed over
as they are decrypted (each checked as the first pass checks it), and checks 6-8 run after the
last one; a failure raises from the iterator after the events, and the caller, which applies
them in one transaction and commits only after the iterator is exhausted, rolls back. Its
manifest is read first (``peek_manifest``, unverified) so that an unknown or revoked sender
is refused before any event is looked at.

The caller copies the bundle from the stick to a local file first and verifies that copy: a
stick can be pulled or rewritten between the passes, a local copy in the application's own
folder is not (and a change is still caught by the second pass).
"""
from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.sync.errors import BundleRejected
from ..domain.sync.manifest import Manifest
from ..security import envelope, signing
from .records import DEFAULT, HEAD, MANIFEST, MAX_MANIFEST_BYTES, Limits, Parsed, \
    RecordParser, signed_message

AGE_PREFIX = b"age-encryption.org/"
SenderKey = Callable[[str, str], bytes]


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    checkpoint: dict[str, Any] | None
    bundle_hash: str                # SHA-256 hex of the whole plaintext
    header_sha256: str              # SHA-256 hex of the age header
    counts: dict[str, int]          # records per section
    path: Path
    size: int                       # bytes of the encrypted file
    limits: Limits = DEFAULT


def _first_checks(src: Any, limits: Limits) -> int:
    """Checks 1 and 2 of an open file; its size."""
    size = os.fstat(src.fileno()).st_size
    if size > limits.max_file_bytes:
        raise BundleRejected("too_large", "file over its limit")
    if src.read(len(AGE_PREFIX)) != AGE_PREFIX:
        raise BundleRejected("not_age", "not an age file")
    src.seek(0)
    return size


def _decrypt(path: Path, parser: RecordParser, identities: list[str],
             limits: Limits) -> tuple[envelope.AgeHeader, int]:
    with open(path, "rb") as src:
        size = _first_checks(src, limits)
        try:
            header = envelope.decrypt(src, parser, identities)
        except envelope.EnvelopeError as failed:
            raise BundleRejected(failed.code, failed.detail) from None
    return header, size


def verify_bundle(path: Path, identities: list[str], own_key_ids: set[str],
                  sender_key: SenderKey, limits: Limits = DEFAULT) -> VerifiedBundle:
    """Check a local bundle file completely (module doc); BundleRejected on the first failure.

    ``identities`` are our age identities; ``own_key_ids`` the key ids of their recipients
    (``writer.recipient_key_id``). ``sender_key(device_id, key_id)`` returns the raw Ed25519
    public key of an enrolled sender or raises BundleRejected("unknown_sender") /
    ("revoked_sender").
    """
    path = Path(path)
    parser = RecordParser(limits)
    header, size = _decrypt(path, parser, identities, limits)
    return _verdict(parser.finish(), header, size, path, own_key_ids, sender_key, limits)


def _verdict(parsed: Parsed, header: envelope.AgeHeader, size: int, path: Path,
             own_key_ids: set[str], sender_key: SenderKey, limits: Limits) -> VerifiedBundle:
    """Checks 6-8 of a completely parsed stream: the bundle, or BundleRejected."""
    manifest = parsed.manifest
    public = sender_key(manifest.sender.device_id, manifest.sender.key_id)
    if not isinstance(public, bytes) or signing.key_id(public) != manifest.sender.key_id:
        raise BundleRejected("unknown_sender", "no enrolled key with the sender's key id")
    if not signing.verify(public, parsed.signature, signed_message(parsed.signed_digest)):
        raise BundleRejected("bad_signature", "the signature does not verify")
    if not set(manifest.recipients) & set(own_key_ids):
        raise BundleRejected("wrong_recipient", "none of our keys is among the recipients")
    if parsed.seal != parsed.sections.seal(header.sha256()):
        raise BundleRejected("seal_mismatch", "the seal does not match the bundle")
    return VerifiedBundle(manifest=manifest, checkpoint=parsed.checkpoint,
                          bundle_hash=parsed.bundle_hash, header_sha256=header.sha256(),
                          counts=dict(parsed.sections.counts), path=path, size=size,
                          limits=limits)


class _Stopped(Exception):
    """The consumer of a second pass went away: the decrypting thread ends."""


_DONE = object()


_BATCH_ITEMS = 256                  # events handed over at once ...
_BATCH_BYTES = 1 << 20              # ... or fewer when they are large
_QUEUED_BATCHES = 4


def _second_pass(bundle: VerifiedBundle, identities: list[str], events: bool) -> Iterator[Any]:
    """Decrypt again; hand events (or attachments) over; at the end, the plaintext and the age
    header must be the ones verified, else ``changed_during_import``."""
    def make_parser(add: Callable[[Any, int], None]) -> RecordParser:
        return (RecordParser(bundle.limits, on_event=add) if events else
                RecordParser(bundle.limits, on_attachment=lambda n, b: add((n, b), len(b))))

    def check(parser: RecordParser, header: envelope.AgeHeader, _size: int) -> None:
        parsed = parser.finish()
        if parsed.bundle_hash != bundle.bundle_hash or header.sha256() != bundle.header_sha256:
            raise BundleRejected("changed_during_import", "the bundle is not the one verified")

    def failed(error: Exception) -> BundleRejected:
        if isinstance(error, BundleRejected) and error.code == "changed_during_import":
            return error
        return BundleRejected("changed_during_import",
                              f"second pass: {getattr(error, 'code', 'io')}")
    return _decrypting(bundle.path, identities, bundle.limits, make_parser, check, failed)


def _decrypting(path: Path, identities: list[str], limits: Limits,
                make_parser: Callable[[Callable[[Any, int], None]], RecordParser],
                check: Callable[[RecordParser, envelope.AgeHeader, int], None],
                failed: Callable[[Exception], BundleRejected]) -> Iterator[Any]:
    """Decrypt ``path`` in a thread; hand what the parser yields over in small batches through
    a short queue, so memory stays bounded and the threads rarely trade the GIL; ``check``
    the finished parse at the end. Any failure is raised, as ``failed`` names it, by the
    iterator after the items before it."""
    handoff: queue.Queue[Any] = queue.Queue(maxsize=_QUEUED_BATCHES)
    stop = threading.Event()
    batch: list[Any] = []
    batch_bytes = 0

    def put(item: Any) -> None:
        while True:
            if stop.is_set():
                raise _Stopped()
            try:
                handoff.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def add(item: Any, size: int) -> None:
        nonlocal batch, batch_bytes
        batch.append(item)
        batch_bytes += size
        if len(batch) >= _BATCH_ITEMS or batch_bytes >= _BATCH_BYTES:
            full, batch, batch_bytes = batch, [], 0
            put(full)

    def run() -> None:
        outcome: BaseException | None = None
        try:
            parser = make_parser(add)
            header, size = _decrypt(path, parser, identities, limits)
            check(parser, header, size)
        except _Stopped:
            return
        except Exception as error:  # noqa: BLE001 - handed to the consuming thread
            outcome = failed(error)
        try:
            put(batch)
            put((_DONE, outcome))
        except _Stopped:
            return

    worker = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
    worker.start()
    try:
        while True:
            item = handoff.get()
            if isinstance(item, tuple):
                if item[1] is not None:
                    raise item[1]
                return
            yield from item
    finally:
        stop.set()
        worker.join()


class StreamedBundle:
    """A bundle read and checked in ONE pass while its events are applied (``stream_bundle``).

    ``manifest`` is read from the first chunk and is NOT verified; ``events()`` yields the
    events as they are decrypted, each checked as in the first pass (canonical JSON), and
    after the last one runs every check of ``verify_bundle``: a bundle that fails any raises
    BundleRejected with its reason from the iterator, after its events. The caller applies
    them in one transaction, commits only once the iterator is exhausted, and then has the
    verified bundle in ``verified``; on BundleRejected it rolls back."""

    def __init__(self, path: Path, identities: list[str], own_key_ids: set[str],
                 sender_key: SenderKey, limits: Limits) -> None:
        self.path, self.limits = Path(path), limits
        self._identities, self._own, self._sender_key = identities, own_key_ids, sender_key
        with open(self.path, "rb") as src:
            _first_checks(src, limits)
        self.manifest = peek_manifest(self.path, identities)
        # An unknown or revoked sender is refused before anything is applied.
        sender_key(self.manifest.sender.device_id, self.manifest.sender.key_id)
        self.verified: VerifiedBundle | None = None
        self._used = False

    def events(self) -> Iterator[dict[str, Any]]:
        if self._used:
            raise RuntimeError("a streamed bundle is read once")
        self._used = True

        def make_parser(add: Callable[[Any, int], None]) -> RecordParser:
            return RecordParser(self.limits, on_event=add, check_canonical=True)

        def check(parser: RecordParser, header: envelope.AgeHeader, size: int) -> None:
            parsed = parser.finish()
            if parsed.manifest != self.manifest:
                raise BundleRejected("changed_during_import", "not the manifest read first")
            self.verified = _verdict(parsed, header, size, self.path, self._own,
                                     self._sender_key, self.limits)

        def failed(error: Exception) -> BundleRejected:
            if isinstance(error, BundleRejected):
                return error
            if isinstance(error, OSError):
                return BundleRejected("payload", "the file could not be read")
            return BundleRejected(getattr(error, "code", "malformed"), str(error)[:120])
        return _decrypting(self.path, self._identities, self.limits, make_parser, check, failed)


def stream_bundle(path: Path, identities: list[str], own_key_ids: set[str],
                  sender_key: SenderKey, limits: Limits = DEFAULT) -> StreamedBundle:
    """A bundle to apply while it is checked, in one decryption (``StreamedBundle``)."""
    return StreamedBundle(path, identities, own_key_ids, sender_key, limits)


def iter_events(bundle: VerifiedBundle, identities: list[str]) -> Iterator[dict[str, Any]]:
    """The bundle's events in order, decrypted again; exhaust it before committing."""
    return _second_pass(bundle, identities, events=True)


def iter_attachments(bundle: VerifiedBundle,
                     identities: list[str]) -> Iterator[tuple[str, bytes]]:
    """The bundle's attachments as (sha256 hex, bytes), decrypted again; exhaust it."""
    return _second_pass(bundle, identities, events=False)


class _Peeked(Exception):
    """The manifest is read: stop decrypting."""


class _ManifestSink:
    """Keeps the plaintext only until the first record, the manifest, is complete."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.manifest: Manifest | None = None

    def write(self, data: bytes) -> int:
        self.data += data
        if len(self.data) >= HEAD.size:
            kind, length = HEAD.unpack(bytes(self.data[:HEAD.size]))
            if kind != MANIFEST or length > MAX_MANIFEST_BYTES:
                raise BundleRejected("malformed", "the first record is no manifest")
            if len(self.data) >= HEAD.size + length:
                self.manifest = Manifest.from_json(bytes(self.data[HEAD.size:HEAD.size + length]))
                raise _Peeked()
        return len(data)

    def flush(self) -> None:
        return None


def peek_manifest(path: Path, identities: list[str]) -> Manifest:
    """The manifest of a bundle, decrypting only as far as its end (the first chunk).

    NOT verified: no signature, seal or sender is checked. For putting files in order before
    each is imported (and verified in full); never for trusting what it says. Raises
    BundleRejected or BundleFormatError when it cannot be read."""
    sink = _ManifestSink()
    try:
        with open(path, "rb") as src:
            envelope.decrypt(src, sink, identities)
    except _Peeked:
        assert sink.manifest is not None
        return sink.manifest
    except envelope.EnvelopeError as exc:
        raise BundleRejected(exc.code, "envelope") from None
    except OSError:
        raise BundleRejected("payload", "the file could not be read") from None
    raise BundleRejected("truncated", "the records end before the manifest")
