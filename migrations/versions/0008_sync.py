"""USB sync (issue 10): enrolled peers, the bundle log, identities that left the device,
received events, peers' checkpoints and conflict items; case ownership on ``case_file``; the
device's age identity and the head of its bundle chain on ``device_state``.

Existing cases are owned by this device (until now every office had one laptop, and it made
them), and the changed case rows are bound into the audit chain again. No events are written
for the new columns: an importer takes a case whose create event names no owner as owned by
the event's origin device.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table('peer_device',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('office_id', sa.String(length=36), nullable=False),
    sa.Column('office_name', sa.String(length=200), nullable=False),
    sa.Column('province_code', sa.String(length=13), nullable=False),
    sa.Column('regency_code', sa.String(length=13), nullable=False),
    sa.Column('device_code', sa.String(length=2), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=False),
    sa.Column('age_recipients', sa.JSON(), nullable=False),
    sa.Column('fingerprint', sa.String(length=32), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('enrolled_by', sa.String(length=36), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_by', sa.String(length=36), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_table('bundle_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('peer_device_id', sa.String(length=36), nullable=False),
    sa.Column('bundle_seq', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('first_seq', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('event_count', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_user', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_bundle_log_bundle', 'bundle_log', ['bundle_id'], unique=False)
    op.create_index('ix_bundle_log_peer', 'bundle_log',
                    ['direction', 'peer_device_id', 'bundle_seq'], unique=False)
    op.create_index('ix_bundle_log_hash', 'bundle_log', ['bundle_hash'], unique=False)
    op.create_table('bundle_identity',
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('mode', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('bundle_id', 'case_id'),
    sqlite_with_rowid=False
    )
    op.create_index('ix_bundle_identity_case', 'bundle_identity', ['case_id'], unique=False)
    op.create_table('received_event',
    sa.Column('origin_device_id', sa.String(length=36), nullable=False),
    sa.Column('device_seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('event', sa.JSON(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('origin_device_id', 'device_seq')
    )
    op.create_index('ix_received_entity', 'received_event', ['entity_id', 'entity'],
                    unique=False)
    op.create_index('ix_received_status', 'received_event',
                    ['status', 'origin_device_id', 'device_seq'], unique=False)
    op.create_table('peer_checkpoint',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.LargeBinary(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id')
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('local_value', sa.JSON(), nullable=True),
    sa.Column('incoming_value', sa.JSON(), nullable=True),
    sa.Column('origin_device_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('chosen', sa.String(length=8), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_sync_conflict_status', 'sync_conflict', ['status', 'opened_at'],
                    unique=False)
    op.create_index('ix_sync_conflict_entity', 'sync_conflict', ['entity_id'], unique=False)
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('owner_device_id', sa.String(length=36), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('ownership_epoch', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('transferred_to', sa.String(length=200), nullable=False,
                                      server_default=''))
    with op.batch_alter_table('device_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('age_identity', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('bundle_seq', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('last_bundle_hash', sa.String(length=64), nullable=False,
                                      server_default=GENESIS))
    # Every existing case was made on this laptop: it owns them. Their rows change, so they
    # are bound into the audit chain again (one ``bind`` entry each, see 0007).
    op.execute("UPDATE case_file SET owner_device_id = "
               "(SELECT device_id FROM device_state LIMIT 1) WHERE owner_device_id = ''")
    from ppt_desk.storage.changes import bind_rows
    bind_rows(op.get_bind(), ("case_file",))


def downgrade() -> None:
    with op.batch_alter_table('device_state', schema=None) as batch_op:
        batch_op.drop_column('last_bundle_hash')
        batch_op.drop_column('bundle_seq')
        batch_op.drop_column('age_identity')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_column('transferred_to')
        batch_op.drop_column('ownership_epoch')
        batch_op.drop_column('owner_device_id')
    op.drop_index('ix_sync_conflict_entity', table_name='sync_conflict')
    op.drop_index('ix_sync_conflict_status', table_name='sync_conflict')
    op.drop_table('sync_conflict')
    op.drop_table('peer_checkpoint')
    op.drop_index('ix_received_status', table_name='received_event')
    op.drop_index('ix_received_entity', table_name='received_event')
    op.drop_table('received_event')
    op.drop_index('ix_bundle_identity_case', table_name='bundle_identity')
    op.drop_table('bundle_identity')
    op.drop_index('ix_bundle_log_hash', table_name='bundle_log')
    op.drop_index('ix_bundle_log_peer', table_name='bundle_log')
    op.drop_index('ix_bundle_log_bundle', table_name='bundle_log')
    op.drop_table('bundle_log')
    op.drop_table('peer_device')
