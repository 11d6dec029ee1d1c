"""RAD sheets over a real store (issue 13): typed-in figures saved as tracked rad_entry rows
(outbox event and audit entry, upserted by their key), who may type them, the sheet they
appear in (per scope), a province's own RAD file loaded beside the shipped ones, and a formula
counted from a real case."""
from __future__ import annotations

import json
from datetime import date, datetime
from types import SimpleNamespace

import pytest

from casework_helpers import MovableClock, payloads
from integration_helpers import child_intake, make_intake, rows
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.stats.model import Counts, Scope
from ppt_desk.paths import RESOURCES
from ppt_desk.services import rad
from ppt_desk.services.change_set import ChangeSet
from ppt_desk.services.context import Actor
from ppt_desk.services.dto import ConsentInput
from ppt_desk.storage.rad_repo import rad_entry_id

DAY = date(2022, 3, 15)
PASSWORDS = {"sari": "kata-sandi-sari-1", "ani": "kata-sandi-ani-1"}


def _no_counts(period, scope) -> Counts:
    return Counts(period, scope, {})


def _login(backend, username: str) -> SimpleNamespace:
    backend.session.lock()
    backend.session.unlock(username, PASSWORDS[username])
    store = backend.session.db
    return SimpleNamespace(store=store, actor=Actor(store.user), deps=backend.deps)


@pytest.fixture
def office(backend, tmp_path):
    """Supervisor Sari (health access) and caseworker Ani; the NTT plan; an empty folder for own RAD files."""
    backend.deps.clock = MovableClock(DAY)
    for username, name, roles, grants in (
            ("sari", "Sari Supervisor", {"SUPERVISOR"}, {"KESEHATAN"}),
            ("ani", "Ani Pendamping", {"PENDAMPING"}, set())):
        backend.users.add(username, name, frozenset(roles), PASSWORDS[username],
                          frozenset(grants))
    return SimpleNamespace(backend=backend, own_dir=tmp_path / "rad",
                           ntt=rad.find_plan(backend.deps, None, "NTT-2020-2023"))


def _json(value):
    """A JSON column: text on SQLCipher, already parsed on PostgreSQL."""
    return value if isinstance(value, (dict, list)) else json.loads(value)


def _events(backend, entity_id: str) -> list[tuple]:
    events = [(op, sorted(_json(patch))) for op, patch in rows(
        backend, "SELECT op, patch FROM outbox_event WHERE entity = 'rad_entry' "
                 "AND entity_id = :i ORDER BY device_seq", i=entity_id)]
    audit = [(action, sorted(_json(fields))) for action, fields in rows(
        backend, "SELECT action, fields FROM audit_entry WHERE entity = 'rad_entry' "
                 "AND entity_id = :i ORDER BY seq", i=entity_id)]
    assert audit == events
    return events


