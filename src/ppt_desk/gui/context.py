"""What every page is handed: the backend, the operations helper, the signed-in user and the
app bus."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..domain.roles import can_manage_users, can_see_cases
from ..services.api import Backend
from ..services.dto import OfficeProfile, UserInfo
from .operations import Operations
from .settings import Preferences


class AppBus(QObject):
    """App-wide signals. ``data_changed`` carries the ChangeSet of every mutation."""

    data_changed = Signal(object)  # ChangeSet
    open_case_requested = Signal(str)  # case id


@dataclass
class AppContext:
    backend: Backend  # handed in by bootstrap (gui may not import it)
    runner: Any       # TaskRunner or SyncRunner; screens use ``ops``, never the runner
    user: UserInfo
    office: OfficeProfile | None
    bus: AppBus
    prefs: Preferences
    ops: Operations = field(init=False)

    def __post_init__(self) -> None:
        self.ops = Operations(self.runner, self.bus)

    @property
    def is_admin(self) -> bool:
        return can_manage_users(self.user.roles)

    @property
    def sees_cases(self) -> bool:
        return can_see_cases(self.user.roles)
