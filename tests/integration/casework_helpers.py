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




# Caseworkers Ani and Budi (no special access) and supervisor dr. Dewi (health and perpetrator
# access): the office the service-track and document tests work in.
PASSWORDS = {"ani": "kata-sandi-ani-1", "budi": "kata-sandi-budi-1",
             "dokter": "kata-sandi-dokter-1"}
OFFICE_USERS = (("ani", "Ani Pendamping", {"PENDAMPING"}, set()),
                ("budi", "Budi Pendamping", {"PENDAMPING"}, set()),
                ("dokter", "dr. Dewi", {"SUPERVISOR"}, {"KESEHATAN", "PELAKU"}))


def add_office_users(backend) -> dict:
    """Add ``OFFICE_USERS``; username -> their UserInfo."""
    users = {}
    for username, name, roles, grants in OFFICE_USERS:
        _, users[username] = backend.users.add(username, name, frozenset(roles),
                                              PASSWORDS[username], frozenset(grants))
    return users
