"""The envelope of a sync bundle: age v1 with X25519 recipients, through pyrage.

We do not write our own cipher: `pyrage` (the Rust `age` crate) encrypts and decrypts,
streaming in 64 KiB chunks. In front of it sits our own strict parser of the age header
(C2SP age specification), so that a file is judged by one grammar before any key is
tried: the exact bytes that were parsed are the bytes pyrage reads, and the header it
authenticates is the `AgeHeader.raw` we return (whose SHA-256 the bundle seal carries).

Every failure of the envelope is an `EnvelopeError` whose `.code` says which part failed:

    header     the header is not a well-formed age v1 header (or an X25519 stanza is
               invalid: wrong share size, low-order share, wrong wrapped key size)
    hmac       a key matched but the header MAC does not (the header was changed)
    payload    the STREAM payload does not decrypt to its final chunk (truncated,
               reordered, flipped, trailing bytes), or the source could not be read
    no_match   none of our identities opens any recipient stanza
    too_large  the header exceeds its byte limit or has too many stanzas

Exceptions raised by the caller's own `sink` (a record parser refusing its input, a full
disk, a cancel) are not envelope failures: they leave `decrypt` unchanged. So do those
raised by the plaintext source given to `encrypt`.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

import pyrage
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey, X25519PublicKey,
)

CODES = frozenset({"header", "hmac", "payload", "no_match", "too_large"})

VERSION_LINE = b"age-encryption.org/v1\n"
HEADER_LIMIT = 64 * 1024      # bytes from the version line through the MAC line
MAX_STANZAS = 20              # recipients plus the grease stanza pyrage adds
MAX_ARGS = 16                 # arguments after the stanza type
MAX_ARG_CHARS = 256           # characters in the type and in each argument
BODY_LINE_CHARS = 64          # every body line but the last is exactly this long
NONCE_BYTES = 16              # the payload nonce that follows the header
_MAC_CHARS = 43               # base64 of the 32-byte HMAC-SHA-256
_X25519_SHARE_BYTES = 32
_X25519_BODY_BYTES = 32       # a 16-byte file key wrapped with a 16-byte tag
_MAX_STANZA_LINE = 3 + (MAX_ARGS + 1) * (MAX_ARG_CHARS + 1)


class EnvelopeError(Exception):
    """The envelope failed; `.code` is one of CODES, `.detail` names the rule (no data)."""

    def __init__(self, code: str, detail: str = "") -> None:
        if code not in CODES:
            raise ValueError(f"unknown envelope error code {code!r}")
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class Stanza(NamedTuple):
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    raw: bytes                       # "age-encryption.org/v1\n" through the MAC line's "\n"
    stanzas: tuple[Stanza, ...]
    mac: bytes                       # the 32-byte header MAC as written

    def sha256(self) -> str:
        """Hex SHA-256 of the raw header bytes."""
        return hashlib.sha256(self.raw).hexdigest()


# --- keys -----------------------------------------------------------------------------

def new_identity() -> str:
    """A fresh age X25519 identity, "AGE-SECRET-KEY-1..."."""
    return str(pyrage.x25519.Identity.generate())


def _identity(text: object) -> pyrage.x25519.Identity:
    try:
        return pyrage.x25519.Identity.from_str(str(text).strip())
    except Exception as exc:  # pyrage.IdentityError, or anything str() raised
        raise EnvelopeError("no_match", "not an age X25519 identity") from exc


def recipient_of(identity: str) -> str:
    """The "age1..." recipient of an identity."""
    return str(_identity(identity).to_public())


def check_recipient(text: str) -> str:
    """The normalised "age1..." form of an X25519 recipient, or EnvelopeError("header")."""
    if not isinstance(text, str):
        raise EnvelopeError("header", "recipient is not text")
    try:  # pyrage accepts all-upper-case Bech32 and gives it back in lower case
        return str(pyrage.x25519.Recipient.from_str(text.strip()))
    except Exception as exc:  # pyrage.RecipientError
        raise EnvelopeError("header", "not an age X25519 recipient") from exc


# --- header ---------------------------------------------------------------------------

def _b64decode(text: bytes, what: str) -> bytes:
    """Canonical unpadded standard base64, as the age header requires."""
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise EnvelopeError("header", f"{what} is not base64") from exc
    if base64.b64encode(data).rstrip(b"=") != text:
        raise EnvelopeError("header", f"{what} is not canonical base64")
    return data


class _LineReader:
    """Reads the header line by line without ever reading past it."""

    def __init__(self, src: BinaryIO, limit: int) -> None:
        self.src = src
        self.left = limit
        self.raw = bytearray()

    def line(self, max_chars: int) -> bytes:
        """The next line without its "\\n"; at most max_chars before the "\\n"."""
        want = min(max_chars + 1, self.left)
        try:
            got = self.src.readline(want) if want > 0 else b""
        except Exception as exc:
            raise EnvelopeError("header", "the file could not be read") from exc
        if not isinstance(got, (bytes, bytearray)) or len(got) > want:
            raise EnvelopeError("header", "the file could not be read")
        self.raw += got
        self.left -= len(got)
        if got.endswith(b"\n"):
            return bytes(got[:-1])
        if len(got) == want and want <= max_chars:
            raise EnvelopeError("too_large", "header longer than its limit")
        if len(got) == want:
            raise EnvelopeError("header", "header line too long")
        raise EnvelopeError("header", "header ends before its MAC line")


def _stanza_line(line: bytes) -> tuple[str, tuple[str, ...]]:
    words = line[3:].split(b" ")
    if len(words) - 1 > MAX_ARGS:
        raise EnvelopeError("header", "too many stanza arguments")
    for word in words:
        if not word:
            raise EnvelopeError("header", "empty stanza type or argument")
        if len(word) > MAX_ARG_CHARS:
            raise EnvelopeError("header", "stanza argument too long")
        if any(byte < 0x21 or byte > 0x7E for byte in word):
            raise EnvelopeError("header", "stanza argument has a character outside VCHAR")
    return words[0].decode("ascii"), tuple(w.decode("ascii") for w in words[1:])


def _stanza_body(reader: _LineReader) -> bytes:
    body = bytearray()
    while True:
        line = reader.line(BODY_LINE_CHARS)
        body += _b64decode(line, "stanza body")
        if len(line) < BODY_LINE_CHARS:  # a short (possibly empty) line ends the body
            return bytes(body)


def _check_x25519(stanza: Stanza) -> None:
    if len(stanza.args) != 1:
        raise EnvelopeError("header", "X25519 stanza needs exactly one argument")
    share = _b64decode(stanza.args[0].encode("ascii"), "X25519 share")
    if len(share) != _X25519_SHARE_BYTES:
        raise EnvelopeError("header", "X25519 share has the wrong length")
    if len(stanza.body) != _X25519_BODY_BYTES:
        raise EnvelopeError("header", "X25519 stanza body has the wrong length")
    # A low-order share gives the all-zero shared secret for every (clamped) scalar,
    # so a throwaway scalar finds it without our identities.
    peer = X25519PublicKey.from_public_bytes(share)
    try:
        X25519PrivateKey.generate().exchange(peer)
    except ValueError as exc:
        raise EnvelopeError("header", "X25519 share is a low-order point") from exc


def read_header(src: BinaryIO, limit: int = HEADER_LIMIT) -> AgeHeader:
    """Parse an age v1 header strictly; reads exactly through the MAC line's "\\n"."""
    reader = _LineReader(src, limit)
    try:
        version = reader.line(len(VERSION_LINE))
    except EnvelopeError as exc:
        if exc.__cause__ is not None:  # the source failed, not the format
            raise
        raise EnvelopeError(exc.code, "not an age v1 file") from None
    if version + b"\n" != VERSION_LINE:
        raise EnvelopeError("header", "not an age v1 file")
    stanzas: list[Stanza] = []
    while True:
        line = reader.line(_MAX_STANZA_LINE)
        if line.startswith(b"-> "):
            if len(stanzas) == MAX_STANZAS:
                raise EnvelopeError("too_large", "too many recipient stanzas")
            kind, args = _stanza_line(line)
            stanzas.append(Stanza(kind, args, _stanza_body(reader)))
            continue
        if not line.startswith(b"--- ") or len(line) != 4 + _MAC_CHARS:
            raise EnvelopeError("header", "line is neither a stanza nor the MAC")
        mac = _b64decode(line[4:], "header MAC")
        break
    if not stanzas:
        raise EnvelopeError("header", "no recipient stanza")
    if any(s.type == "scrypt" for s in stanzas) and len(stanzas) > 1:
        raise EnvelopeError("header", "an scrypt stanza must be alone")
    for stanza in stanzas:
        if stanza.type == "X25519":
            _check_x25519(stanza)
    return AgeHeader(bytes(reader.raw), tuple(stanzas), mac)


