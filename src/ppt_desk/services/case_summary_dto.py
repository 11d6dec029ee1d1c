"""The data of the ringkasan kasus (case summary PDF); ``reporting.case_summary`` draws it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dto import Letterhead, Signatory


@dataclass(frozen=True)
class SummaryRecord:
    """One record: its form's name, its date in words, its filled-in fields."""

    title: str
    when: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SummarySection:
    title: str
    rows: tuple[tuple[str, str], ...] = ()          # label / value lines
    records: tuple[SummaryRecord, ...] = ()
    note: str = ""                                   # e.g. "2 catatan terbatas tidak dicetak"


@dataclass(frozen=True)
class CaseSummaryData:
    letterhead: Letterhead
    case_number: str
    purpose: str                # "" = the office's own file; else a consent purpose code
    purpose_label: str          # "Arsip internal PPT", "Aparat penegak hukum" ...
    printed_on: date
    printed_by: str
    sections: tuple[SummarySection, ...]
    withheld: tuple[str, ...]   # kinds of data left out under the consent's scope
    consent_note: str
    signatory: Signatory
