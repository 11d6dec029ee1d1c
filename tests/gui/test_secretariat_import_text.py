"""What a PPT bundle's import says at the secretariat (gui/sync/texts.import_text with
at_secretariat): its officers decide conflicts; a gap in the PPT's bundle numbers asks for the
missing bundle only when events wait behind it (the numbers also run through the PPT's
transfers to other PPTs, which the province never imports)."""
from __future__ import annotations

from ppt_desk.gui.sync import texts
from ppt_desk.services.sync.dto import ImportResult

ASK = ("Ada bundel sebelumnya dari pengirim ini yang belum pernah diimpor di sini; minta "
       "pengirim mengirimkannya.")


def test_a_gap_asks_for_a_bundle_only_when_events_wait_behind_it(qapp):
    after_transfer = ImportResult("applied", "events", sender_office="P2TP2A Kota Kupang",
                                  events_applied=5, conflicts=1, notes=("bundle_gap",))
    assert texts.import_text(after_transfer, at_secretariat=True) == (
        "5 kejadian dari P2TP2A Kota Kupang diterapkan. 1 konflik data menunggu keputusan "
        "petugas sekretariat.")
    lost_stick = ImportResult("applied", "events", sender_office="P2TP2A Kota Kupang",
                              events_applied=5, events_held=3, notes=("bundle_gap",))
    assert texts.import_text(lost_stick, at_secretariat=True).endswith(ASK)
    assert texts.import_text(after_transfer).endswith(ASK)      # at a PPT: unchanged
