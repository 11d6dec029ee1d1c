"""Possible duplicates at the secretariat (issue 11): ``duplicate_pair`` holds the pairs of
cases an officer confirms or dismisses, ``duplicate_block`` the derived blocking keys.

Plain portable types only: runs on SQLite and PostgreSQL.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 10:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duplicate_pair',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_a', sa.String(length=36), nullable=False),
    sa.Column('case_b', sa.String(length=36), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('found_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('case_a < case_b', name='ck_duplicate_pair_order'),
    sa.ForeignKeyConstraint(['case_a'], ['case_file.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['case_b'], ['case_file.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_a', 'case_b', name='uq_duplicate_pair')
    )
    op.create_index('ix_duplicate_pair_b', 'duplicate_pair', ['case_b'], unique=False)
    op.create_index('ix_duplicate_pair_status', 'duplicate_pair', ['status', 'score'],
                    unique=False)
    op.create_table('duplicate_block',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'case_id'),
    sqlite_with_rowid=False
    )
    op.create_index('ix_duplicate_block_case', 'duplicate_block', ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_duplicate_block_case', table_name='duplicate_block')
    op.drop_table('duplicate_block')
    op.drop_index('ix_duplicate_pair_status', table_name='duplicate_pair')
    op.drop_index('ix_duplicate_pair_b', table_name='duplicate_pair')
    op.drop_table('duplicate_pair')
