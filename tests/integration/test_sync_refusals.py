"""T4 and T8 at the import: every refusal has its own reason, applies nothing, keeps the file in
quarantine and leaves an entry in the bundle log and the audit chain."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyrage
import pytest

from integration_helpers import make_intake, rows, scalar
from sync_helpers import (
    ADMIN, PASSWORD, SECOND_PPT, card_of, enrol_both, new_office, new_province,
   
)


@pytest.fixture
def world(backend, tmp_path, any_store):
    """A PPT (SQLCipher) and the province on each store."""
    province = new_province(tmp_path / "province", any_store)
    enrol_both(backend, province.backend, tmp_path / "cards", province.backup)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield backend, province, stick
    province.backend.session.lock()


def _export(ppt, stick, cases=1):
    for _ in range(cases):
        ppt.cases.register(make_intake())
    before = set(stick.glob("*.ppt-bundle"))
    ppt.sync.export(stick)
    (new,) = set(stick.glob("*.ppt-bundle")) - before
    return new


def _counts(backend):
    return {t: scalar(backend, f"SELECT count(*) FROM {t}")
            for t in ("case_file", "person", "received_event", "outbox_event")}


def _refused(backend, bundle, code):
    before = _counts(backend)
    audit_before = scalar(backend, "SELECT count(*) FROM audit_entry")
    _, result = backend.sync.import_bundle(bundle)
    assert (result.outcome, result.reason) == ("rejected", code)
    assert _counts(backend) == before
    log = [b for b in backend.sync.bundles() if b.direction == "IN"][0]
    assert (log.status, log.reason) == ("QUARANTINED", code)
    kept = list((backend.sync.folders.quarantine).iterdir())
    assert kept and all(p.suffix == ".ppt-bundle" for p in kept)
    assert scalar(backend, "SELECT count(*) FROM audit_entry") > audit_before
    return result


def test_an_unknown_sender_is_refused(backend, tmp_path, any_store):
    province = new_province(tmp_path / "province", any_store)
    stick = tmp_path / "stick"
    stick.mkdir()
    # The PPT trusts the province; the province never enrolled the PPT.
    card = card_of(province.backend, tmp_path / "cards", province.backup)
    backend.sync.enrol(card, backend.sync.read_card(card).fingerprint)
    _refused(province.backend, _export(backend, stick), "unknown_sender")


def test_a_revoked_sender_is_refused(world, monkeypatch):
    """... before a single event of it is looked at (the one-pass read checks the sender
    from the manifest first)."""
    from ppt_desk.storage import apply

    ppt, province, stick = world
    ppt_id = ppt.office.profile().device_id
    province.backend.sync.revoke(ppt_id, "Laptop dicuri 2 Desember")
    bundle = _export(ppt, stick)
    taken = []
    monkeypatch.setattr(apply._Applier, "take", lambda self, event: taken.append(event))
    _refused(province.backend, bundle, "revoked_sender")
    assert taken == []


def test_a_bundle_for_another_office_does_not_open_here(world, tmp_path, any_store):
    ppt, province, stick = world
    other = new_office(tmp_path / "belu", SECOND_PPT, any_store)
    enrol_both(other, ppt, tmp_path / "cards2")
    _refused(other, _export(ppt, stick), "no_match")
    other.session.lock()


def test_a_bundle_forwarded_to_another_recipient_is_refused(world, tmp_path, any_store):
    """The province decrypts a PPT's bundle and re-encrypts it for another PPT: the signature
    still holds, but the manifest names the recipients it was meant for."""
    ppt, province, stick = world
    other = new_office(tmp_path / "belu", SECOND_PPT, any_store)
    enrol_both(other, ppt, tmp_path / "cards2")
    bundle = _export(ppt, stick)
    plain = pyrage.decrypt(bundle.read_bytes(), [province.backup])
    identity = _identity_of(other)
    forwarded = stick / "forwarded.ppt-bundle"
    forwarded.write_bytes(pyrage.encrypt(plain, [pyrage.x25519.Identity.from_str(
        identity).to_public()]))
    _refused(other, forwarded, "wrong_recipient")
    other.session.lock()


def _identity_of(backend) -> str:
    return rows(backend, "SELECT age_identity FROM device_state")[0][0]


def _copy_of_laptop(ppt, copy: Path) -> Path:
    """A case more, then the PPT's data folder copied as it is (a backup on another disk)."""
    ppt.cases.register(make_intake())
    ppt.session.lock()
    shutil.copytree(ppt.session.folder.path, copy)
    ppt.session.unlock(ADMIN, PASSWORD)
    return copy


def _put_back(ppt, copy: Path) -> None:
    """The laptop restored from ``copy``."""
    data_dir = ppt.session.folder.path
    ppt.session.lock()
    shutil.rmtree(data_dir)
    shutil.copytree(copy, data_dir)
    ppt.session.unlock(ADMIN, PASSWORD)


def test_a_laptop_put_back_to_an_old_copy_is_named(world, tmp_path, request):
    """T8: the old copy's checkpoint is behind the one the province already holds."""
    ppt, province, stick = world
    old = _copy_of_laptop(ppt, tmp_path / "old-copy")
    first = _export(ppt, stick, cases=2)
    assert province.backend.sync.import_bundle(first)[1].outcome == "applied"
    _put_back(ppt, old)
    _refused(province.backend, _export(ppt, stick), "stale_checkpoint")


