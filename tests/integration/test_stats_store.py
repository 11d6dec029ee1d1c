"""The statistics store (ADR 0020) over a register whose figures are known: cases registered
through the real backend with fixed sexes, ages, modus and records, counted per period and
scope; facts dropped by every write to a case or its person (and by an import) and rebuilt
before the next count; the cases behind a figure filtered by the reader's access; the same
aggregate on PostgreSQL."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from casework_helpers import MovableClock, payloads
from integration_helpers import child_intake, make_intake, rows as rows_of, scalar
from ppt_desk.domain.stats import period as pr
from ppt_desk.domain.stats.model import ALL, CellRef, Scope
from ppt_desk.services.dto import ConsentInput, OfficeProfile

TODAY = date(2026, 3, 2)
SEMUA = Scope()
PASSWORDS = {"ani": "kata-sandi-ani-1", "sari": "kata-sandi-sari-1"}
YEAR = pr.year(2025)


def _record(backend, case_id: str, kind: str, day: date, **fields) -> str:
    payload = dict(payloads(day)[kind])
    payload.update(fields)
    _, record_id = backend.casework.save_record(case_id, kind, payload)
    return record_id


def _register(backend, users) -> SimpleNamespace:
    """Four cases with known figures (the office: Kota Kupang, regency 53.71).

    a: P, 24 (DEWASA), KRJ-PRT, intake 10/02/2025, police report 01/03/2025, assigned to Ani
    b: P, 15 (ANAK), EBM + KRJ-PRT, intake 02/05/2025
    c: L, 30 (DEWASA), EBM, intake 20/08/2025, outgoing referral to LPSK 01/09/2025
    d: L, 65 (LANSIA), KRJ-PRT, intake 05/11/2024, police report 01/03/2025
    """
    cases = SimpleNamespace()
    for name, intake in (
            ("a", make_intake(sex="P", estimated_age=24, modus=("KRJ-PRT",),
                              intake_date=date(2025, 2, 10), assigned_user_id=users["ani"])),
            ("b", child_intake("Yuliana Bria", sex="P", estimated_age=15,
                               modus=("EBM", "KRJ-PRT"), intake_date=date(2025, 5, 2))),
            ("c", make_intake(sex="L", estimated_age=30, modus=("EBM",),
                              intake_date=date(2025, 8, 20))),
            ("d", make_intake(sex="L", estimated_age=65, modus=("KRJ-PRT",),
                              intake_date=date(2024, 11, 5)))):
        _, case_id, _ = backend.cases.register(intake)
        setattr(cases, name, case_id)
    cases.report_a = _record(backend, cases.a, "laporan_polisi", date(2025, 3, 1))
    _record(backend, cases.d, "laporan_polisi", date(2025, 3, 1))
    backend.consent.record(cases.c, ConsentInput(
        "RUJUKAN", "KORBAN", date(2025, 8, 20), "TERTULIS",
        agency="Lembaga Perlindungan Saksi dan Korban"))
    _record(backend, cases.c, "rujukan", date(2025, 9, 1), lembaga="nas-lpsk")
    return cases


def _login(backend, username: str) -> None:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])


def _people(backend) -> dict[str, str]:
    """Caseworker Ani and supervisor Sari (signed in), the clock at TODAY; name -> user id."""
    backend.deps.clock = MovableClock(TODAY)
    users = {}
    for username, name, roles in (("ani", "Ani Pendamping", {"PENDAMPING"}),
                                  ("sari", "Sari Supervisor", {"SUPERVISOR"})):
        _, info = backend.users.add(username, name, frozenset(roles), PASSWORDS[username])
        users[username] = info.id
    _login(backend, "sari")
    return users


@pytest.fixture
def office(backend):
    users = _people(backend)
    cases = _register(backend, users)
    return SimpleNamespace(backend=backend, cases=cases, users=users)


def _counts(backend, period=YEAR, scope=SEMUA, band="age_band"):
    from ppt_desk.services import stats

    store = backend.session.open_store()
    from ppt_desk.services.context import Actor
    return stats.counts(store.uow(), Actor(store.user), backend.deps, period, scope, band)


def test_the_register_counts_as_known(office):
    c = _counts(office.backend)
    assert c.cases("kasus", "BARU") == 3
    assert c.cases("kasus", "BARU", sex="P") == 2
    assert c.cases("kasus", "BARU", sex="L") == 1
    assert c.cases("kasus", "BARU", age_band="DEWASA") == 2
    assert c.cases("kasus", "BARU", age_band="ANAK") == 1
    assert c.cases("kasus", "BARU", age_band="LANSIA") == 0
    assert c.cases("modus", "KRJ-PRT") == 2 and c.cases("modus", "EBM") == 2
    assert c.cases("modus", ALL) == 3     # distinct cases: b has both
    assert c.cases("hukum", "LAPORAN_POLISI") == 2          # a, and d of 2024 (event-dated)
    assert c.cases("rujukan_lembaga", "nas-lpsk") == 1
    assert c.persons[(ALL, ALL)] == 3 and c.persons[("P", ALL)] == 2
    assert c.persons[(ALL, "DEWASA")] == 2 and c.persons[("P", "ANAK")] == 1
    assert c.cases("berulang", "ULANG") == 0
    assert set(c.codes("jalur_masuk")) == {"HOTLINE"}


def test_the_period_filter_dates_by_intake_or_by_event(office):
    q1 = _counts(office.backend, pr.quarter(2025, 1))
    assert q1.cases("kasus", "BARU") == 1                     # a
    assert q1.cases("hukum", "LAPORAN_POLISI") == 2           # a and d, both in March
    y2024 = _counts(office.backend, pr.year(2024))
    assert y2024.cases("kasus", "BARU") == 1                  # d
    assert y2024.cases("hukum", "LAPORAN_POLISI") == 0
    assert y2024.cases("kasus", "BARU", age_band="LANSIA", sex="L") == 1
    assert office.backend.stats.years() == [2025, 2024]


def test_scopes_filter_by_office_and_regency(office):
    backend = office.backend
    office_id = scalar(backend, "SELECT id FROM office")
    assert _counts(backend, scope=Scope("KABUPATEN", "53.71")).cases("kasus", "BARU") == 3
    assert _counts(backend, scope=Scope("KABUPATEN", "53.01")).cases("kasus", "BARU") == 0
    assert _counts(backend, scope=Scope("PPT", office_id)).cases("kasus", "BARU") == 3
    assert _counts(backend, scope=Scope("PPT", "another-office")).cases("kasus", "BARU") == 0
    scopes = backend.stats.scopes()
    assert [s.kind for s in scopes] == ["SEMUA"]      # a PPT counts its own cases


def test_an_office_whose_regency_changed_without_a_tracked_write_is_counted_anew(office):
    """An office row rewritten with Core (as an import writes it) leaves its cases' facts
    carrying the old regency: the next count finds the office moved and rebuilds them."""
    from sqlalchemy import update

    from ppt_desk.storage.schema import Office

    backend = office.backend
    assert _counts(backend, scope=Scope("KABUPATEN", "53.71")).cases("kasus", "BARU") == 3
    with backend.session.open_store().uow() as uow:
        uow.session.connection().execute(update(Office).values(regency_code="53.01"))
        uow.commit()
    assert _counts(backend, scope=Scope("KABUPATEN", "53.01")).cases("kasus", "BARU") == 3
    assert _counts(backend, scope=Scope("KABUPATEN", "53.71")).cases("kasus", "BARU") == 0


def test_a_write_to_a_record_drops_the_case_facts_and_they_are_rebuilt(office):
    backend, cases = office.backend, office.cases
    assert _counts(backend, pr.quarter(2025, 1)).cases("hukum", "LAPORAN_POLISI") == 2
    stored = scalar(backend, "SELECT count(*) FROM stat_fact WHERE case_id = :c", c=cases.a)
    assert stored > 0
    payload = dict(payloads(date(2025, 4, 15))["laporan_polisi"])
    backend.casework.save_record(cases.a, "laporan_polisi", payload, cases.report_a)
    # dropped in the write's own transaction, facts too
    assert scalar(backend, "SELECT count(*) FROM stat_case WHERE case_id = :c", c=cases.a) == 0
    assert scalar(backend, "SELECT count(*) FROM stat_fact WHERE case_id = :c", c=cases.a) == 0
    assert scalar(backend, "SELECT count(*) FROM stat_case") == 3   # the others kept
    q1 = _counts(backend, pr.quarter(2025, 1))
    assert q1.cases("hukum", "LAPORAN_POLISI") == 1           # d only; a moved to April
    assert _counts(backend, pr.quarter(2025, 2)).cases("hukum", "LAPORAN_POLISI") == 1


def test_a_write_to_a_person_drops_the_facts_of_its_cases(office):
    from ppt_desk.storage.schema import Case, Person

    backend, cases = office.backend, office.cases
    assert _counts(backend).cases("kasus", "BARU", sex="L") == 1
    with backend.session.open_store().uow() as uow:
        person_id = uow.session.get(Case, cases.c).person_id
        uow.session.get(Person, person_id).sex = "P"
        uow.commit()
    assert scalar(backend, "SELECT count(*) FROM stat_case WHERE case_id = :c", c=cases.c) == 0
    c = _counts(backend)
    assert c.cases("kasus", "BARU", sex="L") == 0 and c.cases("kasus", "BARU", sex="P") == 3


def test_cases_behind_a_figure_respect_access(office):
    backend, cases, period = office.backend, office.cases, YEAR
    ref = CellRef("modus", "KRJ-PRT")
    rows, others = backend.stats.cases_behind(period, SEMUA, ref)
    assert {r.id for r in rows} == {cases.a, cases.b} and others == 0
    rows, others = backend.stats.cases_behind(period, SEMUA, CellRef("kasus", "BARU", sex="P"))
    assert {r.id for r in rows} == {cases.a, cases.b}
    _login(backend, "ani")                       # a caseworker: only her own case
    rows, others = backend.stats.cases_behind(period, SEMUA, ref)
    assert [r.id for r in rows] == [cases.a] and others == 1
    rows, others = backend.stats.cases_behind(period, SEMUA, CellRef("modus", "EBM"))
    assert rows == [] and others == 2


def _all_figures(counts) -> dict:
    return {"cells": dict(counts.cells), "values": dict(counts.values),
            "persons": dict(counts.persons)}


def test_the_aggregate_gives_the_same_figures_on_postgresql(office, tmp_path, pg_server):
    """The same register on a PostgreSQL office: every cell, value and person count equal,
    for intake- and event-dated periods, both age groupings and a scope."""
    from pg import Store
    from sync_helpers import new_office

    pg = new_office(tmp_path / "pg", OfficeProfile("P2TP2A Kota Kupang", "P2TP2A", "53",
                                                   "53.71", "KPG"), Store(pg_server))
    try:
        users = _people(pg)
        cases = _register(pg, users)
        assert pg.session.open_store().uow().__class__.__name__ == "SqlUnitOfWork"
        assert scalar(pg, "SELECT version()").startswith("PostgreSQL")
        for period in (YEAR, pr.quarter(2025, 1), pr.year(2024)):
            for band in ("age_band", "simfoni_band"):
                lite = _counts(office.backend, period, band=band)
                assert _all_figures(_counts(pg, period, band=band)) == _all_figures(lite)
        assert _counts(pg).cases("modus", ALL) == 3
        assert _counts(pg, scope=Scope("KABUPATEN", "53.01")).cases("kasus", "BARU") == 0
        rows, others = pg.stats.cases_behind(YEAR, SEMUA, CellRef("modus", "EBM"))
        assert {r.id for r in rows} == {cases.b, cases.c} and others == 0
        assert pg.stats.years() == [2025, 2024]
    finally:
        pg.session.lock()


def test_a_secretariat_counts_per_ppt_and_regency_and_an_import_drops_stale_facts(
        backend, tmp_path):
    """Two PPTs' cases at a secretariat: scopes are the province, each regency and each PPT;
    a later bundle changing a case's record drops that case's facts at the secretariat (the
    import path), and its figure changes."""
    from secretariat_helpers import enrol_with, new_secretariat
    from sync_helpers import SECOND_PPT, give_secretariat_consent, new_office

    backend.deps.clock = MovableClock(TODAY)
    office, _ = new_secretariat(tmp_path / "sekretariat")
    office.deps.clock = MovableClock(TODAY)
    belu = new_office(tmp_path / "belu", SECOND_PPT)
    belu.deps.clock = MovableClock(TODAY)
    try:
        enrol_with(backend, office, tmp_path / "cards")
        enrol_with(belu, office, tmp_path / "cards-belu")
        stick = tmp_path / "stick"
        stick.mkdir()
        _, kupang_a, _ = backend.cases.register(make_intake(sex="P", intake_date=date(2025, 2, 1)))
        give_secretariat_consent(backend, kupang_a)
        report = _record(backend, kupang_a, "laporan_polisi", date(2025, 3, 1))
        backend.cases.register(make_intake(sex="L", intake_date=date(2025, 4, 1)))
        belu.cases.register(make_intake(sex="P", intake_date=date(2025, 5, 1)))

        def send(ppt):
            before = set(stick.glob("*.ppt-bundle"))
            ppt.sync.export(stick)
            (new,) = set(stick.glob("*.ppt-bundle")) - before
            assert office.sync.import_bundle(new)[1].outcome == "applied"

        send(backend)
        send(belu)
        scopes = office.stats.scopes()
        kupang_id = scalar(backend, "SELECT id FROM office")
        assert [(s.kind, s.code) for s in scopes[:3]] == [
            ("SEMUA", ""), ("KABUPATEN", "53.04"), ("KABUPATEN", "53.71")]
        assert {s.label_id for s in scopes if s.kind == "PPT"} == {
            "P2TP2A Kota Kupang", SECOND_PPT.name}
        by = {(s.kind, s.code): s for s in scopes}
        total = office.stats.counts(YEAR, scopes[0])
        assert total.cases("kasus", "BARU") == 3
        assert office.stats.counts(YEAR, by[("KABUPATEN", "53.04")]).cases("kasus", "BARU") == 1
        kupang = office.stats.counts(YEAR, by[("PPT", kupang_id)])
        assert kupang.cases("kasus", "BARU") == 2 and kupang.cases("kasus", "BARU", sex="L") == 1
        q1 = office.stats.counts(pr.quarter(2025, 1), scopes[0])
        assert q1.cases("hukum", "LAPORAN_POLISI") == 1
        assert scalar(office, "SELECT count(*) FROM stat_case") == 3
        # Kupang moves the police report to April; the bundle drops the case's facts there.
        backend.casework.save_record(kupang_a, "laporan_polisi",
                                     dict(payloads(date(2025, 4, 2))["laporan_polisi"]), report)
        send(backend)
        assert scalar(office, "SELECT count(*) FROM stat_case") == 2
        assert office.stats.counts(pr.quarter(2025, 1), scopes[0]).cases(
            "hukum", "LAPORAN_POLISI") == 0
        assert office.stats.counts(pr.quarter(2025, 2), scopes[0]).cases(
            "hukum", "LAPORAN_POLISI") == 1
    finally:
        belu.session.lock()
        office.session.lock()


def _figures(table) -> list:
    return [v for row in table.cells for v in row] + list(table.row_totals) + \
        list(table.column_totals) + [table.total]


def test_the_page_is_exact_for_a_supervisor_and_suppressed_for_a_caseworker(office):
    backend = office.backend
    made = backend.stats.report(YEAR, SEMUA)
    assert made.exact and all(t.exact for t in made.tables)
    assert any(v is not None and 1 <= v <= 10 for t in made.tables for v in _figures(t))
    _login(backend, "ani")
    hidden = backend.stats.report(YEAR, SEMUA)
    assert not hidden.exact and not any(t.exact for t in hidden.tables)
    assert not any(v is not None and 1 <= v <= 10 for t in hidden.tables for v in _figures(t))


def test_every_export_is_suppressed_and_audited_by_what_it_was(office, tmp_path):
    from ppt_desk.domain.stats import htcds
    from ppt_desk.services.stats import audit_id

    backend = office.backend
    seen = []
    made = backend.stats.report(YEAR, SEMUA, lambda done, total: seen.append((done, total)))
    assert seen == [(0, 4), (4, 4)]       # the four cases' facts built first
    backend.stats.write_report_pdf(made, tmp_path / "laporan.pdf", "id")
    backend.stats.write_spreadsheet(made, tmp_path / "laporan.xlsx", "id")
    backend.stats.write_simfoni(YEAR, SEMUA, tmp_path / "simfoni.xlsx")
    written, withheld = backend.stats.write_htcds(YEAR, SEMUA, tmp_path / "htcds.csv")
    for name in ("laporan.pdf", "laporan.xlsx", "simfoni.xlsx", "htcds.csv"):
        assert (tmp_path / name).stat().st_size > 0, name
    header = (tmp_path / "htcds.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(htcds.COLUMNS)
    assert written == 0 and withheld >= 3      # three cases: no class of 11, all withheld
    audited = rows_of(backend, "SELECT action, entity, entity_id FROM audit_entry "
                               "WHERE entity = 'statistik' ORDER BY seq")
    assert [a for a, _e, _i in audited] == ["export_stats_report", "export_stats_xlsx",
                                            "export_simfoni_xlsx", "export_htcds_csv"]
    assert {i for _a, _e, i in audited} == {audit_id(YEAR, SEMUA)} == {"20250101-20251231/S"}


def test_a_range_counts_whole_months_from_the_cube_and_its_edge_days_from_the_facts(office):
    """05/02-25/08/2025: a (10/02) and c (20/08) on the edge days, b (02/05) in a whole
    month; within one month only the facts' days count."""
    backend = office.backend
    year = _counts(backend)
    edges = _counts(backend, pr.between(date(2025, 2, 5), date(2025, 8, 25)))
    for dim, code in (("kasus", "BARU"), ("modus", "KRJ-PRT"), ("modus", "EBM"),
                      ("modus", ALL), ("jalur_masuk", ALL)):
        assert edges.cases(dim, code) == year.cases(dim, code), (dim, code)
    assert edges.cases("kasus", "BARU", sex="L", age_band="DEWASA") == 1
    narrow = _counts(backend, pr.between(date(2025, 2, 11), date(2025, 8, 19)))
    assert narrow.cases("kasus", "BARU") == 1 and narrow.cases("modus", ALL) == 1   # b
    inside = _counts(backend, pr.between(date(2025, 2, 1), date(2025, 2, 10)))
    assert inside.cases("kasus", "BARU") == 1 and inside.cases("jalur_masuk", ALL) == 1
    assert scalar(backend, "SELECT count(*) FROM stat_month_stale") == 0
    months = scalar(backend, "SELECT count(DISTINCT month) FROM stat_month")
    assert months == 4          # 11/2024, 02, 05 and 08/2025


