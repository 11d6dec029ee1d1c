"""User accounts: adding, deactivating (the keyslot goes too) and reactivating."""
from __future__ import annotations

import pytest

from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS

CW_PASSWORD = "pendamping-rahasia-1"


def test_deactivated_user_can_no_longer_unlock_even_with_old_password(backend, data_dir):
    _, user = backend.add_user("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}), CW_PASSWORD)
    assert "maria.seran" in backend.usernames()

    backend.update_user(user.id, user.display_name, user.roles, active=False)

    assert "maria.seran" not in backend.usernames()
    other = make_backend(data_dir, TEST_PARAMS)
    with pytest.raises(DomainError) as err:
        other.unlock("maria.seran", CW_PASSWORD)
    assert err.value.code == "wrong_password"


def test_reactivated_user_needs_a_new_password(backend, data_dir):
    _, user = backend.add_user("yohanes", "Yohanes Ndun", frozenset({"PENDAMPING"}), CW_PASSWORD)
    backend.update_user(user.id, user.display_name, user.roles, active=False)
    backend.update_user(user.id, user.display_name, user.roles, active=True)
    assert "yohanes" not in backend.usernames()

    backend.reset_password(user.id, "sandi-baru-yohanes-2")

    other = make_backend(data_dir, TEST_PARAMS)
    assert other.unlock("yohanes", "sandi-baru-yohanes-2").id == user.id
    other.lock()


def test_admin_cannot_deactivate_themself(backend):
    me = backend.current_user
    with pytest.raises(DomainError) as err:
        backend.update_user(me.id, me.display_name, me.roles, active=False)
    assert err.value.code == "cannot_demote_self"
    assert me.username in backend.usernames()
