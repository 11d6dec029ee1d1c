"""Table definitions (SQLAlchemy 2 ``Mapped`` rows).

Rows that belong to the case record derive from ``Tracked``: every insert,
update or delete of one writes an outbox event and an audit entry in the same
transaction (see ``changes.py``). Bookkeeping tables (outbox, audit, device
state, drafts) are not tracked. Office-wide settings are tracked; the device's own
settings and letter counters are not (docs/decisions/0011).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Tracked:
    """Marker mixin: changes are recorded in the outbox and the audit chain."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Which case a row belongs to, for the case timeline and sync (None for office data).
    _case_attr: str | None = None


class Office(Tracked, Base):
    __tablename__ = "office"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    province_code: Mapped[str] = mapped_column(String(13))
    regency_code: Mapped[str] = mapped_column(String(13))
    case_prefix: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))


class User(Tracked, Base):
    __tablename__ = "app_user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list] = mapped_column(JSON, default=list)
    # Access to restricted data beyond the role: KESEHATAN (HIV/STI, reproductive health),
    # PELAKU (perpetrators' details). See domain.access.
    grants: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Person(Tracked, Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    sex: Mapped[str] = mapped_column(String(2))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    estimated_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    nik: Mapped[str] = mapped_column(String(16), default="")
    documents: Mapped[list] = mapped_column(JSON, default=list)
    address_text: Mapped[str] = mapped_column(Text, default="")
    province_code: Mapped[str] = mapped_column(String(13), default="")
    regency_code: Mapped[str] = mapped_column(String(13), default="")
    district_code: Mapped[str] = mapped_column(String(13), default="")
    village_code: Mapped[str] = mapped_column(String(13), default="")
    languages: Mapped[list] = mapped_column(JSON, default=list)
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relation: Mapped[str] = mapped_column(String(30), default="")
    guardian_contact: Mapped[str] = mapped_column(String(200), default="")
    # Citizenship (country code, HTCDS vic_Citizenship; issue 13). NULL = not recorded, so
    # that the row digests of persons written before the column are unchanged.
    citizenship: Mapped[str | None] = mapped_column(String(3), nullable=True)
    __table_args__ = (
        Index("ix_person_name", "full_name"),
        Index("ix_person_sex_name", "sex", "full_name"),  # case list sorted by sex
    )


class Case(Tracked, Base):
    __tablename__ = "case_file"
    _case_attr = "id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_number: Mapped[str] = mapped_column(String(40))
    office_id: Mapped[str] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    number_in_year: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    intake_date: Mapped[date] = mapped_column(Date)
    intake_channel: Mapped[str] = mapped_column(String(20))
    referrer_kind: Mapped[str] = mapped_column(String(20), default="")
    referrer_name: Mapped[str] = mapped_column(String(200), default="")
    victim_status: Mapped[str] = mapped_column(String(12))
    victim_role: Mapped[str] = mapped_column(String(14))
    modus: Mapped[list] = mapped_column(JSON, default=list)
    age_at_intake: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_band: Mapped[str | None] = mapped_column(String(8), nullable=True)
    is_child: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    assigned_user_id: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(12), default="AKTIF")
    # Casework stage (resources/casework/stages.json) and the day it was entered.
    stage: Mapped[str] = mapped_column(String(20), default="PERLINDUNGAN",
                                       server_default="PERLINDUNGAN")
    stage_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Ownership (issue 10): only the owning device edits a case; a transfer moves it to another
    # PPT with the next epoch. ``transferred_to`` names where it went ("" = not transferred):
    # the copy left here is read-only ("dipindahkan ke ...").
    owner_device_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    ownership_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    transferred_to: Mapped[str] = mapped_column(String(200), default="", server_default="")
    __table_args__ = (
        UniqueConstraint("office_id", "year", "number_in_year", name="uq_case_number"),
        Index("ix_case_intake_date", "intake_date"),
        Index("ix_case_status", "victim_status", "intake_date"),
        Index("ix_case_assigned", "assigned_user_id", "intake_date"),
        Index("ix_case_age_band", "age_band", "intake_date"),
        # + owner (0012): the secretariat counts pseudonymised cases per device from it alone.
        Index("ix_case_person", "person_id", "owner_device_id"),
        # The case list sorted by these columns walks an index and stops after one page.
        Index("ix_case_number_order", "year", "number_in_year"),
        Index("ix_case_age", "age_at_intake", "intake_date"),
        Index("ix_case_channel", "intake_channel", "intake_date"),
        # The secretariat (0012): cases per owning device, the register by PPT, moved cases.
        Index("ix_case_owner", "owner_device_id", "intake_date"),
        Index("ix_case_epoch", "ownership_epoch"),
    )


