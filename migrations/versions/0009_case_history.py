"""Case transfer between PPTs (issue 10): ``case_history`` keeps the timeline a case brought
from the office that transferred it, and the line each transfer leaves.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('op', sa.String(length=12), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('origin_office', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_case_history_case', 'case_history', ['case_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_case_history_case', table_name='case_history')
    op.drop_table('case_history')
