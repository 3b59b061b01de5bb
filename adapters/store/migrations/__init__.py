"""Alembic migrations, run from code: no alembic.ini is needed at run time.

`migrate(engine)` upgrades to head inside one transaction on the async engine (through
`run_sync`, since Alembic itself is synchronous). `alembic.ini` beside this file is only
for developers running the alembic CLI (see docs/store.md).
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, MetaData, text
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parent

# Arbitrary constant naming settleconf's PostgreSQL advisory lock: two processes starting
# together queue up instead of both creating the same tables.
_PG_MIGRATION_LOCK = 0x5E77_1EC0


def model_metadata() -> MetaData:
    """`Base.metadata` with every model registered, wherever in `adapters.store` it lives.

    Models may sit beside the code that uses them (the delivery log does); importing every
    module lets autogenerate and the schema test see all tables, not only `tables.py`'s.
    """
    import adapters.store as package
    from adapters.store.tables import Base

    for module in pkgutil.iter_modules(package.__path__, prefix="adapters.store."):
        if module.name != __name__:
            importlib.import_module(module.name)
    return Base.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at this directory; env.py uses `connection` when given."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    """Synchronous: pass to `AsyncConnection.run_sync` inside a transaction."""
    if connection.dialect.name == "postgresql":
        # Held until the transaction ends; the second process then finds head and no-ops.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    command.upgrade(alembic_config(connection), "head")


async def migrate(engine: AsyncEngine) -> None:
    """Upgrade the database to head; committed only if every migration succeeded."""
    async with engine.begin() as connection:
        await connection.run_sync(upgrade_to_head)
