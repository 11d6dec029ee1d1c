"""What every page is handed: the backend, the runner, the signed-in user and the app bus."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..domain.roles import can_manage_users, can_see_cases
from ..services.dto import OfficeProfile, UserInfo
from .settings import Preferences


class AppBus(QObject):
    """App-wide signals. ``data_changed`` carries the ChangeSet of every mutation."""

    data_changed = Signal(object)  # ChangeSet
    open_case_requested = Signal(str)  # case id


@dataclass
class AppContext:
    backend: Any  # ppt_desk.bootstrap.Backend (handed in; gui may not import bootstrap)
    runner: Any   # TaskRunner or SyncRunner
    user: UserInfo
    office: OfficeProfile | None
    bus: AppBus
    prefs: Preferences

    @property
    def is_admin(self) -> bool:
        return can_manage_users(self.user.roles)

    @property
    def sees_cases(self) -> bool:
        return can_see_cases(self.user.roles)
