"""Perangkat (secretariat): this secretariat's province and offline backup key, its own device
card, and the PPT devices it trusts, enrolled and revoked by its administrators (the PPT's
devices panel, reused)."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...services.change_set import ChangeSet
from ...services.secretariat.setup import SecretariatStatus
from .. import theme
from ..context import AppContext
from ..labels import message_for
from ..pages.base import BasePage
from ..sync.devices_panel import DevicesPanel
from ..theme import Role
from ..widgets.messages import error_label


class SecretariatDevicesPage(BasePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Perangkat"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Perangkat PPT yang boleh mengirim bundel ke sekretariat ini. Daftarkan kartu "
            "perangkat PPT setelah sidik jarinya dibacakan lewat telepon; cabut laptop yang "
            "hilang atau tidak dipakai lagi."), self)
        intro.setWordWrap(True)
        theme.apply(intro, Role.HINT)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Sekretariat ini"), self)
        form = QFormLayout(box)
        self.province = QLabel(box)
        self.province.setObjectName("secretariatProvince")
        self.backup = QLabel(box)
        self.backup.setObjectName("backupFingerprint")
        self.backup.setWordWrap(True)
        self.counts = QLabel(box)
        self.counts.setObjectName("pptCounts")
        form.addRow(self.tr("Provinsi:"), self.province)
        form.addRow(self.tr("Kunci cadangan offline:"), self.backup)
        form.addRow(self.tr("Perangkat PPT:"), self.counts)
        layout.addWidget(box)
        self.devices = DevicesPanel(ctx, self)
        self.devices.layout().setContentsMargins(0, 0, 0, 0)   # aligned with the box above
        self.devices.list.empty.setText(self.tr(
            "Belum ada perangkat PPT yang terdaftar. Daftarkan kartu perangkat setiap PPT di "
            "provinsi ini agar bundelnya dapat diimpor."))
        layout.addWidget(self.devices, 1)
        self.error = error_label(self, "secretariatStatusError")
        layout.addWidget(self.error)
        self._loaded = False
        self.listen(ctx.bus.data_changed, self._data_changed)

    def page_shown(self) -> None:
        self._loaded = True
        self.devices.refresh()
        self.refresh_status()

    def refresh_status(self) -> None:
        self.ctx.ops.query(self.ctx.backend.secretariat.status, on_done=self._show_status,
                           on_error=self._failed)

    def _show_status(self, status: SecretariatStatus) -> None:
        self.error.hide()
        self.province.setText(f"{status.province_code} {status.province_name}")
        if status.backup_fingerprint:
            self.backup.setText(self.tr("sidik jari {fingerprint} (kunci disimpan di luar "
                                        "komputer ini)").format(
                fingerprint=status.backup_fingerprint))
        else:
            self.backup.setText(self.tr("belum ada"))
        self.counts.setText(self.tr("{active} terdaftar, {revoked} dicabut").format(
            active=status.ppt_devices, revoked=status.revoked_devices))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc))
        self.error.show()

    def _data_changed(self, changes: ChangeSet) -> None:
        if self._loaded and changes.devices:
            self.devices.refresh_peers()
            self.refresh_status()

    def clear(self) -> None:
        self._loaded = False
        self.devices.clear()
        for label in (self.province, self.backup, self.counts):
            label.clear()
        self.error.hide()
