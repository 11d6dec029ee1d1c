"""Every UI preference, declared once (Picard habit). Only non-identifying values live here:
QSettings is a plain file, so names, case data and usernames never go into it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "ppt-desk"
APPLICATION = "ppt-desk"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "id")
IDLE_MINUTES = Setting("security/idle_minutes", int, 5)
WINDOW_GEOMETRY = Setting("ui/main_window_geometry", QByteArray, QByteArray())
# The folder printed documents were last saved in (a folder only, never a file's name).
DOCUMENTS_FOLDER = Setting("documents/last_folder", str, "")
ALL = (LANGUAGE, IDLE_MINUTES, WINDOW_GEOMETRY, DOCUMENTS_FOLDER)


class Preferences:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(ORGANIZATION, APPLICATION)

    def get(self, setting: Setting) -> Any:
        value = self._store.value(setting.key, setting.default)
        if setting.type is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        if setting.type is str:
            return str(value) if value is not None else setting.default
        return value if value is not None else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._store.setValue(setting.key, value)
        self._store.sync()
