"""gui.operations is the one way screens call the backend: a change always announces its
ChangeSet, a read never may, and no other GUI module runs tasks or emits data_changed itself."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from ppt_desk.gui.context import AppBus
from ppt_desk.gui.operations import OperationKindError, Operations
from ppt_desk.services.change_set import ChangeSet

GUI = Path(__file__).resolve().parents[2] / "src" / "ppt_desk" / "gui"
ALLOWED = {"operations.py", "runner.py"}  # the helper itself and the runner it drives


def _ops(runner) -> tuple[Operations, list[ChangeSet]]:
    bus = AppBus()
    heard: list[ChangeSet] = []
    bus.data_changed.connect(heard.append)
    return Operations(runner, bus), heard


def test_a_change_announces_its_changeset_before_the_caller_sees_the_result(runner):
    ops, heard = _ops(runner)
    seen = []
    changes = ChangeSet(cases=frozenset({"c1"}))
    ops.change(lambda: (changes, "r1"), on_done=lambda result: seen.append((list(heard), result)))
    assert heard == [changes]
    assert seen == [([changes], (changes, "r1"))]


def test_a_change_is_announced_even_when_the_screen_that_asked_is_gone(qtbot, runner):
    ops, heard = _ops(runner)
    widget = QWidget()
    called = []
    widget.setObjectName("gone")
    callback = widget.setObjectName  # a bound method of a deleted widget is dropped
    widget.deleteLater()
    qtbot.wait(10)
    ops.change(lambda: ChangeSet(users=True), on_done=lambda _r: called.append(1))
    ops.change(lambda: ChangeSet(directory=True), on_done=callback)
    assert [c.users or c.directory for c in heard] == [True, True]
    assert called == [1]


def test_an_empty_changeset_is_not_announced(runner):
    ops, heard = _ops(runner)
    ops.change(lambda: ChangeSet())
    assert heard == []


def test_a_read_that_changed_something_is_a_programming_error(runner):
    ops, heard = _ops(runner)
    with pytest.raises(OperationKindError):
        ops.query(lambda: ChangeSet(cases=frozenset({"c1"})))
    with pytest.raises(OperationKindError):
        ops.act(lambda: (ChangeSet(users=True), None))
    assert heard == []


def test_a_change_that_returned_no_changeset_is_a_programming_error(runner):
    ops, heard = _ops(runner)
    with pytest.raises(OperationKindError):
        ops.change(lambda: "not a change")
    assert heard == []


def test_errors_reach_on_error_and_announce_nothing(runner):
    from ppt_desk.domain.errors import DomainError

    ops, heard = _ops(runner)
    errors = []

    def refuse():
        raise DomainError("case_closed")

    ops.change(refuse, on_done=lambda _r: errors.append("done"), on_error=errors.append)
    assert [e.code for e in errors] == ["case_closed"] and heard == []


def _offences(path: Path) -> list[str]:
    """Calls of ``<x>.run(...)`` on a runner and ``data_changed.emit`` in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        target = ast.unparse(func.value)
        if func.attr == "run" and target.split(".")[-1] in ("runner", "_runner"):
            found.append(f"{path.name}:{node.lineno} {target}.run(...)")
        if func.attr == "emit" and target.split(".")[-1] == "data_changed":
            found.append(f"{path.name}:{node.lineno} {target}.emit(...)")
    return found


def test_no_gui_module_runs_tasks_or_announces_changes_itself():
    offences = [o for path in sorted(GUI.rglob("*.py")) if path.name not in ALLOWED
                for o in _offences(path)]
    assert offences == [], "use ctx.ops.query/act/change instead:\n" + "\n".join(offences)


def test_the_check_finds_a_hand_written_call(tmp_path):
    bad = tmp_path / "bad_page.py"
    bad.write_text("def f(self, c):\n    self.ctx.runner.run(print)\n"
                   "    self.ctx.bus.data_changed.emit(c)\n", encoding="utf-8")
    assert len(_offences(bad)) == 2
