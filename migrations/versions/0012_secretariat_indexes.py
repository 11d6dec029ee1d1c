"""The secretariat's screens (issue 11): cases per owning device (the dashboard's counts, the
provincial register filtered by PPT), the cases whose ownership moved (transfers in flight),
and ``ix_case_person`` with the owner after the person (pseudonymised cases per device are
counted from the index alone). Indexes only; runs on SQLite and PostgreSQL.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 11:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_case_owner', 'case_file', ['owner_device_id', 'intake_date'],
                    unique=False)
    op.create_index('ix_case_epoch', 'case_file', ['ownership_epoch'], unique=False)
    op.drop_index('ix_case_person', table_name='case_file')
    op.create_index('ix_case_person', 'case_file', ['person_id', 'owner_device_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_case_person', table_name='case_file')
    op.create_index('ix_case_person', 'case_file', ['person_id'], unique=False)
    op.drop_index('ix_case_epoch', table_name='case_file')
    op.drop_index('ix_case_owner', table_name='case_file')
