"""What a unit of work sends PostgreSQL (adapters/store/postgres_engine.py), trip by trip
through a recording relay (tests/store/pg_connections.py): a cached read is its version
check alone; a write is still one transaction, begun before its first write and holding
everything after it; a connection the server closed costs no request its answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
from sqlalchemy import text

from settleconf.adapters.store import SqlStore, open_store, postgres_engine
from settleconf.adapters.store.matter_cache import MatterCache
from settleconf.adapters.store.sql_store import RETRIED
from settleconf.adapters.store.tables import WorkspaceRow
from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service
from settleconf.core.store import ChannelBinding
from tests.slack.conftest import link_example
from tests.store.builders import count_rows
from tests.store.pg import empty_database, run_blocking
from tests.store.pg_connections import (
    RoundTrips,
    end_backends,
    pooled_drivers,
    side_connections,
    terminate_pooled,
)

MAY_13 = date(2024, 5, 13)
# The version check by docket key, batched (adapters/store/pg_side_reads.py): a fully
# cached read runs it on the side connection, with any other requests' checks.
VERSIONS_BY_KEY = (
    "SELECT r.i, m.id, m.version FROM unnest($1::int4[], $2::int4[], $3::text[])"
    " AS r(i, workspace_id, docket_key) CROSS JOIN LATERAL (SELECT matters.id,"
    " matters.version FROM matters WHERE matters.workspace_id = r.workspace_id"
    " AND matters.docket_key = r.docket_key) AS m ORDER BY r.i, m.id"
)


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    run_blocking(empty_database(postgres_url))
    return postgres_url


@pytest.fixture
async def wire(pg_url: str) -> AsyncIterator[RoundTrips]:
    async with RoundTrips(pg_url) as trips:
        yield trips


@pytest.fixture
async def watched(wire: RoundTrips) -> AsyncIterator[SqlStore]:
    """A store whose every trip `wire` records; the example matter linked to C1 of T1."""
    opened = await open_store(wire.url)
    try:
        await link_example(opened, "T1", "C1")
        yield opened
    finally:
        await opened.close()


async def ask(store: SqlStore, text: str) -> str:
    reply = await Service(store).handle(Request("slack", "T1", "C1", "U1", text, today=MAY_13))
    return reply.text


async def test_a_cached_answer_is_one_round_trip(watched: SqlStore, wire: RoundTrips) -> None:
    """No pre-ping (BEGIN, `;`, ROLLBACK), no BEGIN before the version check, no ROLLBACK
    after it: what bench/slack_ack.py's `deadlines CASE` asks of the store."""
    warm = await ask(watched, "deadlines 7:24-cv-00361")
    assert warm.startswith("4 deadlines, in date order: Settlement demand, Tue May 14")
    # The side connection's first check (it prepares the statement, asyncpg reads the
    # array types once per connection).
    assert await ask(watched, "deadlines 7:24-cv-00361") == warm
    wire.clear()
    assert await ask(watched, "deadlines 7:24-cv-00361") == warm
    assert wire.statements() == [VERSIONS_BY_KEY]


async def test_a_write_is_one_transaction_begun_before_it(
    watched: SqlStore, wire: RoundTrips
) -> None:
    """Reads before the first write run on their own; the first statement that is not a
    plain read opens the transaction, and the commit ends it."""
    await ask(watched, "deadlines")
    await ask(watched, "deadlines")  # the side connection prepares its check
    wire.clear()
    assert (await ask(watched, "demand made 2024-05-13")).startswith("Recorded: the demand")
    # The side connection holds the pool's one connection: the write opens another.
    sent = [s for s in wire.statements() if s not in ("", "connect")]
    first_write = next(i for i, s in enumerate(sent) if not s.startswith("SELECT"))
    assert sent[first_write] == "BEGIN;"
    assert sent[-1] == "COMMIT;"
    assert "BEGIN;" not in sent[first_write + 1 :] and "ROLLBACK;" not in sent
    assert any(s.startswith("UPDATE matters SET") for s in sent[first_write:])


async def test_a_unit_of_work_that_read_then_wrote_rolls_back_whole(
    watched: SqlStore,
) -> None:
    before = await count_rows(watched, WorkspaceRow)
    with pytest.raises(RuntimeError):
        async with watched.unit_of_work() as uow:
            ws = await uow.workspace("slack", "T1")
            assert await uow.bindings_for_channel(ws.id, "slack", "C1")  # a plain read
            await uow.workspace("slack", "T-new")  # a write: the transaction begins here
            await uow.unbind(ws.id, "slack", "C1")
            raise RuntimeError("the request failed")
    assert await count_rows(watched, WorkspaceRow) == before
    assert (await ask(watched, "deadlines")).startswith("4 deadlines, in date order:")


async def test_a_statement_not_marked_as_a_plain_read_runs_in_the_transaction(
    watched: SqlStore, pg_url: str
) -> None:
    """A SELECT with a side effect (here a transaction-scoped advisory lock) is held until
    the unit of work ends, as it was before reads ran outside the transaction."""
    other = await open_store(pg_url)
    try:
        async with watched.unit_of_work() as uow:
            await uow.workspace("slack", "T1")
            await uow.session.execute(text("SELECT pg_advisory_xact_lock(16016)"))
            async with other.engine.connect() as conn:
                taken = await conn.scalar(text("SELECT pg_try_advisory_lock(16016)"))
            assert taken is False
        async with other.engine.connect() as conn:
            assert await conn.scalar(text("SELECT pg_try_advisory_xact_lock(16016)")) is True
    finally:
        await other.close()


