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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Index, String, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.tables import Base, UtcDateTime, utcnow
from settleconf.core.store import REPLAY_WINDOW


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
        self._insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        self._engine = engine
        self._window = window
        self._clock = clock
        self._waiting: list[_Use] = []
        self._pruned_at: datetime | None = None
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
        stmt = (
            self._insert(ReplayRow)
            .values([{"key": k, "expires_at": at} for k, at in rows.items()])
            .on_conflict_do_nothing(index_elements=[ReplayRow.key])
            .returning(ReplayRow.key)
        )
        if self._engine.dialect.name == "sqlite":
            return await self._record_sqlite(rows, max(use.now for use in group))
        async with self._engine.begin() as conn:
            new = {k for (k,) in (await conn.execute(stmt)).all()}
            now = max(use.now for use in group)
            if new and (self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY):
                # Pruned by the requests themselves (an index range scan): no sweeper to
                # run, and the table holds about five minutes of traffic.
                await conn.execute(delete(ReplayRow).where(ReplayRow.expires_at < now))
                self._pruned_at = now
        return new

    async def _record_sqlite(self, rows: dict[str, datetime], now: datetime) -> set[str]:
        """`_record` on SQLite, in two trips to aiosqlite's thread (INSERT with its rows,
        COMMIT) instead of SQLAlchemy's five (cursor, execute, fetch, close, commit): this
        check is on every signed request's path and each trip is a thread handoff
        (docs/performance.md, "Answer in the ack"). Same statement, same stored values
        (the column type's own bind processor), same transaction: sqlite3 opens it at
        the INSERT; if anything fails before the commit, the pool's reset rolls it back
        (`adapters/store/__init__.py`, `_sqlite_reset`)."""
        to_db = ReplayRow.__table__.c.expires_at.type.bind_processor(self._engine.dialect)
        assert to_db is not None  # UtcDateTime over SQLite's DATETIME always has one
        params: list[Any] = []
        for key, at in rows.items():
            params += [key, to_db(at)]
        sql = _SQLITE_INSERT.format(values=", ".join(["(?, ?)"] * len(rows)))
        async with self._engine.connect() as conn:
            raw = (await conn.get_raw_connection()).driver_connection
            assert raw is not None  # a connection checked out is open
            new = {str(k) for (k,) in await raw.execute_fetchall(sql, params)}
            if new and (self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY):
                await raw.execute_fetchall(_SQLITE_PRUNE, [to_db(now)])
                self._pruned_at = now
            await raw.commit()
        return new


_SQLITE_INSERT = (
    'INSERT INTO replay_cache ("key", expires_at) VALUES {values} '
    'ON CONFLICT ("key") DO NOTHING RETURNING "key"'
)
_SQLITE_PRUNE = "DELETE FROM replay_cache WHERE expires_at < ?"
