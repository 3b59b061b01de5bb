"""`settleconf serve`: one aiohttp application hosting every configured platform.

Platforms plug in through `Mount`s (adapters/slack, adapters/teams) so this file
knows no SDK. Startup says which platforms are mounted and why others are not.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from aiohttp import web

from settleconf.adapters.http_mount import MAX_BODY_BYTES, Mount
from settleconf.bot.entrypoints.health import HealthReport
from settleconf.bot.service import Service

log = logging.getLogger(__name__)

# A bool, or a HealthReport whose problems are named in the 503 body (bot.health).
HealthCheck = Callable[[], Awaitable[bool | HealthReport]]


def build_app(
    service: Service,
    mounts: Sequence[Mount],
    *,
    health: HealthCheck | None = None,
) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY_BYTES)

    async def healthz(request: web.Request) -> web.Response:
        del request
        result = await health() if health is not None else True
        ok = result.ok if isinstance(result, HealthReport) else result
        body: dict[str, object] = {
            "status": "ok" if ok else "unavailable",
            "platforms": [m.name for m in mounts],
        }
        if isinstance(result, HealthReport) and result.problems:
            body["problems"] = dict(result.problems)
        return web.json_response(body, status=200 if ok else 503)

    app.router.add_get("/healthz", healthz)
    for mount in mounts:
        mount.install(app, service)
    return app
