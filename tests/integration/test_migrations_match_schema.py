"""The migrations, applied from nothing, build exactly the schema the code declares."""
from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from ppt_desk.paths import MIGRATIONS
from ppt_desk.storage.migrator import head_revision
from ppt_desk.storage.schema import Base


def test_upgrading_an_empty_database_to_head_gives_the_declared_schema(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn)
        assert context.get_current_revision() == head_revision()
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], f"schema.py changed without a migration: {differences}"
