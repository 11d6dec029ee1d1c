"""Recovery codes: 128 random bits, printed as 8 groups of 5 characters.

Each group is 4 data characters plus a check character, so a typo is reported
in the group where it was made; the 32 data characters carry the 128-bit code
and a 32-bit checksum over it. The alphabet is Crockford's base32 (no I, L, O, U),
and reading is forgiving: O -> 0, I/L -> 1, dashes and spaces ignored.
"""
from __future__ import annotations

import hashlib
import secrets

from ..domain.errors import DomainError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1", "U": "V"}
GROUPS = 8
GROUP_DATA = 4
CODE_BYTES = 16


_WEIGHTS = (2, 3, 4, 5)  # distinct, non-zero, and none equal to the check character's 1


def _gf32_mul(a: int, b: int) -> int:
    """Multiplication in GF(32) = GF(2)[x] / (x^5 + x^2 + 1)."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


def _check_char(group_no: int, data: str) -> str:
    # In a field, sum(w_i * x_i) with distinct non-zero weights (the check character having
    # weight 1) changes under every single substitution and every swap of two neighbours,
    # so the typo is always reported in its own group.
    total = (group_no + 1) % 32
    for weight, ch in zip(_WEIGHTS, data):
        total ^= _gf32_mul(weight, _INDEX[ch])
    return ALPHABET[total]


def _to_base32(payload: bytes) -> str:
    number = int.from_bytes(payload, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in range(len(payload) * 8 // 5)]
    return "".join(reversed(chars))


def _from_base32(text: str) -> bytes:
    number = 0
    for ch in text:
        number = number << 5 | _INDEX[ch]
    return number.to_bytes(len(text) * 5 // 8, "big")


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"ppt-desk recovery code" + secret).digest()[:4]


def format_code(secret: bytes) -> str:
    if len(secret) != CODE_BYTES:
        raise ValueError("recovery secret must be 16 bytes")
    data = _to_base32(secret + _checksum(secret))
    groups = []
    for n in range(GROUPS):
        chunk = data[n * GROUP_DATA:(n + 1) * GROUP_DATA]
        groups.append(chunk + _check_char(n, chunk))
    return "-".join(groups)


def new_code() -> tuple[bytes, str]:
    secret = secrets.token_bytes(CODE_BYTES)
    return secret, format_code(secret)


def parse_code(text: str) -> bytes:
    """Return the 16-byte secret, or raise DomainError naming the bad group."""
    cleaned = "".join(_ALIASES.get(ch, ch) for ch in text.upper() if ch.isalnum())
    if len(cleaned) != GROUPS * (GROUP_DATA + 1) or any(ch not in _INDEX for ch in cleaned):
        raise DomainError("recovery_code_length", expected=GROUPS, size=GROUP_DATA + 1)
    data = []
    for n in range(GROUPS):
        group = cleaned[n * 5:(n + 1) * 5]
        if _check_char(n, group[:4]) != group[4]:
            raise DomainError("recovery_code_group", group=n + 1)
        data.append(group[:4])
    payload = _from_base32("".join(data))
    secret, check = payload[:CODE_BYTES], payload[CODE_BYTES:]
    if _checksum(secret) != check:
        raise DomainError("recovery_code_checksum")
    return secret
