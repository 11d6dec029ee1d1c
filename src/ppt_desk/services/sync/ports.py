"""The storage side of sync as the sync use cases see it (``uow.sync``).

``SyncRepository`` is implemented by ``storage/sync_repo.py`` (``SqlSyncRepository``). The
values it takes and hands back are the frozen dataclasses below; an event is a plain dict,
exactly an outbox row as it travels (``EVENT_KEYS``; ``created_at`` an ISO string).

Every write that is not a tracked row audits itself (an audit-only action in the chain):
enrolling and revoking a peer, setting the age identity, recording a bundle, opening and
deciding a conflict. Case ownership is a tracked change of ``case_file`` (event + audit).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from ...domain.sync import merge

if TYPE_CHECKING:  # services/ports.py imports this module: no import back at run time
    from ..ports import ConsentRow

# The keys of an event as it is exported and applied: ``domain.sync.merge.EVENT_KEYS``.
EVENT_KEYS = merge.EVENT_KEYS

# Roles of an enrolled peer device.
PPT = "PPT"
SEKRETARIAT = "SEKRETARIAT"
# Bundle log
IN, OUT = "IN", "OUT"
SENT, APPLIED, HELD, QUARANTINED, REPLAY = "SENT", "APPLIED", "HELD", "QUARANTINED", "REPLAY"
# Identity of a case in an outgoing bundle
IDENTITAS, PSEUDONIM = "IDENTITAS", "PSEUDONIM"
# Conflicts
OPEN, DECIDED = "OPEN", "DECIDED"
LOCAL, INCOMING = "LOCAL", "INCOMING"
WHOLE_ROW = "*"  # the ``field`` of a conflict about a whole row (a delete, a missing row)


@dataclass(frozen=True)
class OwnDevice:
    """This device: identity, keys and the heads of its chains."""

    device_id: str
    signing_key: bytes            # raw Ed25519 private key
    age_identity: str | None      # "AGE-SECRET-KEY-1..."; None until first needed
    device_code: str
    event_seq: int                # highest device_seq this device gave (0: none yet)
    bundle_seq: int               # sequence of the last bundle it sent (0: none yet)
    last_bundle_hash: str         # hash of that bundle ("0" * 64 before the first)
    audit_seq: int
    audit_hash: str


@dataclass(frozen=True)
class PeerDevice:
    """An enrolled device (another PPT, the secretariat's operational or backup key)."""

    device_id: str
    role: str                     # PPT | SEKRETARIAT
    office_id: str
    office_name: str
    province_code: str
    regency_code: str
    device_code: str
    signing_key: bytes            # raw Ed25519 public key
    age_recipients: tuple[str, ...]   # "age1..." strings bundles to it are encrypted to
    fingerprint: str
    enrolled_at: datetime
    enrolled_by: str | None
    revoked_at: datetime | None = None
    revoked_by: str | None = None
    revoke_reason: str = ""

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class BundleEntry:
    """One line of the bundle log: a bundle written, or a file imported (or refused)."""

    direction: str                # IN | OUT
    kind: str                     # events | receipt | transfer | reference
    status: str                   # SENT | APPLIED | HELD | QUARANTINED | REPLAY
    at: datetime
    bundle_id: str = ""           # "" when the file could not be read far enough to know it
    peer_device_id: str = ""      # sender (IN) or the device it is for (OUT)
    bundle_seq: int = 0
    bundle_hash: str = ""
    prev_bundle_hash: str = ""
    first_seq: int = 0
    last_seq: int = 0
    event_count: int = 0
    file_name: str = ""
    reason: str = ""              # stable reason code (refusals, holds); no personal data
    by_user: str | None = None
    id: int = 0                   # set by storage


@dataclass(frozen=True)
class CasePerson:
    """What export needs to decide a case's identity: its person, and the facts that say
    whether the victim is a child (``services.case_header.child_on``) and who owns it."""

    case_id: str
    person_id: str
    intake_date: date
    birth_date: date | None
    estimated_age: int | None
    owner_device_id: str
    transferred_to: str


@dataclass(frozen=True)
class ReceivedSummary:
    """What this device holds of one origin device's events (for receipts)."""

    device_id: str
    applied_upto: int             # every event 1..applied_upto applied
    held: int                     # events held back behind a gap
    first_held_seq: int = 0


@dataclass(frozen=True)
class PeerCheckpoint:
    """The last signed audit checkpoint accepted from a device."""

    device_id: str
    seq: int
    head_hash: str
    signature: bytes
    at: datetime


@dataclass(frozen=True)
class Conflict:
    """A field (or a whole row, ``field == WHOLE_ROW``) changed here and in an incoming event."""

    id: int
    entity: str
    entity_id: str
    case_id: str | None
    field: str
    local_value: Any
    incoming_value: Any
    origin_device_id: str
    event_id: str
    opened_at: datetime
    status: str = OPEN
    decided_by: str | None = None
    decided_at: datetime | None = None
    chosen: str | None = None


@dataclass(frozen=True)
class Fork:
    """An incoming event whose (device, sequence) is known here with other content."""

    device_id: str
    device_seq: int
    known_hash: str
    incoming_hash: str


@dataclass(frozen=True)
class ApplyOutcome:
    """What applying a bundle's events did. With any ``forks`` (or ``malformed``) the caller
    must roll the transaction back: nothing of the bundle may stay."""

    applied: int = 0              # events applied (including released held ones)
    held: int = 0                 # events held back behind a gap
    replayed: int = 0             # events already here with the same content (no-op)
    merged: int = 0               # updates on an older base merged with local changes
    conflicts: int = 0            # conflict items opened
    released: int = 0             # held events applied because their gap filled
    forks: tuple[Fork, ...] = ()
    malformed: tuple[str, ...] = ()   # event ids that could not be applied (unknown entity...)
    gaps: dict[str, int] = field(default_factory=dict)  # origin -> first missing seq
    cases: frozenset[str] = frozenset()   # cases whose rows changed


class SyncRepository(Protocol):
    """Sync state of this device: keys, peers, outbox shipping, bundle log, received events,
    checkpoints, conflicts and case ownership."""

    # -- this device ---------------------------------------------------------------------------
    def own_device(self) -> OwnDevice: ...

    def set_age_identity(self, identity: str) -> None:
        """Store this device's age secret (only ever inside the encrypted database)."""

    def advance_bundle_chain(self, seq: int, bundle_hash: str) -> None:
        """After writing outgoing bundle ``seq``: it becomes the head of the bundle chain."""

    # -- peers ---------------------------------------------------------------------------------
    def add_peer(self, peer: PeerDevice) -> None:
        """Enrol a device; DomainError('peer_exists') when its id is enrolled already."""

    def peer(self, device_id: str) -> PeerDevice | None: ...

    def peers(self) -> list[PeerDevice]: ...

    def revoke_peer(self, device_id: str, by: str | None, at: datetime, reason: str) -> None: ...

    # -- outbox --------------------------------------------------------------------------------
    def unacked_events(self) -> Iterator[dict[str, Any]]:
        """This device's events not yet acknowledged, by device_seq, streamed (never all
        loaded); each a dict of ``EVENT_KEYS``. Finish (or close) the iterator before
        writing in the same unit of work."""

    def count_unacked(self) -> int: ...

    def mark_shipped(self, first_seq: int, last_seq: int, at: datetime) -> int:
        """Mark this device's unacknowledged events first..last shipped; returns how many."""

    def mark_acked(self, upto_seq: int, at: datetime) -> int:
        """A receipt says the peer holds 1..upto: acknowledge those not yet acknowledged
        (never un-acknowledges); returns how many changed."""

    # -- bundle log ----------------------------------------------------------------------------
    def record_bundle(self, entry: BundleEntry) -> int:
        """Log a bundle (audited as ``bundle_<status>``); returns the log entry's id."""

    def bundles(self, direction: str | None = None) -> list[BundleEntry]:
        """The log, newest first."""

    def last_bundle_from(self, device_id: str) -> tuple[int, str] | None:
        """(bundle_seq, bundle_hash) of the newest bundle accepted from ``device_id``."""

    def bundle_by_hash(self, bundle_hash: str) -> BundleEntry | None:
        """An accepted (APPLIED/HELD/SENT) bundle with this hash, if any: a re-import."""

    def bundle_from(self, device_id: str, bundle_seq: int) -> BundleEntry | None:
        """The bundle number ``bundle_seq`` taken from ``device_id`` (applied, held, or
        recognised as superseded), if any."""

    # -- received events and checkpoints -------------------------------------------------------
    def apply_events(self, events: Iterable[dict[str, Any]], bundle_id: str,
                     foreign_office: bool = False) -> ApplyOutcome:
        """Apply a verified bundle's events (``storage/apply.py``); see ``ApplyOutcome``.
        ``foreign_office``: the sender is another office, whose staff accounts, case shares
        and office settings are received but not written here."""

    def received_summary(self) -> list[ReceivedSummary]:
        """Per origin device: applied up to, held (for receipts and the sync screen)."""

    def peer_checkpoint(self, device_id: str) -> PeerCheckpoint | None: ...

    def store_peer_checkpoint(self, checkpoint: PeerCheckpoint) -> None: ...

    # -- conflicts -----------------------------------------------------------------------------
    def open_conflicts(self) -> list[Conflict]: ...

    def conflict(self, conflict_id: int) -> Conflict | None: ...

    def decide_conflict(self, conflict_id: int, chosen: str, by: str | None,
                        at: datetime) -> str | None:
        """LOCAL or INCOMING: the chosen value is written as a tracked edit (event + audit,
        it travels); returns the conflict's case id."""

    # -- case ownership ------------------------------------------------------------------------
    def owner(self, case_id: str) -> tuple[str, int, str] | None:
        """(owner_device_id, ownership_epoch, transferred_to) of a case; None if unknown."""

    def set_owner(self, case_id: str, device_id: str, epoch: int, transferred_to: str) -> None:
        """A tracked change of the case (it travels); ``transferred_to`` "" = here."""


class IdentityRepository(Protocol):
    """``uow.identities``: what decides whether a case's identity may leave for the province,
    and which cases' identities left in which bundle."""

    # -- what export needs to decide identities ------------------------------------------------
    def case_people(self) -> Iterator[CasePerson]: ...

    def consents_for_purpose(self, purpose: str) -> Iterator["ConsentRow"]:
        """Every consent entry of ``purpose`` (all cases), by case then day given; feed
        them to ``services.consent.consent_record`` and ``domain.consent.consent_decision``."""

    def record_kinds(self) -> dict[str, str]:
        """Casework record id -> its form kind (which of a record's fields are sensitive)."""

    # -- identities that left the device (UU 27/2022: "which records were on that stick?") ---
    def record_identities(self, bundle_id: str, rows: Iterable[tuple[str, str]]) -> None:
        """(case_id, IDENTITAS | PSEUDONIM) of each case in the outgoing bundle."""

    def identities_in(self, bundle_id: str) -> list[tuple[str, str]]: ...

    def cases_sent_only_as_pseudonym(self) -> set[str]:
        """Cases that left in outgoing bundles, always under their pseudonym."""

    def resend_identity(self, case_ids: Iterable[str], fields: Mapping[str, Iterable[str]],
                        record_kinds: Iterable[str]) -> int:
        """Write these fields of this device's own cases again (update events with the same
        values; casework records of ``record_kinds`` resend their payload); rows written."""

    def bundles_with_case(self, case_id: str) -> list[BundleEntry]:
        """Outgoing bundles that carried the case, newest first (with its mode per bundle
        from ``identities_in``)."""
