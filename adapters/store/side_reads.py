"""SQLite's version checks on a connection of their own, several in one trip to its thread.

Every answer's read is one indexed statement (version_checks.py). Run through the unit of
work's session it cost ~0.3 ms of CPU on the event loop's thread: the session's
transaction, a pool checkout and checkin, SQLAlchemy's greenlet around each, and the trip
to aiosqlite's thread; the statement itself costs ~6 µs. So a unit of work that has not
touched its session yet (no transaction, nothing of its own uncommitted: the fully cached
read) sends the statement here instead. One thread owns one `sqlite3` connection in
autocommit mode, with `query_only` on. Reads asked for while a batch is in the thread go
together in the next batch: one hand-off to the thread and one back for all of them.

Never staler than the session's read it replaces: a read is queued before its batch is
sent, and each statement runs in a read transaction of its own (autocommit; WAL), begun
in the thread after the request asked, so it sees every transaction committed before
that, by this process or any other. The session's read outside a transaction saw the same
(sqlite3 begins one only at a write). Its own SQLite connection, its own thread: nothing
here waits behind a writer (WAL readers do not block) or for a pooled connection.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from dataclasses import dataclass
from queue import SimpleQueue
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import QueuePool

from settleconf.adapters.store import version_checks

log = logging.getLogger(__name__)

Rows = list[tuple[Any, ...]]


@dataclass(frozen=True)
class _Read:
    sql: str
    params: list[Any]
    answer: asyncio.Future[Rows]


# The thread's queue: a batch and the loop to answer on, or None to stop.
_Job = tuple[asyncio.AbstractEventLoop, list[_Read]] | None


class SideReads:
    """`path`: the database file (the engine's); `busy_timeout_ms` as the pool's
    connections have it (a WAL reader rarely needs it: only while a checkpoint resets the
    log)."""

    def __init__(self, path: str, dialect: Dialect, *, busy_timeout_ms: int) -> None:
        self._path = path
        self._dialect = dialect
        self._busy_timeout_ms = busy_timeout_ms
        self._jobs: SimpleQueue[_Job] = SimpleQueue()
        self._thread: threading.Thread | None = None
        self._waiting: list[_Read] = []
        self._in_flight = False
        self._flight_loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self.batches = 0  # trips to the thread (tests look)

    async def rows(self, stmt: Executable, params: dict[str, Any]) -> Rows:
        """One of version_checks' statements, run with `params`: its rows as tuples."""
        if self._closed:
            raise RuntimeError("side reads closed")
        sql, names = version_checks.driver_text(stmt, self._dialect)
        loop = asyncio.get_running_loop()
        read = _Read(sql, [params[n] for n in names], loop.create_future())
        self._waiting.append(read)
        # A batch in flight for another event loop (one that ended before its answer came
        # back) would never wake this one: send now rather than wait behind it.
        if not self._in_flight or self._flight_loop is not loop:
            self._send()
        return await read.answer

    def _send(self) -> None:
        batch, self._waiting = self._waiting, []
        if not batch:
            return
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._work, name="settleconf-side-reads", daemon=True
            )
            self._thread.start()
        self._in_flight = True
        self._flight_loop = loop = asyncio.get_running_loop()
        self.batches += 1
        self._jobs.put((loop, batch))

    def _work(self) -> None:
        """The thread: one connection, batches until told to stop."""
        try:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            conn.execute("PRAGMA query_only=ON")
        except Exception as exc:  # every read from now on fails with this
            self._fail_all(exc)
            return
        try:
            while (job := self._jobs.get()) is not None:
                loop, batch = job
                results: list[Rows | BaseException] = []
                for read in batch:
                    try:
                        results.append(conn.execute(read.sql, read.params).fetchall())
                    except Exception as exc:
                        results.append(exc)
                self._answer(loop, batch, results)
        finally:
            conn.close()

    def _fail_all(self, exc: BaseException) -> None:
        while (job := self._jobs.get()) is not None:
            loop, batch = job
            self._answer(loop, batch, [exc] * len(batch))

    def _answer(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[_Read],
        results: list[Rows | BaseException],
    ) -> None:
        try:
            loop.call_soon_threadsafe(self._done, batch, results)
        except RuntimeError:  # that loop is closed: nobody waits; let the next loop send
            self._in_flight = False

    def _done(self, batch: list[_Read], results: list[Rows | BaseException]) -> None:
        """On the loop: each read its rows, then the reads that queued meanwhile go."""
        if self._flight_loop is asyncio.get_running_loop():
            self._in_flight = False
        for read, result in zip(batch, results, strict=True):
            if read.answer.done():  # its caller was cancelled
                continue
            try:
                if isinstance(result, BaseException):
                    read.answer.set_exception(result)
                else:
                    read.answer.set_result(result)
            except RuntimeError:  # asked on an event loop that has ended: nobody waits
                continue
        if self._waiting and not self._closed:
            self._send()

    async def close(self) -> None:
        """Stop the thread once its batch is done; reads still queued fail."""
        self._closed = True
        for read in self._waiting:
            if not read.answer.done():
                read.answer.set_exception(RuntimeError("side reads closed"))
        self._waiting = []
        thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(None)
            await asyncio.to_thread(thread.join)


def side_reads_for(engine: AsyncEngine) -> SideReads | None:
    """Side reads for a SQLite database file named plainly in the URL; None otherwise
    (PostgreSQL, whose version check already goes straight to asyncpg; SQLite in memory,
    which another connection would not see; a URL with options a plain connect would
    drop)."""
    url = engine.url
    if engine.dialect.name != "sqlite" or url.query or not isinstance(engine.pool, QueuePool):
        return None
    path = url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    # Imported here: the package's __init__ imports this module (through sql_store).
    from settleconf.adapters.store import SQLITE_BUSY_TIMEOUT_MS

    return SideReads(path, engine.dialect, busy_timeout_ms=SQLITE_BUSY_TIMEOUT_MS)
