"""A stick or folder of PPT bundles at the secretariat: which files, in which order.

Each file is then imported on its own by the sync engine, unchanged (``SyncApi.import_bundle``:
every check, quarantine with a reason, gaps held back). The order only spares holding events
back: a device's bundles go in their sequence, so a stick with bundles 3, 4 and 5 of one PPT
applies each at once instead of holding 4 and 5 until 3 comes. A file whose manifest cannot be
read keeps its place at the end; its import then quarantines it with the reason.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ...domain.errors import DomainError
from ..sync.dto import BundlePeek
from ..sync.folders import BUNDLE_SUFFIX


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The bundle files named: a folder gives its ``*.ppt-bundle`` files (not its subfolders),
    a file is taken as it is (its import says if it is no bundle). Each file once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.suffix == BUNDLE_SUFFIX and p.is_file()))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def import_order(paths: list[Path], summary: Callable[[Path], BundlePeek]) -> list[Path]:
    """``paths`` by sender device, then bundle sequence; unreadable ones last, as given."""
    readable: list[tuple[tuple[str, int], Path]] = []
    unreadable: list[Path] = []
    for path in paths:
        try:
            s = summary(path)
        except (DomainError, OSError):
            unreadable.append(path)
            continue
        readable.append(((s.sender_device, s.bundle_seq), path))
    readable.sort(key=lambda item: item[0])
    return [path for _, path in readable] + unreadable
