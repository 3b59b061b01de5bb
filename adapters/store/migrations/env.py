"""Alembic environment: run by `command.upgrade` from code, or by the alembic CLI.

From code (`adapters.store.migrations.migrate`) the caller's connection arrives in
`config.attributes["connection"]`, already inside a transaction on the async engine.
From the CLI there is none, so we open the configured database ourselves.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection

from settleconf.adapters.store import create_store_engine
from settleconf.adapters.store.database_url import default_database_url, normalize_database_url
from settleconf.adapters.store.migrations import model_metadata

target_metadata = model_metadata()


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead, so
        # later migrations (and autogenerate) work on both backends.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def configured_url() -> str:
    url = context.config.get_main_option("sqlalchemy.url")
    return normalize_database_url(url, source="sqlalchemy.url") if url else default_database_url()


async def run_on_configured_database() -> None:
    engine = create_store_engine(configured_url())
    try:
        async with engine.connect() as connection:
            await connection.run_sync(run_on)
    finally:
        await engine.dispose()


def run_offline() -> None:
    """`alembic upgrade --sql`: print the DDL instead of running it."""
    context.configure(
        url=configured_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if isinstance(given, Connection):
    run_on(given)
elif context.is_offline_mode():
    run_offline()
else:
    asyncio.run(run_on_configured_database())
