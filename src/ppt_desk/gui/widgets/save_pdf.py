"""Where to save a printed PDF: Qt's own (non-native) save dialog, labelled in the app's
language rather than the desktop's, opening in the folder documents were last saved in, and
saying that the PDF is written unencrypted. Only that folder is remembered, never the file's
name (it may carry a case number)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..settings import DOCUMENTS_FOLDER, Preferences


def start_folder(prefs: Preferences) -> Path:
    """The folder last used for documents while it still exists, else the user's Documents
    (else the home folder: a fresh account may have no Documents yet)."""
    last = str(prefs.get(DOCUMENTS_FOLDER) or "")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, documents):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def save_pdf_dialog(parent: QWidget | None, prefs: Preferences, caption: str,
                    file_name: str) -> QFileDialog:
    """The dialog, set up but not shown (``ask_pdf_path`` runs it)."""
    dialog = QFileDialog(parent)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setWindowTitle(QCoreApplication.translate(
        "SavePdfDialog", "{caption} — Berkas PDF tidak terenkripsi").format(caption=caption))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([QCoreApplication.translate("SavePdfDialog", "Dokumen PDF (*.pdf)")])
    dialog.setDefaultSuffix("pdf")
    labels = {QFileDialog.DialogLabel.LookIn: QCoreApplication.translate(
                  "SavePdfDialog", "Lihat di:"),
              QFileDialog.DialogLabel.FileName: QCoreApplication.translate(
                  "SavePdfDialog", "Nama berkas:"),
              QFileDialog.DialogLabel.FileType: QCoreApplication.translate(
                  "SavePdfDialog", "Jenis berkas:"),
              QFileDialog.DialogLabel.Accept: QCoreApplication.translate(
                  "SavePdfDialog", "&Simpan"),
              QFileDialog.DialogLabel.Reject: QCoreApplication.translate(
                  "SavePdfDialog", "&Batal")}
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    folder = start_folder(prefs)
    dialog.setDirectory(str(folder))
    dialog.selectFile(file_name)  # in that folder; the field shows the name alone
    return dialog


def ask_pdf_path(parent: QWidget | None, prefs: Preferences, caption: str,
                 file_name: str) -> Path | None:
    """Ask where to save ``file_name``; remembers the chosen folder. None when cancelled."""
    return run_save_dialog(save_pdf_dialog(parent, prefs, caption, file_name), prefs)


def run_save_dialog(dialog: QFileDialog, prefs: Preferences) -> Path | None:
    """Show a save dialog set up here; remember the chosen folder (never the file's name).
    None when cancelled."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    prefs.set(DOCUMENTS_FOLDER, str(path.parent))
    return path
