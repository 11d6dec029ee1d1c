"""Which drives can take a bundle: removable, mounted, ready and writable, never the system disk.

``removable_drives`` asks Qt (``QStorageInfo.mountedVolumes``) and the platform; the choice
itself (``pick``) works on plain ``Volume`` values so that it can be tested without a stick.
Linux desktops mount sticks under /media, /run/media or /mnt; macOS under /Volumes; Windows
gives them a drive letter of the removable kind.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QStorageInfo

MOUNT_ROOTS = {
    "linux": ("/media/", "/run/media/", "/mnt/"),
    "darwin": ("/Volumes/",),
}
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Volume:
    root: str           # mount point ("/media/ana/FLASHDISK", "E:/")
    name: str           # the volume's label ("" when it has none)
    free: int           # bytes available to us
    ready: bool = True
    read_only: bool = False


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str          # "FLASHDISK (E:)" or the mount point's last part
    free: int


def _platform_key(platform: str) -> str:
    if platform.startswith("linux"):
        return "linux"
    if platform.startswith("win"):
        return "win"
    return platform


def _windows_removable(root: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root.replace("/", "\\")) == DRIVE_REMOVABLE


def _label(volume: Volume, key: str) -> str:
    if key == "win":
        letter = volume.root.rstrip("/\\")
        return f"{volume.name} ({letter})" if volume.name else letter
    return volume.name or Path(volume.root).name or volume.root


def pick(volumes: Iterable[Volume], platform: str, system_root: str,
         removable: Callable[[str], bool] | None = None) -> list[Drive]:
    """The volumes a bundle may go to, by label."""
    key = _platform_key(platform)
    prefixes = MOUNT_ROOTS.get(key, ())
    drives = []
    for volume in volumes:
        root = volume.root
        if not volume.ready or volume.read_only or not root or root == system_root:
            continue
        if key == "win":
            if removable is None or not removable(root):
                continue
        elif not (root + "/").startswith(prefixes) or root.rstrip("/") + "/" in prefixes:
            continue
        drives.append(Drive(Path(root), _label(volume, key), volume.free))
    return sorted(drives, key=lambda d: d.label.lower())


def removable_drives() -> list[Drive]:
    """The sticks plugged in now."""
    volumes = [Volume(v.rootPath(), v.name() or "", v.bytesAvailable(), v.isReady(),
                      v.isReadOnly())
               for v in QStorageInfo.mountedVolumes() if v.isValid()]
    removable = _windows_removable if _platform_key(sys.platform) == "win" else None
    return pick(volumes, sys.platform, QStorageInfo.root().rootPath(), removable)
