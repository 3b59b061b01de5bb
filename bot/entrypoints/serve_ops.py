"""What `settleconf serve` runs beside the platforms: the reminder dispatcher (a background
task, unless `SETTLECONF_DISPATCHER=off`), `GET /healthz` and `GET /metrics`.

    ops = ServeOps(store)
    app = build_app(service, mounts, health=ops.health)
    ops.install(app)          # /metrics, request counting, dispatcher start/stop

The dispatcher starts with the app (after the platform mounts, so Teams reminders go
through the mounted adapter) and stops at shutdown before the store closes: posts in
flight finish and unstarted claims are released, as in `settleconf worker`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from aiohttp import web

from settleconf.bot.entrypoints.bootstrap import (
    Posters,
    build_dispatcher,
    mounted_teams_poster,
    open_posters,
    reminder_queue,
)
from settleconf.bot.entrypoints.health import HealthChecks, dispatcher_max_age, engine_ping
from settleconf.bot.entrypoints.metrics_endpoint import ServerMetrics, install_metrics
from settleconf.bot.entrypoints.settings import (
    DISPATCHER_ENV,
    default_worker_id,
    dispatcher_enabled,
    interval_from_env,
    lease_from_env,
    utcnow,
)

if TYPE_CHECKING:
    from settleconf.bot.entrypoints.bootstrap import SqlStore
    from settleconf.bot.reminders.dispatcher import Dispatcher

log = logging.getLogger(__name__)

# Long enough for in-flight posts to finish on a healthy platform; a SIGTERM is usually
# followed by a SIGKILL within 30 s (Kubernetes' default grace period).
STOP_TIMEOUT_S = 20.0


class ServeOps:
    def __init__(
        self,
        store: SqlStore,
        *,
        clock: Callable[[], datetime] = utcnow,
        environ: Mapping[str, str] | None = None,
        worker_id: str | None = None,
        lease: float | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        self.store = store
        self.clock = clock
        self.enabled = dispatcher_enabled(env)
        self.interval = interval_from_env(env)
        self.worker_id = worker_id or f"serve-{default_worker_id()}"
        self.lease = lease if lease is not None else lease_from_env(env)
        self.dispatcher: Dispatcher | None = None
        self._posters: Posters | None = None
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.health = HealthChecks(
            engine_ping(store.engine),
            clock=clock,
            dispatcher=self if self.enabled else None,
            max_age=dispatcher_max_age(self.interval),
        )
        self.queue = reminder_queue(store)
        self.metrics = ServerMetrics(
            clock=clock,
            counts=self.queue.counts,
            outcomes=self._outcomes if self.enabled else None,
            last_tick=(lambda: self.last_tick) if self.enabled else None,
        )

    @property
    def last_tick(self) -> datetime | None:
        return self.dispatcher.last_tick if self.dispatcher is not None else None

    def _outcomes(self) -> Mapping[str, float]:
        if self.dispatcher is None:
            return {}
        return self.dispatcher.metrics.as_dict()

    def install(self, app: web.Application, metrics_app: web.Application | None = None) -> None:
        """`metrics_app`: serve /metrics there (an internal port) instead of on `app`."""
        install_metrics(app, self.metrics, expose_on=metrics_app)
        if not self.enabled:
            log.warning("reminders: dispatcher off in this process (%s=off)", DISPATCHER_ENV)
            return
        app.on_startup.append(self._start)
        # on_shutdown runs before on_cleanup, so the dispatcher stops while the platform
        # clients it posts through are still open.
        app.on_shutdown.append(self._shutdown)

    async def _start(self, app: web.Application) -> None:
        self._posters = await open_posters(self.store, teams_poster=mounted_teams_poster(app))
        self.dispatcher = build_dispatcher(
            self.store, self._posters, worker=self.worker_id, lease=self.lease, clock=self.clock
        )
        self._task = asyncio.get_running_loop().create_task(
            self.dispatcher.run(self._stop, interval=self.interval), name="reminder-dispatcher"
        )
        log.info(
            "reminders: dispatcher running (every %.1f s, platforms %s)",
            self.interval,
            ", ".join(sorted(self._posters.by_platform)),
            extra={"worker": self.worker_id},
        )

    async def _shutdown(self, app: web.Application) -> None:
        del app
        await self.stop()

    async def stop(self) -> None:
        self._stop.set()
        task, self._task = self._task, None
        if task is not None:
            try:
                await asyncio.wait_for(task, STOP_TIMEOUT_S)
            except TimeoutError:
                log.warning("reminders: dispatcher did not stop in %.0f s", STOP_TIMEOUT_S)
            except Exception:
                log.exception("reminders: dispatcher failed")
        if self._posters is not None:
            posters, self._posters = self._posters, None
            with contextlib.suppress(Exception):
                await posters.aclose()
