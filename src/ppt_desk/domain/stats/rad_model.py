"""The RAD monitoring sheet's data (what ``rad.py`` computes and the GUI and report show).

A RAD (Rencana Aksi Daerah) is a province's action plan against TPPO; its matrix lists
indicators with a target per year. ppt-desk ships the matrices of East Kalimantan and East Nusa
Tenggara as data files (resources/rad/*.json) and a province may load its own.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Scope


@dataclass(frozen=True)
class RadPlanInfo:
    code: str                  # the file's plan code, e.g. "NTT-2021-2025"
    title_id: str
    title_en: str
    province_code: str
    years: tuple[int, ...]     # the years of the plan
    source: str                # citation of the matrix (seed and lines) or the file's name


@dataclass(frozen=True)
class RadLine:
    """One indicator in one year: the target, what was achieved per semester and in the year,
    and the gap (target - achieved, never below 0). ``manual``: typed in by an officer
    (``rad_entry``); otherwise computed from case data by the indicator's formula."""

    indicator: str             # code in the file
    number: str                # the matrix's numbering ("1.2.a")
    program_id: str            # the programme / activity it belongs to
    text_id: str               # the indicator as the matrix words it
    text_en: str
    unit: str                  # "orang", "kegiatan", "dokumen", "rupiah", "persen" ...
    cite: str
    manual: bool
    target: int | None         # None: the matrix sets no target for this year
    semester1: int | None      # None: nothing entered (manual) / not computable
    semester2: int | None
    achieved: int | None       # the year (semester1 + semester2 for counts of events)
    gap: int | None
    note: str = ""


@dataclass(frozen=True)
class RadSheet:
    plan: RadPlanInfo
    year: int
    scope: Scope
    lines: tuple[RadLine, ...]
    exact: bool                # False: small computed figures suppressed (a sheet that leaves)
    editable: bool = False     # the reader may type figures in for the manual indicators
