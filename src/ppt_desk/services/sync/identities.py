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
from ...domain.sync.manifest import KIND_EVENTS
from ...domain.sync.pseudonym import IDENTITY, PSEUDONYM, Redaction, cases_with_identity
from ..consent import consent_record
from ..deps import Deps
from ..ports import UnitOfWork
from .ports import OUT, SENT

SECRETARIAT_PURPOSE = "SEKRETARIAT"


def pseudonym_key(signing_key: bytes) -> bytes:
    """The device's pseudonym secret: derived from its signing key, so it never leaves the
    device and needs no storage of its own; the same person keeps the same pseudonym."""
    return hashlib.sha256(b"ppt-desk-pseudonym-key-v1\0" + bytes(signing_key)).digest()


@dataclass(frozen=True)
class SentBefore:
    """An earlier bundle to the province: its event range and how each case's identity went."""

    first: int
    last: int
    modes: dict[str, str]


@dataclass
class IdentityPlan:
    """For one export: per case, whether its identity may go; per person, their case.

    An event already sent and not yet acknowledged goes again exactly as it went the first
    time, whatever the consent says today: the province holds its content hash, and the same
    event number with other content is a fork. So a consent given or withdrawn between two
    exports changes only the events that leave for the first time."""

    allowed: set[str]
    case_of_person: dict[str, str]
    redaction: Redaction
    record_kinds: dict[str, str]
    modes: dict[str, str]        # filled while the events stream: case -> IDENTITAS|PSEUDONIM
    sent_before: tuple[SentBefore, ...] = ()   # oldest first

    def _first_mode(self, seq: int, case_id: str) -> str | None:
        for sent in self.sent_before:
            if sent.first <= seq <= sent.last:
                return sent.modes.get(case_id)
        return None

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
        mode = self._first_mode(event["device_seq"], case_id) or (
            IDENTITY if case_id in self.allowed else PSEUDONYM)
        if mode == IDENTITY:
            self.modes[case_id] = IDENTITY        # the identity left with this bundle
            return event
        self.modes.setdefault(case_id, PSEUDONYM)
        return self.redaction.event(event, self.record_kinds.get(event["entity_id"], ""))


def sensitive_fields(deps: Deps) -> dict[str, frozenset[str]]:
    return {form.kind: frozenset(f.key for f in form.fields if f.sensitive)
            for form in deps.config.forms.values()}


def plan_identities(uow: UnitOfWork, deps: Deps, signing_key: bytes, on: date) -> IdentityPlan:
    """Inside an open unit of work: read consents and people, decide per case."""
    people = list(uow.identities.case_people())
    consents: dict[str, list] = defaultdict(list)
    for row in uow.identities.consents_for_purpose(SECRETARIAT_PURPOSE):
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
    return IdentityPlan(allowed, case_of_person, redaction, {}, {}, _sent_before(uow))


def _sent_before(uow: UnitOfWork) -> tuple[SentBefore, ...]:
    """Earlier event bundles whose events are not all acknowledged yet."""
    device = uow.sync.own_device()
    unacked = uow.sync.count_unacked()
    first_unacked = device.event_seq - unacked + 1
    sent = [b for b in uow.sync.bundles(OUT) if b.kind == KIND_EVENTS and b.status == SENT
            and b.last_seq >= first_unacked]
    return tuple(SentBefore(b.first_seq, b.last_seq, dict(uow.identities.identities_in(b.bundle_id)))
                 for b in sorted(sent, key=lambda b: b.bundle_seq))
