"""name_keys: the spelling-variant folding of Indonesian names.

Every group of ``resources/demo/names.json`` "variants" is checked. Groups the
normaliser does not fold are listed in NOT_FOLDED and marked as strict expected
failures, so they show in every run's summary and turn into a failure the day
the normaliser learns them. Whether the fuzzy search still finds them is checked
in tests/integration/test_name_variant_search.py.
"""
from __future__ import annotations

import json

import pytest

from ppt_desk.domain.names import digits, fold, name_keys, token_key
from ppt_desk.paths import RESOURCES

VARIANTS: dict[str, list[str]] = json.loads(
    (RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))["variants"]

# Groups with at least one variant whose key differs from the canonical name's key.
NOT_FOLDED = {
    "Nurhayati": "Nur Hayati",
    "Syaifuddin": "Saprudin",
    "Khairul": "Khoirul",
    "Candra": "Chandra",
    "Yusuf": "Yosef, Yosep, Josef, Yoseph, Joseph",
    "Kristina": "Kristine",
    "Yohanes": "Yohanis",
    "Agustinus": "Augustinus",
    "Agustina": "Augustina",
    "Petrus": "Piter",
    "Yeremias": "Yermias",
    "Hendrikus": "Hendrik, Henderikus",
    "Theresia": "Theresa",
    "Kornelis": "Kornelius, Cornelius",
    "Rahmat": "Rohmat",
    "Ahmad": "Amad",
    "Zainal": "Jaenal",
    "Zainab": "Zainap",
    "Aisyah": "Aisyiah, Aishah",
    "Khadijah": "Khodijah",
    "Fatimah": "Fatmah",
    "Nurjanah": "Nur Jannah",
    "Rukayah": "Rukiah, Rukiyah, Rugayah",
    "Taufik": "Topik",
    "Mustofa": "Mustafa",
    "Husein": "Husain, Husin, Huseini",
    "Usman": "Osman",
    "Zulkifli": "Julkifli",
}


def _group_params():
    for canonical in VARIANTS:
        marks = ()
        if canonical in NOT_FOLDED:
            marks = pytest.mark.xfail(
                strict=True, reason=f"name_keys does not fold {canonical}: {NOT_FOLDED[canonical]}")
        yield pytest.param(canonical, id=canonical, marks=marks)


def test_the_list_of_unfolded_groups_names_real_groups():
    assert set(NOT_FOLDED) <= set(VARIANTS)
    assert len(VARIANTS) >= 80


@pytest.mark.parametrize("canonical", _group_params())
def test_variant_group_folds_to_one_key(canonical):
    expected = name_keys(canonical)
    different = {v: name_keys(v) for v in VARIANTS[canonical] if name_keys(v) != expected}
    assert not different, f"{canonical} -> {expected}; {different}"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Soeharto", "Suharto"), ("Djoko", "Joko"), ("Tjahja", "Cahya"), ("Sjaiful", "Syaiful"),
        ("Sjaiful", "Saiful"), ("Njoman", "Nyoman"), ("Muhammad", "Mohamad"),
        ("Muhammad", "Muhamat"), ("Mohammad", "Muhamad"), ("Khairul", "Chairul"),
        ("Khairul", "Hairul"), ("Sity", "Siti"), ("Nurhayaty", "Nurhayati"),
        ("Fatimah", "Fatima"), ("Christina", "Kristina"), ("Ramadhan", "Ramadan"),
        ("Jusuf", "Yusuf"), ("Taufiq", "Taufik"), ("Nurjannah", "Nurjanah"),
        ("Hasanuddin", "Hasanudin"), ("Stephanus", "Stefanus"),
    ],
)
def test_documented_rewrites(a, b):
    assert name_keys(a) == name_keys(b)


def test_different_names_keep_different_keys():
    names = ["Siti", "Sari", "Dewi", "Desi", "Yusuf", "Yosua", "Maria", "Marta", "Ani", "Ina"]
    keys = [tuple(name_keys(n)) for n in names]
    assert len(set(keys)) == len(names)


def test_fold_lowercases_strips_accents_and_punctuation():
    assert fold("  Ni Luh  Putu-Éka, S.Pd. ") == "ni luh putu eka s pd"
    assert fold("MUHAMMAD") == "muhammad"
    assert fold("!!!") == ""


def test_name_keys_split_words_and_keep_order():
    assert name_keys("Siti  Nurhayaty") == [token_key("siti"), token_key("nurhayati")]
    assert name_keys("") == []
    assert name_keys(" - ") == []


def test_digits_in_names_are_kept_as_they_are():
    assert token_key("1990") == "1990"
    assert name_keys("Anak 2") == [token_key("anak"), "2"]
    assert digits("5371-0142 0499/0001") == "5371014204990001"
