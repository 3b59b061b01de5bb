"""`settleconf serve`: compose the store, the service and whichever platforms are configured."""

from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web

from bot.request import Membership
from bot.server import Mount, build_app, port_from_env
from bot.service import Service

log = logging.getLogger(__name__)


async def serve(host: str = "0.0.0.0", port: int | None = None) -> None:
    # Lazy: platform SDKs load only for `serve`, keeping `ask`/`parse` fast to start.
    from adapters.slack import SlackSettings, slack_membership, slack_mount
    from adapters.store import open_store
    from adapters.store.conversation_refs import SqlConversationRefStore
    from adapters.store.delivery_log import SqlDeliveryLog
    from adapters.teams import TeamsSettings, teams_mount
    from bot.serve_ops import ServeOps

    store = await open_store()
    mounts: list[Mount] = []
    membership: Membership | None = None
    slack = SlackSettings.from_env()
    if slack is None:
        log.warning(SlackSettings.NOT_CONFIGURED)
    else:
        mounts.append(slack_mount(slack, delivery_log=SqlDeliveryLog(store.engine)))
        membership = slack_membership(slack)
    teams = TeamsSettings.from_env()
    if teams is None:
        log.warning(TeamsSettings.NOT_CONFIGURED)
    else:
        mounts.append(teams_mount(teams, conversation_refs=SqlConversationRefStore(store.engine)))

    # /healthz, /metrics and the reminder dispatcher (unless SETTLECONF_DISPATCHER=off).
    ops = ServeOps(store)
    app = build_app(Service(store, membership=membership), mounts, health=ops.health)
    ops.install(app)
    runner = web.AppRunner(app)
    await runner.setup()
    bound = port if port is not None else port_from_env()
    await web.TCPSite(runner, host, bound).start()
    log.warning(
        "settleconf serving on %s:%s (platforms: %s)",
        host,
        bound,
        ", ".join(m.name for m in mounts) or "none",
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
        await store.close()