def test_a_case_moved_to_another_month_leaves_the_old_month_recounted(office):
    """The month a case's facts were counted in is recounted when its facts go, not only
    the month its new facts fall in (an intake day corrected, a case deleted)."""
    from ppt_desk.storage.schema import Case

    backend, cases = office.backend, office.cases
    assert _counts(backend, pr.month(2025, 2)).cases("kasus", "BARU") == 1
    with backend.session.open_store().uow() as uow:
        uow.session.get(Case, cases.a).intake_date = date(2025, 3, 20)
        uow.commit()
    assert _counts(backend, pr.month(2025, 2)).cases("kasus", "BARU") == 0
    assert _counts(backend, pr.month(2025, 3)).cases("kasus", "BARU") == 1
    assert _counts(backend).cases("kasus", "BARU") == 3


def test_saving_the_page_just_shown_reuses_its_report_until_something_is_written(
        office, tmp_path, monkeypatch):
    from ppt_desk.services import stats

    backend, cases = office.backend, office.cases
    made = backend.stats.report(YEAR, SEMUA)
    counted = []
    real = stats.counts
    monkeypatch.setattr(stats, "counts", lambda *a, **k: counted.append(1) or real(*a, **k))
    backend.stats.write_spreadsheet(made, tmp_path / "a.xlsx", "id")
    backend.stats.write_report_pdf(made, tmp_path / "a.pdf", "id")   # its audit entry: no write
    assert counted == []
    _record(backend, cases.c, "laporan_polisi", date(2025, 9, 9))
    again = backend.stats.report(YEAR, SEMUA)
    assert counted == [1] and again != made     # c's police report counted now


