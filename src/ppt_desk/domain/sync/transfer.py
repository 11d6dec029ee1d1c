"""What a transfer bundle carries, strictly read: a case moving to another PPT with its history.

A transfer bundle (manifest kind ``transfer``) names in its manifest body only what is not
personal data: the case id, the receiving device and the new ownership epoch
(``{"case_id", "to_device_id", "epoch"}``). Its EVENT section does **not** hold outbox events:
it holds the case as it stands, one record per item, of two shapes:

- a row: ``{"item": "row", "entity": <table>, "values": {column: JSON value, ...}}`` with
  every column of the row, ``id`` and ``version`` included (the receiver keeps the version,
  so the province sees the same row at the same version from either PPT);
- a history entry: ``{"item": "history", "at", "entity", "op", "fields", "author", "office",
  "subject", "note"}`` — one line of the case's timeline as the sender held it (the sender's
  own events and the history an earlier transfer brought), with the office it was written in.

Because these are not events, the receiver's apply engine never sees them: nothing is
sequenced, gap-checked or held, and the sender's event numbering (``device_seq``) is not
touched: the manifest's device sequence range is ``(0, 0)``. Rows come first, in an order in
which each row's references are already there (``ROW_ORDER``), then the history.

Pure: the standard library only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import BundleFormatError

MALFORMED = "malformed"
ROW, HISTORY = "row", "history"
OP_TRANSFER = "transfer"      # the history entry of a transfer itself

# The tables a transfer carries, in an order that inserts referenced rows first. Staff
# accounts and case shares stay at the sending office (who may open the case is the
# receiver's business); the caseworker reference is sent empty.
ROW_ORDER = ("office", "person", "case_file", "group_session", "case_record", "stage_change",
             "consent", "group_participant")
# Rows that belong to the case alone (a case id column naming it, or the case itself); the
# others (office, person, group_session) may be shared with cases that do not move.
CASE_ROWS = frozenset({"case_file", "case_record", "stage_change", "consent",
                       "group_participant"})
_HISTORY_KEYS = ("item", "at", "entity", "op", "fields", "author", "office", "subject", "note")
_BODY_KEYS = ("case_id", "to_device_id", "epoch")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\Z")
_NAME = re.compile(r"^[a-z0-9_]{1,64}\Z")
MAX_TEXT = 4000


@dataclass(frozen=True)
class TransferBody:
    case_id: str
    to_device_id: str
    epoch: int                    # the ownership epoch the receiver takes the case with

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "to_device_id": self.to_device_id,
                "epoch": self.epoch}


@dataclass(frozen=True)
class HistoryItem:
    """One line of a case's timeline, wherever it was written."""

    at: str                       # ISO 8601, naive UTC, as the timeline stores it
    entity: str
    op: str
    fields: tuple[str, ...]
    author: str                   # display name at the office that wrote it ("" unknown)
    office: str                   # that office's name
    subject: str = ""
    note: str = ""                # the reason of a transfer; "" otherwise

    def to_record(self) -> dict[str, Any]:
        return {"item": HISTORY, "at": self.at, "entity": self.entity, "op": self.op,
                "fields": list(self.fields), "author": self.author, "office": self.office,
                "subject": self.subject, "note": self.note}


@dataclass(frozen=True)
class SnapshotRow:
    entity: str
    values: dict[str, Any]        # every column in its JSON form, ``id`` and ``version`` too

    @property
    def id(self) -> str:
        return str(self.values["id"])

    def to_record(self) -> dict[str, Any]:
        return {"item": ROW, "entity": self.entity, "values": self.values}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, name: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise BundleFormatError(MALFORMED, name)
    return value


def parse_body(body: Any) -> TransferBody:
    if not isinstance(body, dict) or set(body) != set(_BODY_KEYS):
        raise BundleFormatError(MALFORMED, "transfer body")
    for key in ("case_id", "to_device_id"):
        if not isinstance(body[key], str) or not _UUID.match(body[key]):
            raise BundleFormatError(MALFORMED, f"transfer body {key}")
    if not _is_int(body["epoch"]) or not 1 <= body["epoch"] < 2**31:
        raise BundleFormatError(MALFORMED, "transfer body epoch")
    return TransferBody(body["case_id"], body["to_device_id"], body["epoch"])


