"""`core.store.ReplayCache` on the store's database: one row per signed request received.

Which replica saw a signature first is decided by the database: `INSERT ... ON CONFLICT
DO NOTHING RETURNING` adds the row for exactly one caller and returns nothing to every
other, on SQLite and PostgreSQL alike, without the aborted transaction a failed plain
INSERT leaves on PostgreSQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta

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

    async def first_use(self, key: str, signed_at: datetime) -> bool:
        now = self._clock()
        expires_at = max(signed_at, now) + self._window
        stmt = (
            self._insert(ReplayRow)
            .values(key=hashlib.sha256(key.encode()).hexdigest(), expires_at=expires_at)
            .on_conflict_do_nothing(index_elements=[ReplayRow.key])
            .returning(ReplayRow.key)
        )
        async with self._engine.begin() as conn:
            new = (await conn.execute(stmt)).first() is not None
            if new:
                # Pruned by the requests themselves (an index range scan): no sweeper to
                # run, and the table holds about five minutes of traffic.
                await conn.execute(delete(ReplayRow).where(ReplayRow.expires_at < now))
        return new
