"""Where bundles sit on a stick that travels between PPTs and the province (ADR 0018).

    <stick>/*.ppt-bundle                              a PPT's bundles for the province
    <stick>/ppt-desk-rute/<receiver-device-id>/       transfers a PPT sends *through* the
                                                      secretariat, one folder per receiver
    <stick>/ppt-desk-kembali/<ppt-device-id>/         the return trip the secretariat prepared
                                                      for one PPT (receipt, reference data,
                                                      routed transfers)

The folders are named by device ids: random uuids that carry no name, no office and no content.
A device code (one letter, ``A`` at most offices) would not tell two PPTs apart; an office name
would tell whoever finds the stick whose it is. The secretariat cannot open a routed transfer
(it is encrypted to the receiving PPT only): the folder name is how it knows where to hand it.
"""
from __future__ import annotations

import re
from pathlib import Path

from .folders import BUNDLE_SUFFIX

ROUTE_DIR = "ppt-desk-rute"
RETURN_DIR = "ppt-desk-kembali"
_DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def is_device_id(name: str) -> bool:
    return bool(_DEVICE_ID.match(name))


def route_folder(stick: Path, receiver_device_id: str) -> Path:
    """Where a transfer for ``receiver_device_id`` goes when the province carries it."""
    if not is_device_id(receiver_device_id):
        raise ValueError("not a device id")
    return stick / ROUTE_DIR / receiver_device_id


def return_folder(stick: Path, device_id: str) -> Path:
    """Where the secretariat puts one PPT's return trip."""
    if not is_device_id(device_id):
        raise ValueError("not a device id")
    return stick / RETURN_DIR / device_id


def bundles_in(folder: Path) -> list[Path]:
    """The ``*.ppt-bundle`` files directly in ``folder`` (none when it does not exist; a
    symbolic link is no bundle: a stick's link could point anywhere on this computer)."""
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix == BUNDLE_SUFFIX and p.is_file() and not p.is_symlink())
    except OSError:
        return []


def routed_on(stick: Path) -> dict[str, list[Path]]:
    """Receiver folder name -> the bundles in it, for every folder under ``ppt-desk-rute``
    (names that are not device ids too: the caller refuses them with a reason)."""
    out: dict[str, list[Path]] = {}
    try:
        folders = sorted(p for p in (stick / ROUTE_DIR).iterdir()
                         if p.is_dir() and not p.is_symlink())
    except OSError:
        return out
    for folder in folders:
        files = bundles_in(folder)
        if files:
            out[folder.name] = files
    return out
