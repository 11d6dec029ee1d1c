"""T10: passwords, throttling, the recovery code, password changes without re-keying, and a
damaged keyslot file. Real Argon2id (test parameters) and real SQLCipher throughout."""
from __future__ import annotations

import copy
import json

import pytest

from integration_helpers import data_key
from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.security.keyslots import KeyslotFile
from ppt_desk.security.throttle import UnlockThrottle
from ppt_desk.services.dto import CaseQuery
from ppt_desk.storage.database import DataFolder
from ppt_desk.storage.engine import connect

MARIA, MARIA_PW = "maria.seran", "kata-sandi-maria-1"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    """Every data folder's throttle reads this clock: no test sleeps."""
    fake = FakeClock()
    monkeypatch.setattr(DataFolder, "throttle", property(
        lambda self: UnlockThrottle(self.path / "unlock-throttle.json", clock=fake)))
    return fake


@pytest.fixture
def fresh(data_dir):
    """A locked backend on a fresh copy of the template folder."""
    return make_backend(data_dir, TEST_PARAMS)


@pytest.fixture
def with_maria(backend):
    """The admin's backend after adding a caseworker, maria.seran."""
    _, maria = backend.users.add(MARIA, "Maria Seran", frozenset({"PENDAMPING"}), MARIA_PW)
    return backend, maria


def _code(call) -> DomainError:
    with pytest.raises(DomainError) as info:
        call()
    return info.value


# -- passwords and the throttle ---------------------------------------------------------------

def test_wrong_passwords_get_growing_delays_and_waiting_is_enforced(fresh, creds, clock):
    user, password = creds
    expected = [0, 0, 2, 4, 8, 16]
    for delay in expected:
        error = _code(lambda: fresh.session.unlock(user, "salah-salah-salah"))
        assert (error.code, error.params) == ("wrong_password", {"seconds": delay})
        if delay:
            # Even the right password is refused while the wait runs.
            waiting = _code(lambda: fresh.session.unlock(user, password))
            assert waiting.code == "unlock_wait"
            assert waiting.params == {"seconds": delay}
            clock.now += delay - 0.5
            assert _code(lambda: fresh.session.unlock(user, password)).params == {"seconds": 1}
            clock.now += 0.5
    assert not fresh.session.is_unlocked
    fresh.session.unlock(user, password)
    assert fresh.session.is_unlocked
    fresh.session.lock()
    # Success reset the count: the next mistake is free again.
    assert _code(lambda: fresh.session.unlock(user, "salah")).params == {"seconds": 0}


def test_empty_password_is_refused_before_any_key_work(fresh, creds, clock):
    user, _ = creds
    assert _code(lambda: fresh.session.unlock(user, "")).code == "password_empty"
    assert fresh.session.folder.throttle.failures(user) == 0


def test_unknown_user_looks_exactly_like_a_wrong_password(fresh, creds, clock):
    user, _ = creds
    for attempt in range(4):
        wrong = _code(lambda: fresh.session.unlock(user, "salah-salah-salah"))
        unknown = _code(lambda: fresh.session.unlock("nobody.here", "salah-salah-salah"))
        assert (wrong.code, wrong.params) == (unknown.code, unknown.params)
        assert str(wrong) == str(unknown)
        clock.now += 1000
    assert fresh.session.folder.throttle.failures("nobody.here") == 4


def test_username_is_matched_case_insensitively(fresh, creds, clock):
    user, password = creds
    assert fresh.session.unlock(f"  {user.upper()} ", password).username == user
    fresh.session.lock()


# -- recovery code ------------------------------------------------------------------------------

def test_recovery_code_unlocks_and_resets_a_password(fresh, creds, recovery_code, clock):
    user, old = creds
    users = fresh.session.unlock_recovery(recovery_code.lower().replace("-", " "))
    assert fresh.session.current_user is None  # nobody is logged in by a recovery code
    admin = next(u for u in users if u.username == user)
    assert _code(lambda: fresh.cases.search(CaseQuery())).code == "locked"
    fresh.session.recovery_reset(admin.id, "sandi-baru-sekali-1", "sandi-baru-sekali-1")
    assert not fresh.session.is_unlocked
    assert _code(lambda: fresh.session.unlock(user, old)).code == "wrong_password"
    clock.now += 10
    assert fresh.session.unlock(user, "sandi-baru-sekali-1").id == admin.id
    report = fresh.session.verify()
    assert report.ok, report.problems
    fresh.session.lock()


