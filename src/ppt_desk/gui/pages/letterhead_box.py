"""Pengaturan › Kop surat (supervisors and admins): the office letterhead and the head who
signs, printed on the surat rujukan and the berita acara serah terima."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QStyle, QVBoxLayout, QWidget,
)

from ...domain.errors import ValidationFailed
from ...services.change_set import ChangeSet
from .. import theme
from ..context import AppContext
from ..labels import error_text, message_for
from ..theme import Role

MAX_PARENT_LINES = 4
TEXT_KEYS = ("address", "phone", "email", "city", "head_name", "head_position", "head_nip")


class LetterheadBox(QGroupBox):
    """Lines above the office name, contact lines, the city letters are dated in, and the
    head's name, position and NIP; Simpan. Fields accept typing once the stored values
    are shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kop surat"), parent)
        self.ctx = ctx
        self.setObjectName("letterhead")
        self.values: dict[str, Any] | None = None
        self.dirty = False
        self._filling = False
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Dicetak pada surat rujukan dan berita acara serah terima. Nama "
                               "kantor diambil dari profil kantor."), self)
        if ctx.office is not None:
            intro.setToolTip(ctx.office.name)
        intro.setObjectName("letterheadIntro")
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        outer.addWidget(intro)

        columns = QHBoxLayout()
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parent_lines = QPlainTextEdit(self)
        self.parent_lines.setObjectName("parentLines")
        self.parent_lines.setTabChangesFocus(True)
        self.parent_lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.parent_lines.setPlaceholderText(self.tr("PEMERINTAH KOTA KUPANG\nDINAS PEMBERDAYAAN "
                                                     "PEREMPUAN DAN PERLINDUNGAN ANAK"))
        self.parent_lines.setToolTip(self.tr("Satu baris per baris kop, paling banyak {n} baris, "
                                             "dicetak di atas nama kantor.").format(
            n=MAX_PARENT_LINES))
        # four lines stay visible even under the scroll bar a long line brings
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.parent_lines.setFixedHeight(self.fontMetrics().lineSpacing() * MAX_PARENT_LINES
                                         + bar + 14)
        lines_label = QLabel(self.tr("Di atas nama kantor\n(maks. {n} baris)").format(
            n=MAX_PARENT_LINES), self)
        lines_label.setBuddy(self.parent_lines)
        left.addRow(lines_label, self.parent_lines)
        self.address = self._line("address", self.tr("mis. Jl. Soekarno No. 1, Kupang"))
        self.phone = self._line("phone", "")
        self.email = self._line("email", "")
        contact = QHBoxLayout()
        contact.addWidget(self.phone, 2)
        email_label = QLabel(self.tr("Email"), self)
        email_label.setBuddy(self.email)
        contact.addWidget(email_label)
        contact.addWidget(self.email, 3)
        left.addRow(self.tr("Alamat"), self.address)
        left.addRow(self.tr("Telepon"), contact)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.city = self._line("city", self.tr("mis. Kupang"))
        self.city.setToolTip(self.tr("Tempat surat, mis. \"Kupang, 12 Mei 2026\""))
        self.head_name = self._line("head_name", "")
        self.head_position = self._line("head_position",
                                        self.tr("mis. Kepala UPTD PPA Kota Kupang"))
        self.head_nip = self._line("head_nip", "")
        self.head_nip.setMaxLength(30)
        right.addRow(self.tr("Tempat surat"), self.city)
        right.addRow(self.tr("Nama kepala"), self.head_name)
        right.addRow(self.tr("Jabatan"), self.head_position)
        right.addRow(self.tr("NIP"), self.head_nip)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        outer.addLayout(columns)

        bottom = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan kop surat"), self)
        self.save_button.setObjectName("saveLetterhead")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("letterheadMessage")
        self.message.setWordWrap(True)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.message, 1)
        outer.addLayout(bottom)
        self.parent_lines.textChanged.connect(self._edited)
        self._set_enabled(False)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._edited)
        return edit

    def _edits(self) -> list[QLineEdit]:
        return [getattr(self, key) for key in TEXT_KEYS]

    def _set_enabled(self, enabled: bool) -> None:
        self.parent_lines.setReadOnly(not enabled)
        for edit in self._edits():
            edit.setReadOnly(not enabled)
        self.save_button.setEnabled(enabled)

    # -- loading ---------------------------------------------------------------------------
    def load(self, force: bool = False) -> None:
        """Read the stored letterhead (kept edits stay unless ``force``)."""
        if self.dirty and not force:
            return
        self.ctx.ops.query(self.ctx.backend.office.letterhead, on_done=self.show_values,
                           on_error=self._failed)

    def show_values(self, values: dict[str, Any]) -> None:
        self.values = dict(values)
        self._filling = True
        self.parent_lines.setPlainText("\n".join(values.get("parent_lines") or ()))
        for key in TEXT_KEYS:
            edit = getattr(self, key)
            edit.setText(str(values.get(key) or ""))
            edit.setCursorPosition(0)  # long texts show their beginning
        self._filling = False
        self.dirty = False
        self._set_enabled(True)

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.dirty = True
            self.message.clear()

    def current(self) -> dict[str, Any]:
        lines = [line.strip() for line in self.parent_lines.toPlainText().splitlines()]
        out: dict[str, Any] = {"parent_lines": [line for line in lines if line]}
        for key in TEXT_KEYS:
            out[key] = getattr(self, key).text().strip()
        return out

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        values = self.current()
        if len(values["parent_lines"]) > MAX_PARENT_LINES:
            theme.apply(self.message, Role.ERROR)
            self.message.setText(self.tr("Paling banyak {n} baris di atas nama kantor.").format(
                n=MAX_PARENT_LINES))
            return
        self.save_button.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.office.save_letterhead, values,
                            on_done=self._saved, on_error=self._failed)

    def _saved(self, changes: ChangeSet) -> None:
        self.save_button.setEnabled(True)
        self.dirty = False
        theme.apply(self.message, Role.TEXT)
        self.message.setText(self.tr("Kop surat tersimpan."))
        self.load(force=True)  # shows the values as the backend tidied them

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.values is not None)
        theme.apply(self.message, Role.ERROR)
        if isinstance(exc, ValidationFailed):
            self.message.setText(" ".join(dict.fromkeys(
                error_text(code) for code in exc.problems.values())))
            return
        self.message.setText(message_for(exc))
