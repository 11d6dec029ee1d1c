"""The statistics outputs (issue 13, ADR 0020): the report PDF read back with poppler, the
spreadsheets read back with openpyxl, the chart SVG parsed; all from a StatReport built by
hand with synthetic figures, some suppressed (None).

With ``PPT_DESK_SCREENSHOTS=<folder>`` page 1 of the report is also written there as
stats-report.png (80 dpi) for the documentation.
"""
from __future__ import annotations

import os
import re
import subprocess
import time
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ppt_desk.bootstrap.documents import PdfDocumentWriter, ReportlabCharts
from ppt_desk.domain.stats.model import Line, Median, Scope, StatReport, StatTable
from ppt_desk.domain.stats.period import semester
from ppt_desk.reporting.charts import chart_drawing, table_svg
from ppt_desk.reporting.stats_report import stats_report
from ppt_desk.reporting.stats_xlsx import INFO_SHEET, sheet_names, stats_xlsx
from ppt_desk.reporting.simfoni_xlsx import simfoni_xlsx

from pdf_tools import (
    PDFTOPPM, SAMPLE_LETTERHEAD, flat, fonts_of, needs_poppler, pages_of, text_of,
)

KOP = SAMPLE_LETTERHEAD
SEX = (Line("L", "Laki-laki", "Male"), Line("P", "Perempuan", "Female"))
LONG_LABEL = "Penempatan pekerja migran non-prosedural tanpa dokumen resmi dan tanpa perjanjian"


def table(key: str, title: str, rows: list[str], cells: list[list[int | None]],
          chart: str = "stacked", additive: bool = True, columns=SEX,
          title_en: str = "") -> StatTable:
    """A suppressed table: a total is hidden (None) where one of its parts is."""
    width = len(columns)
    row_totals = tuple(None if None in r else sum(r) for r in cells)
    column_totals = tuple(None if any(r[c] is None for r in cells) else sum(r[c] for r in cells)
                          for c in range(width))
    total = None if None in column_totals else sum(column_totals)
    return StatTable(key, title, title_en or title,
                     tuple(Line(f"{key}-{i}", label, f"{label} (en)")
                           for i, label in enumerate(rows)),
                     columns, tuple(tuple(r) for r in cells), row_totals, column_totals, total,
                     additive_rows=additive, chart=chart, exact=False,
                     suppressed=sum(v is None for r in cells for v in r))


def modus_table() -> StatTable:
    return table("modus", "Korban menurut modus",
                 [LONG_LABEL, "Eksploitasi seksual", "Pengantin pesanan",
                  "Kerja paksa di perkebunan", "Lainnya"],
                 [[120, 45], [None, 63], [0, 22], [88, None], [14, 30]],
                 title_en="Victims by modus")


def province_table(rows: int = 40) -> StatTable:
    return table("asal", "Daerah asal (provinsi)", [f"Provinsi contoh {i}" for i in range(rows)],
                 [[11 + i, 20 + 2 * i] if i % 7 else [None, None] for i in range(rows)],
                 chart="bar")


def services_table() -> StatTable:
    return table("layanan", "Layanan menurut jalur", ["Kesehatan", "Psikososial", "Hukum"],
                 [[31, 44], [25, 0], [12, 19]], chart="bar", additive=False)


def channel_table() -> StatTable:
    return table("kanal", "Jalur penerimaan", ["Datang langsung", "Rujukan polisi"],
                 [[40, 52], [33, 61]], chart="none")


def report(tables=None, durations=None) -> StatReport:
    return StatReport(
        semester(2026, 1), Scope("SEMUA", "", "Semua kasus PPT ini", "All cases of this PPT"),
        "UPTD PPA Kota Kupang",
        tuple(tables if tables is not None else
              (modus_table(), province_table(), services_table(), channel_table())),
        tuple(durations if durations is not None else
              (Median("ASESMEN", "Asesmen awal", "Initial assessment", 140, 3.0, 9.5),
               Median("RUJUKAN", "Rujukan layanan", "Referral", 7, 12.0, 20.0))),
        False, date(2026, 12, 3))


def pages(pdf: Path) -> list[str]:
    return text_of(pdf).split("\f")


