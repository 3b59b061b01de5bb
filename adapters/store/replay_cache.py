"""`core.store.ReplayCache` on the store's database: one row per signed request received.

Which replica saw a signature first is decided by the database: `INSERT ... ON CONFLICT
DO NOTHING RETURNING` adds the row for exactly one caller and returns nothing to every
other, on SQLite and PostgreSQL alike, without the aborted transaction a failed plain
INSERT leaves on PostgreSQL.

On PostgreSQL that INSERT is the check's only round trip: one statement in autocommit mode,
which sets `synchronous_commit = off` for its own transaction (see `_PG_INSERT`), on the
pool's asyncpg connection directly. It had been seven: the pool's pre-ping (three), BEGIN,
SET LOCAL, the INSERT and COMMIT.

Every signed request asks, so the answers are group-committed: calls made while another
call's transaction is in flight go into the next one, one multi-row INSERT and one commit
for all of them. One transaction per request made this table the ceiling of a whole
`serve` process: ~11 ms of waiting for the commit to reach the disk and ~2 ms of CPU per
request, serialized on SQLite's one writer (docs/performance.md, "Read path and capacity").
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Index, String
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.util.concurrency import greenlet_spawn

from settleconf.adapters.store.tables import Base, UtcDateTime, utcnow
from settleconf.core.store import REPLAY_WINDOW

log = logging.getLogger(__name__)


class ReplayRow(Base):
    __tablename__ = "replay_cache"
    __table_args__ = (Index("ix_replay_cache_expires_at", "expires_at"),)

    # The key's SHA-256, not the key: a fixed width, and no live signature kept at rest.
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


# Rows in one INSERT: a bound on its parameters (SQLite allows 32,766; two per row).
MAX_GROUP = 500
# Expired rows are deleted at most this often per process, not by every request: the
# DELETE was a third of the replay check's statements and round trips (~1.5 ms of the
# answer's latency on SQLite, docs/performance.md). An expired row left a while longer
# only refuses a signature bolt already refuses as stale; the table holds at most
# REPLAY_WINDOW + PRUNE_EVERY of traffic.
PRUNE_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class _Use:
    key: str  # the signature's SHA-256
    expires_at: datetime
    now: datetime
    answer: asyncio.Future[bool]


class SqlReplayCache:
    def __init__(
        self,
        engine: AsyncEngine,
        *,
        window: timedelta = REPLAY_WINDOW,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        dialect = engine.dialect.name
        if dialect not in ("postgresql", "sqlite"):
            raise ValueError(f"unsupported database dialect {dialect!r}")
        self._postgresql = dialect == "postgresql"
        self._engine = engine
        self._window = window
        self._clock = clock
        self._waiting: list[_Use] = []
        self._pruned_at: datetime | None = None
        # The statement runs as text on the driver's connection (`_record_sqlite`,
        # `_record_postgresql`), its times stored by the column type's own bind processor:
        # found once, not per call. (Building the SQLAlchemy INSERT was a third of a replay
        # check's CPU.)
        processor = ReplayRow.__table__.c.expires_at.type.bind_processor(engine.dialect)
        assert processor is not None  # UtcDateTime always has one
        self._to_db: Callable[[Any], Any] = processor
        # A task of its own, not the first caller's: a request cancelled while its group
        # commits must not take the other callers' answers with it.
        self._flusher: asyncio.Task[None] | None = None

    async def first_use(self, key: str, signed_at: datetime) -> bool:
        now = self._clock()
        use = _Use(
            hashlib.sha256(key.encode()).hexdigest(),
            max(signed_at, now) + self._window,
            now,
            asyncio.get_running_loop().create_future(),
        )
        self._waiting.append(use)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._record_waiting())
        return await use.answer

    async def _record_waiting(self) -> None:
        group: list[_Use] = []
        try:
            while self._waiting:
                group = self._waiting[:MAX_GROUP]
                del self._waiting[:MAX_GROUP]
                try:
                    new = await self._record(group)
                except Exception as exc:  # each caller sees the error, as it would alone
                    for use in group:
                        if not use.answer.done():
                            use.answer.set_exception(exc)
                    continue
                for use in group:
                    if not use.answer.done():
                        # The first use of a key in the group is the one that inserted it.
                        use.answer.set_result(use.key in new)
                        new.discard(use.key)
        finally:
            # Cancelled mid-flush (the loop is closing): no one else would answer these.
            for use in group + self._waiting:
                if not use.answer.done():
                    use.answer.cancel()
            self._waiting.clear()

    async def _record(self, group: list[_Use]) -> set[str]:
        """Insert the group's keys; returns those that were not there yet."""
        rows: dict[str, datetime] = {}
        for use in group:
            rows.setdefault(use.key, use.expires_at)
        if self._postgresql:
            new = await self._record_postgresql(rows)
        else:
            new = await self._record_sqlite(rows)
        if new:
            await self._prune_if_due(max(use.now for use in group))
        return new

    async def _record_postgresql(self, rows: dict[str, datetime]) -> set[str]:
        """`_PG_INSERT` on the pool's asyncpg connection, in autocommit mode: one statement
        is one transaction and one round trip, committed before its rows come back. The
        same statement text whatever the group's size (arrays, not a VALUES row per key),
        so asyncpg prepares it once per connection. A connection found dead by its first
        (and only) statement is dropped and the statement run once on a new one: nothing
        was recorded on it unless the server closed it after committing and before
        answering, and then the key is already there and the retry says it is not new."""
        keys = list(rows)
        times = [self._to_db(at) for at in rows.values()]
        for attempt in (1, 2):
            pooled = await self._engine.raw_connection()
            raw = pooled.driver_connection
            assert raw is not None  # a connection checked out is open
            dropped = False
            try:
                found = await raw.fetch(_PG_INSERT, keys, times)
            except Exception as exc:
                if attempt == 2 or not raw.is_closed():
                    raise
                log.warning("replay cache: connection found closed; once more on a new one")
                dropped = True
                await greenlet_spawn(pooled.invalidate, exc)  # closed and given back
                continue
            finally:
                if not dropped:  # also when cancelled: the pool gets it back
                    await greenlet_spawn(pooled.close)
            return {str(k) for (k,) in found}
        raise AssertionError("unreachable: the second attempt returns or raises")

    async def _record_sqlite(self, rows: dict[str, datetime]) -> set[str]:
        """`_record` on SQLite in one trip to aiosqlite's thread instead of SQLAlchemy's
        five (cursor, execute, fetch, close, commit): this check is on every signed
        request's path and each trip is a thread handoff (docs/performance.md, "Answer in
        the ack"). The same statement and stored values (the column type's own bind
        processor), run in SQLite's autocommit mode: one statement is one transaction,
        committed (and, with `synchronous=FULL`, synced) as it completes, before its rows
        come back, all of them or none; a separate COMMIT had nothing else to commit."""
        params: list[Any] = []
        for key, at in rows.items():
            params += [key, self._to_db(at)]
        sql = _SQLITE_INSERT.format(values=", ".join(["(?, ?)"] * len(rows)))
        async with self._sqlite_autocommit() as raw:
            return {str(k) for (k,) in await raw.execute_fetchall(sql, params)}

    @asynccontextmanager
    async def _sqlite_autocommit(self) -> AsyncIterator[Any]:
        """The pool's aiosqlite connection in autocommit mode, without SQLAlchemy's
        Connection around it (a third of this check's CPU, which the answer waits behind),
        and given back by hand in this task's turn, not by `async with` on an
        AsyncConnection: its exit closes in a task of its own, a turn of the event loop in
        which the answer's next step ran first (docs/performance.md). The close has
        nothing to wait for (no transaction is left open, so the pool's reset makes no
        trip) and cannot be interrupted."""
        pooled = await self._engine.raw_connection()
        try:
            raw = pooled.driver_connection
            assert raw is not None  # a connection checked out is open
            # No transaction is open on a connection the pool hands out (its reset rolls
            # back any), so leaving sqlite3's implicit BEGIN off commits nothing early. Set
            # on the driver's connection directly (no trip), and put back for the pool.
            assert not raw.in_transaction
            implicit_begin = raw.isolation_level
            raw.isolation_level = None
            try:
                yield raw
            finally:
                raw.isolation_level = implicit_begin
        finally:
            # In SQLAlchemy's greenlet: should the pool have to close or roll back the
            # connection after all (an error broke it), that goes through aiosqlite too.
            await greenlet_spawn(pooled.close)

    async def _prune_if_due(self, now: datetime) -> None:
        """Delete expired rows (an index range scan) at most every PRUNE_EVERY. Pruned by
        the requests themselves: no sweeper to run, and the table holds about five minutes
        of traffic. A statement of its own in autocommit mode after the signatures are
        committed, so a failed prune loses none."""
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        self._pruned_at = now
        try:
            if self._postgresql:
                pooled = await self._engine.raw_connection()
                try:
                    raw = pooled.driver_connection
                    assert raw is not None
                    await raw.execute(_PG_PRUNE, self._to_db(now))
                finally:
                    await greenlet_spawn(pooled.close)
            else:
                async with self._sqlite_autocommit() as raw:
                    await raw.execute_fetchall(_SQLITE_PRUNE, [self._to_db(now)])
        except Exception:  # the signatures are recorded; pruning waits
            log.warning("replay cache: pruning expired rows failed", exc_info=True)


