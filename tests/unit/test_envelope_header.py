"""The strict age v1 header parser in front of pyrage: grammar and limits.

The CCTV vectors (tests/integration/test_age_conformance.py) cover the grammar the age
spec defines; these tests cover our own limits and what the vectors leave open.
"""
from __future__ import annotations

import base64
import hashlib
import io

import pytest

from ppt_desk.security.envelope import (
    HEADER_LIMIT, MAX_ARG_CHARS, MAX_ARGS, MAX_STANZAS, EnvelopeError, read_header,
)

MAC = b"--- " + base64.b64encode(bytes(32)).rstrip(b"=") + b"\n"
SHARE = base64.b64encode(bytes([9]) + bytes(31)).rstrip(b"=").decode()  # the base point


def _b64_lines(body: bytes) -> bytes:
    text = base64.b64encode(body).rstrip(b"=")
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"".join(line + b"\n" for line in lines)


def _stanza(kind: str, *args: str, body: bytes = b"") -> bytes:
    return " ".join(("->", kind, *args)).encode() + b"\n" + _b64_lines(body)


def _header(*stanzas: bytes, mac: bytes = MAC) -> bytes:
    return b"age-encryption.org/v1\n" + b"".join(stanzas) + mac


def _code(data: bytes, limit: int = HEADER_LIMIT) -> str:
    with pytest.raises(EnvelopeError) as info:
        read_header(io.BytesIO(data), limit)
    return info.value.code


def test_a_plain_header_parses_and_stops_at_the_mac_line():
    data = _header(_stanza("X25519", SHARE, body=bytes(32)), _stanza("x-grease", "a", "b"))
    src = io.BytesIO(data + b"\x00" * 40)
    header = read_header(src)
    assert header.raw == data and src.tell() == len(data)
    assert header.stanzas[0] == ("X25519", (SHARE,), bytes(32))
    assert header.stanzas[1].type == "x-grease" and header.stanzas[1].args == ("a", "b")
    assert header.mac == bytes(32)


def test_header_byte_limit():
    big = _stanza("grease", body=bytes(3000))
    data = _header(_stanza("X25519", SHARE, body=bytes(32)), big)
    assert read_header(io.BytesIO(data), limit=len(data)).raw == data
    assert _code(data, limit=len(data) - 1) == "too_large"
    # the default limit is 64 KiB: 18 stanzas of 3.9 KiB bodies pass it
    huge = _header(*[_stanza("grease", body=bytes(3900))] * 18)
    assert len(huge) > HEADER_LIMIT
    assert _code(huge) == "too_large"


def test_reading_stops_at_the_limit_on_endless_input():
    class Endless:
        read_total = 0

        def readline(self, size: int = -1) -> bytes:
            assert size > 0, "an unbounded readline"
            self.read_total += size
            return b"A" * size

    src = Endless()
    with pytest.raises(EnvelopeError):
        read_header(src)  # type: ignore[arg-type]
    assert src.read_total <= HEADER_LIMIT


def test_stanza_count_limit():
    one = _stanza("X25519", SHARE, body=bytes(32))
    assert len(read_header(io.BytesIO(_header(*[one] * MAX_STANZAS))).stanzas) == MAX_STANZAS
    assert _code(_header(*[one] * (MAX_STANZAS + 1))) == "too_large"


def test_argument_count_limit():
    assert read_header(io.BytesIO(_header(_stanza("g", *["a"] * MAX_ARGS))))
    assert _code(_header(_stanza("g", *["a"] * (MAX_ARGS + 1)))) == "header"


def test_argument_length_limit():
    assert read_header(io.BytesIO(_header(_stanza("g", "a" * MAX_ARG_CHARS))))
    assert _code(_header(_stanza("g", "a" * (MAX_ARG_CHARS + 1)))) == "header"
    assert _code(_header(_stanza("g" * (MAX_ARG_CHARS + 1)))) == "header"


def test_at_least_one_stanza():
    assert _code(_header()) == "header"