def test_a_wrong_recovery_code_is_refused_and_throttled(fresh, recovery_code, clock):
    from ppt_desk.security.recovery_code import new_code

    _, other = new_code()
    for _ in range(3):
        assert _code(lambda: fresh.session.unlock_recovery(other)).code == "wrong_recovery_code"
    assert _code(lambda: fresh.session.unlock_recovery(recovery_code)).code == "unlock_wait"
    clock.now += 60
    assert fresh.session.unlock_recovery(recovery_code)
    fresh.session.lock()


def test_recovery_reset_refuses_mismatched_repeat(fresh, recovery_code, clock):
    users = fresh.session.unlock_recovery(recovery_code)
    assert _code(lambda: fresh.session.recovery_reset(users[0].id, "sandi-baru-sekali-1",
                                              "sandi-baru-sekali-2")).code == "passwords_differ"
    fresh.session.lock()


# -- password change never re-keys ---------------------------------------------------------------

def _db_header(data_dir) -> bytes:
    return (data_dir / "ppt-desk.db").read_bytes()[:16]  # SQLCipher's salt


def _pages(data_dir) -> list[bytes]:
    raw = (data_dir / "ppt-desk.db").read_bytes()
    return [raw[i:i + 4096] for i in range(0, len(raw), 4096)]


def _unchanged_share(before: list[bytes], after: list[bytes]) -> float:
    """Share of pages left byte-identical: a re-key would rewrite every one of them."""
    same = sum(1 for a, b in zip(before, after) if a == b)
    return same / len(before)


def test_admin_resets_another_users_password_without_rekeying(with_maria, data_dir, creds):
    backend, maria = with_maria
    user, password = creds
    backend.session.lock()
    header, key, pages = _db_header(data_dir), data_key(data_dir, user, password), _pages(data_dir)
    backend.session.unlock(user, password)
    backend.users.reset_password(maria.id, "maria-sandi-baru-2")
    backend.session.lock()
    assert _db_header(data_dir) == header
    assert _unchanged_share(pages, _pages(data_dir)) > 0.5
    assert data_key(data_dir, MARIA, "maria-sandi-baru-2") == key
    assert data_key(data_dir, user, password) == key
    with pytest.raises(DomainError, match="wrong_password"):
        data_key(data_dir, MARIA, MARIA_PW)
    # The file still opens with the old data key: nothing was re-encrypted.
    conn = connect(data_dir / "ppt-desk.db", key)
    assert conn.execute("SELECT count(*) FROM app_user").fetchone()[0] == 2
    conn.close()
    other = make_backend(data_dir, TEST_PARAMS)
    assert other.session.unlock(MARIA, "maria-sandi-baru-2").id == maria.id
    other.session.lock()
    assert other.session.unlock(user, password).username == user
    other.session.lock()


def test_a_user_changes_their_own_password_without_rekeying(with_maria, data_dir, creds):
    backend, maria = with_maria
    user, password = creds
    backend.session.lock()
    header, key, pages = _db_header(data_dir), data_key(data_dir, user, password), _pages(data_dir)
    backend.session.unlock(MARIA, MARIA_PW)
    backend.users.reset_password(maria.id, "maria-ganti-sendiri")
    # A caseworker may not reset someone else's.
    admin_id = next(s.user_id for s in backend.session.folder.keyslots.user_slots() if s.username == user)
    assert _code(lambda: backend.users.reset_password(admin_id, "bukan-hakmu-123")).code == "needs_admin_role"
    backend.session.lock()
    assert _db_header(data_dir) == header
    assert _unchanged_share(pages, _pages(data_dir)) > 0.5
    assert data_key(data_dir, MARIA, "maria-ganti-sendiri") == key
    backend.session.unlock(user, password)  # the admin's password is untouched
    report = backend.session.verify()
    assert report.ok, report.problems


# -- damaged keyslot file -----------------------------------------------------------------------

def _damage(raw: bytes, how: str) -> bytes:
    if how == "truncated":
        return raw[: len(raw) // 2]
    if how == "empty":
        return b""
    if how == "bitflip":
        i = raw.index(b'"wrapped"') + 20
        return raw[:i] + bytes([raw[i] ^ 0x04]) + raw[i + 1:]
    if how == "garbage":
        return bytes(range(256)) * 4
    if how == "not-an-object":
        return b"[]"
    if how == "version-flip":
        return raw.replace(b'"version": 1', b'"version": 3')
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["truncated", "empty", "bitflip", "garbage", "not-an-object",
                                 "version-flip"])
