"""Statistics (issue 13, ADR 0020): the derived ``stat_case`` / ``stat_fact`` tables and the
monthly cube of intake-dated facts (``stat_month``, ``stat_month_stale``), the
tracked ``rad_entry`` table for RAD figures typed in by hand, and the person's citizenship
(NULL for persons recorded before: their row digests stay as they were).

Plain portable types only: runs on SQLite and PostgreSQL.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 16:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (not a batch copy of the table: case_file refers to person).
    op.add_column('person', sa.Column('citizenship', sa.String(length=3), nullable=True))
    op.create_table('stat_case',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('regency_code', sa.String(length=13), nullable=False),
    sa.Column('intake_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('simfoni_band', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id')
    )
    op.create_index('ix_stat_case_intake', 'stat_case',
                    ['intake_date', 'sex', 'age_band', 'person_id'], unique=False)
    op.create_table('stat_fact',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('dim', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=True),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('simfoni_band', sa.String(length=8), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('regency_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['stat_case.case_id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_stat_fact_case', 'stat_fact', ['case_id'], unique=False)
    op.create_index('ix_stat_fact_dim_day', 'stat_fact',
                    ['dim', 'on_date', 'code', 'sex', 'age_band', 'simfoni_band', 'case_id',
                     'office_id', 'regency_code', 'value'], unique=False)
    op.create_table('stat_month',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('dim', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('age_band', sa.String(length=8), nullable=False),
    sa.Column('simfoni_band', sa.String(length=8), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('regency_code', sa.String(length=13), nullable=False),
    sa.Column('cases', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'dim', 'code', 'sex', 'age_band', 'simfoni_band',
                            'office_id', 'regency_code')
    )
    op.create_table('stat_month_stale',
    sa.Column('month', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('month')
    )
    op.create_table('rad_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('plan', sa.String(length=40), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('semester', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=36), nullable=True),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('office_id', 'plan', 'indicator', 'year', 'semester',
                        name='uq_rad_entry')
    )


def downgrade() -> None:
    op.drop_table('rad_entry')
    op.drop_table('stat_month_stale')
    op.drop_table('stat_month')
    op.drop_index('ix_stat_fact_dim_day', table_name='stat_fact')
    op.drop_index('ix_stat_fact_case', table_name='stat_fact')
    op.drop_table('stat_fact')
    op.drop_index('ix_stat_case_intake', table_name='stat_case')
    op.drop_table('stat_case')
    op.execute("ALTER TABLE person DROP COLUMN citizenship")
