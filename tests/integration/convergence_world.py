"""T5's world, built once per store and test session: real PPT data folders that register
cases, write casework, transfer cases to each other (with the receiver's edits and a deliberate
concurrent edit of the same field on both sides), export real bundles to the province and take
its receipts; and a *reference* province that imported every bundle once, in the order they
were written. A pristine copy of the province (enrolled, nothing imported) is kept so each
delivery schedule starts from a fresh copy (on PostgreSQL: a database copied from it).

``content_hash``: every tracked table except the office-local ones (staff, shares, settings:
never written from another office), rows sorted by id, minus ``version`` (a row's local change
counter: how many writes reached it here, which depends on how events were batched and merged)
and, on a row with an open conflict, the conflicting fields and the row's save time (their value
is whichever edit arrived first until a supervisor decides; the conflict item itself is
compared separately).
"""
from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text

from integration_helpers import make_intake
from ppt_desk.bootstrap import make_backend
from ppt_desk.demo.casework import demo_payloads
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.sync.merge import BOOKKEEPING
from ppt_desk.security.kdf import TEST_PARAMS
from ppt_desk.services.dto import ConsentInput, OfficeProfile
from ppt_desk.storage.apply import OFFICE_LOCAL
from ppt_desk.storage.changes import tracked_tables
from sync_helpers import (
    ADMIN, PASSWORD, device_id, enrol_both, give_secretariat_consent, new_office, new_province,
)

# Regencies of NTT (official codes) for the simulated PPTs.
REGENCIES = [f"53.{n:02d}" for n in range(1, 22)] + ["53.71"]
DELIBERATE_FIELD = "notes"


@dataclass(frozen=True)
class Config:
    ppts: int
    cases: int            # in all, spread over the PPTs
    rounds: int           # rounds of work, each ending with some exports and receipts
    transfers: int        # cases moved between PPTs (each with a concurrent edit)
    seed: int = 20261203


@dataclass(frozen=True)
class Bundle:
    index: int
    ppt: int
    path: Path
    after: int | None     # a bundle the province had imported before this one could be written


@dataclass
class World:
    store: object                      # tests/pg.Store
    province: Path                     # pristine province folder (locked)
    bundles: list[Bundle]
    last_seq: dict[str, int]           # each PPT's last event number
    deliberate: set[tuple[str, str, str]]
    reference_hash: str
    reference_conflicts: list[tuple]
    row_ids: set[tuple[str, str]] = field(default_factory=set)   # every row a PPT holds
    stats: dict[str, float] = field(default_factory=dict)


def _office(i: int) -> OfficeProfile:
    return OfficeProfile(f"UPTD PPA Simulasi {i:02d}", "UPTD_PPA", "53", REGENCIES[i],
                         f"S{i:02d}")


def copy_province(world: World, target: Path):
    """A fresh province from the pristine copy (its own database on PostgreSQL), unlocked."""
    shutil.copytree(world.province, target)
    if world.store.server is not None:
        import pg
        pg.copy_office_database(world.store.server, target)
    backend = make_backend(target, TEST_PARAMS)
    backend.session.unlock(ADMIN, PASSWORD)
    return backend


def drop_province(world: World, backend, folder: Path) -> None:
    settings = None
    if world.store.server is not None:
        from ppt_desk.storage.store_config import read_store_config
        settings = read_store_config(folder)
    backend.session.lock()
    if settings is not None:
        world.store.server.drop_database(settings)
    shutil.rmtree(folder, ignore_errors=True)


def _raw_edit(backend, case_id: str, value: str) -> None:
    """A write that skips the ownership rule (an old program version, a second laptop): the
    same tracked change the services make, so it travels as a real event."""
    with backend.session.db.uow() as uow:
        uow.casework.update_case(case_id, **{DELIBERATE_FIELD: value})
        uow.commit()


