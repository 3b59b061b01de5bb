"""Alembic migrations, run from code: no alembic.ini is needed at run time.

`migrate(engine)` upgrades to head inside one transaction on the async engine (through
`run_sync`, since Alembic itself is synchronous). `alembic.ini` beside this file is only
for developers running the alembic CLI (see docs/store.md).

Alembic is imported only when the database is not already at `HEAD`: importing it and
reading the scripts costs ~0.2 s, a fifth of `settleconf ask`'s 1 s start-up budget
(bench/cold_start.py), for a check that finds nothing to do on every start but the first.
A test keeps `HEAD` equal to the scripts' head.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, MetaData, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent
# The newest revision in versions/: bump it with every new migration (a test checks).
HEAD = "0009"

# Arbitrary constant naming settleconf's PostgreSQL advisory lock: two processes starting
# together queue up instead of both creating the same tables.
_PG_MIGRATION_LOCK = 0x5E77_1EC0


def model_metadata() -> MetaData:
    """`Base.metadata` with every model registered, wherever in `adapters.store` it lives.

    Models may sit beside the code that uses them (the delivery log does); importing every
    module lets autogenerate and the schema test see all tables, not only `tables.py`'s.
    """
    import settleconf.adapters.store as package
    from settleconf.adapters.store.tables import Base

    for module in pkgutil.iter_modules(package.__path__, prefix=f"{package.__name__}."):
        if module.name != __name__:
            importlib.import_module(module.name)
    return Base.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at this directory; env.py uses `connection` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    """Synchronous: pass to `AsyncConnection.run_sync` inside a transaction."""
    if connection.dialect.name == "postgresql":
        # Held until the transaction ends; the second process then finds head and no-ops.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


async def at_head(engine: AsyncEngine) -> bool:
    """Whether the database is already at `HEAD`, read without Alembic."""
    try:
        async with engine.connect() as connection:
            rows = (await connection.execute(text("SELECT version_num FROM alembic_version"))).all()
    except DBAPIError:  # no alembic_version table yet: a new database
        return False
    return [r[0] for r in rows] == [HEAD]


async def migrate(engine: AsyncEngine) -> None:
    """Upgrade the database to head; committed only if every migration succeeded."""
    if await at_head(engine):
        return
    async with engine.begin() as connection:
        await connection.run_sync(upgrade_to_head)
