"""Synthetic demo and training data: a new data folder full of invented cases.

``build_demo`` sets up a data folder exactly as the setup wizard does (calibrated
Argon2id unless told otherwise), adds a few caseworkers through the user service,
and writes the cases with ``storage.bulk.BulkCaseWriter``: every person and case
row gets its outbox event and hash-chained audit entry, like a case typed in.
No real person is described; see ``resources/demo/names.json``.
"""
from __future__ import annotations

import logging
import random
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import text

from ..domain import casework as cw
from ..domain.age import age_band, is_child
from ..domain.casework import CaseworkConfig
from ..domain.codelists import CodeLists
from ..domain.ids import uuid7
from ..domain.intake import validate_intake
from ..domain.access import GRANTS
from ..domain.roles import Role
from ..security.kdf import KdfParams, calibrate
from ..services import users
from ..services.context import Actor, intake_vocabulary
from ..services.deps import shipped_deps
from ..services.dto import OfficeProfile
from ..storage.bulk import BulkCaseWriter, NewCase
from ..storage.casework_repo import summary_columns
from ..storage.changes import ChangeRecorder
from ..storage.database import (
    DataFolder, InstanceLock, SetupResult, create_database, unlock_with_password,
)
from ..storage.repositories import case_fields, case_number, person_fields
from ..storage.schema import CaseRecord, Consent, StageChange
from .casework import DemoClock, enrich, enrich_services
from .cases import CaseFactory, DemoCase
from .vocabulary import load_vocabulary

log = logging.getLogger(__name__)

# A made-up office with real region codes (Kota Kupang, Nusa Tenggara Timur).
DEMO_OFFICE = OfficeProfile("P2TP2A Kota Kupang (DEMO – data latihan)", "P2TP2A", "53", "53.71",
                            "KPG")
DEMO_ROLES = frozenset({Role.ADMIN.value, Role.SUPERVISOR.value, Role.CASEWORKER.value})
# Synthetic staff (username, display name, roles).
STAFF = (
    ("pendamping1", "Yuliana Bria", frozenset({Role.CASEWORKER.value})),
    ("pendamping2", "Maria Goreti Seran", frozenset({Role.CASEWORKER.value})),
    ("pendamping3", "Yohanes Ndun", frozenset({Role.CASEWORKER.value})),
    ("pendamping4", "Baiq Sahnim", frozenset({Role.CASEWORKER.value})),
    ("supervisor1", "Theresia Manu", frozenset({Role.SUPERVISOR.value, Role.CASEWORKER.value})),
)
BATCH = 5_000

__all__ = ["build_demo", "DEMO_OFFICE", "STAFF"]


# The newest open demo cases walked through the stages by ``demo.casework.enrich``.
ENRICHED_CASES = 12
# Demo cases older than this are closed (terminated) unless the factory made them open.
CLOSE_AFTER_DAYS = 365
# Why the bulk-written demo cases ended. They have no stage history, so the reasons are the
# ones that may end a case from any stage ("goals met" needs the whole path).
EARLY_END = (("DIRUJUK_DITUTUP", 35), ("DIALIHKAN", 25), ("HILANG_KONTAK", 25),
             ("MENOLAK_LAYANAN", 15))


def _casework(case: dict, person: dict, config: CaseworkConfig,
              rng: random.Random, today: date) -> tuple[tuple, dict]:
    """Stage, termination record and summary of one bulk-written demo case.

    Cases marked as former victims, non-victims, and cases older than a year are closed
    with a termination record and an applied stage change (as the gate requires); the
    rest stay in the protection phase with no records.
    """
    intake = case["intake_date"]
    closing = case["victim_status"] in ("EKS", "BUKAN") or \
        (today - intake).days > CLOSE_AFTER_DAYS
    extra: tuple = ()
    stage, since = cw.PROTECTION, intake
    records: list[cw.Rec] = []
    if closing:
        reason = "DIRUJUK_DITUTUP" if case["victim_status"] == "BUKAN" else \
            rng.choices([r for r, _ in EARLY_END], [w for _, w in EARLY_END])[0]
        end = min(today, intake + timedelta(days=rng.randint(20, 200)))
        at = datetime.combine(end, datetime.min.time()) + timedelta(hours=10)
        record_id, change_id = uuid7(), uuid7()
        payload = {"tanggal": end.isoformat(), "alasan": reason,
                   "penilaian_akhir": "Data latihan (sintetis)."}
        record = {"id": record_id, "case_id": case["id"], "kind": "terminasi",
                  "stage": cw.PROTECTION, "record_date": end, "payload": payload,
                  "created_by": case["assigned_user_id"], "created_at": at, "updated_at": at,
                  "updated_on": end}
        previous = {"stage": cw.PROTECTION, "status": "AKTIF",
                    "victim_status": case["victim_status"]}
        change = {"id": change_id, "case_id": case["id"], "from_stage": cw.PROTECTION,
                  "to_stage": cw.TERMINATED, "record_id": record_id, "status": "APPLIED",
                  "requested_by": case["assigned_user_id"], "requested_at": at,
                  "decided_by": case["assigned_user_id"], "decided_at": at, "decided_on": end,
                  "previous": previous}
        extra = ((CaseRecord, record), (StageChange, change))
        stage, since = cw.TERMINATED, end
        case.update(stage=stage, stage_since=end, status="SELESAI",
                    victim_status="EKS" if case["victim_status"] != "BUKAN" else "BUKAN")
        records.append(cw.Rec(record_id, "terminasi", payload, end, at, None, end))
    facts = cw.case_facts(person["full_name"], person["sex"], case["age_at_intake"],
                          person["province_code"], case["modus"], case["age_band"])
    return extra, summary_columns(cw.summarise(config, stage, since, facts, records))


