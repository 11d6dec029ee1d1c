"""The provincial register: every PPT's cases, searched as on a PPT, with the PPT that holds
each case, pseudonyms where the victim's consent kept her identity at the PPT, a filter by
PPT, and no way to change a case (the services refuse it, whoever asks)."""
from __future__ import annotations

import pytest

from integration_helpers import make_intake
from ppt_desk.domain.errors import DomainError
from ppt_desk.services.dto import CaseQuery
from secretariat_helpers import enrol_with, new_secretariat
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, device_id, enrol_both, give_secretariat_consent, new_office,
    new_province,
)


def _send(ppt, stick, province):
    before = set(stick.glob("*.ppt-bundle"))
    ppt.sync.export(stick)
    (new,) = set(stick.glob("*.ppt-bundle")) - before
    assert province.sync.import_bundle(new)[1].outcome == "applied"


@pytest.fixture
def secretariat(backend, tmp_path):
    """A real secretariat (its administrator is also a secretariat officer) holding two
    PPTs' cases: Kupang's with one identity and one pseudonym, Belu's one (a pseudonym)."""
    office, _ = new_secretariat(tmp_path / "sekretariat")
    belu = new_office(tmp_path / "belu", SECOND_PPT)
    enrol_with(backend, office, tmp_path / "cards")
    enrol_with(belu, office, tmp_path / "cards-belu")
    stick = tmp_path / "stick"
    stick.mkdir()
    _, named, _ = backend.cases.register(make_intake("Maria Seran"))
    give_secretariat_consent(backend, named)
    backend.cases.register(make_intake("Yuliana Bria"))
    belu.cases.register(make_intake("Agustina Tefa"))
    _send(backend, stick, office)
    _send(belu, stick, office)
    yield office, backend, belu, named
    belu.session.lock()
    office.session.lock()


def test_every_ppts_cases_with_the_ppt_that_holds_them(secretariat):
    office, kupang, _, named = secretariat
    page = office.province.register(CaseQuery())
    assert page.total == 3
    seen = {(r.office_name, r.pseudonymised) for r in page.rows}
    assert seen == {(kupang.office.profile().name, False), (kupang.office.profile().name, True),
                    (SECOND_PPT.name, True)}
    pseudonyms = [r for r in page.rows if r.pseudonymised]
    assert all(r.row.full_name.startswith("PSN-") for r in pseudonyms)   # as the store holds
    assert "Yuliana" not in str(page) and "Agustina" not in str(page)
    (maria,) = office.province.register(CaseQuery(text="Mari Seran")).rows   # spelling
    assert (maria.row.id, maria.office_name) == (named, kupang.office.profile().name)


def test_filter_by_ppt(secretariat):
    office, kupang, _, _ = secretariat
    choices = office.province.offices()
    assert [c.name for c in choices] == sorted([kupang.office.profile().name, SECOND_PPT.name])
    belu = next(c for c in choices if c.name == SECOND_PPT.name)
    page = office.province.register(CaseQuery(), belu.office_id)
    assert [r.office_name for r in page.rows] == [SECOND_PPT.name] and page.total == 1
    assert office.province.register(CaseQuery(text="Maria"), belu.office_id).total == 0
    assert office.province.register(CaseQuery(), "no-such-office").total == 0


def test_a_case_opens_read_only_and_every_change_is_refused(secretariat):
    office, _, _, named = secretariat
    detail = office.cases.open(named)
    assert detail.read_only and detail.intake.full_name == "Maria Seran"
    with pytest.raises(DomainError) as err:
        office.casework.save_record(named, "konseling", {"tanggal": "2025-05-03"})
    assert err.value.code == "needs_casework_role"
    with pytest.raises(DomainError) as err:
        office.cases.register(make_intake())
    assert err.value.code == "needs_casework_role"


def test_a_supervisor_at_a_province_on_either_store_is_refused_too(backend, tmp_path,
                                                                    any_store):
    """Even a role that writes cases cannot change one the province holds for a PPT."""
    province = new_province(tmp_path / "province", any_store)
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    _, case_id, _ = backend.cases.register(make_intake("Maria Seran"))
    _send(backend, stick, province.backend)
    p = province.backend
    p.users.add("super", "Supervisor", frozenset({"SUPERVISOR"}), "kata-sandi-super-1")
    p.session.lock()
    p.session.unlock("super", "kata-sandi-super-1")
    page = p.province.register(CaseQuery(), p.province.offices()[0].office_id)
    assert [r.row.id for r in page.rows] == [case_id]
    assert page.rows[0].office_name == backend.office.profile().name
    with pytest.raises(DomainError) as err:
        p.casework.save_record(case_id, "konseling", {"tanggal": "2025-05-03"})
    assert err.value.code == "case_transferred"
    assert device_id(backend) == page.rows[0].row.owner_device_id
    p.session.lock()
    p.session.unlock(ADMIN, PASSWORD)
    province.backend.session.lock()
