"""Alembic environment: always runs on the live encrypted connection handed in by the app."""
from alembic import context

from ppt_desk.storage.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run from ppt-desk only (storage/migrator.py)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
