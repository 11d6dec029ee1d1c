"""Reference data from the provincial secretariat (issue 10): the province's institution
directory entries as the last reference bundle brought them, and the version applied.

The province's data, not the office's: not ``Tracked`` (no outbox event, it never travels
back), replaced whole by the next set; each replacement is one audit-only action
(``reference_repo.py``). ``schema.py`` imports this module so that the metadata is complete
whichever is imported first.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base


class ReferenceInstitution(Base):
    """One provincial entry of the institution directory (id ``prov-…``), read-only here."""

    __tablename__ = "reference_institution"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(30))
    level: Mapped[str] = mapped_column(String(20))
    province_code: Mapped[str] = mapped_column(String(13), default="")
    regency_code: Mapped[str] = mapped_column(String(13), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReferenceState(Base):
    """Which version of a reference set is applied here, from which device, when."""

    __tablename__ = "reference_state"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)   # "institution"
    version: Mapped[int] = mapped_column(Integer)
    sender_device_id: Mapped[str] = mapped_column(String(36))
    applied_at: Mapped[datetime] = mapped_column(DateTime)
