"""`settleconf worker`: post due reminders, until SIGTERM/SIGINT (or once, with `--once`).

The same dispatcher runs inside `settleconf serve` unless `SETTLECONF_DISPATCHER=off`;
deployments that scale reminder delivery apart from the HTTP replicas run workers
instead. Several workers share a PostgreSQL queue safely (claims are row locks with a
lease); on SQLite run exactly one process that dispatches (docs/deployment.md).

Shutdown is graceful: posts already started finish and are recorded, claims not yet
started are released for the next worker, then the process exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from dataclasses import asdict, dataclass, field

from settleconf.bot.entrypoints import bootstrap
from settleconf.bot.entrypoints.logging_setup import configure_logging
from settleconf.bot.entrypoints.settings import (
    DEFAULT_INTERVAL_S,
    DEFAULT_LEASE_S,
    DEFAULT_POST_TIMEOUT_S,
    DISPATCHER_ENV,
    default_worker_id,
    utcnow,
)

log = logging.getLogger("settleconf.worker")

@dataclass(frozen=True)
class WorkerOptions:
    once: bool = False
    interval: float = DEFAULT_INTERVAL_S
    worker_id: str = field(default_factory=default_worker_id)
    lease: float = DEFAULT_LEASE_S
    post_timeout: float = DEFAULT_POST_TIMEOUT_S
    database_url: str | None = None


async def run_worker(opts: WorkerOptions) -> int:
    store = await bootstrap.open_sql_store(opts.database_url)
    posters: bootstrap.Posters | None = None
    try:
        posters = await bootstrap.open_posters(store, post_timeout=opts.post_timeout)
        extra = {
            "worker": opts.worker_id,
            "platforms": sorted(posters.by_platform),
            "interval_s": opts.interval,
            "lease_s": opts.lease,
        }
        if bootstrap.is_sqlite(store):
            log.warning(
                "SQLite store: run only one process that dispatches reminders per file "
                "(this worker, or `serve` without %s=off)",
                DISPATCHER_ENV,
                extra=extra,
            )
            holders = await bootstrap.reminder_queue(store).lease_holders(utcnow())
            if holders:
                log.warning(
                    "another process holds reminder leases on this SQLite file right now: %s",
                    ", ".join(holders),
                    extra=extra,
                )
        dispatcher = bootstrap.build_dispatcher(
            store, posters, worker=opts.worker_id, lease=opts.lease
        )
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
        if not bootstrap.is_database_error(exc):
            raise
        print(f"settleconf: the database refused the worker: {_one_line(exc)}", file=sys.stderr)
        return 2


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:300]}" if text else type(exc).__name__
