"""How the secretariat's pages name a PPT device (gui/secretariat/ppt_code.py): the PPT's own
code; the laptop's letter only where a PPT sends from several devices."""
from __future__ import annotations

from ppt_desk.gui.secretariat.ppt_code import ppt_code, shared_offices


def test_the_ppts_own_code_and_the_laptop_only_where_it_tells_devices_apart(qapp):
    shared = shared_offices(["UPTD PPA Kabupaten Belu", "P2TP2A Kota Kupang",
                             "UPTD PPA Kabupaten Belu"])
    assert shared == {"UPTD PPA Kabupaten Belu"}
    assert ppt_code("KPG", "A", "P2TP2A Kota Kupang" in shared) == "KPG"
    assert ppt_code("BLU", "B", "UPTD PPA Kabupaten Belu" in shared) == "BLU, perangkat B"
    assert ppt_code("", "A", False) == ""          # enrolled, no bundle yet: code unknown
    assert ppt_code("", "B", True) == "perangkat B"
