"""Search as you type over names, aliases, NIK and case numbers, tolerant of spelling.

Names and aliases are stored as spelling-variant keys (``domain.names``) in the
``search_token`` table. The distinct name keys (a few thousand even for a large
register) are held in memory, and each query word is expanded to the keys within
a small edit distance (rapidfuzz, C speed); the database then answers with an
index lookup. The vocabulary lives only while the database is unlocked.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from ..domain.names import NAME_KEY_VERSION, digits, fold, search_keys, token_key
from .schema import Case, DeviceSetting, Person, SearchToken

CASE_NUMBER_MARK = "@"  # sorts before "a": never part of the name vocabulary
MAX_KEYS = 400  # beyond this a word is too unspecific to expand: use a prefix range


def allowed_edits(length: int) -> int:
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    return 2


def tokens_for(full_name: str, aliases: list[str] | tuple[str, ...], nik: str,
               case_number: str, doc_numbers: list[str] | tuple[str, ...] = ()) -> set[str]:
    """Every search key a case is found by."""
    tokens: set[str] = set()
    for text in (full_name, *aliases):
        tokens.update(search_keys(text))
        # A word with digits in it (a pseudonym "PSN-…" that arrived instead of a name) is
        # typed as printed: found the way a query word with digits is looked up.
        tokens.update("#" + word for word in fold(text).split()
                      if any(ch.isdigit() for ch in word))
    for number in (nik, *doc_numbers):
        if digits(number):
            tokens.add(digits(number))
        folded = fold(number).replace(" ", "")
        if folded and not folded.isdigit():
            tokens.add("#" + folded)  # passport numbers and other alphanumeric ids
    for part in fold(case_number).split():
        if part.isdigit():
            tokens.add(part)
            tokens.add(str(int(part)))
        elif any(ch.isdigit() for ch in part):
            tokens.add("#" + part)      # an office prefix such as P2TP2A
        else:
            tokens.add(token_key(part))  # an office prefix such as KPG: typed as printed
    # The whole number, and year + number, as one key each: a query with a "/" is matched
    # as one prefix of these, a narrow index range however few characters follow the year.
    parts = fold(case_number).split()
    if parts:
        tokens.add(CASE_NUMBER_MARK + "".join(parts))
        tokens.add(CASE_NUMBER_MARK + "".join(p for p in parts if p.isdigit()))
    return tokens


@dataclass(frozen=True)
class WordMatch:
    """How one query word is matched: a set of exact keys, or a key prefix range."""

    keys: tuple[str, ...] = ()
    prefix: str | None = None


@dataclass
class NameIndex:
    _vocab: list[str] | None = None
    _pending: set[str] = field(default_factory=set)
    _truncated: dict[int, dict[str, list[str]]] = field(default_factory=dict)

    # -- cache upkeep ------------------------------------------------------
    def stage(self, tokens: set[str]) -> None:
        self._pending |= {t for t in tokens if _is_name_key(t)}

    def after_commit(self) -> None:
        if self._vocab is not None and self._pending:
            merged = set(self._vocab) | self._pending
            self._vocab = sorted(merged)
            self._truncated.clear()
        self._pending.clear()

    def invalidate(self) -> None:
        self._pending.clear()

    def clear(self) -> None:
        """Forget everything (on lock)."""
        self._vocab = None
        self._pending.clear()
        self._truncated.clear()

    def vocabulary(self, session: Session) -> list[str]:
        if self._vocab is None:
            # Only keys that start with a letter: NIK, document and case-number tokens (99% of
            # the distinct tokens at 100k cases) start with a digit or '#', and query words with
            # digits never use the vocabulary. 1.2 s -> 0.1 s on the first keystroke at 100k.
            rows = session.execute(select(SearchToken.token).distinct()
                                   .where(SearchToken.token >= "a")).scalars()
            self._vocab = sorted(t for t in rows if _is_name_key(t))
            self._truncated.clear()
        return self._vocab

    # -- matching ----------------------------------------------------------
    def _prefixed(self, vocab: list[str], prefix: str) -> list[str]:
        start = bisect.bisect_left(vocab, prefix)
        end = bisect.bisect_left(vocab, prefix + "\x7f")
        return vocab[start:end]

    def _by_prefix_len(self, vocab: list[str], length: int) -> dict[str, list[str]]:
        table = self._truncated.get(length)
        if table is None:
            table = {}
            for key in vocab:
                table.setdefault(key[:length], []).append(key)
            self._truncated[length] = table
        return table

    def match_word(self, session: Session, word: str, partial: bool) -> WordMatch:
        if word.isdigit():
            return WordMatch(prefix=word) if partial else WordMatch(keys=(word,))
        if any(ch.isdigit() for ch in word):
            return WordMatch(prefix="#" + word)
        key = token_key(word)
        vocab = self.vocabulary(session)
        edits = allowed_edits(len(key))
        if partial and len(key) < 3:
            return WordMatch(prefix=key)
        found: set[str] = set()
        if partial:
            found.update(self._prefixed(vocab, key))
            if edits:
                # Compare with every key cut to about the typed length.
                for length in {len(key) - 1, len(key), len(key) + 1}:
                    table = self._by_prefix_len(vocab, length)
                    for cut, _score, _ in process.extract(
                        key, list(table), scorer=Levenshtein.distance, score_cutoff=edits,
                        limit=None,
                    ):
                        found.update(table[cut])
        else:
            found.update(
                choice for choice, _s, _i in process.extract(
                    key, vocab, scorer=Levenshtein.distance, score_cutoff=edits, limit=None)
            )
            found.add(key)
        if len(found) > MAX_KEYS:
            return WordMatch(prefix=key)
        return WordMatch(keys=tuple(sorted(found)))

    def match_query(self, session: Session, text: str) -> list[WordMatch]:
        """One ``WordMatch`` per word; the last word is taken as still being typed."""
        if "/" in text and (compact := fold(text).replace(" ", "")):
            return [WordMatch(prefix=CASE_NUMBER_MARK + compact)]  # a case number, as printed
        words = fold(text).split()
        ends_with_space = text[-1:].isspace()
        return [
            self.match_word(session, word, partial=(i == len(words) - 1 and not ends_with_space))
            for i, word in enumerate(words)
        ]


def _is_name_key(token: str) -> bool:
    return not token.isdigit() and not token.startswith(("#", CASE_NUMBER_MARK))


SETTING_KEY = "search_key_version"
REBUILD_BATCH = 5000


def rebuild_tokens_if_stale(conn: Connection) -> bool:
    """Recompute every case's search keys when the name-key rules changed.

    ``search_token`` is derived data (not in the outbox or the audit chain), so it is
    simply rebuilt from the person and case rows in one transaction. Returns whether it ran.
    """
    stored = conn.execute(select(DeviceSetting.value)
                          .where(DeviceSetting.key == SETTING_KEY)).scalar()
    if stored == {"version": NAME_KEY_VERSION}:
        return False
    conn.execute(delete(SearchToken))
    rows = conn.execute(
        select(Case.id, Case.case_number, Person.full_name, Person.aliases, Person.nik,
               Person.documents).join(Person, Person.id == Case.person_id)
    )
    batch: list[dict] = []
    for case_id, number, full_name, aliases, nik, documents in rows:
        doc_numbers = [doc.get("number", "") for doc in documents or ()]
        batch.extend({"token": token, "case_id": case_id}
                     for token in tokens_for(full_name, aliases or (), nik, number, doc_numbers))
        if len(batch) >= REBUILD_BATCH:
            conn.execute(SearchToken.__table__.insert(), batch)
            batch = []
    if batch:
        conn.execute(SearchToken.__table__.insert(), batch)
    conn.execute(delete(DeviceSetting).where(DeviceSetting.key == SETTING_KEY))
    conn.execute(DeviceSetting.__table__.insert().values(key=SETTING_KEY,
                                                         value={"version": NAME_KEY_VERSION}))
    return True
