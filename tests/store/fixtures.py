"""Store fixtures, parametrized over SQLite and PostgreSQL.

Other test folders reuse them by importing into their conftest.py:

    from tests.store.fixtures import postgres_url, store, store_url  # noqa: F401

Every test that asks for `store` then runs twice, `[sqlite]` and `[postgresql]`, each on
an empty, migrated database. PostgreSQL comes from `tests.store.pg` (skipped when the
server is unreachable, failed under CI=true).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from settleconf.adapters.store import SqlStore, open_store
from tests.bot.testbot import settle_services
from tests.store.pg import empty_database, run_blocking, throwaway_database

BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One database per test session; only created if a PostgreSQL test runs."""
    with throwaway_database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database on each backend (not yet migrated)."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'settleconf.db'}"
    # Requested lazily so SQLite-only runs never touch PostgreSQL.
    url: str = request.getfixturevalue("postgres_url")
    run_blocking(empty_database(url))
    return url


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[SqlStore]:
    """A migrated store on an empty database; closed after the test."""
    opened = await open_store(store_url)
    try:
        yield opened
    finally:
        await settle_services()
        await opened.close()
