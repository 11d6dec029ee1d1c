"""Case conferences (issue 12, ADR 0019): ``conference``, ``conference_case``,
``conference_participant`` and ``conference_decision``, all tracked (they travel in bundles).

Plain portable types only: runs on SQLite and PostgreSQL.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 13:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conference',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('problem_focus', sa.Text(), nullable=False),
    sa.Column('alternatives', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_conference_day', 'conference', ['planned_on'], unique=False)
    op.create_table('conference_case',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_conference_case_case', 'conference_case', ['case_id'], unique=False)
    op.create_index('ix_conference_case_conference', 'conference_case', ['conference_id'],
                    unique=False)
    op.create_table('conference_participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('institution_id', sa.String(length=64), nullable=True),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_conference_participant_conference', 'conference_participant',
                    ['conference_id'], unique=False)
    op.create_table('conference_decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('conference_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('action_what', sa.Text(), nullable=False),
    sa.Column('action_who_institution_id', sa.String(length=64), nullable=True),
    sa.Column('action_who_person', sa.String(length=200), nullable=False),
    sa.Column('action_due', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['conference_id'], ['conference.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_conference_decision_case', 'conference_decision', ['case_id', 'done_on'],
                    unique=False)
    op.create_index('ix_conference_decision_conference', 'conference_decision',
                    ['conference_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_conference_decision_conference', table_name='conference_decision')
    op.drop_index('ix_conference_decision_case', table_name='conference_decision')
    op.drop_table('conference_decision')
    op.drop_index('ix_conference_participant_conference', table_name='conference_participant')
    op.drop_table('conference_participant')
    op.drop_index('ix_conference_case_conference', table_name='conference_case')
    op.drop_index('ix_conference_case_case', table_name='conference_case')
    op.drop_table('conference_case')
    op.drop_index('ix_conference_day', table_name='conference')
    op.drop_table('conference')
