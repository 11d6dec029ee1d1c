"""First run: what this installation is (a PPT or a Gugus Tugas secretariat, ADR 0015), then for
a PPT its office profile, for a secretariat its province; the first admin; and what is shown
once: the recovery code (and a secretariat's offline backup key)."""
from __future__ import annotations

import re

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QRadioButton,
    QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from ..domain.roles import Role
from ..domain.secretariat import OFFICE_KIND as SECRETARIAT_KIND
from ..services.dto import OfficeProfile
from . import theme
from .labels import code_items, message_for
from .operations import Operations
from .secretariat.setup_pages import BackupKeyPage, ProvincePage, StorePage
from .widgets.combos import CodeCombo
from .widgets.recovery_code_view import RecoveryCodeView
from .widgets.region_picker import RegionPicker
from .widgets.wizard_completeness import QuietCompleteness

PREFIX = re.compile(r"^[A-Z0-9]{2,8}$")
(PAGE_KIND, PAGE_OFFICE, PAGE_ADMIN, PAGE_CODE, PAGE_PROVINCE, PAGE_SECRETARIAT_ADMIN,
 PAGE_KEYS, PAGE_STORE) = range(8)
_SKIP = {"P2TP2A", "UPTD", "PPA", "PPT", "KOTA", "KABUPATEN", "KAB", "PROVINSI", "PUSAT",
         "PELAYANAN", "TERPADU", "DAN", "DI", "UNIT"}


