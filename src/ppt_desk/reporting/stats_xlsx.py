"""The statistics tables as a spreadsheet (.xlsx, XlsxWriter): a first sheet "Keterangan"
(what the figures are: period, dates, scope, office, the day it was made, the suppression
note and the legend, and the list of sheets), then one sheet per table: its title, the header
row (Uraian, the columns, Jumlah), one row per line, the totals row.  Figures are numbers; a
suppressed figure is the text "x" (never a number from 1 to 10: the tables are refused
otherwise, :func:`.stats_text.check_suppressed`).

``data`` is ``(report, language)`` (or the ``StatReport`` alone, Indonesian).  The workbook is
built in memory (no temp files beside the system's temp folder) and written atomically.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from ..atomic import atomic_file
from ..domain.stats.model import StatReport, StatTable
from ..domain.words import tanggal
from .stats_text import SUPPRESSED, check_suppressed, duration_row, scope_label, text

INFO_SHEET = "Keterangan"
_WORDS = {
    "id": {"title": "Laporan Statistik Penanganan Korban TPPO", "period": "Periode",
           "dates": "Rentang tanggal", "scope": "Cakupan", "office": "Kantor",
           "made": "Tanggal dibuat", "note": "Catatan penyamaran", "legend": "Keterangan tanda",
           "sheets": "Daftar lembar", "sheet": "Lembar", "table": "Tabel",
           "source": "Sumber", "durations_sheet": "Waktu ke tahap"},
    "en": {"title": "Statistics Report: Handling of Trafficking Victims", "period": "Period",
           "dates": "Dates", "scope": "Scope", "office": "Office", "made": "Made on",
           "note": "Suppression", "legend": "Legend", "sheets": "Sheets", "sheet": "Sheet",
           "table": "Table", "source": "Source", "durations_sheet": "Days to stage"},
}
_BAD = re.compile(r"[\[\]:*?/\\']")


def _w(key: str, language: str) -> str:
    return _WORDS["en" if language == "en" else "id"][key]


def sheet_names(titles: Sequence[str], taken: Sequence[str] = (INFO_SHEET,)) -> list[str]:
    """Excel sheet names for ``titles``: numbered in order, without the characters Excel
    refuses, at most 31 characters, unique (Excel compares them without case)."""
    used = {name.casefold() for name in taken}
    names: list[str] = []
    for i, title in enumerate(titles, start=1):
        base = " ".join(_BAD.sub(" ", title).split()) or "Tabel"
        name = f"{i:02d} {base}"[:31].rstrip()
        n = 2
        while name.casefold() in used or name.casefold() == "history":
            suffix = f" ({n})"
            name = f"{i:02d} {base}"[:31 - len(suffix)].rstrip() + suffix
            n += 1
        used.add(name.casefold())
        names.append(name)
    return names


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 13})
        self.sub = book.add_format({"italic": True, "font_color": "#444444"})
        self.head = book.add_format({"bold": True, "bg_color": "#E6E6E6", "border": 1,
                                     "text_wrap": True, "valign": "vcenter",
                                     "align": "center"})
        self.head_left = book.add_format({"bold": True, "bg_color": "#E6E6E6", "border": 1,
                                          "text_wrap": True, "valign": "vcenter"})
        self.label = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        self.number = book.add_format({"border": 1, "num_format": "#,##0"})
        self.hidden = book.add_format({"border": 1, "align": "right",
                                       "font_color": "#555555"})
        self.total_label = book.add_format({"bold": True, "border": 1, "bg_color": "#E6E6E6"})
        self.total_number = book.add_format({"bold": True, "border": 1, "bg_color": "#E6E6E6",
                                             "num_format": "#,##0"})
        self.total_hidden = book.add_format({"bold": True, "border": 1, "bg_color": "#E6E6E6",
                                             "align": "right"})
        self.days = book.add_format({"border": 1, "num_format": "0.0"})
        self.key = book.add_format({"bold": True, "valign": "top"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.note = book.add_format({"italic": True, "text_wrap": True, "valign": "top"})


def _figure(sheet: Any, row: int, col: int, value: int | None, number: Any,
            hidden: Any) -> None:
    if value is None:
        sheet.write_string(row, col, SUPPRESSED, hidden)
    else:
        sheet.write_number(row, col, value, number)


def write_table(sheet: Any, table: StatTable, fm: _Formats, language: str,
                subtitle: str) -> None:
    """One table on its sheet: title, subtitle, header (row 4), lines, totals, notes."""
    sheet.write_string(0, 0, table.title(language), fm.title)
    sheet.write_string(1, 0, subtitle, fm.sub)
    top = 3
    sheet.write_string(top, 0, text("category", language), fm.head_left)
    for c, column in enumerate(table.columns, start=1):
        sheet.write_string(top, c, column.label(language), fm.head)
    last = len(table.columns) + 1
    sheet.write_string(top, last, text("total", language), fm.head)
    for r, line in enumerate(table.rows):
        row = top + 1 + r
        sheet.write_string(row, 0, line.label(language), fm.label)
        for c, value in enumerate(table.cells[r], start=1):
            _figure(sheet, row, c, value, fm.number, fm.hidden)
        total = table.row_totals[r] if r < len(table.row_totals) else None
        _figure(sheet, row, last, total, fm.number, fm.hidden)
    row = top + 1 + len(table.rows)
    sheet.write_string(row, 0, text("total" if table.additive_rows else "total_cases",
                                    language), fm.total_label)
    for c, value in enumerate(table.column_totals, start=1):
        _figure(sheet, row, c, value, fm.total_number, fm.total_hidden)
    _figure(sheet, row, last, table.total, fm.total_number, fm.total_hidden)
    row += 2
    note = table.note_en if language == "en" else table.note_id
    if not table.additive_rows and not note.strip():
        note = text("multi", language)
    for line in (note, f"{_w('source', language)}: {table.cite}" if table.cite else "",
                 text("legend", language)):
        if line.strip():
            sheet.write_string(row, 0, line, fm.note)
            row += 1
    sheet.set_column(0, 0, 48)
    sheet.set_column(1, last, 13)
    sheet.freeze_panes(top + 1, 1)


def _info(sheet: Any, report: StatReport, fm: _Formats, language: str, title: str,
          contents: Sequence[tuple[str, str]]) -> None:
    period = report.period
    made = (f"{report.generated_on:%d %B %Y}" if language == "en"
            else tanggal(report.generated_on))
    sheet.write_string(0, 0, title, fm.title)
    rows = [(_w("period", language), period.label(language)),
            (_w("dates", language), f"{period.start:%d/%m/%Y} \u2013 {period.end:%d/%m/%Y}"),
            (_w("scope", language), scope_label(report, language)),
            (_w("office", language), report.office_name),
            (_w("made", language), made),
            (_w("note", language), text("note", language)),
            (_w("legend", language), text("legend", language))]
    row = 2
    for key, value in rows:
        sheet.write_string(row, 0, key, fm.key)
        sheet.write_string(row, 1, value, fm.wrap)
        row += 1
    row += 1
    sheet.write_string(row, 0, _w("sheets", language), fm.key)
    row += 1
    for name, table_title in contents:
        sheet.write_url(row, 0, f"internal:'{name}'!A1", string=name)
        sheet.write_string(row, 1, table_title, fm.wrap)
        row += 1
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 90)


def write_workbook(report: StatReport, path: Path, language: str, title: str) -> None:
    """``report``'s tables (and its durations) into ``path``, one sheet each."""
    check_suppressed(report.tables)
    titles = [t.title(language) for t in report.tables]
    if report.durations:
        titles.append(text("durations", language))
    names = sheet_names(titles)
    subtitle = f"{report.period.label(language)} \u2014 {scope_label(report, language)}"
    with atomic_file(Path(path)) as handle:
        book = xlsxwriter.Workbook(handle, {"in_memory": True, "strings_to_numbers": False,
                                            "strings_to_formulas": False,
                                            "strings_to_urls": False})
        book.set_properties({"title": title, "company": report.office_name,
                             "author": "ppt-desk", "comments": ""})
        fm = _Formats(book)
        _info(book.add_worksheet(INFO_SHEET), report, fm, language, title,
              list(zip(names, titles, strict=True)))
        for name, table in zip(names, report.tables, strict=False):
            write_table(book.add_worksheet(name), table, fm, language, subtitle)
        if report.durations:
            _durations(book.add_worksheet(names[-1]), report, fm, language, subtitle)
        book.close()