# --- streams handed to pyrage ---------------------------------------------------------

class _Source:
    """What pyrage reads: a prefix already taken from `src`, then `src` itself.

    pyrage calls read(n) and trusts the answer: never more than n bytes, always bytes.
    An exception from `src` is kept in `.error` so the caller can tell it apart.
    """

    def __init__(self, prefix: bytes, src: BinaryIO) -> None:
        self.pending = prefix
        self.src = src
        self.error: BaseException | None = None

    def _fill(self, n: int) -> None:
        try:
            got = self.src.read(n)
        except Exception as exc:
            self.error = exc
            raise OSError("source read failed") from None
        if got is None or not isinstance(got, (bytes, bytearray, memoryview)):
            self.error = OSError("source gave no bytes")
            raise OSError("source read failed")
        self.pending = bytes(got)

    def read(self, n: int = -1) -> bytes:
        n = 64 * 1024 if n is None or n < 0 else n
        if not self.pending and n:
            self._fill(n)
        out, self.pending = self.pending[:n], self.pending[n:]
        return out


class _Sink:
    """What pyrage writes to: every byte reaches `sink`, and pyrage is told so."""

    def __init__(self, sink: BinaryIO) -> None:
        self.sink = sink
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        rest = data
        try:
            while rest:
                written = self.sink.write(rest)
                rest = rest[len(rest) if written is None else written:]
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def flush(self) -> None:
        return None


