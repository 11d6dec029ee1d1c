"""Device cards: how two ppt-desk installations learn each other's public keys.

A card names an office's device and carries its public keys: the Ed25519 key that signs its
bundles and the age X25519 recipient(s) that bundles for it are encrypted to. A secretariat's
card carries two recipients, the operational key and the offline backup key, and every bundle to
the province is encrypted to both. A card is signed by the key it announces (proof that the
sender holds it) and is trusted only after two people compare its short fingerprint by phone.
Cards hold no personal data. Pure: the signature and the fingerprint are computed by the
caller's crypto port over :meth:`DeviceCard.signed_bytes` and :meth:`DeviceCard.key_material`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .errors import BundleFormatError

CARD_FORMAT = "ppt-desk-device-card"
CARD_VERSION = 1
ROLE_PPT = "PPT"
ROLE_SECRETARIAT = "SEKRETARIAT"
ROLES = (ROLE_PPT, ROLE_SECRETARIAT)
MAX_CARD_BYTES = 16 * 1024

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX128 = re.compile(r"^[0-9a-f]{128}$")
_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_CODE = re.compile(r"^[0-9]{0,13}(\.[0-9]{1,4}){0,3}$")
_FIELDS = ("role", "device_id", "office_id", "office_name", "province_code", "regency_code",
           "device_code", "signing_key", "age_recipients", "issued_at")


@dataclass(frozen=True)
class DeviceCard:
    role: str
    device_id: str
    office_id: str
    office_name: str
    province_code: str
    regency_code: str
    device_code: str
    signing_key: str                 # hex of the raw 32-byte Ed25519 public key
    age_recipients: tuple[str, ...]  # PPT: one; secretariat: operational, then offline backup
    issued_at: str

    def body(self) -> dict[str, Any]:
        return {"format": CARD_FORMAT, "version": CARD_VERSION, "role": self.role,
                "device_id": self.device_id, "office_id": self.office_id,
                "office_name": self.office_name, "province_code": self.province_code,
                "regency_code": self.regency_code, "device_code": self.device_code,
                "signing_key": self.signing_key, "age_recipients": list(self.age_recipients),
                "issued_at": self.issued_at}

    def signed_bytes(self) -> bytes:
        return b"ppt-desk-device-card-v1\0" + _canonical(self.body())

    def key_material(self) -> bytes:
        """What the fingerprint covers: the device and every key it announces."""
        return _canonical({"device_id": self.device_id, "signing_key": self.signing_key,
                           "age_recipients": list(self.age_recipients)})

    def to_json(self, signature: bytes) -> bytes:
        return json.dumps({**self.body(), "signature": signature.hex()}, indent=2,
                          ensure_ascii=False).encode("utf-8") + b"\n"


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _text(raw: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None,
          limit: int = 200) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or len(value) > limit or (pattern and not pattern.match(value)):
        raise BundleFormatError("card_malformed", key)
    return value


def parse_card(data: bytes) -> tuple[DeviceCard, bytes]:
    """The card and its signature, strictly parsed; the caller checks the signature."""
    if len(data) > MAX_CARD_BYTES:
        raise BundleFormatError("card_malformed", "too large")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleFormatError("card_malformed", "not JSON") from None
    if not isinstance(raw, dict) or raw.get("format") != CARD_FORMAT:
        raise BundleFormatError("card_wrong_format", "not a device card")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleFormatError("card_malformed", "version")
    if version > CARD_VERSION:
        raise BundleFormatError("card_version_unsupported", str(version))
    unknown = set(raw) - set(_FIELDS) - {"format", "version", "signature"}
    if unknown or version != CARD_VERSION:
        raise BundleFormatError("card_malformed", "unknown fields" if unknown else "version")
    role = _text(raw, "role")
    if role not in ROLES:
        raise BundleFormatError("card_malformed", "role")
    recipients = raw.get("age_recipients")
    wanted = 2 if role == ROLE_SECRETARIAT else 1
    if (not isinstance(recipients, list) or len(recipients) != wanted
            or not all(isinstance(r, str) and _RECIPIENT.match(r) for r in recipients)
            or len(set(recipients)) != len(recipients)):
        raise BundleFormatError("card_malformed", "age_recipients")
    card = DeviceCard(
        role=role, device_id=_text(raw, "device_id", _UUID),
        office_id=_text(raw, "office_id", _UUID), office_name=_text(raw, "office_name"),
        province_code=_text(raw, "province_code", _CODE, 13),
        regency_code=_text(raw, "regency_code", _CODE, 13),
        device_code=_text(raw, "device_code", re.compile(r"^[A-Z0-9]{1,2}$"), 2),
        signing_key=_text(raw, "signing_key", _HEX64, 64),
        age_recipients=tuple(recipients), issued_at=_text(raw, "issued_at", limit=40))
    if not card.office_name.strip():
        raise BundleFormatError("card_malformed", "office_name")
    signature = _text(raw, "signature", _HEX128, 128)
    return card, bytes.fromhex(signature)
