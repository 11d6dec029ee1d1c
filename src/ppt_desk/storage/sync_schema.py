"""Tables of USB sync (issue 10): enrolled peers, the bundle log, identities that left the
device, received events, peers' checkpoints and conflict items.

All are this device's own bookkeeping: none is ``Tracked`` (their writes are audit-only actions,
see ``sync_repo.py``), none travels as rows. They live beside ``schema.py`` (one module would
pass 500 lines) on the same ``Base``; ``schema.py`` imports this module so that the metadata is
complete whichever is imported first.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class PeerDevice(Base):
    """An enrolled device: another PPT laptop or a key of the provincial secretariat."""

    __tablename__ = "peer_device"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(12))          # PPT | SEKRETARIAT
    office_id: Mapped[str] = mapped_column(String(36))
    office_name: Mapped[str] = mapped_column(String(200))
    province_code: Mapped[str] = mapped_column(String(13), default="")
    regency_code: Mapped[str] = mapped_column(String(13), default="")
    device_code: Mapped[str] = mapped_column(String(2), default="")
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)   # raw Ed25519 public key
    age_recipients: Mapped[list] = mapped_column(JSON, default=list)  # ["age1..."]
    fingerprint: Mapped[str] = mapped_column(String(32))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    enrolled_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")


class BundleLog(Base):
    """Every bundle written (OUT) and every file imported or refused (IN). A re-import is a
    second line with status REPLAY, a refusal one with QUARANTINED: the bundle id is not
    unique (and is "" when the file could not be read far enough to know it)."""

    __tablename__ = "bundle_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    direction: Mapped[str] = mapped_column(String(3))     # IN | OUT
    kind: Mapped[str] = mapped_column(String(12))
    peer_device_id: Mapped[str] = mapped_column(String(36), default="")
    bundle_seq: Mapped[int] = mapped_column(Integer, default=0)
    bundle_hash: Mapped[str] = mapped_column(String(64), default="")
    prev_bundle_hash: Mapped[str] = mapped_column(String(64), default="")
    first_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12))   # SENT | APPLIED | HELD | QUARANTINED | REPLAY
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    by_user: Mapped[str | None] = mapped_column(String(36), nullable=True)
    __table_args__ = (
        Index("ix_bundle_log_bundle", "bundle_id"),
        Index("ix_bundle_log_peer", "direction", "peer_device_id", "bundle_seq"),
        Index("ix_bundle_log_hash", "bundle_hash"),
    )


class BundleIdentity(Base):
    """Which cases an outgoing bundle carried, with their identity or as a pseudonym: the
    answer to "which records were on that stick?" (UU 27/2022, 3×24 hours)."""

    __tablename__ = "bundle_identity"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mode: Mapped[str] = mapped_column(String(10))     # IDENTITAS | PSEUDONIM
    __table_args__ = (Index("ix_bundle_identity_case", "case_id"),
                      {"sqlite_with_rowid": False})


class ReceivedEvent(Base):
    """An event received from another device: applied, or held behind a gap in its origin's
    sequence (then the event itself is kept until it is applied). The content hash tells a
    replay (same) from a fork (different); entity, base version and fields let a later
    incoming edit see what changed here since its base."""

    __tablename__ = "received_event"
    origin_device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(8))     # APPLIED | HELD
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int] = mapped_column(Integer)
    fields: Mapped[list] = mapped_column(JSON, default=list)
    event: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)  # while HELD
    received_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_received_entity", "entity_id", "entity"),
                      Index("ix_received_status", "status", "origin_device_id", "device_seq"))


class PeerCheckpoint(Base):
    """The last signed audit checkpoint accepted from a device (the next must extend it)."""

    __tablename__ = "peer_checkpoint"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(DateTime)


class SyncConflict(Base):
    """A field changed here and in an incoming event with another value (or a whole row,
    field "*"): both values kept, the local one stays in force until a supervisor decides."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    incoming_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    origin_device_id: Mapped[str] = mapped_column(String(36))
    event_id: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(8), default="OPEN")   # OPEN | DECIDED
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    chosen: Mapped[str | None] = mapped_column(String(8), nullable=True)  # LOCAL | INCOMING
    __table_args__ = (Index("ix_sync_conflict_status", "status", "opened_at"),
                      Index("ix_sync_conflict_entity", "entity_id"))
