"""The secretariat's pages of the first-run wizard (ADR 0015): the province (the office name
suggested from it), where its data is kept (this computer, or the office's PostgreSQL server),
and, after setup, the recovery code and the offline backup key, each shown once; the wizard
finishes only when the user says the backup key is in a safe place."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout,
    QWidget, QWizardPage,
)

from ...domain.secretariat import suggested_name
from ...services.reference_data import regions
from ...services.secretariat.setup import SecretariatSetup
from .. import theme
from ..labels import message_for
from ..operations import Operations
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.recovery_code_view import RecoveryCodeView
from ..widgets.region_picker import RegionPicker
from ..widgets.wizard_completeness import QuietCompleteness

KEY_FILE_NAME = "kunci-cadangan-sekretariat.txt"


class ProvincePage(QWizardPage):
    next_page = -1   # the wizard sets the ids of the pages that follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Provinsi sekretariat"))
        self.setSubTitle(self.tr("Sekretariat Gugus Tugas PP-TPPO melayani satu provinsi; "
                                 "kabupaten/kota tidak diisi."))
        form = QFormLayout(self)
        self.region = RegionPicker(levels=1, parent=self, form=form)
        self.name = QLineEdit(self)
        self.name.setObjectName("secretariatName")
        self._name_touched = False
        form.addRow(self.tr("Nama kantor"), self.name)
        note = QLabel(self.tr("Nama diusulkan dari provinsi dan dapat diubah. ID perangkat "
                              "untuk komputer ini dibuat otomatis."), self)
        note.setWordWrap(True)
        theme.apply(note, Role.HINT)
        form.addRow(note)
        self._announce = QuietCompleteness(self, self.region.combos, self.isComplete)
        self.region.changed.connect(self._province_changed)
        self.name.textEdited.connect(self._name_edited)

    def _province_changed(self) -> None:
        if not self._name_touched:
            code = self.province()
            self.name.setText(suggested_name(regions().name(code)) if code else "")
        self._announce.refresh()

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True
        self._announce.refresh()

    def province(self) -> str:
        return self.region.codes()[0]

    def office_name(self) -> str:
        return self.name.text().strip()

    def isComplete(self) -> bool:
        return bool(self.province() and len(self.office_name()) >= 3)

    def nextId(self) -> int:
        return self.next_page


class StorePage(QWizardPage):
    """Where the secretariat's data is kept: the encrypted file here, or PostgreSQL."""

    next_page = -1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tempat penyimpanan data"))
        self.setSubTitle(self.tr("Satu komputer: basis data terenkripsi di komputer ini. "
                                 "Beberapa petugas bekerja bersamaan: server PostgreSQL kantor."))
        layout = QVBoxLayout(self)
        self.local = QRadioButton(self.tr("Di komputer ini (basis data terenkripsi)"), self)
        self.local.setObjectName("storeLocal")
        self.server = QRadioButton(self.tr("Server PostgreSQL kantor (beberapa petugas "
                                           "sekaligus)"), self)
        self.server.setObjectName("storeServer")
        group = QButtonGroup(self)
        for button in (self.local, self.server):
            group.addButton(button)
            layout.addWidget(button)
        self.local.setChecked(True)
        self.box = QGroupBox(self.tr("Server PostgreSQL"), self)
        form = QFormLayout(self.box)
        self.host = QLineEdit(self.box)
        self.host.setObjectName("pgHost")
        self.host.setPlaceholderText(self.tr("mis. db.sekretariat.lan"))
        self.port = QSpinBox(self.box)
        self.port.setObjectName("pgPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setMaximumWidth(120)
        self.dbname = QLineEdit(self.box)
        self.dbname.setObjectName("pgDatabase")
        self.user = QLineEdit(self.box)
        self.user.setObjectName("pgUser")
        self.password = QLineEdit(self.box)
        self.password.setObjectName("pgPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self.box)
        self.sslmode.setObjectName("pgSslmode")
        for code, label in (("verify-full", self.tr("TLS, sertifikat server diperiksa "
                                                    "(disarankan)")),
                            ("require", self.tr("TLS tanpa memeriksa sertifikat (uji coba)")),
                            ("disable", self.tr("Tanpa TLS (server di komputer ini saja)"))):
            self.sslmode.addItem(label, code)
        cert_row = QHBoxLayout()
        self.cert = QLineEdit(self.box)
        self.cert.setObjectName("pgCert")
        self.cert_button = QPushButton(self.tr("Pilih…"), self.box)
        self.cert_button.clicked.connect(self.choose_cert)
        cert_row.addWidget(self.cert, 1)
        cert_row.addWidget(self.cert_button)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Basis data"), self.dbname)
        form.addRow(self.tr("Peran (role)"), self.user)
        form.addRow(self.tr("Kata sandi peran"), self.password)
        form.addRow(self.tr("Keamanan koneksi"), self.sslmode)
        form.addRow(self.tr("Sertifikat CA"), cert_row)
        note = QLabel(self.tr("Kata sandi peran disimpan terenkripsi di folder data, tidak "
                              "pernah dalam berkas biasa. Basis datanya harus kosong."), self.box)
        note.setWordWrap(True)
        theme.apply(note, Role.HINT)
        form.addRow(note)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.server.toggled.connect(self._server_toggled)
        for edit in (self.host, self.dbname, self.user, self.password):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        self._server_toggled(False)

    def _server_toggled(self, on: bool) -> None:
        self.box.setEnabled(on)
        self.completeChanged.emit()

    def choose_cert(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih sertifikat CA"), "",
                                              self.tr("Sertifikat (*.crt *.pem);;Semua (*)"))
        if path:
            self.cert.setText(path)

    def store(self) -> dict[str, Any] | None:
        if not self.server.isChecked():
            return None
        return {"host": self.host.text().strip(), "port": self.port.value(),
                "dbname": self.dbname.text().strip(), "user": self.user.text().strip(),
                "sslmode": self.sslmode.currentData(), "sslrootcert": self.cert.text().strip()}

    def nextId(self) -> int:
        return self.next_page

    def store_password(self) -> str:
        return self.password.text() if self.server.isChecked() else ""

    def isComplete(self) -> bool:
        if not self.server.isChecked():
            return True
        return all(edit.text().strip() for edit in (self.host, self.dbname, self.user,
                                                     self.password))


class BackupKeyPage(QWizardPage):
    """The recovery code and the backup key, shown once."""

    def __init__(self, ops: Operations, backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.backend = ops, backend
        self.result: SecretariatSetup | None = None
        self.setTitle(self.tr("Kode pemulihan dan kunci cadangan"))
        self.setSubTitle(self.tr("Keduanya hanya ditampilkan sekali dan tidak disimpan di "
                                 "komputer ini."))
        layout = QVBoxLayout(self)
        code_box = QGroupBox(self.tr("Kode pemulihan (membuka data bila semua kata sandi "
                                     "lupa)"), self)
        code_layout = QVBoxLayout(code_box)
        self.view = RecoveryCodeView(code_box)
        self.view.layout().setContentsMargins(0, 0, 0, 0)
        label = self.view.code_label
        label.setMinimumHeight(label.fontMetrics().lineSpacing() * 2 + 16)   # never cut
        code_layout.addWidget(self.view)
        layout.addWidget(code_box)

        key_box = QGroupBox(self.tr("Kunci cadangan offline"), self)
        key_layout = QVBoxLayout(key_box)
        why = QLabel(self.tr(
            "Dengan kunci ini bundel dari PPT tetap dapat dibuka bila komputer sekretariat "
            "hilang atau rusak. Simpan ke flashdisk khusus atau cetak, lalu simpan di lemari "
            "terkunci — jangan di komputer ini."), key_box)
        why.setWordWrap(True)
        theme.apply(why, Role.HINT)
        key_layout.addWidget(why)
        self.key = QPlainTextEdit(key_box)
        self.key.setObjectName("backupKey")
        self.key.setReadOnly(True)
        self.key.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.key.setFont(theme.font(self.key, Role.MONO))
        self.key.setFixedHeight(self.key.fontMetrics().lineSpacing() * 3 + 14)
        key_layout.addWidget(self.key)
        row = QHBoxLayout()
        self.fingerprint = QLabel(key_box)
        self.fingerprint.setObjectName("backupFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Simpan ke berkas…"), key_box)
        self.save_button.setObjectName("saveBackupKey")
        self.save_button.clicked.connect(self.choose_file)
        row.addWidget(self.fingerprint, 1)
        row.addWidget(self.save_button)
        key_layout.addLayout(row)
        self.saved = QLabel(key_box)
        self.saved.setObjectName("backupKeySaved")
        self.saved.setWordWrap(True)
        theme.apply(self.saved, Role.DONE)
        self.saved.hide()
        key_layout.addWidget(self.saved)
        self.error = error_label(key_box, "backupKeyError")
        key_layout.addWidget(self.error)
        layout.addWidget(key_box)
        layout.addStretch(1)
        self.code_confirm = QCheckBox(self.tr("Saya sudah mencatat kode pemulihan"), self)
        self.code_confirm.setObjectName("codeConfirm")
        self.key_confirm = QCheckBox(
            self.tr("Saya sudah menyimpan kunci cadangan di tempat aman"), self)
        self.key_confirm.setObjectName("keyConfirm")
        for box in (self.code_confirm, self.key_confirm):
            box.toggled.connect(lambda *_: self.completeChanged.emit())
            layout.addWidget(box)

    def show_result(self, result: SecretariatSetup) -> None:
        self.result = result
        self.view.set_code(result.recovery_code)
        self.key.setPlainText(result.backup_identity)
        self.fingerprint.setText(self.tr("Sidik jari: {fingerprint}").format(
            fingerprint=result.backup_fingerprint))

    def isComplete(self) -> bool:
        return self.code_confirm.isChecked() and self.key_confirm.isChecked()

    def nextId(self) -> int:
        return -1   # the last page: Selesai

    # -- saving the key ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kunci cadangan"), KEY_FILE_NAME,
            self.tr("Berkas teks (*.txt)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        if self.result is None:
            return
        self.error.hide()
        self.saved.hide()
        self.ops.act(self.backend.secretariat.save_backup_key, self.result, path,
                     on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.saved.setText(self.tr(
            "Kunci cadangan disimpan di {path}. Pindahkan berkas ini ke flashdisk khusus, "
            "lalu hapus dari komputer ini.").format(path=str(path)))
        self.saved.show()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def forget(self) -> SecretariatSetup | None:
        """Drop the secret from the widgets and from the result kept for the sign-in."""
        self.key.clear()
        if self.result is not None:
            self.result = replace(self.result, backup_identity="")
        return self.result
