"""`core.conversation_refs.ConversationRefStore` on the store's database.

One row per (platform, workspace, channel). Saving is an upsert decided by the database
(ON CONFLICT DO UPDATE on SQLite and PostgreSQL), so two replicas saving the same
conversation at once both succeed and the last one wins.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, select, update
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.dialect_insert import dialect_insert
from settleconf.adapters.store.tables import Base, UtcDateTime, utcnow
from settleconf.core.conversation_refs import ConversationRef

# Teams personal-chat conversation ids run past 150 characters; leave room.
CHANNEL_MAX = 512
REASON_MAX = 255


class ConversationRefRow(Base):
    __tablename__ = "conversation_refs"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(255), primary_key=True)
    channel: Mapped[str] = mapped_column(String(CHANNEL_MAX), primary_key=True)
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    broken_reason: Mapped[str | None] = mapped_column(String(REASON_MAX))
    broken_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SqlConversationRefStore:
    def __init__(self, engine: AsyncEngine, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._engine = engine
        self._clock = clock

    async def save(self, ref: ConversationRef) -> None:
        dialect = self._engine.dialect.name
        values = {
            "platform": ref.platform,
            "workspace": ref.workspace,
            "channel": ref.channel,
            "reference": ref.reference,
            "broken_reason": None,
            "broken_at": None,
            "updated_at": self._clock(),
        }
        stmt = dialect_insert(dialect, ConversationRefRow).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["platform", "workspace", "channel"],
            set_={
                "reference": stmt.excluded.reference,
                "broken_reason": None,
                "broken_at": None,
                "updated_at": stmt.excluded.updated_at,
            },
        )
        async with self._engine.begin() as conn:
            await conn.execute(stmt)

    async def get(self, platform: str, workspace: str, channel: str) -> ConversationRef | None:
        stmt = select(ConversationRefRow).where(
            ConversationRefRow.platform == platform,
            ConversationRefRow.workspace == workspace,
            ConversationRefRow.channel == channel,
        )
        async with self._engine.connect() as conn:
            row = (await conn.execute(stmt)).one_or_none()
        if row is None:
            return None
        return ConversationRef(
            platform=row.platform,
            workspace=row.workspace,
            channel=row.channel,
            reference=dict(row.reference),
            broken_reason=row.broken_reason,
            broken_at=row.broken_at,
            updated_at=row.updated_at,
        )

    async def mark_broken(self, platform: str, workspace: str, channel: str, reason: str) -> None:
        now = self._clock()
        stmt = (
            update(ConversationRefRow)
            .where(
                ConversationRefRow.platform == platform,
                ConversationRefRow.workspace == workspace,
                ConversationRefRow.channel == channel,
            )
            .values(broken_reason=reason[:REASON_MAX], broken_at=now, updated_at=now)
        )
        async with self._engine.begin() as conn:
            await conn.execute(stmt)
