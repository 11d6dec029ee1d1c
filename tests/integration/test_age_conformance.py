"""T1: every X25519, stream and header vector of the C2SP CCTV age suite through our decoder.

The vectors are copied into tests/data/age-cctv/ (0BSD/CC0, README kept) so a clean clone
runs them. Each file: "key: value" lines, a blank line, then the age file (zlib-compressed
when `compressed: zlib`). Armored, scrypt (passphrase) and hybrid (post-quantum) vectors
are outside our envelope and are counted, not silently dropped.
"""
from __future__ import annotations

import base64
import hashlib
import io
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from ppt_desk.security.envelope import EnvelopeError, decrypt, new_identity, read_header

VECTORS = Path(__file__).resolve().parents[1] / "data" / "age-cctv"
EXPECT_CODE = {
    "success": None,
    "header failure": "header",
    "HMAC failure": "hmac",
    "payload failure": "payload",
    "no match": "no_match",
}
# Counts in the copied suite. Dropping or adding a file must be a deliberate change here.
EXPECTED_COUNTS = {"run": 68, "armor": 33, "scrypt": 24, "hybrid": 18}
# Families the issue names: every one of these must be run, none skipped.
RUN_FAMILIES = ("x25519", "stream_", "stanza_", "hmac_", "header_", "version_", "empty")


@dataclass(frozen=True)
class Vector:
    name: str
    meta: dict[str, list[str]]
    age: bytes

    @property
    def expect(self) -> str:
        return self.meta["expect"][0]

    @property
    def payload(self) -> str | None:
        return self.meta.get("payload", [None])[0]

    @property
    def identities(self) -> list[str]:
        return self.meta.get("identity", [])

    @property
    def category(self) -> str:
        if "armored" in self.meta:
            return "armor"
        if any(i.startswith("AGE-SECRET-KEY-PQ-") for i in self.identities):
            return "hybrid"
        if "passphrase" in self.meta and not self.identities:
            return "scrypt"
        # scrypt_and_x25519 carries an X25519 identity: it must be refused as a header.
        return "run"


def _load(path: Path) -> Vector:
    data = path.read_bytes()
    head, sep, body = data.partition(b"\n\n")
    assert sep, f"{path.name}: no blank line after the vector header"
    meta: dict[str, list[str]] = {}
    for line in head.decode("utf-8").split("\n"):
        key, colon, value = line.partition(": ")
        assert colon, f"{path.name}: bad vector header line {line!r}"
        meta.setdefault(key, []).append(value)
    assert meta.get("expect", [""])[0] in EXPECT_CODE or meta["expect"][0] == "armor failure"
    if meta.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    else:
        assert "compressed" not in meta, f"{path.name}: unknown compression"
    return Vector(path.name, meta, body)


ALL = sorted((_load(p) for p in VECTORS.iterdir() if p.name != "README.md"),
             key=lambda v: v.name)
RUN = [v for v in ALL if v.category == "run"]


class _HashSink:
    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def test_the_suite_is_present_and_counted():
    assert (VECTORS / "README.md").is_file(), "keep the vectors' README (licence)"
    counts = {key: sum(v.category == key for v in ALL) for key in EXPECTED_COUNTS}
    assert counts == EXPECTED_COUNTS
    in_families = [v.name for v in ALL if v.name.startswith(RUN_FAMILIES)]
    assert len(in_families) >= EXPECTED_COUNTS["run"] - 1  # all but scrypt_and_x25519
    assert set(in_families) <= {v.name for v in RUN}, "a named family was skipped"
    by_expect = {e: sum(v.expect == e for v in RUN) for e in EXPECT_CODE}
    assert by_expect == {"success": 14, "header failure": 32, "HMAC failure": 1,
                         "payload failure": 18, "no match": 3}


@pytest.mark.parametrize("vector", RUN, ids=lambda v: v.name)
def test_vector(vector: Vector):
    sink = _HashSink()
    identities = vector.identities or [new_identity()]
    code = EXPECT_CODE[vector.expect]
    if code is None:
        decrypt(io.BytesIO(vector.age), sink, identities)
    else:
        with pytest.raises(EnvelopeError) as info:
            decrypt(io.BytesIO(vector.age), sink, identities)
        assert info.value.code == code, info.value.detail
    if vector.payload is not None:
        # all plaintext released to the sink, even before a failure, matches the vector
        assert sink.digest.hexdigest() == vector.payload
    else:
        assert sink.size == 0, "plaintext released although the header was refused"


def _encode(header) -> bytes:
    out = [b"age-encryption.org/v1\n"]
    for stanza in header.stanzas:
        out.append(" ".join(("->", stanza.type, *stanza.args)).encode() + b"\n")
        body = base64.b64encode(stanza.body).rstrip(b"=")
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        if not lines or len(lines[-1]) == 64:
            lines.append(b"")
        out.extend(line + b"\n" for line in lines)
    out.append(b"--- " + base64.b64encode(header.mac).rstrip(b"=") + b"\n")
    return b"".join(out)


@pytest.mark.parametrize("vector", [v for v in RUN if v.expect != "header failure"],
                         ids=lambda v: v.name)
def test_header_parse_is_exact_and_round_trips(vector: Vector):
    src = io.BytesIO(vector.age)
    header = read_header(src)
    assert src.tell() == len(header.raw), "read_header read past the MAC line"
    assert vector.age.startswith(header.raw)
    assert _encode(header) == header.raw
    assert header.sha256() == hashlib.sha256(header.raw).hexdigest()
