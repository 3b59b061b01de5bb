"""`Store.remember_turns` / `Store.recall_turn`: the last answered question per person and
channel (`core.store.ConversationTurn`), for reading follow-ups ("and the demand?").

One row per (platform, workspace, channel, user, thread). Remembering is an upsert decided
by the database (ON CONFLICT DO UPDATE on SQLite and PostgreSQL, as conversation_refs.py),
so two replicas answering the same person at once both succeed and the last one wins. It
runs on its own connection in its own short transaction, never in a request's unit of
work: the service writes turns after their answers are out, several at once
(bot/turn_memory.py), so a question stays a read (bot/chat/read_only.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Date, Index, Integer, String, delete, select
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.conversation_refs import CHANNEL_MAX
from settleconf.adapters.store.dialect_insert import dialect_insert
from settleconf.adapters.store.tables import Base, UtcDateTime
from settleconf.core.store import FOLLOW_UP_WINDOW, ConversationTurn, TurnKey

# Expired rows are deleted at most this often per process, by a remember: a turn past the
# window is never read (recall checks its age), so pruning only bounds the table's size.
PRUNE_EVERY = timedelta(minutes=1)


class TurnRow(Base):
    __tablename__ = "conversation_turns"
    __table_args__ = (Index("ix_conversation_turns_at", "at"),)

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(255), primary_key=True)
    channel: Mapped[str] = mapped_column(String(CHANNEL_MAX), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    thread: Mapped[str] = mapped_column(String(64), primary_key=True)
    matter_id: Mapped[int] = mapped_column(Integer)
    docket: Mapped[str] = mapped_column(String(255))
    intent: Mapped[str] = mapped_column(String(32))
    obligation_id: Mapped[str | None] = mapped_column(String(255))
    topic: Mapped[str | None] = mapped_column(String(64))
    party: Mapped[str | None] = mapped_column(String(16))
    what_if: Mapped[date | None] = mapped_column(Date())
    day: Mapped[date | None] = mapped_column(Date())
    at: Mapped[datetime] = mapped_column(UtcDateTime())


_KEY_COLUMNS = ("platform", "workspace", "channel", "user_id", "thread")


def _where(key: TurnKey) -> tuple[ColumnElement[bool], ...]:
    return (
        TurnRow.platform == key.platform,
        TurnRow.workspace == key.workspace,
        TurnRow.channel == key.channel,
        TurnRow.user_id == key.user,
        TurnRow.thread == key.thread,
    )


class SqlTurnMemory:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._pruned: datetime | None = None

    async def remember(self, turns: Sequence[ConversationTurn]) -> None:
        """One multi-row upsert for every turn given (one per key: PostgreSQL refuses a
        statement that updates the same row twice)."""
        if not turns:
            return
        rows = [
            {
                "platform": t.key.platform,
                "workspace": t.key.workspace,
                "channel": t.key.channel,
                "user_id": t.key.user,
                "thread": t.key.thread,
                "matter_id": t.matter_id,
                "docket": t.docket,
                "intent": t.intent,
                "obligation_id": t.obligation_id,
                "topic": t.topic,
                "party": t.party,
                "what_if": t.what_if,
                "day": t.day,
                "at": t.at,
            }
            for t in {t.key: t for t in turns}.values()
        ]
        stmt = dialect_insert(self._engine.dialect.name, TurnRow).values(rows)
        stmt = stmt.on_conflict_do_update(
            index_elements=list(_KEY_COLUMNS),
            set_={
                name: getattr(stmt.excluded, name) for name in rows[0] if name not in _KEY_COLUMNS
            },
        )
        newest = max(t.at for t in turns)
        prune = self._pruned is None or newest - self._pruned >= PRUNE_EVERY
        async with self._engine.begin() as conn:
            await conn.execute(stmt)
            if prune:
                await conn.execute(delete(TurnRow).where(TurnRow.at < newest - FOLLOW_UP_WINDOW))
        if prune:
            self._pruned = newest

    async def recall(self, key: TurnKey, now: datetime) -> ConversationTurn | None:
        stmt = select(TurnRow).where(*_where(key))
        async with self._engine.connect() as conn:
            row = (await conn.execute(stmt)).one_or_none()
        # Younger than the window, and not from the future (a replica's clock ahead).
        if row is None or not now - FOLLOW_UP_WINDOW < row.at <= now + timedelta(seconds=5):
            return None
        return ConversationTurn(
            key=key,
            matter_id=row.matter_id,
            docket=row.docket,
            intent=row.intent,
            at=row.at,
            obligation_id=row.obligation_id,
            topic=row.topic,
            party=row.party,
            what_if=row.what_if,
            day=row.day,
        )