@pytest.mark.parametrize("noticed", [True, False], ids=["noticed", "not-yet-noticed"])
async def test_a_connection_the_server_closed_still_answers(
    watched: SqlStore,
    pg_url: str,
    noticed: bool,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`pg_terminate_backend` on the pooled connections and the side reads' (a restart).
    Noticed: asyncpg has read their end, and the pool hands out new ones. Not yet noticed
    (the checkout sees them alive): the first statement (the version check; the workspace's
    SELECT through the ORM when nothing is cached) fails and runs once more on a new
    connection. Either way the next read, and the next write, are answered, and fresh."""
    uncached = SqlStore(watched.engine, MatterCache(0))
    warm = await ask(watched, "deadlines 7:24-cv-00361")
    assert await ask(watched, "deadlines 7:24-cv-00361") == warm  # takes a side connection
    assert await ask(uncached, "deadlines 7:24-cv-00361") == warm  # leaves one in the pool
    if not noticed:
        monkeypatch.setattr(postgres_engine, "_closed", lambda _driver: False)

    async def restart() -> None:
        side = side_connections(watched)
        assert len(side) == 1
        assert await terminate_pooled(watched.engine, pg_url, also=side) >= 2

    for answering in (watched, uncached):
        await restart()
        assert await ask(answering, "deadlines 7:24-cv-00361") == warm
    await restart()
    assert (await ask(watched, "demand made 2024-05-13")).startswith("Recorded: the demand")
    after = await ask(watched, "deadlines 7:24-cv-00361")
    assert after != warm
    assert after == await ask(uncached, "deadlines 7:24-cv-00361")
    # Not yet noticed, one retry per request, as before side reads: the cached answer's
    # check (on the side connection), the uncached answer's first SELECT (session), and
    # the demand's check (side). A side connection found dead retires the pool's older
    # connections too (pg_side_reads.py), so the demand's write, on its session, gets a
    # new one rather than a second dead one.
    assert caplog.text.count(RETRIED) == (0 if noticed else 3)


async def test_a_connection_ended_while_the_event_loop_was_busy_is_not_handed_out(
    pg_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The server ended the pooled connections while this process's event loop did not
    run, so asyncpg has not read their end: the checkout finds the server's last message
    waiting on the socket and connects anew. An engine user with no retry of its own (the
    health check's `SELECT 1`) gets a live connection, and no statement fails. (Straight
    to the server: the relay runs on this event loop, and would hold the message back.)"""
    store = await open_store(pg_url)
    try:
        await link_example(store, "T1", "C1")
        await ask(store, "deadlines 7:24-cv-00361")
        await ask(store, "deadlines 7:24-cv-00361")  # takes a side connection
        async with store.engine.connect() as conn:  # one more left idle in the pool
            await conn.execute(text("SELECT 1"))
        drivers = await pooled_drivers(store.engine) + side_connections(store)
        assert len(drivers) >= 2
        # On another thread's event loop: this one does not run until it returns.
        run_blocking(end_backends(pg_url, [driver.get_server_pid() for driver in drivers]))
        assert drivers and not any(driver.is_closed() for driver in drivers)
        async with store.engine.connect() as conn:
            assert (await conn.execute(text("SELECT 1"))).scalar() == 1
        assert (await ask(store, "deadlines 7:24-cv-00361")).startswith("4 deadlines")
    finally:
        await store.close()
    assert RETRIED not in caplog.text


async def test_a_write_whose_connection_dies_midway_is_not_retried(
    watched: SqlStore, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the transaction has begun, a lost connection loses it: the error reaches the
    caller (the service answers that nothing was changed) instead of a retry that would
    commit only the statements after it."""
    from sqlalchemy.exc import DBAPIError

    monkeypatch.setattr(postgres_engine, "_closed", lambda _driver: False)
    async with watched.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (bound,) = await uow.bindings_for_channel(ws.id, "slack", "C1")
        await uow.bind(ChannelBinding(ws.id, "slack", "C2", bound.matter_id))  # BEGIN, ...
        await terminate_pooled_in_use(uow, pg_url)
        with pytest.raises(DBAPIError):
            await uow.unbind(ws.id, "slack", "C1")
    assert (await ask(watched, "deadlines")).startswith("4 deadlines, in date order:")


async def terminate_pooled_in_use(uow: object, url: str) -> None:
    """End the unit of work's own connection from the server's side."""
    from sqlalchemy.ext.asyncio import create_async_engine
    from sqlalchemy.pool import NullPool

    from settleconf.adapters.store import SqlUnitOfWork

    assert isinstance(uow, SqlUnitOfWork)
    conn = await uow.session.connection()
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    admin = create_async_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as other:
            await other.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": driver.get_server_pid()}
            )
    finally:
        await admin.dispose()
