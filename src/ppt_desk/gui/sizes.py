"""Sizes in bytes as people read them on a USB stick, in the interface's number format."""
from __future__ import annotations

import math

from PySide6.QtCore import QLocale


def size_text(size: int, up: bool = False) -> str:
    """A size in bytes as people read it on a stick ("12 MB", "3,4 GB" in Indonesian): one
    decimal below 10 (none when it is 0), rounded down (what is free), or up (what is needed)
    when ``up``, so that a file that does not fit never reads as if it did."""
    units = ((1024 ** 3, "GB"), (1024 ** 2, "MB"), (1024, "KB"))
    for unit, name in units:
        if size >= unit:
            break
    else:
        return f"{size} B"
    decimals = 1 if size / unit < 10 else 0
    scaled = size * 10 ** decimals / unit
    value = (math.ceil(scaled) if up else math.floor(scaled)) / 10 ** decimals
    if value == int(value):
        decimals = 0   # "3 MB", not "3,0 MB"
    return f"{QLocale().toString(value, 'f', decimals)} {name}"
