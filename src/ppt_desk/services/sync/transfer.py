"""Transferring a case to another PPT, and receiving one (issue 10: "only the owner edits").

**Sending.** A supervisor (or an administrator who does casework) moves a case this device
owns to an enrolled, non-revoked PPT, with a reason and the victim's consent: the ledger must
grant RUJUKAN for the receiving office (``domain.consent``; a child's consent by a guardian or
with a legal basis, as for any referral). The bundle (kind ``transfer``) is encrypted to the
receiving PPT and to this device, and carries the case as it stands and its history
(``domain/sync/transfer.py``): it goes on the stick directly or is handed on by the province,
which cannot open it. Like every outgoing bundle it is written here first and copied to the
stick verified (``outbound.deliver``); only once it is on the stick, in the transaction that
logs it, the case passes to the receiver: ``set_owner(case, receiver, epoch + 1,
transferred_to=<its office>)`` is a tracked change, so the province learns it from this
device's next bundle. The copy left here is read-only (``case_header.require_owned``).

**Epochs.** Each transfer raises the case's ownership epoch by one. The receiver takes the
case only with a higher epoch than any copy it holds (a stale or repeated transfer is
refused), and records itself as owner at that epoch, again a tracked change. At the province
both PPTs' changes of the ownership fields agree (receiver, epoch), so they merge without a
conflict whatever the order they arrive in.

**Consumes no event numbers.** The snapshot is not made of outbox events: the manifest's
device sequence range is (0, 0), the receiver's apply engine never sees it, and the sender's
event sequence at the province is untouched. (The bundle takes its place in the sender's
bundle chain like any bundle; the province sees that number as a gap, which it accepts.)
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from ...domain.consent import ConsentDecision, consent_decision
from ...domain.errors import DomainError
from ...domain.sync.manifest import KIND_TRANSFER, Manifest
from ...domain.sync.transfer import (
    OP_TRANSFER, HistoryItem, TransferBody, check_snapshot, parse_body, parse_item,
)
from ..case_header import case_header, child_on, writable_case
from ..change_set import ChangeSet
from ..consent import consent_record
from ..context import Actor
from ..deps import Deps
from ..dto import TimelineEntry
from ..ports import CaseHeader, UnitOfWork
from .codec import BundleCodec
from .enrolment import enrolled_ppt, own_keys, require_key_keeper, utc_now
from .folders import SyncFolders
from .outbound import deliver, new_manifest, recipients_for, write_local
from .ports import IDENTITAS, PPT, PeerDevice
from .stick import stick_error
from .stick_layout import route_folder

CONSENT_PURPOSE = "RUJUKAN"


class TransferRefused(Exception):
    """A received transfer this device does not take (``imports.py`` quarantines it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class TransferTarget:
    """An enrolled PPT a case could go to, and whether the victim's consent allows it."""

    device_id: str
    office_name: str
    device_code: str
    allowed: bool
    consent_reason: str          # domain.consent reason: granted | no_consent | withdrawn …


def transfer_consent(uow: UnitOfWork, header: CaseHeader, office_name: str,
                     deps: Deps) -> ConsentDecision:
    """Does the ledger allow a referral (RUJUKAN) of the case to ``office_name`` today?"""
    today = deps.clock.today()
    consents = [consent_record(r) for r in uow.casework.consents(header.id)]
    return consent_decision(consents, CONSENT_PURPOSE, today, bool(child_on(header, today)),
                            office_name)


def _receivers(uow: UnitOfWork) -> list[PeerDevice]:
    return [p for p in uow.sync.peers() if p.role == PPT and not p.revoked]


def transfer_targets(uow: UnitOfWork, actor: Actor, deps: Deps,
                     case_id: str) -> list[TransferTarget]:
    """The PPTs the case could be transferred to, each with the consent's answer."""
    with uow:
        header = case_header(uow, actor, case_id)
        out = []
        for peer in _receivers(uow):
            decision = transfer_consent(uow, header, peer.office_name, deps)
            out.append(TransferTarget(peer.device_id, peer.office_name, peer.device_code,
                                      decision.allowed, decision.reason))
        return out


def _sent(entry: TimelineEntry, office: str) -> HistoryItem:
    return HistoryItem(entry.at.isoformat(), entry.entity, entry.op, tuple(entry.fields),
                       entry.author_name, entry.office or office, entry.subject, entry.note)


def transfer_case(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
                  folders: SyncFolders, case_id: str, to_device_id: str, reason: str,
                  dest: Path, via_secretariat: bool = False) -> tuple[ChangeSet, str]:
    """Write the case's transfer bundle for ``to_device_id`` into ``dest``; once it is on the
    stick the case belongs to the receiver. Returns the bundle's file name. ``via_secretariat``:
    into the stick's routing folder for that device (``stick_layout.route_folder``), which the
    province carries on without opening it (ADR 0018)."""
    require_key_keeper(actor)
    reason = reason.strip()
    if not reason:
        raise DomainError("reason_required")
    if not dest.is_dir():
        raise DomainError("stick_missing")
    with uow:
        device = own_keys(uow, codec)
        uow.commit()
    with uow:
        peer = enrolled_ppt(uow, to_device_id)
        header = writable_case(uow, actor, case_id)
        decision = transfer_consent(uow, header, peer.office_name, deps)
        if not decision.allowed:
            raise DomainError("transfer_needs_consent", reason=decision.reason,
                              agency=peer.office_name)
        if via_secretariat:
            dest = routing_dest(dest, peer.device_id)
        office = uow.office.get()
        if office is None:
            raise DomainError("office_missing")
        body = TransferBody(case_id, peer.device_id, header.ownership_epoch + 1)
        detail = uow.cases.get(case_id)
        assert detail is not None
        line = HistoryItem(utc_now().isoformat(), "case_file", OP_TRANSFER, (),
                           actor.user.display_name, office.name, peer.office_name, reason)
        history = [_sent(e, office.name) for e in detail.timeline] + [line]
        records = [r.to_record() for r in uow.transfer.case_snapshot(case_id)] + \
            [h.to_record() for h in history]
        recipients = recipients_for(codec, peer, device)
        acked = uow.sync.last_bundle_from(peer.device_id)
        manifest = new_manifest(uow, codec, device, KIND_TRANSFER, recipients, (0, 0),
                                acked[0] if acked else 0, body.to_dict())
        bundle = write_local(codec, folders, device, manifest, records, recipients)

    def moved(tx: UnitOfWork) -> None:
        # The same transaction that logs the bundle as sent: the case is the receiver's.
        now = tx.casework.header(case_id)
        if now is None or now.ownership_epoch != header.ownership_epoch or now.transferred_to:
            raise DomainError("case_changed_meanwhile")
        tx.sync.set_owner(case_id, peer.device_id, body.epoch, peer.office_name)
        tx.transfer.add_history(case_id, [replace(line, office="")])   # "" = written here

    name = deliver(uow, codec, bundle, dest, peer.device_id, actor.id, len(records),
                   [(case_id, IDENTITAS)], moved)
    return ChangeSet(cases=frozenset({case_id}), bundles=True), name


def routing_dest(stick: Path, device_id: str) -> Path:
    """The stick's routing folder for ``device_id``, made if missing."""
    folder = route_folder(stick, device_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise stick_error(exc) from exc
    return folder


def receive_transfer(uow: UnitOfWork, manifest: Manifest, records: Iterable[Any],
                     own_device_id: str) -> tuple[dict[str, Any], frozenset[str]]:
    """Take a verified transfer bundle's case (inside the import's transaction). Raises
    TransferRefused, or BundleFormatError for a transfer that does not hold together."""
    body = parse_body(manifest.body)
    if body.to_device_id != own_device_id:
        raise TransferRefused("transfer_not_for_us")
    items = [parse_item(record) for record in records]   # one case: small; read to the end
    snapshot = check_snapshot(body, items, manifest.sender.device_id)
    held = uow.sync.owner(body.case_id)
    if held is not None and held[1] >= body.epoch:   # this copy is as new or newer
        raise TransferRefused("transfer_stale_epoch", f"held {held[1]}, got {body.epoch}")
    cases = uow.transfer.adopt_case(snapshot)
    uow.sync.set_owner(body.case_id, own_device_id, body.epoch, "")
    return {"events_applied": len(snapshot.rows)}, cases
