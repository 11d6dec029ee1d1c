"""gui/page_query.PageQuery, the "load on show, keep the newest answer" of the secretariat's
pages and the Konflik data page, on the real task runner (a worker thread; answers come back
through the event loop, so a second request is made before the first answer is handed over)."""
from __future__ import annotations

import itertools

from ppt_desk.gui.page_query import PageQuery
from ppt_desk.gui.pages.base import BasePage
from ppt_desk.gui.runner import TaskRunner

from gui_helpers import make_ctx


def _page(qtbot, backend, prefs):
    runner = TaskRunner()
    page = BasePage(make_ctx(backend, runner, prefs))
    qtbot.addWidget(page)
    shown: list[int] = []
    answers = itertools.count(1)
    query = PageQuery(page, lambda: next(answers), shown.append, lambda exc: shown.append(-1))
    return runner, query, shown


def _settle(qtbot, runner) -> None:
    runner.wait_idle()
    qtbot.waitUntil(lambda: not runner.busy)


def test_an_answer_older_than_the_newest_request_is_dropped(qtbot, backend, prefs):
    runner, query, shown = _page(qtbot, backend, prefs)
    assert not query.loaded
    query.shown()
    query.run()          # asked again (a refresh) before the first answer arrived
    _settle(qtbot, runner)
    assert query.loaded and shown == [2]

    query.run()
    query.forget()       # the page is cleared (lock) while the answer is on its way
    _settle(qtbot, runner)
    assert not query.loaded and shown == [2]

    query.run()
    backend.session.lock()      # locked after asking: nothing is shown
    _settle(qtbot, runner)
    assert shown == [2]


def test_an_answer_for_a_deleted_page_is_dropped(qtbot, backend, prefs):
    import threading

    runner = TaskRunner()
    page = BasePage(make_ctx(backend, runner, prefs))
    shown: list[int] = []
    gate = threading.Event()
    query = PageQuery(page, lambda: gate.wait(5) and 1, shown.append, shown.append)
    query.shown()
    page.deleteLater()
    qtbot.wait(20)       # the page is gone before the answer comes
    gate.set()
    _settle(qtbot, runner)
    assert shown == []
