"""Age at intake, age bands and the child flag at their edges."""
from __future__ import annotations

from datetime import date

import pytest

from ppt_desk.domain.age import AgeBand, age_at_intake, age_band, age_on, is_child

INTAKE = date(2025, 3, 15)


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (date(2007, 3, 15), 18),   # 18th birthday on the intake date: 18 already
        (date(2007, 3, 16), 17),   # birthday tomorrow: still 17
        (date(2007, 3, 14), 18),
        (date(1965, 3, 15), 60),
        (date(1965, 3, 16), 59),
        (date(2025, 3, 15), 0),    # born on the intake date
        (date(2024, 3, 16), 0),
        (date(2024, 3, 15), 1),
    ],
)
def test_age_from_birth_date(birth, expected):
    assert age_at_intake(INTAKE, birth, None) == expected
    assert age_on(birth, INTAKE) == expected


def test_leap_day_birthday_counts_from_first_of_march_in_common_years():
    born = date(2008, 2, 29)
    assert age_on(born, date(2026, 2, 28)) == 17
    assert age_on(born, date(2026, 3, 1)) == 18
    assert age_on(born, date(2028, 2, 29)) == 20


def test_birth_date_wins_over_an_estimate():
    assert age_at_intake(INTAKE, date(2010, 1, 1), 40) == 15


def test_estimated_age_is_taken_on_the_intake_date_by_default():
    assert age_at_intake(INTAKE, None, 17) == 17
    assert age_at_intake(INTAKE, None, 18) == 18


def test_estimate_made_earlier_is_aged_to_the_intake_date():
    # "about 16" said two years before intake: 18 at intake.
    assert age_at_intake(INTAKE, None, 16, estimated_on=date(2023, 3, 15)) == 18
    assert age_at_intake(INTAKE, None, 16, estimated_on=date(2023, 3, 16)) == 17
    # An estimate dated after the intake never makes the person younger.
    assert age_at_intake(INTAKE, None, 16, estimated_on=date(2026, 1, 1)) == 16


def test_no_birth_date_and_no_estimate_gives_unknown():
    assert age_at_intake(INTAKE, None, None) is None
    assert age_band(None) is None
    assert is_child(None) is None


@pytest.mark.parametrize(
    ("age", "band", "child"),
    [
        (0, AgeBand.ANAK, True),
        (17, AgeBand.ANAK, True),
        (18, AgeBand.DEWASA, False),
        (59, AgeBand.DEWASA, False),
        (60, AgeBand.LANSIA, False),
        (120, AgeBand.LANSIA, False),
    ],
)
def test_bands_and_child_flag_at_the_edges(age, band, child):
    assert age_band(age) is band
    assert is_child(age) is child
