"""case list sort indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Databases created by ``create_all`` before this revision already have
``ix_person_name`` (0001 had missed it), so every index is created only if absent.
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

INDEXES = {
    "ix_case_age": ("case_file", "age_at_intake, intake_date"),
    "ix_case_channel": ("case_file", "intake_channel, intake_date"),
    "ix_case_number_order": ("case_file", "year, number_in_year"),
    "ix_person_name": ("person", "full_name"),
    "ix_person_sex_name": ("person", "sex, full_name"),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")


def downgrade() -> None:
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