def test_typed_figures_are_audited_upserted_and_appear_in_the_sheet(office):
    s = _login(office.backend, "sari")
    save = lambda *a: rad.save_entry(s.store.uow(), s.actor, s.deps, office.ntt, *a)  # noqa: E731
    assert save("B.1.a", 2022, 1, 2, "Rapat  Maret dan Juni") == ChangeSet(settings=True)
    assert save("B.1.a", 2022, 2, 1, "") == ChangeSet(settings=True)
    assert save("B.1.a", 2022, 1, 3, "Rapat Maret, Mei, Juni") == ChangeSet(settings=True)
    assert save("B.1.a", 2022, 1, 3, "Rapat Maret, Mei, Juni") == ChangeSet()   # unchanged
    stored = rows(office.backend, "SELECT id, semester, value, note, entered_by FROM rad_entry "
                                  "ORDER BY semester")
    assert [(sem, v, n, by) for _i, sem, v, n, by in stored] == [
        (1, 3, "Rapat Maret, Mei, Juni", s.actor.id), (2, 1, "", s.actor.id)]
    first = stored[0][0]
    with s.store.uow() as uow:   # the id comes from the key: two laptops meet on one row
        assert first == rad_entry_id(uow.office.get().id, office.ntt.code, "B.1.a", 2022, 1)
    ops = _events(office.backend, first)
    assert [op for op, _keys in ops] == ["create", "update"]
    assert {"value", "note"} <= set(ops[1][1])

    sheet = rad.sheet(s.store.uow(), s.actor, s.deps, office.ntt, 2022, Scope(), _no_counts)
    line = next(ln for ln in sheet.lines if ln.indicator == "B.1.a")
    assert (line.manual, line.target, line.semester1, line.semester2, line.achieved,
            line.gap) == (True, 4, 3, 1, 4, 0)
    assert line.note == "Rapat Maret, Mei, Juni"
    assert sheet.exact      # a supervisor sees every case
    printed = rad.sheet(s.store.uow(), s.actor, s.deps, office.ntt, 2022, Scope(), _no_counts,
                        leaving=True)
    assert not printed.exact and printed.lines == sheet.lines   # typed figures: no victims
    # a PPT scope names an office: another office's scope holds none of these figures
    other = rad.sheet(s.store.uow(), s.actor, s.deps, office.ntt, 2022,
                      Scope("PPT", "another-office"), _no_counts)
    assert next(ln for ln in other.lines if ln.indicator == "B.1.a").achieved is None


def test_entries_of_the_offices_in_the_scope_add_up(office):
    s = _login(office.backend, "sari")
    with s.store.uow() as uow:
        own = uow.office.get()
        for office_id, value in ((own.id, 2), ("ppt-lain", 5)):
            uow.rad.save(office_id, office.ntt.code, "B.1.a", 2022, 1, value, "",
                         s.actor.id, datetime(2022, 3, 15, 9, 0))
        uow.commit()
    lines = lambda scope: {ln.indicator: ln for ln in rad.sheet(  # noqa: E731
        s.store.uow(), s.actor, s.deps, office.ntt, 2022, scope, _no_counts).lines}
    assert lines(Scope())["B.1.a"].semester1 == 7
    assert lines(Scope("PPT", own.id))["B.1.a"].semester1 == 2
    assert lines(Scope("KABUPATEN", own.regency_code))["B.1.a"].semester1 == 2


def test_who_may_type_what(office):
    a = _login(office.backend, "ani")
    assert not rad.sheet(a.store.uow(), a.actor, a.deps, office.ntt, 2022, Scope(),
                         _no_counts).editable   # the GUI keeps the entry box closed
    with pytest.raises(DomainError, match="needs_supervisor_role"):
        rad.save_entry(a.store.uow(), a.actor, a.deps, office.ntt, "B.1.a", 2022, 1, 2, "")
    assert rows(office.backend, "SELECT id FROM rad_entry") == []
    s = _login(office.backend, "sari")
    assert rad.sheet(s.store.uow(), s.actor, s.deps, office.ntt, 2022, Scope(),
                     _no_counts).editable
    assert not rad.sheet(s.store.uow(), s.actor, s.deps, office.ntt, 2022, Scope(),
                         _no_counts, leaving=True).editable
    for args, code in ((("B.3.b.1", 2022, 1, 5, ""), "rad_indicator_computed"),
                       (("B.9.z", 2022, 1, 5, ""), "rad_indicator_unknown"),
                       (("B.1.a", 2019, 1, 5, ""), "rad_year_outside_plan"),
                       (("B.1.a", 2022, 3, 5, ""), "rad_semester_invalid"),
                       (("B.1.a", 2022, 1, -1, ""), "rad_value_invalid"),
                       (("B.1.a", 2022, 1, 1, "x" * 501), "rad_note_too_long")):
        with pytest.raises(DomainError) as caught:
            rad.save_entry(s.store.uow(), s.actor, s.deps, office.ntt, *args)
        assert caught.value.code == code, args
    assert rows(office.backend, "SELECT id FROM rad_entry") == []