def _durations(sheet: Any, report: StatReport, fm: _Formats, language: str,
               subtitle: str) -> None:
    sheet.write_string(0, 0, text("durations", language), fm.title)
    sheet.write_string(1, 0, subtitle, fm.sub)
    for c, key in enumerate(("stage", "cases", "median", "p90")):
        sheet.write_string(3, c, text(key, language), fm.head_left if c == 0 else fm.head)
    for r, m in enumerate(report.durations, start=4):
        sheet.write_string(r, 0, m.label_en if language == "en" else m.label_id, fm.label)
        for c, value in enumerate(duration_row(m, language), start=1):
            number = _number(value)
            if number is None:
                sheet.write_string(r, c, value, fm.hidden)
            else:
                sheet.write_number(r, c, number, fm.number if c == 1 else fm.days)
    sheet.write_string(5 + len(report.durations), 0, text("durations_hidden", language),
                       fm.note)
    sheet.set_column(0, 0, 40)
    sheet.set_column(1, 3, 16)
    sheet.freeze_panes(4, 1)


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def stats_xlsx(data: Any, path: Path) -> None:
    """Write the statistics spreadsheet.  ``data``: ``(report, language)`` or a report."""
    report, language = data if isinstance(data, tuple) else (data, "id")
    write_workbook(report, path, language, _w("title", language))
