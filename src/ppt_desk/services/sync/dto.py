"""What the sync use cases hand the GUI and the command line (no personal data but case numbers)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ...domain.errors import DomainError


@dataclass(frozen=True)
class CardView:
    """A device card as read from a file or made for this device."""

    role: str
    device_id: str
    office_name: str
    province_code: str
    regency_code: str
    device_code: str
    fingerprint: str          # "7KQF-2M9X-4TRA-8WZC": read aloud by phone before trusting


@dataclass(frozen=True)
class PeerView:
    device_id: str
    role: str
    office_name: str
    device_code: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None = None
    revoke_reason: str = ""

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class ExportPlan:
    """What "Kirim ke Provinsi" would send now."""

    events: int
    cases_with_identity: int
    cases_pseudonymised: int
    recipient_office: str            # "" when no secretariat is enrolled
    problem: str = ""                # a refusal code when nothing can be sent


class ExportCancelled(DomainError):
    """Raise it from an export's progress callback to stop; nothing is left behind (no file on
    the stick or here, nothing marked in the store). A refusal the user asked for, so a
    ``DomainError`` (code ``export_cancelled``), not a failure."""

    def __init__(self) -> None:
        super().__init__("export_cancelled")


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    file_name: str
    size: int
    events: int
    cases_with_identity: int
    cases_pseudonymised: int


@dataclass(frozen=True)
class ImportResult:
    outcome: str                     # applied | replay | rejected
    kind: str = ""
    reason: str = ""                 # the refusal code when rejected; notes otherwise
    sender_office: str = ""
    events_applied: int = 0
    events_held: int = 0
    conflicts: int = 0
    acknowledged: int = 0
    notes: tuple[str, ...] = ()      # e.g. "gap": bundles between were never seen here
    reference_version: int = 0       # kind reference: the version applied (events_applied
                                     # counts its directory entries)


@dataclass(frozen=True)
class BundleLogView:
    bundle_id: str
    direction: str                   # IN | OUT
    kind: str
    peer_office: str
    bundle_seq: int
    at: datetime
    status: str
    reason: str
    events: int
    identities: int                  # cases whose identity the bundle carried


@dataclass(frozen=True)
class BundleCaseView:
    """One case a bundle carried: the answer to "which records were on that stick?"."""

    case_id: str
    case_number: str
    mode: str                        # IDENTITAS | PSEUDONIM


@dataclass(frozen=True)
class CaseBundleView:
    """One outgoing bundle that carried a given case (the question asked the other way round:
    was this victim's record on a stick, and with her identity?)."""

    bundle_id: str
    kind: str
    at: datetime
    status: str
    peer_office: str
    mode: str                        # IDENTITAS | PSEUDONIM


@dataclass(frozen=True)
class BundleSummary:
    """``bundle inspect``: the verified manifest, no personal data."""

    kind: str
    bundle_id: str
    sender_office: str
    sender_device: str
    bundle_seq: int
    first_seq: int
    last_seq: int
    events: int
    created_at: str
    format_version: int
    checkpoint_seq: int | None = None
    recipients: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ConflictView:
    """An open conflict item as a person reads it (``services/sync/conflicts.py``): the local
    value stays in force until a supervisor chooses. Values the user may not see read
    "(dibatasi)" and ``restricted`` is set."""

    id: int
    case_id: str                     # "" when the item is about no case (directory, settings)
    case_number: str
    entity: str                      # table, e.g. case_record
    field: str                       # column, or "*" for a whole entry
    subject: str                     # "Berkas kasus", a record's form name, "Data pribadi"…
    field_label: str                 # "Catatan kasus", the form fields that differ…
    local_text: str                  # the value here (in force)
    incoming_text: str               # the value that came in
    origin_office: str               # the office it came from ("" when not enrolled here)
    origin_device: str               # that device's code (or the start of its id)
    opened_at: datetime
    status: str                      # OPEN | DECIDED
    restricted: bool = False         # values hidden from this user (a grant is missing)
    whole_row: bool = False          # a deleted entry, or an edit of one not here
    held_by: str = ""                # the office owning the case when this device does not:
                                     # only the owner decides ("" here, or no case)

    @property
    def what(self) -> str:
        return f"{self.subject} · {self.field_label}" if self.field_label else self.subject


@dataclass(frozen=True)
class BundlePeek:
    """A bundle's sender and place in its chain as its manifest says, unverified: for putting
    a stick's files in order before each is imported (and checked in full)."""

    sender_device: str
    bundle_seq: int
    kind: str
