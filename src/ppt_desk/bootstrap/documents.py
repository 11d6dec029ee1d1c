"""The ``DocumentWriter`` port over ``ppt_desk.reporting``. reportlab is imported on the first
print: starting the app does not need it."""
from __future__ import annotations

from pathlib import Path
from typing import Any


class PdfDocumentWriter:
    def write(self, document: str, data: Any, path: Path) -> None:
        if document == "referral_letter":
            from ..reporting.referral_letter import referral_letter as draw
        elif document == "handover_minutes":
            from ..reporting.handover_minutes import handover_minutes as draw
        elif document == "conference_minutes":
            from ..reporting.conference_minutes import conference_minutes as draw
        elif document == "case_summary":
            from ..reporting.case_summary import case_summary as draw
        else:
            raise ValueError(f"unknown document {document!r}")
        draw(data, path)
