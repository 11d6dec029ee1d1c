"""Where to save an export: the save-PDF dialog (gui/widgets/save_pdf.py: Qt's own dialog in
Indonesian, the last documents folder, only the folder remembered) for a spreadsheet or CSV
too, its caption saying the file is written unencrypted."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..settings import Preferences
from ..widgets.save_pdf import run_save_dialog, save_pdf_dialog


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
    return run_save_dialog(export_dialog(parent, prefs, caption, file_name, suffix), prefs)
