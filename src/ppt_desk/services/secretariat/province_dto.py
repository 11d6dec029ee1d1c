"""What the secretariat's own screens show: the device dashboard ("Perangkat"), the cases in
flight between two PPTs, and the provincial register (``dashboard.py``, ``register.py``).

No personal data here except in ``RegisterRow`` (a case list row, shown only to a role that
reads the register): the dashboard and the transfers carry case numbers, offices and counts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..dto import CaseRow


@dataclass(frozen=True)
class QuarantinedFile:
    """A file the import refused and kept in quarantine (``reason``: the refusal code)."""

    at: datetime
    reason: str
    file_name: str
    kind: str
    bundle_seq: int


@dataclass(frozen=True)
class DeviceStatus:
    """One PPT device as the secretariat sees it."""

    device_id: str
    office_id: str
    office_name: str
    device_code: str
    region_code: str
    region_name: str
    revoked: bool
    # bundles received (APPLIED or HELD)
    bundles_received: int
    last_bundle_seq: int
    last_bundle_at: datetime | None
    # its event sequence here
    applied_upto: int             # every event 1..applied_upto received in order: applied,
                                  # or parked (see ``parked``); none of them is missing
    held: int                     # events held back behind a gap
    gap_from: int                 # first missing event (0: no gap)
    gap_to: int                   # last missing event before the first held one
    forks: int                    # refusals that say the device was copied or rolled back
    quarantined: tuple[QuarantinedFile, ...]
    # its cases here (owned by this device)
    cases: int
    pseudonymised: int            # cases whose person holds a pseudonym (PSN-…)
    conflicts_open: int           # open conflict items from its events
    transfers_waiting: int        # cases moved to it that it has not reported back
    # the next receipt
    last_receipt_at: datetime | None
    events_since_receipt: int     # events received since the last receipt written for it
    bundles_since_receipt: int
    # received and kept, waiting for rows another PPT's events bring (a case transferred to
    # it whose sender's bundle is not here yet; ADR 0014 update): counted in applied_upto,
    # not missing; written here by themselves once the other PPT's bundle is imported
    parked: int = 0
    office_code: str = ""         # the PPT's own code: its case-number prefix (e.g. KPG);
                                  # device_code is the laptop's letter within it ("A")

    @property
    def identities(self) -> int:
        return self.cases - self.pseudonymised

    @property
    def receipt_due(self) -> bool:
        return self.bundles_since_receipt > 0


@dataclass(frozen=True)
class Dashboard:
    devices: tuple[DeviceStatus, ...]
    unknown_files: tuple[QuarantinedFile, ...]   # refused before a sender could be known
    conflicts_open: int                          # all open items (also those of no device)


@dataclass(frozen=True)
class TransferInFlight:
    """A case whose ownership moved to a PPT that has not yet reported it back."""

    case_id: str
    case_number: str
    from_device: str
    from_office: str
    to_device: str
    to_office: str
    epoch: int
    known_since: datetime | None     # when the secretariat received the move
    days_waiting: int | None
    # the receiving device is revoked here: it will never report the case; the sending PPT
    # takes it back (after revoking the device on its own list; services/sync/transfer_back)
    to_revoked: bool = False


@dataclass(frozen=True)
class TransferReturned:
    """A case its sending PPT took back because the device it was moved to was revoked
    (lost, most often before the case reached it): the case is the sender's again
    (``office``)."""

    case_id: str
    case_number: str
    device: str                      # the device that holds it again (it had sent it)
    office: str
    epoch: int
    known_since: datetime | None     # when the secretariat received the take-back


@dataclass(frozen=True)
class WaitingBundle:
    """A transfer bundle held at the secretariat, unopened (``routing.py``), waiting to be
    carried on to its PPT: only the device it is for is known."""

    to_device: str
    to_office: str
    at: datetime | None          # when the secretariat took it from a stick
    file_name: str
    to_revoked: bool = False     # for a device revoked since: it will never be carried on


@dataclass(frozen=True)
class Transfers:
    in_flight: tuple[TransferInFlight, ...]
    waiting: tuple[WaitingBundle, ...]
    returned: tuple[TransferReturned, ...] = ()    # taken back by their sender, newest first


@dataclass(frozen=True)
class OfficeChoice:
    """A PPT the register can be filtered by (its devices own its cases)."""

    office_id: str
    name: str
    device_ids: tuple[str, ...]


@dataclass(frozen=True)
class RegisterRow:
    row: CaseRow
    office_name: str                 # the PPT that holds the case now
    pseudonymised: bool


@dataclass(frozen=True)
class RegisterPage:
    rows: tuple[RegisterRow, ...]
    total: int
    offset: int
    total_is_lower_bound: bool = False


def days_between(start: datetime | None, today: date) -> int | None:
    return None if start is None else max(0, (today - start.date()).days)
