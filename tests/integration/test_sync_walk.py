"""The sync engine end to end on real data folders: enrol, export, import at the province,
receipt back, re-import, and what a bundle may carry of a victim's identity."""
from __future__ import annotations

import json
import re

import pyrage
import pytest

from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.intake import Address
from ppt_desk.services.dto import CaseQuery
from sync_helpers import (
    device_id, enrol_both, give_secretariat_consent, new_province, only_bundle, table_names,
   
)
from integration_helpers import make_intake, rows, scalar

NIK_SHARED, NIK_HIDDEN = "5371014107990001", "5371014107990002"


@pytest.fixture
def offices(backend, tmp_path, any_store):
    """A PPT (SQLCipher) and the province on each store."""
    province = new_province(tmp_path / "province", any_store)
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    yield backend, province
    province.backend.session.lock()


def _register(backend, name, nik, address):
    intake = make_intake(name, nik=nik, origin=Address(address, "53", "53.71"))
    _, case_id, _ = backend.cases.register(intake)
    return case_id


def test_export_import_receipt_and_replay(offices, tmp_path, request):
    ppt, province = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    shared = _register(ppt, "Yuliana Kase", NIK_SHARED, "Jl. Timor Raya 12, RT 03")
    give_secretariat_consent(ppt, shared)
    _register(ppt, "Agustina Nahak", NIK_HIDDEN, "Dusun Oelnasi, RT 07")

    plan = ppt.sync.export_plan()
    assert plan.problem == "" and plan.events > 0
    assert (plan.cases_with_identity, plan.cases_pseudonymised) == (1, 1)
    _, result = ppt.sync.export(stick)
    bundle = only_bundle(stick)
    assert bundle.name == result.file_name
    assert re.fullmatch(r"[a-z2-7]{26}\.ppt-bundle", bundle.name)
    assert [p.name for p in stick.iterdir()] == [bundle.name]   # no temporary file left
    raw = bundle.read_bytes()
    for secret in (b"Yuliana", b"Agustina", NIK_SHARED.encode(), NIK_HIDDEN.encode(), b"Oelnasi"):
        assert secret not in raw
    assert (result.cases_with_identity, result.cases_pseudonymised) == (1, 1)

    # The offline backup key opens it too; the pseudonymised victim is not in it.
    plain = pyrage.decrypt(raw, [province.backup])
    assert b"Yuliana Kase" in plain and NIK_SHARED.encode() in plain
    for secret in (b"Agustina", b"Nahak", NIK_HIDDEN.encode(), b"Oelnasi"):
        assert secret not in plain

    users_before = rows(province.backend, "SELECT id, username FROM app_user")
    _, imported = province.backend.sync.import_bundle(bundle)
    assert imported.outcome == "applied", imported
    # Another office's staff accounts stay theirs: received, not written, not referenced.
    assert rows(province.backend, "SELECT id, username FROM app_user") == users_before
    assert scalar(province.backend, "SELECT count(*) FROM case_file "
                                    "WHERE assigned_user_id IS NOT NULL") == 0
    assert scalar(province.backend, "SELECT count(*) FROM office") == 2
    assert province.backend.office.profile().name.startswith("Sekretariat")
    assert imported.events_applied == result.events
    names = {r[0] for r in rows(province.backend, "SELECT full_name FROM person")}
    assert "Yuliana Kase" in names
    pseudonyms = [n for n in names if n.startswith("PSN-")]
    assert len(pseudonyms) == 1
    assert scalar(province.backend, "SELECT count(*) FROM person WHERE nik = :n",
                  n=NIK_HIDDEN) == 0

    # Events are shipped, not acknowledged, until a receipt says so.
    assert ppt.sync.export_plan().events == result.events
    _, receipt = province.backend.sync.write_receipt(device_id(ppt), stick)
    _, acked = ppt.sync.import_bundle(stick / receipt)
    assert (acked.outcome, acked.kind, acked.acknowledged) == ("applied", "receipt", result.events)
    assert ppt.sync.export_plan().problem == "nothing_to_send"

    # The same bundle again changes nothing at all.
    before = _dump(province.backend)
    _, again = province.backend.sync.import_bundle(bundle)
    assert again.outcome == "replay"
    assert _dump(province.backend) == before

    # Which records were on that stick?
    out = [b for b in ppt.sync.bundles() if b.direction == "OUT" and b.kind == "events"]
    cases = ppt.sync.bundle_cases(out[0].bundle_id)
    assert sorted(c.mode for c in cases) == ["IDENTITAS", "PSEUDONIM"]
    # ... and the other way round: was this victim's record on a stick?
    (carried,) = ppt.sync.case_bundles(shared)
    assert (carried.bundle_id, carried.mode) == (out[0].bundle_id, "IDENTITAS")
    # The head the bundle vouched for is also kept beside the database.
    kept = json.loads((ppt.session.folder.path / "checkpoint.json").read_text())
    assert kept["seq"] >= 1


