"""Reference data, province → PPT, on real data folders: the secretariat writes its directory
entries as a numbered set, the PPT takes a newer set whole (read-only in its directory) and
refuses an older one, one from another PPT, and one with a malformed entry."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from integration_helpers import make_intake, scalar
from ppt_desk.demo.service_payloads import service_payloads
from ppt_desk.domain.errors import DomainError, ValidationFailed
from ppt_desk.domain.sync.manifest import KIND_REFERENCE
from ppt_desk.domain.sync.reference import ITEM_INSTITUTION
from ppt_desk.services.dto import ConsentInput
from ppt_desk.services.sync.outbound import deliver, new_manifest, recipients_for, write_local
from ppt_desk.services.sync.enrolment import own_keys
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, device_id, enrol_both, new_office, new_province,
)

POLDA = {"id": "prov-polda-ntt-ppa", "name": "Subdit PPA Polda NTT", "acronym": "PPA Polda",
         "category": "KEPOLISIAN", "level": "PROVINSI", "province_code": "53",
         "services": ["PENEGAKAN_HUKUM"]}
RSUD = {"id": "prov-rsud-johannes", "name": "RSUD Prof. Dr. W. Z. Johannes", "category":
        "KESEHATAN", "level": "PROVINSI", "province_code": "53", "regency_code": "53.71",
        "phone": "0380-833614"}
DINSOS = {"id": "prov-dinsos-ntt", "name": "Dinas Sosial Provinsi NTT", "category": "DINAS_SOSIAL",
          "level": "PROVINSI", "province_code": "53", "note": "Rumah perlindungan provinsi"}


@pytest.fixture
def world(backend, tmp_path, any_store):
    """A PPT (SQLCipher) and the province on each store."""
    province = new_province(tmp_path / "province", any_store)
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield backend, province.backend, stick
    province.backend.session.lock()


def _file(tmp_path, entries, name="lembaga.json"):
    path = tmp_path / name
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path


def _send(sender, ppt, stick, tmp_path, entries, version):
    _, name = sender.sync.write_reference(device_id(ppt), _file(tmp_path, entries), version,
                                          stick)
    return stick / name


def _provincial(backend):
    return {i.id: i for i in backend.directory.search(include_inactive=True) if i.provincial}


def test_a_newer_set_replaces_the_provincial_entries_read_only(world, tmp_path):
    ppt, province, stick = world
    for entry in (POLDA, RSUD, DINSOS):   # the codes of the entries are real code-list codes
        assert entry["category"] in ppt.deps.codes("institution_category")
    bundle = _send(province, ppt, stick, tmp_path, [POLDA, RSUD, DINSOS], 1)
    changes, result = ppt.sync.import_bundle(bundle)
    assert (result.outcome, result.kind, result.events_applied, result.reference_version) == (
        "applied", "reference", 3, 1), result
    assert changes.directory and changes.bundles
    held = _provincial(ppt)
    assert set(held) == {POLDA["id"], RSUD["id"], DINSOS["id"]}
    assert held[RSUD["id"]].phone == "0380-833614" and held[POLDA["id"]].services == (
        "PENEGAKAN_HUKUM",)
    found = ppt.directory.search("polda ntt")
    assert [i.id for i in found] == [POLDA["id"]] and found[0].read_only
    assert ppt.directory.get(DINSOS["id"]).note == "Rumah perlindungan provinsi"
    with pytest.raises(DomainError) as info:
        ppt.directory.save(replace(held[POLDA["id"]], name="Diubah di PPT"))
    assert info.value.code == "institution_read_only"
    assert ppt.directory.get(POLDA["id"]).name == POLDA["name"]
    # the office's own entries and the national ones are still there, beside them
    assert any(i.national for i in ppt.directory.search())

    # version 2: RSUD is gone, Polda renamed, one entry retired (inactive)
    renamed = {**POLDA, "name": "Direktorat PPA-PPO Polda NTT"}
    bundle2 = _send(province, ppt, stick, tmp_path, [renamed, {**DINSOS, "active": False}], 2)
    _, result = ppt.sync.import_bundle(bundle2)
    assert (result.outcome, result.events_applied, result.reference_version) == (
        "applied", 2, 2), result
    held = _provincial(ppt)
    assert set(held) == {POLDA["id"], DINSOS["id"]}
    assert ppt.directory.get(RSUD["id"]) is None
    assert held[POLDA["id"]].name == "Direktorat PPA-PPO Polda NTT"
    assert not held[DINSOS["id"]].active and DINSOS["id"] not in {
        i.id for i in ppt.directory.search()}
    assert scalar(ppt, "SELECT version FROM reference_state") == 2

    # the same bundle again is a replay; version 1 again (a new bundle) is stale
    assert ppt.sync.import_bundle(bundle2)[1].outcome == "replay"
    old = _send(province, ppt, stick, tmp_path, [POLDA, RSUD, DINSOS], 1)
    _, refused = ppt.sync.import_bundle(old)
    assert (refused.outcome, refused.reason) == ("rejected", "reference_stale")
    old_again = _send(province, ppt, stick, tmp_path, [POLDA], 2)   # equal is not newer
    assert ppt.sync.import_bundle(old_again)[1].reason == "reference_stale"
    assert set(_provincial(ppt)) == {POLDA["id"], DINSOS["id"]}
    assert scalar(ppt, "SELECT version FROM reference_state") == 2
    log = [b for b in ppt.sync.bundles() if b.direction == "IN"][0]
    assert (log.kind, log.status, log.reason) == ("reference", "QUARANTINED", "reference_stale")


def test_reference_data_only_from_the_secretariat(world, tmp_path):
    ppt, _, stick = world
    other = new_office(tmp_path / "belu", SECOND_PPT)
    try:
        enrol_both(other, ppt, tmp_path / "cards2")
        bundle = _send(other, ppt, stick, tmp_path, [POLDA], 1)
        _, result = ppt.sync.import_bundle(bundle)
        assert (result.outcome, result.reason) == ("rejected", "reference_not_from_secretariat")
        assert _provincial(ppt) == {}
        assert scalar(ppt, "SELECT count(*) FROM reference_state") == 0
    finally:
        other.session.lock()


def _raw_reference(province, ppt, stick, records, version="1", body=None):
    """A reference bundle written past ``write_reference``'s checks (as a damaged or
    hostile secretariat program would)."""
    facade = province.sync
    uow, codec = facade._store().uow(), facade._codec
    with uow:
        device = own_keys(uow, codec)
        peer = uow.sync.peer(device_id(ppt))
        recipients = recipients_for(codec, peer, device)
        manifest = new_manifest(uow, codec, device, KIND_REFERENCE, recipients, (0, 0), 0,
                                body if body is not None else {})
        uow.commit()
    manifest = replace(manifest, reference_version=version)
    local = write_local(codec, facade.folders, device, manifest, records, recipients)
    return stick / deliver(uow, codec, local, stick, peer.device_id, None, len(records))


def _item(values):
    full = {"id": "", "name": "", "acronym": "", "category": "", "level": "",
            "province_code": "", "regency_code": "", "address": "", "phone": "", "email": "",
            "website": "", "contact_person": "", "services": [], "note": "", "active": True}
    return {"item": ITEM_INSTITUTION, "values": {**full, **values}}


@pytest.mark.parametrize("records,version,body", [
    ([_item(POLDA), _item({**RSUD, "category": "BUKAN_KODE"})], "1", None),
    ([_item(POLDA), {**_item(RSUD), "extra": 1}], "1", None),
    ([_item(POLDA), _item({**RSUD, "id": "rsud-tanpa-awalan"})], "1", None),
    ([_item(POLDA), _item(POLDA)], "1", None),
    ([_item(POLDA)], "2026.1", None),
    ([_item(POLDA)], "1", {"extra": True}),
], ids=["unknown_code", "unknown_key", "id_prefix", "id_twice", "version_text", "body"])
def test_a_malformed_set_applies_nothing(world, tmp_path, records, version, body):
    ppt, province, stick = world
    _, first = ppt.sync.import_bundle(_send(province, ppt, stick, tmp_path, [DINSOS], 1))
    assert first.outcome == "applied"
    bundle = _raw_reference(province, ppt, stick, records, "2" if version == "1" else version,
                            body)
    _, result = ppt.sync.import_bundle(bundle)
    assert (result.outcome, result.reason) == ("rejected", "malformed"), result
    assert set(_provincial(ppt)) == {DINSOS["id"]}
    assert scalar(ppt, "SELECT version FROM reference_state") == 1


def test_the_writer_refuses_what_a_ppt_would_refuse(world, tmp_path):
    ppt, province, stick = world
    for entries, version in (([{**POLDA, "level": "BUKAN"}], 1), ([POLDA], 0),
                             ([{**POLDA, "warna": "merah"}], 1), ({"id": "prov-x"}, 1)):
        with pytest.raises(DomainError) as info:
            _send(province, ppt, stick, tmp_path, entries, version)
        assert info.value.code == "reference_invalid"
    with pytest.raises(DomainError) as info:   # a reference is for a PPT, not the province
        ppt.sync.write_reference(device_id(province), _file(tmp_path, [POLDA]), 1, stick)
    assert info.value.code == "peer_not_ppt"
    with pytest.raises(DomainError) as info:
        province.sync.write_reference(device_id(province), _file(tmp_path, [POLDA]), 1, stick)
    assert info.value.code == "peer_unknown"
    assert not list(stick.glob("*.ppt-bundle"))


def test_the_command_writes_a_reference_bundle(backend, tmp_path):
    """``ppt-desk bundle reference`` at the province, in its own process; the PPT imports it."""
    province = new_province(tmp_path / "province")
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    province.backend.session.lock()
    stick = tmp_path / "stick"
    stick.mkdir()
    env = {**os.environ, "PPT_DESK_PASSWORD": PASSWORD}
    done = subprocess.run(
        [sys.executable, "-m", "ppt_desk", "bundle", "reference", "--device", device_id(backend),
         "--from", str(_file(tmp_path, [POLDA, RSUD])), "--version", "7", "--to", str(stick),
         "--data-dir", str(tmp_path / "province"), "--username", ADMIN],
        env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, (done.stdout, done.stderr)
    (bundle,) = stick.glob("*.ppt-bundle")
    assert done.stdout == f"reference data version 7 written: {bundle.name}\n"
    _, result = backend.sync.import_bundle(bundle)
    assert (result.outcome, result.reference_version, result.events_applied) == (
        "applied", 7, 2), result
    assert set(_provincial(backend)) == {POLDA["id"], RSUD["id"]}


def test_a_record_may_name_a_provincial_entry(world, tmp_path):
    """The record forms' institution fields take the province's entries like national ones."""
    ppt, province, stick = world
    assert ppt.sync.import_bundle(_send(province, ppt, stick, tmp_path, [POLDA], 1))[1].outcome \
        == "applied"
    _, case_id, _ = ppt.cases.register(make_intake())
    report = {**service_payloads(ppt.deps.clock.today())["laporan_polisi"], "kantor": POLDA["id"]}
    ppt.casework.save_record(case_id, "laporan_polisi", report)
    assert [r.kind for r in ppt.cases.open(case_id).work.records] == ["laporan_polisi"]
    with pytest.raises(ValidationFailed) as info:
        ppt.casework.save_record(ppt.cases.register(make_intake())[1], "laporan_polisi",
                                 {**report, "kantor": "prov-tidak-ada"})
    assert info.value.problems == {"kantor": "unknown_institution"}


def test_a_consent_names_a_provincial_entry_by_any_of_its_names(world, tmp_path):
    """A consent given for "PPA Polda" allows what is asked about under the entry's full name."""
    ppt, province, stick = world
    assert ppt.sync.import_bundle(_send(province, ppt, stick, tmp_path, [POLDA], 1))[1].outcome \
        == "applied"
    _, case_id, _ = ppt.cases.register(make_intake())
    today = ppt.deps.clock.today()
    ppt.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", today, "TERTULIS",
                                             agency=POLDA["acronym"]))
    assert ppt.consent.allows(case_id, "RUJUKAN", POLDA["name"]).allowed


def test_only_an_administrator_or_supervisor_writes_reference_data(world, tmp_path):
    ppt, province, stick = world
    province.users.add("ani", "Ani Pendamping", frozenset({"PENDAMPING"}), "kata-sandi-ani-1",
                       frozenset())
    province.session.lock()
    province.session.unlock("ani", "kata-sandi-ani-1")
    with pytest.raises(DomainError) as info:
        _send(province, ppt, stick, tmp_path, [POLDA], 1)
    assert info.value.code == "needs_supervisor_role"
    assert not list(stick.glob("*.ppt-bundle"))
