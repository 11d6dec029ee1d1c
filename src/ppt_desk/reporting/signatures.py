"""Signature blocks: caption, room to sign and stamp, the name (or a dotted line to write
it), position and NIP, centred in their column; several side by side with the names on
one line, never split across pages."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..services.dto import Signatory
from .blocks import markup
from .page import FRAME_WIDTH
from .styles import Styles, plain

BLANK_NAME = "(" + "." * 30 + ")"  # a name to be written in by hand
SIGNATURE_SPACE = 2.1 * cm  # room to sign and stamp
_ID_KIND = re.compile(r"(NIP|NIK|NRP|NIPPPK)\b", re.IGNORECASE)


def id_line(id_number: str) -> str:
    """"NIP. 1978..." unless the number already names its kind ("NIK 5371...", "NRP. 8504...")."""
    value = id_number.strip()
    if _ID_KIND.match(value):
        return value
    return f"NIP. {value}"


@dataclass(frozen=True)
class SignatureBlock:
    """A signature block in two parts, so that names line up across columns even when one
    caption runs to more lines than another."""

    above: list[Flowable]  # header and caption; the room to sign follows
    below: list[Flowable]  # name (or a dotted line), position, NIP


def signature(sig: Signatory, st: Styles, header: str = "",
              default_caption: str = "") -> SignatureBlock:
    """Caption, room to sign and stamp, the name (or a dotted line to write it), position
    and NIP, centred in their column."""
    above: list[Flowable] = []
    if header:
        above.append(Paragraph(f"<b>{markup(header)}</b>", st.sign))
    caption = sig.caption.strip() or default_caption
    if caption:
        above.append(Paragraph(markup(caption), st.sign))
    below: list[Flowable] = []
    if sig.name.strip():
        below.append(Paragraph(f"<b><u>{markup(sig.name)}</u></b>", st.sign))
    else:
        below.append(Paragraph(BLANK_NAME, st.sign))
    shown = caption.lower()
    for extra in (sig.position, sig.institution):
        extra = extra.strip()
        if extra and extra.lower() not in shown:
            below.append(Paragraph(markup(extra), st.sign))
            shown += " " + extra.lower()
    if sig.id_number.strip():
        below.append(Paragraph(markup(id_line(sig.id_number)), st.sign))
    return SignatureBlock(above, below)


def signature_row(blocks: Sequence[SignatureBlock], *, right_align_single: bool = True
                  ) -> Table:
    """Signature blocks side by side, names on one line; a single block sits in the right
    half.  The row never splits across pages."""
    if len(blocks) == 1 and right_align_single:
        cells = [["", blocks[0].above], ["", blocks[0].below]]
        widths = [FRAME_WIDTH / 2, FRAME_WIDTH / 2]
    else:
        n = max(1, len(blocks))
        cells = [[b.above for b in blocks], [b.below for b in blocks]]
        widths = [FRAME_WIDTH / n] * n
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(plain() + [
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, 0), SIGNATURE_SPACE),
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]))
    return table


def signature_rows(blocks: Sequence[SignatureBlock], per_row: int = 3,
                   right_align_single: bool = True) -> list[Flowable]:
    """``blocks`` in rows of three (two when there are four)."""
    if not blocks:
        return []
    per_row = 2 if len(blocks) == 4 else per_row
    rows: list[Flowable] = []
    for start in range(0, len(blocks), per_row):
        if rows:
            rows.append(Spacer(1, 10))
        chunk = blocks[start:start + per_row]
        single_right = right_align_single and len(blocks) == 1
        rows.append(signature_row(chunk, right_align_single=single_right))
    return rows
