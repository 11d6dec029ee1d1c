"""User accounts: adding, deactivating (the keyslot goes too) and reactivating."""
from __future__ import annotations

import pytest

from ppt_desk.bootstrap import make_backend
from ppt_desk.domain.errors import DomainError
from ppt_desk.security.kdf import TEST_PARAMS

CW_PASSWORD = "pendamping-rahasia-1"


def test_deactivated_user_can_no_longer_unlock_even_with_old_password(backend, data_dir):
    _, user = backend.users.add("maria.seran", "Maria Seran", frozenset({"PENDAMPING"}), CW_PASSWORD)
    assert "maria.seran" in backend.session.usernames()

    backend.users.update(user.id, user.display_name, user.roles, active=False)

    assert "maria.seran" not in backend.session.usernames()
    other = make_backend(data_dir, TEST_PARAMS)
    with pytest.raises(DomainError) as err:
        other.session.unlock("maria.seran", CW_PASSWORD)
    assert err.value.code == "wrong_password"


def test_reactivated_user_needs_a_new_password(backend, data_dir):
    _, user = backend.users.add("yohanes", "Yohanes Ndun", frozenset({"PENDAMPING"}), CW_PASSWORD)
    backend.users.update(user.id, user.display_name, user.roles, active=False)
    backend.users.update(user.id, user.display_name, user.roles, active=True)
    assert "yohanes" not in backend.session.usernames()

    backend.users.reset_password(user.id, "sandi-baru-yohanes-2")

    other = make_backend(data_dir, TEST_PARAMS)
    assert other.session.unlock("yohanes", "sandi-baru-yohanes-2").id == user.id
    other.session.lock()


def test_admin_cannot_deactivate_themself(backend):
    me = backend.session.current_user
    with pytest.raises(DomainError) as err:
        backend.users.update(me.id, me.display_name, me.roles, active=False)
    assert err.value.code == "cannot_demote_self"
    assert me.username in backend.session.usernames()
