"""`GET /metrics`: Prometheus text exposition of the server and the reminder dispatcher.

Every `ServerMetrics` has its own `CollectorRegistry`, never prometheus_client's global
one: tests and benchmarks build several apps in one process, and the global registry
refuses a second metric of the same name.

- `settleconf_http_requests_total{route,method,status}` and
  `settleconf_http_request_duration_seconds{route}`: the route is the pattern that matched
  (`/slack/events`), or `unmatched`, so a scanner probing random paths cannot create
  unbounded series.
- `settleconf_reminders{status}` and `settleconf_reminders_due`: rows in the store, read at
  scrape time (`ReminderQueue.counts`), so every replica reports the shared queue.
- `settleconf_reminder_outcomes_total{outcome}` (sent, late, missed, ...),
  `settleconf_dispatcher_ticks_total`, `settleconf_dispatcher_tick_errors_total` and
  `settleconf_dispatcher_last_tick_age_seconds`: this process's dispatcher, if it runs one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime

from aiohttp import web
from aiohttp.typedefs import Handler
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.aiohttp import make_aiohttp_handler
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

METRICS_PATH = "/metrics"
UNMATCHED = "unmatched"
# Slack wants an ack within 3 s and Teams within 15 s: buckets resolve both.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 3.0, 5.0, 10.0, 15.0)

Counts = Callable[[datetime], Awaitable[Mapping[str, int]]]  # ReminderQueue.counts
Outcomes = Callable[[], Mapping[str, float]]  # e.g. {"sent": 3, "late": 1, ...}
LastTick = Callable[[], datetime | None]


class _ReminderCollector(Collector):
    """Reads the dispatcher's counters and the last queue snapshot at collect time."""

    def __init__(self, owner: ServerMetrics) -> None:
        self._owner = owner

    def collect(self) -> Iterable[Metric]:
        owner = self._owner
        if owner.counts is not None and owner.snapshot is not None:
            rows = GaugeMetricFamily(
                "settleconf_reminders", "Stored reminders by status.", labels=["status"]
            )
            for status, n in sorted(owner.snapshot.items()):
                if status != "due":
                    rows.add_metric([status], n)
            yield rows
            yield GaugeMetricFamily(
                "settleconf_reminders_due",
                "Pending reminders whose time has come (not yet claimed).",
                value=owner.snapshot.get("due", 0),
            )
        if owner.outcomes is None:
            return
        values = dict(owner.outcomes())
        outcomes = CounterMetricFamily(
            "settleconf_reminder_outcomes",
            "Reminders this process's dispatcher settled, by outcome.",
            labels=["outcome"],
        )
        ticks = values.pop("ticks", None)
        errors = values.pop("tick_errors", None)
        for outcome, value in sorted(values.items()):
            outcomes.add_metric([outcome], value)
        yield outcomes
        if ticks is not None:
            yield CounterMetricFamily(
                "settleconf_dispatcher_ticks", "Dispatcher passes over the queue.", value=ticks
            )
        if errors is not None:
            yield CounterMetricFamily(
                "settleconf_dispatcher_tick_errors",
                "Dispatcher passes that failed (database or code error).",
                value=errors,
            )
        if owner.last_tick is not None:
            last = owner.last_tick()
            # NaN until the first tick: "never" must not read as "just now".
            age = (owner.clock() - last).total_seconds() if last is not None else float("nan")
            yield GaugeMetricFamily(
                "settleconf_dispatcher_last_tick_age_seconds",
                "Seconds since this process's dispatcher last finished a pass.",
                value=age,
            )


class ServerMetrics:
    def __init__(
        self,
        *,
        clock: Callable[[], datetime],
        counts: Counts | None = None,
        outcomes: Outcomes | None = None,
        last_tick: LastTick | None = None,
    ) -> None:
        self.clock = clock
        self.counts = counts
        self.outcomes = outcomes
        self.last_tick = last_tick
        self.snapshot: Mapping[str, int] | None = None
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "settleconf_http_requests",
            "HTTP requests answered, by route pattern, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "settleconf_http_request_duration_seconds",
            "Time to answer an HTTP request, by route pattern.",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_ReminderCollector(self))

    async def refresh(self) -> None:
        """Read the queue's counts (async, so before the synchronous collect)."""
        if self.counts is None:
            return
        try:
            self.snapshot = dict(await self.counts(self.clock()))
        except Exception:
            # The scrape still answers (HTTP and dispatcher figures are in memory); the
            # row gauges disappear rather than repeat a stale figure.
            log.warning("metrics: could not read reminder counts", exc_info=True)
            self.snapshot = None

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route).observe(seconds)


def _route_of(request: web.Request) -> str:
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else UNMATCHED


def install_metrics(
    app: web.Application, metrics: ServerMetrics, *, expose_on: web.Application | None = None
) -> None:
    """Add the middleware that counts every request to `app` and `GET /metrics` to
    `expose_on` (an internal-port app), or to `app` itself. Call before the app starts:
    aiohttp freezes its middleware list then."""
    expose = make_aiohttp_handler(metrics.registry, disable_compression=True)

    async def metrics_view(request: web.Request) -> web.StreamResponse:
        await metrics.refresh()
        return await expose(request)

    @web.middleware
    async def count_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            metrics.observe(
                _route_of(request), request.method, status, time.perf_counter() - started
            )

    app.middlewares.append(count_requests)
    (expose_on or app).router.add_get(METRICS_PATH, metrics_view)
