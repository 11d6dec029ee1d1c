"""The supervisor's overdue count per caseworker (SQL) agrees with the domain's due items."""
from __future__ import annotations

from datetime import date, timedelta

from casework_helpers import MovableClock, payloads
from integration_helpers import make_intake
from ppt_desk.domain import casework as cw
from ppt_desk.services.casework_rules import rules


def test_sql_overdue_counts_match_the_domain_rules_day_by_day(backend):
    clock = MovableClock(date(2025, 3, 1))
    backend.deps.clock = clock
    me = backend.session.current_user.id
    cases = [backend.cases.register(make_intake(intake_date=clock.today(),
                                               assigned_user_id=me))[1] for _ in range(4)]
    backend.casework.save_record(cases[0], "jaminan_hidup", payloads(clock.today())["jaminan_hidup"])
    visit = dict(payloads(clock.today())["kunjungan_rumah"], jadwal=(clock.today() + timedelta(
        days=20)).isoformat())
    for key in ("tanggal_kunjungan", "psikologis", "sosial", "ekonomi"):
        visit.pop(key)
    backend.casework.save_record(cases[1], "kunjungan_rumah", visit)
    clock.advance(9)
    backend.casework.save_record(cases[2], "hambatan", payloads(clock.today())["hambatan"])
    db = backend.session.db
    seen_kinds: set[str] = set()
    for offset in range(0, 40):
        today = date(2025, 3, 1) + timedelta(days=offset)
        uow = db.uow()
        with uow:
            the_rules = rules(uow, backend.deps.config)
            sql = uow.casework.overdue_by_caseworker(today, the_rules).get(me, 0)
            domain = 0
            for case_id, _n, _name, _user, summary in uow.casework.open_cases(
                    None, today, the_rules, True):
                items = cw.due_items(case_id, summary, today, the_rules)
                seen_kinds |= {d.kind for d in items if d.overdue}
                domain += any(d.overdue for d in items)
        assert sql == domain, f"day {today}: SQL {sql} vs domain {domain}"
    assert {"stage_stale", "allowance_over", "visit_overdue"} <= seen_kinds
