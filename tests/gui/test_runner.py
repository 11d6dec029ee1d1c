"""TaskRunner: work runs on one worker thread, in order; results come back on the GUI thread."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from ppt_desk.domain.errors import DomainError
from ppt_desk.gui.runner import TaskRunner


def test_results_and_errors_arrive_on_gui_thread_in_order(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list = []

    def work(n):
        seen.append(("ran", n, threading.get_ident() != gui))
        if n == 2:
            raise DomainError("case_not_found")
        return n * 10

    for n in range(4):
        runner.run(work, n, on_done=lambda r: seen.append(("done", r, threading.get_ident() == gui)),
                   on_error=lambda e: seen.append(("error", e.code, threading.get_ident() == gui)))
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert [s for s in seen if s[0] == "ran"] == [("ran", n, True) for n in range(4)]
    assert [s for s in seen if s[0] != "ran"] == [("done", 0, True), ("done", 10, True),
                                                   ("error", "case_not_found", True),
                                                   ("done", 30, True)]


def test_callback_of_deleted_widget_is_dropped(qtbot):
    runner = TaskRunner()
    label = QLabel()
    gate = threading.Event()
    runner.run(gate.wait, 5, on_done=label.setText)
    label.deleteLater()
    qtbot.wait(20)  # the label is gone before the work finishes
    gate.set()
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        pass  # no RuntimeError about a deleted C++ object
