"""A record's field values as printed words (dates spelt out, codes as their labels, ids of
users and directory entries as names), for the documents that print whole records."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..domain.forms import FieldDef, FormDef
from ..domain.words import rupiah, tanggal
from .deps import Deps


def _day(value: Any) -> str:
    if isinstance(value, date):
        return tanggal(value)
    try:
        return tanggal(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _choice(deps: Deps, fd: FieldDef, code: Any) -> str:
    for option in fd.options:
        if option.code == code:
            return option.label_id
    if fd.codelist and isinstance(code, str) and fd.codelist in deps.codelists.names():
        item = deps.codelists[fd.codelist].get(code)
        if item is not None:
            return item.label_id
    return str(code)


def value_text(deps: Deps, fd: FieldDef, value: Any, names: Mapping[str, str]) -> str:
    """``names`` maps user and institution ids to names ("" when unknown: left out)."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    kind = fd.type
    if kind == "date":
        return _day(value)
    if kind == "bool":
        return "ya" if value else "tidak"
    if kind == "choice":
        return _choice(deps, fd, value)
    if kind == "multichoice" and isinstance(value, list):
        return ", ".join(_choice(deps, fd, v) for v in value)
    if kind in ("user", "institution"):
        return names.get(str(value), "")
    if kind == "region":
        return deps.regions.name(str(value))
    if kind == "money" and isinstance(value, int):
        return rupiah(value)
    if kind == "table" and isinstance(value, list):
        lines = []
        for row in value:
            if not isinstance(row, dict):
                continue
            parts = [f"{col.label_id}: {text}" for col in fd.columns
                     if (text := value_text(deps, col, row.get(col.key), names))]
            if parts:
                lines.append("; ".join(parts))
        return "\n".join(lines)
    return " ".join(str(value).split())


def record_rows(deps: Deps, form: FormDef, payload: Mapping[str, Any], names: Mapping[str, str],
                skip_sensitive: bool = False) -> tuple[tuple[str, str], ...]:
    """The filled-in fields of a record as (label, words), in the form's order."""
    rows = []
    for fd in form.fields:
        if skip_sensitive and fd.sensitive:
            continue
        text = value_text(deps, fd, payload.get(fd.key), names)
        if text:
            rows.append((fd.label_id, text))
    return tuple(rows)
