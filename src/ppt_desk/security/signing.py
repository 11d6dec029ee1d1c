"""Ed25519 signatures and key fingerprints for sync bundles and device cards.

Keys are raw bytes: a 32-byte private key (the seed) and a 32-byte public key.
`key_id` names a public key exactly (full SHA-256, hex); `fingerprint` is the short
form two people read to each other over the phone before trusting a key: the first
80 bits of the same SHA-256 in Crockford base32, 16 characters in groups of four.
"""
from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey, Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding, NoEncryption, PrivateFormat, PublicFormat,
)

KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_CHARS = 16
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


class SignatureError(Exception):
    """A key of the wrong shape was given to sign with or derive from."""


def _private(private: bytes) -> Ed25519PrivateKey:
    if not isinstance(private, (bytes, bytearray)) or len(private) != KEY_BYTES:
        raise SignatureError("signing key must be 32 raw bytes")
    return Ed25519PrivateKey.from_private_bytes(bytes(private))


def new_signing_key() -> bytes:
    """A fresh raw 32-byte Ed25519 private key."""
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_key(private: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return _private(private).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(private: bytes, message: bytes) -> bytes:
    """A 64-byte Ed25519 signature of `message`."""
    return _private(private).sign(bytes(message))


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    """True only for a valid signature; any malformed input is simply False."""
    try:
        if len(public) != KEY_BYTES or len(signature) != SIGNATURE_BYTES:
            return False
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(
            bytes(signature), bytes(message))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def key_id(material: bytes) -> str:
    """Full SHA-256 of the public key material, lowercase hex (64 characters)."""
    return hashlib.sha256(bytes(material)).hexdigest()


def fingerprint(material: bytes) -> str:
    """Short comparison form: 16 Crockford base32 characters of SHA-256, "7KQF-2M9X-4TRA-8WZC"."""
    bits = FINGERPRINT_CHARS * 5
    number = int.from_bytes(hashlib.sha256(bytes(material)).digest()[:bits // 8], "big")
    chars = "".join(_ALPHABET[(number >> (5 * (FINGERPRINT_CHARS - 1 - i))) & 31]
                    for i in range(FINGERPRINT_CHARS))
    return "-".join(chars[i:i + 4] for i in range(0, FINGERPRINT_CHARS, 4))