def test_two_officers_building_the_same_facts_on_postgresql_both_finish(tmp_path, pg_server):
    """Two pages refreshing at once (a secretariat's officers on one PostgreSQL store): the
    store's lock makes the second wait for the first to commit; it then replaces the first's
    rows; both commit and each case has one set of facts, counted once."""
    import threading

    from pg import Store
    from ppt_desk.services import stats
    from sync_helpers import new_office

    pg = new_office(tmp_path / "pg", OfficeProfile("P2TP2A Kota Kupang", "P2TP2A", "53",
                                                   "53.71", "KPG"), Store(pg_server))
    try:
        for i in range(3):
            pg.cases.register(make_intake(intake_date=date(2025, 1 + i, 3)))
        store = pg.session.open_store()
        first, second = store.uow(), store.uow()
        with first:
            levels = stats._levels(first, pg.deps)
        make = stats._fact_maker(pg.deps, levels)
        saved = threading.Event()
        errors = []

        def other() -> None:
            try:
                saved.wait(10)
                with second:     # waits here for the first's commit (the store's lock)
                    ids = [r[0] for r in second.session.execute(
                        __import__("sqlalchemy").text("SELECT id FROM case_file"))]
                    rows = [make(item) for item in second.stats.inputs(ids)]
                    second.stats.save(rows, stats.STATS_VERSION)
                    second.stats.rebuild_months()
                    second.commit()
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        thread = threading.Thread(target=other)
        thread.start()
        with first:
            ids = first.stats.stale(100, stats.STATS_VERSION)
            first.stats.save([make(item) for item in first.stats.inputs(ids)],
                             stats.STATS_VERSION)
            first.stats.rebuild_months()
            saved.set()
            import time
            time.sleep(1.0)          # the other transaction is now waiting on our rows
            first.commit()
        thread.join(20)
        assert not thread.is_alive() and errors == []
        assert scalar(pg, "SELECT count(*) FROM stat_case") == 3
        assert scalar(pg, "SELECT count(*) FROM stat_fact WHERE dim = 'kasus'") == 3
        assert _counts(pg).cases("kasus", "BARU") == 3
    finally:
        pg.session.lock()


