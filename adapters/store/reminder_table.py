"""The `reminders` table: one row per reminder per bound channel (see `core.reminders`),
and the queries the SQL unit of work runs on it (`sync_reminders`, `reminders`).

The dispatch queue's queries are in `reminder_queue.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.dialect_insert import dialect_insert
from settleconf.adapters.store.reminder_mapping import (
    IDENTITY_COLUMNS,
    Identity,
    new_reminder_values,
    reminder_from_row,
    row_identity,
)
from settleconf.adapters.store.tables import Base, UtcDateTime, _stamped_now
from settleconf.core.reminders import ReminderStatus, ReminderSync, ScheduledReminder

# Rows per statement: SQLite allows 32,766 bound parameters; an insert row binds 14.
CHUNK = 500


class ReminderRow(Base):
    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint(
            "matter_id",
            "platform",
            "workspace",
            "channel",
            "key",
            "fire_at",
            name="uq_reminders_identity",
        ),
        # The claim query: due pending rows, oldest first; and expired leases. (A matter's
        # rows are found through the identity's index, which starts with matter_id.)
        Index("ix_reminders_status_fire_at", "status", "fire_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    workspace: Mapped[str] = mapped_column(String(255))  # the platform's team / tenant id
    channel: Mapped[str] = mapped_column(String(512))
    key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    obligation_id: Mapped[str | None] = mapped_column(String(100))
    fire_at: Mapped[datetime] = mapped_column(UtcDateTime())
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    lead: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime | None] = mapped_column(UtcDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    first_claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    message_ref: Mapped[str | None] = mapped_column(String(255))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _stamped_now()


# `__table__` is typed as a FromClause; it is the Table the model declares.
REMINDERS: Table = ReminderRow.__table__  # type: ignore[assignment]
PENDING = ReminderStatus.PENDING.value


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


async def load_reminders(session: AsyncSession, matter_id: int) -> list[ScheduledReminder]:
    stmt = (
        select(REMINDERS)
        .where(REMINDERS.c.matter_id == matter_id)
        .order_by(REMINDERS.c.fire_at, REMINDERS.c.id)
    )
    return [reminder_from_row(r) for r in await session.execute(stmt)]


async def sync_reminders(
    session: AsyncSession,
    dialect: str,
    matter_id: int,
    planned: list[ScheduledReminder],
    now: datetime,
) -> ReminderSync:
    """See `core.store.UnitOfWork.sync_reminders`. In the returned counts, `kept` is the
    planned reminders already stored and still pending (waiting to fire); planned ones
    already claimed, sent or settled count nowhere, as they are no longer scheduled."""
    strays = {r.matter_id for r in planned} - {matter_id}
    if strays:
        raise ValueError(f"reminders for matters {sorted(strays)} passed for {matter_id}")
    wanted: dict[Identity, ScheduledReminder] = {}
    for r in planned:
        wanted.setdefault(r.identity, r)

    stored = await session.execute(
        select(
            REMINDERS.c.id, REMINDERS.c.status, *(REMINDERS.c[c] for c in IDENTITY_COLUMNS)
        ).where(REMINDERS.c.matter_id == matter_id)
    )
    status_of: dict[Identity, str] = {}
    stale: list[int] = []
    for row in stored:
        identity = row_identity(row)
        status_of[identity] = row.status
        if row.status == PENDING and identity not in wanted:
            stale.append(row.id)

    cancelled = 0
    for ids in _chunks(stale):
        # `status` again: a dispatcher may have claimed the row since we read it; then it
        # is on its way out and stays (the delete waits for, then skips, its claim).
        gone = await session.execute(
            delete(REMINDERS)
            .where(REMINDERS.c.id.in_(ids), REMINDERS.c.status == PENDING)
            .returning(REMINDERS.c.id)
        )
        cancelled += len(gone.all())

    kept = sum(1 for identity in wanted if status_of.get(identity) == PENDING)
    new = [
        new_reminder_values(r)
        for identity, r in wanted.items()
        if identity not in status_of and r.fire_at >= now
    ]
    added = 0
    for values in _chunks(new):
        # DO NOTHING: a request or dispatcher racing on the same reminder must not make
        # this change fail; the row it stored is the same reminder.
        stmt = (
            dialect_insert(dialect, REMINDERS)
            .values(list(values))
            .on_conflict_do_nothing(index_elements=list(IDENTITY_COLUMNS))
            .returning(REMINDERS.c.id)
        )
        added += len((await session.execute(stmt)).all())
    return ReminderSync(cancelled=cancelled, added=added, kept=kept)
