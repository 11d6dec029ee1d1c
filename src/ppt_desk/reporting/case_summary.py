"""The ringkasan kasus: under the kop surat, for whom it was printed and on what basis, then
the case file section by section (identity, intake, stages, the casework records, each service
track, the consents), each record with its date and its filled-in fields, what was left out
under the consent's scope, and the signature of the head of the office."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..domain.words import tanggal
from ..services.case_summary_dto import CaseSummaryData, SummaryRecord, SummarySection
from .blocks import boxed, fields, letterhead, markup
from .page import build
from .signatures import signature, signature_row
from .styles import Styles, styles

CONFIDENTIAL = ("<b>RAHASIA.</b> Dokumen ini memuat data korban tindak pidana perdagangan orang "
                "yang wajib dirahasiakan (UU No. 21 Tahun 2007 Pasal 44). Jangan digandakan atau "
                "diteruskan kepada pihak lain.")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV")


def _record(rec: SummaryRecord, st: Styles, number: int) -> list[Flowable]:
    head = Paragraph(f"{number}. <b>{markup(rec.title)}</b>"
                     + (f" \u2014 {markup(rec.when)}" if rec.when else ""),
                     ParagraphStyle("s-rec", parent=st.left, spaceBefore=4, keepWithNext=1))
    rows = fields(rec.rows, st, indent=0.6 * cm, label_width=4.6 * cm)
    return [head] + ([rows] if rows is not None else [])


def _section(number: int, section: SummarySection, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(markup(f"{ROMAN[number % len(ROMAN)]}. {section.title}"),
                                       st.heading)]
    if section.rows:
        table = fields(section.rows, st, label_width=4.6 * cm)
        if table is not None:
            story.append(table)
    for i, rec in enumerate(section.records, start=1):
        story += _record(rec, st, i)
    if section.note:
        story.append(Paragraph(markup(section.note), st.small))
    if not section.rows and not section.records and not section.note:
        story.append(Paragraph("-", st.body))
    return story


def _story(data: CaseSummaryData, st: Styles) -> list[Flowable]:
    story = letterhead(data.letterhead, st)
    story.append(Paragraph("<u>RINGKASAN KASUS</u>", st.title))
    story.append(Paragraph(f"Nomor kasus: {markup(data.case_number)}", st.center))
    story.append(Spacer(1, 8))
    story.append(boxed(CONFIDENTIAL, st))
    story.append(Spacer(1, 6))
    head = fields([("Untuk keperluan", data.purpose_label),
                   ("Dicetak tanggal", tanggal(data.printed_on)),
                   ("Dicetak oleh", data.printed_by)], st, label_width=4.6 * cm)
    if head is not None:
        story.append(head)
    if data.consent_note:
        story.append(Paragraph(markup(data.consent_note), st.note))
    for number, section in enumerate(data.sections):
        story += _section(number, section, st)
    if data.withheld:
        story.append(Spacer(1, 6))
        story.append(boxed("<b>Tidak dicantumkan</b> (di luar lingkup persetujuan korban): "
                           + markup(", ".join(data.withheld)) + ".", st))
    city = data.letterhead.city.strip()
    dated = f"{city}, {tanggal(data.printed_on)}" if city else tanggal(data.printed_on)
    signs = signature_row([signature(data.signatory, st)])
    story.append(KeepTogether([Spacer(1, 10), Paragraph(markup(dated), st.right),
                               Spacer(1, 6), signs]))
    return story


def case_summary(data: CaseSummaryData, path: Path) -> None:
    """Write the ringkasan kasus to ``path`` (A4 PDF, atomically)."""
    build(Path(path), _story(data, styles()), f"Ringkasan kasus {data.case_number}",
          data.letterhead.office_name)
