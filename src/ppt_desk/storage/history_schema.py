"""The history a case brought with it (case transfer between PPTs, issue 10).

A case's timeline is this device's outbox events of the case; a case that came from another
PPT brings the timeline it had there, and each transfer leaves a line saying where it went and
why. Those lines are kept here: this device's own record of what it was handed, never sent as
rows (the province has the originals from the office that wrote them), not ``Tracked``; each
adoption is an audit-only action. ``schema.py`` imports this module so that the metadata is
complete whichever is imported first.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class CaseHistory(Base):
    """One timeline line of a case written at another office (or a transfer's own line)."""

    __tablename__ = "case_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime)
    entity: Mapped[str] = mapped_column(String(40))
    op: Mapped[str] = mapped_column(String(12))
    fields: Mapped[list] = mapped_column(JSON, default=list)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    origin_office: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_case_history_case", "case_id", "at"),)
