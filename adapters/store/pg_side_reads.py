"""PostgreSQL's version checks off the session: several in one statement on one connection.

A fully cached answer's read is one indexed statement (version_checks.py). Through the unit
of work's session it cost ~0.4 ms of CPU: the session, a pool checkout and checkin and
SQLAlchemy's greenlet around each, for a statement asyncpg runs in ~0.1 ms
(docs/performance.md, "Capacity"). So a unit of work that has not touched its session yet
(no transaction, nothing of its own uncommitted) sends the check here instead, as
side_reads.py does on SQLite. One connection, borrowed from the engine's pool for as long
as it serves, runs the checks. Checks asked for in the same turn of the event loop, or
while a batch is on the wire, go together as one statement per kind of check: their
parameters as arrays (`unnest`), each check's rows tagged with its place in the batch.
The text is the same whatever the batch's size, so asyncpg prepares it once.

Never staler than the session's read it replaces: a check is queued before its batch's
statement is sent, and that statement, in autocommit under READ COMMITTED like the
session's read outside a transaction, takes its snapshot when it starts, so it sees every
transaction any replica committed before the request asked.

A dead connection (a restart, `pg_terminate_backend`, an idle timeout) is found as the
pool's checkout finds one (postgres_engine._closed: no trip) and replaced before a batch
goes. One that dies as a batch goes fails that statement, which then runs once more on a
new connection: a read has nothing to lose. A restart therefore costs this connection at
most one retry, logged as the session's are (sql_store.RETRIED).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn

from settleconf.adapters.store import postgres_engine, version_checks
from settleconf.adapters.store.postgres_engine import RETRIED

log = logging.getLogger(__name__)


@functools.cache
def _lost() -> tuple[type[BaseException], ...]:
    """What a check's statement fails with when the server ended the connection under it.
    asyncpg is imported here, on PostgreSQL only: `settleconf ask` on the embedded SQLite
    database would otherwise pay ~30 ms of its cold start for it."""
    import asyncpg

    return (
        asyncpg.exceptions.ConnectionDoesNotExistError,
        asyncpg.exceptions.AdminShutdownError,
        ConnectionError,
    )


Rows = list[tuple[Any, ...]]


@dataclass(frozen=True)
class _Batched:
    """A version check for many requests: `sql` takes the batch's places (`$1`) and then
    one array per parameter, in `params`' order; each row starts with its check's place."""

    sql: str
    params: tuple[str, ...]


# Each one keeps its statement's columns and, per check, its order (version_checks.py).
# LATERAL: each check is its own indexed lookup, as the statement alone would be.
_BATCHED: dict[int, _Batched] = {
    id(version_checks.MATTERS_WITH_KEY): _Batched(
        "SELECT r.i, m.id, m.version FROM unnest($1::int4[], $2::int4[], $3::text[])"
        " AS r(i, workspace_id, docket_key) CROSS JOIN LATERAL (SELECT matters.id,"
        " matters.version FROM matters WHERE matters.workspace_id = r.workspace_id"
        " AND matters.docket_key = r.docket_key) AS m ORDER BY r.i, m.id",
        ("workspace_id", "key"),
    ),
    id(version_checks.MATTERS_IN_WORKSPACE): _Batched(
        "SELECT r.i, m.id, m.version FROM unnest($1::int4[], $2::int4[])"
        " AS r(i, workspace_id) CROSS JOIN LATERAL (SELECT matters.id, matters.version"
        " FROM matters WHERE matters.workspace_id = r.workspace_id) AS m ORDER BY r.i, m.id",
        ("workspace_id",),
    ),
    id(version_checks.MATTER_VERSION): _Batched(
        "SELECT r.i, matters.version FROM unnest($1::int4[], $2::int4[]) AS r(i, matter_id)"
        " JOIN matters ON matters.id = r.matter_id",
        ("matter_id",),
    ),
    id(version_checks.CHANNEL_BINDINGS): _Batched(
        "SELECT r.i, b.workspace_id, b.platform, b.channel_id, b.matter_id, b.version"
        " FROM unnest($1::int4[], $2::int4[], $3::text[], $4::text[])"
        " AS r(i, workspace_id, platform, channel_id) CROSS JOIN LATERAL"
        " (SELECT channel_bindings.id, channel_bindings.workspace_id,"
        " channel_bindings.platform, channel_bindings.channel_id, channel_bindings.matter_id,"
        " matters.version FROM channel_bindings JOIN matters"
        " ON matters.id = channel_bindings.matter_id"
        " WHERE channel_bindings.workspace_id = r.workspace_id"
        " AND channel_bindings.platform = r.platform"
        " AND channel_bindings.channel_id = r.channel_id) AS b ORDER BY r.i, b.id",
        ("workspace_id", "platform", "channel_id"),
    ),
}


@dataclass(frozen=True)
class _Check:
    batched: _Batched
    args: tuple[Any, ...]
    answer: asyncio.Future[Rows]


def _settle(answer: asyncio.Future[Rows], result: Rows | BaseException) -> None:
    if answer.done():  # its caller was cancelled
        return
    try:
        if isinstance(result, BaseException):
            answer.set_exception(result)
        else:
            answer.set_result(result)
    except RuntimeError:  # asked on an event loop that has ended: nobody waits
        return


class PgSideReads:
    """Version checks on one connection of `engine`'s pool, taken at the first check and
    given back at `close()` (before the engine is disposed)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._pooled: PoolProxiedConnection | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the connection's
        self._waiting: list[_Check] = []
        self._sender: asyncio.Task[None] | None = None
        self._closed = False
        self.batches = 0  # statements sent (tests and bench/answer_cpu.py look)

    @property
    def held(self) -> Any | None:
        """The asyncpg connection it holds now, if any (tests end it from the server)."""
        return None if self._pooled is None else self._pooled.driver_connection

    async def rows(self, stmt: Executable, params: dict[str, Any]) -> Rows:
        """One of version_checks' statements, run with `params`: its rows as tuples."""
        if self._closed:
            raise RuntimeError("side reads closed")
        batched = _BATCHED[id(stmt)]
        loop = asyncio.get_running_loop()
        check = _Check(batched, tuple(params[n] for n in batched.params), loop.create_future())
        self._waiting.append(check)
        sender = self._sender
        if sender is None or sender.done() or sender.get_loop() is not loop:
            # Starts on the loop's next turn: checks asked for in this one go with it.
            self._sender = loop.create_task(self._send())
        return await check.answer

    async def _send(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            kinds: dict[int, list[_Check]] = {}
            for check in batch:
                kinds.setdefault(id(check.batched), []).append(check)
            for checks in kinds.values():
                await self._run(checks)

    async def _run(self, checks: list[_Check]) -> None:
        batched = checks[0].batched
        arrays = [list(range(len(checks)))]
        arrays += [[c.args[n] for c in checks] for n in range(len(batched.params))]
        try:
            found = await self._fetch(batched.sql, arrays)
        except Exception as exc:
            for check in checks:
                _settle(check.answer, exc)
            return
        per_check: list[Rows] = [[] for _ in checks]
        for row in found:
            per_check[row[0]].append(tuple(row)[1:])
        for check, rows in zip(checks, per_check, strict=True):
            _settle(check.answer, rows)

    async def _fetch(self, sql: str, arrays: list[list[Any]]) -> list[Any]:
        for attempt in (1, 2):
            driver = await self._driver()
            self.batches += 1
            try:
                return list(await driver.fetch(sql, *arrays))
            except Exception as exc:
                if attempt == 2 or not (driver.is_closed() or isinstance(exc, _lost())):
                    raise
                log.warning(RETRIED)
                await self._drop(lost=exc)
        raise AssertionError("unreachable: the second attempt returns or raises")

    async def _driver(self) -> Any:
        """The connection's asyncpg connection: a new one if it was found dead or belongs
        to an event loop that has ended."""
        loop = asyncio.get_running_loop()
        pooled = self._pooled
        if pooled is not None and (
            self._loop is not loop or postgres_engine._closed(pooled.driver_connection)
        ):
            await self._drop()
            pooled = None
        if pooled is None:
            pooled = await self._engine.raw_connection()
            self._pooled, self._loop = pooled, loop
        return pooled.driver_connection

    async def _drop(self, lost: BaseException | None = None) -> None:
        """Let the pool close the connection and forget it (it opens another when asked).
        `lost`: what the statement that found it dead failed with. The pool then also
        retires every connection it opened before now, as it does when a statement on
        the session finds its connection dead: a server that ended this one (a restart)
        has likely ended those too, and the retry must not be handed one of them."""
        pooled, self._pooled = self._pooled, None
        if pooled is None:
            return
        if self._loop is not asyncio.get_running_loop():
            # Its loop has ended: nothing can be sent on it; just let its socket go.
            driver = pooled.driver_connection
            try:
                if driver is not None:
                    driver.terminate()
            except Exception:
                log.debug("side reads: closing a connection from an ended loop", exc_info=True)
            pooled.detach()
            return
        try:
            await greenlet_spawn(pooled.invalidate, lost)
        except Exception:
            log.debug("side reads: invalidating a dead connection", exc_info=True)
        if lost is not None:
            # What SQLAlchemy's Pool._invalidate does when a statement finds its
            # connection gone, but whatever this connection's age: the pool recycles,
            # at their next checkout, the connections it opened before now.
            pool: Any = self._engine.sync_engine.pool
            pool._invalidate_time = time.time()

    async def close(self) -> None:
        """Give the connection back once the batch on the wire is done; checks not yet
        sent fail."""
        self._closed = True
        for check in self._waiting:
            _settle(check.answer, RuntimeError("side reads closed"))
        self._waiting = []
        sender, self._sender = self._sender, None
        loop = asyncio.get_running_loop()
        if sender is not None and not sender.done() and sender.get_loop() is loop:
            await asyncio.gather(sender, return_exceptions=True)
        pooled = self._pooled
        if pooled is None:
            return
        if self._loop is not loop:
            await self._drop()
            return
        self._pooled = None
        await greenlet_spawn(pooled.close)
