"""The intake record of a person and a case, and its validation rules."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .age import age_at_intake, is_child
from .errors import ValidationFailed

NIK_PATTERN = re.compile(r"[0-9]{16}")  # ASCII digits only; used with fullmatch
MAX_ESTIMATED_AGE = 120


@dataclass(frozen=True)
class IdentityDocument:
    doc_type: str
    number: str
    note: str = ""


@dataclass(frozen=True)
class Guardian:
    name: str = ""
    relation: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Address:
    text: str = ""
    province_code: str = ""
    regency_code: str = ""
    district_code: str = ""
    village_code: str = ""


@dataclass(frozen=True)
class CaseIntake:
    """Everything the intake form records for a new case."""

    full_name: str
    sex: str
    intake_date: date
    intake_channel: str
    victim_status: str
    victim_role: str = "KORBAN"
    aliases: tuple[str, ...] = ()
    birth_date: date | None = None
    estimated_age: int | None = None
    nik: str = ""
    documents: tuple[IdentityDocument, ...] = ()
    origin: Address = field(default_factory=Address)
    languages: tuple[str, ...] = ()
    needs_interpreter: bool = False
    # Country code (code list "country"); "" = not recorded (persons registered before the
    # field, stored as NULL). The form preselects Indonesia.
    citizenship: str = ""
    guardian: Guardian = field(default_factory=Guardian)
    referrer_kind: str = ""
    referrer_name: str = ""
    modus: tuple[str, ...] = ()
    assigned_user_id: str | None = None
    notes: str = ""

    @property
    def age(self) -> int | None:
        return age_at_intake(self.intake_date, self.birth_date, self.estimated_age)


@dataclass(frozen=True)
class IntakeVocabulary:
    """The codes the intake may use (from the code lists)."""

    sexes: frozenset[str]
    channels: frozenset[str]
    statuses: frozenset[str]
    roles: frozenset[str]
    modus: frozenset[str]
    doc_types: frozenset[str]
    languages: frozenset[str]
    countries: frozenset[str] = frozenset()


def validate_intake(intake: CaseIntake, vocab: IntakeVocabulary, today: date) -> None:
    """Raise ValidationFailed naming every field that is wrong, or return."""
    problems: dict[str, str] = {}
    if len(intake.full_name.strip()) < 2:
        problems["full_name"] = "name_required"
    if intake.sex not in vocab.sexes:
        problems["sex"] = "sex_required"
    if intake.intake_date > today:
        problems["intake_date"] = "date_in_future"
    if intake.intake_channel not in vocab.channels:
        problems["intake_channel"] = "channel_required"
    if intake.victim_status not in vocab.statuses:
        problems["victim_status"] = "status_required"
    if intake.victim_role not in vocab.roles:
        problems["victim_role"] = "role_required"
    if intake.birth_date is not None:
        if intake.birth_date > intake.intake_date:
            problems["birth_date"] = "birth_after_intake"
    elif intake.estimated_age is None:
        problems["birth_date"] = "age_required"
    elif not 0 <= intake.estimated_age <= MAX_ESTIMATED_AGE:
        problems["estimated_age"] = "age_out_of_range"
    if intake.nik and not NIK_PATTERN.fullmatch(intake.nik):
        problems["nik"] = "nik_format"
    if any(code not in vocab.modus for code in intake.modus):
        problems["modus"] = "unknown_code"
    if any(doc.doc_type not in vocab.doc_types or not doc.number.strip() for doc in intake.documents):
        problems["documents"] = "document_incomplete"
    if any(lang not in vocab.languages for lang in intake.languages):
        problems["languages"] = "unknown_code"
    if intake.citizenship and intake.citizenship not in vocab.countries:
        problems["citizenship"] = "unknown_code"
    if is_child(intake.age) and not intake.guardian.name.strip() and not intake.guardian.relation:
        problems["guardian"] = "guardian_required_for_child"
    if problems:
        raise ValidationFailed(problems)