class CaseRecord(Tracked, Base):
    """One filled-in casework form (resources/casework/forms.json): an evacuation, a
    shelter stay, a stage form, an allowance entry, a home visit, an obstacle..."""

    __tablename__ = "case_record"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    kind: Mapped[str] = mapped_column(String(30))
    stage: Mapped[str] = mapped_column(String(20))  # the case's stage when first recorded
    record_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    payload: Mapped[dict] = mapped_column(JSON)
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_on: Mapped[date] = mapped_column(Date)  # office calendar day of the last save
    __table_args__ = (Index("ix_case_record_case", "case_id", "kind"),)


class StageChange(Tracked, Base):
    """A stage change: applied at once, or pending a supervisor's approval."""

    __tablename__ = "stage_change"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    from_stage: Mapped[str] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10))  # APPLIED | PENDING | RETURNED | CANCELLED
    requested_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_comment: Mapped[str] = mapped_column(Text, default="")
    # Case fields the change set, with their values before: {"victim_status": "KORBAN"}.
    previous: Mapped[dict] = mapped_column(JSON, default=dict)
    __table_args__ = (Index("ix_stage_change_case", "case_id", "requested_at"),
                      Index("ix_stage_change_status", "status", "requested_at"))


class Consent(Tracked, Base):
    __tablename__ = "consent"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    purpose: Mapped[str] = mapped_column(String(20))
    agency: Mapped[str] = mapped_column(String(200), default="")
    given_by: Mapped[str] = mapped_column(String(10))
    giver_name: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    # What may be shared under this consent (consent_scope codes); empty = identity and
    # case summary only.
    scope: Mapped[list] = mapped_column(JSON, default=list)
    recorded_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_consent_case", "case_id", "purpose"),)


class CaseShare(Tracked, Base):
    """A caseworker other than the assigned one who may see and edit the case."""

    __tablename__ = "case_share"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    shared_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("case_id", "user_id", name="uq_case_share"),
                      Index("ix_case_share_user", "user_id", "case_id"))


class CaseSummary(Base):
    """Derived per-case facts for the today page and record-quality lists (rebuilt from
    the records at any time; not synced). See domain.casework.summarise."""

    __tablename__ = "case_summary"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"),
                                         primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    last_progress: Mapped[date] = mapped_column(Date)
    missing: Mapped[list] = mapped_column(JSON, default=list)
    missing_count: Mapped[int] = mapped_column(Integer)
    allowance_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    allowance_open: Mapped[bool] = mapped_column(Boolean, default=False)
    next_visit: Mapped[date | None] = mapped_column(Date, nullable=True)
    next_visit_kind: Mapped[str] = mapped_column(String(30), default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_case_summary_missing", "closed", "missing_count"),)


class Institution(Tracked, Base):
    """A local entry of the institution directory, added by the office. The national
    starter list ships as data (resources/institutions) and is not stored here."""

    __tablename__ = "institution"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(30))
    level: Mapped[str] = mapped_column(String(20))
    province_code: Mapped[str] = mapped_column(String(13), default="")
    regency_code: Mapped[str] = mapped_column(String(13), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_institution_category", "category", "name"),)


class GroupSession(Tracked, Base):
    """A group counselling / therapy / support session with several participants
    [002:1233-1236]; its participants link it to their cases."""

    __tablename__ = "group_session"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))
    topic: Mapped[str] = mapped_column(String(200))
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    duration_min: Mapped[int | None] = mapped_column(Integer, nullable=True)
    setting: Mapped[str] = mapped_column(String(20), default="")  # DI_DALAM_PANTI | DI_LUAR_PANTI
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_group_session_day", "held_on"),)