def parse_item(record: Any) -> SnapshotRow | HistoryItem:
    """One record of a transfer bundle's EVENT section; BundleFormatError("malformed")."""
    if not isinstance(record, dict):
        raise BundleFormatError(MALFORMED, "transfer item")
    if record.get("item") == ROW:
        if set(record) != {"item", "entity", "values"} or record["entity"] not in ROW_ORDER:
            raise BundleFormatError(MALFORMED, "transfer row")
        values = record["values"]
        if not isinstance(values, dict) or not isinstance(values.get("id"), str) \
                or not values["id"] or not _is_int(values.get("version")) \
                or values["version"] < 1:
            raise BundleFormatError(MALFORMED, "transfer row values")
        return SnapshotRow(record["entity"], values)
    if record.get("item") == HISTORY:
        if set(record) != set(_HISTORY_KEYS):
            raise BundleFormatError(MALFORMED, "transfer history")
        if not isinstance(record["at"], str) or not _TIME.match(record["at"]):
            raise BundleFormatError(MALFORMED, "transfer history at")
        for key in ("entity", "op"):
            if not isinstance(record[key], str) or not _NAME.match(record[key]):
                raise BundleFormatError(MALFORMED, f"transfer history {key}")
        fields = record["fields"]
        if not isinstance(fields, list) or not all(
                isinstance(f, str) and _NAME.match(f) for f in fields):
            raise BundleFormatError(MALFORMED, "transfer history fields")
        return HistoryItem(record["at"], record["entity"], record["op"], tuple(fields),
                           _text(record["author"], "author", 200),
                           _text(record["office"], "office", 200),
                           _text(record["subject"], "subject", 200),
                           _text(record["note"], "note"))
    raise BundleFormatError(MALFORMED, "transfer item")


@dataclass(frozen=True)
class Snapshot:
    rows: tuple[SnapshotRow, ...]
    history: tuple[HistoryItem, ...]

    def case_row(self) -> SnapshotRow:
        return next(r for r in self.rows if r.entity == "case_file")


def check_snapshot(body: TransferBody, items: list[SnapshotRow | HistoryItem],
                   sender_device_id: str) -> Snapshot:
    """The items of a transfer as a whole: rows before history, in ``ROW_ORDER``, exactly one
    case row (the case the body names, owned by the sender at the epoch before the new one),
    every case row belonging to that case, no row twice."""
    rows = [i for i in items if isinstance(i, SnapshotRow)]
    history = [i for i in items if isinstance(i, HistoryItem)]
    if items[:len(rows)] != rows:
        raise BundleFormatError(MALFORMED, "transfer rows after history")
    ranks = [ROW_ORDER.index(r.entity) for r in rows]
    if ranks != sorted(ranks):
        raise BundleFormatError(MALFORMED, "transfer row order")
    keys = [(r.entity, r.id) for r in rows]
    if len(set(keys)) != len(keys):
        raise BundleFormatError(MALFORMED, "transfer row twice")
    cases = [r for r in rows if r.entity == "case_file"]
    if len(cases) != 1 or cases[0].id != body.case_id:
        raise BundleFormatError(MALFORMED, "transfer case row")
    case = cases[0].values
    if case.get("owner_device_id") != sender_device_id or case.get("transferred_to") \
            or case.get("ownership_epoch") != body.epoch - 1:
        raise BundleFormatError("transfer_sender_not_owner", "case ownership")
    if any(r.values.get("case_id") != body.case_id for r in rows
           if r.entity in CASE_ROWS and r.entity != "case_file"):
        raise BundleFormatError(MALFORMED, "transfer row of another case")
    if not any(r.entity == "person" and r.id == case.get("person_id") for r in rows):
        raise BundleFormatError(MALFORMED, "transfer person row")
    return Snapshot(tuple(rows), tuple(history))
