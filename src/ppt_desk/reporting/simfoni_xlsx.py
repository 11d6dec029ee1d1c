"""The SIMFONI-PPA aggregate as a spreadsheet: the tables in SIMFONI's categories (form of
violence, place, age bands, sex, relationship, services; made by ``domain.stats.simfoni``
and suppressed by the service) laid out as :mod:`.stats_xlsx` lays out the report: the sheet
"Keterangan" first, then one sheet per table, suppressed figures as "x".

``data`` is a ``StatReport`` whose tables are the SIMFONI tables (or ``(report, language)``);
SIMFONI-PPA is an Indonesian system, so the sheets are in Indonesian unless told otherwise.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .stats_xlsx import write_workbook

TITLE = {"id": "Agregat SIMFONI-PPA (kasus TPPO)",
         "en": "SIMFONI-PPA aggregate (trafficking cases)"}


def simfoni_xlsx(data: Any, path: Path) -> None:
    """Write the SIMFONI-PPA aggregate.  ``data``: a report or ``(report, language)``."""
    report, language = data if isinstance(data, tuple) else (data, "id")
    write_workbook(report, path, language, TITLE["en" if language == "en" else "id"])
