"""Small helpers shared by the GUI tests."""
from __future__ import annotations

from datetime import date

from ppt_desk.gui.context import AppBus, AppContext
from ppt_desk.services.dto import UserInfo

TODAY = date.today()


def make_ctx(backend, runner, prefs, user: UserInfo | None = None) -> AppContext:
    user = user or backend.current_user
    return AppContext(backend, runner, user, backend.office(), AppBus(), prefs)


def visible_text(label) -> str:
    return label.text() if label.isVisibleTo(label.window()) else ""

# The template database's first admin (tests/conftest.py builds it).
ADMIN = "admin"
PASSWORD = "kata-sandi-uji-1"
