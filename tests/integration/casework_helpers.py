"""Valid payloads for every casework form, and a clock tests can move."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ppt_desk.demo.casework import demo_payloads as payloads  # noqa: F401


@dataclass
class MovableClock:
    day: date

    def today(self) -> date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += timedelta(days=days)


