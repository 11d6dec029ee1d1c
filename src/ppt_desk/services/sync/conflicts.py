"""Konflik data: the conflict items an import opened, as a person reads them, and a decision.

An incoming edit of a field that was also changed here, to another value, never wins by
itself: the local value stays in force, both are kept (``storage/apply.py``) and a supervisor
or an administrator decides which one holds. Never by time: which edit was made later says
nothing about which is right, so no time but "open since" is shown.

Who sees an item is who sees its case (``services/case_header.py``): a supervisor every case,
a caseworker the cases assigned to or shared with them, an administrator without a casework
role none. Items about no case (the office's directory, its settings) are for supervisors and
administrators. Values of restricted data (domain/access.py: health records and fields need
the KESEHATAN grant, perpetrators PELAKU) read "(dibatasi)" to a user without the grant, and
such a user cannot decide them: choosing would overwrite data they cannot see.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...domain import access
from ...domain.errors import DomainError
from ...domain.forms import FieldDef, FormDef
from ...domain.roles import can_see_cases, decides_office_items
from ...domain.secretariat import is_secretariat
from ..change_set import ChangeSet
from ..context import Actor
from ..deps import Deps
from ..ports import CaseHeader, UnitOfWork
from ..case_header import owned_here, require_owned
from ..summaries import refresh_summary
from .conflict_labels import QUIET, Wording, pick, word
from .dto import ConflictView
from .enrolment import utc_now
from .ports import OPEN, WHOLE_ROW, Conflict

# Tables whose rows belong to a case (a person through the cases of that person).
CASE_ENTITIES = frozenset({"person", "case_file", "case_record", "consent", "stage_change",
                           "case_share", "group_participant", "conference_case",
                           "conference_decision"})
# What else a decision about a row of a table without a case changes on the screens.
_CHANGES = {"institution": ChangeSet(directory=True), "office": ChangeSet(office=True),
            "office_setting": ChangeSet(settings=True, letterhead=True, rules=True),
            "app_user": ChangeSet(users=True)}
_WHOLE = ("seluruh data", "whole entry")


def _key_keeper(actor: Actor) -> bool:
    return decides_office_items(actor.user.roles)


class _Scope:
    """Which items one actor may see, with what was looked up on the way kept."""

    def __init__(self, uow: UnitOfWork, actor: Actor) -> None:
        self.uow = uow
        self.actor = actor
        self._people: dict[str, list[str]] | None = None
        self._headers: dict[str, CaseHeader | None] = {}
        office = uow.office.get()
        self.secretariat = office is not None and is_secretariat(office.kind)

    def cases_of(self, c: Conflict) -> list[str]:
        if c.case_id:
            return [c.case_id]
        if c.entity == "person":
            if self._people is None:   # only read when a person's item has no case
                self._people = {}
                for row in self.uow.identities.case_people():
                    self._people.setdefault(row.person_id, []).append(row.case_id)
            return self._people.get(c.entity_id, [])
        return []

    def header(self, case_id: str) -> CaseHeader | None:
        if case_id not in self._headers:
            self._headers[case_id] = self.uow.casework.header(case_id)
        return self._headers[case_id]

    def refusal(self, c: Conflict) -> str | None:
        """Why the actor may not see ``c`` (an error code), or None."""
        cases = self.cases_of(c)
        if not cases and c.entity not in CASE_ENTITIES:
            return None if _key_keeper(self.actor) else "needs_supervisor_role"
        if not can_see_cases(self.actor.user.roles):
            return "needs_casework_role"
        if self.actor.sees_all_cases:
            return None
        for case_id in cases:
            header = self.header(case_id)
            if header is not None and (
                    header.assigned_user_id == self.actor.id
                    or self.uow.casework.is_shared_with(case_id, self.actor.id)):
                return None
        return "case_not_visible"

    def holder(self, c: Conflict) -> str:
        """The office that owns the item's case when this device does not ("" when it does,
        or the item is about no case): only the owner writes a case, so only it decides.
        A secretariat owns no case and decides every item for its own register ("")."""
        if self.secretariat:
            return ""
        for case_id in self.cases_of(c):
            header = self.header(case_id)
            if header is not None and not owned_here(self.uow, header):
                if header.transferred_to:
                    return header.transferred_to
                peer = self.uow.sync.peer(header.owner_device_id)
                return peer.office_name if peer is not None else header.owner_device_id[:8]
        return ""


# -- restricted data ------------------------------------------------------------------------
def _form_of(uow: UnitOfWork, deps: Deps, c: Conflict) -> tuple[FormDef | None, dict]:
    """The form of a casework record's item and the record's payload as stored here."""
    if c.entity != "case_record":
        return None, {}
    row = uow.casework.record(c.entity_id)
    kind = row.kind if row is not None else next(
        (v.get("kind") for v in (c.incoming_value, c.local_value) if isinstance(v, dict)
         and v.get("kind")), None)
    stored = dict(row.payload) if row is not None else {}
    return deps.config.forms.get(kind) if kind else None, stored


def _payloads(c: Conflict) -> tuple[dict | None, dict | None]:
    """(local, incoming) payloads an item carries, if any."""
    if c.field == "payload":
        return (c.local_value if isinstance(c.local_value, dict) else None,
                c.incoming_value if isinstance(c.incoming_value, dict) else None)
    if c.field == WHOLE_ROW:
        return tuple(v.get("payload") if isinstance(v, dict) and
                     isinstance(v.get("payload"), dict) else None
                     for v in (c.local_value, c.incoming_value))  # type: ignore[return-value]
    return None, None


def _shown_keys(form: FormDef, c: Conflict) -> list[str]:
    """The payload fields an item is about, in the form's order: those that differ (a field
    conflict) or all that a whole entry holds."""
    mine, theirs = _payloads(c)
    mine, theirs = mine or {}, theirs or {}
    if c.field == "payload":
        keys = {k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k)}
    else:
        keys = set(mine) | set(theirs)
    order = [fd.key for fd in form.fields]
    return sorted(keys, key=lambda k: (order.index(k) if k in order else len(order), k))


def _restriction(uow: UnitOfWork, deps: Deps, actor: Actor,
                 c: Conflict) -> tuple[FormDef | None, str | None, bool]:
    """(the record's form, the grant the actor lacks to see the item's values, whether the
    whole record is hidden from them) by domain/access.py; (None, None, False) off records."""
    form, stored = _form_of(uow, deps, c)
    if form is None:
        return None, None, False
    held = actor.grants
    for payload in (stored, *_payloads(c)):
        grant = access.required_grant(form, payload) if payload else None
        if grant is not None and grant not in held:
            return form, grant, True
    fields = {fd.key: fd for fd in form.fields}
    for key in _shown_keys(form, c):
        fd = fields.get(key)
        if fd is not None and fd.access and fd.access not in held:
            return form, fd.access, False
    return form, None, False


def lacking_grant(uow: UnitOfWork, deps: Deps, actor: Actor, c: Conflict) -> str | None:
    """The grant the actor lacks to see the item's values, or None."""
    return _restriction(uow, deps, actor, c)[1]


