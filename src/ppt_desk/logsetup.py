"""Logging to the data folder's logs/, with personal data kept out.

The rule is that no code logs names, NIK numbers, addresses or health details.
As a second line of defence, the formatter drops exception *messages* (which can
quote user input, e.g. a value that failed to parse) and keeps only exception
types and stack frames, and long digit runs (NIK, phone and passport numbers)
are masked in every message.
"""
from __future__ import annotations

import logging
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

_DIGITS = re.compile(r"\d{6,}")


def scrub(text: str) -> str:
    return _DIGITS.sub(lambda m: "#" * len(m.group()), text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_text = None
        exc = record.exc_info
        record.exc_info = None
        try:
            text = scrub(super().format(record))
        finally:
            record.exc_info, record.exc_text = saved
        if exc and exc[0] is not None:
            frames = "".join(traceback.format_tb(exc[2]))
            text += f"\nTraceback (message withheld):\n{frames}{exc[0].__module__}.{exc[0].__name__}"
        return text


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_ppt_desk", False):
            root.removeHandler(handler)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_dir is not None:
        # The data folder is owner-only (see storage.database.DataFolder.ensure).
        log_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        log_dir.mkdir(mode=0o700, exist_ok=True)
        handlers.append(RotatingFileHandler(log_dir / "ppt-desk.log", maxBytes=1_000_000,
                                            backupCount=3, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler._ppt_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
