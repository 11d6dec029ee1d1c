"""The keyslot file: the database's random data key, wrapped once per user and once for recovery.

All slots open the same data key, so separation between users on one laptop is
access control in the app, not cryptography (see docs/security.md).
The file is written atomically with a backup copy; a damaged file is restored
from the copy when it is read.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..domain.errors import DomainError
from ..domain.ids import uuid7
from ..atomic import atomic_write
from .kdf import KdfParams, derive

FORMAT = "ppt-desk-keyslots"
VERSION = 1
RECOVERY_SLOT = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class UserSlot:
    slot_id: str
    user_id: str
    username: str


class KeyslotFile:
    """Reads and writes ``keyslots.json`` (and ``keyslots.json.bak``) in a data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup = path.with_name(path.name + ".bak")
        self._data: dict[str, Any] | None = None

    # -- reading ---------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists() or self.backup.exists()

    def _parse(self, raw: bytes) -> dict[str, Any]:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a keyslot file")
        # Checksum first: a damaged version field must restore from the backup, not
        # pass for a file written by a newer ppt-desk.
        body = {k: v for k, v in data.items() if k != "checksum"}
        if hashlib.sha256(_canonical(body)).hexdigest() != data.get("checksum"):
            raise ValueError("checksum mismatch")
        if data.get("version") != VERSION:
            raise DomainError("keyslots_newer", version=data.get("version"))
        return data

    def load(self) -> dict[str, Any]:
        """Load the file; fall back to (and restore from) the backup when damaged."""
        if self._data is not None:
            return self._data
        try:
            self._data = self._parse(self.path.read_bytes())
        except DomainError:
            raise
        except (OSError, ValueError, KeyError, TypeError):
            try:
                raw = self.backup.read_bytes()
                self._data = self._parse(raw)
            except DomainError:
                raise
            except (OSError, ValueError, KeyError, TypeError):
                raise DomainError("keyslots_damaged") from None
            atomic_write(self.path, raw)  # restore the main copy
        return self._data

    @property
    def database_id(self) -> str:
        return self.load()["database_id"]

    def user_slots(self) -> list[UserSlot]:
        return [
            UserSlot(s["id"], s["user_id"], s["username"])
            for s in self.load()["slots"]
            if s["kind"] == "user"
        ]

    def slot_for_username(self, username: str) -> dict[str, Any]:
        wanted = username.strip().casefold()
        for slot in self.load()["slots"]:
            if slot["kind"] == "user" and slot["username"].casefold() == wanted:
                return slot
        raise DomainError("unknown_user")

    # -- key wrapping ----------------------------------------------------
    def _ad(self, database_id: str, slot: dict[str, Any]) -> bytes:
        bound = {k: slot[k] for k in ("id", "kind", "user_id", "kdf") if k in slot}
        bound["database_id"] = database_id
        return _canonical(bound)

    def _wrap(self, database_id: str, slot: dict[str, Any], kek: bytes, data_key: bytes) -> None:
        nonce = os.urandom(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped"] = _b64(AESGCM(kek).encrypt(nonce, data_key, self._ad(database_id, slot)))

    def _unwrap(self, slot: dict[str, Any], kek: bytes) -> bytearray:
        try:
            key = AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._ad(self.database_id, slot)
            )
        except InvalidTag:
            raise DomainError("wrong_password") from None
        return bytearray(key)

    @staticmethod
    def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
        # The recovery secret is 128 random bits: a slow KDF adds nothing.
        return HKDF(hashes.SHA256(), 32, salt, b"ppt-desk recovery slot").derive(secret)

    def _user_slot(self, database_id: str, user_id: str, username: str, password: str,
                   params: KdfParams, data_key: bytes) -> dict[str, Any]:
        salt = os.urandom(16)
        slot: dict[str, Any] = {
            "id": uuid7(), "kind": "user", "user_id": user_id, "username": username,
            "kdf": {**params.to_json(), "salt": _b64(salt)},
        }
        self._wrap(database_id, slot, derive(password.encode(), salt, params), data_key)
        return slot

    # -- writing ---------------------------------------------------------
    def _save(self, data: dict[str, Any]) -> None:
        body = {k: v for k, v in data.items() if k != "checksum"}
        data = {**body, "checksum": hashlib.sha256(_canonical(body)).hexdigest()}
        raw = json.dumps(data, indent=1, sort_keys=True).encode()
        atomic_write(self.path, raw)
        atomic_write(self.backup, raw)
        self._data = data

    def create(self, database_id: str, data_key: bytes, user_id: str, username: str,
               password: str, params: KdfParams, recovery_secret: bytes,
               secrets: dict[str, bytes] | None = None) -> None:
        if self.exists():
            raise DomainError("keyslots_exist")
        salt = os.urandom(16)
        recovery: dict[str, Any] = {"id": RECOVERY_SLOT, "kind": "recovery",
                                    "kdf": {"alg": "hkdf-sha256", "salt": _b64(salt)}}
        self._wrap(database_id, recovery, self._recovery_kek(recovery_secret, salt), data_key)
        user = self._user_slot(database_id, user_id, username, password, params, data_key)
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "database_id": database_id,
                                "slots": [recovery, user]}
        for name, secret in (secrets or {}).items():
            self._seal_secret(data, data_key, name, secret)
        self._save(data)

    def unlock_password(self, username: str, password: str) -> tuple[str, bytearray]:
        """Return (user_id, data key) or raise DomainError('wrong_password'/'unknown_user')."""
        slot = self.slot_for_username(username)
        kdf = slot["kdf"]
        kek = derive(password.encode(), _unb64(kdf["salt"]), KdfParams.from_json(kdf))
        return slot["user_id"], self._unwrap(slot, kek)

    def unlock_recovery(self, secret: bytes) -> bytearray:
        slot = next(s for s in self.load()["slots"] if s["kind"] == "recovery")
        try:
            return self._unwrap(slot, self._recovery_kek(secret, _unb64(slot["kdf"]["salt"])))
        except DomainError:
            raise DomainError("wrong_recovery_code") from None

    def set_user_password(self, data_key: bytes, user_id: str, username: str, password: str,
                          params: KdfParams) -> None:
        """Add or replace the user's slot; the data key (and so the database) is unchanged."""
        data = json.loads(json.dumps(self.load()))
        slots = [s for s in data["slots"] if not (s["kind"] == "user" and s["user_id"] == user_id)]
        if any(s["kind"] == "user" and s["username"].casefold() == username.casefold() for s in slots):
            raise DomainError("username_taken")
        slots.append(self._user_slot(data["database_id"], user_id, username, password, params, data_key))
        data["slots"] = slots
        self._save(data)

    def remove_user(self, user_id: str) -> None:
        data = json.loads(json.dumps(self.load()))
        data["slots"] = [s for s in data["slots"] if s.get("user_id") != user_id]
        self._save(data)

    def replace_recovery(self, data_key: bytes, recovery_secret: bytes) -> None:
        data = json.loads(json.dumps(self.load()))
        salt = os.urandom(16)
        recovery: dict[str, Any] = {"id": RECOVERY_SLOT, "kind": "recovery",
                                    "kdf": {"alg": "hkdf-sha256", "salt": _b64(salt)}}
        self._wrap(data["database_id"], recovery, self._recovery_kek(recovery_secret, salt), data_key)
        data["slots"] = [recovery] + [s for s in data["slots"] if s["kind"] != "recovery"]
        self._save(data)

    # -- secrets sealed with the data key (the PostgreSQL role's password) -----------------
    @staticmethod
    def _secret_kek(data_key: bytes, name: str) -> bytes:
        return HKDF(hashes.SHA256(), 32, None, b"ppt-desk secret " + name.encode()).derive(data_key)

    @staticmethod
    def _secret_ad(database_id: str, name: str) -> bytes:
        return _canonical({"database_id": database_id, "secret": name})

    def _seal_secret(self, data: dict[str, Any], data_key: bytes, name: str, secret: bytes) -> None:
        nonce = os.urandom(12)
        sealed = AESGCM(self._secret_kek(data_key, name)).encrypt(
            nonce, secret, self._secret_ad(data["database_id"], name))
        data.setdefault("secrets", {})[name] = {"nonce": _b64(nonce), "sealed": _b64(sealed)}

    def store_secret(self, data_key: bytes, name: str, secret: bytes) -> None:
        """Keep ``secret`` (e.g. the store's database password) sealed with the data key: it
        opens with any user's password or the recovery code, never from the file alone."""
        data = json.loads(json.dumps(self.load()))
        self._seal_secret(data, data_key, name, secret)
        self._save(data)

    def open_secret(self, data_key: bytes, name: str) -> bytes | None:
        """The secret sealed under ``name``, or None when there is none."""
        entry = self.load().get("secrets", {}).get(name)
        if entry is None:
            return None
        try:
            return AESGCM(self._secret_kek(data_key, name)).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["sealed"]),
                self._secret_ad(self.database_id, name))
        except (InvalidTag, KeyError, TypeError, ValueError):
            raise DomainError("keyslots_damaged") from None
