"""Printed documents: the data comes from ``services.documents``, the drawing from the
``DocumentWriter`` port (reporting), and a file that cannot be written becomes a message."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from ...domain.errors import DomainError
from .. import documents
from ..case_summary import case_summary
from ..conference_minutes import conference_minutes
from ..change_set import ChangeSet
from ..deps import Deps
from ..ports import DocumentWriter, StoreGate
from .base import Facade

log = logging.getLogger(__name__)


class DocumentsFacade(Facade):
    def __init__(self, gate: StoreGate, deps: Deps, writer: DocumentWriter) -> None:
        super().__init__(gate, deps)
        self._writer = writer

    def print_referral_letter(self, case_id: str, record_id: str, path: Path) -> ChangeSet:
        """Write the surat rujukan of an outgoing referral as a PDF at ``path``."""
        return self._print("referral_letter", documents.referral_letter, case_id, record_id,
                           path=path)

    def print_handover_minutes(self, case_id: str, record_id: str, path: Path) -> ChangeSet:
        """Write the berita acara serah terima of a repatriation handover as a PDF."""
        return self._print("handover_minutes", documents.handover_minutes, case_id, record_id,
                           path=path)

    def print_conference_minutes(self, conference_id: str, path: Path) -> ChangeSet:
        """Write the notulen of a case conference as a PDF: victims named only where the
        consent and the reader's access allow (``services.conference_minutes``)."""
        return self._print("conference_minutes", conference_minutes, conference_id, path=path)

    def print_case_summary(self, case_id: str, path: Path, purpose: str = "") -> None:
        """Write the ringkasan kasus as a PDF: for the office's own file (purpose "") or for
        a consent purpose (APH, LPSK, PEMULANGAN, PERWAKILAN_LN), within its scope. A read (it
        changes no record, only the audit notes the print), so a case moved to another PPT
        still prints here."""
        self._print("case_summary", case_summary, case_id, purpose, path=path)

    def _print(self, document: str, assemble: Callable[..., tuple[ChangeSet, Any]],
               *ids: str, path: Path) -> ChangeSet:
        store, actor = self._signed_in()
        changes, data = assemble(store.uow(), actor, self.deps, *ids)
        try:
            self._writer.write(document, data, path)
        except OSError as exc:  # a full or pulled USB stick, a read-only folder
            log.warning("document not written: %s", type(exc).__name__)
            raise DomainError("document_not_written", errno=exc.errno or 0) from exc
        return changes
