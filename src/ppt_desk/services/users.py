"""Office profile and user accounts. Password slots go through the ``KeyVault`` port."""
from __future__ import annotations

import re
from ..domain.access import GRANTS
from ..domain.errors import DomainError, ValidationFailed
from ..domain.ids import uuid7
from ..domain.roles import Role
from ..domain.secretariat import office_roles
from .context import Actor
from .change_set import ChangeSet
from .dto import OfficeProfile, UserInfo
from .ports import KeyVault, UnitOfWork

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
MIN_PASSWORD = 10
VALID_ROLES = {role.value for role in Role}


def check_password(password: str, repeat: str | None = None) -> None:
    if len(password) < MIN_PASSWORD:
        raise DomainError("password_too_short", minimum=MIN_PASSWORD)
    if repeat is not None and password != repeat:
        raise DomainError("passwords_differ")


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise DomainError("username_format")
    return name


def check_roles(roles: frozenset[str]) -> None:
    if not roles or not roles <= VALID_ROLES:
        raise DomainError("roles_required")


def check_office_roles(uow: UnitOfWork, roles: frozenset[str]) -> None:
    """Roles of another kind of office (a caseworker at a secretariat, an officer at a PPT)."""
    office = uow.office.get()
    if office is not None and not roles <= office_roles(office.kind):
        raise DomainError("role_not_for_office")


def initialise_office(uow: UnitOfWork, office: OfficeProfile, admin: UserInfo) -> ChangeSet:
    """First-run setup: the office profile and the first admin (done by the setup wizard)."""
    with uow:
        if uow.office.get() is not None:
            raise DomainError("already_set_up")
        uow.office.save(office)
        uow.users.add(admin)
        uow.commit()
    return ChangeSet(users=True, office=True)


def check_grants(grants: frozenset[str]) -> None:
    unknown = set(grants) - set(GRANTS)
    if unknown:
        raise ValidationFailed({"grants": "unknown_code"})


def add_user(uow: UnitOfWork, vault: KeyVault, actor: Actor, username: str, display_name: str,
             roles: frozenset[str], password: str,
             grants: frozenset[str] = frozenset()) -> tuple[ChangeSet, UserInfo]:
    actor.require_admin()
    name = check_username(username)
    check_roles(roles)
    check_grants(grants)
    check_password(password)
    if not display_name.strip():
        raise DomainError("display_name_required")
    user = UserInfo(uuid7(), name, display_name.strip(), frozenset(roles), True, frozenset(grants))
    with uow:
        check_office_roles(uow, roles)
        if any(u.username == name for u in uow.users.list()):
            raise DomainError("username_taken")
        uow.users.add(user)
        uow.commit()
    # Key slots change only after the database commit (here and below): a failed commit then
    # leaves the keyslot file as it was; a failed slot write after it leaves an account that
    # an admin gives a password again.
    vault.set_password(user.id, user.username, password)
    return ChangeSet(users=True), user


def update_user(uow: UnitOfWork, vault: KeyVault, actor: Actor, user_id: str, display_name: str,
                roles: frozenset[str], active: bool,
                grants: frozenset[str] | None = None) -> ChangeSet:
    """Change a user's name, roles, access grants (None: keep them) or active flag.

    Deactivating removes the user's keyslot, so the old password no longer opens
    the database (not even a copy taken later); reactivating needs a password reset.
    """
    actor.require_admin()
    check_roles(roles)
    if grants is not None:
        check_grants(grants)
    with uow:
        check_office_roles(uow, roles)
        user = uow.users.get(user_id)
        if user is None:
            raise DomainError("unknown_user")
        if user_id == actor.id and (Role.ADMIN.value not in roles or not active):
            raise DomainError("cannot_demote_self")
        uow.users.update(UserInfo(user.id, user.username, display_name.strip() or user.display_name,
                                  frozenset(roles), active,
                                  user.grants if grants is None else frozenset(grants)))
        uow.commit()
    if user.active and not active:
        vault.remove_user(user.id)
    return ChangeSet(users=True)


def reset_password(uow: UnitOfWork, vault: KeyVault, actor: Actor, user_id: str,
                   new_password: str) -> None:
    """An admin (or the user themself) sets a new password; the database is not re-keyed."""
    if actor.id != user_id:
        actor.require_admin()
    _set_password(uow, vault, user_id, new_password, "set_password")


def list_users(uow: UnitOfWork) -> list[UserInfo]:
    with uow:
        return uow.users.list()


def get_office(uow: UnitOfWork) -> OfficeProfile | None:
    with uow:
        return uow.office.get()


def reset_password_by_recovery(uow: UnitOfWork, vault: KeyVault, user_id: str,
                               new_password: str) -> None:
    """Whoever holds the office's recovery code may set any active user's password."""
    _set_password(uow, vault, user_id, new_password, "recovery_reset")


def _set_password(uow: UnitOfWork, vault: KeyVault, user_id: str, new_password: str,
                  action: str) -> None:
    check_password(new_password)
    with uow:
        user = uow.users.get(user_id)
        if user is None or not user.active:
            raise DomainError("unknown_user")
        uow.record_action(action, "app_user", user.id)
        uow.commit()
    vault.set_password(user.id, user.username, new_password)


def replace_recovery_code(uow: UnitOfWork, vault: KeyVault, actor: Actor) -> str:
    """A new recovery code (the old one stops working); recorded in the audit chain."""
    actor.require_admin()
    with uow:
        uow.record_action("new_recovery_code", "keyslot", "recovery")
        uow.commit()
    return vault.new_recovery_code()
