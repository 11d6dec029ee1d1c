"""The surat rujukan: an A4 letter referring a victim to a service, in the form of Indonesian
official correspondence (kop surat, Nomor / Lampiran / Perihal, "Kepada Yth.", signature
blocks, Tembusan).  It carries only what the victim's consent allows, and says what was left
out."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.words import tanggal
from ..services.dto import ReferralLetterData
from .blocks import BLANK_FIELD, boxed, fields, letterhead, markup, numbered
from .page import FRAME_WIDTH, build
from .signatures import signature, signature_rows
from .styles import Styles, plain, styles


def _story(data: ReferralLetterData, st: Styles) -> list[Flowable]:
    story = letterhead(data.letterhead, st)
    city = data.letterhead.city.strip()
    dated = f"{city}, {tanggal(data.issued_on)}" if city else tanggal(data.issued_on)
    story.append(Paragraph(markup(dated), st.right))
    story.append(Spacer(1, 6))

    attachments = f"{len(data.documents)} berkas" if data.documents else "-"
    head = Table(
        [["Nomor", ":", Paragraph(markup(data.number) or BLANK_FIELD, st.left)],
         ["Lampiran", ":", Paragraph(attachments, st.left)],
         ["Perihal", ":", Paragraph(f"<b>{markup(data.subject)}</b>", st.left)]],
        colWidths=[2.3 * cm, 0.45 * cm, FRAME_WIDTH * 0.62], hAlign="LEFT")
    head.setStyle(TableStyle(plain()))
    story += [head, Spacer(1, 14)]

    story.append(Paragraph("Kepada Yth.", st.left))
    if data.to_institution.strip():
        story.append(Paragraph(f"<b>{markup(data.to_institution)}</b>", st.left))
    if data.to_address.strip():
        story.append(Paragraph(markup(data.to_address), st.left))
    story.append(Paragraph("di Tempat", st.left))
    story.append(Spacer(1, 14))

    story.append(Paragraph("Dengan hormat,", st.body))
    story.append(Paragraph(
        "Bersama ini kami merujuk korban tindak pidana perdagangan orang (TPPO) yang kami "
        "tangani untuk mendapatkan layanan berikut:", st.body))
    services = numbered(data.services, st, indent=0.2 * cm)
    if services is not None:
        story.append(services)

    if data.need.strip():
        story.append(Paragraph("Kebutuhan / alasan rujukan:", st.heading))
        story.append(Paragraph(markup(data.need), st.body))
    identity = fields(data.identity, st, indent=0.2 * cm)
    if identity is not None:
        story.append(Paragraph("Identitas korban:", st.heading))
        story.append(identity)
    if data.case_summary.strip():
        story.append(Paragraph("Ringkasan kasus:", st.heading))
        story.append(Paragraph(markup(data.case_summary), st.body))
    if data.health.strip():
        story.append(Paragraph("Informasi kesehatan:", st.heading))
        story.append(Paragraph(markup(data.health), st.body))
    documents = numbered(data.documents, st, indent=0.2 * cm)
    if documents is not None:
        story.append(Paragraph("Dokumen yang dilampirkan:", st.heading))
        story.append(documents)

    story.append(Spacer(1, 6))
    if data.case_management.strip():
        story.append(Paragraph(markup(data.case_management), st.body))
    if data.consent_note.strip():
        story.append(Paragraph(markup(data.consent_note), st.small))
    withheld = [w.strip() for w in data.withheld if w.strip()]
    if withheld:
        story.append(Spacer(1, 3))
        story.append(boxed(
            "<b>Data berikut tidak disertakan karena tidak tercakup persetujuan korban:</b> "
            f"{markup(', '.join(withheld))}. Bila data tersebut diperlukan, mohon menghubungi "
            "narahubung di bawah; data hanya dapat diberikan dengan persetujuan korban.", st))
        story.append(Spacer(1, 5))
    if data.contact.strip():
        story.append(Paragraph(f"Narahubung: {markup(data.contact)}", st.body))

    closing = Paragraph(
        "Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama "
        "Bapak/Ibu, kami ucapkan terima kasih.", st.body)
    blocks = [signature(sig, st) for sig in data.signatories]
    tail: list[Flowable] = [Spacer(1, 4), closing, Spacer(1, 12)]
    tail += signature_rows(blocks)
    # The closing and the signatures never stand alone on a page: the body's last lines go
    # with them (a signature under no text could be put under any letter).
    story, last_lines = _split_last_lines(story, st)
    story.append(KeepTogether(last_lines + tail))

    copies = numbered(data.copies_to, st, style=st.note)
    if copies is not None:
        story.append(Spacer(1, 12))
        story.append(KeepTogether([Paragraph("<u>Tembusan:</u>", st.note), copies]))
    return story


def _split_last_lines(story: list[Flowable],
                      st: Styles) -> tuple[list[Flowable], list[Flowable]]:
    """``story`` cut before its last paragraph of body text (with what follows it)."""
    for index in range(len(story) - 1, -1, -1):
        item = story[index]
        if isinstance(item, Paragraph) and item.style is st.body:
            return story[:index], story[index:]
    return story, []


def referral_letter(data: ReferralLetterData, path: Path) -> None:
    """Write the surat rujukan for ``data`` to ``path`` (A4 PDF, atomically)."""
    st = styles()
    build(Path(path), _story(data, st), "Surat Rujukan", data.letterhead.office_name)
