"""Which cases' identities may go to the secretariat today, and how the rest are redacted
(the rules are in ``domain.sync.pseudonym``; this gathers their inputs from the store)."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain.age import age_at_intake, is_child
from ...domain.consent import consent_decision
from ...domain.sync.pseudonym import IDENTITY, PSEUDONYM, Redaction, cases_with_identity
from ..consent import consent_record
from ..deps import Deps
from ..ports import UnitOfWork

SECRETARIAT_PURPOSE = "SEKRETARIAT"


def pseudonym_key(signing_key: bytes) -> bytes:
    """The device's pseudonym secret: derived from its signing key, so it never leaves the
    device and needs no storage of its own; the same person keeps the same pseudonym."""
    return hashlib.sha256(b"ppt-desk-pseudonym-key-v1\0" + bytes(signing_key)).digest()


@dataclass
class IdentityPlan:
    """For one export: per case, whether its identity may go; per person, their case."""

    allowed: set[str]
    case_of_person: dict[str, str]
    redaction: Redaction
    record_kinds: dict[str, str]
    modes: dict[str, str]        # filled while the events stream: case -> IDENTITAS|PSEUDONIM

    def case_of(self, event: dict[str, Any]) -> str | None:
        if event["entity"] == "person":
            return self.case_of_person.get(event["entity_id"])
        return event.get("case_id")

    def outgoing(self, event: dict[str, Any]) -> dict[str, Any]:
        """The event as it leaves: whole when its case may go with identity, else redacted."""
        case_id = self.case_of(event)
        if event["entity"] == "case_record" and "kind" in event["patch"]:
            self.record_kinds[event["entity_id"]] = event["patch"]["kind"]
        if case_id is None:
            return event   # office data: users, institutions, settings
        if case_id in self.allowed:
            self.modes.setdefault(case_id, IDENTITY)
            return event
        self.modes[case_id] = PSEUDONYM
        return self.redaction.event(event, self.record_kinds.get(event["entity_id"], ""))


def sensitive_fields(deps: Deps) -> dict[str, frozenset[str]]:
    return {form.kind: frozenset(f.key for f in form.fields if f.sensitive)
            for form in deps.config.forms.values()}


def plan_identities(uow: UnitOfWork, deps: Deps, signing_key: bytes, on: date) -> IdentityPlan:
    """Inside an open unit of work: read consents and people, decide per case."""
    people = list(uow.sync.case_people())
    consents: dict[str, list] = defaultdict(list)
    for row in uow.sync.consents_for_purpose(SECRETARIAT_PURPOSE):
        consents[row.case_id].append(consent_record(row))
    allowed_cases: set[str] = set()
    for person in people:
        child = bool(is_child(age_at_intake(on, person.birth_date, person.estimated_age,
                                            person.intake_date)))
        if consent_decision(consents.get(person.case_id, ()), SECRETARIAT_PURPOSE, on,
                            child).allowed:
            allowed_cases.add(person.case_id)
    allowed = cases_with_identity(((p.case_id, p.person_id) for p in people), allowed_cases)
    case_of_person = {p.person_id: p.case_id for p in people}
    redaction = Redaction(pseudonym_key(signing_key), sensitive_fields(deps))
    return IdentityPlan(allowed, case_of_person, redaction, {}, {})
