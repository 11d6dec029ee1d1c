"""Two PPTs and the province on real data folders, for routing and the return trip: Kota
Kupang (the template folder) sends a case to Kabupaten Belu through the province."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from integration_helpers import make_intake
from ppt_desk.domain.institutions import Institution
from ppt_desk.services.dto import ConsentInput
from sync_helpers import SECOND_PPT, Province, device_id, enrol_both, new_office, new_province

BELU = SECOND_PPT.name
REASON = "Korban dipulangkan ke daerah asal"


@dataclass
class Offices:
    a: object            # Kota Kupang: the case is made here
    b: object            # Kabupaten Belu
    province: Province
    case_id: str

    @property
    def p(self):
        return self.province.backend

    def lock(self) -> None:
        self.b.session.lock()
        self.p.session.lock()


def make_offices(backend, tmp_path: Path, store=None) -> Offices:
    a = backend
    b = new_office(tmp_path / "belu", SECOND_PPT)
    province = new_province(tmp_path / "province", store)
    cards = tmp_path / "cards"
    enrol_both(a, b, cards / "ab")
    enrol_both(a, province.backend, cards / "ap", province.backup)
    enrol_both(b, province.backend, cards / "bp", province.backup)
    _, case_id, _ = a.cases.register(make_intake("Yuliana Bria"))
    a.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", a.deps.clock.today(),
                                           "TERTULIS", BELU))
    return Offices(a, b, province, case_id)


def add_partner(province_backend, name: str = "Rumah Aman Provinsi") -> Institution:
    """A directory entry the province maintains (its own Direktori page)."""
    _, saved = province_backend.directory.save(Institution(
        "", name, "KEPOLISIAN", "PROVINSI", province_code="53",
        services=("PENEGAKAN_HUKUM",)))
    return saved


def route(offices: Offices, stick: Path) -> Path:
    """Kupang writes the transfer into the stick's routing folder for Belu."""
    _, name = offices.a.sync.transfer_case(offices.case_id, device_id(offices.b), REASON, stick,
                                           via_secretariat=True)
    return stick / "ppt-desk-rute" / device_id(offices.b) / name
