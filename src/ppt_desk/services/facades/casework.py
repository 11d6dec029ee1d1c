"""Casework on an open case: records, stage changes and their review, hand-over and sharing,
and the Hari ini view."""
from __future__ import annotations

from typing import Any

from .. import handover, records, stage_changes, today
from ..change_set import ChangeSet
from ..dto import OfficeDue, StageChangeInfo, TodayView
from .base import Facade


class CaseworkFacade(Facade):
    def save_record(self, case_id: str, kind: str, payload: dict[str, Any],
                    record_id: str | None = None) -> tuple[ChangeSet, str]:
        """Add or change a casework record (a filled-in form of resources/casework)."""
        store, actor = self._signed_in()
        return records.save_record(store.uow(), actor, self.deps, case_id, kind, payload,
                                   record_id)

    def request_stage_change(self, case_id: str, target: str,
                             reason: str = "") -> tuple[ChangeSet, StageChangeInfo]:
        store, actor = self._signed_in()
        return stage_changes.request_stage_change(store.uow(), actor, self.deps, case_id,
                                                  target, reason)

    def review_stage_change(self, change_id: str, approve: bool,
                            comment: str = "") -> ChangeSet:
        store, actor = self._signed_in()
        return stage_changes.review_stage_change(store.uow(), actor, self.deps, change_id,
                                                 approve, comment)

    def hand_over(self, case_id: str, to_user_id: str, note: str) -> ChangeSet:
        store, actor = self._signed_in()
        return handover.hand_over(store.uow(), actor, self.deps, case_id, to_user_id, note)

    def share(self, case_id: str, user_id: str, shared: bool = True) -> ChangeSet:
        store, actor = self._signed_in()
        return handover.share_case(store.uow(), actor, case_id, user_id, shared)

    def today(self) -> TodayView:
        store, actor = self._signed_in()
        return today.today_view(store.uow(), actor, self.deps)

    def office_due(self) -> OfficeDue:
        """A supervisor's list of the office's due items (empty for anyone else)."""
        store, actor = self._signed_in()
        return today.office_due(store.uow(), actor, self.deps)
