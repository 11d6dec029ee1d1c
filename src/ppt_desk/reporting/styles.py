"""The type of printed documents: paragraph styles by role (body, heading, kop surat,
signature, table cell, ...) and the style of a borderless layout table."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from . import fonts as font_registry
from .fonts import Fonts


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    body: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    sign: ParagraphStyle
    title: ParagraphStyle
    kop_parent: ParagraphStyle
    kop_name: ParagraphStyle
    kop_contact: ParagraphStyle


def styles() -> Styles:
    f = font_registry.load()
    body = ParagraphStyle("body", fontName=f.regular, fontSize=11, leading=15.5,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    left = ParagraphStyle("left", parent=body, alignment=TA_LEFT, spaceAfter=0)
    return Styles(
        fonts=f,
        body=body,
        left=left,
        right=ParagraphStyle("right", parent=left, alignment=TA_RIGHT),
        center=ParagraphStyle("center", parent=left, alignment=TA_CENTER),
        heading=ParagraphStyle("heading", parent=left, fontName=f.bold, spaceBefore=7,
                               spaceAfter=2, keepWithNext=1),
        small=ParagraphStyle("small", parent=left, fontName=f.italic, fontSize=9.5,
                             leading=12.5, spaceBefore=2, spaceAfter=4),
        note=ParagraphStyle("note", parent=left, fontSize=10, leading=13.5),
        cell=ParagraphStyle("cell", parent=left, fontSize=10.5, leading=14),
        cell_bold=ParagraphStyle("cell_bold", parent=left, fontName=f.bold, fontSize=10.5,
                                 leading=14, alignment=TA_CENTER),
        sign=ParagraphStyle("sign", parent=left, alignment=TA_CENTER, leading=14.5),
        title=ParagraphStyle("title", parent=left, fontName=f.bold, fontSize=12.5,
                             leading=16, alignment=TA_CENTER),
        kop_parent=ParagraphStyle("kop_parent", parent=left, fontName=f.bold, fontSize=12.5,
                                  leading=15.5, alignment=TA_CENTER),
        kop_name=ParagraphStyle("kop_name", parent=left, fontName=f.bold, fontSize=15,
                                leading=19, alignment=TA_CENTER),
        kop_contact=ParagraphStyle("kop_contact", parent=left, fontSize=9, leading=11.5,
                                   alignment=TA_CENTER),
    )


def plain() -> list[tuple]:
    """A borderless layout table; string cells in the body font (not Helvetica)."""
    return [
        ("FONT", (0, 0), (-1, -1), font_registry.load().regular, 11, 15.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