def test_a_victim_registered_twice_is_one_person_and_her_later_case_counts_as_re_trafficked(
        office):
    """b's case is given a's person (the same woman came back in May): three cases, two
    victims, one re-trafficked case; the person's write drops both cases' facts."""
    from ppt_desk.storage.schema import Case

    backend, cases = office.backend, office.cases
    assert _counts(backend).persons[(ALL, ALL)] == 3
    with backend.session.open_store().uow() as uow:
        uow.session.get(Case, cases.b).person_id = uow.session.get(Case, cases.a).person_id
        uow.commit()
    c = _counts(backend)
    assert c.cases("kasus", "BARU") == 3 and c.persons[(ALL, ALL)] == 2
    assert c.persons[("P", ALL)] == 1            # one woman, an adult and a child case
    assert c.persons[("P", "ANAK")] == 1 and c.persons[("P", "DEWASA")] == 1
    assert c.cases("berulang", "ULANG") == 1     # b: registered before (a, February)
    rows, _ = backend.stats.cases_behind(YEAR, SEMUA, CellRef("berulang", "ULANG"))
    assert [r.id for r in rows] == [cases.b]


def test_an_earlier_case_moved_after_the_later_one_changes_the_later_ones_figure(office):
    """Re-trafficking depends on the person's other cases: a's intake moved after b's (same
    person) makes b the first and a the re-trafficked one, though only a was written."""
    from ppt_desk.storage.schema import Case

    backend, cases = office.backend, office.cases
    with backend.session.open_store().uow() as uow:
        uow.session.get(Case, cases.b).person_id = uow.session.get(Case, cases.a).person_id
        uow.commit()
    assert backend.stats.cases_behind(YEAR, SEMUA, CellRef("berulang", "ULANG"))[0][0].id == \
        cases.b
    with backend.session.open_store().uow() as uow:
        uow.session.get(Case, cases.a).intake_date = date(2025, 6, 1)
        uow.commit()
    rows, _ = backend.stats.cases_behind(YEAR, SEMUA, CellRef("berulang", "ULANG"))
    assert [r.id for r in rows] == [cases.a]