def _own_plan(code: str = "NTT-2025-2029") -> dict:
    doc = json.loads((RESOURCES / "rad" / "ntt.json").read_text(encoding="utf-8"))
    years = [2025, 2026, 2027, 2028, 2029]
    doc.update(code=code, years=years, title_id="RAD NTT 2025-2029 (uji)")
    for ind in doc["indicators"]:
        old = list(ind["targets"].values())
        ind["targets"] = {str(y): v for y, v in zip(years, old)}
    health = next(i for i in doc["indicators"] if i["code"] == "B.2.c.2")
    health["targets"] = {str(y): 2 for y in years}
    return doc


def test_a_provinces_own_file_is_checked_kept_and_listed_first(office, tmp_path):
    deps = office.backend.deps
    bad = _own_plan()
    bad["indicators"][3]["formula"] = {"count": "pulang"}
    bad["indicators"][5]["targets"].pop("2027")
    path = tmp_path / "rad-ntt-baru.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        rad.load_plan(deps, path, office.own_dir)
    assert caught.value.code == "rad_plan_invalid"
    assert caught.value.params["problems"] == [
        "indicator 'A.1.a.4': no statistics dimension 'pulang'",
        "indicator 'A.1.a.6': targets miss the years 2027"]
    assert not office.own_dir.exists() or list(office.own_dir.iterdir()) == []

    path.write_text(json.dumps(_own_plan()), encoding="utf-8")
    info = rad.load_plan(deps, path, office.own_dir)
    assert (info.code, info.years, info.province_code) == (
        "NTT-2025-2029", (2025, 2026, 2027, 2028, 2029), "53")
    assert [p.name for p in office.own_dir.iterdir()] == ["NTT-2025-2029.json"]
    assert [p.code for p in rad.plan_infos(deps, office.own_dir, "64")] == [
        "NTT-2025-2029", "KALTIM-2011-2015", "NTT-2020-2023"]
    # a file that no longer reads is left out of the list, never breaks it
    (office.own_dir / "rusak.json").write_text("{", encoding="utf-8")
    assert len(rad.plans(deps, office.own_dir)) == 3
    # an own file with a shipped plan's code replaces the shipped one
    path.write_text(json.dumps({**_own_plan("NTT-2020-2023"),
                                "title_id": "RAD NTT revisi"}), encoding="utf-8")
    rad.load_plan(deps, path, office.own_dir)
    titles = {p.code: p.title_id for p in rad.plan_infos(deps, office.own_dir)}
    assert titles["NTT-2020-2023"] == "RAD NTT revisi" and len(titles) == 3


def test_a_formula_counts_the_stores_cases_through_the_stats_facade(office):
    """End to end: a health screening recorded for a case is B.2.c.2's figure in the
    province's own plan; exact for the supervisor, hidden (1-10) for a caseworker."""
    b = office.backend
    path = office.own_dir.parent / "own.json"
    path.write_text(json.dumps(_own_plan()), encoding="utf-8")
    day = date(2025, 3, 10)
    b.deps.clock = MovableClock(day)
    _login(b, "sari")
    b.stats.load_rad_plan(path)
    _, case_id, _number = b.cases.register(make_intake("Sehat Sintetis", intake_date=day))
    b.casework.save_record(case_id, "skrining_kesehatan", payloads(day)["skrining_kesehatan"])
    sheet = b.stats.rad_sheet("NTT-2025-2029", 2025, Scope())
    line = next(ln for ln in sheet.lines if ln.indicator == "B.2.c.2")
    assert (line.manual, line.target, line.semester1, line.semester2, line.achieved,
            line.gap) == (False, 2, 1, 0, 1, 1)
    assert sheet.exact
    _login(b, "ani")
    hidden = next(ln for ln in b.stats.rad_sheet("NTT-2025-2029", 2025, Scope()).lines
                  if ln.indicator == "B.2.c.2")
    assert (hidden.semester1, hidden.achieved, hidden.gap) == (None, None, None)


