"""Device cards and enrolment: who may trust a device, and only with the fingerprint read out
by phone typed back."""
from __future__ import annotations

import json

import pytest

from ppt_desk.domain.errors import DomainError
from sync_helpers import ADMIN, PASSWORD, card_of, device_id, new_province

CASEWORKER_PASSWORD = "kata-sandi-pendamping-1"


@pytest.fixture
def province(tmp_path, any_store):
    """The province on each store (the PPT is the SQLCipher template office)."""
    p = new_province(tmp_path / "province", any_store)
    yield p
    p.backend.session.lock()


def _province_card(province, tmp_path):
    return card_of(province.backend, tmp_path / "cards", province.backup)


def test_a_card_shows_office_role_and_fingerprint_and_holds_no_secret(backend, province,
                                                                     tmp_path):
    path = _province_card(province, tmp_path)
    view = backend.sync.read_card(path)
    assert (view.role, view.office_name) == ("SEKRETARIAT", province.backend.office.profile().name)
    assert len(view.fingerprint) == 19 and view.fingerprint.count("-") == 3
    text = path.read_text()
    assert "AGE-SECRET-KEY" not in text and str(province.backup.to_public()) in text
    assert province.backend.office.profile().name not in path.name


def test_enrolment_needs_the_fingerprint_typed_back(backend, province, tmp_path):
    path = _province_card(province, tmp_path)
    fingerprint = backend.sync.read_card(path).fingerprint
    wrong = fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1")
    for typed in ("", wrong):
        with pytest.raises(DomainError) as err:
            backend.sync.enrol(path, typed)
        assert err.value.code == "fingerprint_mismatch"
    assert backend.sync.devices() == []
    # Read out by phone: spaces and lower case do not matter.
    _, peer = backend.sync.enrol(path, fingerprint.lower().replace("-", " "))
    assert [d.device_id for d in backend.sync.devices()] == [peer.device_id]
    assert backend.sync.export_plan().recipient_office == peer.office_name
    # The same card again changes nothing.
    changes, _ = backend.sync.enrol(path, fingerprint)
    assert changes.is_empty


def test_a_card_altered_after_signing_is_refused(backend, province, tmp_path):
    path = _province_card(province, tmp_path)
    raw = json.loads(path.read_text())
    raw["office_name"] = "Kantor Palsu"
    path.write_text(json.dumps(raw))
    with pytest.raises(DomainError) as err:
        backend.sync.read_card(path)
    assert err.value.code == "card_signature_bad"


def test_new_keys_under_a_known_device_are_refused(backend, province, tmp_path):
    path = _province_card(province, tmp_path)
    backend.sync.enrol(path, backend.sync.read_card(path).fingerprint)
    import pyrage
    other = card_of(province.backend, tmp_path / "cards2", pyrage.x25519.Identity.generate())
    with pytest.raises(DomainError) as err:
        backend.sync.enrol(other, backend.sync.read_card(other).fingerprint)
    assert err.value.code == "peer_exists"


def test_own_card_cannot_be_enrolled(backend, tmp_path):
    path = card_of(backend, tmp_path / "own")
    with pytest.raises(DomainError) as err:
        backend.sync.enrol(path, backend.sync.read_card(path).fingerprint)
    assert err.value.code == "card_is_own_device"


def test_only_a_supervisor_or_admin_enrols_or_revokes(backend, province, tmp_path):
    path = _province_card(province, tmp_path)
    fingerprint = backend.sync.read_card(path).fingerprint
    backend.users.add("ani", "Ani Pendamping", frozenset({"PENDAMPING"}), CASEWORKER_PASSWORD)
    backend.session.lock()
    backend.session.unlock("ani", CASEWORKER_PASSWORD)
    with pytest.raises(DomainError) as err:
        backend.sync.enrol(path, fingerprint)
    assert err.value.code == "needs_supervisor_role"
    backend.session.lock()
    backend.session.unlock(ADMIN, PASSWORD)
    backend.sync.enrol(path, fingerprint)
    backend.session.lock()
    backend.session.unlock("ani", CASEWORKER_PASSWORD)
    province_id = device_id(province.backend)
    with pytest.raises(DomainError) as err:
        backend.sync.revoke(province_id, "hilang")
    assert err.value.code == "needs_supervisor_role"


def test_a_revoked_secretariat_gets_no_more_bundles(backend, province, tmp_path):
    path = _province_card(province, tmp_path)
    backend.sync.enrol(path, backend.sync.read_card(path).fingerprint)
    province_id = device_id(province.backend)
    with pytest.raises(DomainError) as err:
        backend.sync.revoke(province_id, "   ")
    assert err.value.code == "reason_required"
    backend.sync.revoke(province_id, "Kunci operasional bocor")
    (peer,) = backend.sync.devices()
    assert not peer.active and peer.revoke_reason == "Kunci operasional bocor"
    assert backend.sync.export_plan().problem == "no_secretariat"
    with pytest.raises(DomainError) as err:   # a revoked device is not enrolled again silently
        backend.sync.enrol(path, backend.sync.read_card(path).fingerprint)
    assert err.value.code == "peer_exists"


def test_a_mistyped_backup_key_makes_no_card(province, tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    with pytest.raises(DomainError):
        province.backend.sync.write_own_card(cards, "age1bukan-kunci")
    assert list(cards.iterdir()) == []
