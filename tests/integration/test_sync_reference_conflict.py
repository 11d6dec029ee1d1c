"""A conflict over a record's institution field names a provincial entry (reference data) by
its name, as it does a national or local one."""
from __future__ import annotations

from datetime import datetime

from ppt_desk.demo.service_payloads import service_payloads
from ppt_desk.domain.institutions import Institution
from test_sync_conflicts import TODAY, offices, record_conflict  # noqa: F401  (fixture)

POLDA = Institution(id="prov-polda-ntt", name="Subdit PPA Polda NTT", category="KEPOLISIAN",
                    level="PROVINSI", province_code="53")


def test_a_provincial_entry_in_a_conflict_reads_by_its_name(offices):  # noqa: F811
    origin, receiver = offices
    with receiver.session.db.uow() as uow:   # as an imported reference bundle leaves it
        uow.reference.replace_institutions([POLDA], 1, "0" * 36, datetime(2026, 3, 1))
        uow.commit()
    first = service_payloads(TODAY)["laporan_polisi"]
    record_conflict(origin, receiver, "laporan_polisi", first,
                    here={"kantor": POLDA.id}, there={"kantor": "nas-kejagung"})
    (item,) = receiver.sync.conflicts()
    assert item.local_text == POLDA.name