def test_a_damaged_keyslot_file_is_restored_from_its_backup(fresh, data_dir, creds, how):
    user, password = creds
    main = data_dir / "keyslots.json"
    good = main.read_bytes()
    assert (data_dir / "keyslots.json.bak").read_bytes() == good
    main.write_bytes(_damage(good, how))
    fresh.session.unlock(user, password)
    fresh.session.lock()
    assert main.read_bytes() == good


def test_a_missing_keyslot_file_is_restored_from_its_backup(fresh, data_dir, creds):
    user, password = creds
    good = (data_dir / "keyslots.json").read_bytes()
    (data_dir / "keyslots.json").unlink()
    fresh.session.unlock(user, password)
    fresh.session.lock()
    assert (data_dir / "keyslots.json").read_bytes() == good


def test_every_single_bit_flip_of_the_keyslot_file_is_restored(data_dir):
    main = data_dir / "keyslots.json"
    good = main.read_bytes()
    expected = json.loads(good)
    for i in range(len(good)):
        bit = 1 << (i % 8)  # every byte, every bit position across the file
        main.write_bytes(good[:i] + bytes([good[i] ^ bit]) + good[i + 1:])
        assert KeyslotFile(main).load() == expected, (i, bit)
    assert main.read_bytes() == good or json.loads(main.read_bytes()) == expected


@pytest.mark.parametrize("how", ["truncated", "garbage", "bitflip"])
def test_both_copies_damaged_is_reported(fresh, data_dir, creds, how):
    user, password = creds
    for name in ("keyslots.json", "keyslots.json.bak"):
        path = data_dir / name
        path.write_bytes(_damage(path.read_bytes(), how))
    assert _code(lambda: fresh.session.unlock(user, password)).code == "keyslots_damaged"
    assert not fresh.session.is_unlocked


# -- the AEAD binds each wrapped key to its slot and database ------------------------------------

def _rewrite(data_dir, change) -> None:
    """Edit the keyslot data and save it with a valid checksum (both copies)."""
    slots = KeyslotFile(data_dir / "keyslots.json")
    data = copy.deepcopy(slots.load())
    change(data)
    slots._save(data)


def _user_slot(data, username):
    return next(s for s in data["slots"] if s.get("username") == username)


def test_a_wrapped_key_moved_into_another_users_slot_does_not_open(with_maria, data_dir, creds):
    backend, _ = with_maria
    user, password = creds
    backend.session.lock()

    def move(data):
        admin, maria = _user_slot(data, user), _user_slot(data, MARIA)
        # Everything a password needs (salt, parameters, nonce, ciphertext) copied over:
        # only the slot identity bound as associated data differs.
        maria["kdf"], maria["nonce"], maria["wrapped"] = admin["kdf"], admin["nonce"], admin["wrapped"]

    _rewrite(data_dir, move)
    assert _code(lambda: backend.session.unlock(MARIA, password)).code == "wrong_password"
    assert backend.session.unlock(user, password).username == user
    backend.session.lock()


def test_the_recovery_wrap_cannot_be_moved_into_a_user_slot(data_dir, creds, recovery_code):
    user, _ = creds

    def move(data):
        recovery = next(s for s in data["slots"] if s["kind"] == "recovery")
        admin = _user_slot(data, user)
        admin["nonce"], admin["wrapped"] = recovery["nonce"], recovery["wrapped"]

    _rewrite(data_dir, move)
    from ppt_desk.security.recovery_code import parse_code

    slots = KeyslotFile(data_dir / "keyslots.json")
    assert slots.unlock_recovery(parse_code(recovery_code))  # the recovery slot itself still opens
    with pytest.raises(DomainError, match="wrong_password"):
        slots.unlock_password(user, creds[1])


@pytest.mark.parametrize("field", ["database_id", "kdf", "user_id", "id"])
def test_changing_bound_data_makes_the_slot_fail(fresh, data_dir, creds, recovery_code, field):
    user, password = creds

    def change(data):
        if field == "database_id":
            data["database_id"] = data["database_id"][:-1] + ("0" if data["database_id"][-1] != "0" else "1")
        elif field == "kdf":
            _user_slot(data, user)["kdf"]["iterations"] += 1
        else:
            _user_slot(data, user)[field] = "01900000-0000-7000-8000-000000000000"

    _rewrite(data_dir, change)
    assert _code(lambda: fresh.session.unlock(user, password)).code == "wrong_password"
    if field == "database_id":
        assert _code(lambda: fresh.session.unlock_recovery(recovery_code)).code == "wrong_recovery_code"
