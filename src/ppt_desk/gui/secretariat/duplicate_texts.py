"""Words for the duplicate search's codes (``domain.duplicates``) and the pair's status."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CONTEXT = "DuplicateTexts"
REASONS = {
    "nik": QT_TRANSLATE_NOOP("DuplicateTexts", "NIK sama"),
    "nik_close": QT_TRANSLATE_NOOP("DuplicateTexts", "NIK beda satu angka"),
    "nik_differs": QT_TRANSLATE_NOOP("DuplicateTexts", "NIK berbeda"),
    "name": QT_TRANSLATE_NOOP("DuplicateTexts", "nama sama"),
    "name_similar": QT_TRANSLATE_NOOP("DuplicateTexts", "nama mirip"),
    "name_rare": QT_TRANSLATE_NOOP("DuplicateTexts", "nama jarang"),
    "birth_date": QT_TRANSLATE_NOOP("DuplicateTexts", "tanggal lahir sama"),
    "birth_date_swapped": QT_TRANSLATE_NOOP("DuplicateTexts",
                                            "tanggal dan bulan lahir tertukar"),
    "birth_year": QT_TRANSLATE_NOOP("DuplicateTexts", "tahun lahir sama"),
    "birth_differs": QT_TRANSLATE_NOOP("DuplicateTexts", "tanggal lahir jauh berbeda"),
    "sex_differs": QT_TRANSLATE_NOOP("DuplicateTexts", "jenis kelamin berbeda"),
}
STATUS = {
    "OPEN": QT_TRANSLATE_NOOP("DuplicateTexts", "Menunggu keputusan"),
    "CONFIRMED": QT_TRANSLATE_NOOP("DuplicateTexts", "Orang yang sama"),
    "DISMISSED": QT_TRANSLATE_NOOP("DuplicateTexts", "Bukan orang yang sama"),
}
SEX = {"P": QT_TRANSLATE_NOOP("DuplicateTexts", "Perempuan"),
       "L": QT_TRANSLATE_NOOP("DuplicateTexts", "Laki-laki")}


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above (lupdate reads literal calls only: a new
    text is written out as ``QCoreApplication.translate("DuplicateTexts", "…")``)."""
    return QCoreApplication.translate(_CONTEXT, text)


def reasons_text(codes: tuple[str, ...]) -> str:
    """'nama mirip, tanggal lahir sama' (a code this version does not know is shown as is)."""
    words = [tr(REASONS[c]) if c in REASONS else c for c in codes]
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def status_text(status: str) -> str:
    return tr(STATUS[status]) if status in STATUS else status


def sex_text(code: str) -> str:
    return tr(SEX[code]) if code in SEX else (code or "—")


def birth_text(born: date | None, estimated_age: int | None) -> str:
    if born is not None:
        return born.strftime("%d-%m-%Y")
    if estimated_age is not None:
        return QCoreApplication.translate(
            "DuplicateTexts", "umur sekitar {age} tahun (perkiraan)").format(age=estimated_age)
    return "—"


def link_text(case_number: str, office: str, confirmed: bool) -> str:
    """For a case view: the other PPT's case of a pair."""
    if confirmed:
        return QCoreApplication.translate(
            "DuplicateTexts",
            "Orang yang sama dengan kasus {number} di {office} (dikonfirmasi petugas)"
        ).format(number=case_number, office=office)
    return QCoreApplication.translate(
        "DuplicateTexts", "Kemungkinan orang yang sama dengan kasus {number} di {office}"
    ).format(number=case_number, office=office)
