"""What the consent ledger (pages/consent_tab.py) and its two dialogs share: the backend's
calendar day, dates between Python and Qt, the date entry, whether a purpose names an agency,
and how a consent is named in a sentence."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from ...services.dto import ConsentInfo
from ..context import AppContext
from ..labels import code_label, codelists
from ..widgets.date_field import CalendarDateEdit

DATE = "%d/%m/%Y"


def backend_today(ctx: AppContext) -> date:
    """The backend's calendar day (tests move it)."""
    return ctx.backend.deps.clock.today()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def needs_agency(purpose: str) -> bool:
    """Whether consent for ``purpose`` is given to a named agency (a referral, for example)."""
    item = codelists()["consent_purpose"].get(purpose) if purpose else None
    return bool(item and item.extra.get("needs_agency"))


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    """A date entry (dd/mm/yyyy, calendar) showing ``day``, no later than it."""
    edit = CalendarDateEdit(qdate(day), parent)   # dd/MM/yyyy; Alt+Down opens the calendar
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(qdate(day))
    return edit


def purpose_text(c: ConsentInfo) -> str:
    """"Rujukan ke lembaga tertentu — Dinas Sosial" (purpose, and the agency if it names one)."""
    label = code_label("consent_purpose", c.purpose)
    return f"{label} — {c.agency}" if c.agency else label
