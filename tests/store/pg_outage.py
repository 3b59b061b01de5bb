"""A PostgreSQL outage for ONE throwaway database, as its clients see a server restart:
new connections refused ("database ... is not currently accepting connections") and every
open one dropped. The cluster itself (shared with other tests and people) is never touched.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from tests.store.pg import CONNECT_TIMEOUT_S, DATABASE_PREFIX, admin_url

# A backend that was mid-handshake when ALLOW_CONNECTIONS went false can still appear
# after the first pg_terminate_backend: terminate until none is left (bounded).
TERMINATE_ROUNDS = 50


async def allow_connections(url: str, allow: bool) -> None:
    name = make_url(url).database
    if not name or not name.startswith(DATABASE_PREFIX):
        raise ValueError(f"refusing to cut {name!r}: not a test database")
    engine = create_async_engine(
        admin_url(),
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
        connect_args={"timeout": CONNECT_TIMEOUT_S},
    )
    others = "WHERE datname = :name AND pid <> pg_backend_pid()"
    try:
        async with engine.connect() as conn:
            await conn.execute(
                text(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(allow).lower()}')
            )
            if allow:
                return
            for _ in range(TERMINATE_ROUNDS):
                await conn.execute(
                    text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity {others}"),
                    {"name": name},
                )
                left = await conn.scalar(
                    text(f"SELECT count(*) FROM pg_stat_activity {others}"), {"name": name}
                )
                if not left:
                    return
                await asyncio.sleep(0.05)
            raise AssertionError(f"backends of {name} survived pg_terminate_backend")
    finally:
        await engine.dispose()


@asynccontextmanager
async def database_outage(url: str) -> AsyncIterator[None]:
    """Connections to `url` refused and dropped inside the block, allowed again after
    (even if the block fails, so the database can still be dropped)."""
    await allow_connections(url, False)
    try:
        yield
    finally:
        await allow_connections(url, True)
