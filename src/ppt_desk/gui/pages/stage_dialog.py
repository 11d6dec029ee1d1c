"""Pindah tahap: the stages the case may move to now, what each still lacks (named with
the forms' own labels), whether a supervisor must approve, and a reason (required to
reopen a terminated case)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QGroupBox, QLabel, QPlainTextEdit,
    QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from ...domain.errors import DomainError
from ...services.dto import CaseWork, GateMissing, StageOption
from .. import theme
from ..context import AppContext
from ..i18n import current_language
from ..labels import error_text, message_for, stage_label
from ..theme import Role


def missing_text(missing: tuple[GateMissing, ...]) -> str:
    """'formulir Asesmen; Pendekatan Awal: Kesepakatan kerja dibuat, …' in the UI language."""
    index = 1 if current_language() == "en" else 0
    parts = []
    for m in missing:
        if m.no_record or not m.field_labels:
            parts.append(error_text("stage_missing_record", form=m.form_label[index]))
        else:
            parts.append(error_text("stage_missing_fields", form=m.form_label[index],
                                    fields=", ".join(f[index] for f in m.field_labels)))
    return "; ".join(parts)


class StageDialog(QDialog):
    requested = Signal(object, object)  # ChangeSet, StageChangeInfo

    def __init__(self, ctx: AppContext, work: CaseWork, preselect: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = work.case_id
        self.can_review = work.can_review
        self.setObjectName("stageDialog")
        self.setWindowTitle(self.tr("Pindah tahap"))
        self.options: dict[str, StageOption] = {o.target: o for o in work.options}
        layout = QVBoxLayout(self)
        current = QLabel(self.tr("Tahap sekarang: <b>{stage}</b>").format(
            stage=stage_label(work.stage)), self)
        current.setObjectName("currentStage")
        layout.addWidget(current)
        box = QGroupBox(self.tr("Pindah ke"), self)
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.details: dict[str, QLabel] = {}
        for option in work.options:
            button = QRadioButton(stage_label(option.target), box)
            button.setObjectName(f"target_{option.target}")
            self.group.addButton(button)
            self.buttons[option.target] = button
            box_layout.addWidget(button)
            detail = QLabel(self._detail(option), box)
            detail.setObjectName(f"detail_{option.target}")
            detail.setWordWrap(True)
            detail.setTextFormat(Qt.TextFormat.RichText)
            detail.setContentsMargins(24, 0, 0, 6)
            box_layout.addWidget(detail)
            self.details[option.target] = detail
        if not work.options:
            box_layout.addWidget(QLabel(self.tr("Tidak ada tahap yang dapat dituju dari "
                                                "tahap ini."), box))
        box_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)
        self.reason_label = QLabel(self.tr("Alasan / catatan"), self)
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.error = QLabel(self)
        self.error.setObjectName("stageError")
        theme.apply(self.error, Role.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.box = QDialogButtonBox(self)
        self.submit = self.box.addButton(self.tr("Pindahkan"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit.setObjectName("submitStage")
        cancel = self.box.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.submit.clicked.connect(self.send)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.box)
        self.group.buttonToggled.connect(lambda *_: self._update())
        ready = [o.target for o in work.options if o.ready and not o.reopen]
        first = preselect if preselect in self.buttons else (ready[0] if ready else "")
        if first:
            self.buttons[first].setChecked(True)
        self._update()
        window = parent.window() if parent is not None else None
        room = min(window.height() if window is not None else 620,
                   self.screen().availableGeometry().height())
        wanted = box.sizeHint().height() + 240
        self.resize(640, max(360, min(wanted, 620, room - 60)))

    def _detail(self, option: StageOption) -> str:
        lines = []
        if option.ready:
            lines.append(theme.html(Role.DONE, "✓ " + self.tr("Syarat lengkap")))
        else:
            text = self.tr("Belum lengkap — {missing}").format(
                missing=_escape(missing_text(option.missing)))
            lines.append(theme.html(Role.ERROR, f"✗ {text}"))
        if option.needs_approval and self.can_review:
            lines.append(theme.html(Role.WARNING, self.tr(
                "Perlu persetujuan supervisor; sebagai supervisor, perubahan Anda langsung "
                "berlaku.")))
        elif option.needs_approval:
            lines.append(theme.html(Role.WARNING, self.tr("Perlu persetujuan supervisor.")))
        if option.reopen:
            lines.append(self.tr("Membuka kembali kasus yang sudah diterminasi; alasan wajib "
                                 "ditulis."))
        return "<br>".join(lines)

    def selected(self) -> str:
        return next((t for t, b in self.buttons.items() if b.isChecked()), "")

    def choose(self, target: str) -> None:
        self.buttons[target].setChecked(True)

    def _update(self) -> None:
        option = self.options.get(self.selected())
        self.submit.setEnabled(option is not None and option.ready)
        reopen = option is not None and option.reopen
        self.reason_label.setText(self.tr("Alasan membuka kembali *") if reopen
                                  else self.tr("Alasan / catatan"))
        if option is not None and option.needs_approval and not self.can_review:
            self.submit.setText(self.tr("Ajukan ke supervisor"))
        else:
            self.submit.setText(self.tr("Pindahkan"))

    def send(self) -> None:
        target = self.selected()
        option = self.options.get(target)
        if option is None or not option.ready:
            return
        if option.reopen and not self.reason.toPlainText().strip():
            self._show_error(error_text("reopen_needs_reason"))
            self.reason.setFocus()
            return
        self.submit.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.casework.request_stage_change, self.case_id, target,
                            self.reason.toPlainText(), on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        changes, info = result
        self.accept()
        self.requested.emit(changes, info)

    def _failed(self, exc: BaseException) -> None:
        self._update()
        self._show_error(message_for(exc))
        if isinstance(exc, DomainError) and exc.code == "reopen_needs_reason":
            self.reason.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def wipe(self) -> None:
        self.reason.clear()
        self.reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
