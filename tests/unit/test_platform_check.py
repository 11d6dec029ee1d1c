"""The start-up check for Qt's xcb plugin (platform_check.py): which environments it checks, what
it reports with a fake library loader, the one line `ppt-desk` prints instead of Qt's abort, and
that it passes on this machine (.ci/run installs the libraries)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ppt_desk import platform_check as pc


class FakeLoader:
    """Loads everything except the names given; records what was asked."""

    def __init__(self, *absent: str, plugin_needs: str = "") -> None:
        self.absent = absent
        self.plugin_needs = plugin_needs  # a library only the plugin file itself asks for
        self.asked: list[str] = []

    def __call__(self, name: str) -> object:
        self.asked.append(name)
        if self.plugin_needs and name.endswith("libqxcb.so"):
            raise OSError(f"{self.plugin_needs}: cannot open shared object file: No such file "
                          "or directory")
        for missing in self.absent:
            if missing in name:
                raise OSError(f"{missing}: cannot open shared object file: No such file or "
                              "directory")
        return object()


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:foo=1"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_which_environments_are_checked(environ, platform, expected):
    assert pc.uses_xcb(environ, platform) is expected


def test_nothing_missing_passes_and_loads_the_plugin_last(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    loader = FakeLoader()
    assert pc.check_gui_platform({}, "linux", loader, plugin) is None
    assert loader.asked == [name for name, _ in pc.XCB_LIBRARIES] + [str(plugin)]


def test_a_missing_library_names_its_package_in_one_line():
    line = pc.check_gui_platform({}, "linux", FakeLoader("libxcb-cursor.so.0"), None)
    assert line is not None and "\n" not in line
    assert "libxcb-cursor.so.0" in line
    assert line.endswith("sudo apt install libxcb-cursor0")


def test_several_missing_libraries_one_install_command_each_package_once():
    loader = FakeLoader("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4",
                        "libxcb-keysyms.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0")
    line = pc.check_gui_platform({"QT_QPA_PLATFORM": "xcb"}, "linux", loader, None)
    assert line is not None and "\n" not in line
    assert line.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
                         "libxkbcommon-x11-0 libglib2.0-0")


def test_a_library_the_list_does_not_name_is_caught_by_loading_the_plugin(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    line = pc.check_gui_platform({}, "linux", FakeLoader(plugin_needs="libxcb-new-thing.so.2"),
                                 plugin)
    assert line is not None and "libxcb-new-thing.so.2" in line
    assert "sudo apt install" not in line


def test_not_checked_offscreen_or_off_linux():
    loader = FakeLoader("libxcb-cursor.so.0")
    assert pc.check_gui_platform({"QT_QPA_PLATFORM": "offscreen"}, "linux", loader) is None
    assert pc.check_gui_platform({}, "win32", loader) is None
    assert loader.asked == []


def test_the_qt_library_list_matches_the_installed_xcb_plugin():
    """Every library PySide6's xcb plugin names (readelf NEEDED, excluding Qt's own and the C
    runtime) is in the list, so the package named is right for this PySide6."""
    plugin = pc.xcb_plugin()
    assert plugin is not None, "PySide6's libqxcb.so not found"
    qpa = plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6"
    needed = set()
    for path in (plugin, qpa):
        needed |= set(_needed(path))
    runtime = {"libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6"}
    listed = {name for name, _ in pc.XCB_LIBRARIES}
    assert {n for n in needed if not n.startswith("libQt6")} - runtime - listed == set()


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF file (64-bit little-endian), read from its dynamic
    section in Python so the test needs no binutils."""
    import struct

    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link
    names = []
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


def test_the_check_passes_on_this_machine():
    """The real loader: the libraries .ci/run installs load, and so does PySide6's plugin."""
    assert pc.missing_libraries(plugin=pc.xcb_plugin()) == []
    assert pc.check_gui_platform({"QT_QPA_PLATFORM": "xcb"}, "linux") is None


def test_ppt_desk_prints_the_line_and_exits_before_qt(tmp_path):
    """`ppt-desk` with a library missing: the one line on stderr, exit status 3, no Qt loaded."""
    script = (
        "import sys\n"
        "from ppt_desk import platform_check as pc\n"
        "real = pc._load\n"
        "def fake(name):\n"
        "    if name == 'libxcb-cursor.so.0':\n"
        "        raise OSError(name + ': cannot open shared object file')\n"
        "    return real(name)\n"
        "pc._load = fake\n"
        "from ppt_desk.cli import main\n"
        "code = main(['--data-dir', sys.argv[1]])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == pc.EXIT_STATUS, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "libxcb-cursor.so.0" in lines[0]
    assert lines[0].endswith("sudo apt install libxcb-cursor0")
