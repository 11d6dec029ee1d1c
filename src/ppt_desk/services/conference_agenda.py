"""The agenda of a case at a conference, read from what the case holds as the presenter may
see it (restricted records and fields left out), and what held conferences fill in on the
stage-2/3 checklists. The rules are ``domain.conference``; this module gathers the facts."""
from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import access
from ..domain import casework as cw
from ..domain import conference as cf
from ..domain import tracks as tr
from .casework_rules import rules
from .conference_dto import AgendaItem
from .context import Actor
from .deps import Deps
from .ports import CaseHeader, UnitOfWork
from .summaries import to_rec
from .today import case_due

OBSTACLE = "hambatan"
HEALTH_TRACK = "KESEHATAN"
JOURNEY_TRACK = "PERJALANAN"     # a record of the journey, not a service
# Track states in which nothing is under way any more.
ENDED = frozenset({"SELESAI", "DISERAHTERIMAKAN", "DIBATALKAN", "TIDAK_DITEMPUH",
                   "REHSOS_LAYANAN_SELESAI", "PERAWATAN_SELESAI"})
DUE_WORDS = {
    "stage_stale": "Tahap tanpa kemajuan sejak {due}",
    "visit_overdue": "Kunjungan rumah terjadwal {due} belum dilakukan",
    "allowance_over": "Jaminan hidup melewati batas hari ({due})",
}


def _code_label(deps: Deps, codelist: str | None, code: Any) -> str:
    if not codelist or not isinstance(code, str):
        return str(code or "")
    item = deps.codelists[codelist].get(code)
    return item.label_id if item is not None else code


def agenda_facts(uow: UnitOfWork, actor: Actor, deps: Deps, header: CaseHeader,
                 today: date) -> cf.AgendaFacts:
    config = deps.config
    latest: dict[str, dict[str, Any]] = {}
    shown: list[cw.Rec] = []
    obstacles: list[tuple[str, str]] = []
    for row in uow.casework.records(header.id):   # oldest first
        form = config.forms.get(row.kind)
        if form is None:
            continue
        seen = access.visible(form, dict(row.payload), actor.grants)
        if seen.hidden:
            continue
        latest[row.kind] = seen.payload
        shown.append(cw.Rec(row.id, row.kind, seen.payload, row.record_date))
        if row.kind == OBSTACLE:
            field = form.field("kategori")
            text = seen.payload.get("uraian")
            obstacles.append((_code_label(deps, field.codelist, seen.payload.get("kategori")),
                              text.strip() if isinstance(text, str) else ""))
    needs: tuple[str, ...] = ()
    plan = latest.get("tahap_3", {})
    if isinstance(plan.get("kebutuhan"), list):
        options = {o.code: o.label_id for o in config.forms["tahap_3"].field("kebutuhan").options}
        needs = tuple(options.get(c, c) for c in plan["kebutuhan"])
    tracks = []
    for track in config.tracks:
        if track.code == JOURNEY_TRACK:
            continue
        status = tr.track_status(track, shown)
        state = track.state(status.state)
        tracks.append(cf.TrackLine(track.label_id, state.label_id,
                                   status.state != track.states[0].code
                                   and status.state not in ENDED,
                                   track.code == HEALTH_TRACK))
    return cf.AgendaFacts(latest, needs, tuple(tracks), tuple(reversed(obstacles)),
                          tuple(_overdue(uow, deps, header, today)))


def _overdue(uow: UnitOfWork, deps: Deps, header: CaseHeader, today: date) -> list[str]:
    out = []
    records = [to_rec(r) for r in uow.casework.records(header.id)]
    summary = cw.summarise(deps.config, header.stage, header.since, header.facts, records)
    for d in case_due(rules(uow, deps.config), header.id, header.case_number,
                      header.full_name, summary, today):
        if d.overdue and d.kind in DUE_WORDS:
            out.append(DUE_WORDS[d.kind].format(due=d.due.strftime("%d-%m-%Y")))
    for decision, _number in uow.conferences.open_actions(header.id, None):
        if cf.action_overdue(decision.action_due, decision.done_on, today):
            assert decision.action_due is not None
            out.append(f"Tindak lanjut sidang: {decision.action_what} "
                       f"(batas {decision.action_due.strftime('%d-%m-%Y')})")
    return out


def case_agenda(uow: UnitOfWork, actor: Actor, deps: Deps, header: CaseHeader,
                today: date) -> list[AgendaItem]:
    facts = agenda_facts(uow, actor, deps, header, today)
    return [AgendaItem(header.id, line.heading, line.text, line.audience)
            for line in cf.agenda(facts)]
