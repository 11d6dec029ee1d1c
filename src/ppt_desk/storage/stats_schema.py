"""The statistics' tables (issue 13, ADR 0020).

``stat_case`` and ``stat_fact`` are derived data, like ``case_summary``: the facts of each case
(``domain.stats.facts``), rebuilt from the record whenever they are missing or older than
``STATS_VERSION``, never synced, never audited. A write to a case (or its person) deletes the
case's ``stat_case`` row (its facts go with it); the next statistics query rebuilds what is
missing first. Each fact row carries the case's sex, age group, SIMFONI age band, office and
the office's regency, so that one indexed aggregate over ``stat_fact`` answers a whole
Statistik page without a join.

``rad_entry`` is a figure typed in for a RAD indicator that case data cannot answer (campaigns,
trainings, MoUs, budgets, meetings): office data, tracked (audited, and it travels in bundles
to the secretariat like the office's settings).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, Tracked


class StatCase(Base):
    """One row per case whose facts are up to date (``version`` = STATS_VERSION)."""

    __tablename__ = "stat_case"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"),
                                         primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str] = mapped_column(String(36))
    office_id: Mapped[str] = mapped_column(String(36))
    regency_code: Mapped[str] = mapped_column(String(13))   # the office's regency
    intake_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(2))
    age_band: Mapped[str] = mapped_column(String(8))          # "" = unknown
    simfoni_band: Mapped[str] = mapped_column(String(8))      # "" = unknown
    __table_args__ = (
        Index("ix_stat_case_intake", "intake_date", "sex", "age_band", "person_id"),
    )


class StatFact(Base):
    """One fact of a case (see domain.stats.model.Fact), with the case's breakdown columns."""

    __tablename__ = "stat_fact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("stat_case.case_id", ondelete="CASCADE"))
    dim: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(64))
    on_date: Mapped[date] = mapped_column(Date)
    value: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    sex: Mapped[str] = mapped_column(String(2))
    age_band: Mapped[str] = mapped_column(String(8))
    simfoni_band: Mapped[str] = mapped_column(String(8))
    office_id: Mapped[str] = mapped_column(String(36))
    regency_code: Mapped[str] = mapped_column(String(13))
    __table_args__ = (
        Index("ix_stat_fact_case", "case_id"),
        # Covering: event counts, the cases behind a figure and the month rebuild read it alone.
        Index("ix_stat_fact_dim_day", "dim", "on_date", "code", "sex", "age_band",
              "simfoni_band", "case_id", "office_id", "regency_code", "value"),
    )


class StatMonth(Base):
    """The intake-dated facts counted per month (ADR 0020): one row per month, dimension,
    code and breakdown, with how many cases. Each case has one intake day and one fact per
    (dimension, code), so months add up; code "*" of a multi dimension counts the cases with
    any code. A year's page sums ~12 months of these instead of grouping every fact."""

    __tablename__ = "stat_month"
    month: Mapped[date] = mapped_column(Date, primary_key=True)       # its first day
    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    sex: Mapped[str] = mapped_column(String(2), primary_key=True)
    age_band: Mapped[str] = mapped_column(String(8), primary_key=True)
    simfoni_band: Mapped[str] = mapped_column(String(8), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    regency_code: Mapped[str] = mapped_column(String(13), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class StatMonthStale(Base):
    """Months whose ``stat_month`` rows must be rebuilt before the next count."""

    __tablename__ = "stat_month_stale"
    month: Mapped[date] = mapped_column(Date, primary_key=True)


class RadEntry(Tracked, Base):
    """A figure typed in for one RAD indicator, year and semester (0 = the whole year)."""

    __tablename__ = "rad_entry"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    plan: Mapped[str] = mapped_column(String(40))           # the RAD file's code
    indicator: Mapped[str] = mapped_column(String(40))      # the indicator's code in the file
    year: Mapped[int] = mapped_column(Integer)
    semester: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("office_id", "plan", "indicator", "year", "semester",
                         name="uq_rad_entry"),
    )