def _dump(backend) -> list:
    tables = table_names(backend)
    return [(t, sorted(map(tuple, rows(backend, f'SELECT * FROM "{t}"')), key=repr))
            for t in tables]


def test_export_without_a_secretariat_is_refused(backend, tmp_path):
    backend.cases.register(make_intake())
    assert backend.sync.export_plan().problem == "no_secretariat"
    with pytest.raises(DomainError) as err:
        backend.sync.export(tmp_path)
    assert err.value.code == "no_secretariat"


def test_a_withdrawn_consent_sends_the_pseudonym(offices, tmp_path):
    ppt, province = offices
    case_id = _register(ppt, "Veronika Bria", NIK_SHARED, "Jl. Sudirman 5")
    consent_id = give_secretariat_consent(ppt, case_id)
    assert ppt.sync.export_plan().cases_with_identity == 1
    ppt.consent.withdraw(consent_id, ppt.deps.clock.today(), "Korban berubah pikiran")
    plan = ppt.sync.export_plan()
    assert (plan.cases_with_identity, plan.cases_pseudonymised) == (0, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    ppt.sync.export(stick)
    plain = pyrage.decrypt(only_bundle(stick).read_bytes(), [province.backup])
    assert b"Veronika" not in plain and NIK_SHARED.encode() not in plain


def test_a_consent_given_between_two_exports_sends_the_identity_without_a_fork(
        offices, tmp_path, request):
    """The second bundle carries the first one's events again (no receipt yet): they must go
    exactly as they went, or the province would see the same event number with other content.
    The identity the consent now allows follows in new events, so the province learns it."""
    ppt, province = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    case_id = _register(ppt, "Martha Luruk", NIK_HIDDEN, "Dusun Lakmaras")
    ppt.sync.export(stick)
    first = only_bundle(stick)
    give_secretariat_consent(ppt, case_id)
    (stick / "first").mkdir()
    first = first.rename(stick / "first" / first.name)
    _, second = ppt.sync.export(stick)
    assert second.cases_with_identity == 1
    plain = pyrage.decrypt(only_bundle(stick).read_bytes(), [province.backup])
    assert b"Martha" in plain and NIK_HIDDEN.encode() in plain
    assert province.backend.sync.import_bundle(first)[1].outcome == "applied"
    assert rows(province.backend, "SELECT full_name FROM person")[0][0].startswith("PSN-")
    _, result = province.backend.sync.import_bundle(only_bundle(stick))
    assert (result.outcome, result.reason) == ("applied", ""), result
    assert [tuple(r) for r in rows(province.backend, "SELECT full_name, nik FROM person")] == \
        [("Martha Luruk", NIK_HIDDEN)]
    assert province.backend.session.verify().ok


def test_a_consent_given_after_the_receipt_sends_the_identity_once(offices, tmp_path, request):
    """Acknowledged pseudonymised events are not sent again; the identity goes in new events;
    a later consent for another case sends only what is new."""
    ppt, province = offices
    stick = tmp_path / "stick"
    stick.mkdir()
    case_id = _register(ppt, "Agustina Neno", NIK_HIDDEN, "Dusun Oelbiteno")
    other = _register(ppt, "Yuliana Taek", NIK_SHARED, "Dusun Noelbaki")
    ppt.sync.export(stick)
    province.backend.sync.import_bundle(only_bundle(stick))
    only_bundle(stick).unlink()
    _, receipt = province.backend.sync.write_receipt(device_id(ppt), stick)
    ppt.sync.import_bundle(stick / receipt)
    (stick / receipt).unlink()
    give_secretariat_consent(ppt, case_id)
    _, result = ppt.sync.export(stick)
    assert (result.cases_with_identity, result.cases_pseudonymised) == (1, 0)
    assert province.backend.sync.import_bundle(only_bundle(stick))[1].outcome == "applied"
    names = {r[0] for r in rows(province.backend, "SELECT full_name FROM person")}
    assert "Agustina Neno" in names and "Yuliana Taek" not in names
    assert scalar(province.backend, "SELECT count(*) FROM person WHERE full_name LIKE 'PSN-%'") == 1
    assert province.backend.cases.search(CaseQuery(text="Agustina")).total == 1
    assert other  # the case without consent stays pseudonymised
    only_bundle(stick).unlink()
    give_secretariat_consent(ppt, other)   # a second consent: only that case goes again
    _, again = ppt.sync.export(stick)
    assert (again.cases_with_identity, again.cases_pseudonymised) == (2, 0)