# --- the report PDF ---------------------------------------------------------------------------

@needs_poppler
def test_report_pdf_reads_back(tmp_path):
    pdf = tmp_path / "laporan.pdf"
    stats_report((report(), KOP, "id"), pdf)
    text = flat(text_of(pdf))
    for words in ("UPTD PPA KOTA KUPANG", "LAPORAN STATISTIK PENANGANAN KORBAN TPPO",
                  "Semester I 2026", "01/01/2026 – 30/06/2026", "Semua kasus PPT ini",
                  "3 Desember 2026", "Daftar isi", "1. Korban menurut modus",
                  "2. Daerah asal (provinsi)", "3. Layanan menurut jalur",
                  "5. Waktu dari penerimaan kasus sampai setiap tahap",
                  "Eksploitasi seksual", "Jumlah kasus"):
        assert words in text, words
    # the figures, the suppressed mark, the totals
    assert re.search(r"Pengantin pesanan 0 22 22", text)
    assert re.search(r"Eksploitasi seksual x 63 x", text)
    assert re.search(r"Lainnya 14 30 44", text)
    # the legend of the mark and the suppression note
    assert "“x”: angka disamarkan" in text
    assert "Sel dengan angka 1–10 disamarkan" in text
    assert "beserta sel pelengkap agar tidak dapat dihitung kembali" in text
    # durations: a median of fewer than 11 cases is not printed
    assert re.search(r"Asesmen awal 140 3 9,5", text)
    assert re.search(r"Rujukan layanan x — —", text)
    # not additive: one case in several rows
    assert "lebih dari satu baris" in text
    n = pages_of(pdf)
    assert n >= 3
    for page in range(1, n + 1):
        assert f"Halaman {page} dari {n}" in text
    # every font embedded (pdffonts' "emb" column), and DejaVu, not Helvetica
    listed = fonts_of(pdf)
    dejavu = [line for line in listed.splitlines() if "DejaVu" in line]
    assert dejavu and all(" yes " in line for line in dejavu), listed
    assert "Helvetica" not in listed and "Times" not in listed, listed


@needs_poppler
def test_contents_give_the_page_of_each_section(tmp_path):
    pdf = tmp_path / "laporan.pdf"
    stats_report((report(), KOP, "id"), pdf)
    texts = [flat(t) for t in pages(pdf)]
    sections = ((1, "Korban menurut modus", "Uraian"), (2, "Daerah asal (provinsi)", "Uraian"),
                (3, "Layanan menurut jalur", "Uraian"), (4, "Jalur penerimaan", "Uraian"),
                (5, "Waktu dari penerimaan kasus sampai setiap tahap", "Persentil"))
    for number, title, header in sections:
        found = re.search(rf"{number}\. {re.escape(title)} hal\. (\d+)", texts[0])
        assert found, texts[0]
        page = int(found.group(1))
        # the heading itself (followed by its table's header), not the contents line
        where = [i + 1 for i, t in enumerate(texts)
                 if re.search(rf"{number}\. {re.escape(title)} {header}", t)]
        assert where == [page], (title, where, page)


@needs_poppler
def test_long_table_runs_on_with_its_header_repeated(tmp_path):
    pdf = tmp_path / "laporan.pdf"
    stats_report((report([province_table(60)], []), KOP, "id"), pdf)
    texts = [flat(t) for t in pages(pdf)]
    first = next(i for i, t in enumerate(texts) if "Provinsi contoh 0 " in t)
    last = next(i for i, t in enumerate(texts) if "Provinsi contoh 59 " in t)
    assert last > first, "60 rows fit on one page?"
    for page in range(first + 1, last + 1):
        assert re.search(r"Uraian Laki-laki Perempuan Jumlah", texts[page]), texts[page][:300]
    # the totals row never stands alone under the repeated header
    assert re.search(r"Provinsi contoh 58 .*Jumlah x x x", texts[last])


@needs_poppler
def test_english_report(tmp_path):
    pdf = tmp_path / "report.pdf"
    stats_report((report(), KOP, "en"), pdf)
    text = flat(text_of(pdf))
    assert "STATISTICS REPORT: HANDLING OF TRAFFICKING VICTIMS" in text
    assert "1. Victims by modus" in text and "All cases of this PPT" in text
    assert "“x”: figure suppressed" in text
    assert re.search(r"Initial assessment 140 3 9.5", text)


