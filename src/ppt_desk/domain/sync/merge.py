"""The rules of applying another device's events (pure; storage/apply.py does the writing).

**Sequencing.** Each origin device numbers its events 1, 2, 3, … without gaps. An incoming
event is, against what this device already recorded from that origin:

- ``REPLAY`` – the same (device, seq) with the same content hash: already here, a no-op;
- ``FORK``   – the same (device, seq) with other content: a restored or cloned laptop, the
  whole bundle is refused;
- ``APPLY``  – the next one (applied up to seq - 1);
- ``GAP``    – later than the next one: held back (and reported) until the gap fills.

**Merging.** An update names the version it was made on (its base). When the local row is
still at that version (or behind it) the patch applies. When the row has moved on here since
the base, each field of the patch is compared with what changed here since the base: a field
not touched here merges; a touched field with the same value is no change; a touched field
with another value is a conflict, the local value stays in force and both are kept for a
supervisor. Never by wall-clock time: neither ``created_at`` nor the HLC decides anything.
Fields that only record when a row was saved (``BOOKKEEPING``) never conflict: they follow
the fields that merge. A create of a row that exists already is an update on base 0 (everything here counts as
touched). A delete of a row changed here since its base is a conflict about the whole row.

**Ownership by epoch.** The fields that say who owns a case (``OWNERSHIP``) move together with
its ``ownership_epoch``, which only grows (ADR 0014). An incoming change of them at a higher
epoch than the row holds here applies, whatever changed here; one at a lower epoch is dropped
(neither applied nor a conflict: a later transfer has already decided); at the same epoch the
usual rules apply (sender and receiver write the same values).

**Waiting for a row's history (``must_wait``).** An update made on a version this store has not
reached yet, or of a row never here, was made on rows that came by another road (a case
transfer: the receiver edits rows the sender's events create). It waits, parked, until the
events that bring the row to that version arrive from the other origin, so the order sticks
arrive in does not change the outcome (ADR 0014, update).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# The keys of an event as exported and applied (an outbox row without shipping bookkeeping).
EVENT_KEYS = ("event_id", "device_id", "device_seq", "hlc", "entity", "entity_id", "case_id",
              "op", "base_version", "patch", "author_id", "created_at")
_KEY_SET = frozenset(EVENT_KEYS)
OPS = ("create", "update", "delete")

APPLY, REPLAY, FORK, GAP = "APPLY", "REPLAY", "FORK", "GAP"
# Fields that say when a row was last saved: never a conflict (see ``plan_update``).
BOOKKEEPING = ("updated_at", "updated_on")
# Who owns a case, decided by the epoch (see ``plan_update``).
EPOCH = "ownership_epoch"
OWNERSHIP = ("owner_device_id", EPOCH, "transferred_to")
# How an update/create/delete lands on the local row.
FAST, MERGE, CONFLICT, NOOP, INSERT, DELETE = (
    "FAST", "MERGE", "CONFLICT", "NOOP", "INSERT", "DELETE")


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)     # made once: json.dumps makes one per call


def canonical(obj: Any) -> bytes:
    """The bytes an event is hashed over: sorted keys, no spaces, UTF-8."""
    return _CANONICAL.encode(obj).encode("utf-8")


class CanonicalEvent(dict):  # type: ignore[type-arg]
    """An event parsed from bytes that are exactly ``canonical`` of it (the bundle reader
    checks that), with ``sha256``, the SHA-256 hex of those bytes: when its keys are exactly
    ``EVENT_KEYS`` that is its ``event_hash``, which then need not encode it again. It is not
    to be changed once made (nothing that applies events changes them)."""

    __slots__ = ("sha256",)

    def __init__(self, value: Mapping[str, Any], sha256: str) -> None:
        super().__init__(value)
        self.sha256 = sha256


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the event's canonical form (its ``EVENT_KEYS`` only)."""
    if type(event) is CanonicalEvent and event.keys() == _KEY_SET:
        return event.sha256   # the hash of its canonical bytes, as read
    return hashlib.sha256(canonical({k: event[k] for k in EVENT_KEYS})).hexdigest()


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def event_problem(event: Any, entities: Iterable[str]) -> str | None:
    """Why ``event`` cannot be applied as it stands (a stable code), or None when its shape is
    right: exactly ``EVENT_KEYS``, a known entity, a known op, sequence from 1."""
    if not isinstance(event, Mapping) or event.keys() != _KEY_SET:
        return "event_keys"
    if event["entity"] not in (entities if isinstance(entities, (set, frozenset))
                               else set(entities)):
        return "unknown_entity"
    if event["op"] not in OPS:
        return "unknown_op"
    if not _is_int(event["device_seq"]) or event["device_seq"] < 1:
        return "bad_seq"
    if not _is_int(event["base_version"]) or event["base_version"] < 0:
        return "bad_base_version"
    if not isinstance(event["patch"], Mapping) or "version" in event["patch"]:
        return "bad_patch"
    for key in ("event_id", "device_id", "entity_id", "hlc", "created_at"):
        if not isinstance(event[key], str) or not event[key]:
            return f"bad_{key}"
    if event["op"] == "create" and event["base_version"] != 0:
        return "bad_base_version"
    if event["op"] == "create" and event["patch"].get("id", event["entity_id"]) != \
            event["entity_id"]:
        return "bad_patch"
    return None


