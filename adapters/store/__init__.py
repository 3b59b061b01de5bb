"""The SQL store: `open_store()` gives a migrated `SqlStore` for a SQLite or PostgreSQL URL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import PoolResetState, QueuePool

from settleconf.adapters.store.database_url import default_database_url, normalize_database_url
from settleconf.adapters.store.migrations import migrate
from settleconf.adapters.store.postgres_engine import tune_postgres
from settleconf.adapters.store.sql_store import SqlStore, SqlUnitOfWork

__all__ = [
    "SqlStore",
    "SqlUnitOfWork",
    "create_store_engine",
    "default_database_url",
    "normalize_database_url",
    "open_store",
]

# How long a SQLite writer waits for another connection's lock before "database is
# locked": long enough to ride out a concurrent commit, short enough to surface a hang.
SQLITE_BUSY_TIMEOUT_MS = 5_000
# Connections the pool keeps open. SQLAlchemy's default, 5, sat under what one `serve`
# holds at once under load: eight answers (adapters/slack/admission.py CONCURRENCY), the
# replay check's group beside them, the reminder dispatcher and /healthz. Every connection
# past the kept ones was opened for one request and closed after it: on SQLite a new
# aiosqlite thread, the file opened and four PRAGMAs each time (one in ~13 requests at 50
# clients, docs/performance.md, "Capacity"); on PostgreSQL a backend forked. The overflow
# beyond these stays SQLAlchemy's 10, for bursts.
POOL_SIZE = 12


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Per connection, because SQLite forgets both when a connection closes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # WAL: a commit appends to one log file instead of writing, syncing and deleting a
    # rollback journal, and readers no longer block the writer. Every signed Slack request
    # commits (the replay cache), so this is on the answer's path (docs/performance.md).
    # synchronous=FULL syncs the log at every commit, so a committed transaction survives
    # a power loss as it did with the rollback journal (NORMAL, WAL's usual pairing, may
    # lose the last ones). The mode is kept in the file; `:memory:` stays "memory".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_reset(dbapi_connection: Any, _record: Any, state: PoolResetState) -> None:
    """The pool's reset of a connection it takes back, in place of its unconditional
    rollback: with aiosqlite every rollback is a trip to the connection's thread, and a
    connection almost always comes back with its transaction already committed or rolled
    back (two wasted trips per Slack request, docs/performance.md). sqlite3's own
    `rollback()` does nothing unless `in_transaction` (SQLite's autocommit flag, read
    without a trip), so asking first changes nothing but the trip."""
    if not state.asyncio_safe or state.terminate_only:
        return  # the pool would not roll back either (garbage collection, terminate)
    try:
        idle = not dbapi_connection.driver_connection.in_transaction
    except Exception:  # closed or otherwise unreadable: let rollback() say what is wrong
        idle = False
    if not idle:
        dbapi_connection.rollback()


def _sqlite_rollback(dbapi_connection: Any) -> None:
    """The dialect's rollback of a transaction SQLAlchemy ends (a unit of work closing, a
    failed statement), in place of its unconditional `rollback()`, for the reason
    `_sqlite_reset` gives: a unit of work that only read leaves SQLite with no transaction
    open (sqlite3 begins one at the first write, not at a SELECT), and ending it was a
    trip to aiosqlite's thread on every answer's path (docs/performance.md, "Answer in
    the ack"). sqlite3's `rollback()` does nothing then, so asking first changes nothing
    but the trip; when a write did open one, it is rolled back as before."""
    try:
        idle = not dbapi_connection.driver_connection.in_transaction
    except Exception:  # closed or otherwise unreadable: let rollback() say what is wrong
        idle = False
    if not idle:
        dbapi_connection.rollback()


def create_store_engine(url: str) -> AsyncEngine:
    """An engine for a normalized URL (see `normalize_database_url`), tuned per backend."""
    # A pool that keeps connections (a file or a server; not SQLite's `:memory:`, whose one
    # static connection is the database).
    parsed = make_url(url)
    dialect: Any = parsed.get_dialect()  # a DefaultDialect, whose get_pool_class is untyped
    pooled = issubclass(dialect.get_pool_class(parsed), QueuePool)
    sized: dict[str, Any] = {"pool_size": POOL_SIZE} if pooled else {}
    if url.startswith("sqlite"):
        # No reset_on_return: `_sqlite_reset` does it, rolling back only what is open.
        engine = create_async_engine(url, pool_reset_on_return=None, **sized)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine.pool, "reset", _sqlite_reset)
        # Per engine: this engine's dialect instance, not SQLite's dialect class.
        setattr(engine.dialect, "do_rollback", _sqlite_rollback)  # noqa: B010
        return engine
    # No pool_pre_ping (three round trips per checkout): postgres_engine.py finds a dead
    # connection without one, and begins no transaction for a read.
    engine = create_async_engine(url, **sized)
    tune_postgres(engine)
    return engine


async def open_store(url: str | None = None) -> SqlStore:
    """Open `url` (default: `default_database_url()`), migrate it to head, return the store."""
    resolved = default_database_url() if url is None else normalize_database_url(url, source="url")
    engine = create_store_engine(resolved)
    try:
        await migrate(engine)
    except BaseException:
        await engine.dispose()
        raise
    return SqlStore(engine)
