"""The berita acara serah terima: the minutes of handing over a victim (or, with
``remains``, the remains of one) from PIHAK PERTAMA to PIHAK KEDUA, with the route home, the
escort, the documents and belongings handed over, and the witnesses' signatures."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.words import tanggal, tanggal_terbilang
from ..services.dto import HandoverMinutesData, Signatory
from .blocks import BLANK_FIELD, fields, letterhead, markup, numbered
from .page import FRAME_WIDTH, build
from .signatures import SignatureBlock, id_line, signature, signature_row, signature_rows
from .styles import Styles, plain, styles

SHORT_TABLE = 8  # rows kept on one page with their heading


def _party(number: int, sig: Signatory, role: str, st: Styles) -> Table:
    relation = "Jabatan" if sig.institution.strip() or not sig.position.strip() else "Hubungan"
    rows: list[tuple[str, str]] = [("Nama", sig.name.strip() or BLANK_FIELD),
                                   (relation, sig.position.strip() or BLANK_FIELD)]
    if sig.institution.strip():
        rows.append(("Instansi", sig.institution.strip()))
    if sig.id_number.strip():
        kind, _, rest = id_line(sig.id_number).partition(" ")
        rows.append((kind.rstrip(".:"), rest.lstrip(".: ")))
    data = [[Paragraph(f"{number}." if i == 0 else "", st.left),
             Paragraph(markup(label), st.left), ":", Paragraph(markup(value), st.left)]
            for i, (label, value) in enumerate(rows)]
    data.append(["", Paragraph(f"selanjutnya disebut <b>{role}</b>.", st.left), "", ""])
    widths = [0.75 * cm, 2.6 * cm, 0.45 * cm, FRAME_WIDTH - 3.8 * cm]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(plain() + [
        ("SPAN", (1, len(rows)), (3, len(rows))),
        ("TOPPADDING", (0, len(rows)), (-1, len(rows)), 2),
    ]))
    return table


def _items_table(items: Sequence[tuple[str, str]], st: Styles) -> Table:
    data: list[list] = [[Paragraph("No", st.cell_bold), Paragraph("Uraian", st.cell_bold),
                         Paragraph("Keterangan", st.cell_bold)]]
    for i, (what, note) in enumerate(items, start=1):
        data.append([Paragraph(f"{i}.", ParagraphStyle("n", parent=st.cell,
                                                       alignment=TA_CENTER)),
                     Paragraph(markup(what), st.cell), Paragraph(markup(note) or "-", st.cell)])
    widths = [1.1 * cm, FRAME_WIDTH * 0.6 - 1.1 * cm, FRAME_WIDTH * 0.4]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, 10.5),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _party_signature(sig: Signatory, role: str, default_caption: str,
                     st: Styles) -> SignatureBlock:
    """A party's signature block under its role in bold ("PIHAK KEDUA"), with the caption
    ("Yang menerima,") below; a caption that already names the role becomes the header."""
    caption = sig.caption.strip()
    if caption.strip(" ,.:").upper() == role:
        caption = ""
    elif role.lower() in caption.lower():
        return signature(replace(sig, caption=""), st, caption)
    return signature(replace(sig, caption=caption), st, role, default_caption)


def _story(data: HandoverMinutesData, st: Styles) -> list[Flowable]:
    story = letterhead(data.letterhead, st)
    title = ("BERITA ACARA SERAH TERIMA JENAZAH" if data.remains
             else "BERITA ACARA SERAH TERIMA KORBAN")
    story.append(Paragraph(f"<u>{title}</u>", st.title))
    story.append(Paragraph(f"Nomor: {markup(data.number) or BLANK_FIELD}", st.center))
    story.append(Spacer(1, 14))

    place = data.place.strip() or BLANK_FIELD
    story.append(Paragraph(
        f"Pada hari ini, {tanggal_terbilang(data.held_on)} ({tanggal(data.held_on)}), "
        f"bertempat di {markup(place)}, kami yang bertanda tangan di bawah ini:", st.body))
    story.append(Spacer(1, 2))
    story.append(_party(1, data.giver, "PIHAK PERTAMA", st))
    story.append(Spacer(1, 6))
    story.append(_party(2, data.receiver, "PIHAK KEDUA", st))
    story.append(Spacer(1, 8))

    what = " jenazah:" if data.remains else ":"
    story.append(Paragraph(
        "<b>PIHAK PERTAMA</b> menyerahkan kepada <b>PIHAK KEDUA</b>, dan <b>PIHAK KEDUA</b> "
        f"menerima dari <b>PIHAK PERTAMA</b>{what}", st.body))
    subject = fields(data.subject_rows, st, indent=0.75 * cm, label_width=5.0 * cm)
    if subject is not None:
        story.append(subject)

    route = numbered(data.route, st, indent=0.2 * cm)
    if route is not None:
        story.append(Paragraph("Rute pemulangan:", st.heading))
        story.append(route)
    if data.escort.strip():
        story.append(Spacer(1, 5))
        story.append(Paragraph(f"<b>Pendamping:</b> {markup(data.escort)}", st.body))

    heading = Paragraph("Dokumen dan barang yang diserahkan:", st.heading)
    items = [(what_, note) for what_, note in data.items if what_.strip() or note.strip()]
    if not items:
        story += [heading, Paragraph("Tidak ada.", st.body)]
    elif len(items) <= SHORT_TABLE:  # never strand a row or two on the next page
        story.append(KeepTogether([heading, Spacer(1, 2), _items_table(items, st)]))
    else:
        story += [heading, Spacer(1, 2), _items_table(items, st)]

    if data.notes.strip():
        story.append(Spacer(1, 8))
        story.append(Paragraph(markup(data.notes), st.body))

    closing = Paragraph(
        "Demikian berita acara ini dibuat dengan sebenarnya dalam rangkap 2 (dua) untuk "
        "dipergunakan sebagaimana mestinya.", st.body)
    parties = signature_row([
        _party_signature(data.receiver, "PIHAK KEDUA", "Yang menerima,", st),
        _party_signature(data.giver, "PIHAK PERTAMA", "Yang menyerahkan,", st),
    ], right_align_single=False)
    story.append(KeepTogether([Spacer(1, 6), closing, Spacer(1, 12), parties]))

    witnesses = [signature(w, st) for w in data.witnesses]
    if witnesses:
        story.append(Spacer(1, 16))
        story.append(KeepTogether([Paragraph("Saksi-saksi:", st.center), Spacer(1, 4)]
                                  + signature_rows(witnesses, right_align_single=False)))
    return story


def handover_minutes(data: HandoverMinutesData, path: Path) -> None:
    """Write the berita acara serah terima (korban or, with ``remains``, jenazah) to
    ``path`` (A4 PDF, atomically)."""
    st = styles()
    title = ("Berita Acara Serah Terima Jenazah" if data.remains
             else "Berita Acara Serah Terima Korban")
    build(Path(path), _story(data, st), title, data.letterhead.office_name)
