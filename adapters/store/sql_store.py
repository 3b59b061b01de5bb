"""`core.store.Store` on SQLAlchemy's async ORM: SQLite (aiosqlite) or PostgreSQL (asyncpg).

One `SqlUnitOfWork` is one `AsyncSession` and one transaction. Every mutating method
flushes before returning, so a constraint violation is raised at the call that caused
it, not at `commit()`, and nothing reaches the database until `commit()`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, CursorResult, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.dml import Insert

from settleconf.adapters.store import pending_order_table, reminder_table
from settleconf.adapters.store.mapping import (
    audit_from_row,
    audit_row,
    binding_from_row,
    deadline_from_row,
    deadline_row,
    event_row,
    matter_from_rows,
    new_matter_row,
    order_row,
    update_matter_row,
    workspace_from_row,
)
from settleconf.adapters.store.tables import (
    AuditRow,
    Base,
    ChannelBindingRow,
    EventRow,
    MatterRow,
    OrderRow,
    StoredDeadlineRow,
    WorkspaceRow,
    utcnow,
)
from settleconf.core.matter import AuditEntry, Matter
from settleconf.core.pending_order import PendingOrder
from settleconf.core.reminders import ReminderSync, ScheduledReminder
from settleconf.core.store import ChannelBinding, DeadlineRow, Workspace

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

    from settleconf.core.store import Store, UnitOfWork


def _insert_ignoring_duplicates(
    dialect: str, model: type[Base], values: Mapping[str, Any], unique: Sequence[str]
) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING: two requests racing to create the same workspace
    or binding both succeed instead of one failing on the unique constraint."""
    if dialect not in ("postgresql", "sqlite"):
        raise ValueError(f"unsupported database dialect {dialect!r}")
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return insert(model).values(**values).on_conflict_do_nothing(index_elements=list(unique))


def _channel(workspace_id: int, platform: str, channel_id: str) -> list[ColumnElement[bool]]:
    """The WHERE clause naming one channel's bindings."""
    return [
        ChannelBindingRow.workspace_id == workspace_id,
        ChannelBindingRow.platform == platform,
        ChannelBindingRow.channel_id == channel_id,
    ]


