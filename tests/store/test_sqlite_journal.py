"""SQLite files run in WAL mode with every commit synced (`adapters/store/__init__.py`), the
log is as private as the database, and a connection the pool takes back mid-transaction
is still rolled back although the pool no longer rolls back every connection it takes, and
a unit of work that wrote is rolled back although one that only read is not asked to."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import text

from settleconf.adapters.store import create_store_engine, default_database_url, open_store


async def test_a_file_database_commits_through_a_synced_write_ahead_log(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        store = await open_store(default_database_url({"XDG_DATA_HOME": str(tmp_path)}))
    finally:
        os.umask(previous)
    try:
        async with store.unit_of_work() as uow:
            await uow.workspace("console", "local")
            await uow.commit()
        async with store.engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
            assert (await conn.execute(text("PRAGMA synchronous"))).scalar() == 2  # FULL
        log = tmp_path / "settleconf" / "settleconf.db-wal"
        assert stat.S_IMODE(os.stat(log).st_mode) == 0o600  # the database file's own mode
        # Another process's connection (a new engine) sees the commit.
        other = await open_store(default_database_url({"XDG_DATA_HOME": str(tmp_path)}))
        try:
            async with other.unit_of_work() as uow:
                assert (await uow.workspace("console", "local")).external_id == "local"
        finally:
            await other.close()
    finally:
        await store.close()


async def test_a_connection_returned_mid_transaction_is_rolled_back(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (x INTEGER)"))
        async with engine.connect() as conn:
            # Through the driver, behind SQLAlchemy's back: only the pool's reset is left
            # to roll this back (SQLAlchemy rolls back its own transactions itself).
            raw = await conn.get_raw_connection()
            await raw.driver_connection.execute("INSERT INTO t VALUES (1)")
            assert raw.driver_connection.in_transaction
        async with engine.begin() as conn:  # committed: kept
            await conn.execute(text("INSERT INTO t VALUES (2)"))
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT x FROM t"))).scalars().all() == [2]
            raw = await conn.get_raw_connection()
            assert not raw.driver_connection.in_transaction
    finally:
        await engine.dispose()


async def test_a_unit_of_work_asks_sqlite_to_roll_back_only_what_a_write_opened(
    tmp_path: Path,
) -> None:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    try:
        async with store.unit_of_work() as uow:
            ws = await uow.workspace("console", "local")
            await uow.commit()
        async with store.engine.connect() as conn:  # the pool's one connection
            driver = (await conn.get_raw_connection()).driver_connection
        real_rollback = driver.rollback
        rollbacks: list[bool] = []

        async def counted() -> None:
            rollbacks.append(driver.in_transaction)
            await real_rollback()

        driver.rollback = counted
        async with store.unit_of_work() as uow:  # reads only: SQLite opened nothing
            assert await uow.matters_in(ws.id) == []
        assert rollbacks == []
        async with store.unit_of_work() as uow:  # a write, never committed
            await uow.workspace("console", "other")
        assert rollbacks == [True]
        assert not driver.in_transaction
        async with store.engine.connect() as conn:
            names = (await conn.execute(text("SELECT external_id FROM workspaces"))).scalars()
            assert names.all() == ["local"]
    finally:
        await store.close()
