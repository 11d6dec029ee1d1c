"""Adapts ``security`` (keys, the age envelope) and ``ppt_desk.sync`` (bundle bytes) to the
``BundleCodec`` port of the sync use cases. A refused bundle raises
``domain.sync.errors.BundleRejected`` with its reason code."""
from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from ..domain.sync.manifest import Manifest
from ..security import envelope, signing
from ..sync import reader, writer


class BundleCodecImpl:
    new_identity = staticmethod(envelope.new_identity)
    recipient_of = staticmethod(envelope.recipient_of)
    public_key = staticmethod(signing.public_key)
    sign = staticmethod(signing.sign)
    verify_signature = staticmethod(signing.verify)
    key_id = staticmethod(signing.key_id)
    fingerprint = staticmethod(signing.fingerprint)

    def write(self, dest: BinaryIO, manifest: Manifest, events: Iterable[dict[str, Any]],
              checkpoint: dict[str, Any] | None, signing_key: bytes, recipients: list[str],
              progress: Callable[[int], None] | None = None) -> Any:
        return writer.write_bundle(dest, manifest, events, (), checkpoint, signing_key,
                                   recipients, progress)

    def open(self, path: Path, identities: list[str], own_key_ids: set[str],
             sender_key: Callable[[str, str], bytes]) -> Any:
        return reader.verify_bundle(path, identities, own_key_ids, sender_key)

    def stream(self, path: Path, identities: list[str], own_key_ids: set[str],
               sender_key: Callable[[str, str], bytes]) -> Any:
        return reader.stream_bundle(path, identities, own_key_ids, sender_key)

    def peek(self, path: Path, identities: list[str]) -> Any:
        return reader.peek_manifest(path, identities)

    def events(self, bundle: Any, identities: list[str]) -> Iterator[dict[str, Any]]:
        return reader.iter_events(bundle, identities)

    def decrypts(self, path: Path, identities: list[str]) -> bool:
        try:
            with open(path, "rb") as src:
                envelope.decrypt(src, _Discard(), identities)
        except (envelope.EnvelopeError, OSError):
            return False
        return True


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)
