"""Recovery codes: format, forgiving reading, and typos reported in their group."""
from __future__ import annotations

import os
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ppt_desk.domain.errors import DomainError
from ppt_desk.security.recovery_code import (
    ALPHABET, GROUPS, format_code, new_code, parse_code,
)

SECRET = bytes.fromhex("00112233445566778899aabbccddeeff")
CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$")


def _error(text: str) -> DomainError:
    with pytest.raises(DomainError) as info:
        parse_code(text)
    return info.value


def _replace(code: str, index: int, ch: str) -> str:
    return code[:index] + ch + code[index + 1:]


def _index(group: int, position: int) -> int:
    """Index in the printed code (with dashes) of ``position`` (0-4) in ``group`` (0-7)."""
    return group * 6 + position


def test_shape_is_eight_groups_of_five_unambiguous_characters():
    secret, code = new_code()
    assert len(secret) == 16
    assert CODE_SHAPE.match(code), code
    assert not set(code) & set("ILOU")
    assert parse_code(code) == secret


@given(st.binary(min_size=16, max_size=16))
@settings(max_examples=300, deadline=None)
def test_round_trip(secret):
    assert parse_code(format_code(secret)) == secret


def test_format_rejects_a_wrong_length_secret():
    with pytest.raises(ValueError):
        format_code(b"short")


def test_reading_is_forgiving():
    code = format_code(SECRET)
    variants = [
        code.lower(),
        code.replace("-", " "),
        code.replace("-", ""),
        "  " + code.replace("-", "  -  ") + "\n",
        code.replace("0", "O").replace("1", "I"),
        code.replace("0", "o").replace("1", "l"),
        code.replace("1", "L").lower().replace("-", "."),
    ]
    for text in variants:
        assert parse_code(text) == SECRET, text


def test_aliases_are_exercised_by_the_fixed_code():
    code = format_code(SECRET)
    assert "0" in code and "1" in code  # otherwise the alias test above proves nothing


@pytest.mark.parametrize("text", ["", "ABCDE", format_code(SECRET)[:-1],
                                  format_code(SECRET) + "0", format_code(SECRET).replace("-", "!")[:-3]])
def test_wrong_length_is_reported_as_such(text):
    error = _error(text)
    assert error.code == "recovery_code_length"
    assert error.params == {"expected": GROUPS, "size": 5}


def test_characters_outside_the_alphabet_are_a_length_error_not_a_crash():
    code = format_code(SECRET)
    assert _error(_replace(code, 0, "é")).code == "recovery_code_length"
    assert _error(_replace(code, 0, "_")).code == "recovery_code_length"


@pytest.mark.parametrize("group", range(GROUPS))
def test_a_typo_in_each_group_names_that_group(group):
    code = format_code(os.urandom(16))
    for position in range(5):
        index = _index(group, position)
        # a neighbouring letter of the alphabet (delta 1) is always caught by the group check
        ch = ALPHABET[(ALPHABET.index(code[index]) + 1) % 32]
        error = _error(_replace(code, index, ch))
        assert error.code == "recovery_code_group", (group, position)
        assert error.params == {"group": group + 1}


def _neighbour_swaps(code: str):
    """(group, typed code) for every swap of two different neighbours inside one group."""
    for group in range(GROUPS):
        for position in range(4):  # the check character included
            i = _index(group, position)
            if code[i] != code[i + 1]:
                yield group, code[:i] + code[i + 1] + code[i] + code[i + 2:]


def test_no_swap_of_neighbours_is_accepted_or_blamed_on_another_group():
    for _ in range(200):
        code = format_code(os.urandom(16))
        for group, typed in _neighbour_swaps(code):
            error = _error(typed)
            assert error.code in ("recovery_code_group", "recovery_code_checksum")
            if error.code == "recovery_code_group":
                assert error.params == {"group": group + 1}


def test_every_swap_of_neighbours_names_its_group():
    rng = random.Random(7)
    for _ in range(50):
        code = format_code(rng.randbytes(16))
        for group, typed in _neighbour_swaps(code):
            error = _error(typed)
            assert (error.code, error.params) == ("recovery_code_group", {"group": group + 1})


def test_no_single_substitution_is_accepted_or_blamed_on_another_group():
    for _ in range(5):
        code = format_code(os.urandom(16))
        for group in range(GROUPS):
            for position in range(5):
                index = _index(group, position)
                for ch in ALPHABET:
                    if ch == code[index]:
                        continue
                    error = _error(_replace(code, index, ch))
                    assert error.code in ("recovery_code_group", "recovery_code_checksum")
                    if error.code == "recovery_code_group":
                        assert error.params == {"group": group + 1}


def test_every_single_substitution_names_its_group():
    code = format_code(SECRET)
    for group in range(GROUPS):
        for position in range(5):
            index = _index(group, position)
            for ch in ALPHABET:
                if ch != code[index]:
                    error = _error(_replace(code, index, ch))
                    assert (error.code, error.params) == ("recovery_code_group", {"group": group + 1})


def test_checksum_catches_groups_that_are_each_valid():
    code = format_code(SECRET)
    other = format_code(bytes(16))
    mixed = "-".join(code.split("-")[:4] + other.split("-")[4:])
    assert _error(mixed).code == "recovery_code_checksum"
