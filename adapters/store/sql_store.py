"""`core.store.Store` on SQLAlchemy's async ORM: SQLite (aiosqlite) or PostgreSQL (asyncpg).

One `SqlUnitOfWork` is one `AsyncSession` and one transaction. Every mutating method
flushes before returning, so a constraint violation is raised at the call that caused
it, not at `commit()`, and nothing reaches the database until `commit()`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Executable, delete, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql.dml import Insert

from settleconf.adapters.store import pending_order_table, reminder_table, version_checks
from settleconf.adapters.store.dialect_insert import dialect_insert
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
from settleconf.adapters.store.matter_cache import MatterCache, cache_size_from_env
from settleconf.adapters.store.pg_side_reads import PgSideReads
from settleconf.adapters.store.postgres_engine import PLAIN_READ, RETRIED, begun
from settleconf.adapters.store.side_reads import SideReads, side_reads_for
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
from settleconf.adapters.store.turn_memory import SqlTurnMemory
from settleconf.core.matter import AuditEntry, Matter
from settleconf.core.pending_order import PendingOrder
from settleconf.core.reminders import ReminderSync, ScheduledReminder
from settleconf.core.store import (
    ChannelBinding,
    ConversationTurn,
    DeadlineRow,
    TurnKey,
    Workspace,
)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

    from settleconf.core.store import Store, UnitOfWork


def _insert_ignoring_duplicates(
    dialect: str, model: type[Base], values: Mapping[str, Any], unique: Sequence[str]
) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING: two requests racing to create the same workspace
    or binding both succeed instead of one failing on the unique constraint."""
    return (
        dialect_insert(dialect, model)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(unique))
    )


log = logging.getLogger(__name__)

# For statements that only read (postgres_engine.py): they run before any transaction begins.
_READ = {PLAIN_READ: True}


def _reads(stmt: Any) -> Any:
    return stmt.execution_options(**_READ)


def _lost_before_use(session: Session, exc: DBAPIError, was_begun: bool) -> bool:
    """Whether a failed statement may simply be run again on a fresh connection: the
    connection was found dead (SQLAlchemy invalidated it) before anything this unit of work
    did on it could be lost (no transaction open, no ORM change waiting to be flushed)."""
    return (
        exc.connection_invalidated
        and not was_begun
        and not (session.new or session.dirty or session.deleted)
    )


class FirstUseRetrySession(Session):
    """A PostgreSQL unit of work's session: a statement that finds its connection dead
    (the server closed it in the moment before asyncpg noticed, postgres_engine.py) is run
    once more on a new one, when nothing had been done on the dead one to lose. With
    `pool_pre_ping` gone, this is what keeps the request that meets such a connection
    answered."""

    def execute(self, statement: Any, params: Any = None, **kw: Any) -> Any:
        if self.new or self.dirty or self.deleted:  # an autoflush would go first
            return super().execute(statement, params, **kw)
        was_begun = begun(self.connection().connection.dbapi_connection)
        try:
            return super().execute(statement, params, **kw)
        except DBAPIError as exc:
            if not _lost_before_use(self, exc, was_begun):
                raise
            log.warning(RETRIED)
            self.rollback()  # gives the dead connection back; the next is checked out
            return super().execute(statement, params, **kw)


def _channel(workspace_id: int, platform: str, channel_id: str) -> list[ColumnElement[bool]]:
    """The WHERE clause naming one channel's bindings."""
    return [
        ChannelBindingRow.workspace_id == workspace_id,
        ChannelBindingRow.platform == platform,
        ChannelBindingRow.channel_id == channel_id,
    ]


