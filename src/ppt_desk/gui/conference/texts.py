"""Words shared by the conference screens: a status, the facts line of a conference."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.conference_dto import ConferenceDetail

DATE = "%d/%m/%Y"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConferenceTexts", text)


def status_text(status: str) -> str:
    return {"DIRENCANAKAN": _tr("Direncanakan"), "BERLANGSUNG": _tr("Berlangsung"),
            "SELESAI": _tr("Selesai"), "DIBATALKAN": _tr("Dibatalkan")}.get(status, status)


def facts_text(detail: ConferenceDetail) -> str:
    """'Status: Berlangsung · direncanakan 05/05/2025 · 4 peserta, 3 sudah menandatangani…'"""
    parts = [_tr("Status: {status}").format(status=status_text(detail.status))]
    if detail.held_on is not None:
        parts.append(_tr("diadakan {date}").format(date=detail.held_on.strftime(DATE)))
    else:
        parts.append(_tr("direncanakan {date}").format(date=detail.planned_on.strftime(DATE)))
    signed = sum(1 for p in detail.participants if p.acknowledged_on is not None)
    parts.append(_tr("{count} peserta, {signed} sudah menandatangani pernyataan "
                     "kerahasiaan").format(count=len(detail.participants), signed=signed))
    parts.append(_tr("{count} kasus").format(count=len(detail.cases)))
    return " · ".join(parts)
