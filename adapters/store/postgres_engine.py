"""The PostgreSQL engine's connection handling: no round trip that does not carry a statement.

Every trip to the server is ~0.1-0.5 ms of an answer's latency and a slice of its CPU, and a
cached read is one statement (the version check, matter_cache.py). Around that statement
SQLAlchemy and asyncpg used to add five more: `pool_pre_ping` (BEGIN, `;`, ROLLBACK), the
lazy BEGIN before the first statement and the ROLLBACK when the read-only unit of work
closed (docs/store.md, "Round trips"). Here:

- **A dead connection is found without a trip.** A connection the server closed (a restart,
  `pg_terminate_backend`, an idle timeout) has had its socket closed, which asyncpg notices
  on its own (`is_closed()`), or, when the event loop has not run since, has the server's
  last message waiting unread on it (a zero-timeout `select`, a system call, not a trip);
  the pool's checkout hands out another in its place. A connection that dies as it is
  handed out fails its first statement, which the unit of work and the replay check then
  retry once on a fresh connection (sql_store.py, replay_cache.py): nothing had been done
  on it to lose. Other users of the engine (the reminder queue, the health check) see
  that one error, as they would any database error.
- **A read begins no transaction.** Until a unit of work runs its first statement that is
  not marked `PLAIN_READ`, its connection runs in autocommit mode: each marked SELECT is a
  transaction of its own, with no BEGIN before it nor ROLLBACK after. Under READ COMMITTED
  (PostgreSQL's default, and this engine's) a SELECT inside a transaction takes a fresh
  snapshot anyway and no locks, so it sees exactly what it would have seen there. The first
  statement that is not marked (every write, `FOR UPDATE`, advisory locks, DDL, text SQL)
  turns autocommit off before it runs, so it and everything after it are in one transaction,
  committed or rolled back as before. Under any other isolation level nothing changes.
"""

from __future__ import annotations

import select
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, ExecutionContext
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

# Logged when a statement that found its connection dead runs once more on a new one.
RETRIED = "store: connection found closed at its first statement; once more on a new one"

# Execution option naming a statement that only reads (a plain SELECT: no FOR UPDATE, no
# function with side effects), so it may run before the unit of work's transaction begins.
PLAIN_READ = "settleconf_plain_read"

# The one isolation level under which a SELECT in autocommit sees what it would in a
# transaction that has not written yet: a snapshot per statement either way.
_READ_COMMITTED = "READ COMMITTED"


def tune_postgres(engine: AsyncEngine) -> None:
    sync = engine.sync_engine
    dialect = sync.dialect

    def checkout(
        dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        if _closed(record.driver_connection):
            # The pool closes this one and hands out a new connection in its place.
            raise DisconnectionError("closed by the server while pooled")
        if dialect.default_isolation_level == _READ_COMMITTED:
            # No transaction is open: the pool rolled back any when it took this one back.
            dbapi_connection.autocommit = True

    def before_cursor_execute(
        conn: Connection,
        _cursor: Any,
        _statement: str,
        _parameters: Any,
        context: ExecutionContext | None,
        _executemany: bool,
    ) -> None:
        if context is not None and context.execution_options.get(PLAIN_READ):
            return
        adapted = conn.connection.dbapi_connection
        if adapted is not None:
            # Back to the connection's own isolation level (AUTOCOMMIT only if a caller
            # asked for it): asyncpg's adapter begins the transaction before this statement.
            adapted.autocommit = False

    event.listen(sync.pool, "checkout", checkout)
    event.listen(sync, "before_cursor_execute", before_cursor_execute)


def _closed(driver: Any) -> bool:
    """Whether the server has ended this idle connection, found without a round trip:
    asyncpg saw it (`is_closed()`), or the server's last words (the FATAL it sends when it
    terminates a session) or the end of its socket wait unread, because the event loop
    has not run since. An idle connection has nothing else to read: its last reply was
    read with the statement it answered. Not over TLS, where a late TLS record (a session
    ticket) can wait there too; there, `is_closed()` and the first-use retry."""
    if driver is None or driver.is_closed():
        return True
    transport = getattr(driver, "_transport", None)  # asyncpg keeps it private
    if transport is None or transport.get_extra_info("sslcontext") is not None:
        return False
    sock = transport.get_extra_info("socket")
    if sock is None:
        return False
    readable, _, _ = select.select([sock.fileno()], [], [], 0)
    return bool(readable)


def begun(connection: Any) -> bool:
    """Whether the pooled asyncpg connection (SQLAlchemy's adapter) has a transaction open."""
    return getattr(connection, "_transaction", None) is not None
