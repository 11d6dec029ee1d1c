"""Before Qt starts on Linux: can its X11 (xcb) platform plugin load?

Qt 6.5+ needs system libraries for its xcb plugin that a fresh desktop install may lack (most
often libxcb-cursor0). Without them Qt aborts with a long message about plugins. This module
checks for them without importing Qt and gives one line naming the Debian/Ubuntu packages to
install. It imports nothing from Qt, so cli.py can call it before the GUI modules load.

The list is the NEEDED entries of PySide6's ``plugins/platforms/libqxcb.so`` and
``lib/libQt6XcbQpa.so.6`` (6.11, ``readelf -d``), plus what libQt6Gui itself needs, each with
the package that provides it on Debian 12 / Ubuntu 22.04+. A library missing from this list
is still caught: the plugin file itself is loaded last and its loader error is reported.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Callable, Mapping

# soname -> Debian/Ubuntu package
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb.so.1", "libxcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libgthread-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)

EXIT_STATUS = 3  # the GUI cannot start on this machine until a package is installed

_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")

Loader = Callable[[str], object]


def _load(name: str) -> object:
    return ctypes.CDLL(name)


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Would Qt try its xcb plugin here? Linux only; QT_QPA_PLATFORM unset or naming xcb
    (first in a 'a;b' list); an unset value in a Wayland session means Qt picks wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        first = chosen.split(";")[0].split(":")[0].strip().lower()
        return first == "xcb"
    return environ.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def xcb_plugin() -> Path | None:
    """PySide6's libqxcb.so, found without importing Qt (None when not there)."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(loader: Loader | None = None,
                      plugin: Path | None = None) -> list[tuple[str, str]]:
    """(library, package) for each library the xcb plugin needs that does not load; when all
    listed ones load, the plugin itself is loaded to catch one the list does not name
    (its package then unknown: "")."""
    loader = loader or _load
    missing: list[tuple[str, str]] = []
    for soname, package in XCB_LIBRARIES:
        try:
            loader(soname)
        except OSError:
            missing.append((soname, package))
    if missing or plugin is None:
        return missing
    try:
        loader(str(plugin))
    except OSError as exc:
        found = _MISSING.search(str(exc))
        missing.append((found.group(1) if found else plugin.name, ""))
    return missing


def message(missing: list[tuple[str, str]]) -> str:
    """One line: what is missing and the command that installs it."""
    libraries = ", ".join(name for name, _ in missing)
    packages = list(dict.fromkeys(package for _, package in missing if package))
    line = ("ppt-desk cannot open its window: missing system libraries for Qt's X11 (xcb) "
            f"plugin ({libraries})")
    if packages:
        line += f"; install them with: sudo apt install {' '.join(packages)}"
    else:
        line += "; install the package that provides them"
    return line


def check_gui_platform(environ: Mapping[str, str] | None = None,
                       platform: str | None = None, loader: Loader | None = None,
                       plugin: Path | None | bool = True) -> str | None:
    """None when the GUI can start as far as can be told before Qt does; else the one line to
    print. ``plugin=True`` looks for PySide6's xcb plugin."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform or sys.platform):
        return None
    plugin_path = xcb_plugin() if plugin is True else (plugin or None)
    missing = missing_libraries(loader, plugin_path)
    return message(missing) if missing else None
