"""Storage implements the ports the services are written against (services/ports.py).

A real unit of work of an unlocked data folder is opened; each of its repositories must have
every method its Protocol declares, with the same parameters (names, kinds, defaults where the
Protocol has one). The rows storage hands out must carry every attribute their read-only
row Protocol declares. tests/unit/test_ports.py holds the services to the same Protocols.
"""
from __future__ import annotations

import dataclasses
import inspect
import typing

import pytest

from ppt_desk.services import ports
from ppt_desk.storage import casework_repo, schema

NOT_MEMBERS = {"__init__", "__subclasshook__"}  # what typing.Protocol adds to every protocol

# The storage class behind each row Protocol.
ROWS = {
    ports.CaseHeader: casework_repo.CaseHeader,
    ports.RecordRow: schema.CaseRecord,
    ports.ConsentRow: schema.Consent,
    ports.StageChangeRow: schema.StageChange,
    ports.GroupSessionRow: schema.GroupSession,
    ports.ParticipantRow: schema.GroupParticipant,
}


def members(proto: type) -> set[str]:
    names: set[str] = set()
    for klass in proto.__mro__:
        if klass in (object, typing.Protocol, typing.Generic):
            continue
        names |= set(vars(klass).get("__annotations__", {}))
        names |= {n for n, v in vars(klass).items()
                  if inspect.isfunction(v) or isinstance(v, property)} - NOT_MEMBERS
    return names


def methods(proto: type) -> set[str]:
    return {n for n in members(proto) if inspect.isfunction(getattr(proto, n, None))}


def parameters(fn: object) -> list[tuple[str, object, bool]]:
    """(name, kind, has a default) of each parameter, ``self`` left out."""
    params = list(inspect.signature(fn).parameters.values())
    if params and params[0].name == "self":
        params = params[1:]
    return [(p.name, p.kind, p.default is not inspect.Parameter.empty) for p in params]


def mismatches(proto: type, impl: object) -> list[str]:
    """How ``impl`` (an object or class) falls short of the methods ``proto`` declares."""
    wrong = []
    name = type(impl).__name__ if not isinstance(impl, type) else impl.__name__
    for method in sorted(methods(proto)):
        found = getattr(impl, method, None)
        if not callable(found):
            wrong.append(f"{name}.{method} missing (declared on ports.{proto.__name__})")
            continue
        want = parameters(getattr(proto, method))
        have = parameters(getattr(type(impl) if not isinstance(impl, type) else impl, method))
        if [(n, k) for n, k, _ in want] != [(n, k) for n, k, _ in have] or any(
                d and not h for (_, _, d), (_, _, h) in zip(want, have)):
            wrong.append(f"{name}.{method}{[p[0] for p in have]} differs from "
                         f"ports.{proto.__name__}.{method}{[p[0] for p in want]}")
    return wrong


def repositories() -> dict[str, type]:
    hints = typing.get_type_hints(ports.UnitOfWork)
    return {name: hint for name, hint in hints.items()
            if isinstance(hint, type) and getattr(hint, "_is_protocol", False)}


@pytest.fixture
def uow(backend):
    unit = backend.session.open_store().uow()
    with unit:
        yield unit


def test_the_unit_of_work_has_every_declared_repository_and_method(uow):
    wrong = mismatches(ports.UnitOfWork, uow)
    for attribute in sorted(members(ports.UnitOfWork) - methods(ports.UnitOfWork)):
        if not hasattr(uow, attribute):
            wrong.append(f"{type(uow).__name__}.{attribute} missing")
    assert wrong == []


@pytest.mark.parametrize("repo", sorted(repositories()))
def test_each_repository_implements_its_protocol(uow, repo):
    proto = repositories()[repo]
    impl = getattr(uow, repo)
    assert mismatches(proto, impl) == []


def test_the_check_sees_a_missing_or_different_method():
    class Short:
        def header(self, case: str) -> None: ...

    wrong = mismatches(ports.CaseworkRepository, Short())
    assert "Short.header['case'] differs from ports.CaseworkRepository.header['case_id']" in wrong
    assert "Short.records missing (declared on ports.CaseworkRepository)" in wrong


@pytest.mark.parametrize("proto", list(ROWS), ids=lambda p: p.__name__)
def test_storage_rows_carry_what_the_row_protocols_declare(proto):
    row = ROWS[proto]
    has = set(dir(row))
    if dataclasses.is_dataclass(row):
        has |= {f.name for f in dataclasses.fields(row)}
    assert sorted(members(proto) - has) == []