class _Chunks:
    """A read(n) source over an iterable of byte strings."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks: Iterator[bytes] = iter(chunks)

    def read(self, n: int = -1) -> bytes:
        for chunk in self.chunks:
            if chunk:
                return bytes(chunk)
        return b""


# --- encrypt / decrypt ----------------------------------------------------------------

def encrypt(src: BinaryIO, dest: BinaryIO, recipients: list[str]) -> None:
    """Stream `src` into an age v1 file on `dest` for every recipient ("age1...")."""
    keys: list[str] = []
    for text in recipients:
        key = check_recipient(text)
        if key not in keys:
            keys.append(key)
    if not keys:
        raise EnvelopeError("header", "no recipient")
    if len(keys) >= MAX_STANZAS:  # pyrage adds one grease stanza
        raise EnvelopeError("too_large", "too many recipients")
    source, sink = _Source(b"", src), _Sink(dest)
    try:
        pyrage.encrypt_io(source, sink, [pyrage.x25519.Recipient.from_str(k) for k in keys])
    except BaseException as exc:
        if source.error is not None:
            raise source.error from None
        if sink.error is not None:
            raise sink.error from None
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        raise EnvelopeError("payload", "encryption failed") from exc


def encrypt_chunks(chunks: Iterable[bytes], dest: BinaryIO, recipients: list[str]) -> None:
    """`encrypt` with the plaintext given as an iterable of byte strings (a generator)."""
    encrypt(_Chunks(chunks), dest, recipients)  # type: ignore[arg-type]


def _read_nonce(src: BinaryIO) -> bytes:
    """The payload nonce, plus whatever else an over-eager `src.read` returned."""
    nonce = b""
    try:
        while len(nonce) < NONCE_BYTES:
            got = src.read(NONCE_BYTES - len(nonce))
            if not got:
                break
            nonce += bytes(got)
    except Exception as exc:
        raise EnvelopeError("header", "the file could not be read") from exc
    if len(nonce) < NONCE_BYTES:
        raise EnvelopeError("header", "payload nonce missing")
    return nonce


def _pyrage_code(exc: BaseException) -> tuple[str, str]:
    # pyrage 1.4.0 (age 0.11) raises DecryptError before the payload, with these
    # messages; OSError while streaming the payload. Pinned by the T1 vectors.
    if isinstance(exc, pyrage.DecryptError):
        message = str(exc)
        if "MAC is invalid" in message:
            return "hmac", "header MAC does not match"
        if "No matching keys" in message:
            return "no_match", "no identity opens a recipient stanza"
        return "header", "header refused by the age implementation"
    return "payload", "payload does not decrypt to its final chunk"


def decrypt(src: BinaryIO, sink: BinaryIO, identities: list[str],
            limit: int = HEADER_LIMIT) -> AgeHeader:
    """Check the header, then stream the plaintext into `sink.write`; returns the header.

    Plaintext reaches the sink chunk by chunk as it is authenticated; after a failure the
    caller must discard what it got. Any envelope failure is an EnvelopeError.
    """
    header = read_header(src, limit)
    nonce = _read_nonce(src)
    keys = [_identity(text) for text in identities]
    source, out = _Source(header.raw + nonce, src), _Sink(sink)
    try:
        pyrage.decrypt_io(source, out, keys)
    except BaseException as exc:
        if out.error is not None:
            raise out.error from None
        if source.error is not None:
            raise EnvelopeError("payload", "the file could not be read") from source.error
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        code, detail = _pyrage_code(exc)
        raise EnvelopeError(code, detail) from exc
    return header