# -- wording --------------------------------------------------------------------------------
class _Texts:
    """The subject, field and both values of one item, as text."""

    def __init__(self, wording: Wording, form: FormDef | None, hidden: set[str] | None) -> None:
        self.w = wording
        self.form = form
        self.fields: dict[str, FieldDef] = {fd.key: fd for fd in form.fields} if form else {}
        self.hidden = hidden  # None: everything hidden; else the payload fields hidden

    def field_label(self, c: Conflict) -> str:
        if c.field == WHOLE_ROW:
            return pick(_WHOLE, self.w.lang)
        if c.entity == "case_record" and c.field == "payload" and self.form is not None:
            if self.hidden is None:
                return word("restricted", self.w.lang)
            keys = _shown_keys(self.form, c)
            shown = [self._label(k) for k in keys if k not in self.hidden]
            if len(shown) < len(keys):   # not even which restricted field changed
                shown.append(word("restricted", self.w.lang))
            return ", ".join(shown) or self.w.column(c.entity, c.field)
        if c.entity == "office_setting":
            return c.entity_id
        return self.w.column(c.entity, c.field)

    def _label(self, key: str) -> str:
        fd = self.fields.get(key)
        return fd.label(self.w.lang) if fd is not None else key

    def value(self, c: Conflict, value: Any, local: bool) -> str:
        if self.hidden is None:
            return word("restricted", self.w.lang)
        if c.field == WHOLE_ROW:
            if value is None:
                return word("missing" if local else "deleted", self.w.lang)
            return self._row(c, value)
        if c.field == "payload" and self.form is not None:
            payload = value if isinstance(value, dict) else {}
            lines = self._payload_lines(_shown_keys(self.form, c), payload)
            if len(lines) == 1:
                return lines[0][1]
            return _joined(lines)
        return self.w.value(c.entity, c.field, value)

    def _payload_lines(self, keys: Iterable[str], payload: dict) -> list[tuple[str, str]]:
        """(label, text) per field; fields the user may not see make one unnamed line."""
        out, hidden = [], False
        for key in keys:
            if key in (self.hidden or ()):
                hidden = True
                continue
            fd = self.fields.get(key)
            value = payload.get(key)
            text = self.w.field_value(fd, value) if fd is not None else self.w.value(
                "case_record", key, value)
            out.append((self._label(key), text))
        if hidden:
            out.append(("", word("restricted", self.w.lang)))
        return out

    def _row(self, c: Conflict, value: Any) -> str:
        if not isinstance(value, dict):
            return self.w.value(c.entity, c.field, value)
        lines = []
        for name in sorted(value):
            if name in QUIET:
                continue
            if name == "payload" and self.form is not None and isinstance(value[name], dict):
                lines += self._payload_lines(_shown_keys(self.form, c), value[name])
            else:
                lines.append((self.w.column(c.entity, name),
                              self.w.value(c.entity, name, value[name])))
        return _joined(lines) or word("empty", self.w.lang)


