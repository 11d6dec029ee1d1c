"""Printed documents: the surat rujukan, the berita acara serah terima and the notulen of a
case conference as A4 PDFs.

Services fill the frozen dataclasses of :mod:`ppt_desk.services.dto` (only with what the
victim's consent allows); this package only draws them.  It never touches storage or Qt.

One module per idea:

- :mod:`.referral_letter` — ``referral_letter(data, path)``, the surat rujukan;
- :mod:`.handover_minutes` — ``handover_minutes(data, path)``, the berita acara;
- :mod:`.conference_minutes` — ``conference_minutes(data, path)``, the notulen of a case
  conference (data from ``services.conference_minutes``);
- :mod:`.blocks` and :mod:`.signatures` — the parts the documents share (kop surat,
  "Label : value" rows, numbered lists, signature blocks);
- :mod:`.styles` and :mod:`.fonts` — the type (DejaVu, embedded, else the PDF base fonts);
- :mod:`.page` — the A4 page, its footer, and writing the PDF atomically.

This package module imports nothing else, so that reportlab is loaded only with the first
print (it is not needed to start the app): import the document's module when printing.
"""