class SqlUnitOfWork:
    """`core.store.UnitOfWork` over one session (one transaction)."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._session = session
        self._dialect = dialect
        # matter id -> how many of its events are in the database (as loaded or saved
        # here). Counting what *we* loaded, not what the table holds now, keeps an event
        # another request appended meanwhile from hiding one of ours.
        self._stored_events: dict[int, int] = {}

    @property
    def session(self) -> AsyncSession:
        """For later adapters (reminders, event de-duplication) sharing this transaction."""
        return self._session

    async def workspace(
        self, platform: str, external_id: str, name: str | None = None
    ) -> Workspace:
        row = await self._find_workspace(platform, external_id)
        if row is None:
            await self._session.execute(
                _insert_ignoring_duplicates(
                    self._dialect,
                    WorkspaceRow,
                    {"platform": platform, "external_id": external_id, "name": name},
                    ("platform", "external_id"),
                )
            )
            row = await self._find_workspace(platform, external_id)
            assert row is not None  # inserted just now, or by the request we raced
        elif name is not None and row.name != name:
            # Workspaces get renamed; keep the latest name we were told.
            row.name = name
            await self._session.flush()
        return workspace_from_row(row)

    async def _find_workspace(self, platform: str, external_id: str) -> WorkspaceRow | None:
        stmt = select(WorkspaceRow).where(
            WorkspaceRow.platform == platform, WorkspaceRow.external_id == external_id
        )
        return (await self._session.scalars(stmt)).one_or_none()

    async def matters_in(self, workspace_id: int) -> list[Matter]:
        stmt = select(MatterRow).where(MatterRow.workspace_id == workspace_id)
        return await self._load(list(await self._session.scalars(stmt.order_by(MatterRow.id))))

    async def matters_with_key(self, workspace_id: int, key: str) -> list[Matter]:
        stmt = select(MatterRow).where(
            MatterRow.workspace_id == workspace_id, MatterRow.docket_key == key
        )
        return await self._load(list(await self._session.scalars(stmt.order_by(MatterRow.id))))

    async def all_matters(self) -> list[Matter]:
        stmt = select(MatterRow).order_by(MatterRow.id)
        return await self._load(list(await self._session.scalars(stmt)))

    async def get_matter(self, matter_id: int) -> Matter | None:
        row = await self._session.get(MatterRow, matter_id)
        if row is None:
            return None
        return (await self._load([row]))[0]

    async def _load(self, rows: list[MatterRow]) -> list[Matter]:
        """Three queries however many matters: rows, their newest orders, their events."""
        if not rows:
            return []
        ids = [r.id for r in rows]
        newest = (
            select(func.max(OrderRow.id))
            .where(OrderRow.matter_id.in_(ids))
            .group_by(OrderRow.matter_id)
        )
        orders = {
            o.matter_id: o
            for o in await self._session.scalars(select(OrderRow).where(OrderRow.id.in_(newest)))
        }
        events: dict[int, list[EventRow]] = defaultdict(list)
        event_stmt = select(EventRow).where(EventRow.matter_id.in_(ids)).order_by(EventRow.id)
        for e in await self._session.scalars(event_stmt):
            events[e.matter_id].append(e)
        matters = []
        for row in rows:
            if row.id not in orders:
                raise LookupError(f"matter {row.id} has no stored order")
            matters.append(matter_from_rows(row, orders[row.id], events[row.id]))
            self._stored_events[row.id] = len(events[row.id])
        return matters

    async def add_matter(self, matter: Matter) -> Matter:
        """Insert the matter, its order and its events; sets `matter.id` and returns it."""
        if matter.id is not None:
            raise ValueError(f"matter {matter.id} is already stored; use save_matter")
        row = new_matter_row(matter)
        self._session.add(row)
        await self._session.flush()
        self._session.add(order_row(row.id, matter.stored_order))
        self._session.add_all([event_row(row.id, e) for e in matter.events])
        await self._session.flush()
        # The same object, not a copy: a caller still holding the argument must not be
        # left with an id-less twin that `save_matter` would refuse.
        matter.id = row.id
        self._stored_events[row.id] = len(matter.events)
        return matter

    async def save_matter(self, matter: Matter) -> None:
        if matter.id is None:
            raise ValueError("matter has no id; use add_matter to store a new matter")
        row = await self._session.get(MatterRow, matter.id)
        if row is None:
            raise LookupError(f"matter {matter.id} is not stored")
        if row.workspace_id != matter.workspace_id:
            raise ValueError(f"matter {matter.id} belongs to another workspace")
        update_matter_row(row, matter)
        row.updated_at = utcnow()

        newest_sha = await self._session.scalar(
            select(OrderRow.sha256)
            .where(OrderRow.matter_id == matter.id)
            .order_by(OrderRow.id.desc())
            .limit(1)
        )
        if newest_sha != matter.stored_order.sha256:
            self._session.add(order_row(matter.id, matter.stored_order))

        stored = self._stored_events.get(matter.id)
        if stored is None:  # loaded in another unit of work: trust the table
            count = select(func.count()).where(EventRow.matter_id == matter.id)
            stored = await self._session.scalar(count) or 0
        if len(matter.events) < stored:
            raise ValueError(
                f"matter {matter.id} has {len(matter.events)} events but {stored} are stored: "
                "events are append-only (or were appended since this copy was loaded)"
            )
        self._session.add_all([event_row(matter.id, e) for e in matter.events[stored:]])
        await self._session.flush()
        self._stored_events[matter.id] = len(matter.events)

    async def replace_deadlines(self, matter_id: int, rows: list[DeadlineRow]) -> None:
        strays = {r.matter_id for r in rows} - {matter_id}
        if strays:
            raise ValueError(f"deadline rows for matters {sorted(strays)} passed for {matter_id}")
        await self._session.execute(
            delete(StoredDeadlineRow).where(StoredDeadlineRow.matter_id == matter_id)
        )
        self._session.add_all([deadline_row(r) for r in rows])
        await self._session.flush()

    async def deadlines(self, matter_id: int) -> list[DeadlineRow]:
        """In the order they were given to `replace_deadlines`."""
        stmt = (
            select(StoredDeadlineRow)
            .where(StoredDeadlineRow.matter_id == matter_id)
            .order_by(StoredDeadlineRow.id)
        )
        return [deadline_from_row(r) for r in await self._session.scalars(stmt)]

    async def bind(self, binding: ChannelBinding) -> None:
        values = asdict(binding)  # exactly the unique key's four columns
        await self._session.execute(
            _insert_ignoring_duplicates(self._dialect, ChannelBindingRow, values, tuple(values))
        )

    async def unbind(self, workspace_id: int, platform: str, channel_id: str) -> int:
        # A DELETE always yields a CursorResult; the ORM's overloads type it as Result.
        result = await self._session.execute(
            delete(ChannelBindingRow).where(*_channel(workspace_id, platform, channel_id))
        )
        return cast("CursorResult[Any]", result).rowcount

    async def bindings_for_channel(
        self, workspace_id: int, platform: str, channel_id: str
    ) -> list[ChannelBinding]:
        stmt = (
            select(ChannelBindingRow)
            .where(*_channel(workspace_id, platform, channel_id))
            .order_by(ChannelBindingRow.id)
        )
        return [binding_from_row(r) for r in await self._session.scalars(stmt)]

    async def bindings_for_matter(self, matter_id: int) -> list[ChannelBinding]:
        stmt = (
            select(ChannelBindingRow)
            .where(ChannelBindingRow.matter_id == matter_id)
            .order_by(ChannelBindingRow.id)
        )
        return [binding_from_row(r) for r in await self._session.scalars(stmt)]

    async def audit(self, workspace_id: int, entry: AuditEntry) -> None:
        self._session.add(audit_row(workspace_id, entry))
        await self._session.flush()

    async def history(self, matter_id: int, limit: int = 20) -> list[AuditEntry]:
        """Newest first, by the order entries were written (ids), not by their `at`."""
        stmt = (
            select(AuditRow)
            .where(AuditRow.matter_id == matter_id)
            .order_by(AuditRow.id.desc())
            .limit(limit)
        )
        return [audit_from_row(r) for r in await self._session.scalars(stmt)]

    async def sync_reminders(
        self, matter_id: int, planned: list[ScheduledReminder], now: datetime
    ) -> ReminderSync:
        return await reminder_table.sync_reminders(
            self._session, self._dialect, matter_id, planned, now
        )

    async def reminders(self, matter_id: int) -> list[ScheduledReminder]:
        return await reminder_table.load_reminders(self._session, matter_id)

    async def commit(self) -> None:
        await self._session.commit()

    async def add_pending_order(self, pending: PendingOrder) -> PendingOrder:
        return await pending_order_table.add_pending(self._session, pending)

    async def take_pending_order(
        self, token: str, workspace_id: int, platform: str, channel: str, now: datetime
    ) -> PendingOrder | None:
        return await pending_order_table.take_pending(
            self._session, token, workspace_id, platform, channel, now
        )

    async def discard_pending_order(
        self, token: str, workspace_id: int, platform: str, channel: str, now: datetime
    ) -> PendingOrder | None:
        return await pending_order_table.take_pending(
            self._session, token, workspace_id, platform, channel, now
        )


class SqlStore:
    """`core.store.Store`: hands out units of work on one engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._sessions = async_sessionmaker(engine)

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[SqlUnitOfWork]:
        async with self._sessions() as session:
            try:
                yield SqlUnitOfWork(session, self._engine.dialect.name)
            finally:
                # Whatever was not committed is discarded, exception or not.
                await session.rollback()

    async def close(self) -> None:
        await self._engine.dispose()


if TYPE_CHECKING:
    # mypy proves the adapter satisfies the core protocols.
    def _conforms(store: SqlStore, uow: SqlUnitOfWork) -> tuple[Store, UnitOfWork]:
        return store, uow
