"""What the sync screens and commands show: the bundle log, the cases a bundle carried (the
data-protection question "which records were on that stick?", UU 27/2022 gives 3×24 hours to
answer it), and a verified bundle's manifest."""
from __future__ import annotations

from ..ports import UnitOfWork
from .codec import VerifiedBundle
from .dto import BundleCaseView, BundleLogView, BundleSummary, CaseBundleView


def bundle_log(uow: UnitOfWork) -> list[BundleLogView]:
    with uow:
        offices = {p.device_id: p.office_name for p in uow.sync.peers()}
        entries = uow.sync.bundles()
        carried = {e.bundle_id: sum(1 for _, mode in uow.identities.identities_in(e.bundle_id)
                                    if mode == "IDENTITAS")
                   for e in entries if e.direction == "OUT" and e.bundle_id}
    return [BundleLogView(e.bundle_id, e.direction, e.kind, offices.get(e.peer_device_id, ""),
                          e.bundle_seq, e.at, e.status, e.reason, e.event_count,
                          carried.get(e.bundle_id, 0)) for e in entries]


def case_bundles(uow: UnitOfWork, case_id: str) -> list[CaseBundleView]:
    """The outgoing bundles that carried a case, newest first, with how its identity went."""
    with uow:
        offices = {p.device_id: p.office_name for p in uow.sync.peers()}
        out = []
        for entry in uow.identities.bundles_with_case(case_id):
            modes = dict(uow.identities.identities_in(entry.bundle_id))
            out.append(CaseBundleView(entry.bundle_id, entry.kind, entry.at, entry.status,
                                      offices.get(entry.peer_device_id, ""),
                                      modes.get(case_id, "")))
    return out


def bundle_cases(uow: UnitOfWork, bundle_id: str) -> list[BundleCaseView]:
    with uow:
        rows = uow.identities.identities_in(bundle_id)
        numbers = {}
        for case_id, _ in rows:
            header = uow.casework.header(case_id)
            numbers[case_id] = header.case_number if header is not None else ""
    return sorted((BundleCaseView(case_id, numbers[case_id], mode) for case_id, mode in rows),
                  key=lambda v: v.case_number)


def summary(bundle: VerifiedBundle, sender_office: str) -> BundleSummary:
    m = bundle.manifest
    cp = bundle.checkpoint
    return BundleSummary(
        kind=m.kind, bundle_id=m.bundle_id, sender_office=sender_office,
        sender_device=m.sender.device_id, bundle_seq=m.bundle_seq, first_seq=m.device_seq[0],
        last_seq=m.device_seq[1], events=bundle.counts.get("events", 0), created_at=m.created_at,
        format_version=1, checkpoint_seq=int(cp["seq"]) if cp else None,
        recipients=m.recipients)

