"""Case summaries: the stored digest of a case's casework (stage, missing items, what is due)
that lists and Hari ini read instead of every record."""
from __future__ import annotations

from collections.abc import Sequence

from ..domain import casework as cw
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
    """Give every case an up-to-date summary (after an upgrade or a rules-version change)."""
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
