"""Cetak… on the case page: a record's printed document (surat rujukan, berita acara
pemulangan) saved as a PDF where the user chooses, under a name without personal data."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ...services.change_set import ChangeSet
from ..context import AppContext
from ..labels import casework_config
from ..widgets.save_pdf import ask_pdf_path


class CaseDocuments(QObject):
    """Writes the PDFs of one page's records; says how it went through its signals."""

    saved = Signal(str)      # the notice to show: where the document went
    failed = Signal(object)  # the exception, for message_for

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page

    def document_name(self, case_number: str, kind: str) -> str:
        """A file name without personal data: document, case number, date."""
        document = casework_config().forms[kind].print or kind
        number = re.sub(r"[^A-Za-z0-9]+", "-", case_number).strip("-")
        day = self.ctx.backend.deps.clock.today().isoformat()
        return f"{document.replace('_', '-')}-{number}-{day}.pdf"

    def print_record(self, case_id: str, case_number: str, kind: str, record_id: str) -> None:
        """Cetak…: ask where to save the PDF, then write it there and open it."""
        path = ask_pdf_path(self.page, self.ctx.prefs, self.tr("Simpan dokumen"),
                            self.document_name(case_number, kind))
        if path is not None:
            self.print_to(case_id, kind, record_id, path)

    def print_to(self, case_id: str, kind: str, record_id: str, path: Path) -> None:
        document = casework_config().forms[kind].print
        documents = self.ctx.backend.documents
        call = {"surat_rujukan": documents.print_referral_letter,
                "berita_acara_pemulangan": documents.print_handover_minutes}[document]

        def done(changes: ChangeSet) -> None:
            self.saved.emit(self.tr("Dokumen disimpan: {path}").format(path=path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.ops.change(call, case_id, record_id, path, on_done=done,
                            on_error=self._failed)

    def summary_purposes(self) -> list[tuple[str, str]]:
        """Who a ringkasan kasus is for: the office's own file, or a consent purpose."""
        return [("", self.tr("Untuk arsip PPT (internal)")),
                ("APH", self.tr("Untuk aparat penegak hukum…")),
                ("LPSK", self.tr("Untuk LPSK…")),
                ("PEMULANGAN", self.tr("Untuk pemulangan…")),
                ("PERWAKILAN_LN", self.tr("Untuk perwakilan RI di luar negeri…"))]

    def print_summary(self, case_id: str, case_number: str, purpose: str) -> None:
        """Ringkasan kasus…: ask where to save the PDF, then write it there and open it."""
        number = re.sub(r"[^A-Za-z0-9]+", "-", case_number).strip("-")
        day = self.ctx.backend.deps.clock.today().isoformat()
        path = ask_pdf_path(self.page, self.ctx.prefs, self.tr("Simpan ringkasan kasus"),
                            f"ringkasan-kasus-{number}-{day}.pdf")
        if path is None:
            return

        def done(_result: None) -> None:
            self.saved.emit(self.tr("Ringkasan kasus disimpan: {path}").format(path=path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.ops.query(self.ctx.backend.documents.print_case_summary, case_id, path,
                           purpose, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
