"""Field- and record-level access: the most stigmatising data in a case file (HIV/STI and
reproductive health [004:448-453], perpetrators' details) is shown only to users given
that access. Everyone else sees that such a record exists, and its date, nothing more.

The rule is applied where records leave the service layer, so screens, printed
documents and exports all receive the already-reduced payload.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .forms import FormDef

HEALTH = "KESEHATAN"
PERPETRATOR = "PELAKU"
GRANTS = (HEALTH, PERPETRATOR)


@dataclass(frozen=True)
class Visible:
    payload: dict[str, Any]
    hidden: bool          # the whole record is hidden: only its date is kept
    hidden_fields: tuple[str, ...] = ()
    grant: str | None = None  # the grant that would show it


def required_grant(form: FormDef, payload: dict[str, Any]) -> str | None:
    """The grant needed to see this record at all, if any."""
    if form.access is not None and form.access.applies(payload):
        return form.access.grant
    return None


def visible(form: FormDef, payload: dict[str, Any], grants: Iterable[str]) -> Visible:
    """What a user holding ``grants`` may see of one record."""
    held = frozenset(grants)
    grant = required_grant(form, payload)
    if grant is not None and grant not in held:
        kept = {form.date_field: payload[form.date_field]} \
            if form.date_field and form.date_field in payload else {}
        return Visible(kept, True, tuple(k for k in payload if k not in kept), grant)
    hidden = tuple(fd.key for fd in form.fields
                   if fd.access and fd.access not in held and fd.key in payload)
    if not hidden:
        return Visible(dict(payload), False)
    return Visible({k: v for k, v in payload.items() if k not in hidden}, False, hidden,
                   next(fd.access for fd in form.fields if fd.key == hidden[0]))


def may_write(form: FormDef, old: dict[str, Any] | None, new: dict[str, Any],
              grants: Iterable[str]) -> str | None:
    """The grant a user lacks to save ``new`` over ``old`` (None when allowed).

    Writing a restricted record, or turning one into a restricted one, needs the grant;
    so does changing a field the user cannot see (it would overwrite unseen data).
    """
    held = frozenset(grants)
    for payload in (old, new):
        if payload is None:
            continue
        grant = required_grant(form, payload)
        if grant is not None and grant not in held:
            return grant
    for fd in form.fields:
        if fd.access and fd.access not in held:
            before = (old or {}).get(fd.key)
            if new.get(fd.key) not in (None, "", before):
                return fd.access
    return None


def merge_hidden(form: FormDef, old: dict[str, Any], new: dict[str, Any],
                 grants: Iterable[str]) -> dict[str, Any]:
    """Keep the values of fields the user could not see (their editor never held them)."""
    held = frozenset(grants)
    merged = dict(new)
    for fd in form.fields:
        if fd.access and fd.access not in held and fd.key in old:
            merged[fd.key] = old[fd.key]
    return merged