def test_a_case_gone_without_its_month_marked_is_noticed_and_the_cube_recounted(office):
    """A case deleted with SQL (as an import deletes rows: the facts go by cascade, the month
    is not marked stale): the next count sees the cube holds a case too many and recounts."""
    from sqlalchemy import text

    backend, cases = office.backend, office.cases
    assert _counts(backend, pr.month(2025, 5)).cases("kasus", "BARU") == 1     # b
    with backend.session.db.engine.begin() as conn:
        for table in ("search_token", "case_modus", "case_summary"):
            conn.execute(text(f"DELETE FROM {table} WHERE case_id = :c"), {"c": cases.b})
        conn.execute(text("DELETE FROM case_file WHERE id = :c"), {"c": cases.b})
    assert scalar(backend, "SELECT count(*) FROM stat_case") == 3         # cascade
    assert scalar(backend, "SELECT count(*) FROM stat_month_stale") == 0  # nothing marked
    assert _counts(backend, pr.month(2025, 5)).cases("kasus", "BARU") == 0
    assert _counts(backend).cases("kasus", "BARU") == 2


def test_the_facts_are_built_in_batches_walking_the_cases_once(office):
    from ppt_desk.services import stats

    backend = office.backend
    seen = []
    store = backend.session.open_store()
    assert stats.refresh(store.uow(), backend.deps, lambda d, t: seen.append((d, t)),
                         batch=3) == 4
    assert seen == [(0, 4), (3, 4), (4, 4)]
    assert scalar(backend, "SELECT count(*) FROM stat_case") == 4
    assert stats.refresh(store.uow(), backend.deps) == 0