def test_an_older_bundle_arriving_after_a_newer_one_is_superseded_not_an_alarm(world):
    """Two sticks from one PPT travel at their own pace: the second bundle re-sends the
    first one's events (no receipt yet) and arrives first; the first, coming later, adds
    nothing and is recognised as such, not quarantined as a restored laptop."""
    ppt, province, stick = world
    first = _export(ppt, stick, cases=2)
    (stick / "a").mkdir()
    first = first.rename(stick / "a" / first.name)
    second = _export(ppt, stick, cases=1)
    p = province.backend
    assert p.sync.import_bundle(second)[1].outcome == "applied"
    before = _counts(p)
    _, late = p.sync.import_bundle(first)
    assert (late.outcome, late.reason) == ("replay", "superseded")
    assert _counts(p) == before
    assert not any(p.sync.folders.quarantine.iterdir())
    assert [(b.status, b.reason) for b in p.sync.bundles() if b.direction == "IN"][0] == \
        ("REPLAY", "superseded")
    assert p.sync.import_bundle(first)[1].outcome == "replay"     # and again: still nothing


def test_a_restored_laptop_reusing_an_old_bundle_number_is_still_named(world, tmp_path):
    """The old copy's next bundle takes a number the province already passed, with events it
    holds: not linked to the bundle that followed the original, so it is no late stick."""
    ppt, province, stick = world
    old = _copy_of_laptop(ppt, tmp_path / "old-copy")
    for cases in (1, 1):
        assert province.backend.sync.import_bundle(
            _export(ppt, stick, cases=cases))[1].outcome == "applied"
    _put_back(ppt, old)
    _refused(province.backend, _export(ppt, stick, cases=0), "stale_checkpoint")


def test_a_cloned_laptop_is_a_fork(world, tmp_path, request):
    """Two laptops from one copy: the same bundle number with other content."""
    ppt, province, stick = world
    data_dir = ppt.session.folder.path
    ppt.cases.register(make_intake())
    ppt.session.lock()
    clone = tmp_path / "clone"
    shutil.copytree(data_dir, clone)
    ppt.session.unlock(ADMIN, PASSWORD)
    assert province.backend.sync.import_bundle(_export(ppt, stick))[1].outcome == "applied"
    twin = new_office_from(clone)
    for _ in range(12):   # the twin's audit chain overtakes the original's checkpoint
        twin.cases.register(make_intake())
    _refused(province.backend, _export(twin, stick), "fork")
    twin.session.lock()


def new_office_from(folder):
    from ppt_desk.bootstrap import make_backend
    from ppt_desk.security.kdf import TEST_PARAMS

    twin = make_backend(folder, TEST_PARAMS)
    twin.session.unlock(ADMIN, PASSWORD)
    return twin


def test_a_bundle_whose_signature_fails_applies_nothing_though_read_in_one_pass(world):
    """The next bundle of a sender is applied while it is read (imports.py); its signature,
    checked after the last event, fails: everything it applied is rolled back."""
    ppt, province, stick = world
    bundle = _export(ppt, stick, cases=3)
    plain = bytearray(pyrage.decrypt(bundle.read_bytes(), [province.backup]))
    plain[-1] ^= 0x01                        # the last byte of the SIGNATURE record
    recipient = pyrage.x25519.Identity.from_str(_identity_of(province.backend)).to_public()
    bundle.write_bytes(pyrage.encrypt(bytes(plain), [recipient]))
    _refused(province.backend, bundle, "bad_signature")


def test_a_damaged_file_is_refused_and_kept(world):
    ppt, province, stick = world
    bundle = _export(ppt, stick)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(data))
    _refused(province.backend, bundle, "payload")


def test_a_file_that_is_not_a_bundle_is_refused(world):
    _, province, stick = world
    junk = stick / "foto.ppt-bundle"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    _refused(province.backend, junk, "not_age")


def test_a_bundle_number_reused_with_other_content_is_a_fork(world, request):
    """The bundle chain on its own: the events do not collide (the first ones replay, the new
    ones follow), but the sender's bundle number 1 comes again with other content."""
    ppt, province, stick = world
    assert province.backend.sync.import_bundle(_export(ppt, stick))[1].outcome == "applied"
    with ppt.session.db.engine.begin() as conn:
        from sqlalchemy import text
        conn.execute(text("UPDATE device_state SET bundle_seq = 0, last_bundle_hash = :z"),
                     {"z": "0" * 64})
    _refused(province.backend, _export(ppt, stick), "fork")


def test_only_the_secretariat_may_acknowledge_events(world, tmp_path):
    """A receipt from another PPT would stop the events' re-sending to the province."""
    ppt, province, stick = world
    other = new_office(tmp_path / "belu", SECOND_PPT)
    enrol_both(other, ppt, tmp_path / "cards2")
    _export(ppt, stick)
    _, name = other.sync.write_receipt(ppt.office.profile().device_id, stick)
    unacked = ppt.sync.export_plan().events
    _refused(ppt, stick / name, "receipt_not_from_secretariat")
    assert ppt.sync.export_plan().events == unacked
    other.session.lock()
