"""Group sessions from the case page (Layanan tab): Sesi kelompok baru…, Ubah… and Hapus of a
session this case took part in. One session dialog is open at a time."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.dto import CaseDetail
from ..context import AppContext
from ..dialogs.group_session_dialog import GroupSessionDialog


class CaseGroupSessions(QObject):
    failed = Signal(object)  # the exception, for message_for

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.dialog: GroupSessionDialog | None = None

    def open(self, detail: CaseDetail, session_id: str | None = None) -> GroupSessionDialog:
        """Sesi kelompok baru… (or, with ``session_id``, Ubah… of a recorded one)."""
        self.close()
        label = f"{detail.case_number} — {detail.intake.full_name}"
        dialog = GroupSessionDialog(self.ctx, detail.id, label,
                                    self.ctx.backend.deps.clock.today(), self.page)
        self.dialog = dialog
        if session_id is None:
            dialog.open()
            return dialog

        def loaded(result) -> None:
            dialog.load(session_id, *result)
            dialog.open()

        self.ctx.ops.query(self.ctx.backend.groups.get, session_id, on_done=loaded,
                           on_error=self._failed)
        return dialog

    def delete(self, session_id: str) -> None:
        answer = QMessageBox.question(
            self.page, self.tr("Hapus sesi kelompok"),
            self.tr("Hapus sesi kelompok ini dari semua kasus pesertanya? Riwayat setiap kasus "
                    "tetap mencatat bahwa sesi itu dihapus."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.change(self.ctx.backend.groups.delete, session_id, on_error=self._failed)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog.deleteLater()
            self.dialog = None

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)
