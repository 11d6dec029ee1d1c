"""Ed25519 signing, key ids and phone fingerprints (security/signing.py)."""
from __future__ import annotations

import base64
import hashlib
import re

import pytest

from ppt_desk.security.signing import (
    SignatureError, fingerprint, key_id, new_signing_key, public_key, sign, verify,
)

# RFC 8032, section 7.1, TEST 2 (one-byte message).
RFC_SECRET = bytes.fromhex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
RFC_PUBLIC = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
RFC_MESSAGE = bytes.fromhex("72")
RFC_SIGNATURE = bytes.fromhex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
    "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")
FINGERPRINT_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def test_rfc8032_vector():
    assert public_key(RFC_SECRET) == RFC_PUBLIC
    assert sign(RFC_SECRET, RFC_MESSAGE) == RFC_SIGNATURE
    assert verify(RFC_PUBLIC, RFC_SIGNATURE, RFC_MESSAGE) is True


def test_round_trip_and_sizes():
    private = new_signing_key()
    assert isinstance(private, bytes) and len(private) == 32
    assert new_signing_key() != private
    public = public_key(private)
    assert len(public) == 32
    signature = sign(private, b"bundle")
    assert len(signature) == 64
    assert verify(public, signature, b"bundle")


def test_verify_refuses_every_change_without_raising():
    private = new_signing_key()
    public = public_key(private)
    signature = sign(private, b"bundle")
    assert not verify(public, signature, b"bundlE")
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not verify(public, flipped, b"bundle")
    assert not verify(public_key(new_signing_key()), signature, b"bundle")
    # malformed inputs: False, never an exception
    assert not verify(public[:31], signature, b"bundle")
    assert not verify(public, signature[:63], b"bundle")
    assert not verify(public, signature + b"\0", b"bundle")
    assert not verify(b"", b"", b"")
    assert not verify(None, signature, b"bundle")  # type: ignore[arg-type]
    assert not verify(public, signature, None)  # type: ignore[arg-type]
    assert not verify(b"\xff" * 32, signature, b"bundle")  # not a curve point


def test_bad_private_key_is_a_signature_error():
    for bad in (b"", b"\0" * 31, b"\0" * 33, "x" * 32):
        with pytest.raises(SignatureError):
            public_key(bad)  # type: ignore[arg-type]
        with pytest.raises(SignatureError):
            sign(bad, b"m")  # type: ignore[arg-type]


def test_key_id_is_full_sha256_hex():
    assert key_id(RFC_PUBLIC) == hashlib.sha256(RFC_PUBLIC).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", key_id(b"anything"))


def _crockford_reference(data: bytes) -> str:
    # RFC 4648 base32 and Crockford's share the bit order; only the alphabet differs.
    plain = base64.b32encode(data).decode()
    return plain.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                                         "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))


def test_fingerprint_is_crockford_of_sha256_prefix():
    for material in (RFC_PUBLIC, b"", b"age1xyz", bytes(range(32))):
        fp = fingerprint(material)
        assert FINGERPRINT_SHAPE.fullmatch(fp), fp
        expected = _crockford_reference(hashlib.sha256(material).digest()[:10])
        assert fp.replace("-", "") == expected
    assert fingerprint(RFC_PUBLIC) != fingerprint(public_key(new_signing_key()))


def test_fingerprint_known_value():
    # Pinned so a change of alphabet, prefix length or grouping is caught.
    assert fingerprint(b"") == "WERC-8GMR-ZGE1-96QV"
