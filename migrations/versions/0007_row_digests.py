"""Row digests (issue 10, T15): each audit entry of a tracked row carries the SHA-256 of the
row as written (``row_digest``; "gone" for a delete), bound into the entry's hash, so that
``verify`` finds a record changed with SQL. Entries written before have none and keep their
hashes. The rows that exist now are bound by one audit-only ``bind`` entry each, so an
upgraded database is checked from here on like a new one. An index on (entity, entity_id,
seq) lets ``verify`` find each row's latest entry.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 08:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The tracked tables at this revision (later revisions bind the tables they change).
TRACKED_AT_0007 = ("app_user", "case_file", "case_record", "case_share", "consent",
                   "group_participant", "group_session", "institution", "office",
                   "office_setting", "person", "stage_change")


def upgrade() -> None:
    from ppt_desk.storage.changes import bind_rows

    conn = op.get_bind()
    columns = {c["name"] for c in sa.inspect(conn).get_columns("audit_entry")}
    if "row_digest" not in columns:  # kept by a downgrade: see below
        op.add_column('audit_entry', sa.Column('row_digest', sa.String(length=64),
                                               nullable=True))
    op.execute("CREATE INDEX IF NOT EXISTS ix_audit_entity"
               " ON audit_entry (entity, entity_id, seq)")
    bind_rows(conn, TRACKED_AT_0007)


def downgrade() -> None:
    # The column stays: the hashes of the entries that have a digest cover it, and the chain
    # could not be verified again without it. Older versions never read it.
    op.drop_index('ix_audit_entity', table_name='audit_entry')
