"""What a store says to PostgreSQL, trip by trip, and connections the server closes.

`RoundTrips` is a loopback TCP relay between a store and the server that records every
round trip: the frontend messages the client sent before the server's next reply, named by
the statement they carry (a `Bind` by the text its prepared statement was parsed from).
Pipelined messages are one trip, as they are on the wire. bench/answer_cpu.py counts with
it too.

`terminate_pooled` ends, from the server's side, every connection sitting in a store's
pool, and those its side reads hold (`pg_terminate_backend`, as a restart or an idle
timeout would).
"""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool
from sqlalchemy.util.concurrency import greenlet_spawn

_SSL_REQUEST = 80877103  # asyncpg asks for TLS first; the server's one-byte "N" answers it


class _Conversation:
    """One client connection's frontend messages, split into round trips."""

    def __init__(self, trips: list[list[str]]) -> None:
        self._trips = trips
        self._buffer = b""
        self._starting = True  # untyped messages (SSLRequest, StartupMessage) come first
        self._parsed: dict[str, str] = {}  # prepared statement name -> its text
        self._current: list[str] | None = None

    def answered(self) -> None:
        self._current = None

    def sent(self, data: bytes) -> None:
        if self._current is None:
            self._current = []
            self._trips.append(self._current)
        self._buffer += data
        while True:
            message = self._take()
            if message is None:
                return
            if message:
                self._current.append(message)

    def _take(self) -> str | None:
        buf = self._buffer
        if self._starting:
            if len(buf) < 8:
                return None
            (length, code) = struct.unpack("!ii", buf[:8])
            if len(buf) < length:
                return None
            self._buffer = buf[length:]
            if code == _SSL_REQUEST:
                return ""
            self._starting = False
            return "connect"
        if len(buf) < 5:
            return None
        kind = buf[:1]
        (length,) = struct.unpack("!i", buf[1:5])
        if len(buf) < 1 + length:
            return None
        body, self._buffer = buf[5 : 1 + length], buf[1 + length :]
        if kind == b"Q":
            return _words(body.split(b"\0")[0])
        if kind == b"P":
            name, query = body.split(b"\0")[:2]
            self._parsed[name.decode()] = _words(query)
            return "prepare " + _words(query)
        if kind == b"B":
            statement = body.split(b"\0")[1].decode()
            return self._parsed.get(statement, "?")
        return ""  # Describe, Execute, Sync, Flush, Close, Terminate: part of the trip


def _words(sql: bytes) -> str:
    return " ".join(sql.decode(errors="replace").split())


class RoundTrips:
    """`async with RoundTrips(url) as trips:` then open a store on `trips.url`."""

    def __init__(self, url: str) -> None:
        self._upstream = make_url(url)
        self.trips: list[list[str]] = []
        self.url = url
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[Any]] = set()

    async def __aenter__(self) -> RoundTrips:
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = self._upstream.set(host="127.0.0.1", port=port).render_as_string(
            hide_password=False
        )
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for pipe in list(self._pipes):
            pipe.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)

    def clear(self) -> None:
        self.trips.clear()

    def statements(self) -> list[str]:
        """Each trip's statements, joined by " + " (a trip may pipeline several)."""
        return [" + ".join(trip) for trip in self.trips]

    async def _relay(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(
            self._upstream.host or "127.0.0.1", self._upstream.port or 5432
        )
        talk = _Conversation(self.trips)

        async def pump(
            source: asyncio.StreamReader, sink: asyncio.StreamWriter, seen: Callable[[bytes], None]
        ) -> None:
            try:
                while data := await source.read(65536):
                    seen(data)
                    sink.write(data)
                    await sink.drain()
            finally:
                sink.close()

        pipes = [
            asyncio.ensure_future(pump(client_r, server_w, talk.sent)),
            asyncio.ensure_future(pump(server_r, client_w, lambda _data: talk.answered())),
        ]
        self._pipes.update(pipes)
        await asyncio.gather(*pipes, return_exceptions=True)
        self._pipes.difference_update(pipes)


async def pooled_drivers(engine: AsyncEngine) -> list[Any]:
    """The asyncpg connections idle in the engine's pool (each borrowed once and put back,
    which sends nothing)."""
    pool: Any = engine.sync_engine.pool  # a QueuePool: it counts its idle connections
    borrowed = [await engine.raw_connection() for _ in range(pool.checkedin())]
    drivers = [pooled.driver_connection for pooled in borrowed]
    for pooled in borrowed:
        await greenlet_spawn(pooled.close)
    return drivers


async def end_backends(url: str, pids: list[int]) -> None:
    """`pg_terminate_backend` each of `pids` (through a connection of its own on `url`)
    and return once the server has ended them all."""
    admin = create_async_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            for pid in pids:
                await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            for _ in range(500):  # bounded: ~5 s
                left = await conn.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(:pids)"),
                    {"pids": pids},
                )
                if not left:
                    return
                await asyncio.sleep(0.01)
    finally:
        await admin.dispose()
    raise AssertionError("connections outlived pg_terminate_backend")


def side_connections(*stores: Any) -> list[Any]:
    """The asyncpg connections `stores`' side reads hold (adapters/store/pg_side_reads.py):
    out of the pool while they serve, so `pooled_drivers` does not see them."""
    held = [getattr(store.side_reads, "held", None) for store in stores]
    return [driver for driver in held if driver is not None]


async def terminate_pooled(
    engine: AsyncEngine, url: str, *, noticed: bool = True, also: list[Any] | None = None
) -> int:
    """`pg_terminate_backend` every connection idle in `engine`'s pool, and the asyncpg
    connections in `also` (side_connections: a restart ends those too); returns how many.
    `noticed`: also wait until asyncpg has seen each one closed (its socket's end read), as
    it will have unless the next request comes within milliseconds."""
    drivers = await pooled_drivers(engine) + list(also or [])
    await end_backends(url, [driver.get_server_pid() for driver in drivers])
    for _ in range(500):  # bounded: ~5 s
        if not noticed or all(driver.is_closed() for driver in drivers):
            return len(drivers)
        await asyncio.sleep(0.01)
    raise AssertionError("asyncpg never saw the server end its connections")


@asynccontextmanager
async def round_trips(url: str) -> AsyncIterator[RoundTrips]:
    async with RoundTrips(url) as trips:
        yield trips


async def terminate_all_but_ours(url: str) -> int:
    """`pg_terminate_backend` every other connection to `url`'s database (every replica's,
    as a server restart would); returns how many, once the server has ended them all."""
    admin = create_async_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    others = "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    try:
        async with admin.connect() as conn:
            ended = await conn.execute(text(f"SELECT pg_terminate_backend(pid) {others}"))
            count = len(ended.all())
            for _ in range(500):  # bounded: ~5 s
                if not await conn.scalar(text(f"SELECT count(*) {others}")):
                    return count
                await asyncio.sleep(0.01)
    finally:
        await admin.dispose()
    raise AssertionError("connections outlived pg_terminate_backend")
