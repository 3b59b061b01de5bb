"""What `GET /healthz` checks: the database answers, and the dispatcher (when this process
runs one) has ticked recently.

A load balancer takes a replica out of rotation on 503, so the body names each problem
("database": "unreachable (...)", "dispatcher": "last tick 312 s ago ...") for whoever
reads the probe's log; on 200 the body is the same as before this module existed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)

# A database that takes longer than this to answer SELECT 1 is as good as down for a
# request path that needs it; and a probe that hangs is worse than one that says 503.
DATABASE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class HealthReport:
    problems: Mapping[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class Ticking(Protocol):
    """What /healthz needs of `bot.reminders.dispatcher.Dispatcher`."""

    @property
    def last_tick(self) -> datetime | None: ...


Ping = Callable[[], Awaitable[None]]


def engine_ping(engine: AsyncEngine) -> Ping:
    """`SELECT 1` on a checkout from the engine's pool; if that fails, once more, so the
    answer is the database's own and not that of a connection it has just ended."""

    async def select_one() -> None:
        from sqlalchemy import text

        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def ping() -> None:
        try:
            await select_one()
        except Exception:
            # A connection the server ends as it is handed out (a restart, failover, an
            # admin's pg_terminate_backend) fails its first statement, often with a driver
            # state error ("cannot switch to state ...") rather than the server's reason.
            # The store's units of work retry that once on a new connection
            # (adapters/store/postgres_engine.py); so does the probe, so a 503 names the
            # database's own state and one ended connection is not reported as an outage.
            await select_one()

    return ping


def dispatcher_max_age(interval: float) -> timedelta:
    """How old the last tick may be: a few missed intervals, never under a minute, since
    one tick can spend a while posting a large batch to a slow platform."""
    return max(timedelta(seconds=60), timedelta(seconds=6 * interval))


class HealthChecks:
    """`await checks()` -> HealthReport; pass `checks` as `build_app(..., health=checks)`."""

    def __init__(
        self,
        database: Ping,
        *,
        clock: Callable[[], datetime],
        dispatcher: Ticking | None = None,
        max_age: timedelta = timedelta(seconds=60),
        database_timeout: float = DATABASE_TIMEOUT_S,
    ) -> None:
        self._database = database
        self._clock = clock
        self._dispatcher = dispatcher
        self._max_age = max_age
        self._timeout = database_timeout
        # Before its first tick a dispatcher is judged from when health checks began.
        self._started = clock()

    async def __call__(self) -> HealthReport:
        problems: dict[str, str] = {}
        db = await self.database_problem()
        if db is not None:
            problems["database"] = db
        tick = self.dispatcher_problem()
        if tick is not None:
            problems["dispatcher"] = tick
        return HealthReport(problems)

    async def database_problem(self) -> str | None:
        try:
            await asyncio.wait_for(self._database(), self._timeout)
        except TimeoutError:
            log.warning("health: database did not answer within %.1f s", self._timeout)
            return f"no answer within {self._timeout:g} s"
        except Exception as exc:
            # The exception text can carry a host name but never the password (drivers
            # do not echo it); still, keep it to the class name plus first line.
            log.warning("health: database unreachable: %r", exc)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            return f"unreachable ({type(exc).__name__}{': ' + first[:200] if first else ''})"
        return None

    def dispatcher_problem(self) -> str | None:
        if self._dispatcher is None:
            return None
        now = self._clock()
        last = self._dispatcher.last_tick
        since = last if last is not None else self._started
        age = now - since
        if age <= self._max_age:
            return None
        what = "last tick" if last is not None else "no tick since start"
        return (
            f"{what} {age.total_seconds():.0f} s ago "
            f"(allowed {self._max_age.total_seconds():.0f} s)"
        )
