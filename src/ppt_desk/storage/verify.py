"""``ppt-desk verify``: page integrity, the audit chain, the outbox sequence, every tracked
row against the digest bound into its latest audit entry, and the signed checkpoint kept
outside the database. Reads only: it never writes.

On a PostgreSQL store there are no encrypted pages to check (the server keeps its own pages;
its data checksums and the disk's encryption are the office's, docs/postgresql.md). There the
page checks are replaced by: every table can be read, and every foreign key holds (a row
changed with SQL past a deferred check). The chain, outbox, row and checkpoint checks are the
same, on the same digests: each value is read in the form SQLite stores it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select, text
from sqlalchemy.exc import DatabaseError

from ..security.signing import SignatureError, public_key
from .changes import AUDIT_FIELDS, GENESIS, audit_hash, hashed_entry
from .dialect import foreign_key_problems, is_postgres, list_tables, stored_form
from .digests import GONE, stored_row_digest, tracked_tables
from .checkpoint import CheckpointError, entry_hash, read_checkpoint
from .schema import AuditEntry, Base, DeviceState, OutboxEvent

# Audit actions that change a row (an entry of another action binds a row only when it
# carries a digest: ``bind``, bundle import).
CHANGE_ACTIONS = ("create", "update", "delete")
MAX_ROW_PROBLEMS = 1_000  # listed one by one; further ones are counted in one more problem


@dataclass(frozen=True)
class Problem:
    check: str       # integrity | cipher | audit | outbox | checkpoint | rows
    code: str        # e.g. audit_hash_mismatch, row_changed_outside_app
    where: str       # first bad entry or page; for rows "<table> <id>"
    detail: str = ""


@dataclass(frozen=True)
class VerifyReport:
    problems: tuple[Problem, ...]
    audit_entries: int
    outbox_events: int
    rows_checked: int = 0        # tracked rows compared with their digest
    rows_unbound: int = 0        # rows whose latest entry has no digest (written before 0007)
    checkpoint_seq: int | None = None  # the kept checkpoint's seq (None: no file)

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
    for row in conn.execute(select(*cols, AuditEntry.row_digest, AuditEntry.prev_hash,
                                   AuditEntry.hash).order_by(AuditEntry.seq)):
        count += 1
        entry = hashed_entry(dict(zip(AUDIT_FIELDS, row[: len(AUDIT_FIELDS)])), row[-3])
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


# The latest entry of a row that says what the row is: a digest, GONE, or "" (no digest).
_SAID = f"CASE WHEN a.action = 'delete' THEN '{GONE}' ELSE coalesce(a.row_digest, '') END"
_RELEVANT = (f"(a.action IN ({', '.join(repr(a) for a in CHANGE_ACTIONS)})"
             " OR a.row_digest IS NOT NULL)")


def _table_rows(conn, name: str, table: Table, counts: dict[str, int]):
    """Problems of one tracked table: each row against its latest entry, then the rows the
    chain has that the table lacks. Raw values, streamed: one row in memory at a time."""
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(stored_form(conn, c, "t.") for c in table.columns)
    at_id = [c.name for c in table.columns].index("id")
    mark = "%s" if is_postgres(conn) else "?"
    # The driver's own cursor: raw values, no result processing, stepped one row at a time.
    rows = conn.connection.driver_connection.execute(
        f"SELECT {columns}, (SELECT {_SAID} FROM audit_entry a WHERE a.entity = {mark}"
        f" AND a.entity_id = t.id AND {_RELEVANT} ORDER BY a.seq DESC LIMIT 1)"
        f" FROM {quote(name)} t", (name,))
    for row in rows:
        counts["checked"] += 1
        bound = row[-1]
        where = f"{name} {row[at_id]}"
        if bound is None or bound == GONE:
            yield Problem("rows", "row_added_outside_app", where,
                          "no audit entry" if bound is None else "deleted in the audit chain")
        elif bound == "":
            counts["unbound"] += 1
        elif bound != stored_row_digest(table, row[:-1]):
            yield Problem("rows", "row_changed_outside_app", where)
    missing = (f"FROM audit_entry a WHERE a.entity = {mark} AND {_RELEVANT} AND NOT EXISTS"
               f" (SELECT 1 FROM {quote(name)} t WHERE t.id = a.entity_id)")
    if is_postgres(conn):  # the latest entry of each id: DISTINCT ON (SQLite: bare max())
        sql = (f"SELECT DISTINCT ON (a.entity_id) a.entity_id, {_SAID}, a.seq {missing}"
               " ORDER BY a.entity_id, a.seq DESC")
    else:
        sql = (f"SELECT a.entity_id, {_SAID}, max(a.seq) {missing}"
               " GROUP BY a.entity_id ORDER BY a.entity_id")
    gone = conn.exec_driver_sql(sql, (name,))
    for entity_id, bound, _ in gone:
        if bound == "":
            counts["unbound"] += 1
        elif bound != GONE:
            yield Problem("rows", "row_deleted_outside_app", f"{name} {entity_id}")


def check_rows(conn) -> tuple[list[Problem], int, int]:
    """Every current tracked row against the digest of its latest audit entry (T15).

    Returns (problems, rows checked, rows unbound). Rows whose latest entry has no digest
    (written before 0007 and not bound since) are counted, not reported.
    """
    problems: list[Problem] = []
    counts = {"checked": 0, "unbound": 0}
    more = 0
    for name, table in sorted(tracked_tables().items()):
        for problem in _table_rows(conn, name, table, counts):
            if len(problems) < MAX_ROW_PROBLEMS:
                problems.append(problem)
            else:
                more += 1
    if more:
        problems.append(Problem("rows", "more_rows_outside_app", "", f"{more} more"))
    return problems, counts["checked"], counts["unbound"]


def check_checkpoint(conn, state: Any, path: Path | None) -> tuple[list[Problem], int | None]:
    """The signed checkpoint kept outside the database against the chain (T8)."""
    if path is None:
        return [], None
    try:
        kept = read_checkpoint(path)
    except CheckpointError as exc:
        return [Problem("checkpoint", "checkpoint_unreadable", path.name, exc.code)], None
    if kept is None:
        return [], None
    cp = kept.checkpoint
    try:
        valid = kept.valid(public_key(bytes(state.signing_key)))
    except SignatureError:  # the device's own key is damaged
        valid = False
    if not valid:
        return [Problem("checkpoint", "checkpoint_signature_bad", path.name)], None
    if cp.device_id != state.device_id:
        return [Problem("checkpoint", "checkpoint_other_device", path.name)], cp.seq
    if state.audit_seq < cp.seq:
        return [Problem("checkpoint", "database_older_than_checkpoint", f"seq {state.audit_seq}",
                        f"the checkpoint kept outside the database is at seq {cp.seq}")], cp.seq
    if entry_hash(conn, cp.seq) != cp.head_hash:
        return [Problem("checkpoint", "chain_diverged", f"seq {cp.seq}",
                        "the audit entry differs from the checkpoint kept outside the database"
                        )], cp.seq
    return [], cp.seq


def _unreadable(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc))[:200]


def check_store(conn) -> list[Problem]:
    """PostgreSQL, in place of the page checks: each table is readable and its foreign keys
    hold. Each table in its own savepoint: one failure leaves the others checkable."""
    problems: list[Problem] = []
    for name in list_tables(conn):
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(
                    f"SELECT count(*) FROM {conn.dialect.identifier_preparer.quote(name)}")
                if name in Base.metadata.tables and foreign_key_problems(conn, name):
                    problems.append(Problem("integrity", "foreign_key_broken", name))
        except DatabaseError as exc:
            problems.append(Problem("integrity", "table_unreadable", name, _unreadable(exc)))
    return problems


class _DeviceStateMissing(Exception):
    """The row holding the chain's head and the outbox counter is gone."""


