"""Reporting periods: a month, a quarter, a semester (the 6-monthly monitoring of 001:2642-2659),
a year, or any from-to range. Both ends are inclusive office calendar days."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

KINDS = ("BULAN", "TRIWULAN", "SEMESTER", "TAHUN", "RENTANG")

_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Period:
    kind: str           # one of KINDS
    start: date
    end: date           # inclusive
    label_id: str
    label_en: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_id

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month(year: int, number: int) -> Period:
    return Period("BULAN", date(year, number, 1), _last_day(year, number),
                  f"{_MONTHS_ID[number - 1]} {year}", f"{_MONTHS_EN[number - 1]} {year}")


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise ValueError("quarter 1-4")
    first = 3 * (number - 1) + 1
    return Period("TRIWULAN", date(year, first, 1), _last_day(year, first + 2),
                  f"Triwulan {_ROMAN[number - 1]} {year}", f"Q{number} {year}")


def semester(year: int, number: int) -> Period:
    if number not in (1, 2):
        raise ValueError("semester 1-2")
    first = 1 if number == 1 else 7
    return Period("SEMESTER", date(year, first, 1), _last_day(year, first + 5),
                  f"Semester {_ROMAN[number - 1]} {year}", f"Half-year {number} {year}")


def year(number: int) -> Period:
    return Period("TAHUN", date(number, 1, 1), date(number, 12, 31),
                  f"Tahun {number}", f"Year {number}")


def between(start: date, end: date) -> Period:
    text = f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
    return Period("RENTANG", start, end, text, text)
