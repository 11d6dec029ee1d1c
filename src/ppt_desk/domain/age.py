"""Age at a date, the child flag and the seed's age bands (002:618-623)."""
from __future__ import annotations

from datetime import date
from enum import Enum

CHILD_AGE_LIMIT = 18  # a child is under 18 (000:223)


class AgeBand(str, Enum):
    ANAK = "ANAK"      # 0-18
    DEWASA = "DEWASA"  # 18-60
    LANSIA = "LANSIA"  # 60+


def age_on(birth: date, on: date) -> int:
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def age_at_intake(
    intake: date, birth: date | None, estimated_age: int | None, estimated_on: date | None = None
) -> int | None:
    """Age on the intake date from a birth date, else from an estimate.

    An estimate is taken as the age on ``estimated_on`` (default: the intake date).
    """
    if birth is not None:
        return age_on(birth, intake)
    if estimated_age is None:
        return None
    if estimated_on is None:
        return estimated_age
    return estimated_age + max(0, age_on(estimated_on, intake))


def age_band(age: int | None) -> AgeBand | None:
    if age is None:
        return None
    if age < CHILD_AGE_LIMIT:
        return AgeBand.ANAK
    if age < 60:
        return AgeBand.DEWASA
    return AgeBand.LANSIA


def is_child(age: int | None) -> bool | None:
    return None if age is None else age < CHILD_AGE_LIMIT
