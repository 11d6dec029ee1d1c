"""The "Perangkat" tab: this device's card (with the fingerprint to read aloud by phone) and the
devices this office trusts, with enrolling and revoking for administrators and supervisors."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ...domain.roles import keeps_keys
from ...services.sync.dto import CardView, PeerView
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..pages.today_page import local_time
from ..theme import Role
from ..widgets.messages import error_label
from ..widgets.tables import ListTable
from .enrol_dialog import EnrolDialog, RevokeDialog
from .texts import role_label

COL_OFFICE, COL_ROLE, COL_CODE, COL_FINGERPRINT, COL_STATUS, COL_ENROLLED = range(6)


def _shortened(text: str, limit: int = 40) -> str:
    """A revocation reason for a table cell (the whole reason is in the tooltip)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def is_key_keeper(roles: frozenset[str]) -> bool:
    """Who may enrol and revoke devices and hand out this device's card."""
    return keeps_keys(roles)


class DevicesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keeper = is_key_keeper(ctx.user.roles)
        self.card: CardView | None = None
        self.peers: dict[str, PeerView] = {}
        layout = QVBoxLayout(self)

        own = QGroupBox(self.tr("Perangkat ini"), self)
        own_row = QHBoxLayout(own)
        form = QFormLayout()
        self.office = QLabel(own)
        self.office.setObjectName("ownOffice")
        self.office.setWordWrap(True)
        self.device_code = QLabel(own)
        self.device_code.setObjectName("ownDeviceCode")
        self.role = QLabel(own)
        self.role.setObjectName("ownRole")
        form.addRow(self.tr("Kantor:"), self.office)
        form.addRow(self.tr("Kode perangkat:"), self.device_code)
        form.addRow(self.tr("Peran:"), self.role)
        own_row.addLayout(form, 1)
        right = QVBoxLayout()
        caption = QLabel(self.tr("Sidik jari (bacakan lewat telepon):"), own)
        self.fingerprint = QLabel(own)
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.apply(self.fingerprint, Role.CODE)
        right.addWidget(caption)
        right.addWidget(self.fingerprint)
        self.save_card_button = QPushButton(self.tr("Simpan kartu perangkat ini…"), own)
        self.save_card_button.setObjectName("saveOwnCard")
        self.save_card_button.clicked.connect(self.choose_card_folder)
        self.save_card_button.setVisible(self.keeper)
        right.addWidget(self.save_card_button, 0, Qt.AlignmentFlag.AlignRight)
        own_row.addLayout(right)
        layout.addWidget(own)
        self.card_status = QLabel(self)
        self.card_status.setObjectName("cardStatus")
        self.card_status.setWordWrap(True)
        theme.apply(self.card_status, Role.BANNER_DONE_COMPACT)
        self.card_status.hide()
        layout.addWidget(self.card_status)

        peers = QGroupBox(self.tr("Perangkat terdaftar"), self)
        peers_layout = QVBoxLayout(peers)
        self.list = ListTable(
            [self.tr("Kantor"), self.tr("Peran"), self.tr("Kode"), self.tr("Sidik jari"),
             self.tr("Status"), self.tr("Didaftarkan")],
            self.tr("Belum ada perangkat lain yang terdaftar. Daftarkan kartu perangkat "
                    "Sekretariat provinsi untuk dapat mengirim data."), "devicesTable", peers)
        self.list.set_modes(stretch=(COL_OFFICE,),
                            fit=(COL_ROLE, COL_CODE, COL_FINGERPRINT, COL_STATUS, COL_ENROLLED))
        self.list.wrap_text()   # long office names wrap instead of being cut at 1024 px
        self.list.table.itemSelectionChanged.connect(self._update_buttons)
        peers_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Daftarkan kartu perangkat…"), peers)
        self.enrol_button.setObjectName("enrolCard")
        self.enrol_button.clicked.connect(self.choose_card_file)
        self.revoke_button = QPushButton(self.tr("Cabut…"), peers)
        self.revoke_button.setObjectName("revokeDevice")
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        for button in (self.enrol_button, self.revoke_button):
            button.setVisible(self.keeper)
        peers_layout.addLayout(buttons)
        self.keeper_note = QLabel(self.tr(
            "Hanya admin atau supervisor yang dapat mendaftarkan atau mencabut perangkat dan "
            "menyimpan kartu perangkat ini."), peers)
        self.keeper_note.setWordWrap(True)
        theme.apply(self.keeper_note, Role.HINT)
        self.keeper_note.setVisible(not self.keeper)
        peers_layout.addWidget(self.keeper_note)
        layout.addWidget(peers, 1)
        self.error = error_label(self, "devicesError")
        layout.addWidget(self.error)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.query(self.ctx.backend.sync.own_card, on_done=self._show_card,
                           on_error=self._failed)
        self.refresh_peers()

    def refresh_peers(self) -> None:
        self.ctx.ops.query(self.ctx.backend.sync.devices, on_done=self._show_peers,
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _show_card(self, card: CardView) -> None:
        self.card = card
        self.office.setText(card.office_name)
        self.device_code.setText(card.device_code)
        self.role.setText(role_label(card.role))
        self.fingerprint.setText(card.fingerprint)

    def _show_peers(self, peers: list[PeerView]) -> None:
        self.peers = {p.device_id: p for p in peers}
        rows = []
        for peer in sorted(peers, key=lambda p: (not p.active, p.office_name.lower())):
            if peer.active:
                status = QTableWidgetItem(self.tr("Aktif"))
                theme.paint_item(status, Role.DONE)
            else:
                status = QTableWidgetItem(self.tr("Dicabut: {reason}").format(
                    reason=_shortened(peer.revoke_reason) or "—"))
                status.setToolTip(self.tr("Dicabut {at}: {reason}").format(
                    at=local_time(peer.revoked_at), reason=peer.revoke_reason or "—"))
                theme.paint_item(status, Role.INACTIVE)
            fingerprint = QTableWidgetItem(peer.fingerprint)
            fingerprint.setFont(theme.font(fingerprint, Role.MONO))
            rows.append((peer.device_id, [peer.office_name, role_label(peer.role),
                                          peer.device_code, fingerprint, status,
                                          local_time(peer.enrolled_at)]))
        self.list.set_rows(rows)
        self._update_buttons()

    # -- this device's card ------------------------------------------------------------------
    def choose_card_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder atau flashdisk untuk kartu perangkat"), "",
            QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.save_card(Path(folder))

    def save_card(self, folder: Path) -> None:
        self.card_status.hide()
        self.ctx.ops.act(self.ctx.backend.sync.write_own_card, folder,
                         on_done=self._card_saved, on_error=self._failed)

    def _card_saved(self, path: Path) -> None:
        self.error.hide()
        self.card_status.setText(self.tr(
            "Kartu perangkat disimpan: {name} di {folder}. Serahkan berkas ini ke kantor yang "
            "akan mendaftarkannya, lalu bacakan sidik jari di atas lewat telepon.").format(
                name=path.name, folder=str(path.parent)))
        self.card_status.show()

    # -- enrolling and revoking ----------------------------------------------------------------
    def selected(self) -> PeerView | None:
        return self.peers.get(self.list.current_key())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.active)

    def choose_card_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih kartu perangkat"), "",
            self.tr("Kartu perangkat ppt-desk (*.ppt-card)"))
        if path:
            self.open_card(Path(path))

    def open_card(self, path: Path) -> None:
        """Read the card, then ask for the fingerprint heard on the phone."""
        self.error.hide()
        self.ctx.ops.query(self.ctx.backend.sync.read_card, path,
                           on_done=lambda card: self._card_read(path, card),
                           on_error=self._failed)

    def _card_read(self, path: Path, card: CardView) -> EnrolDialog:
        dialog = EnrolDialog(self.ctx, path, card, self)
        dialog.open()
        return dialog

    def revoke_selected(self) -> RevokeDialog | None:
        chosen = self.selected()
        if chosen is None or not chosen.active:
            return None
        dialog = RevokeDialog(self.ctx, chosen, self)
        dialog.open()
        return dialog

    def clear(self) -> None:
        for dialog in self.findChildren(EnrolDialog) + self.findChildren(RevokeDialog):
            dialog.reject()
        self.card = None
        self.peers = {}
        for label in (self.office, self.device_code, self.role, self.fingerprint):
            label.clear()
        self.list.clear_rows()
        self.card_status.hide()
        self.error.hide()
        self._update_buttons()
