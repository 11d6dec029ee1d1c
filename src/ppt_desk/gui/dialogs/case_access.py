"""Who works on a case: hand it over to another caseworker (with a handover note), or share
it with colleagues so that they can open it too."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ...domain.roles import Role
from ...services.change_set import ChangeSet
from ...services.dto import CaseWork, UserInfo
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..widgets.check_list import CheckList
from ..widgets.combos import CodeCombo
from ..widgets.messages import error_label

CASEWORK_ROLES = {Role.CASEWORKER.value, Role.SUPERVISOR.value}


def _user_name(users: list[UserInfo], user_id: str | None) -> str:
    return next((u.display_name for u in users if u.id == user_id), "")


class HandoverDialog(QDialog):
    """Give the case to another active caseworker or supervisor; the note is required."""

    def __init__(self, ctx: AppContext, case_id: str, work: CaseWork,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.work = ctx, case_id, work
        self.result_changes: ChangeSet | None = None
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Serahkan kasus"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.current = QLabel(self)
        self.current.setObjectName("currentCaseworker")
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user = CodeCombo(self, blank=self.tr("— pilih —"))
        self.user.setObjectName("newCaseworker")
        self.user.setMinimumContentsLength(24)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("handoverNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Keadaan korban, tugas yang belum selesai, janji "
                                             "dan kontak penting…"))
        self.note.setMinimumHeight(self.fontMetrics().height() * 5)
        form.addRow(self.tr("Pendamping baru *"), self.user)
        form.addRow(self.tr("Catatan serah terima *"), self.note)
        layout.addLayout(form)
        hint = QLabel(self.tr("Catatan serah terima disimpan pada kasus. Pendamping lama tidak "
                              "lagi dapat membuka kasus kecuali kasus dibagikan kepadanya."), self)
        hint.setWordWrap(True)
        theme.apply(hint, theme.Role.HINT)
        layout.addWidget(hint)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Serahkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ctx.ops.query(self.ctx.backend.users.list, on_done=self._fill,
                           on_error=self._failed)

    def _fill(self, users: list[UserInfo]) -> None:
        current = self.work.assigned_user_id
        name = _user_name(users, current)
        self.current.setText(self.tr("Pendamping sekarang: {name}").format(name=name) if name
                             else self.tr("Kasus ini belum mempunyai pendamping."))
        self.user.set_items([(u.id, u.display_name) for u in users
                             if u.active and u.roles & CASEWORK_ROLES and u.id != current])

    def submit(self) -> None:
        self.message.hide()
        if not self.user.code():
            self._show(self.tr("Pilih pendamping baru."))
            self.user.setFocus()
            return
        self.ok.setEnabled(False)
        self.ctx.ops.change(self.ctx.backend.casework.hand_over, self.case_id, self.user.code(),
                            self.note.toPlainText().strip(), on_done=self._done,
                            on_error=self._failed)

    def _done(self, changes: ChangeSet) -> None:
        self.ok.setEnabled(True)
        self.result_changes = changes
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self._show(message_for(exc))

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class ShareDialog(QDialog):
    """Tick the caseworkers who may open the case; saving applies only what changed."""

    def __init__(self, ctx: AppContext, case_id: str, work: CaseWork,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id, self.work = ctx, case_id, work
        self.result_changes: ChangeSet | None = None
        self._todo: list[tuple[str, bool]] = []
        self._done_cases: set[str] = set()
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Bagikan kasus"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("shareHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.users = CheckList(self)
        self.users.setObjectName("shareUsers")
        self.users.setMinimumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.users, 1)
        keys = QLabel(self.tr("Spasi mencentang atau menghapus centang."), self)
        theme.apply(keys, theme.Role.HINT)
        layout.addWidget(keys)
        self.message = error_label(self)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("ok")
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shared = {u.id for u in work.shared_with}
        self.ctx.ops.query(self.ctx.backend.users.list, on_done=self._fill,
                           on_error=self._failed)

    def _fill(self, users: list[UserInfo]) -> None:
        assigned = self.work.assigned_user_id
        name = _user_name(users, assigned)
        text = self.tr("Pendamping yang dicentang dapat membuka kasus ini. Supervisor selalu "
                       "dapat membukanya.")
        if name:
            text += " " + self.tr("Pendamping kasus: {name}.").format(name=name)
        self.hint.setText(text)
        items = []
        for u in users:
            if u.id == assigned:
                continue
            caseworker = u.active and Role.CASEWORKER.value in u.roles \
                and Role.SUPERVISOR.value not in u.roles
            if caseworker or u.id in self.shared:
                label = u.display_name if u.active else self.tr("{name} (tidak aktif)").format(
                    name=u.display_name)
                items.append((u.id, label))
        self.users.set_items(items)
        self.users.set_codes(sorted(self.shared))

    def changes(self) -> list[tuple[str, bool]]:
        """(user id, shared) for every tick that differs from the case's shares."""
        wanted = set(self.users.codes())
        return ([(uid, True) for uid in sorted(wanted - self.shared)]
                + [(uid, False) for uid in sorted(self.shared - wanted)])

    def submit(self) -> None:
        self.message.hide()
        self._todo = self.changes()
        if not self._todo:
            self.accept()
            return
        self.ok.setEnabled(False)
        self._next()

    def _next(self) -> None:
        if not self._todo:
            self.ok.setEnabled(True)
            self._finish()
            self.accept()
            return
        user_id, shared = self._todo[0]
        self.ctx.ops.change(self.ctx.backend.casework.share, self.case_id, user_id, shared,
                            on_done=self._applied, on_error=self._failed)

    def _applied(self, changes: ChangeSet) -> None:
        user_id, shared = self._todo.pop(0)
        if shared:
            self.shared.add(user_id)
        else:
            self.shared.discard(user_id)
        self._done_cases |= set(changes.cases)
        self._next()

    def _finish(self) -> None:
        if self._done_cases:
            self.result_changes = ChangeSet(cases=frozenset(self._done_cases))
            self._done_cases = set()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        self._todo = []
        self._finish()  # what was applied before the error is shown elsewhere too
        self.message.setText(message_for(exc))
        self.message.show()