# -- every formula of the shipped plans against a register whose figures are known -----------
def _consent(b, case_id: str, purpose: str, on: date, agency: str = "",
             given_by: str = "KORBAN") -> None:
    b.consent.record(case_id, ConsentInput(
        purpose, given_by, on, "TERTULIS", agency=agency,
        giver_name="" if given_by == "KORBAN" else "Yosefina Bria"))


def _known_register(b) -> None:
    """Three cases in 2022, each form's demo payload dated as given:
    A adult woman, March: health screening, visum, social rehab outside a panti, referral
      out to LPSK (national), police report, investigation;
    B girl (15), April: social rehab inside a panti, repatriation (arrived), economic package,
      prosecution, conviction with restitution granted, restitution paid;
    C adult man, August: health screening, repatriation (arrived);
    D adult woman, May: social rehab outside a panti, police report, an acquittal."""
    spring, april, summer = date(2022, 3, 15), date(2022, 4, 20), date(2022, 8, 10)
    _, a, _ = b.cases.register(make_intake("Anita Sintetis", intake_date=date(2022, 3, 1)))
    _, c, _ = b.cases.register(make_intake("Carlos Sintetis", sex="L",
                                           intake_date=date(2022, 8, 1)))
    _, g, _ = b.cases.register(child_intake("Bunga Sintetis", intake_date=date(2022, 4, 1)))
    _, d, _ = b.cases.register(make_intake("Dina Sintetis", intake_date=date(2022, 5, 2)))
    _consent(b, a, "RUJUKAN", spring, agency="LPSK")
    _consent(b, g, "PEMULANGAN", april, given_by="WALI")
    _consent(b, c, "PEMULANGAN", summer)
    plan = {a: (spring, ("skrining_kesehatan", "visum", "layanan_rehsos", "rujukan",
                         "laporan_polisi", "penyidikan")),
            g: (april, ("layanan_rehsos", "pemulangan_rencana", "pemulangan_pelaksanaan",
                        "paket_ekonomi", "penuntutan", "putusan", "restitusi")),
            c: (summer, ("skrining_kesehatan", "pemulangan_rencana",
                         "pemulangan_pelaksanaan")),
            d: (date(2022, 5, 20), ("layanan_rehsos", "laporan_polisi", "putusan"))}
    for case_id, (day, kinds) in plan.items():
        p = payloads(day)
        for kind in kinds:
            payload = dict(p[kind])
            if case_id == g and kind == "layanan_rehsos":
                payload["tempat"] = "DI_DALAM_PANTI"
            if case_id == d and kind == "putusan":
                payload.update(amar="BEBAS", restitusi_dikabulkan=0, pidana_penjara_bulan=0,
                               denda=0)
            b.casework.save_record(case_id, kind, payload)


# indicator -> (semester 1, semester 2, year)
KNOWN = {
    "NTT-2020-2023": {
        "B.2.c.1": (0, 0, 0), "B.2.c.2": (1, 1, 2), "B.3.b.1": (1, 1, 2),
        "B.3.d": (4, 0, 4), "B.4.b.2": (1, 0, 1)},
    "KALTIM-UJI": {
        "I.T2": (3, 1, 4), "II.H": (1, 1, 2), "II.T3": (0, 0, 0), "II.T4": (1, 0, 1),
        "II.3": (1, 0, 1), "III.T1": (3, 0, 3), "III.T3": (3, 1, 4), "III.T3.ANAK": (1, 0, 1),
        "III.1.a": (2, 0, 2), "III.1.b": (1, 0, 1), "III.4": (1, 0, 1), "III.O2": (1, 1, 2),
        "III.O3": (1, 0, 1), "III.11": (1, 0, 1), "V.T3.a": (1, 0, 1), "V.T3.b": (1, 0, 1),
        "V.4.a": (2, 0, 2), "V.4.b": (1, 0, 1), "V.4.c": (1, 0, 1), "V.4.d": (1, 0, 1)},
}


