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

from ppt_desk.domain.names import (
    NAME_KEY_VERSION, digits, fold, name_keys, search_keys, spelling_key, token_key,
)
from ppt_desk.paths import RESOURCES

VARIANTS: dict[str, list[str]] = json.loads(
    (RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))["variants"]

# Groups with at least one variant whose key differs from the canonical name's key. Nur Hayati
# and Nur Jannah are two words: found through the compound keys (test_compound_... below).
NOT_FOLDED = {
    "Nurhayati": "Nur Hayati",
    "Syaifuddin": "Saprudin",
    "Khairul": "Khoirul",
    "Candra": "Chandra",
    "Kristina": "Kristine",
    "Yohanes": "Yohanis",
    "Agustinus": "Augustinus",
    "Agustina": "Augustina",
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
        ("Hasanuddin", "Hasanudin"), ("Stephanus", "Stefanus"), ("Taufik", "Topik"),
        ("Maulana", "Molana"), ("Yusuf", "Yosef"), ("Yusuf", "Joseph"), ("Petrus", "Piter"),
        ("Petrus", "Pieter"),
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


# -- given names written together or apart, one name in two traditions ---------------------
@pytest.mark.parametrize(
    ("together", "apart"),
    [("Nurhayati", "Nur Hayati"), ("Nurjanah", "Nur Jannah"), ("Sitiaminah", "Siti Aminah"),
     ("Sriwahyuni", "Sri Wahyuni"), ("Muhammadrizki", "Moh Rizki"), ("Abdulrahman", "Abdul Rahman"),
     ("Dwiastuti", "Dwi Astuti"), ("Nurulhuda", "Nurul Huda")],
)
def test_compound_names_are_keyed_both_ways(together, apart):
    """The one-word form is also keyed as its two parts, and the two-word form also as the
    parts written together: whichever is stored, typing the other finds it."""
    assert set(name_keys(apart)) <= search_keys(together)
    assert set(name_keys(together)) <= search_keys(apart)


@pytest.mark.parametrize("name", ["Nurdin", "Sriani", "Nurul", "Abdullah", "Siti"])
def test_a_short_rest_is_not_split_off(name):
    """Nurdin is not also "Din": a rest under MIN_COMPOUND_REST letters stays in its word."""
    assert search_keys(name) == set(name_keys(name))


def test_only_compound_prefixes_join_the_next_word():
    assert search_keys("Dewi Lestari Lorosae") == set(name_keys("Dewi Lestari Lorosae"))
    assert search_keys("Siti Nur Hayati") == {"siti", "nur", "haiati", "sitinur", "nurhaiati"}


def test_same_names_keep_their_own_spelling_key_too():
    """Yosef is searched as Yusuf, and also under its own key, so "Yose" (a prefix, still
    being typed) finds it as it did before the list."""
    assert token_key("yosef") == token_key("yusuf")
    assert spelling_key("yosef") in search_keys("Yosef")
    assert search_keys("Yusuf") == {token_key("yusuf")}
    assert name_keys("Yosefina") != name_keys("Yusuf")


def test_keys_per_name_stay_few():
    """Keystroke search speed depends on the vocabulary: at most one extra key per compound
    prefix or split word; a name without them gets none."""
    assert len(search_keys("Siti Aminah Lorosae")) == 4
    assert len(search_keys("Yohanes Lorosae")) == 2
    assert len(search_keys("Nurhayati Lorosae")) == 4


# The keys of every names.json spelling at each rules version. A rules change that alters a
# key without bumping NAME_KEY_VERSION fails here (stored keys would not be rebuilt).
KEYS_AT_VERSION = {5: "c9e35bbaa7d69be5"}


def _keys_fingerprint() -> str:
    import hashlib
    spellings = sorted({n for c, vs in VARIANTS.items() for n in (c, *vs)})
    text = "\n".join(f"{n}:{','.join(sorted(search_keys(n)))}" for n in spellings)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_a_key_change_bumps_the_rules_version():
    assert KEYS_AT_VERSION.get(NAME_KEY_VERSION) == _keys_fingerprint(), (
        "the name keys changed: bump NAME_KEY_VERSION (stored keys are then rebuilt) and "
        "record the new fingerprint here")


@pytest.mark.parametrize(("a", "b"), [("Topik Lorosae", "Taufik Lorosae"),
                                      ("Yosef Lorosae", "Yusuf Lorosae"),
                                      ("Piter Lorosae", "Petrus Lorosae")])
def test_the_duplicate_check_sees_the_same_name(a, b):
    """The secretariat's duplicate search compares the same keys (domain.duplicates)."""
    from ppt_desk.domain.duplicates import name_similarity
    assert name_similarity((a,), (b,)) == 1.0
