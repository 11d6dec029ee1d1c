"""Routing and the return trip on real data folders (ADR 0018): Kota Kupang sends a case "lewat
Sekretariat"; the province takes the unopened file off the stick, and its return trip for
Kabupaten Belu carries a receipt, the province's reference data and the transfer, which Belu
imports in one step and then owns. Refusals have their reasons; a full stick leaves only whole
files."""
from __future__ import annotations

import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from ppt_desk.domain.errors import DomainError
from return_trip_helpers import add_partner, make_offices, route
from sync_helpers import device_id, only_bundle, ownership

VICTIM = b"Yuliana Bria"


@pytest.fixture
def offices(backend, tmp_path, any_store):
    """Both PPTs on SQLCipher, the province on each store."""
    o = make_offices(backend, tmp_path, any_store)
    yield o
    o.lock()


def _stick(tmp_path: Path, name: str) -> Path:
    stick = tmp_path / name
    stick.mkdir()
    return stick


def _log(backend, status):
    return [b for b in backend.sync.bundles() if b.status == status]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_a_case_routed_through_the_province_reaches_the_other_ppt_in_one_step(offices, tmp_path):
    a, b, p, case_id = offices.a, offices.b, offices.p, offices.case_id
    b_id = device_id(b)
    add_partner(p)
    stick_a = _stick(tmp_path, "stick-kupang")
    a.sync.export(stick_a)                       # Kupang's events for the province
    routed = route(offices, stick_a)
    assert routed.parent == stick_a / "ppt-desk-rute" / b_id
    assert VICTIM not in routed.read_bytes()
    assert ownership(a, case_id)[0] == b_id          # on the stick: the case is Belu's

    # The province: every bundle at the top of the stick, and the routed file, unopened.
    _, result = p.sync.import_bundle(only_bundle(stick_a))
    assert result.outcome == "applied"
    _, taken = p.return_trip.collect_routed(stick_a)
    assert [(t.device_id, t.outcome) for t in taken] == [(b_id, "taken")]
    assert not routed.exists()                    # moved: off the stick once held here
    (held,) = _files(p.return_trip.folders.route)
    assert held.parent.name == b_id and held.suffix == ".ppt-bundle"
    assert (log := _log(p, "ROUTED")) and log[0].peer_office == offices.b.office.profile().name
    plan = {x.device_id: x for x in p.return_trip.plan()}
    assert plan[b_id].transfers_waiting == 1 and plan[b_id].reference_due

    # The return trip for Belu: reference data, receipt, the transfer; one folder.
    stick_b = _stick(tmp_path, "stick-belu")
    _, trip = p.return_trip.prepare(b_id, stick_b)
    assert trip.folder == stick_b / "ppt-desk-kembali" / b_id
    assert trip.reference_version == 1 and trip.receipt and len(trip.transfers) == 1
    assert len(_files(trip.folder)) == 3
    assert not _files(p.return_trip.folders.route)   # handed on: no longer waiting
    assert len(_log(p, "FORWARDED")) == 1

    # Belu: one step on the whole stick.
    _, results = b.sync.import_many([stick_b])
    got = [(r.result.outcome, r.result.kind) for r in results]
    assert got == [("applied", "reference"), ("applied", "receipt"), ("applied", "transfer")]
    assert ownership(b, case_id) == (b_id, 1, "")
    assert b.cases.open(case_id) is not None
    provincial = [i for i in b.directory.search() if i.provincial]
    assert [i.name for i in provincial] == ["Rumah Aman Provinsi"]
    assert not list(b.sync.folders.quarantine.iterdir())

    # Nothing changed at the province since: the next trip carries only a receipt.
    _, again = p.return_trip.prepare(b_id, _stick(tmp_path, "stick-belu-2"))
    assert (again.reference_version, again.transfers) == (0, ())
    # A province entry changed: version 2 goes to Belu, and to Kupang as its first.
    add_partner(p, "Dinas Sosial Provinsi NTT")
    _, trips = p.return_trip.prepare_all(stick_shared := _stick(tmp_path, "shared"))
    assert sorted((t.office_name, t.reference_version) for t in trips) == sorted(
        [(offices.b.office.profile().name, 2), (a.office.profile().name, 2)])


