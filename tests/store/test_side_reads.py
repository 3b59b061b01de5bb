"""SQLite's version checks on a connection of their own (adapters/store/side_reads.py): a
read answered from the cache takes no pooled connection and no session, concurrent checks
share one trip to the side thread, and what they read is never older than the session's
read would have been. And the pool keeps the connections one `serve` holds at once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, update
from sqlalchemy.dialects.sqlite.aiosqlite import SQLiteDialect_aiosqlite

from settleconf.adapters.store import POOL_SIZE, SqlStore, open_store, version_checks
from settleconf.adapters.store.side_reads import SideReads, side_reads_for
from settleconf.adapters.store.tables import MatterRow
from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service
from tests.slack.conftest import link_example

MAY_13 = date(2024, 5, 13)


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'side.db'}")
    try:
        yield store
    finally:
        await store.close()


def side_of(store: SqlStore) -> SideReads:
    side = store.side_reads
    assert side is not None
    return side


def count_checkouts(store: SqlStore) -> list[int]:
    counted = [0]

    def checked_out(*_: Any) -> None:
        counted[0] += 1

    event.listen(store.engine.sync_engine.pool, "checkout", checked_out)
    return counted


async def ask(store: SqlStore, text: str = "deadlines 7:24-cv-00361") -> str:
    reply = await Service(store).handle(Request("slack", "T1", "C1", "U1", text, today=MAY_13))
    return reply.text


async def matter_id(store: SqlStore) -> int:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (binding,) = await uow.bindings_for_channel(ws.id, "slack", "C1")
        return binding.matter_id


async def test_a_cached_answer_takes_no_pooled_connection(sqlite_store: SqlStore) -> None:
    await link_example(sqlite_store, "T1", "C1")
    first = await ask(sqlite_store)  # loads the matter (through the session) and keeps it
    assert first.startswith("4 deadlines, in date order: Settlement demand, Tue May 14")
    checkouts, side = count_checkouts(sqlite_store), side_of(sqlite_store)
    batches = side.batches
    for text in ("deadlines 7:24-cv-00361", "deadlines", "next"):
        assert (await ask(sqlite_store, text)).startswith(
            "4 deadlines" if text.startswith("deadlines") else "Next:"
        )
    assert checkouts == [0]
    assert side.batches == batches + 3  # one version check each, on the side connection


async def test_concurrent_checks_share_a_trip_and_each_gets_its_own_rows(
    sqlite_store: SqlStore,
) -> None:
    await link_example(sqlite_store, "T1", "C1")
    side = side_of(sqlite_store)
    mid = await matter_id(sqlite_store)
    batches = side.batches
    found = await asyncio.gather(
        *[
            side.rows(version_checks.MATTER_VERSION, {"matter_id": m})
            for m in [mid, mid + 1000, mid, mid + 2000, mid, mid, mid, mid]
        ]
    )
    assert [len(rows) for rows in found] == [1, 0, 1, 0, 1, 1, 1, 1]
    # The first goes at once; the seven asked meanwhile go together in the next trip.
    assert side.batches == batches + 2


async def test_a_commit_shows_in_the_next_side_read(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    await link_example(sqlite_store, "T1", "C1")
    side = side_of(sqlite_store)
    mid = await matter_id(sqlite_store)
    (before,) = await side.rows(version_checks.MATTER_VERSION, {"matter_id": mid})
    replica = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'side.db'}")
    try:
        async with replica.engine.begin() as conn:
            await conn.execute(
                update(MatterRow).where(MatterRow.id == mid).values(version=MatterRow.version + 5)
            )
    finally:
        await replica.close()
    assert await side.rows(version_checks.MATTER_VERSION, {"matter_id": mid}) == [
        (before[0] + 5,)
    ]


async def test_a_unit_of_work_with_its_own_changes_reads_on_its_session(
    sqlite_store: SqlStore,
) -> None:
    await link_example(sqlite_store, "T1", "C1")
    side = side_of(sqlite_store)
    async with sqlite_store.unit_of_work() as uow:
        await uow.workspace("slack", "T1")  # found in the table (a read on the session)
        assert side.batches == 0
    batches = side.batches
    async with sqlite_store.unit_of_work() as uow:
        new = await uow.workspace("slack", "T-new")  # inserted, not committed
        assert await uow.matters_in(new.id) == []  # on the session: it sees the new row
        assert side.batches == batches
    async with sqlite_store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")  # now from the cache: no session yet
        assert len(await uow.matters_in(ws.id)) == 1
        assert side.batches == batches + 1


async def test_closed_side_reads_refuse_and_stop_their_thread(sqlite_store: SqlStore) -> None:
    await link_example(sqlite_store, "T1", "C1")
    side = side_of(sqlite_store)
    await side.rows(version_checks.MATTER_VERSION, {"matter_id": 1})
    thread = side._thread
    assert thread is not None and thread.is_alive()
    await side.close()
    assert not thread.is_alive()
    with pytest.raises(RuntimeError, match="side reads closed"):
        await side.rows(version_checks.MATTER_VERSION, {"matter_id": 1})


async def test_only_a_sqlite_file_gets_side_reads(store: SqlStore) -> None:
    memory = await open_store("sqlite+aiosqlite://")
    try:
        assert side_reads_for(memory.engine) is None
    finally:
        await memory.close()
    on_file = store.engine.dialect.name == "sqlite"
    assert (side_reads_for(store.engine) is not None) is on_file


async def test_the_pool_keeps_what_one_serve_holds_at_once(store: SqlStore) -> None:
    opened = [0]

    def connected(*_: Any) -> None:
        opened[0] += 1

    event.listen(store.engine.sync_engine.pool, "connect", connected)

    async def hold(together: asyncio.Barrier) -> None:
        async with store.engine.connect() as conn:
            await conn.exec_driver_sql("SELECT 1")
            await together.wait()  # every one holds its connection at the same time

    for _ in range(3):  # answers come and go: the connections stay open between them
        together = asyncio.Barrier(POOL_SIZE)
        await asyncio.gather(*[hold(together) for _ in range(POOL_SIZE)])
    assert opened[0] <= POOL_SIZE


def test_a_read_on_a_new_event_loop_is_not_held_behind_an_ended_ones_batch(
    tmp_path: Path,
) -> None:
    """A store used from one event loop, then another (a CLI's `asyncio.run` after
    another's): a batch whose loop ended before its answer came back never wakes the new
    loop, so a read there goes at once instead of waiting behind it forever."""

    async def setup() -> tuple[str, int]:
        store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'loops.db'}")
        try:
            await link_example(store, "T1", "C1")
            return str(tmp_path / "loops.db"), await matter_id(store)
        finally:
            await store.close()

    path, mid = asyncio.run(setup())
    side = SideReads(path, SQLiteDialect_aiosqlite(), busy_timeout_ms=1000)
    ended = asyncio.new_event_loop()
    ended.close()
    side._in_flight, side._flight_loop = True, ended  # as that loop left it

    async def read() -> list[tuple[Any, ...]]:
        try:
            return await asyncio.wait_for(
                side.rows(version_checks.MATTER_VERSION, {"matter_id": mid}), 30
            )
        finally:
            await side.close()

    assert [len(row) for row in asyncio.run(read())] == [1]