def suggest_prefix(name: str) -> str:
    """'P2TP2A Kota Kupang' -> 'KPN': initials of the distinctive words, else a short form."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name.upper()) if w not in _SKIP]
    if not words:
        return ""
    if len(words) > 1:
        return "".join(w[0] for w in words)[:5]
    word = words[0]
    consonants = [c for c in word[1:] if c not in "AIUEO"]
    return (word[0] + "".join(consonants))[:3]


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    theme.apply(label, theme.Role.ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


class KindPage(QWizardPage):
    """Jenis instalasi: a PPT (victim services) or the province's secretariat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Jenis instalasi"))
        self.setSubTitle(self.tr("Siapa yang memakai komputer ini? Pilihan ini tidak dapat "
                                 "diubah setelah basis data dibuat."))
        layout = QVBoxLayout(self)
        self.ppt = QRadioButton(self.tr("PPT / UPTD PPA (layanan korban)"), self)
        self.ppt.setObjectName("kindPpt")
        ppt_hint = QLabel(self.tr("Mencatat dan menangani kasus korban, lalu mengirim data ke "
                                  "Sekretariat Gugus Tugas provinsi lewat flashdisk."), self)
        self.secretariat = QRadioButton(self.tr("Sekretariat Gugus Tugas Provinsi"), self)
        self.secretariat.setObjectName("kindSecretariat")
        secretariat_hint = QLabel(self.tr(
            "Menerima bundel dari PPT se-provinsi, mendaftarkan perangkat PPT, mengirim tanda "
            "terima, dan memutuskan konflik data."), self)
        self.group = QButtonGroup(self)
        for button, hint in ((self.ppt, ppt_hint), (self.secretariat, secretariat_hint)):
            self.group.addButton(button)
            hint.setWordWrap(True)
            hint.setIndent(24)
            theme.apply(hint, theme.Role.HINT)
            layout.addWidget(button)
            layout.addWidget(hint)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.ppt.setChecked(True)

    def nextId(self) -> int:
        return PAGE_PROVINCE if self.secretariat.isChecked() else PAGE_OFFICE


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Profil kantor"))
        self.setSubTitle(self.tr("Data kantor layanan ini. Bisa diubah admin nanti."))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("mis. UPTD PPA Kota Contoh"))
        self.kind = CodeCombo(self)
        # A secretariat is chosen on the first page, never as a PPT's kind.
        self.kind.set_items([(code, label) for code, label in code_items("office_kind")
                             if code != SECRETARIAT_KIND])
        self.prefix = QLineEdit(self)
        self.prefix.setMaxLength(8)
        self.prefix.setToolTip(self.tr("Awal nomor kasus, mis. KPG/2026/0001"))
        self._prefix_touched = False
        form.addRow(self.tr("Nama kantor"), self.name)
        form.addRow(self.tr("Jenis kantor"), self.kind)
        self.region = RegionPicker(levels=2, parent=self, form=form)
        form.addRow(self.tr("Awalan nomor kasus"), self.prefix)
        device = QLabel(self.tr("ID perangkat untuk komputer ini dibuat otomatis."), self)
        device.setWordWrap(True)
        form.addRow(device)
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setWordWrap(True)
        theme.apply(self.missing, theme.Role.HINT)
        form.addRow(self.missing)
        # The region rows are made after the prefix: Tab goes down the form as it is shown.
        chain = [self.name, self.kind, *self.region.combos, self.prefix]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._announce = QuietCompleteness(self, self.region.combos, lambda: not self._missing())
        self.name.textChanged.connect(self._name_changed)
        self.prefix.textEdited.connect(self._prefix_edited)
        for signal in (self.kind.code_changed, self.region.changed, self.prefix.textChanged):
            signal.connect(lambda *_: self._refresh())
        self._refresh()

    def _name_changed(self, text: str) -> None:
        if not self._prefix_touched:
            self.prefix.setText(suggest_prefix(text))
        self._refresh()

    def _missing(self) -> list[str]:
        province, regency = self.region.codes()
        return [label for label, ok in (
            (self.tr("nama kantor (min. 3 huruf)"), len(self.name.text().strip()) >= 3),
            (self.tr("jenis kantor"), bool(self.kind.code())),
            (self.tr("provinsi"), bool(province)),
            (self.tr("kabupaten/kota (pilih dari daftar)"), bool(regency)),
            (self.tr("awalan nomor kasus (2–8 huruf besar/angka)"),
             bool(PREFIX.match(self.prefix.text()))),
        ) if not ok]

    def _refresh(self) -> None:
        """Says what is still missing, and tells the wizard (``QuietCompleteness``)."""
        missing = self._missing()
        self.missing.setText(self.tr("Untuk melanjutkan, lengkapi: %s.") % ", ".join(missing)
                             if missing else "")
        self.missing.setVisible(bool(missing))
        self._announce.refresh()

    def _prefix_edited(self, text: str) -> None:
        self._prefix_touched = True
        upper = text.upper()
        if upper != text:
            self.prefix.setText(upper)

    def nextId(self) -> int:
        return PAGE_ADMIN

    def isComplete(self) -> bool:
        return not self._missing()

    def profile(self) -> OfficeProfile:
        province, regency = self.region.codes()
        return OfficeProfile(self.name.text().strip(), self.kind.code(), province, regency,
                             self.prefix.text().strip())


