"""`core.delivery_log.DeliveryLog` on the store's database: one row per delivery key.
It is also the `core.store.ReplayCache` (`replay_cache.py`'s table), so the one object
a Slack mount is given refuses both retried events and replayed signed requests.

"First" is decided by the database, not by us: a plain INSERT on the primary key
succeeds for exactly one caller and fails with IntegrityError for every other one, on
SQLite and PostgreSQL alike, however many replicas race.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Index, String, delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.replay_cache import SqlReplayCache
from settleconf.adapters.store.tables import Base, UtcDateTime, utcnow

# Slack retries for about an hour; a day leaves a wide margin and keeps the table small.
RETENTION = timedelta(days=1)
KEY_MAX = 255


class DeliveryLogRow(Base):
    __tablename__ = "delivery_log"
    __table_args__ = (Index("ix_delivery_log_seen_at", "seen_at"),)

    key: Mapped[str] = mapped_column(String(KEY_MAX), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime())


def stored_key(key: str) -> str:
    """Keys longer than the column are hashed rather than cut, so two never collide."""
    if len(key) <= KEY_MAX:
        return key
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


class SqlDeliveryLog:
    def __init__(
        self,
        engine: AsyncEngine,
        *,
        retention: timedelta = RETENTION,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._engine = engine
        self._retention = retention
        self._clock = clock
        self._replays = SqlReplayCache(engine, clock=clock)

    async def first_use(self, key: str, signed_at: datetime) -> bool:
        return await self._replays.first_use(key, signed_at)

    async def first_delivery(self, key: str) -> bool:
        now = self._clock()
        async with self._engine.connect() as conn:
            try:
                # Insert first, prune second: on PostgreSQL a failed INSERT aborts the
                # transaction, and the prune must not depend on a key being new.
                await conn.execute(insert(DeliveryLogRow).values(key=stored_key(key), seen_at=now))
            except IntegrityError:
                await conn.rollback()
                return False
            await conn.execute(
                delete(DeliveryLogRow).where(DeliveryLogRow.seen_at < now - self._retention)
            )
            await conn.commit()
            return True
