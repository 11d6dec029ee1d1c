"""Cetak notulen…: the conference's minutes (notulen) saved as a PDF where the presenter
chooses, under a name without personal data, and opened (``documents.print_conference_minutes``,
drawn by reporting/conference_minutes.py)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ...services.change_set import ChangeSet
from ...services.conference_dto import ConferenceDetail
from ..context import AppContext
from ..widgets.save_pdf import ask_pdf_path


def minutes_name(detail: ConferenceDetail | None) -> str:
    """notulen-<kind>-<planned day>.pdf: no name, no case number."""
    kind = re.sub(r"[^a-z0-9]+", "-", detail.kind.lower()) if detail else "pertemuan"
    day = detail.planned_on.isoformat() if detail else ""
    return f"notulen-{kind}-{day}.pdf"


class Minutes(QObject):
    saved = Signal(str)      # the notice: where the minutes went
    failed = Signal(object)  # the exception, for message_for

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent

    def ask(self, detail: ConferenceDetail | None) -> Path | None:
        return ask_pdf_path(self.parent_widget, self.ctx.prefs, self.tr("Simpan notulen"),
                            minutes_name(detail))

    def print_to(self, conference_id: str, path: Path, open_it: bool = True) -> None:
        def done(_changes: ChangeSet) -> None:
            self.saved.emit(self.tr("Notulen disimpan: {path}").format(path=path))
            if open_it:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.ops.change(self.ctx.backend.documents.print_conference_minutes,
                            conference_id, path, on_done=done, on_error=self.failed.emit)
