"""Case conferences (issue 12, ADR 0019): the conference, its cases in order, its
participants and its decisions (a decision with something to do is an action item).

All four are ``Tracked`` and travel in sync bundles as group sessions do: ``conference`` and
``conference_participant`` belong to no single case; ``conference_case`` and
``conference_decision`` name their case, so they show in that case's history.
``schema.py`` imports this module so that the metadata is complete whichever is imported first.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, Tracked


class Conference(Tracked, Base):
    __tablename__ = "conference"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))      # conference_kind code
    status: Mapped[str] = mapped_column(String(20))    # DIRENCANAKAN | BERLANGSUNG | ...
    planned_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    problem_focus: Mapped[str] = mapped_column(Text, default="")
    alternatives: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_conference_day", "planned_on"),)


class ConferenceCase(Tracked, Base):
    """A case discussed at a conference; ``position`` 0 is "Korban A" on the projector."""

    __tablename__ = "conference_case"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    position: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_conference_case_case", "case_id"),
                      Index("ix_conference_case_conference", "conference_id"))


class ConferenceParticipant(Tracked, Base):
    """Someone at the conference: name, institution (directory id, national or local),
    role, and the day they signed the confidentiality acknowledgement."""

    __tablename__ = "conference_participant"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    institution_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    role: Mapped[str] = mapped_column(String(30))
    acknowledged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (Index("ix_conference_participant_conference", "conference_id"),)


class ConferenceDecision(Tracked, Base):
    """A decision about one case; with ``action_what`` it is an action item until done."""

    __tablename__ = "conference_decision"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    conference_id: Mapped[str] = mapped_column(ForeignKey("conference.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    action_what: Mapped[str] = mapped_column(Text, default="")
    action_who_institution_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action_who_person: Mapped[str] = mapped_column(String(200), default="")
    action_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    __table_args__ = (Index("ix_conference_decision_conference", "conference_id"),
                      Index("ix_conference_decision_case", "case_id", "done_on"))