class SqlUnitOfWork:
    """`core.store.UnitOfWork` over one session (one transaction).

    Reads go through the process's `MatterCache` (see matter_cache.py for why that is never
    stale): `_seen` holds the versions this transaction has read, and once it has written
    anything it reads around the cache."""

    def __init__(
        self,
        session: AsyncSession | Callable[[], AsyncSession],
        dialect: str,
        cache: MatterCache | None = None,
        *,
        side_reads: SideReads | PgSideReads | None = None,
    ) -> None:
        """`session`, or how to make one when first needed: a read answered from the
        cache after its version check on `side_reads` (SQLite) never needs one, and a
        session begun and closed for nothing was ~0.06 ms of every answer."""
        if isinstance(session, AsyncSession):
            self._made: AsyncSession | None = session
        else:
            self._made, self._make = None, session
        self._dialect = dialect
        self._cache = cache or MatterCache(0)
        self._side_reads = side_reads
        self._seen: dict[int, int] = {}  # matter id -> its version, as read here
        self._wrote = False
        # matter id -> how many of its events are in the database (as loaded or saved
        # here). Counting what *we* loaded, not what the table holds now, keeps an event
        # another request appended meanwhile from hiding one of ours.
        self._stored_events: dict[int, int] = {}

    @property
    def _session(self) -> AsyncSession:
        if self._made is None:
            self._made = self._make()
        return self._made

    @property
    def session(self) -> AsyncSession:
        """For later adapters (reminders, event de-duplication) sharing this transaction."""
        return self._session

    async def close(self) -> None:
        """Whatever was not committed is discarded: closing the session rolls its
        transaction back and gives its connection back."""
        if self._made is not None:
            # As leaving `async with session` does: the close runs to completion even if
            # this task is cancelled meanwhile (shutdown), so no connection is left out.
            await self._made.__aexit__(None, None, None)

    def _untouched(self) -> bool:
        """Nothing of this unit of work's own is in the database or waiting for it (no
        transaction, no pending change), so a read elsewhere sees what one here would."""
        made = self._made
        return made is None or not (made.in_transaction() or made.new or made.dirty or made.deleted)

    @property
    def _cached(self) -> bool:
        return self._cache.enabled and not self._wrote

    def _write(self) -> None:
        self._wrote = True

    async def workspace(
        self, platform: str, external_id: str, name: str | None = None
    ) -> Workspace:
        known = self._cache.workspace(platform, external_id) if self._cache.enabled else None
        if known is not None and (name is None or name == known.name):
            return known
        row = await self._find_workspace(platform, external_id)
        if row is not None and (name is None or row.name == name):
            # Found, not inserted or renamed here: committed, so safe to keep.
            self._cache.keep_workspace(workspace_from_row(row))
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
            # Workspaces get renamed; keep the latest name we were told. The cached copy goes:
            # this process reads the new name. (Another replica may show the old name until
            # it restarts or evicts it; no answer shows a workspace's name.)
            self._cache.forget_workspace(platform, external_id)
            row.name = name
            await self._session.flush()
        return workspace_from_row(row)

    async def _find_workspace(self, platform: str, external_id: str) -> WorkspaceRow | None:
        stmt = select(WorkspaceRow).where(
            WorkspaceRow.platform == platform, WorkspaceRow.external_id == external_id
        )
        return (await self._session.scalars(_reads(stmt))).one_or_none()

    async def matters_in(self, workspace_id: int) -> list[Matter]:
        if self._cached:
            return await self._by_version(
                version_checks.MATTERS_IN_WORKSPACE, {"workspace_id": workspace_id}
            )
        stmt = select(MatterRow).where(MatterRow.workspace_id == workspace_id)
        return await self._load(
            list(await self._session.scalars(_reads(stmt.order_by(MatterRow.id))))
        )

    async def matters_with_key(self, workspace_id: int, key: str) -> list[Matter]:
        if self._cached:
            return await self._by_version(
                version_checks.MATTERS_WITH_KEY, {"workspace_id": workspace_id, "key": key}
            )
        stmt = select(MatterRow).where(
            MatterRow.workspace_id == workspace_id, MatterRow.docket_key == key
        )
        return await self._load(
            list(await self._session.scalars(_reads(stmt.order_by(MatterRow.id))))
        )

    async def _plain(self, stmt: Executable, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """A Core statement's rows on the transaction's connection: the ORM's execution
        path (options, events, entity loading) is a third of a small query's cost."""
        if self._side_reads is not None and self._untouched():
            return await self._side_reads.rows(stmt, params)
        if self._dialect == "sqlite":
            return await self._plain_sqlite(await self._session.connection(), stmt, params)
        conn = await self._session.connection()
        # PostgreSQL: run once more on a fresh connection if this one was found dead
        # before anything was done on it (FirstUseRetrySession says why).
        for attempt in (1, 2):
            pooled = await conn.get_raw_connection()
            was_begun = begun(pooled.dbapi_connection)
            try:
                return await self._plain_postgresql(conn, pooled, stmt, params)
            except Exception as exc:
                driver = pooled.driver_connection
                dead = conn.invalidated or driver is None or driver.is_closed()
                session = self._session.sync_session
                if attempt == 2 or not dead or was_begun or session.new or session.dirty:
                    raise
                log.warning(RETRIED)
                if not conn.invalidated:
                    await conn.invalidate(exc)
                await self._session.rollback()
                conn = await self._session.connection()
        raise AssertionError("unreachable: the second attempt returns or raises")

    async def _plain_postgresql(
        self,
        conn: AsyncConnection,
        pooled: PoolProxiedConnection,
        stmt: Executable,
        params: dict[str, Any],
    ) -> list[tuple[Any, ...]]:
        """On asyncpg's connection directly when no transaction has to begin first (a
        read outside one, in autocommit, or inside the one already open): one prepared
        statement (asyncpg's own cache), without SQLAlchemy's cursor, result and greenlet
        around it, about a third of a cached answer's CPU (docs/store.md). Otherwise, as a
        Core statement, which begins the transaction."""
        adapted = pooled.dbapi_connection
        driver = pooled.driver_connection
        if driver is None or not (begun(adapted) or getattr(adapted, "autocommit", False)):
            return [tuple(row) for row in await conn.execute(stmt, params)]
        sql, names = version_checks.driver_text(stmt, conn.dialect)
        return [tuple(row) for row in await driver.fetch(sql, *[params[n] for n in names])]

    async def _plain_sqlite(
        self, conn: AsyncConnection, stmt: Executable, params: dict[str, Any]
    ) -> list[tuple[Any, ...]]:
        # The same statement on the same connection and transaction, straight through
        # aiosqlite (version_checks.driver_text says why).
        sql, names = version_checks.driver_text(stmt, conn.dialect)
        raw = (await conn.get_raw_connection()).driver_connection
        assert raw is not None  # the session's connection is open
        rows = await raw.execute_fetchall(sql, [params[n] for n in names])
        return [tuple(row) for row in rows]

    async def _by_version(
        self, ids_and_versions: Executable, params: dict[str, Any]
    ) -> list[Matter]:
        """Ids and versions by index; only the matters not cached at that version load."""
        found = [(i, v) for i, v in await self._plain(ids_and_versions, params)]
        self._seen.update(found)
        return await self._from_cache([i for i, _ in found])

    async def _from_cache(self, ids: list[int]) -> list[Matter]:
        """The matters at the versions in `_seen`, loading (and keeping) those not cached."""
        out: dict[int, Matter] = {}
        for matter_id in ids:
            version = self._seen.get(matter_id)
            hit = None if version is None else self._cache.matter(matter_id, version)
            if hit is not None:
                out[matter_id] = hit
                self._stored_events[matter_id] = len(hit.events)
        missing = [i for i in ids if i not in out]
        if missing:
            rows = list(
                await self._session.scalars(
                    _reads(select(MatterRow).where(MatterRow.id.in_(missing)))
                )
            )
            # The row (and its version) was read before its order and events: if a write
            # lands in between, the entry looks older than it is and is simply reloaded.
            versions = {r.id: r.version for r in rows}
            for matter in await self._load(rows):
                assert matter.id is not None
                self._seen[matter.id] = versions[matter.id]
                self._cache.keep_matter(versions[matter.id], matter)
                out[matter.id] = matter
        return [out[i] for i in ids if i in out]

    async def all_matters(self) -> list[Matter]:
        stmt = select(MatterRow).order_by(MatterRow.id)
        return await self._load(list(await self._session.scalars(_reads(stmt))))

    async def get_matter(self, matter_id: int) -> Matter | None:
        if self._cached:
            if matter_id not in self._seen and self._cache.holds(matter_id):
                rows = await self._plain(version_checks.MATTER_VERSION, {"matter_id": matter_id})
                if not rows:
                    return None
                self._seen[matter_id] = rows[0][0]
            found = await self._from_cache([matter_id])
            return found[0] if found else None
        row = await self._session.get(MatterRow, matter_id, execution_options=_READ)
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
            for o in await self._session.scalars(
                _reads(select(OrderRow).where(OrderRow.id.in_(newest)))
            )
        }
        events: dict[int, list[EventRow]] = defaultdict(list)
        event_stmt = select(EventRow).where(EventRow.matter_id.in_(ids)).order_by(EventRow.id)
        for e in await self._session.scalars(_reads(event_stmt)):
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
        self._write()
        return matter

    async def save_matter(self, matter: Matter) -> None:
        if matter.id is None:
            raise ValueError("matter has no id; use add_matter to store a new matter")
        row = await self._session.get(MatterRow, matter.id)
        if row is None:
            raise LookupError(f"matter {matter.id} is not stored")
        if row.workspace_id != matter.workspace_id:
            raise ValueError(f"matter {matter.id} belongs to another workspace")
        self._write()
        update_matter_row(row, matter)
        row.updated_at = utcnow()
        row.version = MatterRow.version + 1  # SQL: the increment happens in the UPDATE

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
        return [deadline_from_row(r) for r in await self._session.scalars(_reads(stmt))]

    async def bind(self, binding: ChannelBinding) -> None:
        self._write()
        values = asdict(binding)  # exactly the unique key's four columns
        await self._session.execute(
            _insert_ignoring_duplicates(self._dialect, ChannelBindingRow, values, tuple(values))
        )
        await self._session.execute(version_checks.bumped([binding.matter_id]))

    async def unbind(self, workspace_id: int, platform: str, channel_id: str) -> int:
        self._write()
        # RETURNING names exactly the rows this DELETE removed, so exactly their matters are
        # bumped (SQLite 3.35+ and PostgreSQL both have it).
        unbound = list(
            await self._session.scalars(
                delete(ChannelBindingRow)
                .where(*_channel(workspace_id, platform, channel_id))
                .returning(ChannelBindingRow.matter_id)
                .execution_options(synchronize_session=False)
            )
        )
        if unbound:
            await self._session.execute(version_checks.bumped(sorted(set(unbound))))
        return len(unbound)

    async def bindings_for_channel(
        self, workspace_id: int, platform: str, channel_id: str
    ) -> list[ChannelBinding]:
        if not self._cached:
            where = _channel(workspace_id, platform, channel_id)
            stmt = select(ChannelBindingRow).where(*where).order_by(ChannelBindingRow.id)
            return [binding_from_row(r) for r in await self._session.scalars(_reads(stmt))]
        params = {"workspace_id": workspace_id, "platform": platform, "channel_id": channel_id}
        out = []
        for ws_id, on, channel, matter_id, version in await self._plain(
            version_checks.CHANNEL_BINDINGS, params
        ):
            self._seen[matter_id] = version
            out.append(ChannelBinding(ws_id, on, channel, matter_id))
        return out

    async def bindings_for_matter(self, matter_id: int) -> list[ChannelBinding]:
        version = self._seen.get(matter_id) if self._cached else None
        if version is not None:
            hit = self._cache.bindings(matter_id, version)
            if hit is not None:
                return hit
        stmt = (
            select(ChannelBindingRow)
            .where(ChannelBindingRow.matter_id == matter_id)
            .order_by(ChannelBindingRow.id)
        )
        found = [binding_from_row(r) for r in await self._session.scalars(_reads(stmt))]
        if version is not None:  # read after the version: at worst it looks older
            self._cache.keep_bindings(matter_id, version, found)
        return found

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
        return [audit_from_row(r) for r in await self._session.scalars(_reads(stmt))]

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

    def __init__(self, engine: AsyncEngine, cache: MatterCache | None = None) -> None:
        self._engine = engine
        retrying = engine.dialect.name == "postgresql"
        self._sessions = async_sessionmaker(
            engine, sync_session_class=FirstUseRetrySession if retrying else Session
        )
        self._cache = MatterCache(cache_size_from_env()) if cache is None else cache
        self._side_reads: SideReads | PgSideReads | None = (
            PgSideReads(engine) if retrying else side_reads_for(engine)
        )
        self._turns = SqlTurnMemory(engine)

    @property
    def cache(self) -> MatterCache:
        return self._cache

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    @property
    def side_reads(self) -> SideReads | PgSideReads | None:
        """The version checks off the session: SQLite's (side_reads.py) for a database
        file, PostgreSQL's (pg_side_reads.py); None for SQLite in memory."""
        return self._side_reads

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[SqlUnitOfWork]:
        uow = SqlUnitOfWork(
            self._sessions, self._engine.dialect.name, self._cache, side_reads=self._side_reads
        )
        try:
            yield uow
        finally:
            # Whatever was not committed is discarded, exception or not: closing the
            # session rolls its transaction back and releases its connection. (A rollback
            # before it did that work twice, expiring objects the close then discards:
            # ~0.15 ms of every answer, docs/performance.md.)
            await uow.close()

    async def remember_turns(self, turns: Sequence[ConversationTurn]) -> None:
        await self._turns.remember(turns)

    async def recall_turn(self, key: TurnKey, now: datetime) -> ConversationTurn | None:
        return await self._turns.recall(key, now)

    async def close(self) -> None:
        if self._side_reads is not None:
            await self._side_reads.close()
        await self._engine.dispose()


if TYPE_CHECKING:
    # mypy proves the adapter satisfies the core protocols.
    def _conforms(store: SqlStore, uow: SqlUnitOfWork) -> tuple[Store, UnitOfWork]:
        return store, uow
