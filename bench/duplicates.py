"""Possible duplicates at the secretariat: a full rescan of 100,000 cases and the search after
an import of 2,000 touched cases (``services/secretariat/duplicates``), on an encrypted store.

``python -m bench.duplicates``: the store (SQLCipher, in a temporary folder) holds the cases of
50 PPTs from ``ppt_desk.demo.twins`` (100,000 people, 2,000 of them registered again at another
PPT), written directly as rows. Then, in this process:

- ``rescan_100k``: every blocking key and pair from nothing (``rescan_all``, one transaction);
- ``find_for_cases_2k``: 2,000 cases as an import would touch them (half of them doubles), each
  against the cases sharing a key with it (``scan_cases``), with the keys already built;
- precision and recall of the pairs proposed by the rescan against the known doubles.
"""
from __future__ import annotations

import os
import random
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from ppt_desk.demo.twins import twins
from ppt_desk.domain.ids import uuid7
from ppt_desk.services.secretariat.duplicates import rescan_all, scan_cases
from ppt_desk.storage.engine import open_engine
from ppt_desk.storage.schema import Base, Case, DeviceState, Office, Person
from ppt_desk.storage.search import NameIndex
from ppt_desk.storage.changes import ChangeRecorder
from ppt_desk.storage.uow import SqlUnitOfWork

from .common import SEED, emit, log

PEOPLE, DOUBLES, OFFICES, TOUCHED = 100_000, 2_000, 50, 2_000
INTAKE = date(2026, 1, 15)
BATCH = 10_000


def build(path: Path) -> tuple[SqlUnitOfWork, dict[str, int], list[str]]:
    engine = open_engine(path, os.urandom(32))
    Base.metadata.create_all(engine)
    records = twins(PEOPLE, DOUBLES, OFFICES, seed=SEED)
    now = datetime(2026, 1, 15, 9, 0)
    device = uuid7()
    with engine.begin() as conn:
        conn.execute(DeviceState.__table__.insert().values(device_id=device, signing_key=b"x"))
        conn.execute(Office.__table__.insert(), [
            {"id": f"ppt-{n:02d}", "name": f"UPTD PPA {n:02d}", "kind": "UPTD_PPA",
             "province_code": "53", "regency_code": f"53.{n:02d}", "case_prefix": f"P{n:02d}",
             "device_id": device} for n in range(OFFICES)])
        for start in range(0, len(records), BATCH):
            persons, cases = [], []
            for n, r in enumerate(records[start:start + BATCH], start):
                f = r.facts
                person_id = f"p-{f.case_id}"
                persons.append({
                    "id": person_id, "full_name": f.names[0], "aliases": list(f.names[1:]),
                    "sex": f.sex, "birth_date": f.birth_date, "nik": f.nik,
                    "estimated_age": (INTAKE.year - f.birth_year_estimate
                                      if f.birth_date is None else None)})
                cases.append({
                    "id": f.case_id, "case_number": f"{f.office_id}/{n}", "office_id": f.office_id,
                    "year": 2026, "number_in_year": n, "person_id": person_id,
                    "intake_date": INTAKE, "intake_channel": "HOTLINE", "victim_status": "DIDUGA",
                    "victim_role": "KORBAN", "created_at": now, "updated_at": now})
            conn.execute(Person.__table__.insert(), persons)
            conn.execute(Case.__table__.insert(), cases)
    who = {r.facts.case_id: r.person for r in records}
    rng = random.Random(SEED)
    doubles = [r.facts.case_id for r in records if r.facts.case_id.startswith("d")]
    others = [r.facts.case_id for r in records if r.facts.case_id.startswith("c")]
    touched = rng.sample(doubles, TOUCHED // 2) + rng.sample(others, TOUCHED - TOUCHED // 2)
    return SqlUnitOfWork(engine, ChangeRecorder(device), NameIndex()), who, touched


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-dup-") as tmp:
        log(f"duplicates: building an encrypted store of {PEOPLE + DOUBLES:,} cases ...")
        started = time.perf_counter()
        uow, who, touched = build(Path(tmp) / "store.db")
        log(f"  built in {time.perf_counter() - started:.1f} s; full rescan ...")
        started = time.perf_counter()
        with uow:
            result = rescan_all(uow)
            uow.commit()
        rescan_s = time.perf_counter() - started
        with uow:
            pairs = uow.duplicates.pairs()
        truth = sum(1 for p in pairs if who[p.case_a] == who[p.case_b])
        emit("duplicates", "rescan_100k", rescan_s, "s", cases=result.cases,
             compared=result.compared, proposed=result.proposed,
             precision=round(truth / max(1, len(pairs)), 3), recall=round(truth / DOUBLES, 3))
        log("  search after an import of 2,000 touched cases ...")
        started = time.perf_counter()
        with uow:
            found = scan_cases(uow, touched)
            uow.commit()
        emit("duplicates", "find_for_cases_2k", time.perf_counter() - started, "s",
             cases=found.cases, compared=found.compared, proposed=found.proposed,
             rescored=found.rescored, withdrawn=found.withdrawn)


if __name__ == "__main__":
    main()
