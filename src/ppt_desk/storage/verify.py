"""``ppt-desk verify``: page integrity, the audit chain and the outbox sequence."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DatabaseError

from .changes import AUDIT_FIELDS, GENESIS, audit_hash
from .schema import AuditEntry, DeviceState, OutboxEvent


@dataclass(frozen=True)
class Problem:
    check: str       # integrity | cipher | audit | outbox
    code: str        # e.g. audit_hash_mismatch
    where: str       # first bad entry or page
    detail: str = ""


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[Problem, ...]
    audit_entries: int
    outbox_events: int

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def check_audit_chain(conn, device_id: str, head_seq: int, head_hash: str) -> tuple[list[Problem], int]:
    problems: list[Problem] = []
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    cols = [getattr(AuditEntry, f) for f in AUDIT_FIELDS]
    for row in conn.execute(select(*cols, AuditEntry.prev_hash, AuditEntry.hash)
                            .order_by(AuditEntry.seq)):
        count += 1
        entry = dict(zip(AUDIT_FIELDS, row[: len(AUDIT_FIELDS)]))
        stored_prev, stored_hash = row[-2], row[-1]
        if entry["seq"] != expected_seq:
            code = "audit_gap" if entry["seq"] > expected_seq else "audit_duplicate"
            problems.append(Problem("audit", code, f"seq {expected_seq}",
                                    f"found seq {entry['seq']}"))
            return problems, count
        if stored_prev != prev_hash:
            problems.append(Problem("audit", "audit_link_broken", f"seq {entry['seq']}"))
            return problems, count
        if audit_hash(prev_hash, entry) != stored_hash:
            problems.append(Problem("audit", "audit_hash_mismatch", f"seq {entry['seq']}"))
            return problems, count
        prev_hash = stored_hash
        expected_seq += 1
    last = expected_seq - 1
    if last < head_seq:
        problems.append(Problem("audit", "audit_truncated", f"seq {expected_seq}",
                                f"chain ends at {last}, head says {head_seq}"))
    elif last > head_seq:  # entries appended without moving the head
        problems.append(Problem("audit", "audit_beyond_head", f"seq {head_seq + 1}",
                                f"chain ends at {last}, head says {head_seq}"))
    elif prev_hash != head_hash:  # the last entry was rewritten with a recomputed hash
        problems.append(Problem("audit", "audit_head_mismatch", f"seq {head_seq}",
                                "last entry's hash differs from the recorded head"))
    return problems, count


def check_outbox(conn, device_id: str, next_seq: int) -> tuple[list[Problem], int]:
    seqs = conn.execute(select(OutboxEvent.device_seq).where(OutboxEvent.device_id == device_id)
                        .order_by(OutboxEvent.device_seq)).scalars().all()
    for expected, seq in enumerate(seqs, start=1):
        if seq != expected:
            return [Problem("outbox", "outbox_gap", f"device_seq {expected}",
                            f"found {seq}")], len(seqs)
    if len(seqs) < next_seq - 1:
        return [Problem("outbox", "outbox_truncated", f"device_seq {len(seqs) + 1}")], len(seqs)
    if len(seqs) > next_seq - 1:  # events added without moving the device's counter
        return [Problem("outbox", "outbox_beyond_head", f"device_seq {next_seq}")], len(seqs)
    return [], len(seqs)


def _unreadable(exc: DatabaseError) -> str:
    return str(exc.orig)[:200]


class _DeviceStateMissing(Exception):
    """The row holding the chain's head and the outbox counter is gone."""


def verify(engine: Engine) -> VerifyReport:
    """Run every check and report problems, even on a damaged file (never raise for damage).

    SQLCipher's page check runs first, and the full ``integrity_check`` last: once a read hits
    a page whose HMAC fails, the connection refuses further reads.
    """
    integrity: list[Problem] = []
    cipher: list[Problem] = []
    chain: list[Problem] = []
    audit_count = outbox_count = 0
    with engine.connect() as conn:
        try:
            failed = conn.execute(text("PRAGMA cipher_integrity_check")).scalars().all()
            if failed:
                cipher.append(Problem("cipher", "page_hmac_failed", str(failed[0])[:200]))
        except DatabaseError as exc:
            cipher.append(Problem("cipher", "page_hmac_failed", _unreadable(exc)))
        try:
            state = conn.execute(select(DeviceState)).first()
            if state is None:
                raise _DeviceStateMissing
            audit_problems, audit_count = check_audit_chain(
                conn, state.device_id, state.audit_seq, state.audit_hash)
            outbox_problems, outbox_count = check_outbox(conn, state.device_id, state.next_seq)
            chain = audit_problems + outbox_problems
        except DatabaseError as exc:
            chain = [Problem("audit", "audit_unreadable", "", _unreadable(exc))]
        except _DeviceStateMissing:
            chain = [Problem("audit", "device_state_missing", "device_state")]
        try:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                integrity.append(Problem("integrity", "integrity_failed", result[0][:200]))
        except DatabaseError as exc:
            integrity.append(Problem("integrity", "integrity_failed", _unreadable(exc)))
    return VerifyReport(tuple(cipher + integrity + chain), audit_count, outbox_count)