def _secretariat_consent(case: dict) -> tuple[type, dict]:
    """A written consent to send the case's identity to the secretariat (given at intake; a
    child's by the guardian)."""
    child = bool(case["is_child"])
    return Consent, {"id": uuid7(), "case_id": case["id"], "purpose": "SEKRETARIAT",
                     "given_by": "WALI" if child else "KORBAN",
                     "giver_name": "Wali korban" if child else "",
                     "given_on": case["intake_date"], "method": "TERTULIS",
                     "scope": ["IDENTITAS", "RINGKASAN_KASUS"],
                     "recorded_by": case["assigned_user_id"], "created_at": case["created_at"]}


def _new_cases(demo: Iterator[DemoCase], office: OfficeProfile, codelists: CodeLists,
               today: date, config: CaseworkConfig, seed: int,
               secretariat_consent: float = 0.0) -> Iterator[NewCase]:
    vocab = intake_vocabulary(codelists)
    rng = random.Random(seed + 1)
    consenting = random.Random(seed + 11)
    numbers: dict[int, int] = {}
    for item in demo:
        intake = item.intake
        validate_intake(intake, vocab, today)  # generated data obeys the intake rules
        year = intake.intake_date.year
        numbers[year] = number = numbers.get(year, 0) + 1
        age = intake.age
        band = age_band(age)
        person = {"id": uuid7(), **person_fields(intake)}
        case = {
            "id": uuid7(), "case_number": case_number(office.case_prefix, year, number),
            "office_id": office.id, "year": year, "number_in_year": number,
            "person_id": person["id"], "created_at": item.created_at,
            "updated_at": item.created_at, **case_fields(intake),
            "age_at_intake": age, "age_band": band.value if band else None,
            "is_child": is_child(age), "stage_since": intake.intake_date,
        }
        extra, summary = _casework(case, person, config, rng, today)
        if secretariat_consent and consenting.random() < secretariat_consent:
            extra += (_secretariat_consent(case),)
        yield NewCase(person, case, extra, summary)


def build_demo(data_dir: Path, cases: int, password: str, seed: int = 2026,
               username: str = "demo", kdf_params: KdfParams | None = None,
               today: date | None = None,
               progress: Callable[[int], None] | None = None,
               office: OfficeProfile = DEMO_OFFICE,
               secretariat_consent: float = 0.0) -> SetupResult:
    """Create ``data_dir`` as a new data folder holding ``cases`` synthetic cases.

    ``office``: another made-up office (many PPTs of one province); ``secretariat_consent``:
    the share of cases given a written consent to send their identity to the secretariat."""
    folder = DataFolder(Path(data_dir))
    today = today or date.today()
    started = time.perf_counter()
    params = kdf_params or calibrate()
    result = create_database(folder, office, username, "Pengguna Demo", password, params,
                             admin_roles=DEMO_ROLES)
    lock = InstanceLock(folder).acquire()
    db = unlock_with_password(folder, username, password)
    try:
        # The demo user may see the restricted sections (health, perpetrators) it fills in.
        grants = frozenset(GRANTS)
        users.update_user(db.uow(), db, Actor(db.user), db.user.id, db.user.display_name,
                          db.user.roles, True, grants)
        actor = Actor(replace(db.user, grants=grants))
        staff_ids = []
        for staff_name, display, roles in STAFF:
            _changes, user = users.add_user(db.uow(), db, actor, staff_name, display, roles,
                                            password)
            staff_ids.append(user.id)
        office = users.get_office(db.uow())
        assert office is not None
        factory = CaseFactory(load_vocabulary(), seed, [db.user.id, *staff_ids], today)
        writer = BulkCaseWriter(db.engine, ChangeRecorder(db.device_id), db.user.id, db.index)
        deps = shipped_deps(DemoClock(today))
        records = _new_cases(factory.generate(cases), office, deps.codelists, today,
                             deps.config, seed, secretariat_consent)
        written = 0
        for start in range(0, cases, BATCH):
            chunk = [next(records) for _ in range(min(BATCH, cases - start))]
            written += writer.write(chunk, batch_size=BATCH)
            if progress is not None:
                progress(written)
        with db.engine.connect() as conn:
            newest = conn.execute(text(
                "SELECT id, intake_date FROM case_file WHERE stage = 'PERLINDUNGAN' "
                "ORDER BY intake_date DESC LIMIT :n"), {"n": ENRICHED_CASES}).all()
        enriched = [(row[0], date.fromisoformat(str(row[1]))) for row in reversed(newest)]
        # The service tracks run beside the stages; written first, while every case is open.
        enrich_services(db.uow, actor, deps, enriched, today, seed)
        enrich(db.uow, actor, deps, enriched, today, seed)
        # Planner statistics for the bulk-loaded tables (the case list's plans rely on them
        # less than on its query shape, but they help SQLite pick the filter index it uses).
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()
        lock.release()
    log.info("demo database built: %d cases in %.1f s", cases, time.perf_counter() - started)
    return result
