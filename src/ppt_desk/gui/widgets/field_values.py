"""How a casework field's value is offered, read and explained, for the form, its table
editor and the casework tabs: a choice field's options, a field's guideline tooltip, numbers
and times as typed, a region code as its path of levels."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...domain.forms import FieldDef
from ..i18n import current_language
from ..labels import code_items

_TIME = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")


def option_items(fd: FieldDef, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) of a choice field: inline options or its code list."""
    lang = lang or current_language()
    if fd.options:
        return [(o.code, o.label(lang)) for o in fd.options]
    if fd.codelist:
        return code_items(fd.codelist, lang)
    return []


def cite_tip(cite: str | None) -> str:
    """Tooltip naming the seed passage a field or checklist item comes from."""
    if not cite:
        return ""
    return QCoreApplication.translate("FieldValues", "Rujukan pedoman: {cite}").format(cite=cite)


def parse_number(text: str) -> int | None | str:
    """'1.500.000' -> 1500000; '' -> None; anything else is returned as typed."""
    digits = re.sub(r"[.\s,]", "", text)
    if not digits:
        return None
    return int(digits) if digits.isdigit() else text


def region_path(code: str) -> list[str]:
    """'53.71.02' -> ['53', '53.71', '53.71.02'] (each level's code, for the pickers)."""
    parts = code.split(".") if code else []
    return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def normalise_time(text: str) -> str:
    """'2130', '21.30', '9:05' -> 'HH:MM'; other text unchanged (the backend reports it)."""
    text = text.strip()
    match = _TIME.match(text)
    if match:
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    return text
