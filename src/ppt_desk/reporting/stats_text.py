"""Words the statistics outputs share (the report PDF, the spreadsheets, the charts): the mark
of a suppressed figure, its legend, the suppression note, and the guard that no figure from
1 to 10 leaves the app.  Standard library only (the spreadsheets do not load reportlab)."""
from __future__ import annotations

from collections.abc import Iterable

from ..domain.stats.model import Median, StatReport, StatTable
from ..domain.stats.suppression import K

SUPPRESSED = "x"   # a hidden figure (small or complementary), in tables, charts, spreadsheets
SMALL = range(1, K)  # figures that never leave the app (T12)

_TEXT = {
    "id": {
        "legend": (f"\u201c{SUPPRESSED}\u201d: angka disamarkan \u2014 angka 1\u201310, serta sel "
                   "pelengkap yang ikut disamarkan agar angka kecil tidak dapat dihitung kembali "
                   "dari jumlah baris, kolom atau jumlah keseluruhan."),
        "note": ("Sel dengan angka 1\u201310 disamarkan untuk melindungi identitas korban, "
                 "beserta sel pelengkap agar tidak dapat dihitung kembali dari jumlah baris, "
                 "kolom atau jumlah keseluruhan."),
        "total": "Jumlah",
        "total_cases": "Jumlah kasus",
        "category": "Uraian",
        "multi": ("Satu kasus dapat tercatat pada lebih dari satu baris; baris \u201cJumlah "
                  "kasus\u201d menghitung setiap kasus satu kali."),
        "durations": "Waktu dari penerimaan kasus sampai setiap tahap",
        "stage": "Tahap",
        "cases": "Jumlah kasus",
        "median": "Median (hari)",
        "p90": "Persentil ke-90 (hari)",
        "durations_hidden": ("Median dan persentil tidak dicantumkan bila kasusnya kurang "
                             "dari 11."),
    },
    "en": {
        "legend": (f"\u201c{SUPPRESSED}\u201d: figure suppressed \u2014 figures from 1 to 10, "
                   "and complementary cells suppressed so that no small figure can be worked "
                   "out from the row, column or grand totals."),
        "note": ("Cells from 1 to 10 are suppressed to protect the victims' identity, together "
                 "with complementary cells so that they cannot be worked out from the row, "
                 "column or grand totals."),
        "total": "Total",
        "total_cases": "Total cases",
        "category": "Category",
        "multi": ("A case can be counted in more than one row; the row \u201cTotal cases\u201d "
                  "counts every case once."),
        "durations": "Days from intake to each stage",
        "stage": "Stage",
        "cases": "Cases",
        "median": "Median (days)",
        "p90": "90th percentile (days)",
        "durations_hidden": "Median and percentile are left out for fewer than 11 cases.",
    },
}


def text(key: str, language: str) -> str:
    return _TEXT["en" if language == "en" else "id"][key]


def scope_label(report: StatReport, language: str) -> str:
    """The scope as printed; a scope without a label is every case of the store."""
    label = report.scope.label(language).strip()
    if label:
        return label
    if report.scope.kind == "SEMUA":
        return "All cases" if language == "en" else "Semua kasus"
    return report.scope.code or "-"


def figure(value: int | None) -> str:
    """A figure as printed: the number, or the suppressed mark."""
    return SUPPRESSED if value is None else str(value)


def figures_of(table: StatTable) -> Iterable[int | None]:
    for row in table.cells:
        yield from row
    yield from table.row_totals
    yield from table.column_totals
    yield table.total


def check_suppressed(tables: Iterable[StatTable]) -> None:
    """Refuse to write a table that still has a figure from 1 to 10 (T12): suppression runs
    in the service before any output; this is the last guard at the edge."""
    for table in tables:
        if any(value in SMALL for value in figures_of(table) if value is not None):
            raise ValueError(f"table {table.key!r} has a figure from 1 to 10: not suppressed")


def duration_row(median: Median, language: str) -> tuple[str, str, str]:
    """Cases, median and 90th percentile as printed: fewer than 11 cases show the mark and no
    days (a median of a handful of cases describes those cases)."""
    if median.cases is None or median.cases in SMALL:
        return SUPPRESSED, "\u2014", "\u2014"

    def days(value: float | None) -> str:
        if value is None:
            return "\u2014"
        return f"{value:.0f}" if float(value).is_integer() else (f"{value:.1f}" if language == "en" else f"{value:.1f}".replace(".", ","))

    return str(median.cases), days(median.median_days), days(median.p90_days)
