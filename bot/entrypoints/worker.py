"""`settleconf worker`: post due reminders, until SIGTERM/SIGINT (or once, with `--once`).

The same dispatcher runs inside `settleconf serve` unless `SETTLECONF_DISPATCHER=off`;
deployments that scale reminder delivery apart from the HTTP replicas run workers
instead. Several workers share a PostgreSQL queue safely (claims are row locks with a
lease); on SQLite run exactly one process that dispatches (docs/deployment.md).

Shutdown is graceful: posts already started finish and are recorded, claims not yet
started are released for the next worker, then the process exits 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from settleconf.bot.reminders.port import ReminderPoster

if TYPE_CHECKING:
    import argparse

    from settleconf.adapters.store import SqlStore
    from settleconf.adapters.teams import TeamsPoster
    from settleconf.bot.reminders.dispatcher import Dispatcher

log = logging.getLogger("settleconf.worker")

DISPATCHER_ENV = "SETTLECONF_DISPATCHER"
INTERVAL_ENV = "SETTLECONF_DISPATCH_INTERVAL"
LOG_FORMAT_ENV = "SETTLECONF_LOG_FORMAT"
LEASE_ENV = "SETTLECONF_REMINDER_LEASE"
# Any of these set means Teams is meant to be on (TeamsSettings.from_env then checks them).
TEAMS_VARIABLES = (
    "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "TEAMS_EMULATOR"
)
DEFAULT_INTERVAL_S = 5.0
DEFAULT_LEASE_S = 120.0
# A platform call that takes longer is abandoned and retried later (after a look-up
# for the post, so a slow success is not sent twice).
DEFAULT_POST_TIMEOUT_S = 15.0


def utcnow() -> datetime:
    return datetime.now(UTC)


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def dispatcher_enabled(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    raw = env.get(DISPATCHER_ENV, "").strip().lower()
    if raw in ("", "on", "1", "true", "yes"):
        return True
    if raw in ("off", "0", "false", "no"):
        return False
    raise ValueError(f"{DISPATCHER_ENV} must be on or off")


def interval_from_env(environ: Mapping[str, str] | None = None) -> float:
    env = os.environ if environ is None else environ
    raw = env.get(INTERVAL_ENV, "").strip()
    if not raw:
        return DEFAULT_INTERVAL_S
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= 3600:
        raise ValueError(f"{INTERVAL_ENV} must be a number of seconds between 0 and 3600")
    return value


def lease_from_env(environ: Mapping[str, str] | None = None) -> float:
    """`serve`'s lease (`worker` takes --lease): how long a reminder claimed by a process
    that then died waits before another process may post it."""
    env = os.environ if environ is None else environ
    raw = env.get(LEASE_ENV, "").strip()
    if not raw:
        return DEFAULT_LEASE_S
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    # The lease must outlast one platform call, or a slow post would be claimed twice.
    if not DEFAULT_POST_TIMEOUT_S < value <= 86_400:
        raise ValueError(
            f"{LEASE_ENV} must be a number of seconds above {DEFAULT_POST_TIMEOUT_S:.0f} "
            "(the platform call timeout) and at most 86400"
        )
    return value


def configure_logging(environ: Mapping[str, str] | None = None) -> None:
    """JSON lines (one object per line, with the record's `extra` fields) for log
    shippers, or plain text for a terminal. Default: JSON unless stderr is a terminal."""
    env = os.environ if environ is None else environ
    fmt = env.get(LOG_FORMAT_ENV, "").strip().lower() or (
        "text" if sys.stderr.isatty() else "json"
    )
    if fmt not in ("json", "text"):
        raise ValueError(f"{LOG_FORMAT_ENV} must be json or text")
    handler = logging.StreamHandler()
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "{asctime}{levelname}{name}{message}",
                style="{",
                rename_fields={"asctime": "ts", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    # Alembic announces each of its plugins at INFO on every start; the upgrades stay.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


@dataclass
class Posters:
    """The posters for every configured platform, and what must be closed with them."""

    by_platform: dict[str, ReminderPoster]
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def aclose(self) -> None:
        for close in reversed(self.closers):
            with contextlib.suppress(Exception):
                await close()


async def open_posters(
    store: SqlStore,
    *,
    teams_poster: TeamsPoster | None = None,
    post_timeout: float = DEFAULT_POST_TIMEOUT_S,
    concurrency: int = 32,
) -> Posters:
    """Slack and Teams from the environment (a platform with no variables is skipped);
    console destinations always. `teams_poster`: the one `serve` already mounted."""
    import aiohttp

    from settleconf.adapters.console.reminder_poster import ConsoleReminderPoster
    from settleconf.adapters.slack import SlackSettings

    posters = Posters({"console": ConsoleReminderPoster()})
    slack = SlackSettings.from_env()
    if slack is not None:
        from settleconf.adapters.slack.reminder_poster import (
            SlackReminderPoster,
            reminder_web_client,
        )

        # One pooled session: a new connection per post would cap throughput.
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        posters.closers.append(session.close)
        client = reminder_web_client(
            slack.bot_token, slack.api_url, session=session, timeout=max(1, round(post_timeout))
        )
        posters.by_platform["slack"] = SlackReminderPoster(client, timeout=post_timeout)
        log.info("reminders: Slack via %s", slack.api_url)
    if teams_poster is None:
        teams_poster = _teams_poster(store)
    if teams_poster is not None:
        from settleconf.adapters.teams.reminder_poster import TeamsReminderPoster

        posters.by_platform["teams"] = TeamsReminderPoster(teams_poster)
        log.info("reminders: Teams")
    return posters


def _teams_poster(store: SqlStore) -> TeamsPoster | None:
    """A Bot Framework adapter for proactive posts only, as `teams_mount` builds one."""
    if not any(os.environ.get(name, "").strip() for name in TEAMS_VARIABLES):
        return None  # not configured: spare every worker start botbuilder's second of imports
    from settleconf.adapters.teams import TeamsSettings

    settings = TeamsSettings.from_env()
    if settings is None:
        return None
    from botbuilder.integration.aiohttp import CloudAdapter

    from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
    from settleconf.adapters.teams import TeamsPoster
    from settleconf.adapters.teams.auth import build_authentication
    from settleconf.adapters.teams.conversation_refs import ReferenceKeeper

    auth, _credentials = build_authentication(settings)
    keeper = ReferenceKeeper(SqlConversationRefStore(store.engine))
    return TeamsPoster(CloudAdapter(auth), keeper, app_id=settings.app_id)


@dataclass(frozen=True)
class WorkerOptions:
    once: bool = False
    interval: float = DEFAULT_INTERVAL_S
    worker_id: str = field(default_factory=default_worker_id)
    lease: float = DEFAULT_LEASE_S
    post_timeout: float = DEFAULT_POST_TIMEOUT_S
    database_url: str | None = None


def build_dispatcher(
    store: SqlStore,
    posters: Posters,
    *,
    worker: str,
    lease: float = DEFAULT_LEASE_S,
    clock: Callable[[], datetime] = utcnow,
) -> Dispatcher:
    from settleconf.adapters.store.reminder_queue import SqlReminderQueue
    from settleconf.bot.reminders.dispatcher import Dispatcher

    return Dispatcher(
        store,
        SqlReminderQueue(store.engine),
        posters.by_platform,
        worker=worker,
        clock=clock,
        lease=timedelta(seconds=lease),
    )


async def lease_holders(store: SqlStore, now: datetime) -> list[str]:
    """Workers holding unexpired claims: on SQLite, a sign of a second dispatcher. (An idle
    one holds none, so silence proves nothing; the warning above always stands.)"""
    from sqlalchemy import select

    from settleconf.adapters.store.reminder_table import REMINDERS

    c = REMINDERS.c
    stmt = (
        select(c.claimed_by)
        .where(c.status == "claimed", c.lease_until > now, c.claimed_by.is_not(None))
        .distinct()
    )
    async with store.engine.connect() as conn:
        return sorted(str(w) for (w,) in (await conn.execute(stmt)).all())


async def run_worker(opts: WorkerOptions) -> int:
    from settleconf.adapters.store import open_store

    store = await open_store(opts.database_url)
    posters: Posters | None = None
    try:
        posters = await open_posters(store, post_timeout=opts.post_timeout)
        extra = {
            "worker": opts.worker_id,
            "platforms": sorted(posters.by_platform),
            "interval_s": opts.interval,
            "lease_s": opts.lease,
        }
        if store.engine.dialect.name == "sqlite":
            log.warning(
                "SQLite store: run only one process that dispatches reminders per file "
                "(this worker, or `serve` without %s=off)",
                DISPATCHER_ENV,
                extra=extra,
            )
            holders = await lease_holders(store, utcnow())
            if holders:
                log.warning(
                    "another process holds reminder leases on this SQLite file right now: %s",
                    ", ".join(holders),
                    extra=extra,
                )
        dispatcher = build_dispatcher(store, posters, worker=opts.worker_id, lease=opts.lease)
        if opts.once:
            report = await dispatcher.run_once()
            print(json.dumps(asdict(report), sort_keys=True), flush=True)
            return 0
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        log.info(
            "worker started (interval %.1f s, lease %.0f s)", opts.interval, opts.lease, extra=extra
        )
        await dispatcher.run(stop, interval=opts.interval)
        log.info("worker stopped", extra=extra)
        return 0
    finally:
        if posters is not None:
            await posters.aclose()
        await store.close()


def options_from_args(args: argparse.Namespace) -> WorkerOptions:
    """Validated: a bad value is a ValueError naming the option."""
    for name in ("interval", "lease", "post_timeout"):
        value = getattr(args, name)
        if not 0 < value <= 86_400:
            raise ValueError(f"--{name.replace('_', '-')} must be between 0 and 86400 seconds")
    worker_id = (args.worker_id or "").strip() or default_worker_id()
    if len(worker_id) > 100:  # the claimed_by column
        raise ValueError("--worker-id must be at most 100 characters")
    if args.post_timeout >= args.lease:
        raise ValueError("--post-timeout must be shorter than --lease")
    return WorkerOptions(
        once=args.once,
        interval=args.interval,
        worker_id=worker_id,
        lease=args.lease,
        post_timeout=args.post_timeout,
    )


def main(args: argparse.Namespace) -> int:
    opts = options_from_args(args)
    configure_logging()
    try:
        return asyncio.run(run_worker(opts))
    except (OSError, TimeoutError) as exc:
        # The database is down or unreachable at start: one line, and a status a
        # supervisor restarts on (a pass that fails later is retried in-process).
        print(f"settleconf: cannot reach the database: {_one_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if not isinstance(exc, DBAPIError):
            raise
        print(f"settleconf: the database refused the worker: {_one_line(exc)}", file=sys.stderr)
        return 2


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:300]}" if text else type(exc).__name__
