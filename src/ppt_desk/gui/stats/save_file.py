"""Where to save an export: the save-PDF dialog (gui/widgets/save_pdf.py: Qt's own dialog in
Indonesian, the last documents folder, only the folder remembered) for a spreadsheet or CSV
too, its caption saying the file is written unencrypted."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..settings import DOCUMENTS_FOLDER, Preferences
from ..widgets.save_pdf import save_pdf_dialog


def export_dialog(parent: QWidget | None, prefs: Preferences, caption: str, file_name: str,
                  suffix: str) -> QFileDialog:
    """The dialog for a ``suffix`` file (pdf, xlsx, csv), set up but not shown."""
    dialog = save_pdf_dialog(parent, prefs, caption, file_name)
    if suffix != "pdf":
        dialog.setWindowTitle(QCoreApplication.translate(
            "StatsSaveDialog", "{caption} — Berkas tidak terenkripsi").format(caption=caption))
        filters = {"xlsx": QCoreApplication.translate("StatsSaveDialog",
                                                      "Lembar kerja Excel (*.xlsx)"),
                   "csv": QCoreApplication.translate("StatsSaveDialog", "Berkas CSV (*.csv)")}
        dialog.setNameFilters([filters[suffix]])
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(file_name)
    return dialog


def ask_export_path(parent: QWidget | None, prefs: Preferences, caption: str, file_name: str,
                    suffix: str) -> Path | None:
    """Ask where to save; remembers the chosen folder. None when cancelled."""
    dialog = export_dialog(parent, prefs, caption, file_name, suffix)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    prefs.set(DOCUMENTS_FOLDER, str(path.parent))
    return path