def test_stanza_words_are_vchar_and_single_spaced():
    assert _code(_header(b"-> g  a\n\n")) == "header"
    assert _code(_header(b"-> g a \n\n")) == "header"
    assert _code(_header(b"-> g \xc3\xa9\n\n")) == "header"
    assert _code(_header(b"-> g\ta\n\n")) == "header"


def test_body_lines():
    full = base64.b64encode(bytes(48)).decode()  # exactly 64 characters
    assert read_header(io.BytesIO(_header(f"-> g\n{full}\n\n".encode()))).stanzas[0].body == bytes(48)
    assert _code(_header(f"-> g\n{full}A\n\n".encode())) == "header"       # 65 characters
    assert _code(_header(f"-> g\n{full}\n".encode())) == "header"          # no short last line
    assert _code(_header(b"-> g\nAA==\n")) == "header"                     # padding
    assert _code(_header(b"-> g\nAB\n")) == "header"                       # non-zero spare bits
    assert _code(_header(b"-> g\nA\n")) == "header"                        # impossible length
    assert _code(_header(b"-> g\nA-_A\n")) == "header"                     # URL alphabet


def test_mac_line():
    assert _code(_header(_stanza("g"), mac=b"--- " + b"A" * 42 + b"\n")) == "header"
    assert _code(_header(_stanza("g"), mac=b"--- " + b"A" * 44 + b"\n")) == "header"
    assert _code(_header(_stanza("g"), mac=b"---  " + b"A" * 43 + b"\n")) == "header"
    assert _code(_header(_stanza("g"), mac=b"--- " + b"A" * 43)) == "header"  # no newline
    assert _code(_header(_stanza("g"), mac=b"--- " + b"A" * 42 + b"B\n")) == "header"


def test_version_line():
    body = _header(_stanza("g"))[len(b"age-encryption.org/v1\n"):]
    for first in (b"age-encryption.org/v2\n", b"age-encryption.org/v1 \n",
                  b"-----BEGIN AGE ENCRYPTED FILE-----\n", b"AGE-ENCRYPTION.ORG/V1\n", b""):
        assert _code(first + body) == "header"


def test_x25519_stanza_shape():
    good = _stanza("X25519", SHARE, body=bytes(32))
    assert read_header(io.BytesIO(_header(good)))
    assert _code(_header(_stanza("X25519", SHARE, body=bytes(31)))) == "header"
    assert _code(_header(_stanza("X25519", SHARE, body=bytes(33)))) == "header"
    assert _code(_header(_stanza("X25519", body=bytes(32)))) == "header"
    assert _code(_header(_stanza("X25519", SHARE, SHARE, body=bytes(32)))) == "header"
    short = base64.b64encode(bytes(31)).rstrip(b"=").decode()
    assert _code(_header(_stanza("X25519", short, body=bytes(32)))) == "header"
    zero = base64.b64encode(bytes(32)).rstrip(b"=").decode()  # low order: shared secret 0
    assert _code(_header(_stanza("X25519", zero, body=bytes(32)))) == "header"
    # other stanza types are not judged by X25519's rules
    assert read_header(io.BytesIO(_header(_stanza("x25519", zero, body=bytes(5)))))


def test_scrypt_must_be_alone():
    scrypt = _stanza("scrypt", "AAAAAAAAAAAAAAAAAAAAAA", "10", body=bytes(32))
    assert read_header(io.BytesIO(_header(scrypt)))
    assert _code(_header(scrypt, _stanza("X25519", SHARE, body=bytes(32)))) == "header"


def test_a_failing_source_is_a_header_error():
    class Broken:
        def readline(self, size: int = -1) -> bytes:
            raise OSError("stick pulled")

    with pytest.raises(EnvelopeError) as info:
        read_header(Broken())  # type: ignore[arg-type]
    assert info.value.code == "header"
    assert isinstance(info.value.__cause__, OSError)


def test_sha256_of_the_raw_bytes():
    data = _header(_stanza("g"))
    assert read_header(io.BytesIO(data)).sha256() == hashlib.sha256(data).hexdigest()
