"""security/envelope.py: keys, encrypt/decrypt through the real pyrage, and error codes."""
from __future__ import annotations

import io
import os
import random
import re

import pytest

from ppt_desk.security.envelope import (
    MAX_STANZAS, EnvelopeError, check_recipient, decrypt, encrypt, encrypt_chunks,
    new_identity, read_header, recipient_of,
)

CHUNK = 64 * 1024
IDENTITY = new_identity()
RECIPIENT = recipient_of(IDENTITY)


def _seal(data: bytes, recipients: list[str] | None = None) -> bytes:
    out = io.BytesIO()
    encrypt(io.BytesIO(data), out, [RECIPIENT] if recipients is None else recipients)
    return out.getvalue()


def _open(data: bytes, identities: list[str] | None = None) -> bytes:
    out = io.BytesIO()
    decrypt(io.BytesIO(data), out, [IDENTITY] if identities is None else identities)
    return out.getvalue()


def _code(data: bytes, identities: list[str] | None = None) -> str:
    with pytest.raises(EnvelopeError) as info:
        _open(data, identities)
    return info.value.code


# --- keys -----------------------------------------------------------------------------

def test_identity_and_recipient_forms():
    assert re.fullmatch(r"AGE-SECRET-KEY-1[0-9A-Z]{58}", IDENTITY)
    assert re.fullmatch(r"age1[0-9a-z]{58}", RECIPIENT)
    assert new_identity() != IDENTITY
    assert recipient_of(IDENTITY) == RECIPIENT


def test_check_recipient_normalises_and_refuses():
    assert check_recipient(RECIPIENT) == RECIPIENT
    assert check_recipient(f"  {RECIPIENT}\n") == RECIPIENT
    assert check_recipient(RECIPIENT.upper()) == RECIPIENT
    for bad in ("", "age1", RECIPIENT[:-1] + ("q" if RECIPIENT[-1] != "q" else "p"),
                IDENTITY, RECIPIENT[:10] + RECIPIENT[10:].upper(), "ssh-ed25519 AAAA", None, 5):
        with pytest.raises(EnvelopeError) as info:
            check_recipient(bad)  # type: ignore[arg-type]
        assert info.value.code == "header"


def test_a_bad_identity_is_no_match():
    for bad in ("AGE-SECRET-KEY-1", RECIPIENT, ""):
        with pytest.raises(EnvelopeError) as info:
            recipient_of(bad)
        assert info.value.code == "no_match"
    assert _code(_seal(b"x"), ["AGE-SECRET-KEY-1XYZ"]) == "no_match"


def test_error_codes_are_closed():
    with pytest.raises(ValueError):
        EnvelopeError("bad_signature")


# --- round trips ----------------------------------------------------------------------

@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17])
def test_round_trip(size):
    data = os.urandom(size)
    sealed = _seal(data)
    out = io.BytesIO()
    header = decrypt(io.BytesIO(sealed), out, [IDENTITY])
    assert out.getvalue() == data
    assert sealed.startswith(header.raw)
    assert header.stanzas[0].type == "X25519"


def test_encrypt_chunks_from_a_generator():
    parts = [os.urandom(n) for n in (0, 5, CHUNK, 3, 100_000)]
    out = io.BytesIO()
    encrypt_chunks((p for p in parts), out, [RECIPIENT])
    assert _open(out.getvalue()) == b"".join(parts)


def test_recipients_are_checked_deduplicated_and_bounded():
    with pytest.raises(EnvelopeError) as info:
        encrypt(io.BytesIO(b"x"), io.BytesIO(), [])
    assert info.value.code == "header"
    with pytest.raises(EnvelopeError) as info:
        _seal(b"x", ["age1nonsense"])
    assert info.value.code == "header"
    twice = read_header(io.BytesIO(_seal(b"x", [RECIPIENT, RECIPIENT.upper()])))
    assert sum(s.type == "X25519" for s in twice.stanzas) == 1
    most = [recipient_of(new_identity()) for _ in range(MAX_STANZAS - 1)]
    assert len(read_header(io.BytesIO(_seal(b"x", most))).stanzas) <= MAX_STANZAS
    with pytest.raises(EnvelopeError) as info:
        _seal(b"x", most + [RECIPIENT])
    assert info.value.code == "too_large"


def test_any_of_several_identities_opens():
    other = new_identity()
    sealed = _seal(b"data", [recipient_of(other)])
    assert _open(sealed, [IDENTITY, other]) == b"data"


# --- failures and their codes ---------------------------------------------------------

def test_wrong_key_is_no_match():
    assert _code(_seal(b"x"), [new_identity()]) == "no_match"
    with pytest.raises(EnvelopeError) as info:
        decrypt(io.BytesIO(_seal(b"x")), io.BytesIO(), [])
    assert info.value.code == "no_match"


def test_an_edited_header_that_still_parses_is_hmac():
    sealed = _seal(b"x" * 100)
    raw = read_header(io.BytesIO(sealed)).raw
    mac_at = raw.rindex(b"--- ")
    edited = raw[:mac_at] + b"-> extra-stanza\n\n" + raw[mac_at:] + sealed[len(raw):]
    assert _code(edited) == "hmac"


