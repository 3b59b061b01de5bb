"""Read timeouts and a connection cap for `serve`'s aiohttp server.

aiohttp's server has neither: no deadline for a request's headers or body (its keep-alive
timer covers connections that never send a request only in recent releases), and no limit
on open connections. Three hundred clients trickling bytes held every file descriptor and
/healthz stopped answering. So, by hand, in the two places aiohttp leaves open to us --
the protocol factory given to `loop.create_server` (its documented low-level use) and a
middleware:

- **headers**: a connection that has not delivered a complete request line and headers
  within `read_timeout` of connecting, or of its previous response, is closed;
- **body**: a request whose body has not fully arrived within `read_timeout` of its
  headers is closed (the handler's pending read fails; nothing is answered);
- **cap**: at `max_connections` open connections, a new one closes the idle connection
  (no request being handled) that has been open longest, so slow or idle clients cannot
  lock out /healthz or Slack. Only when every connection is in a handler is the new one
  answered 503 and closed at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Handler

log = logging.getLogger(__name__)

_BUSY_BODY = b"settleconf is at its connection limit; retry shortly.\n"
BUSY_RESPONSE = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 1\r\n"
    b"Connection: close\r\nContent-Length: " + str(len(_BUSY_BODY)).encode() + b"\r\n\r\n"
) + _BUSY_BODY


@dataclass(eq=False)
class _Connection:
    transport: asyncio.Transport
    busy: bool = False
    body_expired: bool = False
    timer: asyncio.TimerHandle | None = None


class ConnectionLimits:
    def __init__(self, *, max_connections: int, read_timeout: float) -> None:
        self.max_connections = max_connections
        self.read_timeout = read_timeout
        self.shed = 0  # idle connections closed to admit new ones
        self.refused = 0  # connections answered 503
        # Keyed by aiohttp's RequestHandler (`request.protocol`); insertion order is age.
        self._open: dict[object, _Connection] = {}
        self._pending = 0  # made by the factory, not yet connected

    @property
    def open_connections(self) -> int:
        return len(self._open)

    def protocol_factory(
        self, inner: Callable[[], asyncio.Protocol]
    ) -> Callable[[], asyncio.Protocol]:
        """Wrap `runner.server` (aiohttp's protocol factory) for `loop.create_server`."""

        def make() -> asyncio.Protocol:
            if len(self._open) + self._pending >= self.max_connections and not self._shed_one():
                self.refused += 1
                return _Refuse()
            self._pending += 1
            return _Tracked(self, inner())

        return make

    def _shed_one(self) -> bool:
        for handler, conn in self._open.items():
            if not conn.busy:
                self.shed += 1
                self._forget(handler)
                conn.transport.close()
                return True
        return False

    def _opened(self, handler: object, transport: asyncio.Transport) -> None:
        self._pending -= 1
        conn = self._open[handler] = _Connection(transport)
        self._arm(conn, lambda: self._headers_late(handler))

    def _forget(self, handler: object) -> None:
        conn = self._open.pop(handler, None)
        if conn is not None and conn.timer is not None:
            conn.timer.cancel()

    def _arm(self, conn: _Connection, expire: Callable[[], None]) -> None:
        if conn.timer is not None:
            conn.timer.cancel()
        conn.timer = asyncio.get_running_loop().call_later(self.read_timeout, expire)

    def _headers_late(self, handler: object) -> None:
        conn = self._open.get(handler)
        if conn is not None and not conn.busy:
            log.info("serve: closed a connection with no complete request in %.0f s",
                     self.read_timeout)
            self._forget(handler)
            conn.transport.close()

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        conn = self._open.get(request.protocol)
        if conn is None:  # not a connection we track (a test client, an in-memory app)
            return await handler(request)
        conn.busy = True
        if conn.timer is not None:
            conn.timer.cancel()
            conn.timer = None
        if not request.content.is_eof():
            self._arm(conn, lambda: self._body_late(request, conn))
        try:
            return await handler(request)
        except (ConnectionError, web.HTTPException) as exc:
            if conn.body_expired:
                # The client is gone; this 408 is never sent, it only keeps the log quiet.
                raise web.HTTPRequestTimeout() from exc
            raise
        finally:
            conn.busy = False
            # Time to write the response counts as idle: a client too slow to read it
            # is shed like one too slow to send.
            if request.protocol in self._open:
                self._arm(conn, lambda: self._headers_late(request.protocol))

    def _body_late(self, request: web.Request, conn: _Connection) -> None:
        if not request.content.is_eof():
            log.info("serve: closed a connection whose body took over %.0f s", self.read_timeout)
            conn.body_expired = True
            self._forget(request.protocol)
            conn.transport.close()


class _Tracked(asyncio.Protocol):
    """Forwards every transport callback to aiohttp's handler, noting connect and close."""

    def __init__(self, limits: ConnectionLimits, inner: asyncio.Protocol) -> None:
        self._limits = limits
        self._inner = inner

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._limits._opened(self._inner, transport)
        self._inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self._limits._forget(self._inner)
        self._inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received()

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()


class _Refuse(asyncio.Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(BUSY_RESPONSE)
        transport.close()
