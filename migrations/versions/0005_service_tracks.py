"""Service tracks: institution directory (local entries), group sessions and their
participants, users' access grants, consent scope, the kind of a case's next visit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 00:23:50.099441
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('group_session',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('facilitator', sa.String(length=200), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('setting', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('group_session', schema=None) as batch_op:
        batch_op.create_index('ix_group_session_day', ['held_on'], unique=False)

    op.create_table('institution',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('acronym', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('province_code', sa.String(length=13), nullable=False),
    sa.Column('regency_code', sa.String(length=13), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('services', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.create_index('ix_institution_category', ['category', 'name'], unique=False)

    op.create_table('group_participant',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('relation', sa.String(length=30), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['session_id'], ['group_session.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('group_participant', schema=None) as batch_op:
        batch_op.create_index('ix_group_participant_case', ['case_id'], unique=False)
        batch_op.create_index('ix_group_participant_session', ['session_id'], unique=False)

    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grants', sa.JSON(), nullable=False,
                                      server_default='[]'))

    with op.batch_alter_table('case_summary', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_visit_kind', sa.String(length=30), nullable=False,
                                      server_default=''))

    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scope', sa.JSON(), nullable=False,
                                      server_default='[]'))



def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('scope')

    with op.batch_alter_table('case_summary', schema=None) as batch_op:
        batch_op.drop_column('next_visit_kind')

    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_column('grants')

    with op.batch_alter_table('group_participant', schema=None) as batch_op:
        batch_op.drop_index('ix_group_participant_session')
        batch_op.drop_index('ix_group_participant_case')

    op.drop_table('group_participant')
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.drop_index('ix_institution_category')

    op.drop_table('institution')
    with op.batch_alter_table('group_session', schema=None) as batch_op:
        batch_op.drop_index('ix_group_session_day')

    op.drop_table('group_session')
