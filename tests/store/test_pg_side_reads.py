"""PostgreSQL's version checks off the session (adapters/store/pg_side_reads.py): a read
answered from the cache takes no pool checkout and no session, checks asked for together
go as one statement per kind, each gets exactly the rows its own statement would, a commit
by another replica shows in the next check, and a connection the server ended is replaced."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, update

from settleconf.adapters.store import SqlStore, open_store, postgres_engine, version_checks
from settleconf.adapters.store.pg_side_reads import PgSideReads
from settleconf.adapters.store.sql_store import RETRIED
from settleconf.adapters.store.tables import MatterRow
from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service
from tests.slack.conftest import link_example
from tests.store.pg import empty_database, run_blocking
from tests.store.pg_connections import end_backends

MAY_13 = date(2024, 5, 13)


@pytest.fixture
async def pg_store(postgres_url: str) -> AsyncIterator[SqlStore]:
    run_blocking(empty_database(postgres_url))
    store = await open_store(postgres_url)
    try:
        await link_example(store, "T1", "C1")
        yield store
    finally:
        await store.close()


def side_of(store: SqlStore) -> PgSideReads:
    side = store.side_reads
    assert isinstance(side, PgSideReads)
    return side


async def ask(store: SqlStore, text: str = "deadlines 7:24-cv-00361") -> str:
    reply = await Service(store).handle(Request("slack", "T1", "C1", "U1", text, today=MAY_13))
    return reply.text


async def ids(store: SqlStore) -> tuple[int, int]:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (binding,) = await uow.bindings_for_channel(ws.id, "slack", "C1")
        return ws.id, binding.matter_id


async def on_session(store: SqlStore, stmt: Any, params: dict[str, Any]) -> list[Any]:
    async with store.engine.connect() as conn:
        return [tuple(row) for row in await conn.execute(stmt, params)]


async def test_a_cached_answer_takes_no_pool_checkout(pg_store: SqlStore) -> None:
    first = await ask(pg_store)  # loads (on the session) and keeps the workspace, the matter
    assert first.startswith("4 deadlines, in date order: Settlement demand, Tue May 14")
    assert await ask(pg_store) == first  # the side connection's one checkout
    counted = [0]

    def checked_out(*_: Any) -> None:
        counted[0] += 1

    event.listen(pg_store.engine.sync_engine.pool, "checkout", checked_out)
    side = side_of(pg_store)
    batches = side.batches
    for text in ("deadlines 7:24-cv-00361", "deadlines", "next"):
        assert (await ask(pg_store, text)).startswith(
            "4 deadlines" if text.startswith("deadlines") else "Next:"
        )
    assert counted == [0]
    assert side.batches == batches + 3  # one version check each, on the side connection


async def test_checks_together_are_one_statement_per_kind_each_with_its_own_rows(
    pg_store: SqlStore,
) -> None:
    ws, mid = await ids(pg_store)
    side = side_of(pg_store)
    c1 = {"workspace_id": ws, "platform": "slack", "channel_id": "C1"}
    asked: list[tuple[Any, dict[str, Any]]] = [
        (version_checks.MATTER_VERSION, {"matter_id": mid}),
        (version_checks.MATTER_VERSION, {"matter_id": mid + 1000}),
        (version_checks.MATTERS_WITH_KEY, {"workspace_id": ws, "key": "24-cv-00361"}),
        (version_checks.MATTERS_WITH_KEY, {"workspace_id": ws, "key": "99-cv-00001"}),
        (version_checks.MATTERS_IN_WORKSPACE, {"workspace_id": ws}),
        (version_checks.MATTERS_IN_WORKSPACE, {"workspace_id": ws + 1000}),
        (version_checks.CHANNEL_BINDINGS, c1),
        (version_checks.CHANNEL_BINDINGS, {**c1, "channel_id": "C9"}),
        (version_checks.MATTER_VERSION, {"matter_id": mid}),
    ]
    expected = [await on_session(pg_store, stmt, params) for stmt, params in asked]
    assert [len(rows) for rows in expected] == [1, 0, 1, 0, 1, 0, 1, 0, 1]
    batches = side.batches
    found = await asyncio.gather(*[side.rows(stmt, params) for stmt, params in asked])
    assert found == expected
    assert side.batches == batches + 4  # asked in one turn of the loop: one per kind


async def test_a_commit_by_another_replica_shows_in_the_next_check(
    pg_store: SqlStore, postgres_url: str
) -> None:
    _, mid = await ids(pg_store)
    side = side_of(pg_store)
    (before,) = await side.rows(version_checks.MATTER_VERSION, {"matter_id": mid})
    replica = await open_store(postgres_url)
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
    pg_store: SqlStore,
) -> None:
    side = side_of(pg_store)
    await ask(pg_store)
    batches = side.batches
    async with pg_store.unit_of_work() as uow:
        new = await uow.workspace("slack", "T-new")  # inserted, not committed
        assert await uow.matters_in(new.id) == []  # on the session: it sees the new row
        assert side.batches == batches


@pytest.mark.parametrize("noticed", [True, False], ids=["noticed", "not-yet-noticed"])
async def test_a_side_connection_the_server_ended_is_replaced(
    pg_store: SqlStore,
    postgres_url: str,
    noticed: bool,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Noticed: found closed before the batch goes, replaced, nothing fails. Not yet
    noticed: the statement fails and runs once more on a new connection. Either way the
    answer comes, and a change made meanwhile shows in it."""
    warm = await ask(pg_store)
    assert await ask(pg_store) == warm  # the second, on the side connection
    side = side_of(pg_store)
    pooled = side._pooled
    assert pooled is not None and pooled.driver_connection is not None
    driver = pooled.driver_connection
    await end_backends(postgres_url, [driver.get_server_pid()])
    for _ in range(500):  # bounded: ~5 s
        if driver.is_closed():
            break
        await asyncio.sleep(0.01)
    if not noticed:
        monkeypatch.setattr(postgres_engine, "_closed", lambda _driver: False)
    assert (await ask(pg_store, "demand made 2024-05-13")).startswith("Recorded: the demand")
    after = await ask(pg_store)
    assert after != warm and after.startswith("4 deadlines")
    assert side._pooled is not None and side._pooled.driver_connection is not driver
    assert caplog.text.count(RETRIED) == (0 if noticed else 1)


