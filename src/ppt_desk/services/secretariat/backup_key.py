"""Where the secretariat's offline backup key shows: only its public recipient ("age1…") is
kept, as an office setting; the identity itself is handed out once at setup and never stored."""
from __future__ import annotations

from ...domain.errors import DomainError
from ...domain.secretariat import BACKUP_FIELD, BACKUP_SETTING
from ..ports import UnitOfWork


def stored_recipient(uow: UnitOfWork) -> str:
    """The backup key's recipient, or '' (a PPT, or a secretariat set up without one).
    Call inside ``with uow:``."""
    value = (uow.settings.office_setting(BACKUP_SETTING) or {}).get(BACKUP_FIELD)
    return value if isinstance(value, str) else ""


def store_recipient(uow: UnitOfWork, recipient: str) -> None:
    """Keep the recipient (once: a secretariat's backup key is not silently replaced)."""
    with uow:
        if stored_recipient(uow):
            raise DomainError("backup_key_exists")
        uow.settings.save_office_setting(BACKUP_SETTING, {BACKUP_FIELD: recipient})
        uow.commit()
