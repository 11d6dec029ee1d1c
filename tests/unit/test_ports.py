"""The services reach storage only through what ``services/ports.py`` declares.

Read from the services' source (``ast``): every ``uow.<name>`` is a member of
``ports.UnitOfWork``, every ``uow.<repository>.<method>`` (also through an alias such as
``repo = uow.casework``) is declared on that repository's Protocol, every declared repository
method is called by some service (the ports say exactly what the services use), a parameter
typed as a row Protocol is read only for attributes the Protocol declares, and no unit of
work is typed ``Any``. tests/integration/test_ports_storage.py holds storage to the same
Protocols.
"""
from __future__ import annotations

import ast
import inspect
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ppt_desk.services import ports

SERVICES = Path(ports.__file__).resolve().parent
NOT_MEMBERS = {"__init__", "__subclasshook__"}  # what typing.Protocol adds to every protocol
ROW_PROTOCOLS = {"CaseHeader", "RecordRow", "ConsentRow", "StageChangeRow", "GroupSessionRow",
                 "ParticipantRow"}


def members(proto: type) -> set[str]:
    """The attributes and methods a Protocol declares (with those of its Protocol bases)."""
    names: set[str] = set()
    for klass in proto.__mro__:
        if klass in (object, typing.Protocol, typing.Generic):
            continue
        names |= set(vars(klass).get("__annotations__", {}))
        names |= {n for n, v in vars(klass).items()
                  if inspect.isfunction(v) or isinstance(v, property)} - NOT_MEMBERS
    return names


def repositories() -> dict[str, type]:
    """The repositories of the unit of work: attribute name -> its Protocol."""
    hints = typing.get_type_hints(ports.UnitOfWork)
    return {name: hint for name, hint in hints.items()
            if isinstance(hint, type) and getattr(hint, "_is_protocol", False)}