def build(config: Config, store, root: Path) -> World:
    started = time.perf_counter()
    rnd = random.Random(config.seed)
    province = new_province(root / "province", store)
    ppts = [new_office(root / f"ppt{i:02d}", _office(i)) for i in range(config.ppts)]
    for i, ppt in enumerate(ppts):
        enrol_both(ppt, province.backend, root / "cards" / f"p{i}", province.backup)
    pairs = [(i, (i + 1) % config.ppts) for i in range(config.transfers)]
    for a, b in pairs:
        enrol_both(ppts[a], ppts[b], root / "cards" / f"t{a}-{b}")
    province.backend.session.lock()
    reference = copy_province(World(store, root / "province", [], {}, set(), "", []),
                              root / "reference")
    ids = _row_ids(reference)   # the province's own rows; every PPT's are added at the end
    payload = demo_payloads(ppts[0].deps.clock.today())["konseling"]
    out = root / "bundles"
    out.mkdir()
    (root / "receipts").mkdir()
    bundles: list[Bundle] = []
    anchor: dict[int, int | None] = {i: None for i in range(config.ppts)}
    cases: dict[int, list[str]] = {i: [] for i in range(config.ppts)}
    deliberate: set[tuple[str, str, str]] = set()
    moved: list[str] = []
    per_round = max(1, config.cases // (config.ppts * config.rounds))
    transfer_round = config.rounds // 2
    for rnd_no in range(config.rounds + 1):
        final = rnd_no == config.rounds
        for i, ppt in enumerate(ppts):
            if final:
                break
            extra = 1 if rnd_no == 0 and i < config.cases - per_round * config.ppts * \
                config.rounds else 0
            for _ in range(per_round + extra):
                cases[i].append(ppt.cases.register(make_intake())[1])
            for case_id in rnd.sample(cases[i], min(len(cases[i]), per_round // 2 + 1)):
                ppt.casework.save_record(case_id, "konseling", payload)
        if rnd_no == transfer_round:
            for a, b in pairs:
                moved.append(cases[a].pop(0))
                deliberate.add(_transfer(ppts[a], ppts[b], moved[-1], root / "stick"))
        if rnd_no == transfer_round + 1 and pairs:   # the first moved case comes back
            (a, b), case_id = pairs[0], moved[0]
            _send_back(ppts[b], ppts[a], case_id, root / "stick")
        written = []
        for i, ppt in enumerate(ppts):
            if not final and rnd.random() < 0.3:
                continue   # no stick this round
            before = set(out.iterdir())
            try:
                ppt.sync.export(out)
            except DomainError as exc:
                assert exc.code == "nothing_to_send"
                continue
            (path,) = set(out.iterdir()) - before
            written.append(Bundle(len(bundles) + len(written), i, path, anchor[i]))
        for bundle in written:   # the reference: every bundle once, as written
            _, result = reference.sync.import_bundle(bundle.path)
            assert result.outcome == "applied", result
        bundles += written
        for i, ppt in enumerate(ppts):
            sent = [b.index for b in bundles if b.ppt == i]
            if final or not sent or rnd.random() < 0.5:
                continue
            _, name = reference.sync.write_receipt(device_id(ppt), root / "receipts")
            _, result = ppt.sync.import_bundle(root / "receipts" / name)
            assert result.outcome == "applied", result
            anchor[i] = sent[-1]
    last = {}
    for ppt in ppts:
        ids |= _row_ids(ppt)
        own = device_id(ppt)
        with ppt.session.db.engine.connect() as conn:
            last[own] = conn.execute(text(
                "SELECT next_seq - 1 FROM device_state")).scalar_one()
        ppt.session.lock()
    world = World(store, root / "province", bundles, last, deliberate,
                  content_hash(reference), conflicts(reference), ids)
    assert row_ids(reference) == ids, "the reference lost rows"
    world.stats.update(events=sum(last.values()), bundles=len(bundles),
                       received_rows=_received_count(reference),
                       cases=sum(len(c) for c in cases.values()) + len(pairs),
                       build_seconds=time.perf_counter() - started)
    reference.session.lock()
    return world


def _send_back(b, a, case_id: str, stick: Path) -> None:
    """``b`` sends the case back to ``a`` (epoch 2), which takes it and writes on it."""
    today = b.deps.clock.today()
    b.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", today, "TERTULIS",
                                           a.office.profile().name))
    _, name = b.sync.transfer_case(case_id, device_id(a), "Korban kembali", stick)
    _, result = a.sync.import_bundle(stick / name)
    assert result.outcome == "applied", result
    a.casework.save_record(case_id, "konseling", demo_payloads(today)["konseling"])


def _transfer(a, b, case_id: str, stick: Path) -> tuple[str, str, str]:
    """``a`` moves a case to ``b``; ``b`` takes it and writes casework on it; then both edit
    the case's notes (``a`` past the ownership rule): one concurrent same-field edit."""
    stick.mkdir(exist_ok=True)
    today = a.deps.clock.today()
    give_secretariat_consent(a, case_id)   # the province may see its notes
    a.consent.record(case_id, ConsentInput("RUJUKAN", "KORBAN", today, "TERTULIS",
                                           b.office.profile().name))
    _, name = a.sync.transfer_case(case_id, device_id(b), "Korban dipulangkan", stick)
    _, result = b.sync.import_bundle(stick / name)
    assert result.outcome == "applied", result
    b.casework.save_record(case_id, "konseling", demo_payloads(today)["konseling"])
    _raw_edit(a, case_id, "Catatan di kantor pengirim")
    _raw_edit(b, case_id, "Catatan di kantor penerima")
    return ("case_file", case_id, DELIBERATE_FIELD)


# -- what is compared --------------------------------------------------------------------------
def conflicts(backend) -> list[tuple]:
    """Open conflict items: (entity, entity_id, field, the two values in sorted order)."""
    with backend.session.db.engine.connect() as conn:
        found = conn.execute(text(
            "SELECT entity, entity_id, field, local_value, incoming_value FROM sync_conflict "
            "WHERE status = 'OPEN'")).all()
    return sorted((e, i, f, tuple(sorted(json.dumps(_plain(v), sort_keys=True)
                                         for v in (lv, iv))))
                  for e, i, f, lv, iv in found)


def _plain(value):
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _row_ids(backend) -> set[tuple[str, str]]:
    """(table, id) of every row the province takes from PPTs (its own office-local rows and
    a PPT's are not sent)."""
    out: set[tuple[str, str]] = set()
    with backend.session.db.engine.connect() as conn:
        for name, table in tracked_tables().items():
            if name not in OFFICE_LOCAL:
                out |= {(name, i) for (i,) in conn.execute(select(table.c.id))}
    return out


row_ids = _row_ids


def content_hash(backend) -> str:
    masked: dict[tuple[str, str], set[str]] = {}
    for entity, entity_id, name, _ in conflicts(backend):
        masked.setdefault((entity, entity_id), set(BOOKKEEPING)).add(name)
    digest = hashlib.sha256()
    with backend.session.db.engine.connect() as conn:
        for name, table in sorted(tracked_tables().items()):
            if name in OFFICE_LOCAL:
                continue
            digest.update(f"\0{name}\0".encode())
            for row in conn.execute(select(table).order_by(table.c.id)):
                values = dict(row._mapping)
                values.pop("version", None)
                for column in masked.get((name, values["id"]), ()):
                    values.pop(column, None)
                digest.update(json.dumps(values, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def received(backend) -> Counter:
    """(origin, status) -> how many events ``received_event`` holds."""
    with backend.session.db.engine.connect() as conn:
        return Counter({(o, s): n for o, s, n in conn.execute(text(
            "SELECT origin_device_id, status, count(*) FROM received_event "
            "GROUP BY origin_device_id, status"))})


def missing_events(backend, last_seq: dict[str, int]) -> dict[str, tuple]:
    """The PPTs whose events 1..last are not all applied here, with (how many are, the
    highest): empty when none is lost (numbers are unique per origin)."""
    with backend.session.db.engine.connect() as conn:
        found = {o: (n, top) for o, n, top in conn.execute(text(
            "SELECT origin_device_id, count(*), max(device_seq) FROM received_event "
            "WHERE status = 'APPLIED' GROUP BY origin_device_id")).all()}
    return {d: found.get(d, (0, 0)) for d, n in last_seq.items() if found.get(d) != (n, n)}


def _received_count(backend) -> int:
    return sum(received(backend).values())