async def test_close_gives_the_connection_back(pg_store: SqlStore) -> None:
    await ask(pg_store)
    await ask(pg_store)  # on the side connection
    pool: Any = pg_store.engine.sync_engine.pool
    out = pool.checkedout()
    assert out == 1
    await side_of(pg_store).close()
    assert pool.checkedout() == out - 1
    with pytest.raises(RuntimeError, match="side reads closed"):
        await side_of(pg_store).rows(version_checks.MATTER_VERSION, {"matter_id": 1})


def test_a_store_used_on_a_second_event_loop_takes_a_new_connection(
    postgres_url: str,
) -> None:
    """A store used from one event loop, then another (a CLI's `asyncio.run` after
    another's): the connection the ended loop left cannot be used on the new one, so the
    next check takes another, and answers."""
    run_blocking(empty_database(postgres_url))

    async def first() -> tuple[SqlStore, Any, int]:
        store = await open_store(postgres_url)
        await link_example(store, "T1", "C1")
        _, mid = await ids(store)
        side = side_of(store)
        assert await side.rows(version_checks.MATTER_VERSION, {"matter_id": mid})
        return store, side.held, mid

    store, held, mid = asyncio.run(first())
    assert held is not None

    async def second() -> list[Any]:
        try:
            side = side_of(store)
            rows = await side.rows(version_checks.MATTER_VERSION, {"matter_id": mid})
            assert side.held is not None and side.held is not held
            return rows
        finally:
            await store.close()

    assert [len(row) for row in asyncio.run(second())] == [1]