def classify(seq: int, incoming_hash: str, applied_upto: int, known_hash: str | None) -> str:
    """APPLY, REPLAY, FORK or GAP for event ``seq`` of an origin whose events 1..applied_upto
    are applied here; ``known_hash`` is the hash recorded here for the same seq (applied or
    held), None when nothing is."""
    if known_hash is not None:
        return REPLAY if known_hash == incoming_hash else FORK
    if seq <= applied_upto:
        return FORK  # applied here once, yet nothing recorded to prove it was this content
    return APPLY if seq == applied_upto + 1 else GAP


def releasable(applied_upto: int, held: Iterable[int]) -> list[int]:
    """The held sequence numbers that now follow without a gap, in order."""
    pending = set(held)
    out: list[int] = []
    nxt = applied_upto + 1
    while nxt in pending:
        out.append(nxt)
        nxt += 1
    return out


@dataclass(frozen=True)
class MergePlan:
    """How an incoming patch lands on the local row."""

    kind: str                                   # FAST | MERGE | CONFLICT | NOOP
    apply: dict[str, Any] = field(default_factory=dict)        # fields to write
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field: (local, in)
    unchanged: frozenset[str] = frozenset()     # touched on both sides to the same value


def _later(a: Any, b: Any) -> Any:
    """The later of two ISO 8601 timestamps of one form (a missing one loses)."""
    if not isinstance(a, str):
        return b
    if not isinstance(b, str):
        return a
    return max(a, b)


def plan_update(patch: Mapping[str, Any], local: Mapping[str, Any], local_version: int,
                base_version: int, touched: Iterable[str],
                bookkeeping: Iterable[str] = BOOKKEEPING) -> MergePlan:
    """``local`` holds the row's current values in the patch's (JSON) form; ``touched`` the
    fields changed here since ``base_version`` (ignored when the row has not moved on).

    ``bookkeeping`` fields (when a row was last saved) change with every edit, so they never
    conflict: they go along with the fields that merge, as the later of the two times (a
    record of when, not a choice between two edits), and alone they change nothing."""
    if local_version <= base_version:
        return MergePlan(FAST, dict(patch))
    touched_here, stamps = set(touched), set(bookkeeping)
    patch, ranked = _by_epoch(patch, local)
    touched_here -= ranked
    apply: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any]] = {}
    unchanged: set[str] = set()
    for name, incoming in patch.items():
        if name in stamps:
            continue
        if name not in touched_here:
            apply[name] = incoming
        elif local.get(name) == incoming:
            unchanged.add(name)
        else:
            conflicts[name] = (local.get(name), incoming)
    if apply:
        for name in stamps & set(patch):
            value = patch[name] if name not in touched_here else _later(local.get(name),
                                                                        patch[name])
            if value != local.get(name):
                apply[name] = value
    if conflicts:
        kind = CONFLICT
    elif apply:
        kind = MERGE
    else:
        kind = NOOP
    return MergePlan(kind, apply, conflicts, frozenset(unchanged))


def _by_epoch(patch: Mapping[str, Any], local: Mapping[str, Any]
              ) -> tuple[Mapping[str, Any], set[str]]:
    """The patch with its ownership fields dropped when its epoch is below the row's here, and
    the ownership fields that win without a conflict (its epoch is above the row's)."""
    incoming, held = patch.get(EPOCH), local.get(EPOCH)
    if not _is_int(incoming) or not _is_int(held) or incoming == held:
        return patch, set()
    if incoming < held:
        return {k: v for k, v in patch.items() if k not in OWNERSHIP}, set()
    return patch, set(OWNERSHIP) & set(patch)


def plan_create(patch: Mapping[str, Any], local: Mapping[str, Any] | None,
                local_version: int) -> MergePlan:
    """A create: INSERT when the row is not here; else an update on base 0 with every field
    counted as changed here (equal values are no change, other values conflicts)."""
    if local is None:
        return MergePlan(INSERT, dict(patch))
    return plan_update(patch, local, max(local_version, 1), 0, patch.keys())


def plan_delete(exists: bool, local_version: int, base_version: int,
                touched: Iterable[str]) -> str:
    """NOOP (already gone), DELETE, or CONFLICT when the row changed here since the base."""
    if not exists:
        return NOOP
    if local_version <= base_version or not set(touched):
        return DELETE
    return CONFLICT


def must_wait(op: str, local_version: int | None, base_version: int, was_here: bool) -> bool:
    """Whether an update or delete made on ``base_version`` waits for other events first:
    the row is here at a lower version, or is not here and never was (``was_here``: a row
    deleted here is a conflict, not a wait). ``local_version`` None: no row here."""
    if op == "create" or base_version == 0:
        return False
    if local_version is None:
        return not was_here
    return local_version < base_version
