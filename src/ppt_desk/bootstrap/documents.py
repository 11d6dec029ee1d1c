"""The ``DocumentWriter`` port over ``ppt_desk.reporting``, and the ``ChartDrawer`` port
(services/chart_port.py) over ``reporting.charts``. reportlab and XlsxWriter are imported
on the first print or chart: starting the app does not need them."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.stats.model import StatTable


class PdfDocumentWriter:
    """Writes every printed or exported document: the PDFs, and the statistics spreadsheets.

    ``stats_report``: data ``(StatReport, Letterhead, language)``; ``stats_xlsx``:
    ``(StatReport, language)``; ``simfoni_xlsx``: ``(StatReport of the SIMFONI tables,
    language)``. The reports' tables must be suppressed already (a figure from 1 to 10 is
    refused with ValueError)."""

    def write(self, document: str, data: Any, path: Path) -> None:
        if document == "referral_letter":
            from ..reporting.referral_letter import referral_letter as draw
        elif document == "handover_minutes":
            from ..reporting.handover_minutes import handover_minutes as draw
        elif document == "conference_minutes":
            from ..reporting.conference_minutes import conference_minutes as draw
        elif document == "case_summary":
            from ..reporting.case_summary import case_summary as draw
        elif document == "stats_report":
            from ..reporting.stats_report import stats_report as draw
        elif document == "stats_xlsx":
            from ..reporting.stats_xlsx import stats_xlsx as draw
        elif document == "simfoni_xlsx":
            from ..reporting.simfoni_xlsx import simfoni_xlsx as draw
        else:
            raise ValueError(f"unknown document {document!r}")
        draw(data, path)


class ReportlabCharts:
    """The ``ChartDrawer``: a statistics table's chart as SVG (the drawing the PDF prints)."""

    def svg(self, table: StatTable, language: str) -> bytes:
        from ..reporting.charts import table_svg
        return table_svg(table, language)
