"""The reference data a province maintains, taken from the secretariat's own store (ADR 0018).

Today that is the institution directory: the secretariat's own directory entries (added on its
Direktori page like any office's) are the provincial set, each sent under the id ``prov-`` +
its own id so that it never collides with a PPT's entries or the national ones
(``domain/sync/reference.py``). Code lists and indicator definitions still ship with the
program (ADR 0013); when the province may change them, they join this set.

**Versions.** The set has one province-wide version number. It moves up by one when the set's
content (its canonical records, by id) differs from the one last numbered; a PPT is sent the
set when the version it was last sent is below the current one. Both live in one office
setting of the secretariat (``provref``: ``version``, ``digest``, ``sent`` = device id ->
version), written in the transaction that numbers the set or after the bundle reached the stick.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any

from ...domain.institutions import PROVINCIAL_PREFIX
from ...domain.sync import reference as ref
from ..ports import UnitOfWork

SETTING = "provref"


def province_items(uow: UnitOfWork) -> list[dict[str, Any]]:
    """The provincial set as a reference bundle carries it (inside ``with uow:``)."""
    out = []
    for inst in sorted(uow.directory.local(), key=lambda i: i.id):
        sent = replace(inst, id=inst.id if inst.id.startswith(PROVINCIAL_PREFIX)
                       else PROVINCIAL_PREFIX + inst.id)
        out.append(ref.to_record(sent)["values"])
    return out


def digest(items: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(items, sort_keys=True, separators=(",", ":"),
                                     ensure_ascii=False).encode()).hexdigest()


def _state(uow: UnitOfWork) -> dict[str, Any]:
    state = uow.settings.office_setting(SETTING) or {}
    sent = state.get("sent")
    return {"version": int(state.get("version") or 0), "digest": str(state.get("digest") or ""),
            "sent": dict(sent) if isinstance(sent, dict) else {}}


def current_version(uow: UnitOfWork, items: list[dict[str, Any]]) -> int:
    """The set's version, numbered anew when its content changed (inside ``with uow:``; the
    caller commits). An empty set never numbered is version 0: nothing to send."""
    state = _state(uow)
    now = digest(items)
    if now == state["digest"] or (not items and not state["version"]):
        return state["version"]
    state.update(version=state["version"] + 1, digest=now)
    uow.settings.save_office_setting(SETTING, state)
    return state["version"]


def is_due(uow: UnitOfWork, device_id: str) -> bool:
    """Whether ``device_id`` lacks the current set (read only)."""
    state, items = _state(uow), province_items(uow)
    changed = digest(items) != state["digest"] and bool(items or state["version"])
    return changed or int(state["sent"].get(device_id, 0)) < state["version"]


def sent_version(uow: UnitOfWork, device_id: str) -> int:
    return int(_state(uow)["sent"].get(device_id, 0))


def mark_sent(uow: UnitOfWork, device_id: str, version: int) -> None:
    state = _state(uow)
    state["sent"][device_id] = version
    uow.settings.save_office_setting(SETTING, state)
