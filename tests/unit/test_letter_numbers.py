"""Letter numbers carry the device code (ADR 0011): two laptops of one office never print the
same number, and the number stays short and readable on a letter."""
from __future__ import annotations

from datetime import date

import pytest

from ppt_desk.domain.errors import ValidationFailed
from ppt_desk.domain.letter_numbers import (
    FIRST_DEVICE_CODE, check_device_code, letter_number,
)

NOV = date(2026, 11, 23)


def test_the_number_reads_sequence_code_issuer_month_year():
    assert letter_number(7, "surat_rujukan", "KPG", "A", NOV) == "007/RUJ/KPG-A/XI/2026"
    assert letter_number(12, "berita_acara_pemulangan", "PPT-KPG", "B2", date(2027, 1, 2)) \
        == "012/BAST/PPT-KPG-B2/I/2027"
    assert letter_number(1234, "surat_rujukan", "KPG", "A", NOV).startswith("1234/RUJ/")


def test_the_same_sequence_on_two_devices_gives_two_numbers():
    first = letter_number(1, "surat_rujukan", "KPG", "A", NOV)
    second = letter_number(1, "surat_rujukan", "KPG", "B", NOV)
    assert first != second
    assert [first.split("/")[2], second.split("/")[2]] == ["KPG-A", "KPG-B"]


def test_the_first_laptop_of_an_office_is_a():
    assert FIRST_DEVICE_CODE == "A"
    assert letter_number(1, "surat_rujukan", "KPG", FIRST_DEVICE_CODE, NOV) == \
        "001/RUJ/KPG-A/XI/2026"


@pytest.mark.parametrize("typed, stored", [("a", "A"), (" b ", "B"), ("c2", "C2"), ("Z", "Z")])
def test_a_device_code_is_one_or_two_characters_letter_first(typed, stored):
    assert check_device_code(typed) == stored


@pytest.mark.parametrize("bad", ["", "1", "2A", "ABC", "A/", "A-", "Ä", "A.", "-"])
def test_a_code_that_would_blur_the_number_is_refused(bad):
    with pytest.raises(ValidationFailed) as info:
        check_device_code(bad)
    assert info.value.problems == {"device_code": "invalid_device_code"}


def test_a_number_is_never_made_with_a_bad_code_or_sequence():
    with pytest.raises(ValidationFailed):
        letter_number(1, "surat_rujukan", "KPG", "A/B", NOV)
    with pytest.raises(ValueError):
        letter_number(0, "surat_rujukan", "KPG", "A", NOV)
