"""Settings and sync (docs/decisions/0011): office-wide settings become tracked rows, one per
field, each with a create event and an audit entry so that they travel in the first bundle;
the letter-number counters move to the device-local ``letter_counter`` table; what is left in
``setting`` is the device's own, and the table is renamed ``device_setting``; the device gets
the code printed in its letter numbers ("A": until now every office had one laptop).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 02:00:00
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

OFFICE_KEYS = ("casework_rules", "letterhead")  # the office-wide settings of 0005
COUNTER_KEY = "letter_numbers"                  # {"surat_rujukan:2026": 7, ...}

_setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.JSON))
_device_setting = sa.table("device_setting", sa.column("key", sa.String),
                           sa.column("value", sa.JSON))
_office_setting = sa.table(
    "office_setting", sa.column("id", sa.String), sa.column("key", sa.String),
    sa.column("field", sa.String), sa.column("value", sa.JSON), sa.column("version", sa.Integer))
_letter_counter = sa.table(
    "letter_counter", sa.column("document", sa.String), sa.column("year", sa.Integer),
    sa.column("last_number", sa.Integer))
_device_state = sa.table(
    "device_state", sa.column("device_id", sa.String), sa.column("next_seq", sa.Integer),
    sa.column("hlc_wall_ms", sa.Integer), sa.column("hlc_counter", sa.Integer),
    sa.column("audit_seq", sa.Integer), sa.column("audit_hash", sa.String))


def upgrade() -> None:
    op.create_table('office_setting',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=36), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key', 'field', name='uq_office_setting_field')
    )
    op.create_table('letter_counter',
    sa.Column('document', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('document', 'year')
    )
    with op.batch_alter_table('device_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device_code', sa.String(length=2), nullable=False,
                                      server_default='A'))
    op.rename_table('setting', 'device_setting')

    conn = op.get_bind()
    stored = {key: value for key, value in conn.execute(sa.select(_device_setting.c.key,
                                                                  _device_setting.c.value))}
    rows = [{"id": f"{key}.{field}", "key": key, "field": field, "value": value, "version": 1}
            for key in OFFICE_KEYS if isinstance(stored.get(key), dict)
            for field, value in stored[key].items()]
    if rows:
        conn.execute(_office_setting.insert(), rows)
        _record_creates(conn, rows)
    counters = []
    for name, last in (stored.get(COUNTER_KEY) or {}).items():
        document, _, year = str(name).rpartition(":")
        if document and year.isdigit():
            counters.append({"document": document, "year": int(year), "last_number": int(last)})
    if counters:
        conn.execute(_letter_counter.insert(), counters)
    conn.execute(_device_setting.delete().where(
        _device_setting.c.key.in_((*OFFICE_KEYS, COUNTER_KEY))))


def _record_creates(conn: Any, rows: list[dict[str, Any]]) -> None:
    """The create event and audit entry an ORM insert of each row would have written (by the
    one recorder, ADR 0002), so the office's settings reach its other laptops and the province.
    """
    from ppt_desk.domain.ids import Hlc
    from ppt_desk.storage.changes import Change, ChangeRecorder, _Head
    from ppt_desk.storage.schema import AuditEntry, OutboxEvent

    state = conn.execute(sa.select(_device_state)).one()
    head = _Head(state.next_seq, Hlc(state.hlc_wall_ms, state.hlc_counter), state.audit_seq,
                 state.audit_hash)
    changes = [Change("office_setting", row["id"], "create",
                      {k: v for k, v in row.items() if k != "version"}, 0) for row in rows]
    outbox, audit = ChangeRecorder(state.device_id).build(head, changes, None)
    conn.execute(OutboxEvent.__table__.insert(), outbox)
    # No row digests before 0007 (they are None here; the column does not exist yet).
    conn.execute(AuditEntry.__table__.insert(),
                 [{k: v for k, v in entry.items() if k != "row_digest"} for entry in audit])
    conn.execute(_device_state.update().where(_device_state.c.device_id == state.device_id)
                 .values(next_seq=head.next_seq, hlc_wall_ms=head.hlc.wall_ms,
                         hlc_counter=head.hlc.counter, audit_seq=head.audit_seq,
                         audit_hash=head.audit_hash))


def downgrade() -> None:
    conn = op.get_bind()
    values: dict[str, Any] = {}
    for key, field, value in conn.execute(sa.select(
            _office_setting.c.key, _office_setting.c.field, _office_setting.c.value)):
        values.setdefault(key, {})[field] = value
    counters = {f"{document}:{year}": last for document, year, last in conn.execute(sa.select(
        _letter_counter.c.document, _letter_counter.c.year, _letter_counter.c.last_number))}
    if counters:
        values[COUNTER_KEY] = counters
    op.rename_table('device_setting', 'setting')
    if values:
        conn.execute(_setting.delete().where(_setting.c.key.in_(tuple(values))))
        conn.execute(_setting.insert(), [{"key": k, "value": v} for k, v in values.items()])
    # The office_setting events stay in the outbox: older versions ignore them.
    with op.batch_alter_table('device_state', schema=None) as batch_op:
        batch_op.drop_column('device_code')
    op.drop_table('letter_counter')
    op.drop_table('office_setting')
