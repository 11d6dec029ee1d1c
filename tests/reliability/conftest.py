"""Fixtures for reliability tests: the root conftest's constants (it is not importable by name)."""
from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="session")
def root(request) -> ModuleType:
    """tests/conftest.py itself, for ADMIN, PASSWORD and OFFICE."""
    wanted = Path(__file__).resolve().parent.parent / "conftest.py"
    for plugin in request.config.pluginmanager.get_plugins():
        if Path(getattr(plugin, "__file__", None) or "/").resolve() == wanted:
            return plugin
    raise RuntimeError("tests/conftest.py not loaded")


@pytest.fixture
def creds(root) -> tuple[str, str]:
    """(username, password) of the template folder's admin."""
    return root.ADMIN, root.PASSWORD
