"""Search keys for Indonesian names that tolerate common spelling variants.

Indonesian names are written in several spellings: pre-1972 spelling (Soeharto,
Djoko, Tjahja, Sjaiful, Njoman), Arabic-derived names (Muhammad / Mohamad /
Muhamat, Khairul / Chairul / Hairul, Syaiful / Saiful), a final -y for -i
(Sity, Nurhayaty), a dropped final -h (Fatimah / Fatima), au for o (Taufik / Topik) and
doubled letters (Nurjannah / Nurjanah). ``token_key`` folds these into one key; a short list
of names that are one name in two traditions (Yusuf / Yosef, Petrus / Piter), too far apart
for any rule, maps one key to the other. ``search_keys`` adds the keys of given names written
together or apart (Nur Hayati / Nurhayati). The fuzzy layer on top (in storage) handles
remaining typos.
"""
from __future__ import annotations

import re
import unicodedata

# Bump when a rule below (or the keys made in storage/search.py) changes: stored search
# keys are then rebuilt on the next unlock.
NAME_KEY_VERSION = 5

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Ordered rewrites: earlier rules feed later ones.
_REWRITES: tuple[tuple[str, str], ...] = (
    ("oe", "u"),    # Soeharto -> Suharto
    ("au", "o"),    # Taufik -> Tofik (-> Topik below), Maulana -> Molana
    ("dj", "j"),    # Djoko -> Joko
    ("jh", "j"),    # Jhoko -> Joko
    ("tj", "c"),    # Tjahja -> Cahja
    ("sj", "sy"),   # Sjaiful -> Syaiful
    ("nj", "ny"),   # Njoman -> Nyoman
    ("chr", "kr"),  # Christina -> Kristina
    ("ck", "k"),    # Taufick -> Taufik
    ("ch", "h"),    # Chairul -> Hairul
    ("ci", "si"),   # Franciscus -> Fransiskus
    ("ce", "se"),
    ("c", "k"),     # Fransiscus -> Fransiskus, Veronica -> Veronika (and old tj via c)
    ("kh", "h"),    # Khairul -> Hairul
    ("sy", "s"),    # Syaiful -> Saiful
    ("ph", "f"),
    ("dh", "d"),    # Ramadhan -> Ramadan
    ("th", "t"),
    ("gh", "g"),
    ("ts", "s"),
    ("q", "k"),
    ("x", "ks"),
    ("v", "f"),
    ("f", "p"),     # Sundanese spelling: Yusup, Sopian, Patimah
    ("z", "s"),
    ("j", "y"),     # old spelling j = y: Jusuf -> Yusuf
    ("y", "i"),     # Sity -> Siti, Yulianti/Julianti -> iulianti
    ("ie", "i"),
    ("ae", "ai"),   # Syaeful -> Syaiful, Zaenal -> Zainal
)
# Abbreviations written in place of a whole name.
_ABBREVIATIONS = {"muh": "muhamad", "moh": "muhamad", "mhd": "muhamad", "mohd": "muhamad",
                  "moch": "muhamad", "abd": "abdul"}
_DOUBLE = re.compile(r"(.)\1+")

# One name in the spellings of two traditions (Arabic / Dutch-Latin baptismal names), too far
# apart for the rules and the fuzzy search: each group's later names are keyed as its first.
SAME_NAMES: tuple[tuple[str, ...], ...] = (
    ("Yusuf", "Yosef", "Josef", "Joseph", "Yosep"),
    ("Petrus", "Piter", "Pieter", "Peter"),
)
# Given-name parts that are written together with the next part or apart from it
# (Nur Hayati / Nurhayati, Siti Aminah / Sitiaminah, Sri Wahyuni / Sriwahyuni).
COMPOUND_PREFIXES: tuple[str, ...] = ("Nurul", "Nur", "Siti", "Sri", "Muhammad", "Abdul",
                                      "Dwi", "Tri")
MIN_COMPOUND_REST = 4   # "Nurdin" is not split into Nur + Din: too short to be a name part


def fold(text: str) -> str:
    """Lowercase ASCII form: accents removed, punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", ascii_only).strip()


def spelling_key(token: str) -> str:
    """The key of one folded word by the spelling rules alone (``token_key`` without the
    ``SAME_NAMES`` list)."""
    if token.isdigit():
        return token
    key = _ABBREVIATIONS.get(token, token)
    for old, new in _REWRITES:
        key = key.replace(old, new)
    if key.startswith("moh"):
        key = "muh" + key[3:]  # Mohammad, Mochammad -> Muhammad
    key = _DOUBLE.sub(r"\1", key)   # Muhammad -> Muhamad
    if len(key) > 3 and key.endswith("h") and key[-2] in "aiueo":
        key = key[:-1]              # Fatimah -> Fatima
    if len(key) > 4 and key.endswith("t") and key[-2] in "aiueo" and key.startswith("muhama"):
        key = key[:-1] + "d"        # Muhamat -> Muhamad
    return key


_SAME_NAME_KEY = {spelling_key(fold(name)): spelling_key(fold(group[0]))
                  for group in SAME_NAMES for name in group[1:]}
# Longest first, so Nurulhuda is split as Nurul + huda, not Nur + ulhuda.
_PREFIX_KEYS = tuple(sorted({spelling_key(fold(p)) for p in COMPOUND_PREFIXES}, key=len,
                            reverse=True))


def token_key(token: str) -> str:
    """Spelling-variant key of one folded word (digits are kept as they are)."""
    key = spelling_key(token)
    return _SAME_NAME_KEY.get(key, key)


def name_keys(text: str) -> list[str]:
    """Keys of every word of a name, alias or free query, in order."""
    return [token_key(t) for t in fold(text).split() if t]


def search_keys(text: str) -> set[str]:
    """Every key a name or alias is found under: its words' keys; a word's own spelling key
    where ``SAME_NAMES`` changed it (so "Yose" typed still finds Yosef as a prefix); and for a
    compound prefix (``COMPOUND_PREFIXES``) the prefix and the next word written together
    (Nur Hayati: + nurhaiati) or a word it begins split into the two (Nurhayati: + nur,
    haiati)."""
    words = [t for t in fold(text).split() if t]
    keys = [token_key(t) for t in words]
    found = set(keys)
    found.update(spelling_key(t) for t in words if not t.isdigit())
    for i, key in enumerate(keys):
        if key in _PREFIX_KEYS:
            if i + 1 < len(keys) and keys[i + 1].isalpha():
                found.add(key + keys[i + 1])
            continue
        for prefix in _PREFIX_KEYS:
            if key.startswith(prefix) and len(key) - len(prefix) >= MIN_COMPOUND_REST \
                    and key.isalpha():
                found.update((prefix, key[len(prefix):]))
                break
    found.discard("")
    return found


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