def test_unsuppressed_figures_never_leave(tmp_path):
    leaky = table("x", "Bocor", ["A", "B"], [[5, 40], [30, 22]])
    for write, data, name in ((stats_report, (report([leaky]), KOP, "id"), "a.pdf"),
                              (stats_xlsx, (report([leaky]), "id"), "a.xlsx"),
                              (simfoni_xlsx, report([leaky]), "s.xlsx")):
        with pytest.raises(ValueError, match="not suppressed"):
            write(data, tmp_path / name)
        assert not (tmp_path / name).exists()
    assert list(tmp_path.iterdir()) == []   # no temp file left behind


@needs_poppler
def test_page_one_renders(tmp_path):
    pdf = tmp_path / "laporan.pdf"
    stats_report((report(), KOP, "id"), pdf)
    out = tmp_path / "page"
    subprocess.run([PDFTOPPM, "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(out)], check=True, timeout=60)
    png = out.with_suffix(".png")
    assert png.stat().st_size > 10_000
    folder = os.environ.get("PPT_DESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / "stats-report.png").write_bytes(png.read_bytes())


# --- the spreadsheets -------------------------------------------------------------------------

def _table_values(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=4, values_only=True)]


def test_spreadsheet_reads_back(tmp_path):
    path = tmp_path / "statistik.xlsx"
    rep = report()
    stats_xlsx((rep, "id"), path)
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    assert names[0] == INFO_SHEET
    assert len(names) == 1 + len(rep.tables) + 1          # + the durations
    assert all(len(n) <= 31 for n in names) and len({n.casefold() for n in names}) == len(names)
    info = [[c for c in row if c is not None] for row in book[INFO_SHEET].iter_rows(values_only=True)]
    flat_info = " ".join(str(c) for row in info for c in row)
    for words in ("Semester I 2026", "01/01/2026 – 30/06/2026", "Semua kasus PPT ini",
                  "UPTD PPA Kota Kupang", "3 Desember 2026", "Sel dengan angka 1–10 disamarkan",
                  "“x”: angka disamarkan"):
        assert words in flat_info, words

    modus = book[names[1]]
    assert modus["A1"].value == "Korban menurut modus"
    rows = _table_values(modus)
    assert rows[0][:4] == ["Uraian", "Laki-laki", "Perempuan", "Jumlah"]
    assert rows[1][:4] == [LONG_LABEL, 120, 45, 165]
    assert rows[2][:4] == ["Eksploitasi seksual", "x", 63, "x"]
    assert rows[3][:4] == ["Pengantin pesanan", 0, 22, 22]
    assert rows[6][:4] == ["Jumlah", "x", "x", "x"]
    assert isinstance(rows[1][1], int)
    # not additive: the totals row says it counts cases once
    services = _table_values(book[names[3]])
    assert services[4][0] == "Jumlah kasus"

    # no number from 1 to 10 in any table sheet; every suppressed cell is "x"
    for name, tab in zip(names[1:], rep.tables, strict=False):
        cells = [v for row in book[name].iter_rows(values_only=True) for v in row]
        assert not [v for v in cells if isinstance(v, (int, float)) and 1 <= v <= 10], name
        assert cells.count("x") == (tab.suppressed + sum(v is None for v in tab.row_totals)
                                      + sum(v is None for v in tab.column_totals)
                                      + (tab.total is None)), name
    durations = _table_values(book[names[-1]])
    assert durations[1][:4] == ["Asesmen awal", 140, 3, 9.5]
    assert durations[2][:4] == ["Rujukan layanan", "x", "—", "—"]


def test_sheet_names_are_valid_and_unique():
    titles = ["Korban menurut jenis eksploitasi dan kelompok umur [SIMFONI]"] * 3 + \
             ["a/b:c*d?e", "History", ""]
    names = sheet_names(titles)
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == len(names)
    assert not any(set(n) & set("[]:*?/\\'") for n in names)
    assert "keterangan" not in {n.casefold() for n in names}


def test_simfoni_spreadsheet(tmp_path):
    age = (Line("0-5", "0–5 tahun", "0–5"), Line("6-12", "6–12 tahun", "6–12"),
           Line("13-17", "13–17 tahun", "13–17"), Line("18-24", "18–24 tahun", "18–24"),
           Line("25+", "25 tahun ke atas", "25+"))
    tables = [table("simfoni_bentuk", "Bentuk kekerasan menurut kelompok umur",
                    ["Trafficking", "Seksual", "Eksploitasi"],
                    [[0, None, 25, 40, 61], [0, 13, None, 22, 0], [0, 0, 14, 19, 33]],
                    columns=age)]
    path = tmp_path / "simfoni.xlsx"
    simfoni_xlsx(StatReport(report().period, report().scope, "UPTD PPA Kota Kupang",
                            tuple(tables), (), False, date(2026, 12, 3)), path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == INFO_SHEET
    assert book[INFO_SHEET]["A1"].value == "Agregat SIMFONI-PPA (kasus TPPO)"
    rows = _table_values(book[book.sheetnames[1]])
    assert rows[0] == ["Uraian", "0–5 tahun", "6–12 tahun", "13–17 tahun", "18–24 tahun",
                       "25 tahun ke atas", "Jumlah"]
    assert rows[1] == ["Trafficking", 0, "x", 25, 40, 61, "x"]


# --- charts -----------------------------------------------------------------------------------

def _svg_text(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return [el.text or "" for el in root.iter() if el.tag.endswith("text")]


def test_chart_svg_parses_and_names_its_rows():
    svg = table_svg(modus_table(), "id")
    texts = _svg_text(svg)
    joined = " ".join(texts)
    for words in ("Eksploitasi seksual", "Pengantin pesanan", "Laki-laki", "Perempuan",
                  "165", "x", "Angka disamarkan (x) tidak digambar."):
        assert words in joined, words
    long = next(t for t in texts if t.startswith("Penempatan pekerja migran"))
    assert long.endswith("…") and len(long) < len(LONG_LABEL)
    assert b"DejaVu Sans" in svg and b"PPTDesk" not in svg
    assert float(ET.fromstring(svg).attrib["width"]) == 460


def test_chart_kinds():
    assert table_svg(channel_table(), "id") == b""          # chart "none"
    bar = _svg_text(table_svg(services_table(), "en"))
    assert "Kesehatan (en)" in bar and "75" in bar and "Male" not in bar   # no legend
    many = _svg_text(table_svg(province_table(40), "id"))
    assert "30 baris terbesar digambar; 10 baris lainnya ada pada tabel." in many
    assert sum(t.startswith("Provinsi contoh") for t in many) == 30
    # nothing to draw: no rows, every figure 0, or every figure suppressed (the table says it)
    assert chart_drawing(table("t", "T", [], []), "id") is None
    assert table_svg(table("nol", "Nol", ["A", "B"], [[0, 0], [0, 0]]), "id") == b""
    assert table_svg(table("x", "X", ["A", "B"], [[None, 0], [0, None]]), "id") == b""


def test_suppressed_bar_is_absent():
    """A suppressed figure draws no bar: the bars are the known figures only."""
    drawing = chart_drawing(table("t", "T", ["A", "B"], [[None, 50], [20, 30]], chart="bar"),
                            "id")
    bars = [s for s in drawing.contents if type(s).__name__ == "Rect"][1:]  # [0]: background
    assert len(bars) == 1   # B only; A's total is hidden


# --- the ports --------------------------------------------------------------------------------

def test_ports(tmp_path):
    writer = PdfDocumentWriter()
    writer.write("stats_xlsx", (report(), "en"), tmp_path / "a.xlsx")
    writer.write("simfoni_xlsx", (report(), "id"), tmp_path / "s.xlsx")
    writer.write("stats_report", (report(), KOP, "id"), tmp_path / "r.pdf")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames[1].startswith("01 Victims")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert ReportlabCharts().svg(modus_table(), "id") == table_svg(modus_table(), "id")


@needs_poppler
def test_thirty_tables_in_time(tmp_path):
    """30 tables (the size of a year's report): the spreadsheet within the 3 s goal (the
    table count drives it, not the case count: the counts come in already aggregated)."""
    tables = [table(f"t{i}", f"Tabel contoh nomor {i}", [f"Baris {r}" for r in range(12)],
                    [[20 + r + i, None if r == 3 else 31 + r] for r in range(12)],
                    chart=("stacked", "bar", "none")[i % 3]) for i in range(30)]
    rep = report(tables)
    start = time.perf_counter()
    stats_xlsx((rep, "id"), tmp_path / "t.xlsx")
    xlsx_s = time.perf_counter() - start
    start = time.perf_counter()
    stats_report((rep, KOP, "id"), tmp_path / "t.pdf")
    pdf_s = time.perf_counter() - start
    print(f"30 tables: spreadsheet {xlsx_s:.2f} s, PDF {pdf_s:.2f} s, "
          f"{pages_of(tmp_path / 't.pdf')} pages")
    assert xlsx_s < 3.0
    assert pdf_s < 15.0


def test_no_lone_totals_row_or_lone_first_row():
    """Where a table breaks: never before the totals row alone, never after the first row."""
    from ppt_desk.reporting.page import FRAME_WIDTH
    from ppt_desk.reporting.stats_report import figures_table
    from ppt_desk.reporting.styles import styles

    grid = figures_table(province_table(20), styles(), "id")
    grid.wrap(FRAME_WIDTH, 10_000)
    heights = grid._rowHeights
    parts = grid.split(FRAME_WIDTH, sum(heights[:-1]) + 0.5)   # room for all but the totals
    assert len(parts) == 2
    def label(cell):
        cell = cell[0] if isinstance(cell, (list, tuple)) else cell
        return getattr(cell, "text", cell)

    carried = [label(row[0]) for row in parts[1]._cellvalues]
    assert carried[0] == "Uraian"                       # the header, repeated
    assert len(carried) >= 4, carried                   # header, two rows, the totals
    first = grid.split(FRAME_WIDTH, sum(heights[:2]) + 0.5)   # room for the header and one row
    assert not first or len(first[0]._cellvalues) >= 3


def test_legend_names_every_column_of_a_wide_table():
    ages = tuple(Line(code, label, label) for code, label in (
        ("0-5", "0–5 tahun"), ("6-12", "6–12 tahun"), ("13-17", "13–17 tahun"),
        ("18-24", "18–24 tahun"), ("25-44", "25–44 tahun"), ("45+", "45 tahun ke atas"),
        ("", "Tidak diketahui")))
    wide = table("umur", "Umur", ["Trafficking", "Seksual"],
                 [[0, 12, 25, 40, 61, 12, 0], [0, 13, 14, 22, 0, 0, 11]], columns=ages)
    drawing = chart_drawing(wide, "id")
    texts = _svg_text(table_svg(wide, "id"))
    for column in ages:
        assert column.label_id in texts, column.label_id
    # every legend entry inside the drawing
    strings = [s for s in drawing.contents if type(s).__name__ == "String"]
    assert all(0 <= s.x and s.x + 1 < drawing.width for s in strings)


def test_a_scope_without_a_label_prints_as_every_case(tmp_path):
    from dataclasses import replace

    path = tmp_path / "s.xlsx"
    stats_xlsx((replace(report(), scope=Scope()), "id"), path)
    info = {row[0]: row[1] for row in openpyxl.load_workbook(path)[INFO_SHEET]
            .iter_rows(min_row=3, max_row=8, values_only=True)}
    assert info["Cakupan"] == "Semua kasus"


def test_the_screen_reads_the_svg(qapp):
    """QtSvg (the Statistik page) takes the SVG, at the drawing's size, its text in DejaVu
    Sans (QtSvg does not read a quoted family list: it fell back to another face, whose
    narrower letters left the right-aligned labels short of the bars)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = table_svg(modus_table(), "id")
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 460
    assert b"font-family: DejaVu Sans;" in svg and b"'DejaVu Sans'" not in svg
    image = QImage(1024, int(1024 * renderer.defaultSize().height() / 460),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(2, 2).lightness() > 250   # its own white ground
