"""Case summaries: the stored digest of a case's casework (stage, missing items, what is due)
that lists and Hari ini read instead of every record."""
from __future__ import annotations

from collections.abc import Sequence

from ..domain import casework as cw
from ..domain.secretariat import is_secretariat
from .ports import CaseHeader, RecordRow, UnitOfWork


def to_rec(row: RecordRow) -> cw.Rec:
    return cw.Rec(row.id, row.kind, dict(row.payload), row.record_date, row.created_at,
                  row.due_date, row.updated_on)


def _summarise(config: cw.CaseworkConfig, header: CaseHeader,
               rows: Sequence[RecordRow]) -> cw.CaseSummary:
    return cw.summarise(config, header.stage, header.since, header.facts, [to_rec(r) for r in rows])


def refresh_summary(uow: UnitOfWork, config: cw.CaseworkConfig, case_id: str) -> cw.CaseSummary:
    summary = _summarise(config, uow.casework.header(case_id), uow.casework.records(case_id))
    uow.casework.save_summary(case_id, summary)
    return summary


def rebuild_summaries(uow: UnitOfWork, config: cw.CaseworkConfig, batch: int = 2000) -> int:
    """Give every case an up-to-date summary (after an upgrade, a rules-version change, or an
    import, which drops the summaries of the cases it touched). Not at a secretariat: it does
    no casework (no Hari ini, no completeness of its own cases), and rebuilding the summaries
    of a province's cases after each import made its officers wait minutes at sign-in."""
    with uow:
        office = uow.office.get()
    if office is not None and is_secretariat(office.kind):
        return 0
    done = 0
    while True:
        with uow:
            ids = uow.casework.stale_summaries(batch)
            for header, rows in uow.casework.summary_inputs(ids):
                uow.casework.save_summary(header.id, _summarise(config, header, rows))
            uow.commit()
        done += len(ids)
        if len(ids) < batch:
            return done