def test_a_shared_stick_each_ppt_takes_its_own_and_leaves_the_rest(offices, tmp_path):
    a, b, p = offices.a, offices.b, offices.p
    stick = _stick(tmp_path, "shared")
    a.sync.export(stick)                 # Kupang's bundle for the province, at the top
    route(offices, stick)
    p.sync.import_bundle(only_bundle(stick))
    p.return_trip.collect_routed(stick)
    p.return_trip.prepare_all(stick)
    before = {f: f.read_bytes() for f in _files(stick)}

    _, results = b.sync.import_many([stick])
    outcomes = sorted(r.result.outcome for r in results)
    # Kupang's own bundle at the top does not open here: left alone, not quarantined.
    assert outcomes == ["applied", "applied", "not_for_us"]
    assert not list(b.sync.folders.quarantine.iterdir())
    assert {f: f.read_bytes() for f in _files(stick)} == before   # nothing moved or removed
    # Kupang: its own bundle is its own, its folder holds a receipt; nothing quarantined.
    _, results = a.sync.import_many([stick])
    assert sorted((r.result.outcome, r.result.kind) for r in results) == [
        ("applied", "receipt"), ("own", "")]
    assert not list(a.sync.folders.quarantine.iterdir())
    (receipt,) = [r.result for r in results if r.result.kind == "receipt"]
    assert receipt.acknowledged > 0   # what the province holds of Kupang's events


def test_a_routed_file_for_a_revoked_or_unknown_device_is_refused_and_left(offices, tmp_path):
    b_id, p = device_id(offices.b), offices.p
    stick = _stick(tmp_path, "stick")
    routed = route(offices, stick)
    stray = stick / "ppt-desk-rute" / "0190a5b2-7c3d-7e4f-8a1b-999999999999" / "x.ppt-bundle"
    stray.parent.mkdir()
    shutil.copy(routed, stray)
    p.sync.revoke(b_id, "Laptop hilang")
    _, found = p.return_trip.collect_routed(stick)
    assert sorted((f.outcome, f.reason) for f in found) == [
        ("refused", "route_revoked_device"), ("refused", "route_unknown_device")]
    assert routed.exists() and stray.exists()          # left on the stick as they were
    assert not _files(p.return_trip.folders.route)
    refused = _log(p, "NOT_ROUTED")
    assert sorted(e.reason for e in refused) == ["route_revoked_device", "route_unknown_device"]
    with pytest.raises(DomainError) as err:
        p.return_trip.prepare(b_id, stick)
    assert err.value.code == "peer_revoked"


def test_a_file_that_is_no_bundle_is_not_carried(offices, tmp_path):
    p, b_id = offices.p, device_id(offices.b)
    folder = tmp_path / "stick" / "ppt-desk-rute" / b_id
    folder.mkdir(parents=True)
    (folder / "catatan.ppt-bundle").write_bytes(b"bukan bundel")
    _, found = p.return_trip.collect_routed(tmp_path / "stick")
    assert [(f.outcome, f.reason) for f in found] == [("refused", "route_not_bundle")]
    assert (folder / "catatan.ppt-bundle").exists()


def test_the_same_routed_file_twice_is_held_once(offices, tmp_path):
    p = offices.p
    stick = _stick(tmp_path, "stick")
    routed = route(offices, stick)
    copy = tmp_path / "copy.ppt-bundle"
    shutil.copy(routed, copy)
    p.return_trip.collect_routed(stick)
    shutil.copy(copy, routed)                # the same stick again, the file still there
    _, found = p.return_trip.collect_routed(stick)
    assert [f.outcome for f in found] == ["already_here"]
    assert len(_files(p.return_trip.folders.route)) == 1


