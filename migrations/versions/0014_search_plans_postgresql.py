"""Indexes the case search needs on PostgreSQL (helper S, issue 12): nothing changes on SQLite.

- ``ix_search_token_case`` (case_id) gains the token as an included column: a query word is
  tested against a case (``EXISTS … WHERE case_id = ? AND token …``) from the index alone. On
  SQLite ``search_token`` is a WITHOUT ROWID table, so the index already holds the token (its
  primary key's other column); on PostgreSQL each probe read the table's rows.
- ``ix_case_intake_date`` (intake date) gains the number in the year and the case id as
  included columns: the cases of one year ("2025/…", matched by a case-number prefix) are
  collected and sorted from this index alone (2,400 pages at 100,000 cases) instead of a scan
  of every case row (5,900 pages, most not in a 32 MB cache).
- ``ix_case_age`` (age, intake date) sorts unknown ages first, as SQLite sorts NULL and as the
  register asks (``ASC NULLS FIRST`` / ``DESC NULLS LAST``): in the default order no index gave
  that order, and the sort by age sorted all 100,000 cases.

The columns the indexes are known by stay the same on both stores (INCLUDE and NULLS FIRST are
not key columns), so the schema is still the one ``schema.py`` declares.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 14:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _postgres():
        return
    op.execute("DROP INDEX IF EXISTS ix_search_token_case")
    op.execute("CREATE INDEX ix_search_token_case ON search_token (case_id) INCLUDE (token)")
    op.execute("DROP INDEX IF EXISTS ix_case_intake_date")
    op.execute("CREATE INDEX ix_case_intake_date ON case_file (intake_date)"
               " INCLUDE (number_in_year, id)")
    op.execute("DROP INDEX IF EXISTS ix_case_age")
    op.execute("CREATE INDEX ix_case_age ON case_file (age_at_intake NULLS FIRST, intake_date)")


def downgrade() -> None:
    if not _postgres():
        return
    op.execute("DROP INDEX IF EXISTS ix_case_age")
    op.execute("CREATE INDEX ix_case_age ON case_file (age_at_intake, intake_date)")
    op.execute("DROP INDEX IF EXISTS ix_case_intake_date")
    op.execute("CREATE INDEX ix_case_intake_date ON case_file (intake_date)")
    op.execute("DROP INDEX IF EXISTS ix_search_token_case")
    op.execute("CREATE INDEX ix_search_token_case ON search_token (case_id)")
