"""Sync: device cards and enrolment, bundles to and from the stick, the bundle log."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ...atomic import atomic_write
from ...domain.errors import DomainError
from ...domain.sync.card import MAX_CARD_BYTES
from ...domain.sync.errors import BundleFormatError, BundleRejected
from ..case_header import case_header
from ..change_set import ChangeSet
from ..deps import Deps
from ..ports import StoreGate
from ..sync import (
    conflicts, enrolment, export, import_folder, imports, overview, receipts, reference,
    transfer, transfer_back,
)
from ..sync.codec import BundleCodec
from ..sync.dto import (
    BundleCaseView, BundleLogView, BundlePeek, BundleSummary, CardView, CaseBundleView, ConflictView,
    ExportPlan, ExportResult, ImportResult, PeerView,
)
from ..sync.folders import CARD_SUFFIX, SyncFolders
from ..sync.stick import copy_in
from .base import Facade

MAX_REFERENCE_FILE = 16 * 1024 * 1024


def _card_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_CARD_BYTES:
            raise DomainError("card_malformed", detail="too large")
        return path.read_bytes()
    except OSError:
        raise DomainError("file_unreadable") from None


def _reference_items(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_REFERENCE_FILE:
            raise DomainError("reference_invalid", detail="too large")
        return json.loads(path.read_bytes().decode("utf-8"))
    except OSError:
        raise DomainError("file_unreadable") from None
    except ValueError:   # not UTF-8, not JSON
        raise DomainError("reference_invalid", detail="not JSON") from None


class SyncFacade(Facade):
    def __init__(self, gate: StoreGate, deps: Deps, codec: BundleCodec,
                 folders: SyncFolders) -> None:
        super().__init__(gate, deps)
        self._codec = codec
        self.folders = folders

    # -- device cards --------------------------------------------------------------------------
    def own_card(self, backup_recipient: str = "") -> CardView:
        card, _ = enrolment.make_card(self._store().uow(), self._codec, backup_recipient)
        return enrolment.view_of(card, self._codec)

    def write_own_card(self, folder: Path, backup_recipient: str = "") -> Path:
        """This device's card as a file in ``folder`` (a stick, or a folder to e-mail from)."""
        store, actor = self._signed_in()
        enrolment.require_key_keeper(actor)
        card, signature = enrolment.make_card(store.uow(), self._codec, backup_recipient)
        # The id's random tail: two offices set up in the same minute share its head.
        path = folder / f"kartu-perangkat-{card.device_code}-{card.device_id[-12:]}{CARD_SUFFIX}"
        atomic_write(path, card.to_json(signature))
        return path

    def read_card(self, path: Path) -> CardView:
        return enrolment.read_card(_card_bytes(path), self._codec)[1]

    def enrol(self, path: Path, typed_fingerprint: str) -> tuple[ChangeSet, PeerView]:
        store, actor = self._signed_in()
        return enrolment.enrol(store.uow(), actor, self._codec, _card_bytes(path),
                               typed_fingerprint, enrolment.utc_now())

    def devices(self) -> list[PeerView]:
        return enrolment.peers(self._store().uow())

    def revoke(self, device_id: str, reason: str) -> ChangeSet:
        store, actor = self._signed_in()
        return enrolment.revoke(store.uow(), actor, device_id, reason, enrolment.utc_now())

    # -- bundles -------------------------------------------------------------------------------
    def export_plan(self) -> ExportPlan:
        return export.export_plan(self._store().uow(), self.deps)

    def export(self, dest: Path, progress: export.Progress | None = None
               ) -> tuple[ChangeSet, ExportResult]:
        store, actor = self._signed_in()
        result = export.export_to_province(store.uow(), actor, self._codec, self.deps,
                                           self.folders, dest, progress)
        # The head the bundle vouched for is kept beside the database too (T8 locally).
        store.keep_checkpoint()
        return result

    def import_bundle(self, path: Path) -> tuple[ChangeSet, ImportResult]:
        store, actor = self._signed_in()
        return imports.import_bundle(store.uow(), actor, self._codec, self.folders, path,
                                     self.deps.codes)

    def import_many(self, paths: list[Path], progress: import_folder.Progress | None = None
                    ) -> tuple[ChangeSet, list[import_folder.FileResult]]:
        """Everything for this device in ``paths`` (a stick, its return folder, files) in one
        step: a result per file; files for other devices are left untouched (ADR 0018)."""
        store, actor = self._signed_in()
        return import_folder.import_all(store.uow(), actor, self._codec, self.folders, paths,
                                        self.deps.codes, progress)

    def peek(self, path: Path) -> BundlePeek:
        """Sender and bundle number from the manifest alone, unverified: to order files."""
        store, _ = self._signed_in()
        return imports.peek(store.uow(), self._codec, path)

    def inspect(self, path: Path) -> BundleSummary:
        """Check a bundle completely and show its manifest; applies nothing."""
        self.folders.ensure()
        local = copy_in(path, self.folders.incoming, imports.MAX_BUNDLE_BYTES)
        try:
            bundle, peers, _ = imports.open_verified(self._store().uow(), self._codec, local)
        except (BundleFormatError, BundleRejected) as exc:
            raise DomainError("bundle_rejected", reason=exc.code) from None
        finally:
            local.unlink(missing_ok=True)
        peer = peers.get(bundle.manifest.sender.device_id)
        return overview.summary(bundle, peer.office_name if peer else "")

    def write_receipt(self, device_id: str, dest: Path) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return receipts.write_receipt(store.uow(), actor, self._codec, self.folders, device_id,
                                      dest)

    def write_reference(self, device_id: str, items_path: Path, version: int,
                        dest: Path) -> tuple[ChangeSet, str]:
        """The province's directory entries (a JSON list in ``items_path``) as reference
        version ``version`` for the PPT ``device_id``, into ``dest``; returns the file name."""
        store, actor = self._signed_in()
        return reference.write_reference(store.uow(), actor, self._codec, self.deps,
                                         self.folders, device_id, _reference_items(items_path),
                                         version, dest)

    # -- case transfer -------------------------------------------------------------------------
    def transfer_targets(self, case_id: str) -> list[transfer.TransferTarget]:
        """Enrolled PPTs the case could go to, each with the victim's consent's answer."""
        store, actor = self._signed_in()
        return transfer.transfer_targets(store.uow(), actor, self.deps, case_id)

    def transfer_case(self, case_id: str, to_device_id: str, reason: str,
                      dest: Path, via_secretariat: bool = False) -> tuple[ChangeSet, str]:
        """Write the case's transfer bundle into ``dest`` (``via_secretariat``: into its
        routing folder, for the province to carry on); the case then belongs to the
        receiving PPT and the copy here is read-only. Returns the bundle's file name."""
        store, actor = self._signed_in()
        return transfer.transfer_case(store.uow(), actor, self._codec, self.deps, self.folders,
                                      case_id, to_device_id, reason, dest, via_secretariat)

    def take_back(self, case_id: str, reason: str) -> ChangeSet:
        """Take back a case transferred from here to a PPT device since revoked here (lost
        before it imported the case): the case is this device's again, at the next epoch."""
        store, actor = self._signed_in()
        return transfer_back.take_back(store.uow(), actor, case_id, reason)

    def bundles(self) -> list[BundleLogView]:
        return overview.bundle_log(self._store().uow())

    def case_bundles(self, case_id: str) -> list[CaseBundleView]:
        store, actor = self._signed_in()
        uow = store.uow()
        with uow:
            case_header(uow, actor, case_id)   # only who may see the case
        return overview.case_bundles(uow, case_id)

    def bundle_cases(self, bundle_id: str) -> list[BundleCaseView]:
        self._signed_in()[1].require_casework()
        return overview.bundle_cases(self._store().uow(), bundle_id)

    # -- conflicts ("Konflik data") ------------------------------------------------------------
    def conflicts(self, lang: str = "id") -> list[ConflictView]:
        store, actor = self._signed_in()
        return conflicts.conflicts(store.uow(), actor, self.deps, lang)

    def open_conflicts(self) -> int:
        store, actor = self._signed_in()
        return conflicts.open_count(store.uow(), actor)

    def decide_conflict(self, conflict_id: int, chosen: str) -> ChangeSet:
        store, actor = self._signed_in()
        return conflicts.decide(store.uow(), actor, self.deps, conflict_id, chosen)
