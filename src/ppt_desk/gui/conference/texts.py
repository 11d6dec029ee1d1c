"""Words shared by the conference screens: a status, the facts line of a conference.

Every text is a literal ``QCoreApplication.translate("ConferenceTexts", …)`` call: lupdate
reads only those (a wrapper function hid them from the translation file)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.conference_dto import ConferenceDetail

DATE = "%d/%m/%Y"


def status_text(status: str) -> str:
    return {"DIRENCANAKAN": QCoreApplication.translate("ConferenceTexts", "Direncanakan"),
            "BERLANGSUNG": QCoreApplication.translate("ConferenceTexts", "Berlangsung"),
            "SELESAI": QCoreApplication.translate("ConferenceTexts", "Selesai"),
            "DIBATALKAN": QCoreApplication.translate("ConferenceTexts", "Dibatalkan"),
            }.get(status, status)


def facts_text(detail: ConferenceDetail) -> str:
    """'Status: Berlangsung · direncanakan 05/05/2025 · 4 peserta, 3 sudah menandatangani…'"""
    parts = [QCoreApplication.translate("ConferenceTexts", "Status: {status}").format(
        status=status_text(detail.status))]
    if detail.held_on is not None:
        parts.append(QCoreApplication.translate("ConferenceTexts", "diadakan {date}").format(
            date=detail.held_on.strftime(DATE)))
    else:
        parts.append(QCoreApplication.translate("ConferenceTexts", "direncanakan {date}").format(
            date=detail.planned_on.strftime(DATE)))
    signed = sum(1 for p in detail.participants if p.acknowledged_on is not None)
    parts.append(QCoreApplication.translate(
        "ConferenceTexts",
        "{count} peserta, {signed} sudah menandatangani pernyataan kerahasiaan",
    ).format(count=len(detail.participants), signed=signed))
    parts.append(QCoreApplication.translate("ConferenceTexts", "{count} kasus").format(
        count=len(detail.cases)))
    return " · ".join(parts)