def test_every_formula_of_the_shipped_plans_counts_a_known_register(office, tmp_path):
    b = office.backend
    b.deps.clock = MovableClock(date(2022, 9, 30))
    b.users.add("hakim", "Hana Supervisor", frozenset({"SUPERVISOR"}), "kata-sandi-hana-1",
                frozenset({"KESEHATAN", "PELAKU"}))
    b.session.lock()
    b.session.unlock("hakim", "kata-sandi-hana-1")
    _known_register(b)
    # Kaltim's plan ran 2011-2015: the same indicators, relabelled to 2022, as an own file
    kaltim = json.loads((RESOURCES / "rad" / "kaltim.json").read_text(encoding="utf-8"))
    kaltim.update(code="KALTIM-UJI", years=[2022])
    for ind in kaltim["indicators"]:
        ind["targets"] = {"2022": None}
    path = tmp_path / "kaltim-uji.json"
    path.write_text(json.dumps(kaltim), encoding="utf-8")
    b.stats.load_rad_plan(path)
    for plan_code, expected in KNOWN.items():
        sheet = b.stats.rad_sheet(plan_code, 2022, Scope())
        computed = {ln.indicator: (ln.semester1, ln.semester2, ln.achieved)
                    for ln in sheet.lines if not ln.manual}
        assert computed == expected, plan_code


def test_typed_figures_travel_to_the_secretariat_and_add_up_per_scope(backend, tmp_path):
    """Two PPTs type figures for the same indicator; their bundles bring the rows to the
    secretariat, whose sheet adds them for the province and splits them per regency and PPT;
    the secretariat's own figure is its own row."""
    from secretariat_helpers import enrol_with, new_secretariat
    from sync_helpers import SECOND_PPT, new_office

    secretariat, _ = new_secretariat(tmp_path / "sekretariat")
    belu = new_office(tmp_path / "belu", SECOND_PPT)
    try:
        enrol_with(backend, secretariat, tmp_path / "cards")
        enrol_with(belu, secretariat, tmp_path / "cards-belu")
        stick = tmp_path / "stick"
        stick.mkdir()
        plan = "NTT-2020-2023"
        backend.stats.save_rad_entry(plan, "B.1.a", 2022, 1, 2, "Rapat Kupang")
        belu.stats.save_rad_entry(plan, "B.1.a", 2022, 1, 1, "Rapat Belu")
        belu.stats.save_rad_entry(plan, "B.1.a", 2022, 2, 3, "")

        def send(ppt):
            before = set(stick.glob("*.ppt-bundle"))
            ppt.sync.export(stick)
            (new,) = set(stick.glob("*.ppt-bundle")) - before
            assert secretariat.sync.import_bundle(new)[1].outcome == "applied"

        send(backend)
        send(belu)
        assert rows(secretariat, "SELECT count(*) FROM rad_entry")[0][0] == 3
        secretariat.stats.save_rad_entry(plan, "B.1.a", 2022, 2, 1, "Rapat provinsi")

        def line(scope):
            sheet = secretariat.stats.rad_sheet(plan, 2022, scope)
            return next((ln.semester1, ln.semester2, ln.achieved)
                        for ln in sheet.lines if ln.indicator == "B.1.a")

        kupang_id = rows(backend, "SELECT id FROM office")[0][0]
        belu_id = rows(belu, "SELECT id FROM office")[0][0]
        assert line(Scope()) == (3, 4, 7)
        assert line(Scope("KABUPATEN", "53.04")) == (1, 3, 4)
        assert line(Scope("PPT", kupang_id)) == (2, None, 2)
        assert line(Scope("PPT", belu_id)) == (1, 3, 4)
    finally:
        belu.session.lock()
        secretariat.session.lock()
