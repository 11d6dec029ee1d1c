"""Child process for the T6 crash test: writes until it is killed.

Usage: python crash_writer.py DATA_DIR USERNAME PASSWORD SEED

Prints ``ready`` once unlocked, then ``case <number>`` after each case is committed
(flushed at once), so the parent knows what must survive a SIGKILL. Besides single cases it
also updates a user, saves drafts, opens cases (audit-only) and commits several cases in one
unit of work, so kills land inside every kind of transaction.
"""
from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

from ppt_desk.bootstrap import acquire_instance_lock, make_backend
from ppt_desk.domain.intake import CaseIntake, Guardian
from ppt_desk.security.kdf import TEST_PARAMS

GIVEN = ["Maria", "Yosefina", "Siti", "Nurhayati", "Agustina", "Dewi", "Kornelia", "Fransiska"]
FAMILY = ["Seran", "Bria", "Nahak", "Tlonaen", "Kolo", "Ndolu", "Lorosae", "Nenobais"]


def intake(rng: random.Random) -> CaseIntake:
    child = rng.random() < 0.3
    return CaseIntake(
        full_name=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", sex="P",
        intake_date=date(2025, rng.randint(1, 12), rng.randint(1, 28)), intake_channel="HOTLINE",
        victim_status=rng.choice(["DIDUGA", "KORBAN"]), estimated_age=15 if child else 25,
        guardian=Guardian("Ibu", "IBU") if child else Guardian(), modus=("KRJ-PRT",),
        notes="catatan " * rng.randint(0, 200),
    )


def main() -> None:
    data_dir, username, password, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    rng = random.Random(seed)
    lock = acquire_instance_lock(Path(data_dir))  # noqa: F841 - held until killed
    backend = make_backend(Path(data_dir), TEST_PARAMS)
    backend.session.unlock(username, password)
    me = backend.session.current_user
    print("ready", flush=True)
    step = 0
    last_case = None
    while True:
        step += 1
        roll = rng.random()
        if roll < 0.75:
            _, last_case, number = backend.cases.register(intake(rng))
            print(f"case {number}", flush=True)
        elif roll < 0.85:
            db = backend.session.db
            uow = db.uow()
            with uow:
                office = uow.office.get()
                numbers = [uow.cases.add(intake(rng), office, {"age_at_intake": 25,
                                                               "age_band": "DEWASA",
                                                               "is_child": False})[1]
                           for _ in range(rng.randint(2, 5))]
                uow.commit()
            for number in numbers:
                print(f"case {number}", flush=True)
        elif roll < 0.9:
            backend.users.update(me.id, f"Admin {step}", me.roles, True)
        elif roll < 0.95:
            backend.cases.save_draft({"step": step, "text": "draf " * rng.randint(1, 500)})
        elif last_case:
            backend.cases.open(last_case)


if __name__ == "__main__":
    main()
