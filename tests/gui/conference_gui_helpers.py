"""Case-conference set-ups for the GUI tests, made through the real Backend (synthetic data):
a case brought to stage 2 (Penelusuran) with its findings and without the meeting ticked, the
SIDANG_KASUS consent, and the texts a window shows."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractButton, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit, QWidget,
)

from ppt_desk.services.dto import ConsentInput

from casework_fill import payloads
from casework_gui_helpers import new_case

STAGE2_FINDING = "Jeratan utang kepada perekrut"


def to_stage2(backend, case_id: str, day: date) -> None:
    """Protection, stage 1 and the stage-2 record whose meeting is not yet held."""
    forms = payloads(day)
    for kind in ("asesmen", "bebas_kritis"):
        backend.casework.save_record(case_id, kind, forms[kind])
    backend.casework.request_stage_change(case_id, "PENDEKATAN_AWAL")
    backend.casework.save_record(case_id, "tahap_1", forms["tahap_1"])
    backend.casework.request_stage_change(case_id, "PENELUSURAN")
    stage2 = dict(forms["tahap_2"], pembahasan_kasus=False, akar_masalah=STAGE2_FINDING)
    stage2.pop("tanggal_pembahasan", None)
    backend.casework.save_record(case_id, "tahap_2", stage2)


def consent_to_present(backend, case_id: str, day: date) -> None:
    backend.consent.record(case_id, ConsentInput("SIDANG_KASUS", "KORBAN", day, "TERTULIS",
                                                 scope=("RINGKASAN_KASUS",)))


def stage2_case(backend, name: str, day: date, assigned: str | None = None,
                consent: bool = True) -> tuple[str, str]:
    case_id, number = new_case(backend, name, day, assigned)
    to_stage2(backend, case_id, day)
    if consent:
        consent_to_present(backend, case_id, day)
    return case_id, number


def texts(widget: QWidget) -> list[str]:
    """Every text of every widget in ``widget``'s tree (labels, buttons, editors, lists)."""
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        out.append(w.toolTip())
        out.append(w.accessibleName())
    out.append(widget.windowTitle())
    return [t for t in out if t]


def shown_text(widget: QWidget) -> str:
    return "\n".join(texts(widget))