class AdminPage(QWizardPage):
    """The first admin; with ``secretariat`` the admin of a secretariat (also its officer)."""

    def __init__(self, wizard: "SetupWizard", secretariat: bool = False) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.secretariat = secretariat
        self.setTitle(self.tr("Admin pertama"))
        self.setSubTitle(self.tr("Akun ini menambah petugas sekretariat dan mendaftarkan "
                                 "perangkat PPT.") if secretariat
                         else self.tr("Akun ini dapat menambah pengguna lain."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Buat basis data"))
        form = QFormLayout(self)
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("huruf kecil, mis. rina.admin"))
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.supervisor = QCheckBox(self.tr("Juga supervisor (boleh melihat semua kasus)"), self)
        self.supervisor.setChecked(True)
        self.error = error_label(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFormat(self.tr("Menyiapkan basis data terenkripsi…"))
        self.busy.setTextVisible(True)
        self.busy.hide()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.display_name)
        form.addRow(self.tr("Kata sandi (min. 10 karakter)"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        if secretariat:
            self.supervisor.setChecked(False)
            self.supervisor.hide()
        else:
            form.addRow(self.supervisor)
        form.addRow(self.error)
        form.addRow(self.busy)
        for edit in (self.username, self.display_name, self.password, self.repeat):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        self._running = False

    def isComplete(self) -> bool:
        return bool(self.username.text().strip() and self.display_name.text().strip()
                    and self.password.text() and self.repeat.text()) and not self._running

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if self._running:
            return False
        self._set_running(True)
        who = (self.username.text().strip(), self.display_name.text().strip(),
               self.password.text(), self.repeat.text())
        if self.secretariat:
            place, store = self._wizard.province_page, self._wizard.store_page
            self._wizard.ops.act(self._wizard.backend.secretariat.setup, place.province(), *who,
                                 place.office_name(), store.store(), store.store_password(),
                                 on_done=self._done, on_error=self._failed)
            return False
        roles = {Role.ADMIN.value} | ({Role.SUPERVISOR.value} if self.supervisor.isChecked() else set())
        self._wizard.ops.act(
            self._wizard.backend.session.setup, self._wizard.office_page.profile(), *who,
            frozenset(roles), on_done=self._done, on_error=self._failed)
        return False

    def nextId(self) -> int:
        return PAGE_KEYS if self.secretariat else PAGE_CODE

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.busy.setVisible(running)
        self.error.hide()
        for widget in (self.username, self.display_name, self.password, self.repeat,
                       self.supervisor):
            widget.setEnabled(not running)
        self.completeChanged.emit()

    def _done(self, result) -> None:
        self._set_running(False)
        self.password.clear()
        self.repeat.clear()
        self._wizard.result = result
        self._wizard.store_page.password.clear()
        if self.secretariat:
            self._wizard.keys_page.show_result(result)
        else:
            self._wizard.code_page.view.set_code(result.recovery_code)
        QTimer.singleShot(0, self._wizard.next)  # not inside validatePage's own call

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.error.setText(message_for(exc))
        self.error.show()


class CodePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kode pemulihan"))
        self.setSubTitle(self.tr("Jika semua kata sandi lupa, hanya kode ini yang dapat membuka "
                                 "data. Catat atau cetak sekarang — kode ini tidak ditampilkan "
                                 "lagi."))
        layout = QVBoxLayout(self)
        self.view = RecoveryCodeView(self)
        self.confirm = QCheckBox(self.tr("Saya sudah mencatat kode pemulihan"), self)
        self.confirm.toggled.connect(lambda *_: self.completeChanged.emit())
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    setup_done = Signal()

    def __init__(self, backend, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.ops = Operations(runner)
        self.result = None
        self.setWindowTitle(self.tr("Persiapan ppt-desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.kind_page = KindPage(self)
        self.office_page = OfficePage(self)
        self.admin_page = AdminPage(self)
        self.code_page = CodePage(self)
        self.province_page = ProvincePage(self)
        self.store_page = StorePage(self)
        self.province_page.next_page = PAGE_STORE
        self.store_page.next_page = PAGE_SECRETARIAT_ADMIN
        self.secretariat_admin_page = AdminPage(self, secretariat=True)
        self.keys_page = BackupKeyPage(self.ops, backend, self)
        for page_id, page in ((PAGE_KIND, self.kind_page), (PAGE_OFFICE, self.office_page),
                              (PAGE_ADMIN, self.admin_page), (PAGE_CODE, self.code_page),
                              (PAGE_PROVINCE, self.province_page),
                              (PAGE_STORE, self.store_page),
                              (PAGE_SECRETARIAT_ADMIN, self.secretariat_admin_page),
                              (PAGE_KEYS, self.keys_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_KIND)
        self.setMinimumSize(720, 660)   # the key page needs it; a 1024x768 screen has room
        self.resize(760, 680)
        self.accepted.connect(self._forget_secret)
        self.accepted.connect(self.setup_done.emit)

    def _forget_secret(self) -> None:
        """The backup key was shown once; keep only what the sign-in needs."""
        if self.keys_page.result is not None:
            self.result = self.keys_page.forget()