@contextmanager
def _small_stick(path: Path, kib: int):
    """A file system of ``kib`` KiB standing in for a nearly full stick (tmpfs; needs root)."""
    path.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(path)],
            capture_output=True).returncode != 0:
        pytest.skip("a small stick needs a tmpfs mount (root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_stick_that_fills_up_leaves_whole_files_and_the_transfer_waiting(offices, tmp_path):
    """Room for the receipt but not the transfer: stick_full; the stick holds whole bundles
    only, the routed file still waits at the province; a second stick completes the trip."""
    p, b, b_id = offices.p, offices.b, device_id(offices.b)
    stick = _stick(tmp_path, "stick")
    route(offices, stick)
    p.return_trip.collect_routed(stick)
    (held,) = _files(p.return_trip.folders.route)
    with _small_stick(tmp_path / "small", 360) as small:
        with pytest.raises(DomainError) as err:
            p.return_trip.prepare(b_id, small)
        assert err.value.code == "stick_full"
        on_stick = _files(small)
        assert on_stick and all(f.suffix == ".ppt-bundle" for f in on_stick)   # no temp
        assert held.exists()
        _, results = b.sync.import_many([small])
        assert [r.result.kind for r in results] == ["receipt"]
    _, trip = p.return_trip.prepare(b_id, _stick(tmp_path, "bigger"))
    assert len(trip.transfers) == 1 and not held.exists()
    _, results = b.sync.import_many([trip.folder])
    assert [(r.result.outcome, r.result.kind) for r in results][-1] == ("applied", "transfer")
    assert ownership(b, offices.case_id)[0] == b_id


def test_only_a_key_keeper_prepares_a_return_trip(offices, tmp_path):
    p = offices.p
    _, officer = p.users.add("petugas", "Petugas", frozenset({"PENDAMPING"}),
                             "kata-sandi-petugas-1")
    p.session.lock()
    p.session.unlock("petugas", "kata-sandi-petugas-1")
    with pytest.raises(DomainError) as err:
        p.return_trip.prepare(device_id(offices.b), _stick(tmp_path, "stick"))
    assert err.value.code == "needs_supervisor_role"
    assert not (tmp_path / "stick" / "ppt-desk-kembali").exists()


def test_what_a_pulled_stick_left_is_neither_carried_nor_imported(offices, tmp_path):
    """A copy a pulled stick interrupted keeps its temporary name: the province does not
    carry it, the PPT does not import it; importing the folder again changes nothing."""
    p, b, b_id = offices.p, offices.b, device_id(offices.b)
    stick = _stick(tmp_path, "stick")
    routed = route(offices, stick)
    half = routed.with_name(".ppt-desk-0123456789abcdef.bundle.tmp")
    half.write_bytes(routed.read_bytes()[:1000])
    _, found = p.return_trip.collect_routed(stick)
    assert [f.outcome for f in found] == ["taken"]
    _, trip = p.return_trip.prepare(b_id, stick)
    (trip.folder / half.name).write_bytes(routed.read_bytes()[:1000] if routed.exists()
                                          else b"\0" * 1000)
    _, results = b.sync.import_many([stick])
    assert [(r.path.suffix, r.result.outcome) for r in results] == [
        (".ppt-bundle", "applied"), (".ppt-bundle", "applied")]
    _, again = b.sync.import_many([stick])
    assert [r.result.outcome for r in again] == ["replay", "replay"]
    assert not list(b.sync.folders.quarantine.iterdir())


def test_a_link_on_the_stick_is_not_followed(offices, tmp_path):
    """A symbolic link in a routing folder could point at any file of the secretariat's
    computer: it is not carried (and not removed)."""
    p = offices.p
    stick = _stick(tmp_path, "stick")
    routed = route(offices, stick)
    elsewhere = tmp_path / "elsewhere.ppt-bundle"
    routed.rename(elsewhere)
    routed.symlink_to(elsewhere)
    _, found = p.return_trip.collect_routed(stick)
    assert found == [] and routed.is_symlink() and elsewhere.exists()
    assert not any(x.transfers_waiting for x in p.return_trip.plan())


def test_a_routed_file_for_a_device_that_is_no_ppt_is_refused(offices, tmp_path):
    """Only transfers between PPTs are carried: a folder named by another secretariat's
    device is refused with its reason."""
    from sync_helpers import card_of, new_province

    p = offices.p
    other = new_province(tmp_path / "other-province")
    card = card_of(other.backend, tmp_path / "cards-other", other.backup)
    p.sync.enrol(card, p.sync.read_card(card).fingerprint)
    folder = tmp_path / "stick" / "ppt-desk-rute" / device_id(other.backend)
    folder.mkdir(parents=True)
    shutil.copy(route(offices, _stick(tmp_path, "first")), folder / "x.ppt-bundle")
    _, found = p.return_trip.collect_routed(tmp_path / "stick")
    assert [(f.outcome, f.reason) for f in found] == [("refused", "route_not_ppt")]
    other.backend.session.lock()
