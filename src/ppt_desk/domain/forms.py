"""Casework record forms read from data (resources/casework/forms.json) and their validation.

A form is a list of typed fields. The GUI builds its widgets from the same
definition, so a province can add a field or a checklist item without code.
Values in a record payload are JSON: dates as ISO strings, booleans, integers,
lists for multichoice, lists of row dicts for tables.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ValidationFailed

FIELD_TYPES = frozenset({"text", "textarea", "date", "time", "bool", "int", "money", "choice",
                         "multichoice", "table", "user", "institution", "region"})
REGION_LEVELS = {"province": 1, "regency": 2, "district": 3, "village": 4}
# Facts about the case a condition may ask for (filled in by the service layer).
FACT_CHILD = "child"
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Option:
    code: str
    label_id: str
    label_en: str

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id


@dataclass(frozen=True)
class FieldDef:
    key: str
    type: str
    label_id: str
    label_en: str
    cite: str | None = None
    required: bool = False
    # {"field": k} -> required when k is filled in; {"field": k, "equals": v} -> when k == v.
    required_if: dict[str, Any] | None = None
    checklist: bool = False
    sensitive: bool = False
    options: tuple[Option, ...] = ()
    codelist: str | None = None
    columns: tuple["FieldDef", ...] = ()
    not_before: str | None = None
    future: bool = False  # a planned date (schedule, target) may lie ahead
    required_message: str | None = None  # error code when missing, instead of "required"
    access: str | None = None  # a grant (KESEHATAN, PELAKU) needed to see the value
    categories: tuple[str, ...] = ()  # institution fields: directory categories offered
    level: str | None = None  # region fields: province | regency | district | village

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def is_required(self, payload: dict[str, Any], facts: dict[str, Any] | None = None) -> bool:
        if self.required:
            return True
        if self.required_if is None:
            return False
        return condition_holds(self.required_if, payload, facts)


def condition_holds(cond: dict[str, Any], payload: dict[str, Any],
                    facts: dict[str, Any] | None = None) -> bool:
    """``{"field": k}`` (filled in), ``{"field": k, "equals": v}``, ``{"field": k, "in": [..]}``,
    ``{"fact": name}`` (a fact about the case, e.g. the victim is a child) or
    ``{"any": [cond, ...]}``."""
    if "any" in cond:
        return any(condition_holds(c, payload, facts) for c in cond["any"])
    if "fact" in cond:
        return bool((facts or {}).get(cond["fact"]))
    value = payload.get(cond["field"])
    if "equals" in cond:
        return value == cond["equals"]
    if "in" in cond:
        return value in cond["in"]
    return filled(value)


def _condition_fields(cond: dict[str, Any]) -> list[str]:
    if "any" in cond:
        return [k for c in cond["any"] for k in _condition_fields(c)]
    return [cond["field"]] if "field" in cond else []


@dataclass(frozen=True)
class AccessRule:
    """Who may see a whole record: users holding ``grant``; ``when`` narrows it to
    records whose payload meets the condition (e.g. an HIV/STI episode)."""

    grant: str
    when: dict[str, Any] | None = None

    def applies(self, payload: dict[str, Any]) -> bool:
        return self.when is None or condition_holds(self.when, payload)


@dataclass(frozen=True)
class ConsentRule:
    """A record that may be saved only when the consent ledger allows ``purpose``
    (for the agency named in ``agency_field``), when ``when`` holds."""

    purpose: str
    agency_field: str | None = None
    when: dict[str, Any] | None = None
    # Other consent purposes that also cover an agency of these directory categories
    # (a consent "share with LPSK" covers a referral to LPSK).
    also: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)

    def applies(self, payload: dict[str, Any]) -> bool:
        return self.when is None or condition_holds(self.when, payload)


@dataclass(frozen=True)
class FormDef:
    kind: str
    group: str
    label_id: str
    label_en: str
    fields: tuple[FieldDef, ...]
    multiple: bool = False
    system: bool = False
    cite: str | None = None
    date_field: str | None = None
    due_field: str | None = None
    require_one_of: tuple[tuple[str, ...], ...] = ()
    access: AccessRule | None = None
    consent: ConsentRule | None = None
    print: str | None = None  # a printable document: surat_rujukan | berita_acara_pemulangan
    print_when: dict[str, Any] | None = None  # only records meeting this (outgoing referrals)
    visit: bool = False  # a planned visit: open ones (due, not done) reach the today page

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def field(self, key: str) -> FieldDef:
        for item in self.fields:
            if item.key == key:
                return item
        raise KeyError(key)


def filled(value: Any) -> bool:
    """A field counts as filled in when it holds something other than empty / False."""
    if value is None or value is False:
        return False
    if isinstance(value, (str, list, tuple, dict)):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


def _field(raw: dict[str, Any]) -> FieldDef:
    if raw["type"] not in FIELD_TYPES:
        raise ValueError(f"unknown field type {raw['type']!r} of {raw['key']!r}")
    return FieldDef(
        key=raw["key"], type=raw["type"], label_id=raw["label_id"], label_en=raw["label_en"],
        cite=raw.get("cite"), required=bool(raw.get("required")), required_if=raw.get("required_if"),
        checklist=bool(raw.get("checklist")), sensitive=bool(raw.get("sensitive")),
        options=tuple(Option(o["code"], o["label_id"], o["label_en"]) for o in raw.get("options", ())),
        codelist=raw.get("codelist"), columns=tuple(_field(c) for c in raw.get("columns", ())),
        not_before=raw.get("not_before"), future=bool(raw.get("future")),
        required_message=raw.get("required_message"), access=raw.get("access"),
        categories=tuple(raw.get("categories", ())), level=raw.get("level"),
    )


def parse_forms(data: dict[str, Any]) -> dict[str, FormDef]:
    forms: dict[str, FormDef] = {}
    for raw in data["forms"]:
        form = FormDef(
            kind=raw["kind"], group=raw["group"], label_id=raw["label_id"], label_en=raw["label_en"],
            fields=tuple(_field(f) for f in raw["fields"]), multiple=bool(raw.get("multiple")),
            system=bool(raw.get("system")), cite=raw.get("cite"), date_field=raw.get("date_field"),
            due_field=raw.get("due_field"),
            require_one_of=tuple(tuple(group) for group in raw.get("require_one_of", ())),
            access=AccessRule(raw["access"]["grant"], raw["access"].get("when"))
            if raw.get("access") else None,
            consent=ConsentRule(raw["consent"]["purpose"], raw["consent"].get("agency_field"),
                                raw["consent"].get("when"),
                                {p: tuple(c) for p, c in raw["consent"].get("also", {}).items()})
            if raw.get("consent") else None,
            print=raw.get("print"), print_when=raw.get("print_when"),
            visit=bool(raw.get("visit")),
        )
        keys = [f.key for f in form.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate field in form {form.kind!r}")
        named = [form.date_field, form.due_field]
        for fd in form.fields:
            if fd.required_if:
                named += _condition_fields(fd.required_if)
            if fd.type == "region" and fd.level not in REGION_LEVELS:
                raise ValueError(f"region field {fd.key!r} needs a level")
        for rule in (form.access, form.consent):
            if rule is not None and rule.when:
                named += _condition_fields(rule.when)
        if form.print_when:
            named += _condition_fields(form.print_when)
        if form.consent is not None and form.consent.agency_field:
            named.append(form.consent.agency_field)
        if form.visit and not (form.due_field and form.date_field):
            raise ValueError(f"visit form {form.kind!r} needs a due_field and a date_field")
        for name in named:
            if name is not None and name not in keys:
                raise ValueError(f"form {form.kind!r} names unknown field {name!r}")
        forms[form.kind] = form
    return forms


def load_forms(path: Path) -> dict[str, FormDef]:
    return parse_forms(json.loads(path.read_text(encoding="utf-8")))


def as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _check_value(fd: FieldDef, value: Any, allowed: frozenset[str] | None,
                 today: date) -> str | None:
    """Return an error code for a filled-in value of the wrong shape, else None."""
    t = fd.type
    if t in ("text", "textarea", "user", "institution"):
        if not isinstance(value, str):
            return "invalid"
        return "too_long" if len(value) > MAX_TEXT else None
    if t == "region":
        parts = value.split(".") if isinstance(value, str) else []
        depth = REGION_LEVELS.get(fd.level or "", 0)
        if len(parts) != depth or not all(p.isdigit() for p in parts):
            return "invalid_region"
        return None
    if t == "time":
        if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
            return "invalid_time"
        hours, minutes = value[:2], value[3:]
        if not (hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60):
            return "invalid_time"
        return None
    if t == "date":
        parsed = as_date(value)
        if parsed is None:
            return "invalid_date"
        return "date_in_future" if parsed > today and not fd.future else None
    if t == "bool":
        return None if isinstance(value, bool) else "invalid"
    if t in ("int", "money"):
        if isinstance(value, bool) or not isinstance(value, int):
            return "invalid_number"
        return "negative" if value < 0 else None
    if t == "choice":
        if allowed is not None and value not in allowed:
            return "unknown_code"
        return None
    if t == "multichoice":
        if not isinstance(value, list) or any(allowed is not None and v not in allowed for v in value):
            return "unknown_code"
        return None
    if t == "table":
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            return "invalid"
        return None
    return "invalid"  # pragma: no cover - parse_forms refuses unknown types


def validate_record(form: FormDef, payload: dict[str, Any], today: date,
                    codes: dict[str, frozenset[str]] | None = None,
                    facts: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check a record payload against its form; return the cleaned payload.

    ``codes`` maps a code-list name to its codes (for choice fields that name a
    code list); ``facts`` holds facts about the case that conditions may ask for
    (``child``). Raises ``ValidationFailed`` with one problem per field; a table's
    problems are reported as ``key.row.column``.
    """
    problems: dict[str, str] = {}
    clean: dict[str, Any] = {}
    unknown = set(payload) - {f.key for f in form.fields}
    for key in unknown:
        problems[key] = "unknown_field"
    for fd in form.fields:
        value = payload.get(fd.key)
        if isinstance(value, str):
            value = value.strip()
        if not filled(value):
            if fd.is_required(payload, facts):
                problems[fd.key] = fd.required_message or "required"
            elif fd.type == "bool" and value is False:
                clean[fd.key] = False
            continue
        allowed = _allowed(fd, codes)
        error = _check_value(fd, value, allowed, today)
        if error is None and fd.type == "table":
            rows = []
            for index, row in enumerate(value):
                if not any(filled(cell) for cell in row.values()):
                    continue  # a wholly empty row (the editor's blank last line) is no row
                cleaned_row = {}
                for column in fd.columns:
                    cell = row.get(column.key)
                    if isinstance(cell, str):
                        cell = cell.strip()
                    if not filled(cell):
                        if column.required:
                            problems[f"{fd.key}.{index}.{column.key}"] = "required"
                        continue
                    cell_error = _check_value(column, cell, _allowed(column, codes), today)
                    if cell_error:
                        problems[f"{fd.key}.{index}.{column.key}"] = cell_error
                    cleaned_row[column.key] = cell
                if cleaned_row:
                    rows.append(cleaned_row)
            value = rows
            if not rows and fd.is_required(payload):
                error = "required"
        if error:
            problems[fd.key] = error
            continue
        clean[fd.key] = value
    for fd in form.fields:
        if fd.not_before and fd.key in clean and fd.not_before in clean:
            if as_date(clean[fd.key]) < as_date(clean[fd.not_before]):  # type: ignore[operator]
                problems[fd.key] = "date_before"
    for group in form.require_one_of:
        if not any(filled(clean.get(key)) for key in group):
            for key in group:
                problems.setdefault(key, "one_of_required")
    if problems:
        raise ValidationFailed(problems)
    return clean


def _allowed(fd: FieldDef, codes: dict[str, frozenset[str]] | None) -> frozenset[str] | None:
    if fd.options:
        return frozenset(o.code for o in fd.options)
    if fd.codelist:
        if codes is None or fd.codelist not in codes:
            return None
        return codes[fd.codelist]
    return None
