"""The port through which the sync use cases reach cryptography and bundle bytes.

Services import neither ``security`` nor ``ppt_desk.sync`` (layer contract); the composition
root hands them an object of this shape (``bootstrap/bundles.py``). A refused bundle raises
``domain.sync.errors.BundleRejected`` with a stable reason code.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Protocol

from ...domain.sync.manifest import Manifest


class WrittenBundle(Protocol):
    @property
    def bundle_hash(self) -> str: ...
    @property
    def size(self) -> int: ...


class VerifiedBundle(Protocol):
    """A bundle every check of which passed; nothing of it has been applied."""

    @property
    def manifest(self) -> Manifest: ...
    @property
    def checkpoint(self) -> dict[str, Any] | None: ...
    @property
    def bundle_hash(self) -> str: ...
    @property
    def counts(self) -> dict[str, int]: ...   # records per section: "events", ...


class StreamedBundle(Protocol):
    """A bundle checked in the same pass as its events are read: ``manifest`` is NOT verified
    until ``events()`` is exhausted without BundleRejected; then ``verified`` holds it."""

    @property
    def manifest(self) -> Manifest: ...
    @property
    def verified(self) -> VerifiedBundle | None: ...
    def events(self) -> Iterator[dict[str, Any]]: ...


SenderKey = Callable[[str, str], bytes]   # (device_id, key_id) -> raw public key, or raises


class BundleCodec(Protocol):
    # keys
    def new_identity(self) -> str: ...
    def recipient_of(self, identity: str) -> str: ...
    def public_key(self, private: bytes) -> bytes: ...
    def sign(self, private: bytes, message: bytes) -> bytes: ...
    def verify_signature(self, public: bytes, signature: bytes, message: bytes) -> bool: ...
    def key_id(self, material: bytes) -> str: ...
    def fingerprint(self, material: bytes) -> str: ...

    # bundles
    def write(self, dest: BinaryIO, manifest: Manifest, events: Iterable[dict[str, Any]],
              checkpoint: dict[str, Any] | None, signing_key: bytes, recipients: list[str],
              progress: Callable[[int], None] | None = None) -> WrittenBundle: ...

    def open(self, path: Path, identities: list[str], own_key_ids: set[str],
             sender_key: SenderKey) -> VerifiedBundle: ...

    def stream(self, path: Path, identities: list[str], own_key_ids: set[str],
               sender_key: SenderKey) -> StreamedBundle:
        """Checks and events in one pass (apply them in a transaction, roll back on a
        BundleRejected from the iterator); an unknown or revoked sender is refused at once."""
        ...

    def peek(self, path: Path, identities: list[str]) -> Manifest:
        """The manifest, decrypting only as far as it: NOT verified (to order files by)."""
        ...

    def events(self, bundle: VerifiedBundle, identities: list[str]) -> Iterator[dict[str, Any]]: ...

    def decrypts(self, path: Path, identities: list[str]) -> bool:
        """Whether the file decrypts completely with ``identities`` (a written copy's check)."""
        ...
