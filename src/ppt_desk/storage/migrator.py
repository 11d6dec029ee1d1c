"""Alembic migrations run from code on the live encrypted connection.

A new database gets ``create_all`` and is stamped at head; an existing one at
an older revision is first backed up (an encrypted copy made by SQLCipher's own
export and verified by reopening it) and then upgraded; a database whose
revision this program does not know (made by a newer version) is refused.

The same migrations run on a PostgreSQL store (secretariat mode). There the office's
own database backups (pg_dump, docs/postgresql.md) take the place of the copy made before an
upgrade, and every foreign key is made DEFERRABLE after migrating (``dialect.py``).
"""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from ..domain.errors import DomainError
from ..paths import MIGRATIONS
from .backup import export_encrypted
from .dialect import is_postgres, list_tables, make_foreign_keys_deferrable
from .schema import Base

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions: it is needed only once the database is
# unlocked, and importing it costs ~130 ms before the unlock dialog could show.

log = logging.getLogger(__name__)


def _config(connection) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(None))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        if is_postgres(conn):
            return not list_tables(conn)
        return conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0


def migrate(engine: Engine, db_path: Path | None, key: bytes, backup_dir: Path) -> Path | None:
    """Bring the database to head. Returns the backup made before an upgrade, if any (never
    on PostgreSQL, whose ``db_path`` is None)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(None))
    head = script.get_current_head()
    if is_empty(engine):
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            command.stamp(_config(conn), "head")
            make_foreign_keys_deferrable(conn)
        return None
    current = current_revision(engine)
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DomainError("database_newer", revision=current or "?")
    if is_postgres(engine):
        log.info("PostgreSQL store upgraded from %s to %s", current, head)
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
            make_foreign_keys_deferrable(conn)
        return None
    assert db_path is not None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backup_dir / f"before-upgrade-{current}-{stamp}.db"
    export_encrypted(engine, backup, key)
    log.info("database backed up before upgrade from %s to %s", current, head)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return backup
