"""Only the owner edits a case: every write entry point of the facades refuses a case that was
transferred away (``case_transferred`` naming where it went), and nothing is written.

The entry points come from the facades themselves: every public method that returns a
ChangeSet (it writes, services/api.py) and takes a case, a consent, a stage change or a group
session. A new one fails ``test_every_write_entry_point_is_walked`` until it is added below,
with a call that reaches it on the transferred case."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing

import pytest

from integration_helpers import make_intake, scalar
from ppt_desk.domain.conference import ConferenceInput, ParticipantInput
from ppt_desk.domain.errors import DomainError
from ppt_desk.domain.tracks import GroupParticipantInput, GroupSessionInput
from ppt_desk.services import facades
from ppt_desk.services.change_set import ChangeSet
from ppt_desk.services.dto import ConsentInput
from ppt_desk.services.facades.base import Facade
from sync_helpers import device_id
from transfer_helpers import BELU, DAY, P, make_world, transfer

# Parameters that name a case or something of one.
CASE_PARAMETERS = {"case_id", "consent_id", "change_id", "session_id", "session"}


def _writes(hint: object) -> bool:
    return hint is ChangeSet or (typing.get_origin(hint) is tuple
                                 and typing.get_args(hint)[:1] == (ChangeSet,))


def write_entry_points() -> set[str]:
    found = set()
    for info in pkgutil.iter_modules(facades.__path__):
        module = importlib.import_module(f"{facades.__name__}.{info.name}")
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, Facade)
                    and cls.__module__ == module.__name__):
                continue
            for name, fn in vars(cls).items():
                if name.startswith("_") or not inspect.isfunction(fn):
                    continue
                hints = typing.get_type_hints(fn)
                if _writes(hints.get("return")) and \
                        set(inspect.signature(fn).parameters) & CASE_PARAMETERS:
                    found.add(f"{cls.__name__}.{name}")
    return found


def _session(w, *case_ids):
    return GroupSessionInput(DAY, "KELOMPOK_DUKUNGAN", "Sesi baru", "Ani", 60, "DI_DALAM_PANTI",
                             "", tuple(GroupParticipantInput(c, "KORBAN") for c in case_ids))


CALLS = {
    "CaseworkFacade.save_record":
        lambda w: w.a.casework.save_record(w.case_id, "konseling", P["konseling"]),
    "CaseworkFacade.request_stage_change":
        lambda w: w.a.casework.request_stage_change(w.case_id, "PENDEKATAN_AWAL"),
    "CaseworkFacade.review_stage_change":
        lambda w: w.a.casework.review_stage_change(w.pending, True),
    "CaseworkFacade.hand_over": lambda w: w.a.casework.hand_over(w.case_id, w.ani_id, "Cuti"),
    "CaseworkFacade.share": lambda w: w.a.casework.share(w.case_id, w.ani_id, False),
    "ConsentFacade.record": lambda w: w.a.consent.record(
        w.case_id, ConsentInput("SEKRETARIAT", "KORBAN", DAY, "TERTULIS")),
    "ConsentFacade.withdraw": lambda w: w.a.consent.withdraw(w.consent_id, DAY, "Dicabut"),
    "GroupSessionsFacade.add": lambda w: w.a.groups.add(_session(w, w.case_id, w.other_case)),
    "GroupSessionsFacade.update":
        lambda w: w.a.groups.update(w.session_id, _session(w, w.case_id, w.other_case)),
    "GroupSessionsFacade.delete": lambda w: w.a.groups.delete(w.session_id),
    "DocumentsFacade.print_referral_letter": lambda w: w.a.documents.print_referral_letter(
        w.case_id, w.unnumbered, w.stick.parent / "rujukan-2.pdf"),
    "DocumentsFacade.print_handover_minutes": lambda w: w.a.documents.print_handover_minutes(
        w.case_id, w.handover, w.stick.parent / "berita-acara.pdf"),
    "SyncFacade.transfer_case": lambda w: w.a.sync.transfer_case(
        w.case_id, device_id(w.b), "Lagi", w.stick),
    # taking a case back is for a receiver revoked here (test_transfer_back.py); Belu is not
    "SyncFacade.take_back": lambda w: w.a.sync.take_back(w.case_id, "Hilang"),
    # a gelar kasus held on the case before it moved (the ``moved`` fixture)
    "ConferenceFacade.start_plan": lambda w: w.a.conferences.start_plan(w.conference_id,
                                                                        w.case_id),
}


def test_every_write_entry_point_is_walked():
    assert write_entry_points() == set(CALLS)


@pytest.fixture(scope="module")
def moved(tmp_path_factory, template_folder):
    """The case made at the template PPT, transferred to Belu (built once for the module)."""
    import shutil

    from ppt_desk.bootstrap import make_backend
    from ppt_desk.security.kdf import TEST_PARAMS
    from sync_helpers import ADMIN, PASSWORD

    root = tmp_path_factory.mktemp("ownership")
    shutil.copytree(template_folder[0], root / "data")
    backend = make_backend(root / "data", TEST_PARAMS)
    backend.session.unlock(ADMIN, PASSWORD)
    w = make_world(backend, root)
    _, w.conference_id = w.a.conferences.plan(ConferenceInput(
        "GELAR_KASUS", DAY, "Ruang rapat", (w.case_id,),
        (ParticipantInput("Ani", None, "KETUA", DAY),)))
    w.a.conferences.start(w.conference_id)
    w.a.conferences.finish(w.conference_id, DAY)
    transfer(w)
    yield w
    w.lock()
    backend.session.lock()


@pytest.mark.parametrize("entry", sorted(CALLS))
def test_a_transferred_case_refuses_every_write(moved, entry):
    before = {t: scalar(moved.a, f"SELECT count(*) FROM {t}")
              for t in ("outbox_event", "bundle_log", "case_record", "consent")}
    with pytest.raises(DomainError) as err:
        CALLS[entry](moved)
    assert (err.value.code, err.value.params) == ("case_transferred", {"to": BELU})
    assert {t: scalar(moved.a, f"SELECT count(*) FROM {t}") for t in before} == before
    assert not list(moved.stick.parent.glob("berita-acara.pdf"))
    assert not list(moved.stick.parent.glob("rujukan-2.pdf"))


def test_a_transferred_case_still_prints_its_summary(moved):
    """The ringkasan kasus only reads: the copy left here still prints for the office's file."""
    path = moved.stick.parent / "ringkasan.pdf"
    moved.a.documents.print_case_summary(moved.case_id, path)
    assert path.read_bytes().startswith(b"%PDF")
    path.unlink()


def test_the_cases_that_stay_remain_editable(moved):
    moved.a.casework.save_record(moved.other_case, "konseling", P["konseling"])
    assert moved.a.cases.open(moved.other_case).read_only is False


def test_a_copy_marked_transferred_is_read_only_even_on_its_owning_device(backend):
    """``transferred_to`` alone makes a copy read-only (whatever the owner field says)."""
    _, case_id, _ = backend.cases.register(make_intake())
    with backend.session.open_store().uow() as uow:
        uow.sync.set_owner(case_id, device_id(backend), 0, BELU)
        uow.commit()
    with pytest.raises(DomainError) as err:
        backend.casework.save_record(case_id, "konseling", P["konseling"])
    assert (err.value.code, err.value.params) == ("case_transferred", {"to": BELU})
    assert backend.cases.open(case_id).read_only
