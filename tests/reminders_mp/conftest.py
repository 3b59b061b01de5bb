"""Multi-process reminder delivery: three real `settleconf worker` processes on one
PostgreSQL queue, a fake Slack in the test process. Marked `reminders_mp` (they run in
CI with everything else; `-m "not reminders_mp"` skips them while iterating)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from settleconf.adapters.store import SqlStore, open_store
from tests.reminders_mp.harness import FakeServer, Faults, Workers, start_fake, worker_env
from tests.slack.fake_api import FakeSlack
from tests.store.pg import throwaway_database


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reminders_mp: multi-process reminder delivery against real PostgreSQL"
    )


@pytest.fixture
def database_url() -> Iterator[str]:
    """A database of its own per test: scenarios never see each other's rows."""
    with throwaway_database() as url:
        yield url


@pytest.fixture
async def mp_store(database_url: str) -> AsyncIterator[SqlStore]:
    store = await open_store(database_url)  # migrated before any worker starts
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
def faults() -> Faults:
    return Faults()


@pytest.fixture
async def fake_server(faults: Faults) -> AsyncIterator[FakeServer]:
    server = await start_fake(faults)
    try:
        yield server
    finally:
        faults.release.set()  # answer anything still held, so cleanup need not wait
        await server.runner.cleanup()


@pytest.fixture
def fake(fake_server: FakeServer) -> FakeSlack:
    return fake_server.fake


@pytest.fixture
async def workers(
    database_url: str, fake_server: FakeServer, mp_store: SqlStore, tmp_path: Path
) -> AsyncIterator[Workers]:
    del mp_store  # only its migration is needed first
    running = Workers(worker_env(database_url, fake_server.api_url()), tmp_path)
    try:
        yield running
    finally:
        await running.stop_all()
