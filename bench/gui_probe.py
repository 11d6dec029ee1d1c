"""A cold ppt-desk process, timed: start → unlock dialog shown → (Buka) → register shown → RSS.

Run by ``python -m bench`` as a fresh process per measurement::

    PPT_DESK_BENCH_EXIT_AT=unlock|main  python -m bench.gui_probe DATA_DIR PASSWORD

It runs the real start-up path (``ppt_desk.__main__.main(["--data-dir", DATA_DIR])`` →
``cli.main`` → ``gui.app.run_gui``: every import, QApplication, instance lock, the unlock
dialog). Only observers are added: ``AppController.show_unlock`` and
``CaseListPage._show_page`` are wrapped to note when the dialog is shown and when the
case list has its first page. With ``main``, the probe types the password, clicks "Buka",
then drives the case list like a user (typed searches through the debounced search box,
header clicks for every sort, filters) and reads the peak RSS before quitting.

Prints one JSON object (times are ``time.time()`` wall-clock seconds, comparable with the
parent's clock taken just before it started this process).
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time


def _rss_mib() -> float:
    """Peak RSS so far (``ru_maxrss``; KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> bool:
    """Reset the peak-RSS mark to the current RSS (Linux >= 4.0), so later peaks exclude
    Argon2id's transient working memory."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def main() -> int:
    data_dir, password = sys.argv[1], sys.argv[2]
    exit_at = os.environ.get("PPT_DESK_BENCH_EXIT_AT", "unlock")
    marks: dict[str, float] = {}

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ppt_desk.gui import app as gui_app
    from ppt_desk.gui.pages import case_list, today_page

    state: dict = {"actions": [], "page": None, "controller": None}

    def finish() -> None:
        marks["finished"] = time.time()
        marks["rss_peak_mib"] = _rss_mib()
        marks["rss_now_mib"] = _current_rss_mib()
        print(json.dumps(marks), flush=True)
        controller = state["controller"]
        if controller is not None and controller.window is not None:
            controller.quit()
        else:
            QApplication.instance().exit(0)

    original_show_unlock = gui_app.AppController.show_unlock

    def show_unlock(self, username: str = ""):
        dialog = original_show_unlock(self, username)
        state["controller"] = self
        if "unlock_shown" not in marks:
            QTimer.singleShot(0, lambda: dialog_shown(dialog))
        return dialog

    def dialog_shown(dialog) -> None:
        marks["unlock_shown"] = time.time()
        marks["rss_at_unlock_mib"] = _current_rss_mib()
        if exit_at == "unlock":
            finish()
            return
        click_when_ready(dialog)

    def click_when_ready(dialog) -> None:
        if dialog.username.count() == 0:  # usernames are read on the worker thread
            QTimer.singleShot(5, lambda: click_when_ready(dialog))
            return
        dialog.select_username("demo")
        dialog.password.setText(password)
        marks["open_clicked"] = time.time()
        dialog.open_button.click()

    original_today_show = today_page.TodayPage._show

    def today_show(self, request, view) -> None:
        original_today_show(self, request, view)
        if "first_page_shown" not in marks and request == self._request:
            # The start page ("Hari ini") with its due items: what a user sees after "Buka".
            marks["first_page_shown"] = time.time()
            marks["due_items"] = len(view.due)
            window = state["controller"].window
            QTimer.singleShot(0, lambda: window.show_page(window.case_list))

    original_show_page = case_list.CaseListPage._show_page

    def show_page(self, request, page) -> None:
        original_show_page(self, request, page)
        if request != self._request:
            return
        if "register_shown" not in marks:
            state["page"] = self
            QTimer.singleShot(0, register_shown)
        elif state["actions"]:
            marks["workload_steps"] += 1
            QTimer.singleShot(0, state["actions"].pop(0))
        else:
            QTimer.singleShot(0, finish)

    def register_shown() -> None:
        marks["register_shown"] = time.time()
        marks["rss_peak_to_register_mib"] = _rss_mib()
        marks["rss_at_register_mib"] = _current_rss_mib()
        marks["rows_shown"] = state["page"].model.rowCount()
        marks["peak_reset"] = _reset_peak()
        state["actions"] = workload(state["page"])
        state["actions"].pop(0)()

    def workload(page) -> list:
        """What a caseworker does in the first minutes: searches, sorts, filters."""
        from PySide6.QtTest import QTest  # not part of the app: imported after the timings

        from ppt_desk.gui.models.case_table_model import SORT_KEYS

        steps = []
        marks["workload_steps"] = 0
        for text in ("maria", "yohanes bria", "5371", "siti", "kpg/2025/01", "fransiska",
                     "nusa", "muhamad", "agustina seran", "53710"):
            steps.append(lambda t=text: (page.search.clear(), QTest.keyClicks(page.search, t)))
        steps.append(lambda: page.search.clear())
        for column in (c for c, key in SORT_KEYS.items() if key):
            steps.append(lambda c=column: page._header_clicked(c))
        for combo in (page.status, page.modus, page.age_band):
            steps.append(lambda c=combo: c.setCurrentIndex(2))
        return steps

    gui_app.AppController.show_unlock = show_unlock
    case_list.CaseListPage._show_page = show_page
    today_page.TodayPage._show = today_show

    from ppt_desk.__main__ import main as ppt_main

    return ppt_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
