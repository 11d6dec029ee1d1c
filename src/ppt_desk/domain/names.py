"""Search keys for Indonesian names that tolerate common spelling variants.

Indonesian names are written in several spellings: pre-1972 spelling (Soeharto,
Djoko, Tjahja, Sjaiful, Njoman), Arabic-derived names (Muhammad / Mohamad /
Muhamat, Khairul / Chairul / Hairul, Syaiful / Saiful), a final -y for -i
(Sity, Nurhayaty) and a dropped final -h (Fatimah / Fatima). ``name_key`` folds
these into one key; the fuzzy layer on top (in storage) handles remaining typos.
"""
from __future__ import annotations

import re
import unicodedata

# Bump when a rule below (or the keys made in storage/search.py) changes: stored search
# keys are then rebuilt on the next unlock.
NAME_KEY_VERSION = 4

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Ordered rewrites: earlier rules feed later ones.
_REWRITES: tuple[tuple[str, str], ...] = (
    ("oe", "u"),    # Soeharto -> Suharto
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


def fold(text: str) -> str:
    """Lowercase ASCII form: accents removed, punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub(" ", ascii_only).strip()


def token_key(token: str) -> str:
    """Spelling-variant key of one folded word (digits are kept as they are)."""
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


def name_keys(text: str) -> list[str]:
    """Keys of every word of a name, alias or free query, in order."""
    return [token_key(t) for t in fold(text).split() if t]


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
