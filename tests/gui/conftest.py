"""GUI fixtures: real widgets offscreen, the real Backend, a synchronous runner, and
preferences in a temporary file (never the user's)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ppt_desk.bootstrap import make_backend
from ppt_desk.gui.i18n import install_translator
from ppt_desk.gui.runner import SyncRunner
from ppt_desk.gui.settings import Preferences
from ppt_desk.security.kdf import TEST_PARAMS

# Harmless platform chatter of the offscreen plugin.
QT_LOG_IGNORE = [r"This plugin does not support.*", r"QFont::setPointSize.*"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/gui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture
def prefs(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def runner(qapp) -> SyncRunner:
    return SyncRunner()


@pytest.fixture
def locked_backend(data_dir):
    """The set-up template database, not yet unlocked."""
    backend = make_backend(data_dir, TEST_PARAMS)
    yield backend
    backend.session.lock()


@pytest.fixture(autouse=True)
def indonesian(qapp):
    install_translator("id")
    yield
    install_translator("id")
