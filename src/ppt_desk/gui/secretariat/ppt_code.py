"""How the secretariat's pages name a PPT device: by the PPT's own code (its case-number prefix,
e.g. KPG, as on its case numbers), and by the laptop's letter only where one PPT sends from
more than one device (every PPT's first laptop is "A", so the letter alone tells no PPT apart).
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from PySide6.QtCore import QCoreApplication


def shared_offices(office_names: Iterable[str]) -> set[str]:
    """The offices listed with more than one device."""
    return {name for name, n in Counter(office_names).items() if n > 1}


def ppt_code(office_code: str, device_code: str, shared: bool) -> str:
    """"KPG"; "KPG, perangkat B" for one of several laptops of a PPT; "" when neither is
    known yet (a PPT enrolled whose first bundle has not come: its office row brings the
    code)."""
    parts = [office_code] if office_code else []
    if shared and device_code:
        parts.append(QCoreApplication.translate("PptCode", "perangkat {code}").format(
            code=device_code))
    return ", ".join(parts)
