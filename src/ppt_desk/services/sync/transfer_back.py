"""Taking back a case whose receiving PPT's laptop was revoked before the case reached it.

A transfer moves ownership when the bundle is on the stick (``transfer.py``, ADR 0014): from
then on the copy here is read-only and the case is the receiver's. If the receiving laptop is
lost (or otherwise revoked) before it imported the bundle, nobody holds the case: the file
waits at the province or on a stick for a device that will never read it, and the sender
cannot change a line. What the sending office expects is its case back, as it left.

**The sender takes it back.** A supervisor (or an administrator) of the sending office, once
the receiving device is revoked *here* (the secretariat tells the offices; each revokes a lost
laptop on its own device list), takes the case back with a reason: in one transaction
``set_owner(case, this device, epoch + 1, "")`` (a tracked change: the province learns it from
this device's next bundle) and a line on the case's timeline (op ``transfer_back``, the
receiving office as subject, the reason as note). The case is writable here again.

**Why only a revoked receiver.** While the receiver is trusted it may still import the bundle
and take the case at the transfer's epoch; two offices would then each hold the case. A
revoked device's bundles are refused everywhere (``revoked_sender``), so nothing it did with
the case can come back. Before that, ``take_back`` refuses as every other write of a
transferred case does (``case_transferred``, naming the office that holds it).

**Why one epoch up.** At the province the ownership fields merge by epoch (ADR 0014 update):
the take-back at epoch n + 1 wins over the transfer's epoch n whatever order the bundles come
in. If the lost laptop had passed the case on before it was lost, that receiver's epoch n + 1
meets this one at the same epoch: a conflict item for an officer, not a silent winner.

The transfer bundle itself is not touched: the copy on a stick or at the province is for a
revoked device (the secretariat's transfers page marks it so) and opens for no one else but
this device, which has no use for it.
"""
from __future__ import annotations

from ...domain.errors import DomainError
from ...domain.sync.transfer import HistoryItem
from ..case_header import case_header
from ..change_set import ChangeSet
from ..context import Actor
from ..ports import UnitOfWork
from .enrolment import require_key_keeper, utc_now

OP_TRANSFER_BACK = "transfer_back"     # the timeline line of a case taken back


def take_back(uow: UnitOfWork, actor: Actor, case_id: str, reason: str) -> ChangeSet:
    """Take back a case transferred from here to a device since revoked here."""
    require_key_keeper(actor)
    actor.require_case_writer()
    reason = reason.strip()
    if not reason:
        raise DomainError("reason_required")
    with uow:
        header = case_header(uow, actor, case_id)
        own = uow.sync.own_device().device_id
        held = uow.sync.owner(case_id)
        assert held is not None
        owner, epoch, moved_to = held
        if owner == own and not moved_to:
            raise DomainError("case_not_transferred")
        receiver = uow.sync.peer(owner)
        if not moved_to or receiver is None or not receiver.revoked:
            # Still the receiver's to take (or never sent from here): like any other write.
            office = moved_to or (receiver.office_name if receiver is not None else "")
            raise DomainError("case_transferred", to=office)
        uow.sync.set_owner(case_id, own, epoch + 1, "")
        uow.transfer.add_history(case_id, [HistoryItem(
            utc_now().isoformat(), "case_file", OP_TRANSFER_BACK, (),
            actor.user.display_name, "", moved_to, reason)])
        uow.commit()
    return ChangeSet(cases=frozenset({header.id}))
