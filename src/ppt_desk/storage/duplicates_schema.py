"""Possible duplicates at the secretariat (issue 11): pairs of cases from two PPTs that may be
one victim, and the blocking keys the search meets them under.

Province-local, not ``Tracked``: a pair names two offices' cases, and neither PPT may learn of
the other's case through it; the decision is the secretariat's reading, not a change to either
record, and every officer of a multi-officer office shares one store (PostgreSQL), so there is
nothing to sync. Deciding is an audit-only action (``duplicates_repo.py``). ``schema.py``
imports this module so that the metadata is complete whichever is imported first.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base

OPEN, CONFIRMED, DISMISSED = "OPEN", "CONFIRMED", "DISMISSED"


class DuplicatePair(Base):
    """Two cases that may be one person; ``case_a < case_b`` so a pair is stored once."""

    __tablename__ = "duplicate_pair"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_a: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    case_b: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default=OPEN)   # OPEN|CONFIRMED|DISMISSED
    found_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("case_a", "case_b", name="uq_duplicate_pair"),
        CheckConstraint("case_a < case_b", name="ck_duplicate_pair_order"),
        Index("ix_duplicate_pair_b", "case_b"),
        Index("ix_duplicate_pair_status", "status", "score"),
    )


class DuplicateBlock(Base):
    """Derived: one row per blocking key of a case (``domain.duplicates.block_keys``), so
    the search after an import looks up only the cases that share a key with those touched."""

    __tablename__ = "duplicate_block"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"),
                                         primary_key=True)
    __table_args__ = (Index("ix_duplicate_block_case", "case_id"), {"sqlite_with_rowid": False})