_SQLITE_INSERT = (
    'INSERT INTO replay_cache ("key", expires_at) VALUES {values} '
    'ON CONFLICT ("key") DO NOTHING RETURNING "key"'
)
_SQLITE_PRUNE = "DELETE FROM replay_cache WHERE expires_at < ?"

# `set_config(..., true)` sets `synchronous_commit = off` for this statement's own transaction
# (autocommit mode: the statement is the transaction), evaluated for every row before any is
# inserted, so the commit returns once it is in PostgreSQL's WAL buffers instead of waiting
# for the WAL to reach the disk (~5-10 ms of every signed request's ack here, against
# ~1 ms). It is still atomic and still seen by every replica at once; only a crash of the
# database server itself can forget the last fraction of a second of signatures, and those
# re-admit a captured request only until bolt's 5-minute staleness check refuses it. The
# setting ends with the statement: nothing else is committed with it.
_PG_INSERT = (
    'INSERT INTO replay_cache ("key", expires_at) '
    "SELECT k, e FROM unnest($1::varchar[], $2::timestamptz[]) AS u(k, e) "
    "WHERE set_config('synchronous_commit', 'off', true) IS NOT NULL "
    'ON CONFLICT ("key") DO NOTHING RETURNING "key"'
)
# Also not waited for: rows a crash brings back are expired, and the next prune takes them.
_PG_PRUNE = (
    "DELETE FROM replay_cache WHERE expires_at < $1 "
    "AND set_config('synchronous_commit', 'off', true) IS NOT NULL"
)
