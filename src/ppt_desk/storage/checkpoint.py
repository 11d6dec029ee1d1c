"""The last audit checkpoint, kept signed outside the database (issue 10, T8).

SQLCipher cannot tell an old copy of the database put back from the current one: both
decrypt and verify. So the head of the audit chain ``(device_id, seq, head_hash)`` is signed
with the device's Ed25519 key and kept in ``checkpoint.json`` in the data folder, written
when the session locks or closes and when a bundle is exported (``write_checkpoint``).
``verify`` then names a database older than the checkpoint, or one whose chain went another
way (``storage/verify.py``). The file holds a device id, a number and a hash: nothing about
a person.

The kept checkpoint never moves backwards nor onto another chain: a database put back is
not allowed to erase the evidence of what it replaced. An administrator who restored a
backup on purpose removes the file by hand (docs/security.md).
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select

from ..atomic import atomic_file
from ..security.signing import public_key, sign, verify
from ..domain.sync.chain import checkpoint_message
from .changes import GENESIS
from .schema import AuditEntry, DeviceState

log = logging.getLogger(__name__)

CHECKPOINT_FILE = "checkpoint.json"
FORMAT = "ppt-desk-checkpoint"
VERSION = 1
_MAX_BYTES = 4096


class CheckpointError(Exception):
    """The checkpoint file cannot be read or is not one (``code``: unreadable, malformed)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Checkpoint:
    device_id: str
    seq: int
    head_hash: str

    def message(self) -> bytes:
        """The signed bytes: the same as for the checkpoint every bundle carries."""
        return checkpoint_message(self.device_id, self.seq, self.head_hash)


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    signature: bytes

    def valid(self, public: bytes) -> bool:
        return verify(public, self.signature, self.checkpoint.message())

    def to_json(self) -> dict[str, Any]:
        cp = self.checkpoint
        return {"format": FORMAT, "version": VERSION, "device_id": cp.device_id, "seq": cp.seq,
                "head_hash": cp.head_hash, "signature": self.signature.hex()}

    @staticmethod
    def from_json(data: Any) -> "SignedCheckpoint":
        """Strict: exactly the keys ``to_json`` writes; else CheckpointError('malformed')."""
        keys = {"format", "version", "device_id", "seq", "head_hash", "signature"}
        if not isinstance(data, dict) or set(data) != keys:
            raise CheckpointError("malformed")
        if data["format"] != FORMAT or data["version"] != VERSION:
            raise CheckpointError("malformed")
        seq, head, device = data["seq"], data["head_hash"], data["device_id"]
        if (not isinstance(seq, int) or isinstance(seq, bool) or seq < 0
                or not isinstance(device, str) or not 0 < len(device) <= 64
                or not _is_hex(head, 64) or not _is_hex(data["signature"], 128)):
            raise CheckpointError("malformed")
        return SignedCheckpoint(Checkpoint(device, seq, head), bytes.fromhex(data["signature"]))


def _is_hex(value: Any, length: int) -> bool:
    return (isinstance(value, str) and len(value) == length
            and all(c in "0123456789abcdef" for c in value))


def _state(conn: Connection) -> Any:
    state = conn.execute(select(DeviceState.device_id, DeviceState.signing_key,
                                DeviceState.audit_seq, DeviceState.audit_hash)).first()
    if state is None:
        raise RuntimeError("device state missing")
    return state


def signed_checkpoint(conn: Connection) -> SignedCheckpoint:
    """The database's audit head, signed with the device key (for the file and for bundles)."""
    state = _state(conn)
    checkpoint = Checkpoint(state.device_id, state.audit_seq, state.audit_hash)
    return SignedCheckpoint(checkpoint, sign(bytes(state.signing_key), checkpoint.message()))


def device_public_key(conn: Connection) -> bytes:
    return public_key(bytes(_state(conn).signing_key))


def entry_hash(conn: Connection, seq: int) -> str | None:
    """The hash of audit entry ``seq`` (the genesis value for 0), None if there is none."""
    if seq == 0:
        return GENESIS
    return conn.execute(select(AuditEntry.hash).where(AuditEntry.seq == seq)).scalar()


def read_checkpoint(path: Path) -> SignedCheckpoint | None:
    """The kept checkpoint; None when there is no file. CheckpointError when unreadable."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise CheckpointError("unreadable") from None
    if len(raw) > _MAX_BYTES:
        raise CheckpointError("malformed")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CheckpointError("malformed") from None
    return SignedCheckpoint.from_json(data)


def _extends(conn: Connection, kept: SignedCheckpoint | None, new: Checkpoint,
             public: bytes) -> bool:
    """Whether ``new`` may replace ``kept``: none kept, or ours and an ancestor of ``new``."""
    if kept is None:
        return True
    old = kept.checkpoint
    return (kept.valid(public) and old.device_id == new.device_id and old.seq <= new.seq
            and entry_hash(conn, old.seq) == old.head_hash)


def write_checkpoint(source: Engine | Connection, folder: Path) -> Checkpoint | None:
    """Keep the database's signed audit head in ``folder``/checkpoint.json (atomically).

    Call it after a commit (on lock, at exit, after a bundle export): a checkpoint of a
    transaction that is then rolled back would be ahead of the database. Returns the
    checkpoint written, or None when the kept one is ahead of this database, on another
    chain, or not valid: then the file is left as it is, for ``verify`` to report.
    """
    if isinstance(source, Engine):
        with source.connect() as conn:
            return write_checkpoint(conn, folder)
    path = Path(folder) / CHECKPOINT_FILE
    signed = signed_checkpoint(source)
    try:
        kept = read_checkpoint(path)
    except CheckpointError as exc:
        log.warning("checkpoint file not replaced: %s", exc.code)
        return None
    if not _extends(source, kept, signed.checkpoint, device_public_key(source)):
        log.warning("checkpoint file not replaced: this database does not extend it")
        return None
    if kept is not None and kept.checkpoint == signed.checkpoint:
        return signed.checkpoint
    with atomic_file(path, "w") as handle:
        json.dump(signed.to_json(), handle, sort_keys=True)
    return signed.checkpoint
