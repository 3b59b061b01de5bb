"""`settleconf serve`: compose the store, the service and whichever platforms are configured."""

from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web

from settleconf.bot.entrypoints import bootstrap
from settleconf.bot.entrypoints.access_log import RedactingAccessLogger
from settleconf.bot.entrypoints.connection_limits import ConnectionLimits
from settleconf.bot.entrypoints.serve_settings import ServeSettings
from settleconf.bot.entrypoints.web_app import build_app

log = logging.getLogger(__name__)


async def serve(host: str | None = None, port: int | None = None) -> None:
    """`host`/`port` override SETTLECONF_HOST/PORT (bot/entrypoints/serve_settings.py)."""
    settings = ServeSettings.from_env(host=host, port=port)  # a bad value stops us here
    from settleconf.bot.entrypoints.serve_ops import ServeOps

    store = await bootstrap.open_sql_store()
    platforms = bootstrap.platforms_from_env(store)
    mounts = platforms.mounts

    # /healthz, /metrics and the reminder dispatcher (unless SETTLECONF_DISPATCHER=off).
    ops = ServeOps(store)
    service = bootstrap.build_service(store, membership=platforms.membership)
    app = build_app(service, mounts, health=ops.health)
    metrics_app = web.Application() if settings.metrics_port is not None else None
    ops.install(app, metrics_app)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    listeners: list[tuple[asyncio.Server, web.AppRunner]] = []
    try:
        listeners.append(await _listen(app, settings.host, settings.port, settings))
        if metrics_app is not None and settings.metrics_port is not None:
            listeners.append(
                await _listen(metrics_app, settings.metrics_host, settings.metrics_port, settings)
            )
        log.warning(
            "settleconf serving on %s:%s (platforms: %s; /metrics on %s; up to %d connections, "
            "%.0f s read timeout)",
            settings.host,
            settings.port,
            ", ".join(m.name for m in mounts) or "none",
            f"{settings.metrics_host}:{settings.metrics_port}"
            if settings.metrics_port is not None
            else "this port",
            settings.max_connections,
            settings.read_timeout,
        )
        await stop.wait()
    finally:
        for server, runner in listeners:
            server.close()  # stop accepting; the runner then drains what is open
            await runner.cleanup()
        await service.settle()  # the last answers' conversation turns (bot/turn_memory.py)
        await store.close()


async def _listen(
    app: web.Application, host: str, port: int, settings: ServeSettings
) -> tuple[asyncio.Server, web.AppRunner]:
    """aiohttp's low-level server as the protocol factory of asyncio's `create_server`
    (its documented use), wrapped by ConnectionLimits, which aiohttp has no hook for."""
    limits = ConnectionLimits(
        max_connections=settings.max_connections, read_timeout=settings.read_timeout
    )
    app.middlewares.insert(0, limits.middleware)
    runner = web.AppRunner(app, access_log_class=RedactingAccessLogger)
    await runner.setup()
    assert runner.server is not None
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        limits.protocol_factory(runner.server), host, port, reuse_address=True
    )
    return server, runner