@dataclass(frozen=True)
class Use:
    where: str           # file:line
    repo: str | None     # None for a member of the unit of work itself
    name: str


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _args(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = fn.args
    return [*a.posonlyargs, *a.args, *a.kwonlyargs,
            *(x for x in (a.vararg, a.kwarg) if x is not None)]


def _annotation(arg: ast.arg) -> str:
    return ast.unparse(arg.annotation) if arg.annotation is not None else ""


def uses_in(source: str, label: str) -> tuple[list[Use], list[str]]:
    """What ``source`` reaches through its units of work, and the places where a repository
    leaves the check (passed on or stored other than as a plain alias)."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    uses: list[Use] = []
    escapes: list[str] = []
    for fn in _functions(tree):
        uows = {a.arg for a in _args(fn) if a.arg == "uow" or _annotation(a) == "UnitOfWork"}
        if not uows:
            continue
        aliases: dict[str, str] = {}
        for node in ast.walk(fn):
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Attribute)
                    and isinstance(node.value.value, ast.Name) and node.value.value.id in uows):
                aliases[node.targets[0].id] = node.value.attr
        for node in ast.walk(fn):
            if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
                continue
            where = f"{label}:{node.lineno}"
            base = node.value.id
            if base in uows:
                uses.append(Use(where, None, node.attr))
                parent = parents.get(node)
                if isinstance(parent, ast.Attribute) and parent.value is node:
                    uses.append(Use(where, node.attr, parent.attr))
                elif node.attr in repositories() and not (
                        isinstance(parent, ast.Assign) and parent.value is node):
                    escapes.append(f"{where}: uow.{node.attr} used other than uow.{node.attr}.x")
            elif base in aliases:
                uses.append(Use(where, aliases[base], node.attr))
        for node in ast.walk(fn):
            if (isinstance(node, ast.Name) and node.id in aliases
                    and isinstance(node.ctx, ast.Load)
                    and not (isinstance(parents.get(node), ast.Attribute)
                             and parents[node].value is node)):
                escapes.append(f"{label}:{node.lineno}: {node.id} (uow.{aliases[node.id]}) "
                               f"used other than as {node.id}.x")
    return uses, escapes


def service_uses() -> tuple[list[Use], list[str]]:
    uses: list[Use] = []
    escapes: list[str] = []
    for path in sorted(SERVICES.rglob("*.py")):
        u, e = uses_in(path.read_text(encoding="utf-8"), str(path.relative_to(SERVICES)))
        uses += u
        escapes += e
    return uses, escapes


def undeclared(uses: list[Use]) -> list[str]:
    repos = repositories()
    uow_members = members(ports.UnitOfWork)
    wrong = []
    for use in uses:
        if use.repo is None:
            if use.name not in uow_members:
                wrong.append(f"{use.where}: uow.{use.name} is not declared on ports.UnitOfWork")
        elif use.repo in repos and use.name not in members(repos[use.repo]):
            wrong.append(f"{use.where}: uow.{use.repo}.{use.name} is not declared on "
                         f"ports.{repos[use.repo].__name__}")
    return wrong


def test_the_unit_of_work_declares_every_repository_of_the_services():
    assert set(repositories()) >= {"cases", "users", "office", "drafts", "casework", "directory",
                                   "groups", "settings"}


def test_services_call_only_declared_repository_methods():
    uses, escapes = service_uses()
    assert len({(u.repo, u.name) for u in uses if u.repo}) > 40, "the parser found too few calls"
    assert sorted(undeclared(uses)) == []
    assert escapes == []


def test_every_declared_repository_method_is_used_by_a_service():
    """The ports declare exactly what the services call (nothing kept for nobody)."""
    uses, _ = service_uses()
    used = {(u.repo, u.name) for u in uses if u.repo}
    unused = sorted(f"ports.{proto.__name__}.{method} (uow.{repo})"
                    for repo, proto in repositories().items()
                    for method in members(proto) if (repo, method) not in used)
    assert unused == []


def test_the_check_sees_direct_and_aliased_calls():
    source = '''
def f(uow: UnitOfWork, case_id):
    uow.casework.no_such_method(case_id)
    repo = uow.groups
    repo.nor_this(case_id)
    uow.nowhere.get()
    helper(uow.directory)
'''
    uses, escapes = uses_in(source, "x.py")
    assert sorted(undeclared(uses)) == [
        "x.py:3: uow.casework.no_such_method is not declared on ports.CaseworkRepository",
        "x.py:5: uow.groups.nor_this is not declared on ports.GroupRepository",
        "x.py:6: uow.nowhere is not declared on ports.UnitOfWork"]
    assert escapes == ["x.py:7: uow.directory used other than uow.directory.x"]


def test_row_parameters_read_only_declared_attributes():
    """A parameter typed as a row Protocol (``header: CaseHeader``, ``row: RecordRow``, …) is
    read only for what the Protocol declares: storage promises nothing else."""
    wrong = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in _functions(tree):
            typed = {a.arg: _annotation(a) for a in _args(fn) if _annotation(a) in ROW_PROTOCOLS}
            for node in ast.walk(fn):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id in typed):
                    proto = getattr(ports, typed[node.value.id])
                    if node.attr not in members(proto):
                        wrong.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr} "
                                     f"is not declared on ports.{proto.__name__}")
    assert wrong == []


def test_no_unit_of_work_or_row_is_typed_any():
    wrong = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in _functions(tree):
            for a in _args(fn):
                ann = _annotation(a)
                if a.arg == "uow" and ann != "UnitOfWork":
                    wrong.append(f"{path.name}:{fn.lineno}: {fn.name}(uow: {ann or '?'})")
                elif a.arg in {"header", "row", "rows", "change"} and ann in {"", "Any"}:
                    wrong.append(f"{path.name}:{fn.lineno}: {fn.name}({a.arg}: {ann or '?'})")
    assert wrong == []
    assert not [p for p in SERVICES.rglob("*.py") if "uow: Any" in p.read_text(encoding="utf-8")]