def verify(engine: Engine, checkpoint: Path | None = None) -> VerifyReport:
    """Run every check and report problems, even on a damaged file (never raise for damage).

    SQLCipher's page check runs first, and the full ``integrity_check`` last: once a read hits
    a page whose HMAC fails, the connection refuses further reads. ``checkpoint``: the signed
    checkpoint file kept beside the database (``checkpoint.CHECKPOINT_FILE``), if any.
    """
    integrity: list[Problem] = []
    cipher: list[Problem] = []
    chain: list[Problem] = []
    kept: list[Problem] = []
    rows: list[Problem] = []
    audit_count = outbox_count = checked = unbound = 0
    kept_seq = None
    with engine.connect() as conn:
        if is_postgres(conn):
            return _verify_postgres(conn, checkpoint)
        try:
            failed = conn.execute(text("PRAGMA cipher_integrity_check")).scalars().all()
            if failed:
                cipher.append(Problem("cipher", "page_hmac_failed", str(failed[0])[:200]))
        except DatabaseError as exc:
            cipher.append(Problem("cipher", "page_hmac_failed", _unreadable(exc)))
        chain, kept, audit_count, outbox_count, kept_seq = _chain_checks(conn, checkpoint)
        rows, checked, unbound = _row_checks(conn)
        try:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                integrity.append(Problem("integrity", "integrity_failed", result[0][:200]))
        except DatabaseError as exc:
            integrity.append(Problem("integrity", "integrity_failed", _unreadable(exc)))
    return VerifyReport(tuple(cipher + integrity + chain + kept + rows), audit_count,
                        outbox_count, checked, unbound, kept_seq)


def _chain_checks(conn, checkpoint: Path | None):
    kept: list[Problem] = []
    audit_count = outbox_count = 0
    kept_seq = None
    try:
        state = conn.execute(select(DeviceState)).first()
        if state is None:
            raise _DeviceStateMissing
        audit_problems, audit_count = check_audit_chain(
            conn, state.device_id, state.audit_seq, state.audit_hash)
        outbox_problems, outbox_count = check_outbox(conn, state.device_id, state.next_seq)
        chain = audit_problems + outbox_problems
        kept, kept_seq = check_checkpoint(conn, state, checkpoint)
    except DatabaseError as exc:
        chain = [Problem("audit", "audit_unreadable", "", _unreadable(exc))]
    except _DeviceStateMissing:
        chain = [Problem("audit", "device_state_missing", "device_state")]
    return chain, kept, audit_count, outbox_count, kept_seq


def _row_checks(conn) -> tuple[list[Problem], int, int]:
    try:
        return check_rows(conn)
    except (DatabaseError, conn.dialect.dbapi.DatabaseError) as exc:  # raw cursor: the driver's
        return [Problem("rows", "rows_unreadable", "", _unreadable(exc))], 0, 0


def _verify_postgres(conn, checkpoint: Path | None) -> VerifyReport:
    """The same report on a PostgreSQL store; ``check_store`` in place of the page checks.
    A failed statement ends a PostgreSQL transaction: each group runs in a savepoint that is
    rolled back when it failed, so the next group still runs."""
    integrity = check_store(conn)
    savepoint = conn.begin_nested()
    chain, kept, audit_count, outbox_count, kept_seq = _chain_checks(conn, checkpoint)
    savepoint.rollback()   # reads only: nothing to keep, and a failed read is forgotten
    savepoint = conn.begin_nested()
    rows, checked, unbound = _row_checks(conn)
    savepoint.rollback()
    return VerifyReport(tuple(integrity + chain + kept + rows), audit_count, outbox_count,
                        checked, unbound, kept_seq)
