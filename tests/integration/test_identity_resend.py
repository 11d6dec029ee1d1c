"""``uow.identities.resend_identity``: which rows write their identity fields again."""
from __future__ import annotations

from integration_helpers import make_intake, scalar
from ppt_desk.domain.sync.pseudonym import IDENTITY_FIELDS


def _resend(backend, case_ids) -> int:
    uow = backend.session.db.uow()
    with uow:
        touched = uow.identities.resend_identity(case_ids, IDENTITY_FIELDS, set())
        uow.commit()
    return touched


def _events(backend) -> int:
    return scalar(backend, "SELECT count(*) FROM outbox_event")


def test_only_own_cases_not_transferred_write_their_identity_again(backend):
    _, kept, _ = backend.cases.register(make_intake("Ina Bere", nik="5371014107990003"))
    _, moved, _ = backend.cases.register(make_intake("Ana Seran"))
    uow = backend.session.db.uow()
    with uow:
        uow.sync.set_owner(moved, "01a23b71-0000-7000-8000-000000000001", 2, "UPTD PPA Belu")
        uow.commit()
    before = _events(backend)
    assert _resend(backend, [kept, moved]) == 1          # the person row of the kept case
    assert _events(backend) == before + 1
    fields = scalar(backend, "SELECT patch FROM outbox_event ORDER BY device_seq DESC LIMIT 1")
    assert "Ina Bere" in fields and "5371014107990003" in fields
    assert _resend(backend, [moved]) == 0 and _events(backend) == before + 1
