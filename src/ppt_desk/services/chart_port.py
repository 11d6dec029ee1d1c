"""The chart port: the Statistik page shows the same chart the report PDF prints, drawn by
``reporting.charts`` (reportlab). Services and facades may not import reporting (ADR 0020,
.importlinter), so bootstrap hands the stats facade a ``ChartDrawer``
(``bootstrap.documents.ReportlabCharts``)."""
from __future__ import annotations

from typing import Protocol

from ..domain.stats.model import StatTable


class ChartDrawer(Protocol):
    def svg(self, table: StatTable, language: str) -> bytes:
        """The table's chart as SVG (UTF-8); empty bytes where the table has no chart
        (``chart == "none"`` or no rows)."""