def test_payload_damage_is_payload():
    data = os.urandom(3 * CHUNK)
    sealed = _seal(data)
    body_at = len(read_header(io.BytesIO(sealed)).raw) + 16
    flipped = bytearray(sealed)
    flipped[body_at + CHUNK + 40] ^= 0x40
    assert _code(bytes(flipped)) == "payload"
    assert _code(sealed[:-1]) == "payload"
    assert _code(sealed[:body_at + CHUNK + 16]) == "payload"
    assert _code(sealed + b"\0") == "payload"
    with pytest.raises(EnvelopeError) as info:
        _open(sealed[:body_at - 3])
    assert (info.value.code, info.value.detail) == ("header", "payload nonce missing")


def test_plaintext_before_a_failure_is_only_authenticated_chunks():
    data = os.urandom(3 * CHUNK)
    sealed = bytearray(_seal(data))
    sealed[-10] ^= 1  # the last chunk
    out = io.BytesIO()
    with pytest.raises(EnvelopeError):
        decrypt(io.BytesIO(bytes(sealed)), out, [IDENTITY])
    assert out.getvalue() == data[:2 * CHUNK]


def test_a_failing_source_is_an_envelope_error():
    sealed = _seal(os.urandom(3 * CHUNK))

    class Pulled(io.BytesIO):
        def read(self, size: int = -1) -> bytes:
            if self.tell() > CHUNK:
                raise OSError("stick pulled")
            return super().read(size)

    with pytest.raises(EnvelopeError) as info:
        decrypt(Pulled(sealed), io.BytesIO(), [IDENTITY])
    assert info.value.code == "payload"
    assert isinstance(info.value.__cause__, OSError)


def test_a_source_that_overshoots_or_cannot_seek_still_decrypts():
    data = os.urandom(2 * CHUNK + 9)
    sealed = _seal(data)

    class Stream:
        """Only read and readline; read may return more than asked for."""

        def __init__(self, payload: bytes) -> None:
            self.inner = io.BytesIO(payload)

        def readline(self, size: int = -1) -> bytes:
            return self.inner.readline(size)

        def read(self, size: int = -1) -> bytes:
            return self.inner.read(size + 1000 if size > 0 else size)

    assert _sink_bytes(Stream(sealed)) == data


def _sink_bytes(src) -> bytes:
    out = io.BytesIO()
    decrypt(src, out, [IDENTITY])
    return out.getvalue()


def test_the_sinks_own_exception_passes_through():
    class Refused(Exception):
        pass

    class Parser:
        seen = 0

        def write(self, data: bytes) -> int:
            self.seen += len(data)
            if self.seen > CHUNK:
                raise Refused("record too long")
            return len(data)

    with pytest.raises(Refused):
        decrypt(io.BytesIO(_seal(os.urandom(3 * CHUNK))), Parser(), [IDENTITY])


def test_short_and_silent_writes_deliver_every_byte():
    data = os.urandom(CHUNK + 500)
    sealed = _seal(data)

    class Trickle:
        def __init__(self) -> None:
            self.got = bytearray()

        def write(self, chunk: bytes) -> int:
            self.got += chunk[:100]
            return min(100, len(chunk))

    class Silent:
        def __init__(self) -> None:
            self.got = bytearray()

        def write(self, chunk: bytes) -> None:
            self.got += chunk

    for sink in (Trickle(), Silent()):
        decrypt(io.BytesIO(sealed), sink, [IDENTITY])  # type: ignore[arg-type]
        assert bytes(sink.got) == data


def test_a_cancel_from_the_plaintext_source_passes_through():
    class Cancelled(Exception):
        pass

    def chunks():
        yield os.urandom(CHUNK)
        yield os.urandom(CHUNK)
        raise Cancelled()

    with pytest.raises(Cancelled):
        encrypt_chunks(chunks(), io.BytesIO(), [RECIPIENT])


def test_a_failing_destination_passes_through():
    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as info:
        encrypt(io.BytesIO(os.urandom(CHUNK * 2)), Full(), [RECIPIENT])  # type: ignore[arg-type]
    assert info.value.errno == 28


def test_mutations_give_only_envelope_errors():
    data = os.urandom(CHUNK + 300)
    sealed = _seal(data)
    rng = random.Random(10)
    accepted = 0
    for _ in range(400):
        mutated = bytearray(sealed)
        kind = rng.randrange(4)
        at = rng.randrange(len(mutated))
        if kind == 0:
            mutated[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            del mutated[at:]
        elif kind == 2:
            del mutated[at:at + rng.randrange(1, 64)]
        else:
            mutated[at:at] = os.urandom(rng.randrange(1, 64))
        try:
            got = _open(bytes(mutated))
        except EnvelopeError as exc:
            assert exc.code in {"header", "hmac", "payload", "no_match", "too_large"}
            continue
        assert got == data
        accepted += 1
    assert accepted == 0
