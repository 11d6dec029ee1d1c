"""The parts of the case search's SQL (``SqlCaseRepository.search``): query-word conditions,
sort terms, and what PostgreSQL is given instead of estimates.

SQLite has no statistics: the search sizes each condition (cheap index counts) and steers the
plan by hand (``NoIndex``). PostgreSQL plans by estimates, and a token condition is estimated
badly: 40 rare keys (a typo's spelling variants) were taken for 7,000 cases where 192 matched,
and the page query then walked the whole date index probing each case for the 200 it expected
after 3,000 (1.1 s). So on PostgreSQL a query word matching at most ``cap`` token rows is
fetched (its case ids), the other query words and the modus narrow that list by index probes,
and the page and count queries get the ids themselves (``case_file.id = ANY(...)``): the
planner then knows how many there are and fetches them by primary key, or walks the sort index
when they are many.
"""
from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import String, and_, any_, bindparam, func, select
from sqlalchemy.orm import Session

from .dialect import NoIndex, SortTerm
from .schema import Case, SearchToken, User
from .search import CASE_NUMBER_MARK, WordMatch

# The sort columns that can be NULL (age unknown; no caseworker, through the outer join).
NULLABLE_SORT_COLUMNS = (Case.age_at_intake, User.display_name)


class SetCondition(NamedTuple):
    """A condition on another table (a query word, a modus), in the forms ``search`` needs."""

    size: int           # rows it matches in its own table (an upper bound on cases)
    as_in: Any          # Case.id IN (...): drives a query when it is the most selective
    as_exists: Any      # EXISTS (...): a probe per case
    count_alone: Any    # the number of cases when it is the only condition
    ids: Any            # SELECT case_id ... (the matching case ids)
    one_year: bool = False  # a case-number prefix down to the year: the cases of one year
    known: frozenset[str] | None = None  # PostgreSQL: every matching case id, when few
    narrow: Any = None  # PostgreSQL: f(ids) -> SELECT of those of ``ids`` it matches
    token_cond: Any = None  # a query word's condition on search_token


def selects_one_year(match: WordMatch, bare_year: bool = False) -> bool:
    """A case-number prefix down to the year: the cases of one year, at one end of the date
    order. ``bare_year`` (PostgreSQL): also a number typed from the year ("2024"), which
    matches the year part of every case number of that year."""
    prefix = match.prefix or ""
    if bare_year and prefix.isdigit() and len(prefix) >= 4:
        return True
    return prefix.startswith(CASE_NUMBER_MARK) and sum(ch.isdigit() for ch in prefix) >= 4


def no_index(column):
    return NoIndex(column)  # "+column" on SQLite (dialect.py)


def token_filter(match: WordMatch):
    if match.prefix is not None:
        return and_(SearchToken.token >= match.prefix, SearchToken.token < match.prefix + "\x7f")
    return SearchToken.token.in_(match.keys)


def sort_term(column, descending: bool, walked: bool = True):
    """``column ASC|DESC``; NULLs where SQLite puts them (``SortTerm``) only for a column that
    can be NULL. On PostgreSQL "ASC NULLS FIRST" / "DESC NULLS LAST" is an order no default
    index gives (it gives ASC NULLS LAST and, backwards, DESC NULLS FIRST), so every match was
    sorted; on a NOT NULL column the plain order is the same order, and the index gives it.
    ``walked=False`` (PostgreSQL): the same order, but one no index gives (``unwalked``)."""
    term = column if walked else unwalked(column)
    if any(column is nullable for nullable in NULLABLE_SORT_COLUMNS):
        return SortTerm(term, descending)
    return term.desc() if descending else term.asc()


def unwalked(column):
    """PostgreSQL: the same values in an order no index gives (the planner then collects the
    matches and sorts them, rather than walking the sort index)."""
    return func.coalesce(column, column)


def one_pass(condition):
    """PostgreSQL: ``(… IN (SELECT …)) IS TRUE``, which the planner does not turn into a join:
    the subquery is read once into a hash and each case tested against it as it is scanned.
    As a join it was free to sort every case first and then probe the tokens case by case in
    that order (a year's cases at the far end: 40,000 probes)."""
    return condition.is_(True)


def ids_of(column, ids: frozenset[str]):
    """``column = ANY(string_to_array(…))`` (PostgreSQL): one text parameter, split by the
    server when it plans (a constant array, counted exactly). As an array parameter, psycopg
    encoded it element by element: 12 ms of a 45 ms search for 3,300 ids."""
    joined = bindparam("case_ids", ",".join(sorted(ids)), type_=String)   # ids hold no ","
    return column == any_(func.string_to_array(joined, ","))


def fetch_known(session: Session, cond, cap: int,
                column=SearchToken.case_id) -> tuple[int, frozenset[str] | None]:
    """PostgreSQL: the rows of ``cond`` (search tokens, or ``column``'s table) up to
    ``cap + 1`` (its size, as counted on SQLite) and, when they are at most ``cap``, the case
    ids."""
    # One row of text, split here: 20,000 ids as rows cost ~40 ms of row handling in Python.
    rows = select(column.label("case_id")).where(cond).limit(cap + 1).subquery()
    joined = session.execute(select(func.string_agg(rows.c.case_id, ","))).scalar()
    found = joined.split(",") if joined else []
    return len(found), (frozenset(found) if len(found) <= cap else None)


def narrow_by(column, cond):
    """The ``narrow`` of a condition on ``column``'s table."""
    return lambda ids: select(column).where(ids_of(column, ids), cond)


def pinned(session: Session, sets: list[SetCondition],
           paired_cap: int) -> list[SetCondition] | None:
    """PostgreSQL: the most selective condition's case ids narrowed by every condition that
    can probe them (query words, modus), as one condition on ``case_file.id``; the conditions
    that cannot probe stay. None when nothing is left.

    Query words that each match more than the cap: the first of them with at most
    ``paired_cap`` token rows is fetched (and narrowed by the others). "PSN-M" (43,000 and
    10,800 token rows, 1,347 cases in common) walked the date index probing both words
    (138,000 pages); "ma" (7,500 rows) probed every case it passed (22,000 pages)."""
    words = [i for i, item in enumerate(sets) if item.token_cond is not None]
    if sets and sets[0].known is None and words:
        for i in words:
            _size, known = fetch_known(session, sets[i].token_cond, paired_cap)
            if known is not None:
                sets = [sets[i]._replace(known=known), *sets[:i], *sets[i + 1:]]
                break
    if not sets or sets[0].known is None:
        return sets
    ids, rest = sets[0].known, []
    for item in sets[1:]:
        if item.narrow is None:
            rest.append(item)
            continue
        ids = frozenset(session.execute(item.narrow(ids)).scalars())
        if not ids:
            return None
    among = ids_of(Case.id, ids)
    query = select(Case.id).where(among)
    return [SetCondition(len(ids), among, among, query, query, known=ids), *rest]
