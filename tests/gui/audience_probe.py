"""Run by tests/gui/test_audience_ocr.py in a process of its own, on Qt's offscreen platform
set up with two screens (a laptop and a 1024x768 projector): the audience window goes
full screen on the screen ``ScreenWatch`` names, shows the case, and each page of the
projector's screen is grabbed to a PNG.

``python audience_probe.py CASE.json OUT_PREFIX`` prints one JSON line: the screen's name and
size, the window's geometry and the PNGs written. ``python audience_probe.py --watch``: what
``ScreenWatch`` says when the projector goes and comes back."""
from __future__ import annotations

import json
import sys
from dataclasses import fields

from PySide6.QtWidgets import QApplication

from ppt_desk.domain.audience import AudienceCase
from ppt_desk.gui.conference.audience_window import AudienceWindow
from ppt_desk.gui.conference.screen_watch import ScreenWatch


def _case(data: dict) -> AudienceCase:
    def tup(v):
        return tuple(tup(x) for x in v) if isinstance(v, list) else v
    return AudienceCase(**{f.name: tup(data[f.name]) for f in fields(AudienceCase)})


def watch() -> int:
    """The projector unplugged and plugged in again, as Qt announces it (the application's
    screenRemoved / screenAdded signals, emitted here with the real second screen: the
    offscreen platform cannot change its screens while running); prints what ScreenWatch
    said."""
    app = QApplication(sys.argv[:1])
    watcher = ScreenWatch()
    heard: list = []
    watcher.screen_added.connect(lambda s: heard.append(["added", s.name()]))
    watcher.screen_removed.connect(lambda s: heard.append(["removed", s.name()]))
    watcher.second_screen_changed.connect(lambda on: heard.append(["second", on]))
    projector = watcher.audience_screen()
    before = projector.name() if projector is not None else None
    if projector is not None:
        app.screenRemoved.emit(projector)
        app.screenAdded.emit(projector)
    print(json.dumps({"audience_screen": before, "heard": heard}))
    return 0


def main() -> int:
    if sys.argv[1] == "--watch":
        return watch()
    case_file, prefix = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    screen = ScreenWatch().audience_screen()
    if screen is None:
        print(json.dumps({"error": "no second screen"}))
        return 3
    window = AudienceWindow()
    window.set_conference_title("Sidang kasus")
    with open(case_file, encoding="utf-8") as fh:
        window.show_case(_case(json.load(fh)))
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    for _ in range(20):
        app.processEvents()
    pages = window.page_of()[1]
    written = []
    for n in range(pages):
        for _ in range(5):
            app.processEvents()
        area = screen.geometry()   # the offscreen platform grabs in desktop coordinates
        shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        path = f"{prefix}-{n + 1}.png"
        shot.save(path)
        written.append(path)
        window.page(1)
    g = window.geometry()
    print(json.dumps({"screen": screen.name(), "screen_size": [screen.size().width(),
                      screen.size().height()], "window": [g.x(), g.y(), g.width(), g.height()],
                      "full_screen": window.isFullScreen(), "pngs": written}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