def _joined(lines: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label}: {text}" if label else text for label, text in lines)


def _hidden_fields(form: FormDef | None, grants: frozenset[str]) -> set[str]:
    if form is None:
        return set()
    return {fd.key for fd in form.fields if fd.access and fd.access not in grants}


def _wording(uow: UnitOfWork, deps: Deps, lang: str) -> Wording:
    national = {inst.id: inst.name for inst in deps.national}

    def institution(inst_id: str) -> str:
        found = uow.directory.get(inst_id) or uow.reference.institution(inst_id)
        return found.name if found is not None else national.get(inst_id, "")

    return Wording(deps, lang, uow.casework.user_name, institution)


def _view(uow: UnitOfWork, deps: Deps, actor: Actor, c: Conflict, scope: _Scope,
          wording: Wording, offices: dict[str, tuple[str, str]]) -> ConflictView:
    form, grant, whole = _restriction(uow, deps, actor, c)
    texts = _Texts(wording, form, None if whole else _hidden_fields(form, actor.grants))
    cases = scope.cases_of(c)
    case_id = cases[0] if cases else ""
    header = scope.header(case_id) if case_id else None
    office, device = offices.get(c.origin_device_id, ("", c.origin_device_id[:8]))
    return ConflictView(
        id=c.id, case_id=case_id, case_number=header.case_number if header else "",
        entity=c.entity, field=c.field, subject=wording.entity(c.entity, form),
        field_label=texts.field_label(c), local_text=texts.value(c, c.local_value, True),
        incoming_text=texts.value(c, c.incoming_value, False), origin_office=office,
        origin_device=device, opened_at=c.opened_at, status=c.status,
        restricted=grant is not None, held_by=scope.holder(c),
        whole_row=c.field == WHOLE_ROW)


# -- use cases ------------------------------------------------------------------------------
def conflicts(uow: UnitOfWork, actor: Actor, deps: Deps, lang: str = "id") -> list[ConflictView]:
    """The open items the actor may see, oldest first, worded in ``lang`` ("id" or "en")."""
    with uow:
        scope = _Scope(uow, actor)
        wording = _wording(uow, deps, lang)
        offices = {p.device_id: (p.office_name, p.device_code) for p in uow.sync.peers()}
        return [_view(uow, deps, actor, c, scope, wording, offices)
                for c in uow.sync.open_conflicts() if scope.refusal(c) is None]


def open_count(uow: UnitOfWork, actor: Actor) -> int:
    """How many open items the actor may see (the navigation's badge)."""
    with uow:
        scope = _Scope(uow, actor)
        return sum(1 for c in uow.sync.open_conflicts() if scope.refusal(c) is None)


def decide(uow: UnitOfWork, actor: Actor, deps: Deps, conflict_id: int,
           chosen: str) -> ChangeSet:
    """A supervisor's or an administrator's choice, LOCAL or INCOMING (the store refuses any
    other with ``conflict_choice``): the chosen value is written as an ordinary tracked edit
    (outbox event and audit entry: it travels to the other offices) and the item is closed.
    Refused: other roles, an unknown or decided item, an item the actor may not see, a case
    another device owns (``case_transferred``), restricted values without the grant.
    At a secretariat, which owns no case, an officer decides any item: the choice is the
    provincial register's reading of two PPTs' edits (the province sends PPTs no events, so
    it stays there); the owning PPT's next edit of the field overwrites it as usual."""
    if not decides_office_items(actor.user.roles):
        raise DomainError("needs_supervisor_role")
    with uow:
        item = uow.sync.conflict(conflict_id)
        if item is None:
            raise DomainError("conflict_unknown")
        if item.status != OPEN:
            raise DomainError("conflict_decided")
        scope = _Scope(uow, actor)
        refusal = scope.refusal(item)
        if refusal is not None:
            raise DomainError(refusal)
        for case_id in scope.cases_of(item):   # only the device that owns a case writes it
            header = scope.header(case_id)
            if header is not None and not scope.secretariat:
                require_owned(uow, header)
        grant = lacking_grant(uow, deps, actor, item)
        if grant is not None:
            raise DomainError("needs_grant", grant=grant)
        case_id = uow.sync.decide_conflict(conflict_id, chosen, actor.id, utc_now())
        if case_id and uow.casework.header(case_id) is not None:
            refresh_summary(uow, deps.config, case_id)
        uow.commit()
    changes = ChangeSet(cases=frozenset({case_id}) if case_id else frozenset(), bundles=True)
    return changes | _CHANGES.get(item.entity, ChangeSet())