class GroupParticipant(Tracked, Base):
    """One participant of a group session: the victim of a case, or a family member of
    that victim (by relation; family members' names are not recorded)."""

    __tablename__ = "group_participant"
    _case_attr = "case_id"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("group_session.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    role: Mapped[str] = mapped_column(String(10))  # KORBAN | KELUARGA
    relation: Mapped[str] = mapped_column(String(30), default="")
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (Index("ix_group_participant_case", "case_id"),
                      Index("ix_group_participant_session", "session_id"))


class CaseModus(Base):
    """One row per (case, modus) so the case list can filter on modus with an index.

    Derived from ``Case.modus`` by the repository; the outbox carries ``Case.modus``.
    """

    __tablename__ = "case_modus"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    __table_args__ = (Index("ix_case_modus_code", "code", "case_id"),)


class SearchToken(Base):
    """Spelling-variant keys of names and aliases, NIK and case-number parts (derived data)."""

    __tablename__ = "search_token"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), primary_key=True)
    __table_args__ = (Index("ix_search_token_case", "case_id"), {"sqlite_with_rowid": False})


class DeviceState(Base):
    """This device's identity, sequence counter and hybrid logical clock."""

    __tablename__ = "device_state"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    hlc_wall_ms: Mapped[int] = mapped_column(Integer, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    # Head of the audit chain, kept beside it so that a truncated chain is noticed.
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
    # Short code of this laptop within its office, printed in letter numbers (KPG-A): "A" for
    # the laptop that set the office up; unique within the office (ADR 0011).
    device_code: Mapped[str] = mapped_column(String(2), default="A")
    # Sync (issue 10): the age X25519 secret bundles to this device are encrypted to (only ever
    # here, inside the encrypted database; made on first use), and the head of the chain of
    # bundles this device sent.
    age_identity: Mapped[str | None] = mapped_column(Text, nullable=True)
    bundle_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_bundle_hash: Mapped[str] = mapped_column(String(64), default="0" * 64,
                                                  server_default="0" * 64)


class OutboxEvent(Base):
    __tablename__ = "outbox_event"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int] = mapped_column(Integer)
    patch: Mapped[dict] = mapped_column(JSON)
    author_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq", name="uq_outbox_device_seq"),
        Index("ix_outbox_case", "case_id", "device_seq"),
        # The person's own events on the case timeline (person rows belong to no case).
        Index("ix_outbox_entity", "entity_id"),
    )


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list] = mapped_column(JSON)
    # SHA-256 of the tracked row as written ("gone" for a delete); NULL for audit-only
    # actions and for entries written before 0007. Part of the hash only when present.
    row_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # verify finds the latest entry of each row through this index.
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id", "seq"),)


class Draft(Base):
    """A form being typed: device-local scratch, never synced (docs/decisions/0003)."""

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("user_id", "kind", name="uq_draft_user_kind"),)


class OfficeSetting(Tracked, Base):
    """One field of an office-wide setting (the letterhead, the casework rules): synced and
    audited like the record. One row per field, so that edits of different fields on two
    laptops merge and only an edit of the same field is a conflict (docs/decisions/0011)."""

    __tablename__ = "office_setting"
    # "<key>.<field>", the same on every laptop of the office: two laptops that first save
    # the same field make the same row, not two rows with one key.
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(36))
    value: Mapped[Any] = mapped_column(JSON)
    __table_args__ = (UniqueConstraint("key", "field", name="uq_office_setting_field"),)


class DeviceSetting(Base):
    """This device's own values that may not live in plain-text QSettings (the search keys'
    rules version): never synced, not audited (docs/decisions/0011)."""

    __tablename__ = "device_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)


class LetterCounter(Base):
    """The last letter number this device gave, per document and year: device-local, never
    synced (the device code in the number keeps laptops apart; docs/decisions/0011)."""

    __tablename__ = "letter_counter"
    document: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


# The sync tables share ``Base``; imported here so the metadata is always complete.
from . import sync_schema  # noqa: E402,F401  (registers its tables)
from . import history_schema  # noqa: E402,F401  (case_history: what a transferred case brought)
from . import reference_schema  # noqa: E402,F401  (the province's reference data)
from . import duplicates_schema  # noqa: E402,F401  (possible duplicates at the secretariat)
from . import conference_schema  # noqa: E402,F401  (case conferences, ADR 0019)
from . import stats_schema  # noqa: E402,F401  (derived statistics facts, RAD entries; ADR 0020)
