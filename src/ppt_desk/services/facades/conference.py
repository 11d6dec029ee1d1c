"""Case conferences (pembahasan kasus, sidang kasus, gelar kasus): plan, hold, decide, follow
up; the audience (projector) version of a case and the audited reveal of one field."""
from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.audience import AudienceCase
from .. import conferences as conf
from ..change_set import ChangeSet
from ..conference_dto import (
    ActionItemInfo, AgendaItem, ConferenceDetail, ConferenceInput, ConferenceSummary,
    DecisionInput,
)
from .base import Facade


class ConferenceFacade(Facade):
    def plan(self, conference: ConferenceInput) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return conf.plan(store.uow(), actor, self.deps, conference)

    def update(self, conference_id: str, conference: ConferenceInput) -> ChangeSet:
        """Change a planned (or running) conference: date, place, cases, participants."""
        store, actor = self._signed_in()
        return conf.update(store.uow(), actor, self.deps, conference_id, conference)

    def get(self, conference_id: str) -> ConferenceDetail:
        store, actor = self._signed_in()
        return conf.get(store.uow(), actor, self.deps, conference_id)

    def for_case(self, case_id: str) -> list[ConferenceSummary]:
        store, actor = self._signed_in()
        return conf.for_case(store.uow(), actor, self.deps, case_id)

    def agenda(self, case_ids: tuple[str, ...]) -> list[AgendaItem]:
        """The agenda the cases would get (for the planning dialog, before anything is saved)."""
        store, actor = self._signed_in()
        return conf.agenda_for(store.uow(), actor, self.deps, case_ids)

    def start(self, conference_id: str) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.start(store.uow(), actor, self.deps, conference_id)

    def record(self, conference_id: str, problem_focus: str, alternatives: str) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.record(store.uow(), actor, self.deps, conference_id, problem_focus,
                           alternatives)

    def add_decision(self, conference_id: str, decision: DecisionInput) -> tuple[ChangeSet, str]:
        store, actor = self._signed_in()
        return conf.add_decision(store.uow(), actor, self.deps, conference_id, decision)

    def update_decision(self, decision_id: str, decision: DecisionInput) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.update_decision(store.uow(), actor, self.deps, decision_id, decision)

    def remove_decision(self, decision_id: str) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.remove_decision(store.uow(), actor, self.deps, decision_id)

    def finish(self, conference_id: str, held_on: date) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.finish(store.uow(), actor, self.deps, conference_id, held_on)

    def cancel(self, conference_id: str) -> ChangeSet:
        store, actor = self._signed_in()
        return conf.cancel(store.uow(), actor, self.deps, conference_id)

    def action_done(self, decision_id: str, done_on: date | None) -> ChangeSet:
        """Mark an action item done on that day (None: not done after all)."""
        store, actor = self._signed_in()
        return conf.action_done(store.uow(), actor, self.deps, decision_id, done_on)

    def open_actions(self, case_id: str | None = None) -> list[ActionItemInfo]:
        """Action items not yet done, overdue first: of one case, or of every case the user
        works on."""
        store, actor = self._signed_in()
        return conf.open_actions(store.uow(), actor, self.deps, case_id)

    def start_plan(self, conference_id: str,
                   case_id: str) -> tuple[ChangeSet, str | None, dict[str, Any]]:
        """The case's stage-3 plan started from a held conference (problem focus, decisions,
        action items, the sidang kasus checkbox fill what is empty): saved when complete
        (the record id); else nothing saved, record id None, and the payload to open the
        form with."""
        store, actor = self._signed_in()
        return conf.start_plan(store.uow(), actor, self.deps, conference_id, case_id)

    def reveal(self, conference_id: str, case_id: str, field: str) -> str:
        """The value of one field for the audience screen; the audit chain keeps that it was
        shown (the field's name, never its value)."""
        store, actor = self._signed_in()
        return conf.reveal(store.uow(), actor, self.deps, conference_id, case_id, field)

    def audience(self, conference_id: str, case_id: str,
                 revealed: tuple[str, ...] = ()) -> AudienceCase:
        """The audience (projector) version of one case of the conference; ``revealed``: the
        fields the presenter chose to show (each revealed through ``reveal`` first)."""
        store, actor = self._signed_in()
        return conf.audience(store.uow(), actor, self.deps, conference_id, case_id, revealed)
