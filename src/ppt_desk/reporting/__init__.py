"""Printed documents: the surat rujukan and the berita acara serah terima as A4 PDFs.

Services fill the frozen dataclasses of :mod:`ppt_desk.services.dto` (only with what the
victim's consent allows); this package only draws them.  It never touches storage or Qt.
"""
from __future__ import annotations

from .pdf import handover_minutes, referral_letter
from ..domain.words import hari, rupiah, tanggal, tanggal_terbilang, terbilang

__all__ = ["handover_minutes", "hari", "referral_letter", "rupiah", "tanggal",
           "tanggal_terbilang", "terbilang"]
