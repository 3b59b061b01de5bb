"""`core.store.ReplayCache` on the store's database: one row per signed request received.

Which replica saw a signature first is decided by the database: `INSERT ... ON CONFLICT
DO NOTHING RETURNING` adds the row for exactly one caller and returns nothing to every
other, on SQLite and PostgreSQL alike, without the aborted transaction a failed plain
INSERT leaves on PostgreSQL.

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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Index, String, delete, text
from sqlalchemy.dialects import postgresql, sqlite
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


_NO_SYNC = text("SET LOCAL synchronous_commit = off")

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
        self._insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        self._engine = engine
        # The same pool; its connections lent in autocommit mode, reset when returned.
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._window = window
        self._clock = clock
        self._waiting: list[_Use] = []
        self._pruned_at: datetime | None = None
        # SQLite's statement runs as text (`_record_sqlite`), its times stored by the column
        # type's own bind processor: found once, not per call. (Building the SQLAlchemy
        # INSERT was a third of a replay check's CPU, and SQLite never ran it.)
        self._to_sqlite: Callable[[Any], Any] | None = None
        if dialect == "sqlite":
            processor = ReplayRow.__table__.c.expires_at.type.bind_processor(engine.dialect)
            assert processor is not None  # UtcDateTime over SQLite's DATETIME always has one
            self._to_sqlite = processor
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
        now = max(use.now for use in group)
        if self._to_sqlite is not None:
            return await self._record_sqlite(rows, now, self._to_sqlite)
        stmt = (
            self._insert(ReplayRow)
            .values([{"key": k, "expires_at": at} for k, at in rows.items()])
            .on_conflict_do_nothing(index_elements=[ReplayRow.key])
            .returning(ReplayRow.key)
        )
        # `synchronous_commit = off` for this one transaction: the commit returns once it
        # is in PostgreSQL's WAL buffers, not after the WAL reaches the disk (~8-10 ms on
        # every signed request's ack here against ~1.5 ms, docs/performance.md). It is
        # still atomic and still seen by every replica at once; only a crash of the
        # database server itself can forget the last fraction of a second of signatures,
        # and those re-admit a captured request only until bolt's 5-minute staleness check
        # refuses it. Nothing else is written with it: user data keeps its synced commit.
        async with self._engine.begin() as conn:
            await conn.execute(_NO_SYNC)
            new = {k for (k,) in (await conn.execute(stmt)).all()}
        if new and (self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY):
            # Pruned by the requests themselves (an index range scan): no sweeper to run,
            # and the table holds about five minutes of traffic. In a statement of its own
            # (autocommit) after the signatures are committed, so a failed prune loses none.
            self._pruned_at = now
            try:
                async with self._autocommit.connect() as conn:
                    await conn.execute(delete(ReplayRow).where(ReplayRow.expires_at < now))
            except Exception:  # the signatures are recorded; pruning waits
                log.warning("replay cache: pruning expired rows failed", exc_info=True)
        return new

    async def _record_sqlite(
        self, rows: dict[str, datetime], now: datetime, to_db: Callable[[Any], Any]
    ) -> set[str]:
        """`_record` on SQLite in one trip to aiosqlite's thread instead of SQLAlchemy's
        five (cursor, execute, fetch, close, commit): this check is on every signed
        request's path and each trip is a thread handoff (docs/performance.md, "Answer in
        the ack"). The same statement and stored values (the column type's own bind
        processor), run in SQLite's autocommit mode: one statement is one transaction,
        committed (and, with `synchronous=FULL`, synced) as it completes, before its rows
        come back, all of them or none; a separate COMMIT had nothing else to commit. The
        occasional prune runs as a statement of its own after it."""
        params: list[Any] = []
        for key, at in rows.items():
            params += [key, to_db(at)]
        sql = _SQLITE_INSERT.format(values=", ".join(["(?, ?)"] * len(rows)))
        # The pool's connection itself, without SQLAlchemy's Connection around it (a third
        # of this check's CPU, which the answer waits behind), and given back by hand, not
        # by `async with`: its exit closes in a task of its own, a turn of the event loop
        # in which the answer's next step ran first (docs/performance.md). The close has
        # nothing to wait for (no transaction is left open, so the pool's reset makes no
        # trip): it completes in this task's turn and cannot be interrupted.
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
                new = {str(k) for (k,) in await raw.execute_fetchall(sql, params)}
                if new and (self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY):
                    self._pruned_at = now
                    try:
                        await raw.execute_fetchall(_SQLITE_PRUNE, [to_db(now)])
                    except Exception:  # the signatures are recorded; pruning waits
                        log.warning("replay cache: pruning expired rows failed", exc_info=True)
            finally:
                raw.isolation_level = implicit_begin
        finally:
            # In SQLAlchemy's greenlet: should the pool have to close or roll back the
            # connection after all (an error broke it), that goes through aiosqlite too.
            await greenlet_spawn(pooled.close)
        return new


_SQLITE_INSERT = (
    'INSERT INTO replay_cache ("key", expires_at) VALUES {values} '
    'ON CONFLICT ("key") DO NOTHING RETURNING "key"'
)
_SQLITE_PRUNE = "DELETE FROM replay_cache WHERE expires_at < ?"
