"""Kirim ke Provinsi: this device's unacknowledged events, in a bundle for the secretariat.

The bundle is written first here, in the data folder's outgoing folder (encrypted, never
plaintext), so its exact size is known before anything touches the stick. Then:
1. one transaction reserves its place in the device's bundle chain and records which cases'
   identities it carries (conservatively: the bundle may reach the stick even if we crash);
2. the file is copied to the stick under a temporary name, flushed to the device, read back
   and decrypted completely, and only then renamed to its final random name;
3. one transaction marks its events shipped and logs the bundle as sent.
A crash or a pulled stick leaves on the stick either no bundle or a complete, verified one; the
events stay unshipped until step 3 (so they go again next time) and the chain only ever moves
forward (a bundle that never arrived shows at the province as a gap, never as a fork).
Events are acknowledged only by a receipt (``receipts.py``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterator

from ...domain.errors import DomainError
from ...domain.sync.manifest import KIND_EVENTS
from ...domain.sync.pseudonym import IDENTITY, IDENTITY_FIELDS, PSEUDONYM
from ..change_set import ChangeSet
from ..context import Actor
from ..deps import Deps
from ..ports import UnitOfWork
from .codec import BundleCodec
from .dto import ExportPlan, ExportResult
from .enrolment import own_keys, secretariat, utc_now
from .folders import SyncFolders
from .identities import IdentityPlan, plan_identities
from .outbound import LocalBundle, deliver, new_manifest, recipients_for, write_local

Progress = Callable[[int, int], None]    # (events written, events in all)


def export_plan(uow: UnitOfWork, deps: Deps) -> ExportPlan:
    with uow:
        province = secretariat(uow)
        device = uow.sync.own_device()
        events = uow.sync.count_unacked()
        plan = plan_identities(uow, deps, bytes(device.signing_key), deps.clock.today())
        cases = set(plan.case_of_person.values())
    problem = "" if province else "no_secretariat"
    if not problem and events == 0:
        problem = "nothing_to_send"
    return ExportPlan(events, len(cases & plan.allowed), len(cases - plan.allowed),
                      province.office_name if province else "", problem)


def _stream(uow: UnitOfWork, plan: IdentityPlan, total: int,
            progress: Progress | None) -> Iterator[dict[str, Any]]:
    for done, event in enumerate(uow.sync.unacked_events(), start=1):
        if progress is not None and done % 200 == 0:
            progress(done, total)
        yield plan.outgoing(event)


def resend_consented_identities(uow: UnitOfWork, deps: Deps) -> int:
    """Cases that went to the province only under their pseudonym and may now go with their
    identity (consent given since): their identity fields are written again, as new events
    that leave with this bundle. (The events sent before keep their pseudonymised form.)"""
    with uow:
        waiting = uow.identities.cases_sent_only_as_pseudonym()
        if not waiting:
            return 0
        device = uow.sync.own_device()
        plan = plan_identities(uow, deps, bytes(device.signing_key), deps.clock.today())
        now_allowed = waiting & plan.allowed
        if not now_allowed:
            return 0
        kinds = {kind for kind, hidden in plan.redaction.sensitive_fields.items() if hidden}
        rows = uow.identities.resend_identity(sorted(now_allowed), IDENTITY_FIELDS, kinds)
        uow.commit()
    return rows


def _write(uow: UnitOfWork, codec: BundleCodec, deps: Deps, folders: SyncFolders,
           progress: Progress | None) -> tuple[LocalBundle, str, int, IdentityPlan]:
    """The bundle into the outgoing folder, read in one snapshot of the store."""
    with uow:
        province = secretariat(uow)
        if province is None:
            raise DomainError("no_secretariat")
        device = own_keys(uow, codec)
        uow.commit()
    if resend_consented_identities(uow, deps):
        with uow:
            device = uow.sync.own_device()    # its event sequence moved on
    with uow:
        total = uow.sync.count_unacked()
        if total == 0:
            raise DomainError("nothing_to_send")
        plan = plan_identities(uow, deps, bytes(device.signing_key), deps.clock.today())
        plan.record_kinds.update(uow.identities.record_kinds())
        recipients = recipients_for(codec, province, device)
        acked = uow.sync.last_bundle_from(province.device_id)
        last = device.event_seq
        manifest = new_manifest(uow, codec, device, KIND_EVENTS, recipients,
                                (last - total + 1, last), acked[0] if acked else 0, {})
        bundle = write_local(codec, folders, device, manifest,
                             _stream(uow, plan, total, progress), recipients)
    if progress is not None:
        try:
            progress(total, total)   # the last chance to cancel
        except BaseException:
            bundle.path.unlink(missing_ok=True)
            raise
    return bundle, province.device_id, total, plan


def export_to_province(uow: UnitOfWork, actor: Actor, codec: BundleCodec, deps: Deps,
                       folders: SyncFolders, dest: Path,
                       progress: Progress | None = None) -> tuple[ChangeSet, ExportResult]:
    """Write a bundle for the secretariat into ``dest`` (the stick's folder)."""
    actor.require_casework()
    if not dest.is_dir():
        raise DomainError("stick_missing")
    bundle, province_id, events, plan = _write(uow, codec, deps, folders, progress)
    m = bundle.manifest

    def shipped(tx: UnitOfWork) -> None:
        tx.sync.mark_shipped(m.device_seq[0], m.device_seq[1], utc_now())

    name = deliver(uow, codec, bundle, dest, province_id, actor.id, events,
                   sorted(plan.modes.items()), shipped)
    modes = list(plan.modes.values())
    result = ExportResult(m.bundle_id, name, bundle.size, events, modes.count(IDENTITY),
                          modes.count(PSEUDONYM))
    return ChangeSet(bundles=True), result
